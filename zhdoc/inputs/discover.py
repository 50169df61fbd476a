"""Discover: the named paths → the files a run records, without opening any of them.

Folders are walked recursively (hidden entries skipped); ``.txt``/``.pdf`` names are taken,
other names are listed as ignored. Only regular files are ever opened later: a FIFO, device or
socket with such a name (or named on the command line) is recorded as ``unsupported`` with a
message; a broken symlink or a symlink loop as ``failed``. Symlinks are recorded by their own
path; a symlinked folder is walked unless it leads back to a folder already walked (a loop).

>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> for name in ("a.txt", "b.pdf", "notes.docx"):
...     open(os.path.join(d, name), "w").close()
>>> os.mkfifo(os.path.join(d, "pipe.txt"))
>>> os.symlink(d, os.path.join(d, "loop"))
>>> found = discover([d])
>>> [os.path.basename(f.path) for f in found.files]
['a.txt', 'b.pdf']
>>> [(os.path.basename(f.path), str(f.status)) for f in found.special]
[('pipe.txt', 'unsupported')]
>>> [os.path.basename(p) for p in found.ignored]
['notes.docx']
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field

from zhdoc.inputs.names import displayable, recorded_path
from zhdoc.model import Status
from zhdoc.read import MEDIA_TYPES

#: what a file that is not a regular file is, by its stat mode
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


@dataclass(frozen=True)
class Found:
    """One file a run records. ``path`` opens it (relative to the working directory when
    under it, else absolute; it may hold surrogate escapes); ``source_path`` is how it is
    recorded: the same path, displayable (``zhdoc.inputs.names``)."""

    path: str
    source_path: str
    size: int = 0
    named: bool = False  # named on the command line
    status: Status | None = None  # set for a file that is never opened: why not
    error: str | None = None


@dataclass(frozen=True)
class Discovery:
    files: tuple[Found, ...]  # regular files to hash and (maybe) process
    special: tuple[Found, ...]  # recorded with a status and message, never opened
    ignored: tuple[str, ...]  # other names in the folders (recorded paths)
    skipped_dirs: tuple[str, ...] = field(default=())  # folders not walked again (a loop)


def _supported(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in MEDIA_TYPES


def _classify(path: str, named: bool) -> tuple[str, Found | None, os.stat_result | None]:
    """('dir' | 'file' | 'special' | 'ignore', a record for specials, the stat)."""
    path = recorded_path(path)
    shown = displayable(path)
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            why = "a symlink loop (it leads back to itself)"
        elif e.errno == errno.ENOENT and os.path.islink(path):
            why = f"a broken symlink (its target {displayable(os.readlink(path))!r} does not exist)"
        else:
            why = f"cannot be looked at: {e.strerror or e}"
        if not (named or _supported(path)):
            return "ignore", None, None
        return "special", Found(path, shown, named=named, status=Status.FAILED,
                                error=f"{shown}: {why}; nothing was read"), None
    if stat.S_ISDIR(st.st_mode):
        return "dir", None, st
    if stat.S_ISREG(st.st_mode):
        if named or _supported(path):
            return "file", Found(path, shown, size=st.st_size, named=named), st
        return "ignore", None, st
    if not (named or _supported(path)):
        return "ignore", None, st
    what = next(name for test, name in _SPECIAL if test(st.st_mode)) if any(
        test(st.st_mode) for test, _ in _SPECIAL) else "not a regular file"
    return "special", Found(path, shown, named=named, status=Status.UNSUPPORTED,
                            error=f"{shown}: is {what}, not a regular file; it was not opened"), st


def discover(paths: Iterable[str]) -> Discovery:
    """Files named directly, and the ``.txt``/``.pdf`` files under the named folders.
    Each file once (the first name it was found by), sorted by recorded path."""
    files: dict[str, Found] = {}
    special: dict[str, Found] = {}
    ignored: set[str] = set()
    loops: list[str] = []
    walked: set[tuple[int, int]] = set()

    def add(kind: str, found: Found | None, path: str) -> None:
        if kind == "file":
            files.setdefault(found.source_path, found)
        elif kind == "special":
            special.setdefault(found.source_path, found)
        elif kind == "ignore":
            ignored.add(displayable(recorded_path(path)))

    def walk(folder: str, st: os.stat_result) -> None:
        key = (st.st_dev, st.st_ino)
        if key in walked:
            loops.append(displayable(recorded_path(folder)))
            return
        walked.add(key)
        try:
            with os.scandir(folder) as it:
                names = sorted(e.name for e in it if not e.name.startswith("."))
        except OSError as e:
            shown = displayable(recorded_path(folder))
            special.setdefault(shown, Found(folder, shown, status=Status.FAILED,
                                            error=f"{shown}: cannot list the folder: {e.strerror or e}"))
            return
        for name in names:
            path = os.path.join(folder, name)
            kind, found, sub = _classify(path, named=False)
            if kind == "dir":
                walk(path, sub)
            else:
                add(kind, found, path)

    for p in paths:
        p = os.fspath(p)
        kind, found, st = _classify(p, named=True)
        if kind == "dir":
            walk(p, st)
        else:
            add(kind, found, p)
    ignored -= set(files) | set(special)
    return Discovery(
        files=tuple(files[k] for k in sorted(files)),
        special=tuple(special[k] for k in sorted(special)),
        ignored=tuple(sorted(ignored)),
        skipped_dirs=tuple(loops),
    )
