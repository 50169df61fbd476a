"""Read: bytes → text, detecting the encoding.

Supported: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without a
BOM when its NUL pattern is unmistakable, and GB18030 (a superset of GBK and GB2312).
Binary content (NUL bytes, control characters) is rejected with a clear message.

>>> read_text("一带一路".encode("gb18030")).encoding
'gb18030'
>>> read_text(b"\\xef\\xbb\\xbf\\xe4\\xb8\\x80").text
'一'
"""

from __future__ import annotations

import codecs
import hashlib
import re

from zhdoc.errors import BinaryContent, EmptyDocument, EncodingError, TooLarge, UnsupportedFormat
from zhdoc.model import Decoded

#: media types by file suffix; anything else is recorded as unsupported
MEDIA_TYPES = {".txt": "text/plain", ".text": "text/plain", ".pdf": "application/pdf"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: control characters that do not occur in text (tab, LF, CR, FF are allowed)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: share of control characters above which decoded "text" is taken for binary
_MAX_CONTROL_SHARE = 0.001


def media_type_of(name: str) -> str:
    """The media type for a file name, or raise UnsupportedFormat.

    >>> media_type_of("a/b.PDF")
    'application/pdf'
    """
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    try:
        return MEDIA_TYPES[suffix]
    except KeyError:
        raise UnsupportedFormat(
            f"{name}: unsupported file type {suffix or '(no suffix)'!r}; "
            f"supported are {', '.join(sorted(MEDIA_TYPES))}"
        ) from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_size(n_bytes: int, limit: int, source: str = "") -> None:
    """Raise TooLarge when a file of ``n_bytes`` is over ``limit``."""
    if n_bytes > limit:
        raise TooLarge(
            f"{source or 'input'}: {n_bytes:,} bytes is over the limit of {limit:,} "
            "(setting max_file_bytes)"
        )


def read_text(data: bytes, source: str = "") -> Decoded:
    """Decode a text file's bytes; raise EmptyDocument, BinaryContent or EncodingError."""
    where = source or "input"
    if not data.strip():
        raise EmptyDocument(f"{where}: the file is empty or holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data[len(bom):], encoding, where), encoding, where)
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise BinaryContent(
                f"{where}: holds NUL bytes, so it is binary, not text; "
                "convert it to UTF-8 or GB18030 text first"
            )
        return _checked(_decode(data, encoding, where), encoding, where)
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text, encoding, where)
    raise EncodingError(
        f"{where}: not valid UTF-8 or GB18030 text ({_first_bad_byte(data)}); "
        "save it as UTF-8 and try again"
    )


def _decode(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise EncodingError(f"{where}: invalid {encoding} at byte {e.start}: {e.reason}") from None


def _checked(text: str, encoding: str, where: str) -> Decoded:
    if not text.strip():
        raise EmptyDocument(f"{where}: the file holds only whitespace")
    n_control = len(_CONTROL.findall(text))
    if n_control > max(1, len(text) * _MAX_CONTROL_SHARE):
        raise BinaryContent(
            f"{where}: decoded as {encoding} but {n_control} characters are control codes; "
            "this looks like a binary file, not text"
        )
    return Decoded(text=text, encoding=encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE/BE when NULs sit (almost) only at odd / even byte positions."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even == 0:
        return "utf-16-le"
    if even > 0.3 * half and odd == 0:
        return "utf-16-be"
    return None


def _first_bad_byte(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"first invalid UTF-8 byte at offset {e.start}"
    return "undecodable"
