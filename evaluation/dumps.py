"""Text dumps of a PDF page, as a user gets them by copying the text out of it, and the
plain-text baselines.

Two dumps, since users get either; both follow the content stream's order:

- ``pymupdf_dump``: PyMuPDF's ``page.get_text()`` (one line per text line, in stream order);
- ``chars_dump``: pdfplumber's ``page.chars`` in their stored (stream) order, a line break
  wherever the stream jumps to a new line (``breaks_line``).

The baselines are PyMuPDF's plain ``get_text()`` (the same text as ``pymupdf_dump``) and
pdfplumber's ``extract_text()``, each scored as one stream of text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

#: a line break when the next character's top moves by more than this share of its size
BREAK_TOP = 0.5
#: ... or when its left edge goes back by more than this share of its size
BREAK_BACK = 0.5
#: ... or when it jumps forward past a gap wider than this many character sizes (another
#: block at the same height)
BREAK_GAP = 3.0


def breaks_line(prev: Mapping[str, Any], char: Mapping[str, Any]) -> bool:
    """Whether ``char``, coming right after ``prev`` in the content stream, starts a new line.

    With ``s`` the smaller of the two characters' sizes (at least 1 pt): a break when the
    top moves by more than ``BREAK_TOP * s`` (up or down: a new row, a vertical title's next
    character), when ``x0`` goes back by more than ``BREAK_BACK * s`` (a new line of the same
    block, or a block further left), or when the gap from ``prev``'s right edge to ``x0`` is
    wider than ``BREAK_GAP * s`` (a block further right at the same height).

    >>> a = {"top": 100.0, "x0": 10.0, "x1": 20.0, "size": 10.0}
    >>> breaks_line(a, {"top": 100.5, "x0": 20.5, "x1": 30.0, "size": 10.0})  # same line
    False
    >>> breaks_line(a, {"top": 112.0, "x0": 10.0, "x1": 20.0, "size": 10.0})  # next line
    True
    >>> breaks_line(a, {"top": 100.0, "x0": 0.0, "x1": 10.0, "size": 10.0})  # goes back
    True
    >>> breaks_line(a, {"top": 100.0, "x0": 60.0, "x1": 70.0, "size": 10.0})  # jumps a gap
    True
    """
    s = max(1.0, min(float(prev["size"]), float(char["size"])))
    return (
        abs(char["top"] - prev["top"]) > BREAK_TOP * s
        or char["x0"] < prev["x0"] - BREAK_BACK * s
        or char["x0"] - prev["x1"] > BREAK_GAP * s
    )


def chars_text(chars: list[Mapping[str, Any]]) -> str:
    """Characters in their given order as lines (``breaks_line``); space characters are kept
    as the stream has them but do not decide breaks.

    >>> c = lambda t, top, x0: {"text": t, "top": top, "x0": x0, "x1": x0 + 10, "size": 10}
    >>> chars_text([c("甲", 0, 0), c("乙", 0, 10), c("丙", 12, 0), c("肖", 40, 300), c("珺", 51, 300)])
    '甲乙\\n丙\\n肖\\n珺\\n'
    """
    out: list[str] = []
    prev = None
    for ch in chars:
        if not ch["text"].strip():
            out.append(ch["text"])
            continue
        if prev is not None and breaks_line(prev, ch):
            out.append("\n")
        out.append(ch["text"])
        prev = ch
    return "".join(out).rstrip(" ") + "\n" if out else ""


def chars_dump(data: bytes) -> str:
    """A PDF's text as pdfplumber's ``page.chars`` in stored order, pages one after another."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(chars_text(page.chars) for page in pdf.pages)


def pymupdf_dump(data: bytes) -> str:
    """A PDF's text as PyMuPDF's ``page.get_text()`` gives it, pages one after another."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc)


def pdfplumber_text(data: bytes) -> str:
    """pdfplumber's plain ``extract_text()`` of every page (a baseline)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdfplumber_chars(data: bytes) -> int:
    """pdfplumber loading every page's characters (what reading is timed against)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.chars) for page in pdf.pages)


#: the dumps, by the name the tables give them
DUMPS = {"PyMuPDF get_text": pymupdf_dump, "pdfplumber chars": chars_dump}
