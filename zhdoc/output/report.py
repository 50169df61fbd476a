"""The run report (``OUT/runs/<run_id>.json``): what one run saw, did and wrote.

Built the same way whether the run went through Prefect or not; its JSON schema is
``zhdoc/output/run_report.schema.json`` (validated by the tests). Paths are displayable
(``zhdoc.inputs.names``); a name that is not valid UTF-8 keeps its exact bytes under
``undecodable_names``.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from zhdoc import PIPELINE_VERSION, SCHEMA_VERSION
from zhdoc.inputs.discover import Discovery
from zhdoc.inputs.names import displayable, is_displayable, path_bytes
from zhdoc.inputs.plan import Plan
from zhdoc.model import Status
from zhdoc.output.records import Rendered

#: the tables counted in the run's summary, beside files and statuses
COUNTED = ("articles", "paragraphs", "lists", "numbers")


def new_run_id(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%S%fZ")


class RunReport:
    """Accumulates one run's report; ``as_dict`` gives the JSON document."""

    def __init__(self, run_id: str, out: Path, paths: Iterable[str], force: bool,
                 settings: dict[str, Any], options: dict[str, Any]) -> None:
        self.started = datetime.now(timezone.utc)
        self._t0 = time.perf_counter()
        self.data: dict[str, Any] = {
            "run_id": run_id,
            "schema_version": SCHEMA_VERSION,
            "pipeline_version": PIPELINE_VERSION,
            "started": self.started.isoformat(),
            "elapsed_s": 0.0,
            "outcome": "running",
            "out": displayable(str(Path(out).absolute())),
            "paths": [displayable(p) for p in paths],
            "force": force,
            "options": options,
            "settings": settings,
            "n_files": 0,
            "n_processed": 0,
            "batch_size": settings.get("batch_size", 0),
            "statuses": {},
            "files": {"new": 0, "changed": 0, "retried": 0, "forced": 0, "unchanged": 0,
                      "failed": 0},
            "skipped": [],
            "ignored": [],
            "failures": [],
            "undecodable_names": [],
            "rows_written": {},
            "step_seconds": {},
            "error": None,
        }
        self._statuses: Counter[str] = Counter()
        self._rows: Counter[str] = Counter()
        self._steps: defaultdict[str, float] = defaultdict(float)

    def planned(self, found: Discovery, plan: Plan) -> None:
        d = self.data
        d["n_files"] = len(found.files) + len(found.special)
        d["n_processed"] = len(plan.todo)
        d["skipped"] = [dict(s) for s in plan.skipped]
        d["ignored"] = list(found.ignored) + [f"{p} (a folder already walked: a loop)"
                                               for p in found.skipped_dirs]
        names = [f.path for f in (*found.files, *found.special) if not is_displayable(f.path)]
        d["undecodable_names"] = [{"path": displayable(n), "bytes_hex": path_bytes(n)} for n in names]
        reasons = Counter(t.reason for t in plan.todo)
        d["files"].update(new=reasons["new"], changed=reasons["changed"],
                          retried=reasons["failed before"], forced=reasons["forced"],
                          unchanged=len(plan.skipped))
        for f in found.special:
            self._problem(f.source_path, str(f.status), f.error or "")
        for p in plan.problems:
            self._problem(p["path"], p["status"], p["error"])

    def _problem(self, path: str, status: str, error: str, count: bool = True) -> None:
        if count:
            self._statuses[status] += 1
        self.data["failures"].append({"path": displayable(path), "status": status,
                                      "error": displayable(error)})

    def add(self, docs: Iterable[Rendered], rows_written: dict[str, int]) -> None:
        """One committed batch."""
        self._rows.update(rows_written)
        for r in docs:
            self._statuses[r.status] += 1
            for name, seconds in r.timings:
                self._steps[name] += seconds
            if r.status != Status.OK:
                self._problem(r.source_path, r.status, r.error or "; ".join(r.warnings[-1:]),
                              count=False)

    def finish(self, outcome: str = "ok", error: str | None = None, **extra: Any) -> dict[str, Any]:
        d = self.data
        d["statuses"] = dict(sorted(self._statuses.items()))
        d["files"]["failed"] = self._statuses[Status.FAILED]
        d["rows_written"] = dict(self._rows)
        d["step_seconds"] = {k: round(v, 4) for k, v in self._steps.items()}
        d["elapsed_s"] = round(time.perf_counter() - self._t0, 3)
        d["outcome"] = outcome
        d["error"] = error
        d.update(extra)
        return d

    @property
    def exit_code(self) -> int:
        if self.data["outcome"] not in ("ok", "nothing new"):
            return 2
        return 1 if self._statuses.get(Status.FAILED) else 0


def markdown(report: dict[str, Any]) -> str:
    """The run report as a short markdown page (a Prefect artifact, the CLI's summary)."""
    f = report["files"]
    rows = report["rows_written"]
    lines = [
        f"# zhdoc run {report['run_id']}: {report['outcome']}",
        "",
        f"{report['n_files']} files: {f['new']} new, {f['changed']} changed, "
        f"{f['retried']} retried, {f['forced']} forced, {f['unchanged']} unchanged; "
        f"{f['failed']} failed. {report['elapsed_s']:.1f} s.",
        "",
        "| table | rows written |",
        "|---|---|",
        *(f"| {t} | {rows.get(t, 0)} |" for t in COUNTED),
        "",
        "| step | seconds |",
        "|---|---|",
        *(f"| {k} | {v:.2f} |" for k, v in report["step_seconds"].items()),
    ]
    if report["failures"]:
        lines += ["", "| file | status | why |", "|---|---|---|"]
        lines += [f"| {x['path']} | {x['status']} | {x['error'].replace('|', '/')} |"
                  for x in report["failures"]]
    return "\n".join(lines) + "\n"


def table(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per file that was not skipped as unchanged or that failed (an artifact table)."""
    return [{"path": x["path"], "status": x["status"], "reason": x["error"]}
            for x in report["failures"]]
