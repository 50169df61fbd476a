"""Extraction (numbers + lists) against jieba's own segmentation of the same text.

Input: the seed and the bulk corpus ../shared/corpus/raw/government_work_reports.jsonl
(69 records, ~1.1 M characters), each skipped when absent. Each document is repaired and
segmented into articles first (``zhdoc.dump.repair`` / ``zhdoc.segment.articles``; stand-ins when absent;
not timed). Timed:
``find_numbers`` per paragraph, ``find_lists`` per article, and ``lcut`` of the same paragraph
texts with the project's jieba tokenizer (dictionary load excluded). Prints characters per
second for each and the ratio extraction / segmentation (target: at most 1.0).
"""

from __future__ import annotations

import json
import tempfile
import time

from evaluation.lists import article_from_paragraphs, standin_article
from evaluation.corpus import SHARED_CORPUS
from zhdoc.extract.keywords import jieba_tools
from zhdoc.extract.lists import find_lists
from zhdoc.model import Article

CORPUS = SHARED_CORPUS
SEED = CORPUS / "seed" / "000_5dcec531bf597a03.txt"
BULK = CORPUS / "raw" / "government_work_reports.jsonl"
REPEAT = 3  # best of REPEAT runs per measure


def documents() -> list[tuple[str, str]]:
    docs = []
    if SEED.is_file():
        docs.append(("seed", SEED.read_text(encoding="utf-8")))
    if BULK.is_file():
        for i, line in enumerate(BULK.read_text(encoding="utf-8").splitlines()):
            docs.append((f"bulk/{i:03d}", json.loads(line)["content"]))
    return docs


def to_articles(text: str) -> list[Article]:
    """Repaired and segmented articles (stand-ins when those steps are absent)."""
    try:
        from zhdoc.dump.repair import repair
    except ImportError:
        return [article_from_paragraphs(text)]
    blocks = repair(text)
    try:
        from zhdoc.segment.articles import segment
    except ImportError:
        return [standin_article(text, [(b.start, b.end, b.text) for b in blocks])]
    return list(segment(blocks).articles)


def best_of(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    docs = documents()
    if not docs:
        print("corpus absent: nothing to measure")
        return
    articles = [a for _, text in docs for a in to_articles(text)]
    paragraphs = [p.text for a in articles for _, _, p in a.paragraphs()]
    n_chars = sum(len(p) for p in paragraphs)
    tokenizer = jieba_tools(tempfile.mkdtemp(prefix="zhdoc-bench-jieba-")).tokenizer
    tokenizer.lcut("预热")  # dictionary already loaded; warm the code paths

    try:
        from zhdoc.extract.numbers import find_numbers
    except ImportError:
        find_numbers = None

    def run_numbers() -> None:
        for p in paragraphs:
            find_numbers(p)

    def run_lists() -> None:
        for a in articles:
            find_lists(a)

    def run_jieba() -> None:
        for p in paragraphs:
            tokenizer.lcut(p)

    t_numbers = best_of(run_numbers) if find_numbers else None
    t_lists = best_of(run_lists)
    t_jieba = best_of(run_jieba)
    n_lists = sum(len(find_lists(a)) for a in articles)
    print(f"input: {len(docs)} documents ({'seed + ' if SEED.is_file() else ''}"
          f"{'bulk' if BULK.is_file() else 'no bulk'}), {len(paragraphs):,} paragraphs, "
          f"{n_chars:,} characters; {n_lists} lists found; best of {REPEAT}")
    rows = [("numbers (find_numbers)", t_numbers), ("lists (find_lists)", t_lists)]
    t_extract = (t_numbers or 0.0) + t_lists
    rows += [("numbers + lists", t_extract), ("jieba lcut (same text)", t_jieba)]
    for name, t in rows:
        if t is None:
            print(f"{name:26s} skipped (zhdoc.extract.numbers absent)")
        else:
            print(f"{name:26s} {t:7.3f} s  {n_chars / t:13,.0f} chars/s")
    ratio = t_extract / t_jieba
    print(f"ratio extraction / jieba segmentation: {ratio:.2f} "
          f"(target <= 1.00: {'met' if ratio <= 1.0 else 'NOT met'})")


if __name__ == "__main__":
    main()
