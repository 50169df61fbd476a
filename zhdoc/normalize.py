"""Normalize: safe Unicode clean-up that keeps an offset map to the decoded input.

Only what is safe is touched: full-width ASCII letters and digits become ASCII, Kangxi
radicals and CJK compatibility ideographs become the ordinary characters (NFKC), the many
kinds of space (ideographic, no-break, thin…) become a plain space, CRLF and CR become LF,
and zero-width characters are dropped. Chinese punctuation (，。“”：；（）％ …) is kept as is.

>>> n = normalize("２０１８年\\u3000ＧＤＰ，\\r\\n⼀带")
>>> n.text
'2018年 GDP，\\n一带'
>>> n.to_raw(n.text.index("一"))
12
"""

from __future__ import annotations

import re
import unicodedata

from zhdoc.model import Normalized


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # full-width digits and Latin letters → ASCII (punctuation stays full-width)
    for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]:
        table[cp] = chr(cp - 0xFEE0)
    # Kangxi radicals, CJK radicals supplement, compatibility ideographs → unified ideographs
    for cp in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)]:
        mapped = unicodedata.normalize("NFKC", chr(cp))
        if len(mapped) == 1 and mapped != chr(cp):
            table[cp] = mapped
    # spaces of every width → one ASCII space
    for cp in [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]:
        table[cp] = " "
    table[ord("\r")] = "\n"  # a lone CR is a line end (a CR before LF is removed first)
    return table


_TABLE = _build_table()
#: any character ``_TABLE`` maps: a text has few (~11,000 in the 1.1 M characters of the bulk
#: corpus), so finding them with a regex and mapping each is ~10x faster than ``str.translate``
#: with a dict, which looks up every character in it
_MAPPED = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_TABLE)))) + "]")


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``, faster."""
    return _MAPPED.sub(lambda m: _TABLE[ord(m.group())], text)

#: zero-width characters, soft hyphen, inner BOM
_ZERO_WIDTH = r"[\u200b-\u200d\u2060\ufeff\u00ad]"
#: characters removed outright: CR of CRLF and the zero-width ones
_DELETE = re.compile(r"\r(?=\n)|" + _ZERO_WIDTH)
#: what the change counts in Normalized.changes look for
_COUNTED = {
    "fullwidth_ascii": re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"),
    "radicals_compat": re.compile(r"[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufad9]"),
    "spaces": re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"),
    "line_ends": re.compile(r"\r"),
    "zero_width": re.compile(_ZERO_WIDTH),
}


def normalize(text: str) -> Normalized:
    """Normalize ``text``; ``Normalized.to_raw`` maps an offset back into ``text``."""
    pieces: list[str] = []
    norm_pos: list[int] = []
    shift: list[int] = []
    last = 0
    deleted = 0
    for m in _DELETE.finditer(text):
        pieces.append(text[last:m.start()])
        deleted += m.end() - m.start()
        last = m.end()
        norm_pos.append(m.end() - deleted)
        shift.append(deleted)
    pieces.append(text[last:])
    joined = "".join(pieces) if norm_pos else text
    out = _translate(joined)
    changes = {k: n for k, rx in _COUNTED.items() if (n := _count(rx, text))}
    return Normalized(text=out, norm_pos=tuple(norm_pos), shift=tuple(shift), changes=changes)


def _count(rx: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in rx.finditer(text))


def normalize_chars(text: str) -> str:
    """The one-to-one part of ``normalize`` only (offsets unchanged), for PDF block text.

    >>> normalize_chars("ＧＤＰ增长５％")
    'GDP增长5％'
    """
    return _translate(text)
