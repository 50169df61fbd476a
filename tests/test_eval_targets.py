"""Every target ``make eval`` checks holds in ``make test`` too, so a drop fails CI.

Each evaluation section runs as ``make eval`` runs it (on ../shared/corpus when it is there,
else on the project's own texts) and every one of its ``Table.checks`` must be met. The
section's report is in the assertion message, so a failure shows the table that dropped.
Speed targets (``Table.timed_checks``) are printed by ``make eval`` and not asserted here: a
clock on a shared machine is no evidence. Sections in ``evaluation.TARGETS_OPEN`` are left out: their targets are not met yet, and their
own tests hold each figure at its floor.
"""

from __future__ import annotations

import importlib

import pytest

from evaluation import SECTIONS, TARGETS_OPEN
from evaluation.corpus import corpus_dir


@pytest.mark.parametrize("name", [s for s in SECTIONS if s not in TARGETS_OPEN])
def test_every_target_of_the_section_is_met(name: str) -> None:
    tables = importlib.import_module(f"evaluation.{name}").run(corpus_dir())
    assert tables, f"section {name} produced no table"
    unmet = [f"{t.title}: {desc}" for t in tables for desc, ok in t.checks if not ok]
    report = "\n\n".join(t.to_markdown() for t in tables if not all(ok for _, ok in t.checks))
    assert unmet == [], report
