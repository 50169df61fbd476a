"""Shared fixtures. Pure tests need no orchestrator; only `flow` tests start Prefect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evaluation.corpus import SHARED_CORPUS

#: fixtures are data and the scripts that build them (tests/fixtures/build_webstress.py), no tests
collect_ignore_glob = ["fixtures/*"]

#: the evaluation sections time each document once, not three times: tests assert no speed
#: (evaluation.time_rounds; ``make eval`` prints the speed figures)
os.environ.setdefault("ZHDOC_EVAL_TIME_ROUNDS", "1")

CORPUS = SHARED_CORPUS
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


@pytest.fixture(scope="session")
def prefect_harness():
    """Prefect's test harness, started once per session and only by tests that ask for it
    (it takes 11–14 s to start; pure tests must not pay for it)."""
    import tasks  # noqa: F401  (Prefect's environment defaults, before Prefect is imported)
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def pytest_collection_modifyitems(config, items):
    """Run the end-to-end flow tests last: the Prefect harness they start keeps background
    threads for the rest of the session, which must not run beside the pure tests."""
    items.sort(key=lambda item: item.get_closest_marker("flow") is not None)
