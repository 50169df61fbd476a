"""Write: processed documents → a committed batch in the output folder.

>>> import tempfile, pathlib
>>> from zhdoc.pipeline import analyze_text
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> commit_batch(out, "b1", [analyze_text("一是加强。\\n\\n二是深化。")])["documents"]
1
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from zhdoc.inputs.plan import BatchPlan
from zhdoc.model import Document
from zhdoc.output.records import Rendered, render
from zhdoc.output.rows import TABLES
from zhdoc.output.store import Store


def commit_batch(
    out: Path | Store, batch_name: str, batch: Sequence[Document | Rendered],
    replace_doc_ids: Iterable[str] = (), replace_paths: Iterable[str] = (),
    delete_summaries: Iterable[str] = (), keep_summaries: Iterable[str] = (),
) -> dict[str, int]:
    """Commit a batch: one documents row per document, one set of content rows per doc_id
    (two paths with the same content share them). Removed in the same commit: every row of
    ``replace_doc_ids`` and the documents rows of ``replace_paths``. A failed document's
    summary does not overwrite the summary of a doc_id in ``keep_summaries``.

    Returns the number of rows written per table.
    """
    tables: dict[str, list[object]] = defaultdict(list)
    summaries = {}
    with_content: set[str] = set()
    keep = set(keep_summaries)
    for w in batch:
        r = w if isinstance(w, Rendered) else render(w)
        tables["documents"].extend(r.rows.get("documents", ()))
        if not r.failed and r.doc_id not in with_content:
            with_content.add(r.doc_id)
            for table, table_rows in r.rows.items():
                if table != "documents":
                    tables[table].extend(table_rows)
            summaries[r.doc_id] = r.summary
        elif r.failed and r.doc_id not in with_content and r.doc_id not in keep:
            summaries.setdefault(r.doc_id, r.summary)
    store = out if isinstance(out, Store) else Store(out)
    store.commit(batch_name, tables, replace_doc_ids=replace_doc_ids, summaries=summaries,
                 delete_summaries=sorted(set(delete_summaries) - set(summaries)),
                 replace_paths=replace_paths)
    return {t: len(tables.get(t, ())) for t in TABLES}


def commit_planned(store: Store, batch_name: str, planned: BatchPlan,
                   batch: Sequence[Document | Rendered]) -> dict[str, int]:
    """Commit a processed batch of a plan (``zhdoc.inputs.plan``): what it replaces follows
    from the plan and from which documents came out with content."""
    written = {w.doc_id for w in batch if not w.failed}
    failed = {w.doc_id for w in batch if w.failed}
    replace_ids = planned.replace_ids(written, failed)
    return commit_batch(store, batch_name, batch, replace_doc_ids=replace_ids,
                        replace_paths=planned.replace_paths,
                        delete_summaries=[i for i in replace_ids if i not in written],
                        keep_summaries=planned.shared)
