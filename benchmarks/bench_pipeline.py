"""Pipeline throughput on text files, and each step's share of the time.

Input: the bulk corpus ../shared/corpus/raw/government_work_reports.jsonl (69 records,
~1.1 M characters) when present, else the project's samples. Each record is processed as
one text file by ``zhdoc.pipeline.process_document`` (no Prefect), then turned into rows and
Arrow tables (the write step minus disk I/O). Prints characters per second, seconds per
step, and repair + segmentation as a share of the whole (target: at most 20 %).
"""

from __future__ import annotations

import json
import resource
import time
from collections import defaultdict

from evaluation.corpus import ROOT, SHARED_CORPUS

from zhdoc.extract.keywords import extract_keywords
from zhdoc.pipeline import process_document
from zhdoc.output.records import to_rows
from zhdoc.output.schema import to_arrow
from zhdoc.settings import Settings

BULK = SHARED_CORPUS / "raw" / "government_work_reports.jsonl"


def inputs() -> list[tuple[str, bytes]]:
    if BULK.is_file():
        docs = []
        for i, line in enumerate(BULK.read_text(encoding="utf-8").splitlines()):
            rec = json.loads(line)
            docs.append((f"bulk/{i:03d}.txt", rec["content"].encode("utf-8")))
        return docs
    return [(p.name, p.read_bytes()) for p in sorted((ROOT / "samples").glob("*.txt"))]


def main() -> None:
    settings = Settings()
    docs = inputs()
    n_chars = sum(len(d.decode("utf-8", "replace")) for _, d in docs)
    extract_keywords("预热词典加载", settings)  # load jieba's dictionary outside the timing
    steps: defaultdict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    statuses: defaultdict[str, int] = defaultdict(int)
    for name, data in docs:
        w = process_document(name, data, settings)
        statuses[w.status] += 1
        for step, seconds in w.timings:
            steps[step] += seconds
        t1 = time.perf_counter()
        rows = to_rows(w)
        for table, r in rows.items():
            to_arrow(table, r)
        steps["rows+arrow"] += time.perf_counter() - t1
    total = time.perf_counter() - t0
    source = BULK.name if BULK.is_file() else "samples/"
    print(f"input: {source}: {len(docs)} documents, {n_chars:,} characters; statuses {dict(statuses)}")
    print(f"total: {total:.2f} s, {n_chars / total:,.0f} characters/s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("| step | seconds | share |")
    print("|---|---|---|")
    for step, seconds in steps.items():
        print(f"| {step} | {seconds:.3f} | {seconds / total:.1%} |")
    share = (steps["repair"] + steps["segment"]) / total
    print(f"repair + segment share: {share:.1%} (target ≤ 20%): {'met' if share <= 0.20 else 'NOT met'}")


if __name__ == "__main__":
    main()
