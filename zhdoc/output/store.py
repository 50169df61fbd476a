"""The output folder: Parquet tables, JSON summaries, run reports — written atomically.

Layout::

    OUT/<table>/part-<batch>.parquet   one file per committed batch, for every table
    OUT/summaries/<doc_id>.json        one per content (doc_id)
    OUT/runs/<run_id>.json             one per run
    OUT/_journal.json                  only while a commit is being applied
    OUT/.lock                          while a run holds the folder (``zhdoc.output.folder``)
    OUT/.cache/known.json              the documents table's keys, cached (``Store.known``)

A commit writes every new file under a hidden temporary name that carries this process's
token (``.<name>.<pid>-<random>.tmp``), fsyncs each file and its folder, then writes a
journal that lists the renames and deletions, then applies them and fsyncs the folders
again. Readers only see ``*.parquet`` and ``*.json`` names (pyarrow and DuckDB skip hidden
``.`` files), and every file appears by an atomic rename, so no reader ever sees a
half-written file. A crash mid-commit leaves the journal; the next run finishes it before
doing anything else (roll forward). A commit that fails before its journal is written
removes its own temporary files. A ``Store`` never deletes a file another live process
created: stray temporary files are removed only when the process named in them is gone.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zhdoc.inputs.plan import Known
from zhdoc.output.folder import process_alive
from zhdoc.output.rows import TABLES

if TYPE_CHECKING:
    import pyarrow as pa

# pyarrow and the Arrow schemas are imported by the methods that read or write a table: a
# first run plans (no table yet) and starts its worker processes before paying for them.

log = logging.getLogger(__name__)

JOURNAL = "_journal.json"
#: the documents table's (doc_id, source_path, sha256, status) rows, cached (``Store.known``)
KNOWN_CACHE = Path(".cache") / "known.json"
#: a temporary file's name: .<final name>.<pid>-<random>.tmp
_TMP = re.compile(r"^\..+\.(\d+)-[0-9a-f]+\.tmp$")

def fsync_dir(path: Path) -> None:
    """Make a folder's entries (new names, renames) durable."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems refuse fsync on a folder
        pass
    finally:
        os.close(fd)


def fsync_all(paths: Iterable[Path]) -> None:
    """Make files and folders durable, all at once: the fsyncs run in threads side by side,
    so the filesystem commits its journal for many of them together (ext4: a batch's ~45
    files and folders in ~0.02 s, where one after another took ~0.1–0.2 s). Returns when
    every one is done; a file's error is raised (a folder's is ignored, as ``fsync_dir``)."""
    paths = list(dict.fromkeys(paths))
    if len(paths) <= 1:
        for p in paths:
            _fsync_path(p)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(len(paths), _FSYNC_THREADS), thread_name_prefix="zhdoc-fsync") as ex:
        for done in [ex.submit(_fsync_path, p) for p in paths]:
            done.result()


#: threads fsyncing side by side (``fsync_all``)
_FSYNC_THREADS = 16


def _fsync_path(path: Path) -> None:
    if os.path.isdir(path):
        fsync_dir(path)
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, token: str | None = None) -> None:
    """Write a file so that it is either absent/old or complete, never partial."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{token or new_token()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    fsync_dir(path.parent)


def json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


def new_token() -> str:
    return f"{os.getpid()}-{secrets.token_hex(4)}"


def _unlink(path: Path) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


class CommitError(OSError):
    """A commit that could not be written; nothing of it is visible and its temporary files
    are gone. ``errno`` is the cause's (ENOSPC for a full disk)."""


class Store:
    """One output folder. Call ``commit`` once per batch.

    ``recover=True`` (what a run does once, holding the folder's lock) finishes an
    interrupted commit and removes temporary files of processes that are gone.
    """

    def __init__(self, out: Path, recover: bool = False) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.token = new_token()
        #: part file → (mtime_ns, size, {column: set of values}) read once per process
        self._index: dict[Path, tuple[int, int, dict[str, frozenset[str]]]] = {}
        if recover:
            self.recover()

    # ---- reading ---------------------------------------------------------------------
    def parts(self, table: str) -> list[Path]:
        d = self.out / table
        return sorted(d.glob("*.parquet")) if d.is_dir() else []

    def read(self, table: str, columns: Sequence[str] | None = None) -> pa.Table:
        """The whole table (all parts), or an empty table with the schema."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from zhdoc.output.schema import SCHEMAS

        schema = SCHEMAS[table]
        if columns is not None:
            schema = pa.schema([schema.field(c) for c in columns], metadata=schema.metadata)
        parts = [pq.read_table(p, columns=columns, schema=schema) for p in self.parts(table)]
        return pa.concat_tables(parts) if parts else schema.empty_table()

    def known(self) -> dict[str, Known]:
        """Documents already in the output, by source path.

        Read from ``KNOWN_CACHE`` while the documents parts are the ones it was made from
        (names, sizes, times), else from the parts, and cached: an unchanged re-run reads
        nothing else, and importing pyarrow (and numpy with it) was half its time (~0.12 s).
        Each part is read by ``pq.ParquetFile``, not ``pq.read_table`` (as :meth:`read`): that
        imports ``pyarrow.dataset`` and ``pyarrow.compute``.
        """
        parts = self.parts("documents")
        if not parts:
            return {}
        stamp = [[p.name, st.st_size, st.st_mtime_ns] for p in parts for st in [p.stat()]]
        cache = self.out / KNOWN_CACHE
        try:
            cached = json.loads(cache.read_text(encoding="utf-8"))
            if cached["stamp"] == stamp:
                return {r[1]: Known(*r) for r in cached["rows"]}
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            pass
        import pyarrow.parquet as pq

        columns = ["doc_id", "source_path", "sha256", "status"]
        known = {r["source_path"]: Known(**r) for part in parts
                 for r in pq.ParquetFile(part).read(columns=columns).to_pylist()}
        rows = [[k.doc_id, k.source_path, k.sha256, k.status] for k in known.values()]
        tmp = cache.with_name(f".{cache.name}.{self.token}.tmp")
        try:  # derived data: no fsync (a torn cache is read as no cache)
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"stamp": stamp, "rows": rows}), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:
            _unlink(tmp)
        return known

    def _values(self, part: Path, column: str) -> frozenset[str]:
        """The distinct values of one column of one part (cached while the file is unchanged)."""
        st = part.stat()
        cached = self._index.get(part)
        if cached is None or cached[:2] != (st.st_mtime_ns, st.st_size):
            cached = (st.st_mtime_ns, st.st_size, {})
            self._index[part] = cached
        cols = cached[2]
        if column not in cols:
            import pyarrow.parquet as pq

            cols[column] = frozenset(pq.read_table(part, columns=[column]).column(column).to_pylist())
        return cols[column]

    # ---- writing ---------------------------------------------------------------------
    def commit(
        self,
        batch_name: str,
        tables: Mapping[str, Sequence[object]],
        replace_doc_ids: Iterable[str] = (),
        summaries: Mapping[str, dict[str, Any]] | None = None,
        delete_summaries: Iterable[str] = (),
        replace_paths: Iterable[str] = (),
    ) -> None:
        """Add one batch's rows. Removed first: the rows of ``replace_doc_ids`` in every
        table, and the documents rows of ``replace_paths`` (by source path).

        ``tables`` maps table name → rows (row dataclasses); every table gets a part file,
        empty or not, so each table is readable from the first commit on. Raises
        CommitError (nothing applied, temporary files removed) when it cannot be written.
        """
        from zhdoc.output.schema import to_arrow

        unknown = set(tables) - set(TABLES)
        if unknown:
            raise ValueError(f"unknown table(s) {sorted(unknown)}; tables are {list(TABLES)}")
        replace_ids = sorted(set(replace_doc_ids))
        paths = sorted(set(replace_paths))
        ops: list[dict[str, str]] = []
        written: list[Path] = []
        try:
            for table in TABLES:
                final = self.out / table / f"part-{batch_name}.parquet"
                if final.exists():
                    raise FileExistsError(f"{final} exists: batch names must be unique")
                written.append(self._write_tmp_parquet(final, to_arrow(table, tables.get(table, ()))))
                ops.append({"op": "rename", "src": str(written[-1]), "dst": str(final)})
                drop = {"doc_id": replace_ids}
                if table == "documents":
                    drop = {"source_path": paths, "doc_id": []}
                ops.extend(self._rewrite_without(table, drop, written))
            for doc_id, summary in (summaries or {}).items():
                final = self.out / "summaries" / f"{doc_id}.json"
                final.parent.mkdir(parents=True, exist_ok=True)
                tmp = self._tmp(final)
                written.append(tmp)
                with open(tmp, "wb") as f:
                    f.write(json_bytes(summary))
                ops.append({"op": "rename", "src": str(tmp), "dst": str(final)})
            for doc_id in delete_summaries:
                ops.append({"op": "delete", "path": str(self.out / "summaries" / f"{doc_id}.json")})
            # every new file and its folder durable before the journal names them
            fsync_all([*written, *{p.parent for p in written}])
            write_atomic(self.out / JOURNAL, json_bytes({"batch": batch_name, "ops": ops}), self.token)
        except FileExistsError:
            self._discard(written)
            raise
        except OSError as e:
            self._discard(written)
            raise CommitError(e.errno or errno.EIO,
                              f"{self.out}: cannot write batch {batch_name}: {e.strerror or e}") from e
        except BaseException:
            self._discard(written)
            raise
        self._apply(ops)
        fsync_all({Path(op.get("dst") or op["path"]).parent for op in ops})
        os.remove(self.out / JOURNAL)
        fsync_dir(self.out)

    def write_run_report(self, run_id: str, report: dict[str, Any]) -> Path:
        path = self.out / "runs" / f"{run_id}.json"
        write_atomic(path, json_bytes(report), self.token)
        return path

    def _tmp(self, final: Path) -> Path:
        return final.with_name(f".{final.name}.{self.token}.tmp")

    def _write_tmp_parquet(self, final: Path, table: pa.Table) -> Path:
        import pyarrow.parquet as pq

        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._tmp(final)
        try:
            pq.write_table(table, tmp, compression="zstd")  # fsynced with the commit's files
        except BaseException:
            _unlink(tmp)
            raise
        return tmp

    def _rewrite_without(self, table: str, drop: Mapping[str, Sequence[str]],
                         written: list[Path]) -> list[dict[str, str]]:
        """Ops that drop the rows whose ``column`` value is in ``drop[column]`` from the
        existing parts: only parts holding such a value are read and rewritten."""
        drop = {c: v for c, v in drop.items() if v}
        if not drop:
            return []
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        from zhdoc.output.schema import SCHEMAS

        ops = []
        for part in self.parts(table):
            if not any(self._values(part, c) & set(v) for c, v in drop.items()):
                continue
            data = pq.read_table(part, schema=SCHEMAS[table])
            mask = None
            for column, values in drop.items():
                hit = pc.is_in(data.column(column), value_set=pa.array(values, type=pa.string()))
                mask = hit if mask is None else pc.or_(mask, hit)
            kept = data.filter(pc.invert(mask))
            if kept.num_rows == 0:  # the batch's own new part keeps the table readable
                ops.append({"op": "delete", "path": str(part)})
            else:
                tmp = self._tmp(part.with_name(part.name + ".rewrite"))
                written.append(tmp)
                pq.write_table(kept.replace_schema_metadata(SCHEMAS[table].metadata), tmp,
                               compression="zstd")  # fsynced with the commit's files
                ops.append({"op": "rename", "src": str(tmp), "dst": str(part)})
        return ops

    @staticmethod
    def _discard(paths: Iterable[Path]) -> None:
        for p in paths:
            _unlink(p)

    # ---- recovery --------------------------------------------------------------------
    @staticmethod
    def _apply(ops: list[dict[str, str]], replay: bool = False) -> None:
        """Apply journal ops. A fresh commit's files must all be there; a replay (after a
        crash) is idempotent and skips what an earlier attempt already applied."""
        for op in ops:
            if op["op"] == "rename":
                if replay and not os.path.exists(op["src"]):
                    continue
                os.replace(op["src"], op["dst"])
            elif op["op"] == "delete":
                if os.path.exists(op["path"]):
                    os.remove(op["path"])

    def recover(self) -> None:
        """Finish a commit a crash interrupted, then remove the temporary files of processes
        that are gone (never those of a live process: another run may be writing them)."""
        journal = self.out / JOURNAL
        if journal.exists():
            try:
                ops = json.loads(journal.read_text(encoding="utf-8"))["ops"]
            except (ValueError, KeyError):
                log.warning("%s is unreadable (crash while writing it); discarding it", journal)
            else:
                log.warning("finishing an interrupted commit from %s", journal)
                self._apply(ops, replay=True)
                for folder in {Path(op.get("dst") or op["path"]).parent for op in ops}:
                    fsync_dir(folder)
            os.remove(journal)
            fsync_dir(self.out)
        for tmp in [*self.out.glob(".*.tmp"), *self.out.glob("*/.*.tmp")]:
            m = _TMP.match(tmp.name)
            if m and not process_alive(int(m.group(1))):
                _unlink(tmp)
