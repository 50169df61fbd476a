import json

import duckdb
import pyarrow.dataset as ds
import pytest

from zhdoc.output.rows import TABLES, DocumentRow, KeywordRow
from zhdoc.output.store import JOURNAL, Store


def doc(doc_id: str, path: str = "a.txt") -> DocumentRow:
    return DocumentRow(doc_id, path, doc_id * 4, "text/plain", "ok", None, 1, "utf-8", 10,
                       None, (), "test")


def kw(doc_id: str, word: str) -> KeywordRow:
    return KeywordRow(doc_id, f"{doc_id}-a1", "tfidf", 1, word, 0.5)


def test_every_table_is_readable_after_the_first_commit(tmp_path):
    Store(tmp_path).commit("b1", {"documents": [doc("d1")]})
    for table in TABLES:
        assert ds.dataset(tmp_path / table).to_table().num_rows == (table == "documents")
        duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/{table}/*.parquet')").fetchall()


def test_replacing_a_document_drops_its_old_rows_everywhere(tmp_path):
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1"), doc("d2", "b.txt")],
                        "keywords": [kw("d1", "旧"), kw("d2", "留")]})
    store.commit("b2", {"documents": [doc("d3")], "keywords": [kw("d3", "新")]},
                 replace_doc_ids=["d1"], replace_paths=["a.txt"])
    docs = store.read("documents").to_pylist()
    assert sorted(d["doc_id"] for d in docs) == ["d2", "d3"]
    assert sorted(r["word"] for r in store.read("keywords").to_pylist()) == ["新", "留"]
    assert store.known()["a.txt"].doc_id == "d3"


def test_a_part_left_empty_by_replacement_is_deleted(tmp_path):
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1")]})
    store.commit("b2", {"documents": [doc("d1")]}, replace_doc_ids=["d1"], replace_paths=["a.txt"])
    assert [p.name for p in store.parts("documents")] == ["part-b2.parquet"]
    assert store.read("documents").num_rows == 1


def test_batch_names_are_unique(tmp_path):
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1")]})
    with pytest.raises(FileExistsError):
        store.commit("b1", {"documents": [doc("d2")]})


def test_unknown_table_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown table"):
        Store(tmp_path).commit("b1", {"docs": []})


def test_interrupted_commit_is_finished_by_the_next_store(tmp_path, monkeypatch):
    """A crash after the journal is written but before every rename: roll forward."""
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1")], "keywords": [kw("d1", "旧")]})
    real_apply = Store._apply

    def crash_midway(ops):
        real_apply(ops[:3])  # some renames happen, then the process dies
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_apply", staticmethod(crash_midway))
    with pytest.raises(KeyboardInterrupt):
        store.commit("b2", {"documents": [doc("d9")], "keywords": [kw("d9", "新")]},
                     replace_doc_ids=["d1"], replace_paths=["a.txt"],
                     summaries={"d9": {"doc_id": "d9"}})
    monkeypatch.setattr(Store, "_apply", staticmethod(real_apply))
    assert (tmp_path / JOURNAL).exists()
    # the previous good output is still readable while the journal waits
    assert ds.dataset(tmp_path / "documents").to_table().num_rows >= 1
    recovered = Store(tmp_path, recover=True)
    assert not (tmp_path / JOURNAL).exists()
    assert [d["doc_id"] for d in recovered.read("documents").to_pylist()] == ["d9"]
    assert [r["word"] for r in recovered.read("keywords").to_pylist()] == ["新"]
    assert json.loads((tmp_path / "summaries" / "d9.json").read_text())["doc_id"] == "d9"
    assert not list(tmp_path.glob("*/.*.tmp"))


def test_crash_before_the_journal_leaves_the_old_output(tmp_path, monkeypatch):
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1")]})

    def die(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr("zhdoc.output.store.write_atomic", die)
    with pytest.raises(OSError):
        store.commit("b2", {"documents": [doc("d2")]}, replace_doc_ids=["d1"])
    monkeypatch.undo()
    again = Store(tmp_path, recover=True)  # temporary files are cleaned, old rows intact
    assert [d["doc_id"] for d in again.read("documents").to_pylist()] == ["d1"]
    assert not list(tmp_path.glob("*/.*.tmp"))
