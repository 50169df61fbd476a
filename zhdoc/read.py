"""Read: bytes → text, detecting the encoding, with a confidence; garbage is refused.

Supported: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without a BOM,
and GB18030 (a superset of GBK and GB2312). The evidence, in order:

1. a BOM (confidence 1.0);
2. valid UTF-8 (confidence 1.0: random bytes are almost never valid UTF-8);
3. UTF-16 without a BOM: NULs at alternate bytes (ASCII in UTF-16), or, for text without
   ASCII, charset-normalizer's verdict;
4. GB18030, when the bytes decode and the text is likely Chinese: the confidence is the share
   of its non-ASCII characters that are in GB2312 (the common simplified set). Big5 or
   Shift-JIS decoded as GB18030 gives rare characters and private-use code points, so a
   share under ``MIN_GB_LIKELY`` is refused, naming what charset-normalizer takes it for.

Whatever the encoding, text with more than ``MAX_GARBAGE_SHARE`` private-use, unassigned or
surrogate code points, or more than ``MAX_CONTROL_SHARE`` control characters (NUL included:
a few stray ones are tolerated), is refused as binary or garbage.

>>> d = read_text("一带一路".encode("gb18030"))
>>> d.encoding, d.confidence
('gb18030', 1.0)
>>> read_text(b"\\xef\\xbb\\xbf\\xe4\\xb8\\x80").text
'一'
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from zhdoc.errors import (
    BinaryContent, EmptyDocument, EncodingError, TooLarge, UnsupportedFormat, ZhdocError,
)
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
MAX_CONTROL_SHARE = 0.001
#: private-use and surrogate code points: what wrong decodings produce
_GARBAGE = re.compile(r"[\ue000-\uf8ff\ud800-\udfff\U000f0000-\U0010ffff]")
#: share of private-use, surrogate or unassigned code points above which text is garbage
MAX_GARBAGE_SHARE = 0.01
#: share of a GB18030 text's non-ASCII characters that must be in GB2312
MIN_GB_LIKELY = 0.9
#: characters looked at for the shares of unassigned and GB2312 characters
_SAMPLE = 200_000
#: what charset-normalizer may call text zhdoc reads as GB18030 or UTF-16
_GB_NAMES = {"gb18030", "gbk", "gb2312", "cp936", "hz"}
_UTF16_NAMES = {"utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}


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
            return _checked(_decode(data[len(bom):], encoding, where), encoding, 1.0, where)
    n_nul = data.count(b"\x00")
    if n_nul:  # UTF-16 without a BOM: Chinese text has NULs wherever it has ASCII
        found = _utf16_without_bom(data, where)
        if found is not None:
            return found
        if n_nul > max(1, len(data) * MAX_CONTROL_SHARE):
            raise BinaryContent(
                f"{where}: holds {n_nul} NUL bytes, so it is binary, not text; "
                "convert it to UTF-8 or GB18030 text first"
            )
    try:
        return _checked(data.decode("utf-8"), "utf-8", 1.0, where)
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess in _UTF16_NAMES and (found := _utf16_without_bom(data, where)) is not None:
        return found
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise EncodingError(
            f"{where}: not valid UTF-8 or GB18030 text ({_first_bad_byte(data)})"
            f"{_looks_like(guess)}; save it as UTF-8 and try again"
        ) from None
    likely = _likely_share(text)
    if likely < MIN_GB_LIKELY and guess not in _GB_NAMES:
        raise EncodingError(
            f"{where}: decodes as GB18030 only to unlikely characters ({likely:.0%} of its "
            f"non-ASCII characters are common Chinese){_looks_like(guess)}; zhdoc reads UTF-8, "
            "GB18030 and UTF-16: convert it to UTF-8 and try again"
        )
    return _checked(text, "gb18030", round(likely, 4), where)


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess (a sample of the bytes), or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None


def _looks_like(guess: str | None) -> str:
    return f"; it looks like {guess.replace('_', '-')}" if guess and guess not in _GB_NAMES else ""


@lru_cache(maxsize=1)
def _gb2312() -> frozenset[str]:
    """Every character GB2312 encodes (7,445: the common simplified set and punctuation)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _likely_share(text: str) -> float:
    """Share of the non-ASCII characters (a sample) that are in GB2312, full-width forms,
    general or CJK punctuation; 1.0 for ASCII-only text."""
    sample = text[:_SAMPLE]
    common = _gb2312()
    wide = [c for c in sample if c > "\x7f" and not c.isspace()]
    if not wide:
        return 1.0
    return sum(c in common or "\uff01" <= c <= "\uff5e" or "\u2000" <= c <= "\u206f"
               or "\u3000" <= c <= "\u303f" for c in wide) / len(wide)


def _decode(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise EncodingError(f"{where}: invalid {encoding} at byte {e.start}: {e.reason}") from None


def _checked(text: str, encoding: str, confidence: float, where: str) -> Decoded:
    if not text.strip():
        raise EmptyDocument(f"{where}: the file holds only whitespace")
    n_control = len(_CONTROL.findall(text))
    if n_control > max(1, len(text) * MAX_CONTROL_SHARE):
        raise BinaryContent(
            f"{where}: decoded as {encoding} but {n_control} characters are control codes; "
            "this looks like a binary file, not text"
        )
    sample = text[:_SAMPLE]
    # unassigned code points in the sample: each distinct character looked up once (a text has
    # a few thousand), counted only if it is one
    n_bad = len(_GARBAGE.findall(text)) + sum(
        sample.count(c) for c in set(sample)
        if c > "\u00ff" and unicodedata.category(c) == "Cn") * (len(text) / len(sample))
    if n_bad > max(2, len(text) * MAX_GARBAGE_SHARE):
        raise EncodingError(
            f"{where}: decoded as {encoding} but {n_bad:.0f} characters are private-use or "
            "unassigned code points: the encoding is wrong or the file is not text; "
            "convert it to UTF-8 and try again"
        )
    return Decoded(text=text, encoding=encoding, confidence=confidence)


def _utf16_without_bom(data: bytes, where: str) -> Decoded | None:
    """UTF-16 LE or BE, whichever decodes to likely Chinese text (confidence: the share of
    likely characters), or None."""
    if len(data) % 2:
        return None
    best = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        likely = _likely_share(text)
        if likely >= MIN_GB_LIKELY and (best is None or likely > best[0]):
            best = (likely, encoding, text)
    if best is None:
        return None
    try:
        return _checked(best[2], best[1], round(best[0], 4), where)
    except ZhdocError:
        return None


def _first_bad_byte(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"first invalid UTF-8 byte at offset {e.start}"
    return "undecodable"
