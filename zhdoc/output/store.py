"""The output folder: Parquet tables, JSON summaries, run reports — written atomically.

Layout::

    OUT/<table>/part-<batch>.parquet   one file per committed batch, for every table
    OUT/summaries/<doc_id>.json        one per document
    OUT/runs/<run_id>.json             one per run
    OUT/_journal.json                  only while a commit is being applied

A commit writes every new file under a hidden temporary name, then writes a journal that
lists the renames and deletions, then applies them. Readers only see ``*.parquet`` and
``*.json`` names (pyarrow and DuckDB skip hidden ``.`` files), and every file appears by an
atomic rename, so no reader ever sees a half-written file. A crash mid-commit leaves the
journal; the next ``Store`` finishes it before doing anything else (roll forward). Between
such a crash and the next run a reader may see a batch half applied (a new part beside an
old part not yet rewritten); each file is still whole, and the next run settles it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from zhdoc.output.rows import TABLES
from zhdoc.output.schema import SCHEMAS, to_arrow

log = logging.getLogger(__name__)

JOURNAL = "_journal.json"


@dataclass(frozen=True)
class KnownDocument:
    doc_id: str
    source_path: str
    sha256: str
    status: str


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that it is either absent/old or complete, never partial."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


class Store:
    """One output folder. Call ``commit`` once per batch."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.recover()

    # ---- reading ---------------------------------------------------------------------
    def parts(self, table: str) -> list[Path]:
        d = self.out / table
        return sorted(d.glob("*.parquet")) if d.is_dir() else []

    def read(self, table: str, columns: Sequence[str] | None = None) -> pa.Table:
        """The whole table (all parts), or an empty table with the schema."""
        parts = [pq.read_table(p, columns=columns, schema=SCHEMAS[table]) for p in self.parts(table)]
        if not parts:
            schema = SCHEMAS[table]
            if columns is not None:
                schema = pa.schema([schema.field(c) for c in columns])
            return schema.empty_table()
        return pa.concat_tables(parts)

    def known(self) -> dict[str, KnownDocument]:
        """Documents already in the output, by source path."""
        t = self.read("documents", ["doc_id", "source_path", "sha256", "status"])
        return {
            r["source_path"]: KnownDocument(**r) for r in t.to_pylist()
        }

    # ---- writing ---------------------------------------------------------------------
    def commit(
        self,
        batch_name: str,
        tables: Mapping[str, Sequence[object]],
        replace_doc_ids: Iterable[str] = (),
        summaries: Mapping[str, dict[str, Any]] | None = None,
        delete_summaries: Iterable[str] = (),
    ) -> None:
        """Add one batch's rows, removing every earlier row of ``replace_doc_ids``.

        ``tables`` maps table name → rows (row dataclasses); every table gets a part file,
        empty or not, so each table is readable from the first commit on.
        """
        unknown = set(tables) - set(TABLES)
        if unknown:
            raise ValueError(f"unknown table(s) {sorted(unknown)}; tables are {list(TABLES)}")
        replace_ids = sorted(set(replace_doc_ids))
        ops: list[dict[str, str]] = []
        for table in TABLES:
            final = self.out / table / f"part-{batch_name}.parquet"
            if final.exists():
                raise FileExistsError(f"{final} exists: batch names must be unique")
            tmp = self._write_tmp_parquet(final, to_arrow(table, tables.get(table, ())))
            ops.append({"op": "rename", "src": str(tmp), "dst": str(final)})
            if replace_ids:
                ops.extend(self._rewrite_without(table, replace_ids))
        for doc_id, summary in (summaries or {}).items():
            final = self.out / "summaries" / f"{doc_id}.json"
            tmp = final.with_name(f".{final.name}.{batch_name}.tmp")
            write_atomic(tmp, json_bytes(summary))
            ops.append({"op": "rename", "src": str(tmp), "dst": str(final)})
        for doc_id in delete_summaries:
            ops.append({"op": "delete", "path": str(self.out / "summaries" / f"{doc_id}.json")})
        write_atomic(self.out / JOURNAL, json_bytes({"batch": batch_name, "ops": ops}))
        self._apply(ops)
        (self.out / JOURNAL).unlink()

    def write_run_report(self, run_id: str, report: dict[str, Any]) -> Path:
        path = self.out / "runs" / f"{run_id}.json"
        write_atomic(path, json_bytes(report))
        return path

    def _write_tmp_parquet(self, final: Path, table: pa.Table) -> Path:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.tmp")
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        return tmp

    def _rewrite_without(self, table: str, doc_ids: list[str]) -> list[dict[str, str]]:
        """Ops that drop ``doc_ids`` from existing parts (rewrite or delete each part)."""
        ops = []
        ids = pa.array(doc_ids, type=pa.string())
        for part in self.parts(table):
            present = pq.read_table(part, columns=["doc_id"]).column("doc_id")
            if not pc.any(pc.is_in(present, value_set=ids)).as_py():
                continue
            data = pq.read_table(part, schema=SCHEMAS[table])
            kept = data.filter(pc.invert(pc.is_in(data.column("doc_id"), value_set=ids)))
            if kept.num_rows == 0:  # the batch's own new part keeps the table readable
                ops.append({"op": "delete", "path": str(part)})
            else:
                tmp = part.with_name(f".{part.name}.rewrite.tmp")
                pq.write_table(kept.replace_schema_metadata(SCHEMAS[table].metadata), tmp,
                               compression="zstd")
                ops.append({"op": "rename", "src": str(tmp), "dst": str(part)})
        return ops

    # ---- recovery --------------------------------------------------------------------
    @staticmethod
    def _apply(ops: list[dict[str, str]]) -> None:
        """Apply journal ops; idempotent, so a half-applied journal can be applied again."""
        for op in ops:
            if op["op"] == "rename":
                if os.path.exists(op["src"]):
                    os.replace(op["src"], op["dst"])
            elif op["op"] == "delete":
                if os.path.exists(op["path"]):
                    os.remove(op["path"])

    def recover(self) -> None:
        """Finish a commit a crash interrupted, then remove stray temporary files."""
        journal = self.out / JOURNAL
        if journal.exists():
            try:
                ops = json.loads(journal.read_text(encoding="utf-8"))["ops"]
            except (ValueError, KeyError):
                log.warning("%s is unreadable (crash while writing it); discarding it", journal)
            else:
                log.warning("finishing an interrupted commit from %s", journal)
                self._apply(ops)
            journal.unlink()
        for tmp in self.out.glob("*/.*.tmp"):
            tmp.unlink()
