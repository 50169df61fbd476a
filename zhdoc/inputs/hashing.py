"""A file's content hash, read so that nothing can block or run without end.

The file is opened non-blocking and checked to be a regular file *after* opening (a FIFO put
in its place since discovery is refused, never read); at most ``limit`` bytes are read.

>>> import tempfile
>>> with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
...     _ = f.write(b"abc")
>>> hash_file(f.name, limit=10)[0][:12], hash_file(f.name, limit=10)[1]
('ba7816bf8f01', 3)
"""

from __future__ import annotations

import hashlib
import os
import stat

from zhdoc.errors import ReadError, TooLarge
from zhdoc.inputs.names import displayable

_CHUNK = 1 << 20


def hash_file(path: str, limit: int) -> tuple[str, int]:
    """(SHA-256 hex, size) of a regular file; ReadError when it cannot be read or is not a
    regular file, TooLarge (without reading it) when it is over ``limit`` bytes."""
    shown = displayable(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise ReadError(f"{shown}: cannot read the file: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(f"{shown}: is not a regular file (it changed since it was found); "
                            "it was not read")
        if st.st_size > limit:
            raise TooLarge(f"{shown}: {st.st_size:,} bytes is over the limit of {limit:,} "
                           "(setting max_file_bytes, --max-file-bytes)")
        h = hashlib.sha256()
        n = 0
        while chunk := os.read(fd, _CHUNK):
            n += len(chunk)
            if n > limit:
                raise TooLarge(f"{shown}: grew past the limit of {limit:,} bytes while being read "
                               "(setting max_file_bytes, --max-file-bytes)")
            h.update(chunk)
        return h.hexdigest(), n
    except OSError as e:
        raise ReadError(f"{shown}: cannot read the file: {e.strerror or e}") from None
    finally:
        os.close(fd)
