"""Prefect flows: ``flows.ingest`` (the main job) and ``flows.evaluate`` (``make eval``)."""

import tasks  # noqa: F401  (sets Prefect's environment defaults before Prefect is imported)
