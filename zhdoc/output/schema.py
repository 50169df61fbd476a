"""The Parquet tables' Arrow schemas, generated from the row dataclasses of ``rows.py``.

There is one definition of the tables: ``zhdoc.output.rows``. Each field's type hint gives
its Arrow type (``str`` → string, ``int`` → int64, ``float`` → double, ``bool`` → bool,
``tuple[X, ...]`` → list<X>, a box ``tuple[float, float, float, float]`` → a fixed-size list
of 4 doubles) and ``X | None`` makes it nullable. The schema version is written into every
Parquet file's metadata (key ``zhdoc.schema_version``) and every JSON summary. Bump
``zhdoc.SCHEMA_VERSION`` on any change to these tables (and docs/schema.md: a test compares).

>>> SCHEMAS["keywords"].field("weight").type, SCHEMAS["articles"].field("title").nullable
(DataType(double), True)
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable, Sequence

import pyarrow as pa

from zhdoc import SCHEMA_VERSION
from zhdoc.output.rows import ROW_VALUES, TABLES

VERSION_KEY = b"zhdoc.schema_version"

_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(hint: object) -> tuple[pa.DataType, bool]:
    """(Arrow type, nullable) for a row field's type hint.

    >>> arrow_type(tuple[str, ...])
    (ListType(list<item: string>), False)
    >>> arrow_type(int | None)
    (DataType(int64), True)
    """
    args = typing.get_args(hint)
    nullable = type(None) in args
    if nullable:
        (hint,) = [a for a in args if a is not type(None)]
        args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            inner, inner_nullable = arrow_type(args[0])
            return pa.list_(inner), nullable
        if args and all(a is args[0] for a in args):  # a fixed-size tuple: a box
            return pa.list_(arrow_type(args[0])[0], len(args)), nullable
        raise TypeError(f"no Arrow type for {hint!r}")
    try:
        return _SCALARS[hint], nullable
    except KeyError:
        raise TypeError(f"no Arrow type for {hint!r}") from None


def schema_of(row_type: type) -> pa.Schema:
    hints = typing.get_type_hints(row_type)
    fields = []
    for f in dataclasses.fields(row_type):
        typ, nullable = arrow_type(hints[f.name])
        fields.append(pa.field(f.name, typ, nullable=nullable))
    return pa.schema(fields, metadata={VERSION_KEY: SCHEMA_VERSION.encode()})


SCHEMAS: dict[str, pa.Schema] = {name: schema_of(row_type) for name, row_type in TABLES.items()}


def to_arrow(table: str, rows: Sequence[object]) -> pa.Table:
    """Rows (dataclasses of ``TABLES[table]``) → an Arrow table with the table's schema.

    >>> from zhdoc.output.rows import KeywordRow
    >>> to_arrow("keywords", [KeywordRow("d", "d-a1", "tfidf", 1, "金融", 0.5)]).num_rows
    1
    """
    schema = SCHEMAS[table]
    row_type = TABLES[table]
    for row in rows:
        if type(row) is not row_type:
            raise TypeError(f"{table}: expected {row_type.__name__}, got {type(row).__name__}")
    # the fields read as they are (ROW_VALUES): dataclasses.astuple's deep copy of each would
    # give equal values, 5x slower
    columns = list(zip(*map(ROW_VALUES[table], rows))) or [() for _ in schema.names]
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
