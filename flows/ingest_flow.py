"""The ingest job as a Prefect flow: the same run (``flows.ingest.IngestRun``), its batches
as task runs, a markdown summary and a table as artifacts of the flow run.

``python -m flows.ingest`` plans before importing this module and hands its run over (the
flow then plans nothing); a served deployment (``flows.serve``) calls the flow with plain
parameters and the flow plans for itself.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections import deque
from typing import Any

import tasks  # noqa: F401  (telemetry off before Prefect is imported)
from prefect import flow
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.utilities.annotations import quote

from flows.ingest import IngestRun
from tasks.batch import process
from tasks.write import write
from zhdoc.pipeline.pool import close_shared
from zhdoc.output.report import markdown
from zhdoc.settings import Settings

#: runs planned by the CLI, handed to the flow by key (a run is not a flow parameter: Prefect
#: would store it with the flow run)
_RUNS: dict[str, IngestRun] = {}


def _quiet(verbose: bool) -> None:
    """Prefect's per-task and per-flow INFO lines only with --verbose."""
    level = logging.INFO if verbose else logging.WARNING
    for name in ("prefect.task_runs", "prefect.flow_runs", "prefect.runner", "prefect"):
        logging.getLogger(name).setLevel(level)


def artifacts(report: dict[str, Any]) -> None:
    f = report["files"]
    rows: list[dict[str, Any]] = [{"item": f"files {k}", "value": v} for k, v in f.items()]
    rows += [{"item": f"rows {k}", "value": v} for k, v in report["rows_written"].items()]
    rows += [{"item": f"seconds {k}", "value": round(v, 2)} for k, v in report["step_seconds"].items()]
    rows += [{"item": f"{x['status']}: {x['path']}", "value": x["error"]} for x in report["failures"]]
    create_markdown_artifact(markdown(report), key="zhdoc-run-summary",
                             description=f"zhdoc run {report['run_id']}")
    create_table_artifact(rows, key="zhdoc-run-files", description=f"zhdoc run {report['run_id']}")


@flow(name="ingest", validate_parameters=False)
def ingest(paths: list[str], out: str = "output", force: bool = False,
           settings: dict[str, Any] | None = None, workers: int | None = None,
           run_key: str | None = None) -> dict[str, Any]:
    """Process what is new or changed under ``paths`` into the tables under ``out``."""
    run = _RUNS.pop(run_key, None) if run_key else None
    if run is None:  # served, or called as a flow: plan here
        s = dict(settings or {})
        s.setdefault("jieba_cache_dir", os.path.join(os.path.abspath(out), ".cache", "jieba"))
        run = IngestRun(paths, out, force, Settings.from_dict(s),
                        {"workers": workers or os.cpu_count() or 1, "wait": True, "prefect": "yes"})
        stopped = run.prepare()
        if stopped is not None:
            raise RuntimeError(run.report.data["error"])
        if not run.plan.todo:
            report = run.finish(outcome="nothing new")
            artifacts(report)
            return report
    dask = run.options.get("runner") == "dask"
    inner = 1 if dask else run.options["workers"]
    in_flight = int(run.options.get("in_flight") or (8 if dask else 2))
    pending: deque = deque()

    def commit_oldest() -> None:
        bp, fut = pending.popleft()
        docs = fut.result()
        write(quote(run.commit), quote(bp), quote(docs))
        run.progress.advance(len(docs))

    try:
        for bp in run.batches():
            jobs = [(t.path, t.sha256) for t in bp.items]
            # (path, sha256) pairs: cheap for Prefect to walk; the rendered documents coming
            # back are passed on to the write task quoted
            pending.append((bp, process.submit(jobs, run.settings, inner)))
            while len(pending) >= in_flight:
                commit_oldest()
        while pending:
            commit_oldest()
    except BaseException:
        for _, fut in pending:
            if hasattr(fut, "cancel"):
                fut.cancel()
        raise
    report = run.finish()
    artifacts(report)
    return report


def task_runner(run: IngestRun) -> Any:
    if run.options.get("runner") != "dask":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=2)
    from prefect_dask import DaskTaskRunner

    address = run.options.get("dask_address")
    if address:
        return DaskTaskRunner(address=address)
    n = max(1, run.options["workers"])
    return DaskTaskRunner(cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True})


def run_with_prefect(run: IngestRun) -> dict[str, Any]:
    """Run a prepared run as a flow run (the API must be configured or started already)."""
    _quiet(bool(run.options.get("verbose")))
    key = uuid.uuid4().hex
    _RUNS[key] = run
    try:
        return ingest.with_options(task_runner=task_runner(run))(
            paths=run.paths, out=str(run.out), force=run.force, run_key=key)
    finally:
        _RUNS.pop(key, None)
        close_shared()
