"""zhdoc.pipeline.pool: documents in worker processes, each within a time and memory budget
(issue 11, defect 12: text files had no time or memory limit; defect 11: nothing outlives a run)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zhdoc.pipeline import pool as pool_module
from zhdoc.pipeline.pool import DocumentPool
from zhdoc.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "samples").glob("*.*")
                 if p.suffix in (".txt", ".pdf"))


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return Settings(jieba_cache_dir=str(tmp_path_factory.mktemp("jieba")))


@pytest.fixture()
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_workers_give_the_same_rows_as_in_process_and_in_order(settings, in_root):
    with DocumentPool(0, settings) as here, DocumentPool(2, settings) as there:
        a = list(here.map((p, "") for p in SAMPLES))
        b = list(there.map((p, "") for p in SAMPLES))
    assert [r.source_path for r in b] == SAMPLES
    assert [r.rows for r in a] == [r.rows for r in b]
    assert [r.summary for r in a] == [r.summary for r in b]


def test_defect_12_a_text_over_the_time_limit_fails_naming_the_setting(settings, tmp_path):
    (tmp_path / "a.txt").write_text("政府工作报告指出，经济运行总体平稳。\n\n" * 2000, encoding="utf-8")
    s = Settings(jieba_cache_dir=settings.jieba_cache_dir, time_limit_s=0.001)
    with DocumentPool(1, s) as pool:
        (r,) = pool.map([(str(tmp_path / "a.txt"), "")])
        # the pool goes on after killing the worker: a new one takes the next document
        (again,) = pool.map([(str(tmp_path / "a.txt"), "")])
    assert r.status == "failed" and again.status == "failed"
    assert "time limit of 0.001 s" in r.error and "time_limit_s" in r.error and "--time-limit" in r.error
    assert r.rows["documents"][0].source_path.endswith("a.txt")


def test_a_document_sent_ahead_to_a_worker_stopped_for_time_goes_to_the_next_one(settings, tmp_path):
    """A worker gets its next document before it is done with the one it runs; when it is
    stopped (here over the time limit), that next one is not lost but runs in a new worker."""
    (tmp_path / "slow.txt").write_text("政府工作报告指出，经济运行总体平稳。\n\n" * 20000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("一是加强金融支持。\n\n二是深化改革。\n", encoding="utf-8")
    s = Settings(jieba_cache_dir=settings.jieba_cache_dir, time_limit_s=0.5)
    with DocumentPool(1, s) as pool:
        slow, small = pool.map([(str(tmp_path / "slow.txt"), ""), (str(tmp_path / "small.txt"), "")])
    assert slow.status == "failed" and "time limit of 0.5 s" in slow.error
    assert small.status == "ok"


def test_defect_12_a_text_over_the_memory_limit_fails_naming_the_setting(settings, tmp_path):
    (tmp_path / "big.txt").write_text(("经济运行总体平稳，发展质量稳步提升。" * 40 + "\n\n") * 1000,
                                      encoding="utf-8")
    (tmp_path / "small.txt").write_text("一是加强金融支持。\n\n二是深化改革。\n", encoding="utf-8")
    s = Settings(jieba_cache_dir=settings.jieba_cache_dir, memory_limit_mb=64)
    with DocumentPool(1, s) as pool:
        big, small = pool.map([(str(tmp_path / "big.txt"), ""), (str(tmp_path / "small.txt"), "")])
    assert big.status == "failed"
    assert "memory limit of 64 MB" in big.error and "memory_limit_mb" in big.error
    assert small.status == "ok"  # a fresh worker took the next document


def test_a_memory_error_in_process_is_a_failed_document_naming_the_setting(settings, monkeypatch):
    def boom(*a, **k):
        raise MemoryError

    monkeypatch.setattr(pool_module, "process_path", boom)
    with DocumentPool(0, settings) as pool:
        (r,) = pool.map([("a.txt", "")])
    assert r.status == "failed" and "memory_limit_mb" in r.error


def test_defect_11_workers_die_with_the_process_that_started_them(settings, tmp_path):
    code = (
        "import sys, time\n"
        "from zhdoc.pipeline.pool import DocumentPool\n"
        "from zhdoc.settings import Settings\n"
        f"p = DocumentPool(2, Settings(jieba_cache_dir={settings.jieba_cache_dir!r}))\n"
        f"list(p.map([({SAMPLES[0]!r}, ''), ({SAMPLES[1]!r}, '')]))\n"
        "print(' '.join(str(s.process.pid) for s in p._slots), flush=True)\n"
        "time.sleep(600)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    pids = [int(x) for x in proc.stdout.readline().split()]
    assert len(pids) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60  # a guard against hanging, not a speed target
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
