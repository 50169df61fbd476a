"""The row dataclasses and the Arrow schemas are one contract: keep them in step."""

import dataclasses
import re
import typing
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhdoc import SCHEMA_VERSION
from zhdoc.output.rows import TABLES
from zhdoc.output.schema import SCHEMAS, VERSION_KEY, from_arrow, to_arrow

ROOT = Path(__file__).resolve().parents[1]


def test_schemas_are_generated_from_the_row_types():
    assert SCHEMAS["paragraphs"].field("bboxes").type == pa.list_(pa.list_(pa.float64(), 4))
    assert SCHEMAS["paragraphs"].field("bbox_pages").type == pa.list_(pa.int64())
    assert SCHEMAS["documents"].field("encoding_confidence").type == pa.float64()
    assert SCHEMAS["numbers"].field("approximate").type == pa.bool_()
    assert not SCHEMAS["numbers"].field("approximate").nullable
    assert SCHEMAS["numbers"].field("entity").nullable
    for table, row_type in TABLES.items():
        assert SCHEMAS[table].names == [f.name for f in dataclasses.fields(row_type)]
        assert "doc_id" in SCHEMAS[table].names, "every table needs doc_id (replaced as a unit)"


def _doc_type(t: pa.DataType) -> str:
    if pa.types.is_fixed_size_list(t):
        return f"list<{_doc_type(t.value_type)}>[{t.list_size}]"
    if pa.types.is_list(t):
        return f"list<{_doc_type(t.value_type)}>"
    return {"string": "string", "int64": "int64", "double": "double", "bool": "bool"}[str(t)]


def documented_tables() -> dict[str, dict[str, str]]:
    """docs/schema.md's tables: table → column → documented type (``?`` when nullable)."""
    out: dict[str, dict[str, str]] = {}
    table = None
    for line in (ROOT / "docs" / "schema.md").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^### (\w+)", line):
            table = m.group(1)
            out[table] = {}
        elif table and line.startswith("| ") and not line.startswith(("| column", "|---")):
            cells = [c.strip() for c in line.strip("|").split("|")]
            names = [n.strip() for n in cells[0].split(",")]
            types = [t.strip() for t in cells[1].split(",")] if len(cells) > 1 else []
            if len(types) == 1:
                types = types * len(names)
            for name, typ in zip(names, types):
                out[table][name] = typ
        elif line.startswith("## "):
            table = None
    return out


def test_docs_schema_md_documents_every_column_with_its_arrow_type():
    docs = documented_tables()
    assert list(docs) == list(TABLES)
    for table, schema in SCHEMAS.items():
        want = {f.name: _doc_type(f.type) + ("?" if f.nullable else "") for f in schema}
        assert docs[table] == want, table


def test_docs_schema_md_names_the_schema_version():
    first = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8").splitlines()[0]
    assert first.endswith(f"schema version {SCHEMA_VERSION}")


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


def test_a_rendered_document_pickles_its_rows_as_tuples_and_comes_back_equal():
    """What a worker sends: each row travels as the tuple of its fields (fast to pickle) and
    is remade into the same dataclass."""
    import pickle

    from zhdoc.output.records import render
    from zhdoc.pipeline import analyze_text

    r = render(analyze_text("一、总体要求\n\n到2025年，全省GDP增长5.2%，新增就业120万人。\n\n二是深化改革。"))
    assert r.rows["numbers"]
    back = pickle.loads(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == r
    assert all(type(a) is type(b) for t in r.rows for a, b in zip(r.rows[t], back.rows[t]))
