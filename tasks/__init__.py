"""Thin Prefect tasks: each runs one core step (``zhdoc.pipeline``) on a batch of documents.

Importing this package first sets Prefect's environment defaults (before Prefect itself is
imported): state in the project's git-ignored ``.prefect/`` folder, telemetry off. Values
already set in the environment win.
"""

import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("PREFECT_HOME", str(_ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
