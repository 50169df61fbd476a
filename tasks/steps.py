"""One Prefect task per pipeline step; each runs the core step on a whole batch.

A task run costs 5–10 ms and Prefect's SQLite API slows past ~1000 task runs per flow, so a
task always works on a batch of documents, never on one document or one paragraph.
Results are passed in memory: no caching, no result persistence.
"""

from __future__ import annotations

from prefect import Task, task
from prefect.cache_policies import NO_CACHE

from zhdoc import pipeline
from zhdoc.model import Document
from zhdoc.pipeline import Step
from zhdoc.settings import Settings


def step_task(name: str, step: Step) -> Task:
    """The task that runs core step ``step`` on a batch (named after the step)."""

    def run(batch: list[Document], settings: Settings) -> list[Document]:
        return pipeline.run_step(name, step, batch, settings)

    run.__name__ = run.__qualname__ = name
    run.__doc__ = step.__doc__
    return task(run, name=name, cache_policy=NO_CACHE, persist_result=False)


#: the step tasks in pipeline order: read, normalize, repair, segment, lists, numbers, keywords
STEP_TASKS: tuple[Task, ...] = tuple(step_task(name, step) for name, step in pipeline.STEPS)
