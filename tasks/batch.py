"""The processing task: every step on each document of a batch, in worker processes.

One task run per batch (a task run costs Prefect 5–10 ms and its SQLite API slows past ~1000
task runs per flow; a document is never a task run). The batch arrives wrapped in Prefect's
``quote`` so Prefect does not walk it; results are passed in memory: no caching, no
result persistence.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from zhdoc.output.records import Rendered
from zhdoc.pipeline.pool import Job, process_batch
from zhdoc.settings import Settings


@task(name="process", cache_policy=NO_CACHE, persist_result=False)
def process(jobs: list[Job], settings: Settings, workers: int) -> list[Rendered]:
    """Read → rows for each (path, sha256) of the batch, in ``workers`` processes."""
    return process_batch(jobs, settings, workers)
