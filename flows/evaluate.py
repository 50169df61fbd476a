"""``make eval``: accuracy tables beside baselines, printed and written to a file.

    python -m flows.evaluate [--out output/eval] [--only NAME ...] [--strict]

Each section (``evaluation/<name>.py``, listed in ``evaluation.SECTIONS``) runs as one task; sections that read
../shared/corpus fall back to the project's own generated texts when it is absent.
``--strict`` exits 1 when any target is not met.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

import tasks  # noqa: F401  (sets Prefect's environment before Prefect is imported)
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from zhdoc import SCHEMA_VERSION
from evaluation import SECTIONS
from evaluation.corpus import corpus_dir
from evaluation.report import Table
from zhdoc.output.store import write_atomic



@task(name="evaluate-section", cache_policy=NO_CACHE, persist_result=False)
def run_section(name: str, corpus: Path | None) -> tuple[list[Table], float]:
    t0 = time.perf_counter()
    module = importlib.import_module(f"evaluation.{name}")
    return module.run(corpus), time.perf_counter() - t0


@flow(name="evaluate", validate_parameters=False)
def evaluate(sections: tuple[str, ...] = SECTIONS) -> list[tuple[str, list[Table], float]]:
    corpus = corpus_dir()
    return [(name, *run_section(name, corpus)) for name in sections]


def render(results: list[tuple[str, list[Table], float]], corpus: Path | None) -> str:
    lines = [
        f"# zhdoc evaluation (schema {SCHEMA_VERSION})",
        "",
        f"corpus: {corpus if corpus else 'absent: generated texts only'}",
    ]
    unmet = []
    for name, tables, seconds in results:
        lines += ["", f"## {name} ({seconds:.1f} s)", ""]
        for t in tables:
            lines += [t.to_markdown(), ""]
            unmet += [f"{name}: {desc}" for desc, ok in t.all_checks if not ok]
    n_checks = sum(len(t.all_checks) for _, ts, _ in results for t in ts)
    lines += ["", f"## targets: {n_checks - len(unmet)} of {n_checks} met"]
    lines += [f"- not met: {u}" for u in unmet]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.evaluate", description="zhdoc evaluation")
    ap.add_argument("--out", default="output/eval", help="folder for report.md")
    ap.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is not met")
    args = ap.parse_args(argv)
    results = evaluate(tuple(args.only or SECTIONS))
    text = render(results, corpus_dir())
    path = Path(args.out) / "report.md"
    write_atomic(path, text.encode())
    print(text)
    print(f"written to {path}")
    unmet = any(not ok for _, tables, _ in results for t in tables for _, ok in t.all_checks)
    return 1 if args.strict and unmet else 0


if __name__ == "__main__":
    sys.exit(main())
