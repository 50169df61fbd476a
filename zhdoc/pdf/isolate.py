"""read_pdf in a child process, killed at the time limit: a page that hangs pdfminer never hangs
the batch.

``read_pdf`` checks its clock between pages only; a pathological page (a content stream that
loops, a huge inline image, a font that explodes) can keep pdfminer inside one page for ever.
``read_pdf_isolated`` forks a child that runs ``read_pdf`` and pickles the layout (or the
``ZhdocError`` it raised) back through a pipe; the parent waits at most
``settings.pdf_time_limit_s`` and then kills the child. A child that dies without answering
(a crash, the kernel's out-of-memory killer, a signal) becomes ``MalformedPDF``.

Where the ``fork`` start method is missing (Windows, macOS defaults aside) the PDF is read in
this process, as ``read_pdf`` would.

>>> from zhdoc.settings import Settings
>>> read_pdf_isolated(b"not a pdf", Settings(), "x.pdf")
Traceback (most recent call last):
...
zhdoc.errors.MalformedPDF: x.pdf: not a readable PDF (...)
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import time
from multiprocessing.connection import Connection
from typing import Any

from zhdoc.errors import MalformedPDF, TimeLimit, ZhdocError
from zhdoc.pdf import reader
from zhdoc.model import PdfLayout
from zhdoc.settings import Settings

log = logging.getLogger(__name__)

#: seconds the parent waits for a killed child to be reaped
REAP_S = 5.0


def _child(conn: Connection, data: bytes, settings: Settings, source: str) -> None:
    """Run read_pdf and send ("ok", layout), ("error", ZhdocError) or ("crash", message)."""
    try:
        msg: tuple[str, Any] = ("ok", reader.read_pdf(data, settings, source))
    except ZhdocError as e:
        e.__cause__ = e.__context__ = None  # pdfminer's exceptions need not pickle
        e.__traceback__ = None
        msg = ("error", e)
    except MemoryError:
        msg = ("crash", "ran out of memory")
    except BaseException as e:  # noqa: BLE001 - everything else crosses as a message
        msg = ("crash", f"{type(e).__name__}: {e}")
    try:
        conn.send(msg)
    except Exception as e:  # an exception or layout that does not pickle
        conn.send(("crash", f"result could not be sent back ({type(e).__name__}: {e})"))
    finally:
        conn.close()


def _fork_context() -> Any | None:
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def read_pdf_isolated(data: bytes, settings: Settings, source: str = "") -> PdfLayout:
    """``read_pdf`` in a forked child, killed after ``settings.pdf_time_limit_s`` seconds.

    Raises what ``read_pdf`` raises (the same ``ZhdocError`` subclass and message),
    ``TimeLimit`` when the child is killed at the limit, ``MalformedPDF`` when it dies or fails
    with an unexpected error.
    """
    name = source or "PDF"
    limit = settings.pdf_time_limit_s
    ctx = _fork_context()
    if ctx is None:  # pragma: no cover - no fork on this platform
        return reader.read_pdf(data, settings, source)
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, data, settings, source), daemon=False,
                       name=f"zhdoc-read-pdf {name}")
    t0 = time.monotonic()
    proc.start()
    send.close()  # the child holds the only write end: its death reads as EOF here
    try:
        if not recv.poll(limit):
            _kill(proc)
            raise TimeLimit(f"{name}: reading the PDF was stopped after {limit:g} s, the time "
                            "limit (pdf_time_limit_s); raise it or split the file")
        try:
            kind, value = recv.recv()
        except (EOFError, OSError):
            proc.join(REAP_S)
            raise MalformedPDF(f"{name}: the PDF reader died while reading this file "
                               f"({_exit_reason(proc.exitcode)}); the file may be damaged or "
                               "too complex: check it (e.g. qpdf --check)") from None
    finally:
        recv.close()
    proc.join(REAP_S)
    if proc.is_alive():  # answered but did not exit: do not leave it behind
        _kill(proc)
    log.debug("%s: read in a child process in %.3f s", name, time.monotonic() - t0)
    if kind == "ok":
        return value
    if kind == "error":
        raise value
    raise MalformedPDF(f"{name}: the PDF reader failed on this file ({value}); the file may be "
                       "damaged or too complex: check it (e.g. qpdf --check)")


def _kill(proc: Any) -> None:
    proc.kill()
    proc.join(REAP_S)


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
