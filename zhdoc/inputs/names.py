"""File names as recorded: any name kept, shown as text every writer accepts.

A name that is not valid UTF-8 reaches Python with its bad bytes as surrogate escapes
(``os.fsdecode``); Arrow and JSON refuse those. ``displayable`` shows each such byte as
``\\xNN`` (the name stays readable and distinct), and ``path_bytes`` keeps the exact bytes
(hex) for the run report.

>>> displayable("报告.txt")
'报告.txt'
>>> displayable(b"caf\\xe9.txt".decode("utf-8", "surrogateescape"))
'caf\\\\xe9.txt'
>>> path_bytes(b"caf\\xe9.txt".decode("utf-8", "surrogateescape"))
'636166e92e747874'
"""

from __future__ import annotations

import os


def _raw(name: str) -> bytes:
    try:
        return name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return name.encode("utf-8", "surrogatepass")


def is_displayable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def displayable(name: str) -> str:
    """``name`` with every undecodable byte written as ``\\xNN``."""
    if is_displayable(name):
        return name
    return _raw(name).decode("utf-8", "backslashreplace")


def path_bytes(name: str) -> str:
    """The exact bytes of a file name, as hex (what ``os.fsencode`` would pass to the OS)."""
    return _raw(name).hex()


def recorded_path(path: str, cwd: str | None = None) -> str:
    """The path as recorded: relative to the working directory when under it, else absolute;
    the link's own path for a symlink (never resolved), ``/`` separators.

    >>> recorded_path("/data/in/../in/a.txt", cwd="/data")
    'in/a.txt'
    >>> recorded_path("/elsewhere/a.txt", cwd="/data")
    '/elsewhere/a.txt'
    """
    cwd = cwd or os.getcwd()
    full = os.path.normpath(os.path.join(cwd, path))
    try:
        under = os.path.commonpath([full, cwd]) == cwd
    except ValueError:
        under = False
    rel = os.path.relpath(full, cwd) if under else full
    return rel.replace(os.sep, "/")
