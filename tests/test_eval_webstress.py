"""The stress sets of our own (evaluation/webstress.py): committed fixtures, read as dumps, whose
pooled figures hold their floors, and whose JSON is what tests/fixtures/build_webstress.py makes of each set's source."""

from __future__ import annotations

import subprocess
import sys

import pytest

from evaluation import webstress as ws
from evaluation.webcopy import DumpScore, figures


@pytest.fixture(scope="session")
def stress_scores() -> dict[str, tuple[DumpScore, ...]]:
    got = {s.name: ws.scores(s) for s in ws.SETS}
    assert all(got.values()), "tests/fixtures/webstress*/ hold the stress sets"  # (committed)
    return got


@pytest.mark.parametrize("name, measure", [(n, m) for n, ms in ws.FLOORS.items() for m in ms])
def test_the_stress_set_holds_its_floors(stress_scores, name: str, measure: str) -> None:
    got = figures(stress_scores[name])[measure]
    assert got >= ws.FLOORS[name][measure] - 1e-9, (
        f"stress set {name} {measure}: {got:.4f} fell below its floor {ws.FLOORS[name][measure]}")


@pytest.mark.parametrize("s", ws.SETS, ids=[s.name for s in ws.SETS])
def test_the_stress_fixture_is_built_from_its_source(s: ws.StressSet) -> None:
    script = s.folder.parent / "build_webstress.py"
    out = subprocess.run([sys.executable, str(script), "--check", str(s.folder)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_set_has_a_table_with_its_first_figure() -> None:
    tables = ws.run(None)
    assert len(tables) == len(ws.SETS)
    assert all(t.notes[0].startswith("First read") and len(t.rows) == 6 for t in tables)
