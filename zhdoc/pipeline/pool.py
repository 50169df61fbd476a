"""Worker processes that run every step on one document each, within a time and memory budget.

A document is processed by one worker process from read to rows (``render``); only its rows
and summary travel back. The dispatcher (a thread of the calling process) hands out
documents, a worker's next one before it is done with the one it runs (so that it never
waits for the dispatcher), and when a document runs past ``Settings.time_limit_s`` it kills
that worker and starts another: the document is recorded as ``failed`` with a message naming
the setting, and the next one sent to that worker goes to another.
Each worker caps its memory at ``Settings.memory_limit_mb`` (``RLIMIT_DATA``): a document
that needs more fails with a message naming that setting, and the worker is replaced.
A worker whose parent dies exits at once (a lifeline pipe), so no worker outlives a killed run.

Results come back in submission order and are the same whatever the number of workers.
``workers=0`` runs in the calling process, without budgets (what tests and notebooks use).

>>> with DocumentPool(0, Settings()) as pool:
...     [r.status for r in pool.map([("missing.txt", "")])]
['failed']
"""

from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing as mp
import weakref
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from zhdoc.model import Document, Status
from zhdoc.output.records import Rendered, render
from zhdoc.settings import Settings

log = logging.getLogger(__name__)

#: (path to open, SHA-256 the planner saw)
Job = tuple[str, str]


def process_path(path: str, sha256: str, settings: Settings) -> Document:
    """Every step on one file, read from ``path`` (checked against ``sha256`` when given)."""
    from zhdoc.pipeline.steps import STEPS, finish, run_step

    batch = [Document(source_path=path, sha256=sha256)]
    for name, step in STEPS:
        batch = run_step(name, step, batch, settings)
    return finish(batch[0])



def failed(path: str, sha256: str, message: str, seconds: float = 0.0) -> Rendered:
    """The record of a document a worker could not finish."""
    from zhdoc.read import media_type_of
    from zhdoc.errors import ZhdocError

    try:
        media_type = media_type_of(path)
    except ZhdocError:
        media_type = None
    doc = Document(source_path=path, sha256=sha256, media_type=media_type,
                   status=Status.FAILED, error=message, timings=(("budget", seconds),))
    return render(doc)


def _render_one(path: str, sha256: str, settings: Settings) -> tuple[Rendered, bool]:
    """(the rendered document, whether the worker must be replaced)."""
    try:
        return render(process_path(path, sha256, settings)), False
    except MemoryError:
        limit = settings.memory_limit_mb
        return failed(path, sha256, f"{path}: needed more than the memory limit of {limit:,} MB "
                      "(setting memory_limit_mb, --memory-limit-mb)"), True


# ---- the worker process -------------------------------------------------------------------
def _set_memory_limit(mb: int) -> None:
    import resource

    limit = mb * 1024 * 1024
    for name in ("RLIMIT_DATA", "RLIMIT_AS"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            soft, hard = resource.getrlimit(which)
            resource.setrlimit(which, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
            return
        except (ValueError, OSError):
            continue


def _worker(jobs: Connection, lifeline: Connection, settings: Settings) -> None:
    """A worker's main loop: receive (path, sha256), send back (Rendered, replace_me)."""

    def watch() -> None:
        try:
            lifeline.recv()
        except (EOFError, OSError):
            pass
        os._exit(3)  # the parent is gone: never outlive it

    threading.Thread(target=watch, daemon=True).start()
    logging.getLogger("jieba").setLevel(logging.WARNING)
    # a document makes and drops a great many containers that reference counting frees: the
    # collector's default of a young collection every 700 new ones spent ~0.1 s over the bulk
    # corpus finding nothing; reference cycles are still collected, less often
    gc.set_threshold(_YOUNG_COLLECTION, *gc.get_threshold()[1:])
    gc.enable()  # the fork server collects nothing while it loads (zhdoc.pipeline.warm)
    _warm(settings)
    _set_memory_limit(settings.memory_limit_mb)
    jobs.send("ready")  # the time limit counts from here, not from the process's start
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, sha256, job_settings = job
        try:
            result = _render_one(path, sha256, job_settings)
        except BaseException as e:  # noqa: BLE001  (never leave the parent waiting)
            result = (failed(path, sha256, f"{path}: internal error: {type(e).__name__}: {e}"), True)
        try:
            jobs.send(result)
        except MemoryError:
            jobs.send((failed(path, sha256, f"{path}: its rows needed more than the memory limit "
                              f"of {job_settings.memory_limit_mb:,} MB (setting memory_limit_mb, "
                              "--memory-limit-mb)"), True))
        if result[1]:
            return


#: new containers between two young collections in a worker (Python's default: 700)
_YOUNG_COLLECTION = 20_000


def _warm(settings: Settings) -> None:
    """Load jieba's tables before the first document (once per worker)."""
    if settings.keyword_methods:
        from zhdoc.extract.keywords import jieba_tools

        try:
            jieba_tools(str(settings.resolved_jieba_cache_dir()))
        except Exception:  # noqa: BLE001  (the keyword step reports it per document)
            pass


#: the environment variable naming, to the fork server only, the jieba cache folder to load
WARM_ENV = "ZHDOC_WARM_JIEBA_CACHE_DIR"
_server_lock = threading.Lock()


def worker_context(settings: Settings) -> mp.context.BaseContext:
    """How worker processes start: forked by multiprocessing's fork server, which has
    imported every step and loaded jieba's tables once (``zhdoc.pipeline.warm``), so that a
    worker, and one that replaces it, starts warm; spawned (a fresh interpreter that imports
    and loads them itself) where there is no fork server. The server starts once per process
    (with the first pool's jieba cache folder, passed in its environment only); it is
    single-threaded, so forking it is safe whatever threads this process runs, and it exits
    with this process. While it starts, a thread of this process writes the keyword tables'
    cache it will load (:func:`zhdoc.extract.keywords.prepare_tables`: on a first run, ~0.17 s
    less before the first document)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    from multiprocessing import forkserver

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["zhdoc.pipeline.warm"])
    cache_dir = str(settings.resolved_jieba_cache_dir()) if settings.keyword_methods else ""
    with _server_lock:
        before = os.environ.get(WARM_ENV)
        os.environ[WARM_ENV] = cache_dir
        try:
            forkserver.ensure_running()
        finally:
            if before is None:
                del os.environ[WARM_ENV]
            else:
                os.environ[WARM_ENV] = before
        if cache_dir and cache_dir not in _prepared:
            # a head start for the server: the keyword tables' cache, written while it starts
            _prepared.add(cache_dir)
            threading.Thread(target=_prepare_tables, args=(cache_dir,), name="zhdoc-tables",
                             daemon=True).start()
    return ctx


#: jieba cache folders whose keyword tables this process has prepared (or is preparing)
_prepared: set[str] = set()


def _prepare_tables(cache_dir: str) -> None:
    from zhdoc.extract.keywords import prepare_tables

    prepare_tables(cache_dir)


#: documents sent to a worker at once: the one it works on and the next, which it starts as
#: soon as it has sent the first one's rows back, without waiting for this process (whose
#: threads share one interpreter lock with the batch being committed: up to ~0.2 s of a
#: worker's time over the bulk corpus, waiting for its next document)
_SENT_AHEAD = 2


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    jobs: Connection
    lifeline: Connection
    #: jobs sent and not answered yet, in the order sent: the worker runs the first
    sent: deque[tuple[Future, str, str]] = field(default_factory=deque)
    #: when the first of ``sent`` started: when it was sent, or when the answer before it
    #: came back (the worker went on to it then, or a little before)
    started: float = 0.0
    ready: bool = False  # warmed up (jieba loaded); only a ready worker gets a document


class DocumentPool:
    """``workers`` processes (0: in this process) processing documents with budgets."""

    def __init__(self, workers: int, settings: Settings) -> None:
        self.workers = workers
        self.settings = settings
        self._queue: queue.Queue[tuple[Future, str, str] | None] = queue.Queue()
        self._slots: list[_Slot] = []
        self._closed = False
        self._failed_starts = 0
        self._thread: threading.Thread | None = None
        _open_pools.add(self)
        if workers > 0 and mp.current_process().daemon:
            # a daemonic process (a Dask worker by default) cannot start children: documents
            # run here, without budgets (set distributed.worker.daemon: false to keep them)
            log.warning("in a daemonic process: documents run in-process, without time or "
                        "memory limits")
            self.workers = workers = 0
        if workers > 0:
            self._ctx = worker_context(settings)
            self._wake_r, self._wake_w = self._ctx.Pipe(duplex=False)
            self._thread = threading.Thread(target=self._dispatch, name="zhdoc-pool", daemon=True)
            self._thread.start()

    # ---- public -------------------------------------------------------------------------
    def submit(self, path: str, sha256: str = "") -> Future:
        fut: Future = Future()
        if self.workers == 0:
            try:
                fut.set_result(_render_one(path, sha256, self.settings)[0])
            except BaseException as e:  # noqa: BLE001
                fut.set_exception(e)
            return fut
        if self._closed:
            raise RuntimeError("the pool is closed")
        self._queue.put((fut, path, sha256))
        self._wake_w.send(None)
        return fut

    def map(self, jobs: Iterable[Job], window: int | None = None) -> Iterator[Rendered]:
        """Results in the order of ``jobs``; at most ``window`` documents in flight (the rest
        are not read yet: memory stays flat however long ``jobs`` is)."""
        window = window or max(2, 2 * self.workers)
        pending: list[Future] = []
        for path, sha in jobs:
            pending.append(self.submit(path, sha))
            if len(pending) >= window:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            self._queue.put(None)
            self._wake_w.send(None)
            self._thread.join(timeout=30)

    def __enter__(self) -> DocumentPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- the dispatcher thread -------------------------------------------------------------
    def _spawn(self) -> _Slot:
        parent_jobs, child_jobs = self._ctx.Pipe()
        life_r, life_w = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_worker, args=(child_jobs, life_r, self.settings),
                                 name="zhdoc-worker")  # not a daemon: a PDF is read in a child
        proc.start()
        child_jobs.close()
        life_r.close()
        return _Slot(proc, parent_jobs, life_w)

    def _retire(self, slot: _Slot, kill: bool,
                requeue: list[tuple[Future, str, str]] | None = None) -> None:
        """Stop a worker; the documents sent ahead to it, not started, go back to the front
        of ``requeue`` (the dispatcher's waiting list) for another worker."""
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=10)
        for conn in (slot.jobs, slot.lifeline):
            conn.close()
        self._slots.remove(slot)
        if requeue is not None:
            requeue[:0] = slot.sent
            slot.sent.clear()

    def _dispatch(self) -> None:
        waiting: list[tuple[Future, str, str]] = []
        stopping = False
        limit = self.settings.time_limit_s
        try:
            while True:
                while True:
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is None:
                        stopping = True
                    else:
                        waiting.append(item)
                if stopping and not waiting and all(not s.sent for s in self._slots):
                    break
                need = sum(bool(s.sent) for s in self._slots) + len(waiting)
                while len(self._slots) < min(self.workers, need):  # they take work once ready
                    self._slots.append(self._spawn())
                while waiting and (slot := self._free_slot()) is not None:
                    fut, path, sha = waiting.pop(0)
                    if not fut.running() and not fut.set_running_or_notify_cancel():
                        continue  # cancelled (a running one was sent ahead to a retired worker)
                    slot.jobs.send((path, sha, self.settings))
                    if not slot.sent:
                        slot.started = time.monotonic()
                    slot.sent.append((fut, path, sha))
                now = time.monotonic()
                busy = [s for s in self._slots if s.sent]
                starting = [s for s in self._slots if not s.ready]
                timeout = min((s.started + limit - now for s in busy), default=None)
                watched = busy + starting
                ready = wait([self._wake_r] + [s.jobs for s in watched]
                             + [s.process.sentinel for s in watched],
                             timeout=None if timeout is None else max(0.0, timeout))
                if self._wake_r in ready:
                    while self._wake_r.poll():
                        self._wake_r.recv()
                for slot in starting:
                    if slot.jobs in ready:
                        try:
                            slot.ready = slot.jobs.recv() == "ready"
                            self._failed_starts = 0
                        except (EOFError, OSError):
                            pass
                    if not slot.ready and not slot.process.is_alive():
                        self._retire(slot, kill=True)
                        self._failed_starts += 1
                        if self._failed_starts >= 3:
                            raise RuntimeError("worker processes die while starting "
                                               f"(exit code {slot.process.exitcode})")
                for slot in list(busy):
                    fut, path, sha = slot.sent[0]
                    started = slot.started
                    if slot.jobs in ready or slot.jobs.poll():
                        try:
                            result, replace = slot.jobs.recv()
                        except (EOFError, OSError):
                            result, replace = self._died(slot, path, sha, started), True
                        slot.sent.popleft()
                        slot.started = time.monotonic()  # the worker is on the next one
                        fut.set_result(result)
                        if replace:
                            self._retire(slot, kill=True, requeue=waiting)
                    elif slot.process.sentinel in ready or not slot.process.is_alive():
                        slot.sent.popleft()
                        fut.set_result(self._died(slot, path, sha, started))
                        self._retire(slot, kill=True, requeue=waiting)
                    elif time.monotonic() - started >= limit:
                        log.warning("%s: over the time limit of %s s; stopping its worker", path, limit)
                        slot.sent.popleft()
                        self._retire(slot, kill=True, requeue=waiting)
                        fut.set_result(failed(
                            path, sha, f"{path}: took longer than the time limit of {limit:g} s "
                            "(setting time_limit_s, --time-limit)", time.monotonic() - started))
        except BaseException as e:  # noqa: BLE001  (fail every waiting future, never hang)
            log.exception("the worker pool stopped")
            for fut, *_ in waiting:
                fut.set_exception(e)
            for slot in self._slots:
                for fut, *_ in slot.sent:
                    fut.set_exception(e)
                slot.sent.clear()
        finally:
            for slot in list(self._slots):
                try:
                    slot.jobs.send(None)
                except OSError:
                    pass
                self._retire(slot, kill=False)

    def _free_slot(self) -> _Slot | None:
        """A ready worker with the fewest documents sent, fewer than ``_SENT_AHEAD`` (an
        idle worker first: a document goes ahead to a busy one only when none is idle)."""
        free = [s for s in self._slots if s.ready and len(s.sent) < _SENT_AHEAD]
        return min(free, key=lambda s: len(s.sent), default=None)

    def _died(self, slot: _Slot, path: str, sha: str, started: float) -> Rendered:
        slot.process.join(timeout=5)
        code = slot.process.exitcode
        how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited ({code})"
        hint = " (out of memory? see setting memory_limit_mb, --memory-limit-mb)" if code == -9 else ""
        return failed(path, sha, f"{path}: the worker process processing it {how}{hint}",
                      time.monotonic() - started)


#: every pool not closed yet: closed at exit (its workers are not daemons, and
#: multiprocessing would wait for them for ever)
_open_pools: weakref.WeakSet[DocumentPool] = weakref.WeakSet()
_shared: dict[tuple[int, Settings], DocumentPool] = {}
_shared_lock = threading.Lock()


def shared_pool(workers: int, settings: Settings) -> DocumentPool:
    """One pool per process, workers and settings (tasks of one run share it)."""
    with _shared_lock:
        pool = _shared.get((workers, settings))
        if pool is None or pool._closed:
            pool = _shared[(workers, settings)] = DocumentPool(workers, settings)
        return pool


def close_shared() -> None:
    with _shared_lock:
        for pool in _shared.values():
            pool.close()
        _shared.clear()


@atexit.register
def _close_all() -> None:
    for pool in list(_open_pools):
        pool.close()
    _stop_fork_server()


def _stop_fork_server() -> None:
    """Stop the fork server, if this process started one, and reap it: nothing is left
    behind, and its CPU time and its workers' count as this process's children's (what
    ``getrusage`` and the benchmarks read). multiprocessing offers no public way to do it;
    without this method (another Python), the server exits by itself when this process does."""
    import sys

    forkserver = sys.modules.get("multiprocessing.forkserver")
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        try:
            stop()
        except OSError:
            pass


def process_batch(jobs: Sequence[Job], settings: Settings, workers: int) -> list[Rendered]:
    """Every step on each document of a batch, in ``workers`` processes, in order."""
    return list(shared_pool(workers, settings).map(jobs))
