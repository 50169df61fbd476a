"""The seed page, scored field by field against a hand-made expected structure.

The expected structure (``evaluation/truth/golden/seed_structure.json``) was written by reading the
seed line by line; it is never generated from the pipeline's output. Paragraphs are given
by their source lines, so the scoring places both the expected and the predicted
paragraphs as spans of non-whitespace characters in the seed and compares spans: what
the repair does with whitespace does not matter, where it cuts does.

>>> golden = {"articles": [{"title": "题目", "authors": ["甲"], "affiliations": [],
...     "abstract": None, "sections": [{"heading": "一节", "level": 1,
...     "paragraphs": [{"lines": [4, 4]}, {"lines": [5, 6]}]}]}], "six_shi_paragraphs": []}
>>> text = "题目\\n□ 甲\\n一节\\n首段。\\n次段\\n完。\\n"
>>> rows, checks = score_structure(structure_from_golden(golden, text), text, golden)
>>> all(ok for *_, ok in rows)
True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path
from typing import Any

from evaluation.corpus import GOLDEN as GOLDEN_DIR
from evaluation.report import Table
from evaluation.rewrap import prf
from zhdoc.model import Article, Block, Paragraph, Section, Structure

SEED = Path("seed") / "000_5dcec531bf597a03.txt"
GOLDEN = GOLDEN_DIR / "seed_structure.json"
HEADING_MARKS = "▎■□●◆"  # marks printed before a heading, not part of its text

Span = tuple[int, int]  # [start, end) in non-whitespace characters of the seed


def _nonws(text: str | None) -> str:
    return "".join((text or "").split())


def _heading(text: str | None) -> str:
    return _nonws(text).lstrip(HEADING_MARKS)


class _Text:
    """The seed text with its non-whitespace coordinates."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.prefix = [0, *accumulate(0 if c.isspace() else 1 for c in text)]
        self.flat = _nonws(text)
        starts = [0, *accumulate(len(line) + 1 for line in text.split("\n"))]
        self.lines = [(starts[i], starts[i + 1] - 1) for i in range(len(starts) - 1)]

    def lines_span(self, lines: Sequence[int]) -> Span:
        """1-based inclusive line range → span."""
        return self.prefix[self.lines[lines[0] - 1][0]], self.prefix[self.lines[lines[1] - 1][1]]

    def lines_offsets(self, lines: Sequence[int]) -> tuple[int, int]:
        return self.lines[lines[0] - 1][0], self.lines[lines[1] - 1][1]

    def locate(self, text: str, start: int | None = None, end: int | None = None) -> Span | None:
        """Where ``text`` sits in the seed: by its offsets when they hold it, else by search."""
        flat = _nonws(text)
        if not flat:
            return None
        if start is not None and end is not None and 0 <= start <= end <= len(self.text):
            if _nonws(self.text[start:end]) == flat:
                return self.prefix[start], self.prefix[end]
        k = self.flat.find(flat)
        return (k, k + len(flat)) if k >= 0 else None


def _overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _cuts(spans: Sequence[Span]) -> set[int]:
    return {s for s, _ in spans} | {e for _, e in spans}


def _short(text: str | None, n: int = 14) -> str:
    flat = _nonws(text)
    return "–" if not flat else (flat if len(flat) <= n else f"{flat[:n]}…({len(flat)})")


def structure_from_golden(golden: dict[str, Any], text: str) -> Structure:
    """The expected structure as model objects (for tests and sanity checks)."""
    t = _Text(text)

    def para(p: dict[str, Any]) -> Paragraph:
        s, e = t.lines_offsets(p["lines"])
        return Paragraph(text=_nonws(text[s:e]), start=s, end=e)

    articles = []
    for a in golden["articles"]:
        sections = tuple(
            Section(heading=s["heading"], level=s["level"],
                    paragraphs=tuple(para(p) for p in s["paragraphs"]),
                    heading_moved=s.get("printed_after_section", False))
            for s in a["sections"])
        abstract = para(a["abstract"]).text if a.get("abstract") else None
        articles.append(Article(title=a["title"], authors=tuple(a["authors"]),
                                affiliations=tuple(a["affiliations"]), abstract=abstract,
                                sections=sections))
    return Structure(articles=tuple(articles))


def score_structure(structure: Structure, text: str, golden: dict[str, Any]
                    ) -> tuple[list[tuple[str, str, str, bool]], list[tuple[str, bool]]]:
    """Rows (field, expected, got, ok) and the seed targets' checks."""
    t = _Text(text)
    rows: list[tuple[str, str, str, bool]] = []
    gold = golden["articles"]
    preds = structure.articles
    rows.append(("articles", str(len(gold)), str(len(preds)), len(preds) == len(gold)))

    # place every predicted paragraph in the seed
    def spans_of(article: Article) -> list[tuple[Span | None, int, Paragraph]]:
        return [(t.locate(p.text, p.start, p.end), si, p) for si, _, p in article.paragraphs()]

    pred_spans = [spans_of(a) for a in preds]
    unplaced = sum(1 for ps in pred_spans for s, _, _ in ps if s is None)
    gold_body = [[t.lines_span(p["lines"]) for s in a["sections"] for p in s["paragraphs"]]
                 for a in gold]
    gold_abstract = [t.lines_span(a["abstract"]["lines"]) if a.get("abstract") else None
                     for a in gold]

    # match each expected article with the predicted one sharing the most text
    match: list[int | None] = []
    for gi, body in enumerate(gold_body):
        spans = body + ([gold_abstract[gi]] if gold_abstract[gi] else [])
        best = max(((_overlap(spans, [s for s, _, _ in pred_spans[pi] if s]), pi)
                    for pi in range(len(preds)) if pi not in match), default=(0, None))
        match.append(best[1] if best[0] > 0 else None)

    aff_ok = True
    for gi, (g, pi) in enumerate(zip(gold, match)):
        a = preds[pi] if pi is not None else None
        n = gi + 1
        title = a.title if a else None
        rows.append((f"article {n} title", g["title"] or "–", _short(title, 30),
                     a is not None and _nonws(title) == _nonws(g["title"])))
        got = tuple(_nonws(x) for x in a.authors) if a else ()
        rows.append((f"article {n} authors", ", ".join(g["authors"]) or "–",
                     ", ".join(got) or "–", a is not None and got == tuple(g["authors"])))
        got = tuple(_nonws(x) for x in a.affiliations) if a else ()
        ok = a is not None and got == tuple(g["affiliations"])
        aff_ok &= ok
        rows.append((f"article {n} affiliations", ", ".join(g["affiliations"]) or "–",
                     ", ".join(got) or "–", ok))
        want = t.flat[slice(*gold_abstract[gi])] if gold_abstract[gi] else ""
        rows.append((f"article {n} abstract", _short(want), _short(a.abstract if a else None),
                     a is not None and _nonws(a.abstract) == want))

        # paragraphs: body only (the abstract, wherever the segmenter keeps it, is left out)
        body = [(s, si, p) for s, si, p in (pred_spans[pi] if pi is not None else [])
                if _nonws(p.text) not in (want, _nonws(a.abstract) if a else "")]
        got_spans = [s for s, _, _ in body if s]
        pr, rc, f1 = prf(_cuts(got_spans), _cuts(gold_body[gi]))
        exact = len(set(got_spans) & set(gold_body[gi]))
        rows.append((f"article {n} paragraphs (boundary P/R/F1, exact)",
                     f"{len(gold_body[gi])} paragraphs",
                     f"P {pr:.3f} R {rc:.3f} F1 {f1:.3f}; {exact}/{len(gold_body[gi])} exact "
                     f"of {len(body)}", f1 == 1.0))
    head_rows, all_found, all_attached = _headings(t, gold, preds, pred_spans, match)
    rows += head_rows
    # the six …是 paragraphs printed first belong to article 2
    six = [t.lines_span(r) for r in golden.get("six_shi_paragraphs", [])]
    if six:
        pi = match[1] if len(match) > 1 else None
        inside = [s for s, _, _ in pred_spans[pi] if s] if pi is not None else []
        # inside: most of its text sits in article 2's paragraphs (cuts are scored above)
        n_in = sum(1 for s in six if 2 * _overlap([s], inside) > s[1] - s[0])
        six_ok = n_in == len(six)
        rows.append(("six …是 paragraphs in article 2", f"{len(six)}/{len(six)}",
                     f"{n_in}/{len(six)}", six_ok))
    if unplaced:
        rows.append(("predicted paragraphs not found in the seed", "0", str(unplaced), False))

    checks = [(f"{len(gold)} articles", len(preds) == len(gold))]
    for gi, (g, pi) in enumerate(zip(gold, match)):  # titles and bylines that are printed
        a = preds[pi] if pi is not None else None
        if g["title"]:
            checks.append((f"article {gi + 1} titled {g['title']}",
                           a is not None and _nonws(a.title) == _nonws(g["title"])))
        if g["authors"]:
            checks.append((f"article {gi + 1} authors " + ", ".join(g["authors"]),
                           a is not None and tuple(map(_nonws, a.authors)) == tuple(g["authors"])))
    checks += [
        ("every affiliation on the right article", aff_ok),
        (f"all {sum(len(a['sections']) for a in gold)} section headings found, each whole",
         all_found),
        ("each heading attached to the section it titles", all_attached),
    ]
    if six:
        checks.append((f"the {len(six)} …是 paragraphs that open the file inside article 2",
                       six_ok))
    return rows, checks


def _headings(t: _Text, gold: list[dict[str, Any]], preds: Sequence[Article],
              pred_spans: list, match: list[int | None]
              ) -> tuple[list[tuple[str, str, str, bool]], bool, bool]:
    rows = []
    all_found = all_attached = True
    every = [_heading(s.heading) for a in preds for s in a.sections if s.heading]
    for gi, (g, pi) in enumerate(zip(gold, match)):
        a = preds[pi] if pi is not None else None
        for si, gs in enumerate(g["sections"]):
            want = _heading(gs["heading"])
            found = want in every
            spans = [t.lines_span(p["lines"]) for p in gs["paragraphs"]]
            # the predicted section holding most of this section's text
            best = None
            if a is not None:
                overlaps = [(_overlap(spans, [s for s, psi, _ in pred_spans[pi]
                                              if s and psi == k]), k)
                            for k in range(len(a.sections))]
                ov, k = max(overlaps, default=(0, None))
                best = a.sections[k] if ov > 0 else None
            attached = best is not None and _heading(best.heading) == want
            if attached:
                got = f"found, on its section (level {best.level}"
                got += ", marked moved)" if best.heading_moved else ")"
            elif found:
                got = f"found, but its text sits under {_short(best.heading if best else None)}"
            else:
                near = [h for h in every if h and (h in want or want in h)]
                got = "missing" + (f" (partial: {near[0]})" if near else "")
            all_found &= found
            all_attached &= attached
            rows.append((f"article {gi + 1} heading {si + 1}", want, got, attached))
        want_order = [_heading(s["heading"]) for s in g["sections"]]
        got_order = [_heading(s.heading) for s in a.sections if s.heading] if a else []
        rows.append((f"article {gi + 1} heading order", " / ".join(want_order),
                     " / ".join(got_order) or "–", got_order == want_order))
    return rows, all_found, all_attached


def units(golden: dict[str, Any]) -> list[list[int]]:
    """Every unit the hand-made structure names, as line ranges in file order: titles,
    bylines, affiliations, abstracts, headings and paragraphs (what repair should cut)."""
    out = []
    for a in golden["articles"]:
        out += [a[k] for k in ("title_lines", "byline_lines", "affiliation_lines") if a.get(k)]
        out += [a["abstract"]["lines"]] if a.get("abstract") else []
        for s in a["sections"]:
            out += [s["heading_lines"]] if s.get("heading_lines") else []
            out += [p["lines"] for p in s["paragraphs"]]
    return sorted(out)


def score_blocks(blocks: Sequence[Block], text: str, golden: dict[str, Any]
                 ) -> list[tuple[str, str, str, bool]]:
    """Repair alone: its blocks against every hand-made unit, by boundary and exactly."""
    t = _Text(text)
    want = {t.lines_span(r): r for r in units(golden)}
    got = [t.locate(b.text, b.start, b.end) for b in blocks]
    placed = [s for s in got if s]
    pr, rc, f1 = prf(_cuts(placed), _cuts(list(want)))
    wrong = [f"{r[0]}–{r[1]}" if r[0] != r[1] else str(r[0])
             for s, r in want.items() if s not in set(placed)]
    rows = [("repair: blocks vs hand-made units (boundary P/R/F1, exact)",
             f"{len(want)} units", f"P {pr:.3f} R {rc:.3f} F1 {f1:.3f}; "
             f"{len(want) - len(wrong)}/{len(want)} exact of {len(blocks)}", f1 == 1.0)]
    if wrong:
        rows.append(("repair: units not cut exactly (lines)", "–", ", ".join(wrong[:12]), False))
    if len(placed) < len(got):
        rows.append(("repair: blocks not found in the seed", "0", str(len(got) - len(placed)),
                     False))
    return rows


def _analyze(text: str) -> tuple[Structure | None, tuple[Block, ...] | None, str, list[str]]:
    """The pipeline on the seed: (structure, blocks, the normalized text, notes)."""
    from zhdoc.pipeline import analyze_text

    notes: list[str] = []
    w = analyze_text(text, name=SEED.name)
    if w.error:
        notes.append(f"pipeline status {w.status}: {w.error}")
    norm = w.normalized.text if w.normalized is not None else text
    return w.structure, w.blocks, norm, notes


def load_golden(path: Path = GOLDEN) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def run(corpus_dir: Path | None) -> list[Table]:
    title = "The seed page, field by field against the hand-made structure"
    columns = ("field", "expected", "got", "ok")
    seed = corpus_dir / SEED if corpus_dir else None
    if seed is None or not seed.is_file() or not GOLDEN.is_file():
        missing = GOLDEN if seed and seed.is_file() else (seed or "../shared/corpus")
        return [Table(title, columns, (), notes=(f"Skipped: {missing} is absent.",))]
    text = seed.read_text(encoding="utf-8")
    golden = load_golden()
    notes = ["Paragraph boundaries are the start and end positions of each paragraph in "
             "the seed's non-whitespace characters; the abstract is scored on its own row."]
    try:
        structure, blocks, norm, more = _analyze(text)
    except Exception as exc:  # the section reports a broken pipeline instead of dying
        structure, blocks, norm = None, None, text
        more = [f"The pipeline failed on the seed: {type(exc).__name__}: {exc}"]
    notes += more
    rows: list[tuple[str, str, str, bool]] = []
    if structure is not None:
        rows, checks = score_structure(structure, norm, golden)
        notes += [f"warning: {w}" for w in structure.warnings]
    else:  # every target unmet, but say so without a row per missing field
        _, checks = score_structure(Structure(articles=()), norm, golden)
        checks = [(desc, False) for desc, _ in checks]
        notes.append("No structure: the field rows are left out.")
    if blocks is not None:
        rows += score_blocks(blocks, norm, golden)
    return [Table(title, columns, tuple(rows), notes=tuple(notes), checks=tuple(checks))]
