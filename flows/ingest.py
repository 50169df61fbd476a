"""The main job: a folder of Chinese articles → Parquet tables and JSON summaries.

    python -m flows.ingest [PATH ...] [--out DIR] [--force]

PATHs are files or folders. Folders are searched recursively for ``.txt`` and ``.pdf``
files; other files in them are listed in the run report as ignored (hidden files are not
looked at). A file named on the command line is always recorded: with status
``unsupported`` when its type is not read. Unchanged files
(same content hash) are skipped unless ``--force``; a changed file replaces its rows.
Exit status: 0 when every file was processed, 1 when any failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import tasks  # noqa: F401  (sets Prefect's environment before Prefect is imported)
from prefect import flow, get_run_logger

from tasks import steps
from tasks.write import write
from zhdoc import SCHEMA_VERSION
from zhdoc import PIPELINE_VERSION
from zhdoc.model import Document
from zhdoc.pipeline import finish
from zhdoc.read import MEDIA_TYPES
from zhdoc.settings import Settings, SettingsError
from zhdoc.output.store import Store

DEFAULT_PATHS = ("samples",)
DEFAULT_OUT = "output"
#: at most this many batches per run (8 task runs each): Prefect's SQLite API stalls past
#: ~1000 task runs in a flow, so large inputs get larger batches instead of more of them
MAX_BATCHES = 100


@dataclass(frozen=True)
class Planned:
    path: str
    sha256: str
    replace: tuple[str, ...]  # doc_ids whose rows this document's rows replace


def discover(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """(files to record, files ignored): files named directly, and the ``.txt``/``.pdf``
    files under the named folders; other files in the folders are ignored. Sorted."""
    found: set[Path] = set()
    ignored: set[Path] = set()
    for p in map(Path, paths):
        if p.is_file():
            found.add(p)
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for f in files:
                if not f.startswith("."):
                    (found if Path(f).suffix.lower() in MEDIA_TYPES else ignored).add(Path(root) / f)
    return sorted(found), sorted(ignored - found)


def display_path(p: Path) -> str:
    """The path as recorded: relative to the working directory when under it."""
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.resolve().as_posix()


def file_sha256(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def plan(files: list[Path], store: Store, force: bool) -> tuple[list[Planned], list[dict], list[dict]]:
    """Which files to process; the rest are skipped (unchanged, duplicate) or unreadable."""
    known = store.known()
    by_sha = {k.sha256: k for k in known.values()}
    todo: list[Planned] = []
    skipped: list[dict] = []
    unreadable: list[dict] = []
    seen: dict[str, str] = {}
    for f in files:
        path = display_path(f)
        try:
            sha = file_sha256(f)
        except OSError as e:
            unreadable.append({"path": path, "error": f"{path}: cannot read the file: {e.strerror or e}"})
            continue
        if sha in seen:
            skipped.append({"path": path, "reason": f"same content as {seen[sha]}"})
            continue
        seen[sha] = path
        prior = by_sha.get(sha)
        if prior is not None and not force:
            reason = "unchanged" if prior.source_path == path else f"same content as {prior.source_path}"
            skipped.append({"path": path, "reason": reason})
            continue
        replace = {sha[:16]}
        if path in known and known[path].sha256 != sha:
            replace.add(known[path].doc_id)  # the file changed: its old rows go
        todo.append(Planned(path, sha, tuple(sorted(replace))))
    return todo, skipped, unreadable


@flow(name="ingest", validate_parameters=False)
def ingest(paths: list[str], out: str = DEFAULT_OUT, force: bool = False,
           settings: Settings | None = None) -> dict:
    """Process every file under ``paths`` into the tables under ``out``; return the run report."""
    log = get_run_logger()
    settings = settings or Settings()
    started = datetime.now(timezone.utc)
    run_id = started.strftime("%Y%m%dT%H%M%S%fZ")
    t0 = time.perf_counter()
    store = Store(Path(out))
    files, ignored = discover(paths)
    todo, skipped, unreadable = plan(files, store, force)
    log.info("%d files: %d to process, %d skipped", len(files), len(todo), len(skipped))

    statuses: Counter[str] = Counter()
    failures: list[dict] = [{"path": u["path"], "status": "failed", "error": u["error"]} for u in unreadable]
    if unreadable:
        statuses["failed"] += len(unreadable)
    step_seconds: defaultdict[str, float] = defaultdict(float)
    rows_written: Counter[str] = Counter()
    size = max(settings.batch_size, -(-len(todo) // MAX_BATCHES))
    for b, first in enumerate(range(0, len(todo), size)):
        chunk = todo[first:first + size]
        batch = [Document(source_path=p.path, sha256=p.sha256) for p in chunk]
        for step_task in steps.STEP_TASKS:
            batch = step_task(batch, settings)
        batch = [finish(w) for w in batch]
        replace = sorted({d for p in chunk for d in p.replace})
        counts = write(out, f"{run_id}-{b:05d}", batch, replace)
        rows_written.update(counts)
        for w in batch:
            statuses[w.status] += 1
            for name, seconds in w.timings:
                step_seconds[name] += seconds
            if w.status not in ("ok",):
                failures.append({"path": w.source_path, "status": w.status,
                                 "error": w.error or "; ".join(w.warnings[-1:])})
                log.warning("%s: %s: %s", w.source_path, w.status, failures[-1]["error"])
        log.info("batch %d: %d documents written", b + 1, len(batch))

    report = {
        "run_id": run_id,
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        "started": started.isoformat(),
        "elapsed_s": round(time.perf_counter() - t0, 3),
        "out": str(Path(out).resolve()),
        "paths": list(paths),
        "force": force,
        "settings": settings.to_dict(),
        "n_files": len(files),
        "n_processed": len(todo),
        "batch_size": size,
        "statuses": dict(sorted(statuses.items())),
        "skipped": skipped,
        "ignored": [display_path(p) for p in ignored],
        "failures": failures,
        "rows_written": dict(rows_written),
        "step_seconds": {k: round(v, 4) for k, v in step_seconds.items()},
    }
    report["report_path"] = str(store.write_run_report(run_id, report))
    return report


def format_summary(report: dict) -> str:
    """The CLI's final summary (the one place that prints)."""
    st = report["statuses"]
    lines = [
        f"zhdoc: {report['n_files']} files, {report['n_processed']} processed, "
        f"{len(report['skipped'])} skipped (unchanged or duplicate)"
        + (f", {len(report['ignored'])} other files ignored" if report["ignored"] else ""),
        "  status: " + (", ".join(f"{k} {v}" for k, v in st.items()) or "nothing new"),
        "  rows written: " + (", ".join(f"{k} {v}" for k, v in report["rows_written"].items() if v) or "none"),
    ]
    for f in report["failures"]:
        lines.append(f"  {f['status']}: {f['error']}")
    lines.append(f"  tables: {report['out']}/<table>/*.parquet (see docs/schema.md)")
    lines.append(f"  run report: {report['report_path']}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m flows.ingest", description=__doc__.split("\n")[1])
    ap.add_argument("paths", nargs="*", default=list(DEFAULT_PATHS),
                    help="files or folders (default: samples/)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: output/)")
    ap.add_argument("--force", action="store_true", help="reprocess unchanged files too")
    ap.add_argument("--batch-size", type=int, default=Settings.batch_size,
                    help="documents per task run (default: %(default)s)")
    ap.add_argument("--top-k", type=int, default=Settings.keywords_top_k,
                    help="keywords per article and method (default: %(default)s)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    try:
        settings = Settings(batch_size=args.batch_size, keywords_top_k=args.top_k)
    except SettingsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    logging.getLogger("jieba").setLevel(logging.WARNING)
    report = ingest(args.paths, out=args.out, force=args.force, settings=settings)
    print(format_summary(report))
    return 1 if report["statuses"].get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
