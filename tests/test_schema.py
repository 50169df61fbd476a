"""The row dataclasses and the Arrow schemas are one contract: keep them in step."""

import dataclasses
import typing

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhdoc import SCHEMA_VERSION
from zhdoc.output.rows import TABLES
from zhdoc.output.schema import SCHEMAS, VERSION_KEY, from_arrow, to_arrow

_ARROW_OF = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _expected_arrow(hint) -> tuple[pa.DataType, bool]:
    """The Arrow type and nullability a field's type hint calls for."""
    args = typing.get_args(hint)
    nullable = type(None) in args
    if nullable:
        (hint,) = [a for a in args if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        if typing.get_origin(inner) is tuple:  # a tuple of boxes
            return pa.list_(pa.list_(pa.float64(), 4)), nullable
        return pa.list_(_ARROW_OF[inner]), nullable
    return _ARROW_OF[hint], nullable


@pytest.mark.parametrize("table", list(TABLES))
def test_dataclass_fields_match_arrow_schema(table):
    row_type = TABLES[table]
    hints = typing.get_type_hints(row_type)
    fields = [f.name for f in dataclasses.fields(row_type)]
    schema = SCHEMAS[table]
    assert fields == schema.names
    for name in fields:
        typ, nullable = _expected_arrow(hints[name])
        assert schema.field(name).type == typ, name
        assert schema.field(name).nullable == nullable, name
    assert "doc_id" in fields, "every table needs doc_id so a document's rows can be replaced"


@pytest.mark.parametrize("table", list(TABLES))
def test_schema_version_in_metadata(table):
    assert SCHEMAS[table].metadata[VERSION_KEY] == SCHEMA_VERSION.encode()
    assert to_arrow(table, []).schema.metadata[VERSION_KEY] == SCHEMA_VERSION.encode()


def _strategy(hint):
    args = typing.get_args(hint)
    if type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return st.none() | _strategy(inner)
    if typing.get_origin(hint) is tuple:
        inner = typing.get_args(hint)[0]
        if typing.get_origin(inner) is tuple:
            box = st.tuples(*[st.floats(allow_nan=False, width=64)] * 4)
            return st.lists(box, max_size=3).map(tuple)
        return st.lists(_strategy(inner), max_size=3).map(tuple)
    return {
        str: st.text(max_size=8),
        int: st.integers(-(2**62), 2**62),
        float: st.floats(allow_nan=False),
        bool: st.booleans(),
    }[hint]


@pytest.mark.parametrize("table", list(TABLES))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_parquet_round_trip_equals_the_records(table, data, tmp_path_factory):
    import pyarrow.parquet as pq

    row_type = TABLES[table]
    hints = typing.get_type_hints(row_type)
    rows = data.draw(st.lists(st.builds(row_type, **{k: _strategy(v) for k, v in hints.items()}),
                              max_size=4))
    path = tmp_path_factory.mktemp("rt") / "t.parquet"
    pq.write_table(to_arrow(table, rows), path)
    back = pq.read_table(path)
    assert back.schema.metadata[VERSION_KEY] == SCHEMA_VERSION.encode()
    assert from_arrow(table, back) == rows


def test_to_arrow_rejects_the_wrong_row_type():
    from zhdoc.output.rows import KeywordRow

    with pytest.raises(TypeError, match="expected DocumentRow"):
        to_arrow("documents", [KeywordRow("d", "a", "tfidf", 1, "w", 1.0)])
