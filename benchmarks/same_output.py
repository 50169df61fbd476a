"""Check that a change leaves the output as it was: every table's rows and every summary.

    python -m benchmarks.same_output save [--workers N]    # before the change
    python -m benchmarks.same_output check [--workers N]   # after it: exit 1 on a difference

Input: ``samples/`` and the bulk corpus of ``bench_ops`` (``government_work_reports.jsonl``, 1×,
and its first records as 10× copies with their distinct first line), copied to
``output/same_output/in`` so that source paths are the same on every run. ``python -m
flows.ingest`` writes them to a fresh ``output/same_output/out``; every table is read with
pyarrow and its rows sorted, the summaries read as JSON, and the whole compared with the saved
``output/same_output/reference.pkl``. Run reports are left out (they hold times). Not a test:
it takes the time of a run over the corpus.
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks.bench_ops import BULK, records
from evaluation.corpus import ROOT
from zhdoc.output.rows import TABLES

HERE = ROOT / "output" / "same_output"
REFERENCE = HERE / "reference.pkl"
#: records of the bulk corpus also given as a second copy with a distinct first line
COPIED = 5


def make_input(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "samples", folder / "samples")
    bulk = folder / "bulk"
    bulk.mkdir()
    texts = records()
    for i, text in enumerate(texts):
        (bulk / f"00-{i:03d}.txt").write_text(text, encoding="utf-8")
    for i, text in enumerate(texts[:COPIED]):
        (bulk / f"01-{i:03d}.txt").write_text(f"副本1\n{text}", encoding="utf-8")


def run(workers: int) -> Path:
    inp, out = HERE / "in", HERE / "out"
    make_input(inp)
    if out.exists():
        shutil.rmtree(out)
    done = subprocess.run([sys.executable, "-m", "flows.ingest", str(inp.relative_to(ROOT)),
                           "--out", str(out), "--workers", str(workers), "--progress", "no"],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"flows.ingest exited {done.returncode}:\n{done.stderr[-3000:]}")
    return out


def canonical(out: Path) -> dict[str, object]:
    """Every table as its sorted rows, every summary as parsed JSON."""
    got: dict[str, object] = {}
    for table in TABLES:
        rows = []
        for part in sorted((out / table).glob("*.parquet")):
            rows.extend(tuple(sorted(r.items())) for r in pq.read_table(part).to_pylist())
        got[table] = sorted(rows, key=repr)
    got["summaries"] = {p.name: json.loads(p.read_text(encoding="utf-8"))
                        for p in sorted((out / "summaries").glob("*.json"))}
    return got


def compare(ref: dict[str, object], now: dict[str, object]) -> list[str]:
    problems = []
    for name in sorted(set(ref) | set(now)):
        a, b = ref.get(name), now.get(name)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            sa, sb = set(map(repr, a)), set(map(repr, b))
            problems.append(f"{name}: {len(a)} rows before, {len(b)} now; "
                            f"{len(sa - sb)} gone, {len(sb - sa)} new; e.g. "
                            f"{sorted(sa - sb)[:1]} → {sorted(sb - sa)[:1]}")
        elif isinstance(a, dict) and isinstance(b, dict):
            diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            problems.append(f"{name}: {len(diff)} differ, e.g. {diff[:3]}")
        else:
            problems.append(f"{name}: present only {'before' if b is None else 'now'}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.same_output")
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    if not BULK.is_file():
        print(f"error: needs {BULK}", file=sys.stderr)
        return 2
    now = canonical(run(args.workers))
    sizes = ", ".join(f"{k} {len(v)}" for k, v in now.items())
    if args.action == "save":
        REFERENCE.write_bytes(pickle.dumps(now))
        print(f"saved {REFERENCE}: {sizes}")
        return 0
    if not REFERENCE.is_file():
        print(f"error: no {REFERENCE}; run 'save' before the change", file=sys.stderr)
        return 2
    problems = compare(pickle.loads(REFERENCE.read_bytes()), now)
    for p in problems:
        print(p)
    print("same output" if not problems else "OUTPUT DIFFERS", f"({sizes})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
