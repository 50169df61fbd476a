"""The pipeline: every step on a document (``steps``), in worker processes (``pool``).

``from zhdoc.pipeline import process_document`` (or ``analyze_text``, ``STEPS``, ``run_step``
…) gives the names of :mod:`zhdoc.pipeline.steps`, imported on first use, not with the
package: the process that runs a flow imports ``zhdoc.pipeline.pool`` to start its workers,
and it never runs a step itself, so it does not import every step and compile their rules
(~0.3 s) before the workers' fork server can start (which imports them, once, for the
workers: ``zhdoc.pipeline.warm``). The names live in ``zhdoc.pipeline.steps``: patch them
there (a test replacing ``find_numbers``, say).
"""

from __future__ import annotations

import pkgutil
from typing import Any

#: the package's modules: ``from zhdoc.pipeline import pool`` asks for one before importing it,
#: which must not import the steps
_MODULES = frozenset(m.name for m in pkgutil.iter_modules(__path__))


def __getattr__(name: str) -> Any:
    """A name of ``zhdoc.pipeline.steps`` (PEP 562: only names not defined here come here)."""
    if name.startswith("__") or name in _MODULES:  # probed by the import machinery or tools
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from zhdoc.pipeline import steps

    try:
        return getattr(steps, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    from zhdoc.pipeline import steps

    return sorted(set(globals()) | {n for n in vars(steps) if not n.startswith("_")})
