"""Chinese numerals → numbers: ``两千三百万`` → 23000000, ``二〇一八`` → 2018, ``十二`` → 12.

The one decoder of Chinese numerals (list ordinals, announced counts, number mentions all call
:func:`zh_to_int`). A small, strict parser (no library): it accepts the positional forms
written in running text and rejects anything else (``十四五``, ``一一``, ``百``) by returning
``None``, so a caller can tell a numeral from a word that merely contains numeral characters.
``EXAMPLES`` and ``COUNTER`` are its corpus (``tests/test_rules.py`` runs them).

>>> zh_to_int("两千三百万"), zh_to_int("一百零五"), zh_to_int("十四五")
(23000000, 105, None)
"""

from __future__ import annotations

from functools import lru_cache

#: digit characters and their values (两 is 2; 〇/○ are zero in digit-by-digit years)
DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: the place values inside a section below 万
_SMALL = {"十": 10, "百": 100, "千": 1000}


def _section(s: str) -> int | None:
    """A numeral below 10000 (``三千零五``, ``十二``, ``三千五``), or None if malformed."""
    if not s:
        return None
    total = 0
    digit: int | None = None
    last_unit = 10000
    zero_seen = False
    for i, c in enumerate(s):
        if c in DIGITS:
            v = DIGITS[c]
            if v == 0:
                if digit is not None or zero_seen or i == 0 or i == len(s) - 1:
                    return None
                zero_seen = True
                continue
            if digit is not None:
                return None  # two digits in a row: 十四五, 一一
            if c == "两" and i + 1 == len(s) and total:
                return None  # 两 never ends a compound (三百两 is not 302)
            digit = v
        else:
            unit = _SMALL.get(c)
            if unit is None or unit >= last_unit:
                return None  # units must decrease: 十百, 百百
            if digit is None:
                if c != "十" or i != 0:
                    return None  # a bare unit only for a leading 十 (十二 = 12)
                digit = 1
            if zero_seen and unit * 10 == last_unit:
                return None  # 三千零百
            total += digit * unit
            last_unit = unit
            digit = None
            zero_seen = False
    if digit is not None:
        if zero_seen or last_unit in (10, 10000):
            total += digit  # 五, 二十五, 一百零五
        else:
            total += digit * (last_unit // 10)  # colloquial ellipsis: 三千五 = 3500
    return total


@lru_cache(maxsize=4096)
def zh_to_int(s: str, digitwise: bool = True) -> int | None:
    """The value of a Chinese numeral, or None when ``s`` is not one.

    Digit-by-digit strings of length ≥ 3 (``二〇一八``, ``一九九七``) read as digits, unless
    ``digitwise`` is False (an ordinal is never spelt digit by digit: ``一二三是`` is no marker).

    >>> [zh_to_int(x) for x in ("十", "十二", "一百", "三千五", "一万亿", "二〇二五", "两")]
    [10, 12, 100, 3500, 1000000000000, 2025, 2]
    >>> [zh_to_int(x) for x in ("", "一一", "百", "十四五", "万", "零")]
    [None, None, None, None, None, 0]
    >>> zh_to_int("一二三"), zh_to_int("一二三", digitwise=False)
    (123, None)
    """
    if not s:
        return None
    if s == "零" or s == "〇":
        return 0
    if len(s) >= 2 and all(c in DIGITS for c in s):
        if len(s) < 3 or "两" in s or s[0] in "零〇○" or not digitwise:
            return None  # 三五 (three or five), 两 never spells a digit
        return int("".join(str(DIGITS[c]) for c in s))
    return _big(s)


def zh_adjacent(s: str) -> tuple[int, int] | None:
    """Two adjacent digits for "this or the next" (``七八`` → (7, 8)), maybe inside a numeral
    (``三四十`` → (30, 40), ``十七八`` → (17, 18), ``两三千`` → (2000, 3000)), or None. The first
    digit is not 一 unless after 十 (``一二三产业``, ``一两`` are no such range), and ``十四五`` is
    a plan's name.

    >>> zh_adjacent("八九"), zh_adjacent("三四十"), zh_adjacent("十七八"), zh_adjacent("三五")
    ((8, 9), (30, 40), (17, 18), None)
    """
    s = s.replace("兩", "两")
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a not in DIGITS or b not in DIGITS or DIGITS[b] != DIGITS[a] + 1 or b == "两":
            continue
        if DIGITS[a] < 1 or (a == "一" and (i == 0 or s[i - 1] != "十")) or s == "十四五":
            return None
        if a == "二" and i == 0:
            a = "两"  # 二三 and 两三 are both "two or three"
        lo, hi = zh_to_int(s[:i] + a + s[i + 2:]), zh_to_int(s[:i] + b + s[i + 2:])
        return (lo, hi) if lo is not None and hi is not None and lo < hi else None
    return None


#: adjacent-digit ranges and their ends: the corpus :func:`zh_adjacent` must read
ADJACENT: dict[str, tuple[int, int]] = {
    "八九": (8, 9), "七八": (7, 8), "三四": (3, 4), "两三": (2, 3), "三四十": (30, 40),
    "十七八": (17, 18), "两三千": (2000, 3000), "三四万": (30000, 40000),
}
#: numeral strings that are no such range
NOT_ADJACENT: tuple[str, ...] = ("三五", "一二", "一两", "十四五", "八", "一二三", "九十")


#: numerals and their values: the corpus :func:`zh_to_int` must read
EXAMPLES: dict[str, int] = {
    "一": 1, "十": 10, "十二": 12, "二十": 20, "九十九": 99, "一百零五": 105, "三千五": 3500,
    "两千三百万": 23000000, "两万五": 25000, "一亿五": 150000000, "一万亿": 10**12,
    "一亿零五百万": 105000000, "二〇一八": 2018, "一九九七": 1997, "零": 0, "两": 2,
}
#: strings of numeral characters that are no numeral
COUNTER: tuple[str, ...] = ("", "一一", "十十", "三五", "百", "万", "十四五", "十百", "三百两",
                            "一万零五千", "一万五十", "三千零百")


def _big(s: str) -> int | None:
    """Sections joined by 亿 and 万 (``一万亿``, ``两千三百万``, ``一亿零五百万``)."""
    if "亿" in s:
        i = s.rfind("亿")
        hi_s, lo_s = s[:i], s[i + 1:]
        hi = _below_yi(hi_s) if "亿" not in hi_s else None
        if hi is None or hi == 0:
            return None
        lo = _rest(lo_s, 10**8)
        return None if lo is None else hi * 10**8 + lo
    return _below_yi(s)


def _below_yi(s: str) -> int | None:
    if "万" in s:
        i = s.find("万")
        hi_s, lo_s = s[:i], s[i + 1:]
        if "万" in lo_s:
            # 一万亿 is handled above; 万万 is not a numeral here
            return None
        hi = _section(hi_s)
        if hi is None or hi == 0:
            return None
        lo = _rest(lo_s, 10**4)
        return None if lo is None else hi * 10**4 + lo
    return _section(s)


def _rest(s: str, unit: int) -> int | None:
    """The part after 亿/万: empty, ``零…``, a full section, or a single ellipsis digit."""
    if s == "":
        return 0
    if s[0] in "零〇":
        if len(s) == 1:
            return None
        v = _below_yi(s[1:]) if unit == 10**8 else _section(s[1:])
        if v is None or v * 10 >= unit:
            return None  # 一万零五千 is malformed
        return v
    if len(s) == 1 and s in DIGITS:
        return DIGITS[s] * unit // 10  # 两万五 = 25000, 一亿五 = 150000000
    v = _below_yi(s) if unit == 10**8 else _section(s)
    if v is None or v * 10 < unit:
        return None  # 一万五十 needs a 零: 一万零五十
    return v
