"""``make soak``: the run killed at several points, two runs at once, a corpus of bad inputs,
and a long Hypothesis run over repair, segmentation, lists and numbers. Not part of ``make
test`` (marker ``soak``); each test prints what it tried and that nothing was lost.

Every scenario ends in the same check: the output equals a clean run's (row counts per table),
every Parquet part is readable, no id appears twice, no temporary file or journal is left.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhdoc.output.rows import TABLES

pytestmark = pytest.mark.soak
ROOT = Path(__file__).resolve().parents[1]
BULK = ROOT.parent / "shared" / "corpus" / "raw" / "government_work_reports.jsonl"
KEYS = {"documents": "source_path", "articles": "article_id", "sections": "section_id",
        "paragraphs": "paragraph_id", "lists": "list_id", "list_items": "item_id",
        "numbers": "number_id"}


def say(*parts: object) -> None:
    print("soak:", *parts, flush=True)


def cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "flows.ingest", *argv]


def env() -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")},
            "PYTHONPATH": str(ROOT)}


def corpus(folder: Path, n: int = 30) -> Path:
    folder.mkdir(parents=True)
    if BULK.is_file():
        texts = [json.loads(line)["content"] for line in BULK.read_text(encoding="utf-8").splitlines()]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(texts[i % len(texts)][:20000] + f"\n第{i}份。\n",
                                             encoding="utf-8")
    return folder


def state(out: Path) -> dict[str, int]:
    """Row counts per table, after checking every part, id and leftover."""
    assert not (out / "_journal.json").exists(), "a journal was left"
    assert not list(out.rglob("*.tmp")), "temporary files were left"
    counts = {}
    for table in TABLES:
        for part in (out / table).glob("*.parquet"):
            pq.read_table(part)  # readable
        t = ds.dataset(out / table).to_table()
        if table in KEYS:
            ids = t.column(KEYS[table]).to_pylist()
            dup = [k for k, v in Counter(ids).items() if v > 1]
            assert not dup, f"{table}: duplicate ids {dup[:3]}"
        counts[table] = t.num_rows
    return counts


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    base = tmp_path_factory.mktemp("clean")
    src = corpus(base / "in")
    subprocess.run(cli(str(src), "--out", str(base / "out"), "--workers", "2"), cwd=ROOT,
                   env=env(), check=True, capture_output=True)
    counts = state(base / "out")
    say(f"clean run: {counts}")
    return src, counts


@pytest.mark.parametrize("prefect", ["no", "yes"])
def test_killed_at_several_points_then_finished_loses_nothing(clean, tmp_path, prefect):
    src, want = clean
    out = tmp_path / "out"
    points = [0.3, 1.0, 2.0, 3.5, 5.0, 8.0] if prefect == "no" else [1.0, 4.0, 9.0, 15.0]
    rng = random.Random(11)
    for at in points:
        proc = subprocess.Popen(cli(str(src), "--out", str(out), "--batch-size", "3",
                                    "--workers", str(rng.choice([1, 2])), "--prefect", prefect),
                                cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(at)
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        have = sum(1 for _ in (out / "documents").glob("*.parquet")) if out.exists() else 0
        say(f"prefect={prefect}: SIGKILL at {at:.1f} s ({'mid-run' if alive else 'after the end'}), "
            f"{have} document parts committed")
    done = subprocess.run(cli(str(src), "--out", str(out), "--workers", "2", "--prefect", prefect),
                          cwd=ROOT, env=env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert state(out) == want
    leftovers = list(out.glob(".prefect-*"))
    say(f"prefect={prefect}: finished after {len(points)} kills: same rows as the clean run, "
        f"no temporary server or its folder left ({len(leftovers)})")
    assert leftovers == []
    assert not _uvicorn_children_of_dead_parents()


def _uvicorn_children_of_dead_parents() -> list[int]:
    found = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                cmd = Path(f"/proc/{d}/cmdline").read_bytes()
                ppid = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            if b"prefect.server.api.server:create_app" in cmd and ppid == 1:
                found.append(int(d))
    return found


@pytest.mark.parametrize("split", ["same inputs", "different halves"])
def test_two_runs_at_once_lose_nothing(clean, tmp_path, split):
    src, want = clean
    out = tmp_path / "out"
    if split == "same inputs":
        args = [[str(src)], [str(src)]]
    else:
        files = sorted(str(p) for p in src.iterdir())
        args = [files[::2], files[1::2]]
    procs = [subprocess.Popen(cli(*a, "--out", str(out), "--batch-size", "2", "--wait"), cwd=ROOT,
                              env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for a in args]
    codes = [p.wait(timeout=900) for p in procs]
    assert codes == [0, 0], [p.stderr.read()[-1000:] for p in procs]
    assert state(out) == want
    say(f"two runs at once ({split}): both exit 0, same rows as the clean run")


def bad_inputs(folder: Path) -> dict[str, str]:
    """Every bad input issue 11 names, and what each must be recorded as."""
    folder.mkdir()
    text = "政府工作报告指出，经济运行总体平稳。一是稳增长。二是促改革。\n\n"
    cases: dict[str, tuple[bytes | None, str]] = {
        "good.txt": (text.encode(), "ok"),
        "empty.txt": (b"", "failed"),
        "blank.txt": (b"  \n\n\t", "failed"),
        "binary.txt": (bytes(range(256)) * 8, "failed"),
        "stray_nuls.txt": ((text * 400).encode() + b"\0\0\0", "ok"),
        "big5.txt": ("會議充分肯定國務院過去一年的工作，同意報告。".encode("big5") * 20, "failed"),
        "shift_jis.txt": ("これは日本語のテキストです。東京都の人口。".encode("shift_jis") * 20, "failed"),
        "random.txt": (random.Random(3).randbytes(5000), "failed"),
        "utf16le_nobom.txt": ((text * 20).encode("utf-16-le"), "ok"),
        "utf16be_nobom.txt": ((text * 20).encode("utf-16-be"), "ok"),
        "empty.pdf": (b"", "failed"),
        "truncated.pdf": (b"%PDF-1.4\n1 0 obj\n<<", "failed"),
        "pdf_named.txt": (b"%PDF-1.4\n" + bytes(range(256)) * 4, "failed"),
        "one_line.txt": (("经济运行总体平稳，一是稳增长，二是促改革。" * 4000).encode(), "ok"),
        "crlf.txt": (text.replace("\n", "\r\n").encode("gb18030"), "ok"),
    }
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    with open(os.path.join(os.fsencode(folder), b"name-\xff\xfe.txt"), "wb") as f:
        f.write(text.encode())
    os.mkfifo(folder / "fifo.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("missing", folder / "broken.txt")
    os.symlink("..", folder / "up")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    want = {name: status for name, (_, status) in cases.items()}
    want.update({"name-\\xff\\xfe.txt": "ok", "fifo.txt": "unsupported", "zero.txt": "unsupported",
                 "loop.txt": "failed", "broken.txt": "failed", "sock.txt": "unsupported"})
    return want


def test_the_bad_input_corpus_is_recorded_file_by_file(tmp_path):
    want = bad_inputs(tmp_path / "bad")
    out = tmp_path / "out"
    proc = subprocess.run(cli(str(tmp_path / "bad"), "--out", str(out), "--time-limit", "120"),
                          cwd=ROOT, env=env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 1, proc.stderr[-2000:]
    got = {Path(d["source_path"]).name: d["status"]
           for d in ds.dataset(out / "documents").to_table().to_pylist()}
    report = json.loads(max((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
    got.update({Path(x["path"]).name: x["status"] for x in report["failures"]
                if Path(x["path"]).name not in got})
    for name in sorted(want):
        say(f"bad input {name}: {got.get(name)} (expected {want[name]})")
    assert got == want
    state(out)


# ---- properties ------------------------------------------------------------------------------
PIECES = st.sampled_from(
    list("制造业发展金融改革开放一二三是第（）“”，。；：！？、 \n\n\n▎□ab12.%")
    + ["一是", "二是", "三是", "（一）", "（二）", "一、", "二、", "1.", "2.", "①", "②", "第一，",
       "作者单位：", "本报记者 ", "——", "  ", "\u3000", "3.5%", "1.2万亿元", "增长5.85倍", "2025年3月5日"]
)
DUMPS = st.lists(PIECES, max_size=300).map("".join)


def nonws(s: str) -> str:
    return "".join(s.split())


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(DUMPS)
def test_property_repair_conserves_characters(dump):
    from zhdoc.dump.repair import repair

    assert "".join(nonws(b.text) for b in repair(dump)) == nonws(dump)


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(DUMPS)
def test_property_segmentation_lists_and_numbers_invent_nothing(dump):
    from zhdoc.pipeline import analyze_text

    dump = dump or "。"
    w = analyze_text(dump)
    if w.structure is None:
        return
    source = Counter(nonws(dump))
    for art in w.structure.articles:
        for s in art.sections:
            for p in s.paragraphs:
                assert not Counter(nonws(p.text)) - source  # no character invented
    for art, lists in zip(w.structure.articles, w.lists or ()):
        paras = art.paragraphs()
        for lst in lists:
            for item in lst.items:
                text = art.sections[item.section].paragraphs[item.paragraph].text
                assert 0 <= item.start < item.end <= len(text)
                assert nonws(item.text) in nonws(text[item.start:]) or nonws(item.text) in nonws(
                    "".join(p.text for _, _, p in paras))
    for art, found in zip(w.structure.articles, w.numbers or ()):
        for si, pi, mentions in found:
            text = (art.title if si is None else art.sections[si].heading if pi is None
                    else art.sections[si].paragraphs[pi].text)
            assert all(text[m.start:m.end] == m.surface for m in mentions)
