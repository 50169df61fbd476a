"""Shared fixtures. Pure tests need no orchestrator; only `flow` tests start Prefect."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "seed" / "000_5dcec531bf597a03.txt"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus, or skip the test when it is absent (a fresh clone elsewhere)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


@pytest.fixture(scope="session")
def seed_text(corpus_dir: Path) -> str:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent")
    return SEED.read_text(encoding="utf-8")
