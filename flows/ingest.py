"""The main job: a folder of Chinese articles → Parquet tables and JSON summaries.

    python -m flows.ingest [PATH ...] [--out DIR] [--force] [--workers N] [--wait] ...

PATHs are files or folders. Folders are searched recursively for ``.txt`` and ``.pdf``
files; other files in them are listed in the run report as ignored (hidden files are not
looked at). A file named on the command line is always recorded: with status
``unsupported`` when its type is not read or it is not a regular file (a FIFO, a device).
A file is skipped when the output holds it (same path, same content) and it did not fail;
a changed file replaces its rows; ``--force`` reprocesses everything.

What to process is decided first (discover, hash, compare with the documents table), before
Prefect or jieba is imported: when nothing is new the run says so and stops. Documents run
in ``--workers`` processes, each within the time and memory limits. Without a Prefect API
configured (``PREFECT_API_URL``) the batches run in this process without Prefect; with one
(or ``--prefect yes``, which starts a temporary server when none is configured, or
``--runner dask``) they run as a Prefect flow.

Exit status: 0 when every file was processed, 1 when any failed, 2 for a usage error or an
output folder that cannot be used (a file, read-only, full, or held by another run).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from zhdoc.inputs import BatchPlan, discover, plan
from zhdoc.output.commit import commit_planned
from zhdoc.output.folder import OutputBusy, OutputLock, OutputUnusable, check_output
from zhdoc.output.records import Rendered
from zhdoc.output.report import RunReport, markdown, new_run_id
from zhdoc.output.store import CommitError, Store
from zhdoc.settings import Settings, SettingsError

log = logging.getLogger("zhdoc.ingest")

DEFAULT_PATHS = ("samples",)
DEFAULT_OUT = "output"
#: at most this many batches per run: Prefect's SQLite API stalls past ~1000 task runs in a
#: flow, so large inputs get larger batches instead of more of them
MAX_BATCHES = 400


class Progress:
    """documents done / total, rate and ETA on one terminal line; silent when not a terminal."""

    def __init__(self, total: int, enabled: bool, stream: Any = None) -> None:
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.t0 = time.perf_counter()
        self._lock = threading.Lock()

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
            if not self.enabled:
                return
            elapsed = time.perf_counter() - self.t0
            rate = self.done / elapsed if elapsed > 0 else 0.0
            eta = (self.total - self.done) / rate if rate > 0 else 0.0
            width = 30
            filled = int(width * self.done / self.total)
            self.stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {self.done}/{self.total} "
                              f"documents, {rate:.1f}/s, ETA {eta:,.0f} s ")
            if self.done >= self.total:
                self.stream.write("\n")
            self.stream.flush()


class IngestRun:
    """One run over one output folder: checked, locked, planned, committed, reported."""

    def __init__(self, paths: list[str], out: str, force: bool = False,
                 settings: Settings | None = None, options: dict[str, Any] | None = None) -> None:
        self.paths = list(paths)
        self.out = Path(out)
        self.force = force
        self.settings = settings or Settings()
        self.options = {"workers": os.cpu_count() or 1, "wait": False, "progress": False,
                        "prefect": "auto", "runner": "local", **(options or {})}
        self.run_id = new_run_id()
        self.report = RunReport(self.run_id, self.out, self.paths, force,
                                self.settings.to_dict(), dict(self.options))
        self.lock = OutputLock(self.out)
        self.store: Store | None = None
        self.plan = None
        self.progress: Progress | None = None
        self.committed = False  # a batch was committed (the documents table changed)

    # ---- before any work ------------------------------------------------------------------
    def prepare(self) -> int | None:
        """Check and lock the output folder, then plan. Returns an exit status when the run
        must stop here (2: the output cannot be used), None to go on."""
        try:
            check_output(self.out, 0, self.settings.min_free_mb)
        except OutputUnusable as e:
            return self.stop(str(e))
        try:
            self.lock.acquire(wait=self.options["wait"],
                              on_wait=lambda m: print(f"waiting: {m}", file=sys.stderr, flush=True))
        except OutputBusy as e:
            return self.stop(str(e), report=False)
        if self.lock.taken_over:
            log.warning("took over the lock of a run that was killed: %s", self.lock.taken_over)
        self.store = Store(self.out, recover=True)
        found = discover(self.paths)
        self.plan = plan(found.files, self.store.known(), self.force,
                         limit=self.settings.max_file_bytes)
        self.report.planned(found, self.plan)
        try:
            check_output(self.out, sum(t.size for t in self.plan.todo), self.settings.min_free_mb)
        except OutputUnusable as e:
            return self.stop(str(e))
        self.progress = Progress(len(self.plan.todo), self.options["progress"])
        return None

    def stop(self, message: str, report: bool = True) -> int:
        """End the run before it processes anything: one line, exit 2, a report if possible."""
        self.report.finish(outcome="refused", error=message)
        if report:
            try:
                self.report.data["report_path"] = str(
                    Store(self.out).write_run_report(self.run_id, self.report.data))
            except OSError:
                self.report.data["report_path"] = None
        self.lock.release()
        print(f"error: {message}", file=sys.stderr)
        return 2

    # ---- the work -------------------------------------------------------------------------
    @property
    def batch_size(self) -> int:
        return max(self.settings.batch_size, -(-len(self.plan.todo) // MAX_BATCHES))

    def batches(self) -> list[BatchPlan]:
        return self.plan.batches(self.batch_size)

    def batch_name(self, bp: BatchPlan) -> str:
        return f"{self.run_id}-{bp.index:05d}"

    def commit(self, bp: BatchPlan, docs: list[Rendered]) -> dict[str, int]:
        counts = commit_planned(self.store, self.batch_name(bp), bp, docs)
        self.report.add(docs, counts)
        self.committed = True
        return counts

    def finish(self, outcome: str = "ok", error: str | None = None, **extra: Any) -> dict[str, Any]:
        if self.committed:
            try:  # the documents table cached for the next run, which then needs no pyarrow
                self.store.known()
            except Exception:  # noqa: BLE001  (only a cache: the next run reads the table)
                log.debug("the documents table was not cached", exc_info=True)
        report = self.report.finish(outcome=outcome, error=error, batch_size=self.batch_size,
                                    lock_taken_over_from=self.lock.taken_over, **extra)
        try:
            report["report_path"] = str(self.store.write_run_report(self.run_id, report))
        except OSError as e:
            report["report_path"] = None
            log.error("cannot write the run report: %s", e)
        self.lock.release()
        return report


def run_direct(run: IngestRun) -> dict[str, Any]:
    """The batches in this process (no Prefect): documents stream through the worker pool
    across batch boundaries, each batch is committed as soon as its documents are done."""
    from zhdoc.pipeline.pool import DocumentPool

    workers = run.options["workers"]
    with DocumentPool(workers, run.settings) as pool:
        # a batch and more in flight: the workers keep going while a batch is committed
        window = run.batch_size + 2 * max(1, workers)
        results = pool.map(((t.path, t.sha256) for t in run.plan.todo), window=window)
        for bp in run.batches():
            docs = []
            for _ in bp.items:
                docs.append(next(results))
                run.progress.advance()
            run.commit(bp, docs)
    return run.finish()


def execute(run: IngestRun) -> dict[str, Any]:
    """Process the plan: in this process, or as a Prefect flow (see the module's doc)."""
    from flows.server import api_configured

    mode = run.options["prefect"]
    has_api = api_configured() is not None or _imported_with_api()
    use_prefect = mode == "yes" or run.options["runner"] == "dask" or (mode == "auto" and has_api)
    try:
        if not use_prefect:
            return run_direct(run)
        if has_api:
            from flows.ingest_flow import run_with_prefect

            return run_with_prefect(run)
        from flows.server import temporary_server

        with temporary_server(run.out / f".prefect-{os.getpid()}") as server:
            run.report.data["prefect_server_start_s"] = server["start_s"]
            from flows.ingest_flow import run_with_prefect

            return run_with_prefect(run)
    except CommitError as e:
        return run.finish(outcome="output failed", error=str(e))


def _imported_with_api() -> bool:
    """Whether Prefect is already imported with an API (a test harness, a served flow)."""
    if "prefect" not in sys.modules:
        return False
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def format_summary(report: dict) -> str:
    """The CLI's final summary (the one place that prints)."""
    st = report["statuses"]
    f = report["files"]
    lines = [
        f"zhdoc: {report['n_files']} files, {report['n_processed']} processed "
        f"({f['new']} new, {f['changed']} changed, {f['retried']} retried, {f['forced']} forced), "
        f"{f['unchanged']} unchanged"
        + (f", {len(report['ignored'])} other files ignored" if report["ignored"] else ""),
        "  status: " + (", ".join(f"{k} {v}" for k, v in st.items()) or "nothing new"),
        "  rows written: " + (", ".join(f"{k} {v}" for k, v in report["rows_written"].items() if v) or "none"),
    ]
    for x in report["failures"]:
        lines.append(f"  {x['status']}: {x['error']}")
    if report.get("error"):
        lines.append(f"  error: {report['error']}")
    lines.append(f"  tables: {report['out']}/<table>/*.parquet (see docs/schema.md)")
    lines.append(f"  run report: {report.get('report_path')}")
    return "\n".join(lines)


def positive_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text}: must be 0 or more")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    d = Settings()
    ap = argparse.ArgumentParser(prog="python -m flows.ingest", description=__doc__.split("\n")[1])
    ap.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS),
                    help="files or folders (default: samples/)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: output/)")
    ap.add_argument("--force", action="store_true", help="reprocess unchanged files too")
    ap.add_argument("--wait", action="store_true",
                    help="wait for another run on the same --out to finish (default: exit 2)")
    ap.add_argument("--workers", type=positive_int, default=os.cpu_count() or 1,
                    help="worker processes for the documents (default: the machine's cores, "
                    "%(default)s; 0 runs them in this process, without time or memory limits)")
    ap.add_argument("--batch-size", type=int, default=d.batch_size,
                    help="documents per committed batch and task run (default: %(default)s)")
    ap.add_argument("--top-k", type=int, default=d.keywords_top_k,
                    help="keywords per article and method (default: %(default)s)")
    limits = ap.add_argument_group("limits (a document over one is recorded as failed, naming it)")
    limits.add_argument("--time-limit", type=float, default=d.time_limit_s, metavar="SECONDS",
                        help="per document, any type (default: %(default)s)")
    limits.add_argument("--memory-limit-mb", type=int, default=d.memory_limit_mb, metavar="MB",
                        help="per worker process (default: %(default)s)")
    limits.add_argument("--pdf-time-limit", type=float, default=d.pdf_time_limit_s, metavar="SECONDS",
                        help="reading one PDF (default: %(default)s)")
    limits.add_argument("--max-pages", type=int, default=d.pdf_max_pages,
                        help="pages of one PDF (default: %(default)s)")
    limits.add_argument("--max-file-bytes", type=int, default=d.max_file_bytes,
                        help="size of one file (default: %(default)s)")
    limits.add_argument("--min-free-mb", type=int, default=d.min_free_mb, metavar="MB",
                        help="free space the output must keep besides the input's size "
                        "(default: %(default)s)")
    ap.add_argument("--export", default=None, metavar="URL",
                    help="after the run, mirror the tables to a filesystem URL (s3://bucket/prefix, "
                    "gs://…, hdfs://…, file:///…) through pyarrow.fs")
    ap.add_argument("--cache-dir", default=None,
                    help="jieba's dictionary cache (default: OUT/.cache/jieba)")
    orch = ap.add_argument_group("orchestration")
    orch.add_argument("--prefect", choices=("auto", "yes", "no"), default="auto",
                      help="run as a Prefect flow: auto = when a Prefect API is configured "
                      "(PREFECT_API_URL); yes = always (a temporary server when none is configured)")
    orch.add_argument("--runner", choices=("local", "dask"), default="local",
                      help="Prefect task runner (dask: prefect-dask's DaskTaskRunner)")
    orch.add_argument("--dask-address", default=None,
                      help="scheduler of an existing Dask cluster, e.g. tcp://HOST:8786 "
                      "(default with --runner dask: a local cluster)")
    ap.add_argument("--progress", choices=("auto", "yes", "no"), default="auto",
                    help="progress bar (auto: when stderr is a terminal)")
    ap.add_argument("--verbose", action="store_true", help="Prefect's per-task log lines too")
    return ap.parse_args(argv)


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings(batch_size=args.batch_size, keywords_top_k=args.top_k,
                    time_limit_s=args.time_limit, memory_limit_mb=args.memory_limit_mb,
                    pdf_time_limit_s=args.pdf_time_limit, pdf_max_pages=args.max_pages,
                    max_file_bytes=args.max_file_bytes, min_free_mb=args.min_free_mb,
                    jieba_cache_dir=args.cache_dir or str(Path(args.out).absolute() / ".cache" / "jieba"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        print(f"error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    try:
        settings = settings_from(args)
    except SettingsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    progress = args.progress == "yes" or (args.progress == "auto" and sys.stderr.isatty())
    run = IngestRun(args.paths, args.out, args.force, settings, {
        "workers": args.workers, "wait": args.wait, "progress": progress, "prefect": args.prefect,
        "runner": args.runner, "dask_address": args.dask_address, "verbose": args.verbose})
    stopped = run.prepare()
    if stopped is not None:
        return stopped
    if not run.plan.todo:
        report = run.finish(outcome="nothing new")
        print(format_summary(report).replace("status: nothing new", "status: nothing new to process"))
        return run.report.exit_code
    report = execute(run)
    print(format_summary(report))
    code = run.report.exit_code
    if args.export and report["outcome"] == "ok":
        from zhdoc.output.export import export

        try:
            done = export(Path(args.out), args.export)
        except (OSError, ValueError) as e:
            print(f"error: cannot export the tables to {args.export}: {e}", file=sys.stderr)
            return 2
        print(f"  exported to {args.export}: {done['copied']} files copied, {done['kept']} "
              f"unchanged, {done['deleted']} deleted")
    return code


if __name__ == "__main__":
    sys.exit(main())
