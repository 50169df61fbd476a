"""The write task: one batch's rows, summaries and replacements committed atomically."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from zhdoc.model import Document
from zhdoc.output.commit import commit_batch


@task(name="write", cache_policy=NO_CACHE, persist_result=False, retries=2, retry_delay_seconds=1)
def write(out: str, batch_name: str, batch: list[Document], replace_doc_ids: list[str]) -> dict[str, int]:
    """Retried: writing is real I/O (a full disk or a busy network share may recover)."""
    return commit_batch(Path(out), batch_name, batch, replace_doc_ids)
