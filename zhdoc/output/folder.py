"""The output folder before a run: usable (checked before any work) and held by one run.

``check_output`` refuses, with one line naming the folder and the cause, an output path that
is a file, cannot be created or written, or lacks the free space a run needs.
``OutputLock`` holds ``OUT/.lock`` (an ``flock``) for a whole run: a second run on the same
folder is refused (``OutputBusy``) or waits. The kernel releases the lock when its process
dies, however it dies, so a lock left by a killed run is simply taken over; the lock file
names the run that held it, and the next run reports the takeover.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> check_output(out, need_bytes=0)
>>> with OutputLock(out) as lock:
...     OutputLock(out).acquire(wait=False)
Traceback (most recent call last):
...
zhdoc.output.folder.OutputBusy: ...is in use by another run (pid ...); ...
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import socket
import time
from collections.abc import Callable
from pathlib import Path

LOCK = ".lock"


class OutputUnusable(Exception):
    """The output folder cannot take this run's output (the message says why)."""


class OutputBusy(Exception):
    """Another run holds the output folder."""


def process_alive(pid: int) -> bool:
    """Whether a process of this machine with that id is running (used to tell a dead run's
    leftovers from a live run's files)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free


def check_output(out: Path, need_bytes: int, min_free_mb: int = 64,
                 free: Callable[[Path], int] | None = None) -> None:
    """Raise OutputUnusable unless ``out`` is (or can be made) a writable folder with
    ``need_bytes`` + ``min_free_mb`` MB free."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputUnusable(f"{out}: exists and is not a folder; name a folder for --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputUnusable(f"{out}: cannot create the output folder: {e.strerror or e}") from None
    probe = out / f".probe-{os.getpid()}"
    try:
        with open(probe, "wb") as f:
            f.write(b"\0" * 4096)
            f.flush()
            os.fsync(f.fileno())
    except OSError as e:
        cause = "the disk is full" if e.errno == errno.ENOSPC else (e.strerror or str(e))
        raise OutputUnusable(f"{out}: cannot write in the output folder: {cause}") from None
    finally:
        try:
            os.remove(probe)
        except OSError:
            pass
    have = (free or free_bytes)(out)
    need = need_bytes + min_free_mb * 1024 * 1024
    if have < need:
        raise OutputUnusable(
            f"{out}: {have / 1e6:,.0f} MB free, the run needs about {need / 1e6:,.0f} MB "
            f"(the files to process plus setting min_free_mb={min_free_mb}); free some space "
            "or choose another --out")




class OutputLock:
    """``OUT/.lock`` held for a run (``with OutputLock(out) as lock: ...``)."""

    def __init__(self, out: Path) -> None:
        self.path = Path(out) / LOCK
        self._fd: int | None = None
        #: the run whose lock this one took over (it was killed), if any
        self.taken_over: dict | None = None

    def holder(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def describe(self, holder: dict) -> str:
        if not holder:
            return "another run"
        return (f"another run (pid {holder.get('pid')} on {holder.get('host')}, "
                f"started {holder.get('started')})")

    def acquire(self, wait: bool = False, on_wait: Callable[[str], None] | None = None) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                message = (f"{self.path.parent}: is in use by {self.describe(self.holder())}; "
                           "wait for it (--wait) or choose another --out")
                if not wait:
                    raise OutputBusy(message) from None
                if on_wait:
                    on_wait(message)
                fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        previous = self.holder()
        if previous.get("pid") and not previous.get("released"):
            same_host = previous.get("host") == socket.gethostname()
            if not (same_host and previous.get("pid") == os.getpid()):
                self.taken_over = previous
        record = {"pid": os.getpid(), "host": socket.gethostname(),
                  "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode(), 0)
        os.fsync(fd)
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            record = self.holder()
            record["released"] = True
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, json.dumps(record).encode(), 0)
        except OSError:
            pass
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> OutputLock:
        if self._fd is None:
            self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
