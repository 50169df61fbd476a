"""zhdoc.inputs: discovery and change planning (issue 11's defects 3–7 and 13, named after them)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from zhdoc.errors import ReadError, TooLarge
from zhdoc.inputs import Found, Known, discover, displayable, hash_file, path_bytes, plan
from zhdoc.inputs.names import recorded_path
from zhdoc.model import Status

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def names(found) -> list[str]:
    return [f.source_path for f in found]


# ---- discovery ----------------------------------------------------------------------------
def test_defect_03_a_symlink_loop_is_recorded_and_discovery_goes_on(here):
    (here / "in").mkdir()
    (here / "in" / "a.txt").write_text("正文")
    os.symlink("loop.txt", here / "in" / "loop.txt")  # points at itself
    os.symlink("..", here / "in" / "up")  # a folder loop
    found = discover(["in"])
    assert names(found.files) == ["in/a.txt"]
    assert [(f.source_path, f.status) for f in found.special] == [("in/loop.txt", Status.FAILED)]
    assert "symlink loop" in found.special[0].error
    assert found.skipped_dirs  # the folder loop was seen and not walked again


def test_defect_03_a_symlink_loop_named_on_the_command_line_is_recorded(here):
    os.symlink("self.txt", here / "self.txt")
    found = discover(["self.txt"])
    assert [f.status for f in found.special] == [Status.FAILED]


def test_defect_04_a_name_that_is_not_utf8_is_kept_and_displayable(here):
    raw = b"caf\xe9-\xff.txt"
    with open(os.path.join(os.fsencode(here), raw), "wb") as f:
        f.write("正文".encode())
    found = discover(["."])
    (f,) = found.files
    assert f.source_path == "caf\\xe9-\\xff.txt"
    f.source_path.encode("utf-8")  # what Arrow and JSON accept
    assert os.fsencode(f.path) == raw  # the real name still opens it
    assert hash_file(f.path, 100)[1] == len("正文".encode())
    assert path_bytes(f.path) == raw.hex()


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_defect_05_fifos_devices_sockets_are_recorded_unsupported_never_opened(here, kind):
    (here / "in").mkdir()
    target = here / "in" / f"{kind}.txt"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(target))
    else:
        os.symlink("/dev/zero", target)
    found = discover(["in"])
    assert found.files == ()
    assert [(f.source_path, f.status) for f in found.special] == [(f"in/{kind}.txt", Status.UNSUPPORTED)]
    assert "not a regular file" in found.special[0].error


def test_defect_05_a_fifo_named_on_the_command_line_is_recorded_not_dropped(here):
    os.mkfifo(here / "pipe.bin")
    found = discover(["pipe.bin"])
    assert [f.status for f in found.special] == [Status.UNSUPPORTED]


def test_defect_05_hashing_never_blocks_on_a_fifo(here):
    """A FIFO put where a file was found: refused at open, never read (the run cannot hang).
    A child process with a timeout guards the test itself against hanging."""
    os.mkfifo(here / "late.txt")
    code = ("from zhdoc.inputs import hash_file\n"
            "try:\n    hash_file('late.txt', 10)\nexcept Exception as e:\n    print(type(e).__name__)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=here, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.strip() == "ReadError"


def test_hashing_refuses_a_file_over_the_limit_without_reading_it(here):
    (here / "big.txt").write_bytes(b"x" * 100)
    with pytest.raises(TooLarge, match="max_file_bytes"):
        hash_file("big.txt", 99)
    with pytest.raises(ReadError, match="cannot read"):
        hash_file("missing.txt", 99)


def test_defect_13_a_symlink_is_recorded_by_its_own_path_not_its_target(here):
    (here / "target.txt").write_text("正文")
    (here / "in").mkdir()
    os.symlink(here / "target.txt", here / "in" / "link.txt")
    found = discover(["in"])
    assert names(found.files) == ["in/link.txt"]


def test_other_names_are_ignored_and_hidden_entries_not_looked_at(here):
    (here / "in" / ".hidden").mkdir(parents=True)
    (here / "in" / ".hidden" / "x.txt").write_text("x")
    (here / "in" / "notes.docx").write_text("x")
    (here / "in" / "a.PDF").write_bytes(b"%PDF")
    found = discover(["in", "in/notes.docx"])
    assert names(found.files) == ["in/a.PDF", "in/notes.docx"]  # named: recorded
    assert found.ignored == ()


def test_recorded_paths_are_relative_under_the_working_dir_else_absolute(here):
    assert recorded_path(str(here / "a" / ".." / "b.txt")) == "b.txt"
    assert recorded_path("/elsewhere/x.txt") == "/elsewhere/x.txt"
    assert displayable("普通.txt") == "普通.txt"


# ---- planning -------------------------------------------------------------------------------
SHA = {name: (name[0] * 64) for name in ("a.txt", "b.txt", "c.txt", "d.txt")}


def hasher(table):
    return lambda f: (table[f.source_path], 10)


def found(*paths: str) -> list[Found]:
    return [Found(p, p, size=10) for p in paths]


def known(*rows: tuple[str, str, str]) -> dict[str, Known]:
    return {path: Known(sha[:16], path, sha, status) for path, sha, status in rows}


def test_defect_06_a_failed_file_is_retried_on_the_next_run():
    p = plan(found("a.txt"), known(("a.txt", SHA["a.txt"], "failed")), hasher=hasher(SHA))
    assert [(t.source_path, t.reason) for t in p.todo] == [("a.txt", "failed before")]
    (batch,) = p.batches(10)
    assert batch.replace_paths == ("a.txt",)


def test_defect_06_an_empty_pdf_is_not_skipped_as_the_same_content_as_an_empty_txt():
    empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    p = plan(found("empty.pdf"), known(("empty.txt", empty, "failed")),
             hasher=hasher({"empty.pdf": empty}))
    assert [t.source_path for t in p.todo] == ["empty.pdf"]
    assert p.skipped == ()


def test_unchanged_ok_files_are_skipped_and_force_takes_them_again():
    rows = known(("a.txt", SHA["a.txt"], "ok"), ("b.txt", SHA["b.txt"], "unsupported"))
    p = plan(found("a.txt", "b.txt"), rows, hasher=hasher(SHA))
    assert p.todo == () and [s["reason"] for s in p.skipped] == ["unchanged", "unchanged"]
    p = plan(found("a.txt", "b.txt"), rows, force=True, hasher=hasher(SHA))
    assert [t.reason for t in p.todo] == ["forced", "forced"]


def test_defect_07_two_files_with_the_same_content_each_keep_their_rows():
    """a.txt and b.txt hold X; a.txt changes to Y: X's rows stay for b.txt."""
    x, y = "x" * 64, "y" * 64
    rows = known(("a.txt", x, "ok"), ("b.txt", x, "ok"))
    p = plan(found("a.txt", "b.txt"), rows, hasher=hasher({"a.txt": y, "b.txt": x}))
    assert [t.source_path for t in p.todo] == ["a.txt"]
    assert [s["path"] for s in p.skipped] == ["b.txt"]
    (batch,) = p.batches(10)
    assert batch.replace_paths == ("a.txt",)
    assert batch.orphans == ()  # b.txt still holds X
    assert batch.replace_ids(written={y[:16]}, failed=set()) == []


def test_defect_07_both_new_files_with_the_same_content_are_planned():
    x = "x" * 64
    p = plan(found("a.txt", "b.txt"), {}, hasher=hasher({"a.txt": x, "b.txt": x}))
    assert [t.source_path for t in p.todo] == ["a.txt", "b.txt"]


def test_content_no_path_holds_any_more_is_removed_by_the_batch_changing_its_last_holder():
    x, y, z = "x" * 64, "y" * 64, "z" * 64
    rows = known(("a.txt", x, "ok"), ("b.txt", x, "ok"))
    p = plan(found("a.txt", "b.txt"), rows, hasher=hasher({"a.txt": y, "b.txt": z}))
    first, second = p.batches(1)
    assert first.orphans == () and second.orphans == (x[:16],)
    assert second.replace_ids(written={z[:16]}, failed=set()) == [x[:16]]


def test_a_rewritten_content_id_is_replaced_only_when_the_batch_has_new_rows_for_it():
    x = "x" * 64
    rows = known(("a.txt", x, "ok"))
    p = plan(found("a.txt", "b.txt"), rows, force=True, hasher=hasher({"a.txt": x, "b.txt": x}))
    (batch,) = p.batches(10)
    assert batch.replace_ids(written={x[:16]}, failed=set()) == [x[:16]]
    # both failed now (vanished, time limit) and no other path holds X: its rows go
    assert batch.replace_ids(written=set(), failed={x[:16]}) == [x[:16]]
    # b.txt failed but a.txt (elsewhere) still holds X: its rows stay
    p = plan(found("b.txt"), rows, hasher=hasher({"b.txt": x}))
    (batch,) = p.batches(10)
    assert batch.replace_ids(written=set(), failed={x[:16]}) == []


def test_unreadable_files_are_problems_not_documents():
    def fail(f):
        raise ReadError(f"{f.source_path}: cannot read the file: Permission denied")

    p = plan(found("a.txt"), {}, hasher=fail)
    assert p.todo == () and p.problems[0]["status"] == "failed"
