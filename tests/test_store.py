import errno
import json
import os
import subprocess

import duckdb
import pyarrow.dataset as ds
import pytest

from zhdoc.output.rows import TABLES, DocumentRow, KeywordRow
from zhdoc.output.store import JOURNAL, CommitError, Store


def doc(doc_id: str, path: str = "a.txt") -> DocumentRow:
    return DocumentRow(doc_id, path, doc_id * 4, "text/plain", "ok", None, 1, "utf-8", 1.0, 10,
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


def test_known_is_cached_while_the_documents_parts_are_the_same(tmp_path):
    from zhdoc.output.store import KNOWN_CACHE

    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1"), doc("d2", "b.txt")]})
    first = store.known()  # read from the parts, then cached
    assert (tmp_path / KNOWN_CACHE).is_file()
    assert Store(tmp_path).known() == first
    store.commit("b2", {"documents": [doc("d3")]}, replace_paths=["a.txt"])  # a stale cache
    assert store.known()["a.txt"].doc_id == "d3" and store.known()["b.txt"].doc_id == "d2"
    (tmp_path / KNOWN_CACHE).write_text("{torn", encoding="utf-8")
    assert Store(tmp_path).known() == store.known()
    assert json.loads((tmp_path / KNOWN_CACHE).read_text(encoding="utf-8"))["rows"]  # rewritten


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


# ---- issue 11 ---------------------------------------------------------------------------------
def test_defect_02_a_store_never_deletes_another_live_runs_temporary_files(tmp_path):
    """A second Store used to delete every ``*/.*.tmp``, losing the other run's batch."""
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1")]})
    theirs = tmp_path / "documents" / f".part-x.parquet.{os.getppid()}-abcd1234.tmp"  # a live pid
    theirs.write_bytes(b"in flight")
    dead = tmp_path / "documents" / f".part-y.parquet.{_dead_pid()}-abcd1234.tmp"
    dead.write_bytes(b"left by a killed run")
    Store(tmp_path, recover=True)
    assert theirs.exists()
    assert not dead.exists()


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_defect_02_a_commit_whose_files_vanished_fails_instead_of_skipping_them(tmp_path, monkeypatch):
    store = Store(tmp_path)
    real = Store._write_tmp_parquet

    def vanish(self, final, table):
        tmp = real(self, final, table)
        os.remove(tmp)  # what the other run's Store did
        return tmp

    monkeypatch.setattr(Store, "_write_tmp_parquet", vanish)
    with pytest.raises(CommitError) as e:  # found missing when fsynced, before the journal
        store.commit("b1", {"documents": [doc("d1")]})
    assert e.value.errno == errno.ENOENT
    assert not (tmp_path / JOURNAL).exists()
    assert not list(tmp_path.rglob("*.tmp"))


def test_defect_09_a_failed_commit_leaves_no_temporary_files(tmp_path, monkeypatch):
    """A full disk mid-commit left 19 temporary files behind."""
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("d1")], "keywords": [kw("d1", "词")]})
    real = Store._write_tmp_parquet
    calls = []

    def full_after_three(self, final, table):
        calls.append(final)
        if len(calls) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, final, table)

    monkeypatch.setattr(Store, "_write_tmp_parquet", full_after_three)
    with pytest.raises(CommitError) as e:
        store.commit("b2", {"documents": [doc("d2", "b.txt")]}, replace_doc_ids=["d1"],
                     replace_paths=["a.txt"], summaries={"d2": {"doc_id": "d2"}})
    assert e.value.errno == errno.ENOSPC
    assert not list(tmp_path.rglob("*.tmp"))
    assert not (tmp_path / JOURNAL).exists()
    assert [d["doc_id"] for d in store.read("documents").to_pylist()] == ["d1"]


def test_defect_13_files_and_folders_are_fsynced_before_the_commit_is_published(tmp_path, monkeypatch):
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "file")
        return real_fsync(fd)

    def replace(src, dst):
        events.append("journal" if str(dst).endswith(JOURNAL) else "rename")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    Store(tmp_path).commit("b1", {"documents": [doc("d1")]}, summaries={"d1": {"doc_id": "d1"}})
    published = events.index("journal")
    assert events[:published].count("file") >= len(TABLES) + 1  # every part and the summary
    assert "dir" in events[:published]
    assert "rename" not in events[:published]
    assert "dir" in events[published + 1:]  # the renames are made durable too


def test_documents_rows_are_replaced_by_path_and_shared_content_stays(tmp_path):
    store = Store(tmp_path)
    store.commit("b1", {"documents": [doc("x", "a.txt"), doc("x", "b.txt")],
                        "keywords": [kw("x", "共")]})
    store.commit("b2", {"documents": [doc("y", "a.txt")], "keywords": [kw("y", "新")]},
                 replace_paths=["a.txt"])
    assert sorted((d["source_path"], d["doc_id"]) for d in store.read("documents").to_pylist()) == [
        ("a.txt", "y"), ("b.txt", "x")]
    assert sorted(r["word"] for r in store.read("keywords").to_pylist()) == ["共", "新"]


def test_only_parts_holding_replaced_ids_are_read_and_rewritten(tmp_path, monkeypatch):
    store = Store(tmp_path)
    for i in range(3):
        store.commit(f"b{i}", {"documents": [doc(f"d{i}", f"{i}.txt")]})
    before = {p.name: p.stat().st_mtime_ns for p in store.parts("documents")}
    store.commit("b9", {"documents": [doc("d9", "1.txt")]}, replace_paths=["1.txt"])
    after = {p.name: p.stat().st_mtime_ns for p in store.parts("documents")}
    assert "part-b1.parquet" not in after  # emptied: deleted
    assert after["part-b0.parquet"] == before["part-b0.parquet"]
    assert after["part-b2.parquet"] == before["part-b2.parquet"]
    reads = []
    monkeypatch.setattr("pyarrow.parquet.read_table",
                        lambda *a, **k: reads.append(a[0]) or pytest.fail("read on a fresh id"))
    store.commit("b10", {"documents": [doc("d10", "new.txt")]})  # nothing replaced: nothing read
    assert reads == []
