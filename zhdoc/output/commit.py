"""Write: processed documents → a committed batch in the output folder.

>>> import tempfile, pathlib
>>> from zhdoc.pipeline import analyze_text
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> commit_batch(out, "b1", [analyze_text("一是加强。\\n\\n二是深化。")], [])["documents"]
1
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from zhdoc.model import Document
from zhdoc.output.records import summary, to_rows
from zhdoc.output.rows import TABLES
from zhdoc.output.store import Store


def commit_batch(
    out: Path, batch_name: str, batch: Sequence[Document], replace_doc_ids: Sequence[str]
) -> dict[str, int]:
    """Commit a batch: its rows replace every earlier row of ``replace_doc_ids``.

    Returns the number of rows written per table.
    """
    tables: dict[str, list[object]] = defaultdict(list)
    summaries = {}
    for w in batch:
        for table, rows in to_rows(w).items():
            tables[table].extend(rows)
        summaries[w.doc_id] = summary(w)
    new_ids = {w.doc_id for w in batch}
    stale = sorted(set(replace_doc_ids) - new_ids)
    Store(out).commit(batch_name, tables, replace_doc_ids=replace_doc_ids,
                      summaries=summaries, delete_summaries=stale)
    return {t: len(tables.get(t, ())) for t in TABLES}
