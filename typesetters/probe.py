"""Held-apart probes of the PDF reader (issue 10): the fixtures' layouts set with other text, or
XeLaTeX's with other looks, written to a scratch folder (not committed) and scored like the
fixtures (``evaluation.typeset.measure``).

    python -m typesetters.probe shift xelatex 41 [--out DIR]   # excerpts moved on 41 paragraphs
    python -m typesetters.probe vary 2 [--out DIR]             # XeLaTeX looks drawn with seed 2

``shift`` works for ``reportlab_frames``, ``libreoffice`` (needs soffice) and ``xelatex`` (needs
xelatex); a document whose generator refuses the new text (a glyph its font lacks) is skipped.
Found this way on 2026-12-03 and fixed: a gutter left 0.48 em free by hung marks (tx09, shift 41),
two headings side by side read as one title's words (tx09, vary 2).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import random
import sys
import tempfile
from pathlib import Path

import typesetters.source as src


def _shifted(excerpt, shift: int):
    def f(year: int, start: int, n: int):
        n_paras = len(src.load_report(year))
        return excerpt(year, (start + shift) % max(1, n_paras - 40), n)
    return f


def shift(typesetter: str, by: int, out: Path) -> None:
    mod = importlib.import_module(f"typesetters.{typesetter}")
    mod.excerpt = _shifted(mod.excerpt, by)
    for doc in mod.documents():
        try:
            mod.main(["--out", str(out), "--only", doc.spec.name])
        except Exception as exc:  # noqa: BLE001 (a document the generator refuses is skipped)
            print(f"skipped {doc.spec.name}: {exc}", file=sys.stderr)


def vary(seed: int, out: Path) -> None:
    import typesetters.xelatex as X

    rng = random.Random(seed)
    base_docs, excerpt = X.documents, X.excerpt
    X.excerpt = lambda year, start, n: excerpt(
        year, (start + rng.randrange(5, 60)) % max(1, len(src.load_report(year)) - 40), n)

    def documents():
        out_docs = []
        for d in base_docs():
            lk = d.look
            cols = rng.choice([1, 2, 2, 3, 3, 4]) if lk.paper != "a5paper" else rng.choice([1, 2])
            look = dataclasses.replace(
                lk, columns=cols, body_pt=rng.choice([9, 9.5, 10, 10.5, 11, 12]),
                indent=rng.random() < 0.7, justify=rng.random() < 0.7,
                column_sep=rng.choice(["1em", "1.2em", "1.5em", "2em"]),
                column_rule=rng.random() < 0.3,
                body_font=rng.choice(["serif", "sans", "sungti", "ming"]),
                baseline=rng.choice([1.4, 1.5, 1.6, 1.8]))
            spec = dataclasses.replace(d.spec, name=f"{d.spec.name}_v{seed}")
            out_docs.append(X.Doc(spec, look))
        return out_docs

    X.documents = documents
    X.main(["--out", str(out)])


def score(out: Path) -> None:
    from evaluation import typeset as ev

    figs = [ev.measure(p) for p in sorted(out.rglob("*.pdf"))]
    for f in figs:
        print(f"{f.name:42s} CER {f.cer:.4f} F1 {f.f1:.3f} leaks {f.leaks} headings "
              f"{f.headings}/{f.n_headings}  {'; '.join(f.missed[:2])[:200]}")
    print({k: round(v, 4) for k, v in ev.summary(tuple(figs)).items()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m typesetters.probe")
    sub = ap.add_subparsers(dest="how", required=True)
    s = sub.add_parser("shift")
    s.add_argument("typesetter", choices=("reportlab_frames", "libreoffice", "xelatex"))
    s.add_argument("by", type=int)
    v = sub.add_parser("vary")
    v.add_argument("seed", type=int)
    for p in (s, v):
        p.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="zhdoc-probe-"))
    if args.how == "shift":
        shift(args.typesetter, args.by, out)
    else:
        vary(args.seed, out)
    score(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
