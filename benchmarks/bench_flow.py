"""The whole job through Prefect: ``python -m flows.ingest`` on the bulk corpus, twice.

Writes each record of ../shared/corpus/raw/government_work_reports.jsonl (69 records,
~1.1 M characters) as a text file in a temporary folder (the project's samples when the
corpus is absent), runs the flow in a subprocess, and prints wall time, documents and
characters per second, task runs, and the time of a second run (everything unchanged, so
everything skipped). Prefect's temporary API start-up (~10 s) is included: it is what a
user waits for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evaluation.corpus import ROOT, SHARED_CORPUS

BULK = SHARED_CORPUS / "raw" / "government_work_reports.jsonl"


def write_inputs(folder: Path) -> int:
    if not BULK.is_file():
        n = 0
        for p in (ROOT / "samples").iterdir():
            if p.suffix in (".txt", ".pdf"):
                (folder / p.name).write_bytes(p.read_bytes())
                n += len(p.read_bytes())
        return n
    n_chars = 0
    for i, line in enumerate(BULK.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        (folder / f"{i:03d}.txt").write_text(rec["content"], encoding="utf-8")
        n_chars += len(rec["content"])
    return n_chars


def run(inp: Path, out: Path) -> tuple[float, dict]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "flows.ingest", str(inp), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        print(proc.stderr[-2000:])
        raise SystemExit(f"flows.ingest exited {proc.returncode}")
    report = json.loads(max((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    return elapsed, report


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "in", Path(tmp) / "out"
        inp.mkdir()
        n_chars = write_inputs(inp)
        first, report = run(inp, out)
        second, again = run(inp, out)
    n = report["n_processed"]
    batches = -(-n // report["batch_size"]) if n else 0
    print(f"input: {n} documents, {n_chars:,} characters ({BULK.name if BULK.is_file() else 'samples'})")
    print(f"first run: {first:.1f} s wall ({report['elapsed_s']:.1f} s inside the flow), "
          f"{n / first:.1f} documents/s, {n_chars / first:,.0f} characters/s")
    print(f"task runs: {batches * 8} ({batches} batches of up to {report['batch_size']} documents)")
    print(f"statuses: {report['statuses']}; rows: {report['rows_written']}")
    print("seconds per step (summed over documents): "
          + ", ".join(f"{k} {v:.2f}" for k, v in report["step_seconds"].items()))
    print(f"second run (all unchanged): {second:.1f} s wall, {again['n_processed']} processed, "
          f"{len(again['skipped'])} skipped")


if __name__ == "__main__":
    main()
