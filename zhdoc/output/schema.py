"""The Parquet tables with Arrow types, and conversion of rows to Arrow tables.

The schema version is written into every Parquet file's metadata (key ``zhdoc.schema_version``)
and every JSON summary. Bump ``zhdoc.SCHEMA_VERSION`` on any change to these tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import astuple

import pyarrow as pa

from zhdoc import SCHEMA_VERSION
from zhdoc.output.rows import TABLES

VERSION_KEY = b"zhdoc.schema_version"

_str = pa.string()
_i64 = pa.int64()
_strs = pa.list_(pa.string())
_bbox = pa.list_(pa.list_(pa.float64(), 4))


def _schema(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    return pa.schema(
        [pa.field(name, typ, nullable=nullable) for name, typ, nullable in fields],
        metadata={VERSION_KEY: SCHEMA_VERSION.encode()},
    )


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(
        ("doc_id", _str, False), ("source_path", _str, False), ("sha256", _str, False),
        ("media_type", _str, True), ("status", _str, False), ("error", _str, True),
        ("n_articles", _i64, False), ("encoding", _str, True), ("n_chars", _i64, False),
        ("n_pages", _i64, True), ("warnings", _strs, False), ("pipeline_version", _str, False),
    ),
    "articles": _schema(
        ("article_id", _str, False), ("doc_id", _str, False), ("ordinal", _i64, False),
        ("title", _str, True), ("subtitle", _str, True), ("source", _str, True),
        ("dateline", _str, True), ("authors", _strs, False),
        ("affiliations", _strs, False), ("abstract", _str, True),
        ("n_sections", _i64, False), ("n_paragraphs", _i64, False),
        ("raw_start", _i64, True), ("raw_end", _i64, True),
    ),
    "sections": _schema(
        ("section_id", _str, False), ("doc_id", _str, False), ("article_id", _str, False),
        ("ordinal", _i64, False), ("heading", _str, True), ("level", _i64, False),
        ("heading_moved", pa.bool_(), False), ("n_paragraphs", _i64, False),
    ),
    "paragraphs": _schema(
        ("paragraph_id", _str, False), ("doc_id", _str, False), ("article_id", _str, False),
        ("section_id", _str, False), ("ordinal", _i64, False), ("text", _str, False),
        ("raw_start", _i64, False), ("raw_end", _i64, False), ("page", _i64, True),
        ("bboxes", _bbox, False), ("bbox_pages", pa.list_(_i64), False), ("role", _str, False),
    ),
    "lists": _schema(
        ("list_id", _str, False), ("doc_id", _str, False), ("article_id", _str, False),
        ("section_id", _str, True), ("ordinal", _i64, False), ("style", _str, False),
        ("layout", _str, False), ("n_items", _i64, False), ("announced_count", _i64, True),
        ("count_matches", pa.bool_(), True), ("intro", _str, True), ("heading", _str, True),
        ("parent_list_id", _str, True), ("parent_item_ordinal", _i64, True),
    ),
    "list_items": _schema(
        ("item_id", _str, False), ("doc_id", _str, False), ("list_id", _str, False),
        ("ordinal", _i64, False), ("marker", _str, False), ("lead", _str, False),
        ("text", _str, False), ("paragraph_id", _str, False),
        ("start", _i64, False), ("end", _i64, False),
    ),
    "numbers": _schema(
        ("number_id", _str, False), ("doc_id", _str, False), ("article_id", _str, False),
        ("section_id", _str, True), ("paragraph_id", _str, True), ("source", _str, False),
        ("surface", _str, False), ("value", pa.float64(), True),
        ("value_high", pa.float64(), True), ("unit", _str, True), ("kind", _str, False),
        ("date_iso", _str, True),
        ("approximate", pa.bool_(), False), ("direction", _str, True), ("entity", _str, True),
        ("sentence", _str, True), ("start", _i64, False), ("end", _i64, False),
    ),
    "keywords": _schema(
        ("doc_id", _str, False), ("article_id", _str, False), ("method", _str, False),
        ("rank", _i64, False), ("word", _str, False), ("weight", pa.float64(), False),
    ),
    "page_furniture": _schema(
        ("doc_id", _str, False), ("page", _i64, True), ("kind", _str, False),
        ("text", _str, False), ("raw_start", _i64, True), ("raw_end", _i64, True),
    ),
}
assert list(SCHEMAS) == list(TABLES), "every row type needs a schema, in the same order"


def to_arrow(table: str, rows: Sequence[object]) -> pa.Table:
    """Rows (dataclasses of ``TABLES[table]``) → an Arrow table with the table's schema.

    >>> from zhdoc.output.rows import KeywordRow
    >>> to_arrow("keywords", [KeywordRow("d", "d-a1", "tfidf", 1, "金融", 0.5)]).num_rows
    1
    """
    schema = SCHEMAS[table]
    row_type = TABLES[table]
    columns: list[list[object]] = [[] for _ in schema.names]
    for row in rows:
        if type(row) is not row_type:
            raise TypeError(f"{table}: expected {row_type.__name__}, got {type(row).__name__}")
        for col, value in zip(columns, astuple(row)):
            col.append(value)
    arrays = [pa.array(col, type=f.type) for col, f in zip(columns, schema)]
    return pa.Table.from_arrays(arrays, schema=schema)


def from_arrow(table: str, data: pa.Table) -> list[object]:
    """An Arrow table → row dataclasses (lists become tuples), the inverse of to_arrow."""
    row_type = TABLES[table]
    out = []
    for rec in data.to_pylist():
        out.append(row_type(**{k: _tuples(v) for k, v in rec.items()}))
    return out


def _tuples(v: object) -> object:
    if isinstance(v, list):
        return tuple(_tuples(x) for x in v)
    return v


def empty(table: str) -> pa.Table:
    return SCHEMAS[table].empty_table()


def concat(table: str, parts: Iterable[pa.Table]) -> pa.Table:
    parts = list(parts)
    return pa.concat_tables(parts) if parts else empty(table)
