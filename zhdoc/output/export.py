"""Mirror an output folder's tables to a filesystem URL (object storage, HDFS, another disk).

The run commits into the local ``--out`` (journaled, locked); ``export`` then brings the
destination to the same tables: every visible ``*.parquet`` of each table, the summaries and
run reports are copied when missing or different in size, and the destination's parts that
the folder no longer has (emptied by a later commit) are deleted; a part rewritten since it
was copied (newer than its copy) is copied again. A URL is anything
``pyarrow.fs.FileSystem.from_uri`` opens (``s3://bucket/prefix``, ``gs://…``, ``hdfs://…``,
``file:///…``); any fsspec filesystem works through ``pyarrow.fs.PyFileSystem(FSSpecHandler(fs))``.
Each object appears whole (a put), so a reader sees old or new parts, never half a file.

>>> import tempfile, pathlib
>>> from zhdoc.pipeline import analyze_text
>>> from zhdoc.output.commit import commit_batch
>>> out, dest = pathlib.Path(tempfile.mkdtemp()), tempfile.mkdtemp()
>>> _ = commit_batch(out, "b1", [analyze_text("一是加强。\\n\\n二是深化。")])
>>> export(out, f"file://{dest}")["copied"] >= 9
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.fs as pafs

from zhdoc.output.rows import TABLES

FOLDERS = (*TABLES, "summaries", "runs")


def destination(url: str) -> tuple[pafs.FileSystem, str]:
    if "://" not in url:
        return pafs.LocalFileSystem(), str(Path(url).absolute())
    return pafs.FileSystem.from_uri(url)


def export(out: Path, url: str | tuple[pafs.FileSystem, str]) -> dict[str, Any]:
    """Bring ``url`` to the tables of ``out``; returns counts of files copied, kept, deleted."""
    fs, root = destination(url) if isinstance(url, str) else url
    root = root.rstrip("/")
    copied = kept = deleted = 0
    for folder in FOLDERS:
        src = Path(out) / folder
        files = sorted(p for p in src.glob("*") if p.is_file() and not p.name.startswith(".")
                       and p.suffix in (".parquet", ".json")) if src.is_dir() else []
        dest_dir = f"{root}/{folder}"
        fs.create_dir(dest_dir, recursive=True)
        there = {i.base_name: i for i in fs.get_file_info(pafs.FileSelector(dest_dir))
                 if i.type == pafs.FileType.File}
        for p in files:
            info = there.get(p.name)
            st = p.stat()
            if (info is not None and info.size == st.st_size and info.mtime_ns is not None
                    and info.mtime_ns >= st.st_mtime_ns):
                kept += 1
                continue
            with open(p, "rb") as f, fs.open_output_stream(f"{dest_dir}/{p.name}") as o:
                while chunk := f.read(1 << 20):
                    o.write(chunk)
            copied += 1
        for name in sorted(set(there) - {p.name for p in files}):
            if not name.startswith("."):
                fs.delete_file(f"{dest_dir}/{name}")
                deleted += 1
    return {"url": url if isinstance(url, str) else root, "copied": copied, "kept": kept,
            "deleted": deleted}
