"""One Prefect task per pipeline step; each runs the core step on a whole batch.

A task run costs 5–10 ms and Prefect's SQLite API slows past ~1000 task runs per flow, so a
task always works on a batch of documents, never on one document or one paragraph.
Results are passed in memory: no caching, no result persistence.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from zhdoc import pipeline
from zhdoc.pipeline import DocWork
from zhdoc.settings import Settings

_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}


@task(name="read", **_OPTIONS)
def read(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("read", pipeline.step_read, batch, settings)


@task(name="normalize", **_OPTIONS)
def normalize(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("normalize", pipeline.step_normalize, batch, settings)


@task(name="repair", **_OPTIONS)
def repair(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("repair", pipeline.step_repair, batch, settings)


@task(name="segment", **_OPTIONS)
def segment(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("segment", pipeline.step_segment, batch, settings)


@task(name="lists", **_OPTIONS)
def lists(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("lists", pipeline.step_lists, batch, settings)


@task(name="numbers", **_OPTIONS)
def numbers(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("numbers", pipeline.step_numbers, batch, settings)


@task(name="keywords", **_OPTIONS)
def keywords(batch: list[DocWork], settings: Settings) -> list[DocWork]:
    return pipeline.run_step("keywords", pipeline.step_keywords, batch, settings)


#: the step tasks in pipeline order
STEP_TASKS = (read, normalize, repair, segment, lists, numbers, keywords)
assert [t.name for t in STEP_TASKS] == [name for name, _ in pipeline.STEPS]
