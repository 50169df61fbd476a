"""Issue 12's figures: the whole job against its floors, on the bulk corpus at 1× and 10×.

Input: ``../shared/corpus/raw/government_work_reports.jsonl`` (69 records, ~1.1 M
characters), each record one text file; the 10× corpus repeats it with a distinct first line
per copy (distinct content, so nothing is skipped). Every figure comes from a fresh
subprocess, so imports and start-up are counted; peak memory is the largest sum of resident
memory over the process tree, sampled every 50 ms. Figures (printed, and written to
``output/bench/ops.json``):

- ``flow ÷ floor``: the first run of ``python -m flows.ingest`` ÷ jieba's own ``lcut`` of the
  same text in a fresh process (import and dictionary load included); target ≤ 2.0 with one
  worker, reported for every worker count;
- ``orchestration``: the flow ÷ the core called directly on the same batches in one process
  (``process_document`` + ``commit_batch``) on the 10× corpus; target ≤ 1.10;
- ``re-run``: an unchanged re-run ÷ the first run; target ≤ 0.05;
- ``memory``: peak memory at 10× ÷ at 1×; target ≤ 1.5;
- ``workers``: ``--workers 2`` ÷ ``--workers 1`` speed-up at 10×, the median of three runs
  of each, back to back and alternating (``ZHDOC_BENCH_REPEAT``; the ratio of the fastest
  runs beside it); target ≥ 1.7;
- ``one line``: a 20 MB file on one line: wall time and peak memory (bounded memory);
- the same 1× run as a Prefect flow with a temporary server (``--prefect yes``), the
  server's start reported apart.

``ZHDOC_BENCH_SCALES=1`` skips the 10× runs (quick look); ``ZHDOC_BENCH_ONLY=flow,rerun``
runs only those parts.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from evaluation.corpus import ROOT, SHARED_CORPUS

BULK = SHARED_CORPUS / "raw" / "government_work_reports.jsonl"
RESULTS = ROOT / "output" / "bench" / "ops.json"
TARGETS = {
    "flow_over_floor_1_worker": ("≤", 2.0),
    "orchestration_10x": ("≤", 1.10),
    "rerun_over_first": ("≤", 0.05),
    "memory_10x_over_1x": ("≤", 1.5),
    "workers_2_over_1": ("≥", 1.7),
}


# ---- measuring a process tree ---------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    return kids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _kids(pid: int) -> list[int] | None:
    """The children of ``pid`` from /proc/PID/task/*/children (a few reads), or None where
    the kernel does not offer that file."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    kids: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                kids.extend(map(int, f.read().split()))
        except FileNotFoundError:
            return None
        except OSError:
            continue
    return kids


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and its descendants. Sampled every 50 ms beside the run it
    measures, on the same cores: reading the tree's own children files costs ~0.1 ms a
    sample, scanning all of /proc (where those files are missing) ~0.9 ms."""
    scan: dict[int, list[int]] | None = None
    todo, total = [root], 0
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        kids = _kids(pid)
        if kids is None:
            scan = scan if scan is not None else _children()
            kids = scan.get(pid, [])
        todo.extend(kids)
    return total / 1024


#: CPU seconds and the machine's load around each measured command (the machine may be shared:
#: a load above the cores means the figures are slowed by other work)
CPU: dict[str, float] = {}


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measure(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak tree RSS in MB, the finished process) of one command."""
    cpu0 = _cpu()
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **(env or {})})
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    CPU["last_cpu_s"] = _cpu() - cpu0
    CPU["last_load"] = max(load0, os.getloadavg()[0])
    return wall, peak[0], subprocess.CompletedProcess(argv, proc.returncode, out, err)


# ---- inputs ---------------------------------------------------------------------------------
def records() -> list[str]:
    if not BULK.is_file():
        raise SystemExit(f"bench ops needs {BULK}")
    return [json.loads(line)["content"] for line in BULK.read_text(encoding="utf-8").splitlines()]


def write_corpus(folder: Path, texts: list[str], copies: int) -> int:
    folder.mkdir(parents=True)
    n = 0
    for c in range(copies):
        for i, text in enumerate(texts):
            body = text if c == 0 else f"副本{c}\n{text}"
            (folder / f"{c:02d}-{i:03d}.txt").write_text(body, encoding="utf-8")
            n += len(body)
    return n


# ---- the runs -------------------------------------------------------------------------------
def supports(flag: str) -> bool:
    out = subprocess.run([sys.executable, "-m", "flows.ingest", "--help"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    return flag in out


def flow(inp: Path, out: Path, *extra: str) -> tuple[float, float, dict]:
    wall, peak, proc = measure([sys.executable, "-m", "flows.ingest", str(inp), "--out", str(out),
                                *extra])
    if proc.returncode not in (0, 1):
        print(proc.stderr[-3000:])
        raise SystemExit(f"flows.ingest exited {proc.returncode}")
    report = json.loads(max((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    return wall, peak, report


FLOOR = """
import sys, time, jieba, logging
jieba.setLogLevel(logging.WARNING)
from pathlib import Path
t = jieba.Tokenizer(); t.tmp_dir = sys.argv[2]
for p in sorted(Path(sys.argv[1]).iterdir()):
    t.lcut(p.read_text(encoding="utf-8"))
"""

DIRECT = """
import sys
from pathlib import Path
from zhdoc.pipeline import process_document
from zhdoc.output.commit import commit_batch
files = sorted(Path(sys.argv[1]).iterdir())
out = Path(sys.argv[2]); size = 25
for b, first in enumerate(range(0, len(files), size)):
    batch = [process_document(str(p), p.read_bytes()) for p in files[first:first + size]]
    commit_batch(out, f"direct-{b:05d}", batch, [])
"""


def floor(inp: Path, tmp: Path) -> float:
    wall, _, proc = measure([sys.executable, "-c", FLOOR, str(inp), str(tmp)])
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    CPU["floor_cpu_s"] = CPU["last_cpu_s"]
    return wall


def direct(inp: Path, out: Path) -> tuple[float, float]:
    wall, peak, proc = measure([sys.executable, "-c", DIRECT, str(inp), str(out)])
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    CPU["direct_cpu_s"] = CPU["last_cpu_s"]
    return wall, peak


def one_line(tmp: Path, texts: list[str], extra: list[str]) -> tuple[float, float, dict]:
    """A 20 MB file holding the corpus on one line (line ends removed), repeated."""
    inp = tmp / "oneline"
    inp.mkdir()
    flat = "".join(t.replace("\n", "") for t in texts)
    data = (flat * (20_000_000 // len(flat.encode()) + 1)).encode()[:20_000_000]
    (inp / "oneline.txt").write_bytes(data.decode("utf-8", "ignore").encode())
    return flow(inp, tmp / "out-oneline", *extra)


#: runs of each worker count at the largest scale, for the speed-up (``ZHDOC_BENCH_REPEAT``)
REPEAT = max(1, int(os.environ.get("ZHDOC_BENCH_REPEAT", "3")))


def main() -> None:
    scales = [int(s) for s in os.environ.get("ZHDOC_BENCH_SCALES", "1,10").split(",")]
    only = set(filter(None, os.environ.get("ZHDOC_BENCH_ONLY", "").split(",")))
    want = (lambda part: not only or part in only)
    texts = records()
    has_workers = supports("--workers")
    cores = os.cpu_count() or 1
    worker_counts = sorted({1, cores}) if has_workers else [None]
    fig: dict[str, object] = {"date": time.strftime("%Y-%m-%d %H:%M"), "cores": cores}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for scale in scales:
            inp = tmp / f"in{scale}"
            n_chars = write_corpus(inp, texts, scale)
            fig[f"chars_{scale}x"] = n_chars
            fig[f"docs_{scale}x"] = len(texts) * scale
            if want("flow") or want("floor"):
                fig[f"floor_lcut_{scale}x_s"] = floor(inp, tmp / "jieba-cache")
                fig[f"floor_lcut_{scale}x_cpu_s"] = CPU["floor_cpu_s"]
            for w in worker_counts:
                if not (want("flow") or want("rerun") or want("memory") or want("workers")):
                    break
                extra = ["--workers", str(w)] if w else []
                name = f"{scale}x_w{w or 'default'}"
                out = tmp / f"out-{name}"
                wall, peak, rep = flow(inp, out, *extra)
                fig[f"flow_{name}_s"], fig[f"peak_{name}_mb"] = wall, peak
                fig[f"cpu_over_wall_{name}"] = CPU["last_cpu_s"] / wall
                fig[f"flow_{name}_cpu_s"] = CPU["last_cpu_s"]
                fig[f"load_during_{name}"] = CPU["last_load"]
                fig[f"flow_{name}_statuses"] = rep["statuses"]
                fig[f"flow_{name}_repeats_s"] = [wall]
                fig[f"load_during_{name}_repeats"] = [CPU["last_load"]]
                if "server_start_s" in rep:
                    fig[f"server_start_{name}_s"] = rep["server_start_s"]
                if want("rerun") and scale == 1:
                    again, _, rep2 = flow(inp, out, *extra)
                    fig[f"rerun_{name}_s"] = again
                    fig[f"rerun_{name}_processed"] = rep2["n_processed"]
            if want("workers") and scale == max(scales) and len(worker_counts) > 1:
                # the speed-up from runs back to back, alternating, each count REPEAT times:
                # one pair of runs moves by ±0.1 with what else the machine does
                for r in range(1, REPEAT):
                    for w in worker_counts:
                        out = tmp / f"out-{scale}x_w{w}_r{r}"
                        wall, _, _ = flow(inp, out, "--workers", str(w))
                        fig[f"flow_{scale}x_w{w}_repeats_s"].append(wall)
                        fig[f"load_during_{scale}x_w{w}_repeats"].append(CPU["last_load"])
                        shutil.rmtree(out, ignore_errors=True)
            if want("prefect") and scale == 1 and has_workers:
                wall, peak, rep = flow(inp, tmp / "out-prefect", "--workers", "1", "--prefect", "yes")
                fig["flow_1x_w1_prefect_s"] = wall
                fig["prefect_server_start_s"] = rep.get("prefect_server_start_s")
            if want("orchestration") and scale == max(scales):
                fig[f"direct_{scale}x_s"], fig[f"direct_peak_{scale}x_mb"] = direct(inp, tmp / f"direct{scale}")
                fig[f"direct_{scale}x_cpu_s"] = CPU["direct_cpu_s"]
        if want("oneline"):
            w = ["--workers", "1"] if has_workers else []
            wall, peak, rep = one_line(tmp, texts, w)
            fig["oneline_20mb_s"], fig["oneline_20mb_peak_mb"] = wall, peak
            fig["oneline_20mb_statuses"] = rep["statuses"]
    report(fig, worker_counts, scales)


def report(fig: dict, worker_counts: list, scales: list[int]) -> None:
    ratios: dict[str, float] = {}
    one = worker_counts[0]
    f1 = fig.get(f"flow_1x_w{one or 'default'}_s")
    if f1 and fig.get("floor_lcut_1x_s"):
        ratios["flow_over_floor_1_worker"] = f1 / fig["floor_lcut_1x_s"]
        for w in worker_counts[1:]:
            ratios[f"flow_over_floor_{w}_workers"] = fig[f"flow_1x_w{w}_s"] / fig["floor_lcut_1x_s"]
    big = max(scales)
    best = worker_counts[0]
    if fig.get(f"direct_{big}x_s") and fig.get(f"flow_{big}x_w{best or 'default'}_s"):
        ratios[f"orchestration_{big}x"] = fig[f"flow_{big}x_w{best or 'default'}_s"] / fig[f"direct_{big}x_s"]
    if fig.get(f"rerun_1x_w{one or 'default'}_s") and f1:
        ratios["rerun_over_first"] = fig[f"rerun_1x_w{one or 'default'}_s"] / f1
    if 10 in scales and fig.get(f"peak_10x_w{one or 'default'}_mb"):
        ratios["memory_10x_over_1x"] = fig[f"peak_10x_w{one or 'default'}_mb"] / fig[f"peak_1x_w{one or 'default'}_mb"]
    if len(worker_counts) > 1 and worker_counts[0] == 1:
        for scale in scales:
            a, b = fig.get(f"flow_{scale}x_w1_s"), fig.get(f"flow_{scale}x_w{worker_counts[-1]}_s")
            if a and b:
                ratios[f"workers_{worker_counts[-1]}_over_1_{scale}x"] = a / b
        a, b = fig.get(f"flow_{big}x_w1_repeats_s"), fig.get(f"flow_{big}x_w{worker_counts[-1]}_repeats_s")
        if a and b and len(a) > 1:
            ratios[f"workers_{worker_counts[-1]}_over_1_{big}x_fastest"] = min(a) / min(b)
            ratios[f"workers_{worker_counts[-1]}_over_1_{big}x_median"] = statistics.median(a) / statistics.median(b)
        key = f"workers_2_over_1_{big}x" + ("_median" if a and len(a) > 1 else "")
        if key in ratios:
            ratios["workers_2_over_1"] = ratios[key]
    # the same ratios in CPU seconds: what other work on a shared machine does not change
    if fig.get(f"flow_1x_w{one or 'default'}_cpu_s") and fig.get("floor_lcut_1x_cpu_s"):
        ratios["cpu_flow_over_floor_1_worker"] = fig[f"flow_1x_w{one or 'default'}_cpu_s"] / fig["floor_lcut_1x_cpu_s"]
    if fig.get(f"direct_{big}x_cpu_s") and fig.get(f"flow_{big}x_w{best or 'default'}_cpu_s"):
        ratios[f"cpu_orchestration_{big}x"] = fig[f"flow_{big}x_w{best or 'default'}_cpu_s"] / fig[f"direct_{big}x_cpu_s"]
    fig["ratios"] = ratios
    for k, v in fig.items():
        if k != "ratios":
            if isinstance(v, list) and all(isinstance(x, float) for x in v):
                v = [round(x, 2) for x in v]
            print(f"{k}: {v:.2f}" if isinstance(v, float) else f"{k}: {v}")
    print("\n| measure | figure | target | met |\n|---|---|---|---|")
    for k, v in ratios.items():
        op, target = TARGETS.get(k, ("", None))
        met = "" if target is None else ("yes" if (v <= target if op == "≤" else v >= target) else "no")
        print(f"| {k} | {v:.3f} | {op} {target if target is not None else ''} | {met} |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(fig, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
