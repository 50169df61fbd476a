"""Exceptions the core raises for bad input; the flow records them per document.

Every error's message says what was wrong, where, and what the user can do.
``status`` is the value recorded in the ``documents`` table.
"""

from zhdoc.model import Status


class ZhdocError(Exception):
    """Base class of every expected, per-document failure."""

    status = Status.FAILED


class ReadError(ZhdocError):
    """The file could not be read from disk (permissions, vanished, I/O error)."""


class EmptyDocument(ZhdocError):
    """The file is empty or holds only whitespace."""


class BinaryContent(ZhdocError):
    """The file holds NUL bytes or other binary content, not text."""


class EncodingError(ZhdocError):
    """The bytes decode in none of the supported encodings."""


class UnsupportedFormat(ZhdocError):
    """A file type the pipeline does not read."""

    status = Status.UNSUPPORTED


class TooLarge(ZhdocError):
    """Over a size or page limit set in the settings."""


class Encrypted(ZhdocError):
    """An encrypted PDF."""


class NoTextLayer(ZhdocError):
    """A PDF with no text layer (a scan); OCR is not supported."""

    status = Status.NO_TEXT_LAYER


class MalformedPDF(ZhdocError):
    """A PDF that cannot be parsed."""


class TimeLimit(ZhdocError):
    """Processing one document took longer than the per-document limit."""
