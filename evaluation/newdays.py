"""The readers on days of the paper none of the rules were made on: any folder of 人民日报 website
articles in the form of ``../shared/corpus/rmrb/`` (``rmrb/articles_YYYYMMDD.json``, a JSON array
of objects with ``title``, ``author``, ``markdown_body``, ``section_no``, ``section_name``; more
days of it are in the public repository leeperfect/PeopleDailyMaterial, ``data/raw/``). Kept out
of the repository like the shared corpus (newspaper text, for evaluation only).

    python -m evaluation.newdays DIR [--dev DAY,DAY] [--pages]

Each day's pages are read two ways and scored as the shared days are:

- as website copies (``evaluation.webcopy``): every page composed in 3 layouts and in 12 more,
  the dump read, titles, authors, headings and paragraph starts scored;
- with ``--pages``, as newspaper pages (``typesetters.news_pages``): each page of the day set
  twice in random layouts (``typesetters.probe.random_plan``; a page of more than four articles
  gives three or four of them), read from the PDF and from its PyMuPDF dump.

``--dev`` names the days whose misses may be read to find faults; the others are measured only,
and their figures are the honest ones. First used 2026-12-06 (nine days, 2025-01-15 … 2025-07-22;
see docs/development.md, "New days").
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from evaluation import webcopy as wc

#: the measures printed for website copies, in order
WEB_MEASURES = ("dumps_right", "titles", "full_titles", "authors", "headings", "f1")
#: ... and for newspaper pages
PAGE_MEASURES = ("pages_right", "titles", "full_titles", "authors", "headings", "heading_precision",
                 "in_order", "in_article", "captions_out")


def days_in(folder: Path) -> list[str]:
    """The days a folder holds (``rmrb/articles_YYYYMMDD.json``), in order."""
    return sorted(p.stem.split("_", 1)[1] for p in (folder / "rmrb").glob("articles_*.json"))


def web_figures(folder: Path, days: Sequence[str], variants: range) -> tuple[int, dict[str, float], list[str]]:
    """(dumps, pooled figures, misses) of the days' pages composed as website copies."""
    scores, misses = [], []
    for d in wc.dumps(folder, days, variants):
        s = wc.score_dump(d, *wc._read(d))
        scores.append(s)
        misses += [f"{d.name} {d.layout.describe()} | " + " ".join(map(str, m)) for m in s.misses]
    return len(scores), wc.figures(scores), misses


def page_plans(folder: Path, day: str, variants: int = 2) -> list:
    """Random plans of each page of a day, ``variants`` per page (seeded by the day)."""
    from typesetters.probe import random_plan

    records = json.loads((folder / "rmrb" / f"articles_{day}.json").read_text(encoding="utf-8"))
    by_page: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        by_page.setdefault(r["section_no"], []).append(i)
    rng = random.Random(day)
    plans = []
    for no, arts in sorted(by_page.items()):
        for _ in range(variants):
            pick = arts if len(arts) <= 4 else rng.sample(arts, rng.choice((3, 4)))
            plans.append(random_plan(rng, day, no, pick))
    return plans


def page_figures(folder: Path, days: Sequence[str]) -> tuple[dict[str, dict[str, float]], int, list[str]]:
    """({reader: pooled figures}, pages, misses) of the days' pages set as newspaper pages."""
    from evaluation import news
    from evaluation.dumps import pymupdf_dump
    from typesetters.news_pages import compose

    scores: dict[str, list] = {"pdf": [], "dump": []}
    misses: list[str] = []
    for day in days:
        for k, plan in enumerate(page_plans(folder, day)):
            try:
                page = compose(plan, folder / "rmrb")
            except ValueError as exc:  # (the articles do not fit the page)
                misses.append(f"{day}/{plan.page}: not set ({exc})")
                continue
            page = dataclasses.replace(page, name=f"{page.name}_v{k}")
            truth = news.parse_truth(page.truth)
            for key, (suffix, data) in {"pdf": (".pdf", page.data),
                                        "dump": (".txt", pymupdf_dump(page.data).encode())}.items():
                s = news.score_page(page.name, truth, *news._read(page.name + suffix, data), page.captions)
                scores[key].append(s)
                misses += [f"{page.name} {key} | " + " ".join(map(str, m)) for m in s.misses]
    return {k: news.figures(v) for k, v in scores.items()}, len(scores["pdf"]), misses


def _row(name: str, n: int, figures: dict[str, float], measures: Sequence[str]) -> str:
    cells = " ".join(f"{m} {figures[m]:.3f}" if m != "pages_right" else f"{m} {figures[m]:.0f}"
                     for m in measures)
    return f"{name:28s} n={n:<4d} {cells}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.newdays", description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="a folder holding rmrb/articles_YYYYMMDD.json")
    ap.add_argument("--dev", default="", help="days whose misses may be read (comma-separated)")
    ap.add_argument("--pages", action="store_true", help="also set each page as a newspaper page")
    ap.add_argument("--misses", type=Path, default=None, help="write the development days' misses here")
    args = ap.parse_args(argv)
    days = days_in(args.folder)
    if not days:
        print(f"{args.folder}: no rmrb/articles_YYYYMMDD.json", file=sys.stderr)
        return 2
    dev = [d for d in days if d in args.dev.split(",")]
    parts = {"development days": dev, "measured days": [d for d in days if d not in dev]}
    dev_misses: list[str] = []
    for part, part_days in parts.items():
        if not part_days:
            continue
        print(f"{part}: {', '.join(part_days)}")
        for name, variants in (("website copies, 3 layouts", range(wc.VARIANTS)),
                               ("website copies, 12 more", wc.MORE_LAYOUTS)):
            n, f, m = web_figures(args.folder, part_days, variants)
            print(_row(name, n, f, WEB_MEASURES))
            dev_misses += m if part_days is dev else []
        if args.pages:
            figs, n, m = page_figures(args.folder, part_days)
            for reader, f in figs.items():
                print(_row(f"newspaper pages, {reader}", n, f, PAGE_MEASURES))
            dev_misses += m if part_days is dev else []
    if args.misses is not None:
        args.misses.write_text("\n".join(dev_misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
