"""The write task: one batch's rows, summaries and replacements committed atomically."""

from __future__ import annotations

from collections.abc import Callable

from prefect import task
from prefect.cache_policies import NO_CACHE

from zhdoc.inputs import BatchPlan
from zhdoc.output.records import Rendered


@task(name="write", cache_policy=NO_CACHE, persist_result=False)
def write(commit: Callable[[BatchPlan, list[Rendered]], dict[str, int]], batch: BatchPlan,
          docs: list[Rendered]) -> dict[str, int]:
    """Not retried: a commit that fails removes its own files and the run stops (a full
    disk does not recover by itself); the next run picks up what was not committed."""
    return commit(batch, docs)
