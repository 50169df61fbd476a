"""zhdoc.output.folder: the output folder checked before any work and held by one run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from zhdoc.output.folder import LOCK, OutputBusy, OutputLock, OutputUnusable, check_output

ROOT = Path(__file__).resolve().parents[1]


def test_defect_09_an_output_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(OutputUnusable, match="exists and is not a folder"):
        check_output(tmp_path / "out", 0)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_defect_09_a_read_only_output_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out").chmod(0o500)
    with pytest.raises(OutputUnusable, match="cannot write"):
        check_output(tmp_path / "out", 0)


def test_defect_09_a_read_only_output_is_refused_even_for_root(tmp_path, monkeypatch):
    real_open = open

    def read_only(path, *a, **k):
        if ".probe-" in str(path):
            raise PermissionError(13, "Read-only file system")
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", read_only)
    with pytest.raises(OutputUnusable, match="Read-only file system"):
        check_output(tmp_path / "out", 0)


def test_defect_09_an_output_without_the_space_a_run_needs_is_refused(tmp_path):
    with pytest.raises(OutputUnusable, match="min_free_mb"):
        check_output(tmp_path, need_bytes=10_000_000, min_free_mb=64, free=lambda p: 50_000_000)
    check_output(tmp_path, need_bytes=10_000_000, min_free_mb=1, free=lambda p: 50_000_000)


def test_defect_02_a_second_run_on_the_same_output_is_refused(tmp_path):
    with OutputLock(tmp_path):
        with pytest.raises(OutputBusy) as e:
            OutputLock(tmp_path).acquire(wait=False)
        assert f"pid {os.getpid()}" in str(e.value) and "--wait" in str(e.value)


def test_defect_02_a_second_run_waits_with_a_message_when_asked(tmp_path):
    first = OutputLock(tmp_path).acquire()
    said: list[str] = []
    got = threading.Event()

    def second():
        OutputLock(tmp_path).acquire(wait=True, on_wait=said.append)
        got.set()

    t = threading.Thread(target=second, daemon=True)
    t.start()
    assert not got.wait(0.5)  # still waiting (a guard, not a timing: it must not have the lock)
    first.release()
    assert got.wait(60)
    assert said and "in use by" in said[0]


def test_defect_02_a_lock_left_by_a_killed_run_is_taken_over(tmp_path):
    code = ("import os, sys\nfrom zhdoc.output.folder import OutputLock\n"
            f"OutputLock({str(tmp_path)!r}).acquire()\nos.kill(os.getpid(), 9)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60)
    assert proc.returncode == -9
    holder = json.loads((tmp_path / LOCK).read_text())
    assert holder["pid"] != os.getpid() and not holder.get("released")
    lock = OutputLock(tmp_path).acquire(wait=False)  # the kernel released it with the process
    assert lock.taken_over["pid"] == holder["pid"]
    lock.release()
    again = OutputLock(tmp_path).acquire(wait=False)
    assert again.taken_over is None  # released cleanly: nothing taken over
    again.release()
