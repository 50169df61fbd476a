"""Thin Prefect tasks over the core: process a batch (``tasks.batch.process``), commit it
(``tasks.write.write``).

Importing this package sets Prefect's telemetry off (before Prefect itself is imported);
values already set in the environment win. Prefect's home is not set here: a run without a
configured API starts a temporary server whose home lives under the output folder and is
removed afterwards (``flows.server``).
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
