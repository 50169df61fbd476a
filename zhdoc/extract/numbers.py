"""Paragraph text → number mentions with value, unit, kind, qualifiers and entity.

One precompiled regex (``NUMBER`` of :mod:`zhdoc.rules.numbers`) scans the paragraph once; each
match is read by the reader of the form it took (``FORMS``: percent, doubling, ordinal, century,
Roman grade, half, fraction, ratio, a few hundred, tenths, bare magnitude, decade, date; else a
plain number)
with a few dictionary look-ups. No segmentation, no per-character loop. The entity of each
mention comes from :mod:`zhdoc.extract.number_entities`.

Conventions (the hand-labelled sets follow them; see evaluation/truth/labels/numbers_README.md):

* ``value`` is in base units: ``3.5亿元`` → 350000000, unit ``元``; ``1361万人`` →
  13610000, unit ``人``; percentages keep their printed value (``5%`` → 5, unit ``%``).
  Ranges: ``value`` is the low end, ``high`` the high end (``3%—5%``, ``1.5万—3万年``); two
  adjacent numerals are one (``七八个`` → 7–8, ``三四个月``, ``一两个月``), approximate. A half
  after a unit of time or measure adds 0.5 (``一年半``, ``二斤半``, ``1个半小时`` → 1.5 个小时);
  ``十数`` is ``十几`` (``十数米`` → 10, approximate).
* A Chinese numeral counts only with a unit or classifier after it (``四方面``, ``两大类``,
  ``五年``, ``两样``, ``三部门``) or with 万/亿 in it; a lone ``一`` never counts (``一个``,
  ``一是``, ``统一``, ``一带一路``) except in ``第一``, ``翻一番``, ``百分之一``, ``一倍``,
  ``一个百分点``. Numeral words with no unit are no numbers: plan names ``十四五``/``“九五”``,
  list markers ``二是``/``三、``, set phrases (``四位一体``, ``十天半月``), quoted slogans that
  abbreviate words (``“三支一扶”``; ``“三天两夜”`` counts), the ordinal of an event's name
  (``第二次世界大战``); in a title of a work (``《…》``) only calendar references count (no
  ``八项`` in ``《…中央八项规定的实施细则》``, though ``中央八项规定`` counts it); ``N大`` is a congress
  name, not a count, when N > 10 (``二十大``) or after 党的/中共 (``党的八大``). Nouns used as
  classifiers after Arabic digits only (``5国``, ``22城``; ``三国``, ``两岸`` are names); so is
  ``强``, a rank (``世界500强``; ``百强`` is an award title). Numbered units of a series are
  ordinals after Arabic digits or a digit-by-digit numeral (``5旅``, ``13团``, ``一二〇师``; not
  ``“三师”`` nor the name ``一二〇师学校``), school grades and classes too (``六年级``, ``二班``).
  A count per a measure of space is a quantity (``3000个/立方厘米``).
* Magnitudes without a numeral: with 亿 in them (``千亿级``, ``千亿县``, ``超百亿``), before 级
  (``万吨级`` → ``万吨``, ``五千亿级`` → ``五千亿``), before a unit of measure (``百公里``,
  ``千米``, ``千亩``; not ``千年``, ``千家万户``), before 余/多 and a unit (``百余份``,
  ``百多年``); after 数/几/上 the magnitude, approximate (``数千年`` → 1000 年, ``几十个`` →
  10 个, ``上百亿元``).
* Kinds: percent, permille, percentage_point, multiple (倍, 翻N番 → 2**N, 翻倍, 倍增 → 2),
  share (成: ``两成五`` → 2.5 成; 分 as tenths: ``六分熟``), money (currencies, also per-unit
  rates ``美元/人``), year (a calendar year: four Arabic digits or digit-by-digit ``一九九七``;
  ``（2024—2035）``), duration (``五年``, ``八个多月``, ``13个季度``, ``前三季度``, ``6日游``),
  date (``1993年3月`` → date_iso ``1993-03``, value the year; a month or a day without its
  year has no value and no unit: ``3月`` → ``--03``, ``1—5月`` → ``--01/--05``, ``19日`` →
  ``---19``; ``3月到4月`` is two dates), decade (``20世纪90年代`` → 1990), century, ordinal
  (``第三次``, ``第一台``, ``十六届``, ``二季度``; a lone 二 before 次/级/期: ``二次销售``,
  ``二级能效``), rank (``第二大``, ``世界第一``, ``前三位``; a 第N with no classifier that is
  predicated or means primacy: ``质量第一、``, ``第一要务``, ``第一动力``), quantity (measures:
  吨, 平方米, 马力, 岁), count (classifiers, or 万/亿 with no unit), fraction (``三分之二``,
  ``1/3``), ratio (``1∶3.4`` → 3.4, ``1.9∶1`` → 1.9; of three terms: no value) and number: a
  bare Arabic number, kept only after 为/是/达/到/至/从/由 (``从6.32下降至6.08``) or, as a
  calendar year, in a title of a work (``《“健康中国2030”规划纲要》``); other bare digits are
  names or codes (``“上海2035”``, ``“1+8”``, ``12345热线``, ``3.0版``), and digits touching Latin
  letters are names too (``5G``, ``PM2.5``). ``上世纪90年代`` is 1990 (the texts are of this
  century); Roman grades are ordinals (``Ⅱ类``, ``Ⅰ级``, ``IV类``); ``2023届`` is a class named
  by its year (year, unit 届). An ordinal in a proper name is no
  number (``南京市第一医院``). A Chinese ``N级`` counts levels (``中央和省两级``,
  ``三级所有制``) unless a graded thing or bound follows (ordinal: ``二级医院``, ``二级旧里``,
  ``二级及以上``); an Arabic one is a grade. ``二、三级`` gives ``二`` the unit of ``三级``.
* Round 3: a time of day is a date with ISO 8601's time form and no value (``于9:30—16:00`` →
  ``T09:30``, ``T16:00``: the ``date_iso`` column holds it, no schema change), read so only with a
  time word before it or a range or 前/后 after it, else a ratio as before; a product
  (``7×24小时``) is one mention with no value; ``90后`` a cohort (decade 1990, unit 后); a bare
  year in quotes (``眺望“2035”``) or before 版 (``（2025版）``) a year; a bare number after the
  noun of an index or score (``发展指数89.0、``) a number; after 编号/号码/电话 a code, none.
  Nouns as classifiers: 杯, 侧, 端, 季 (not 四季), 面 before 环/临/靠/受 (``三面环山``), 通 and the
  floor 楼 after digits, and 国 (any ``ARABIC_ONLY_UNITS``) after a Chinese numeral when a list of
  names comes right before it (``美、英、法三国``). ``以百年、千年为计``: measures of time.
* Round 4: a part of the day sets the hour of a time of day (``晚上8点`` → ``T20:00``; ``8点``
  alone is a count); Arabic numbers listed before the last one's unit share it (``0.8、2.0、2.8个
  百分点``, ``1980、1981年``); ``届`` after a verb of holding counts editions (``举办4届``), a year and
  ``级`` beside a school or a student is a class (``1987级校友``: year); floors in Chinese numerals
  (``二楼``); a magnitude alone after 超/破/近 (``超千万``); no number in terms with 第二 (``第二课堂``),
  a numbered unit in an institution's name (``第二师华山中学``), the period ``五代``, the idiom
  ``从0到1``, a noun classifier in a quoted saying (``“三山夹两河”``).
* Qualifiers 约 近 超 过 不到 余 多 以上 左右 最高 最长 低于 高于 … set ``approximate`` and are part of the
  surface (a cap with a verb between, ``最高可达``, is not), so is 内 after a duration (``2年内``),
  ``近`` before a duration too (``近五年来``, ``近两年，``, ``近1万年前``; ``最近两年`` has
  none); ``过`` is a bound only before a magnitude
  (``过千亿元``; not ``办过3次``).
* ``entity``: the names of a ``分别`` paired with its values, else the subject of the clause the
  number is predicated of (see :mod:`zhdoc.extract.number_entities`).

>>> [(m.surface, m.value, m.unit, m.kind) for m in find_numbers("去年增长约5%，达3.5亿元。")]
[('约5%', 5.0, '%', 'percent'), ('3.5亿元', 350000000.0, '元', 'money')]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from zhdoc.extract.number_entities import clause_subject, respectively
from zhdoc.model import NumberMention
from zhdoc.rules import numbers as N
from zhdoc.rules.chars import CJK_CHAR, SENTENCE_ENDS
from zhdoc.rules.numerals import DIGITS, zh_adjacent, zh_to_int

_MAGNITUDE = N.MAGNITUDES
#: the place characters of a few hundred (数百万 = 百 × 万)
_PLACES = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}
_TRADITIONAL = str.maketrans("萬億兩點", "万亿两点")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_ARABIC_START = frozenset("0123456789０１２３４５６７８９")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: units a lone 一 may take (一倍, 一个百分点)
_ONE_UNITS = frozenset({"倍", "个百分点"})
#: the kinds a mention inside a title of a work (《…》) may be: calendar references
#: (《推动2025年一季度…》 → 2025年; 《中共中央政治局贯彻落实中央八项规定的实施细则》: no 八项)
_TITLE_KINDS = frozenset({"year", "date", "decade", "century"})
#: kinds of unit a half may follow (一年半, 两天半, 二斤半)
_HALF_KINDS = frozenset({"duration", "year", "quantity"})
#: units of a period that 前 counts from the start of the year (前三季度, 前两个月)
_PERIOD_UNITS = frozenset({"季度", "月", "月份", "个月", "个多月", "个季度", "天", "周"})
#: Arabic list markers: 1、 1. (1) 1）
_LIST_AFTER = frozenset("、.．)）")
_LIST_BEFORE = frozenset("(（")
_DIGITWISE = frozenset(DIGITS) - {"两"}  # the digits a year is spelt with (一九九七, 二〇一八)
#: what may stand before a bare Arabic number (no unit) that is a value: 从6.32下降至6.08
_BARE_BEFORE = frozenset("为是达到至从由")
#: a minus sign before an Arabic number (not a range dash: no digit before it)
_MINUS = frozenset("-－−")


def parse_number(s: str) -> tuple[float | None, bool]:
    """An Arabic or Chinese number as matched → (value, approximate).

    >>> parse_number("1 9 9 7"), parse_number("8 ．8"), parse_number("1,234.5")
    ((1997.0, False), (8.8, False), (1234.5, False))
    >>> parse_number("两千三百万"), parse_number("十几"), parse_number("十几万"), parse_number("十四五")
    ((23000000.0, False), (10.0, True), (100000.0, True), (None, False))
    """
    if s[0] in _ARABIC_START:
        t = s.translate(_FULLWIDTH).replace(" ", "").replace(",", "")
        try:
            return float(t), False
        except ValueError:
            return None, False
    approx = "几" in s or "数" in s
    if approx:
        s = s.replace("几", "").replace("数", "")  # 十几 → 十, 二十几万 → 二十万, 十数: its round lower bound
        if not s:
            return None, True
    s = s.translate(_TRADITIONAL)
    if "点" in s:  # 七点二 = 7.2
        whole, _, frac = s.partition("点")
        v = zh_to_int(whole)
        if v is None:
            return None, approx
        return float(f"{v}." + "".join(str(DIGITS[c]) for c in frac)), approx
    v = zh_to_int(s)
    return (None if v is None else float(v)), approx


def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Every number mention of one paragraph, in order, non-overlapping.

    >>> ms = find_numbers("美国、日本分别是我国的5.85倍和3.62倍。")
    >>> [(m.surface, m.entity) for m in ms]
    [('5.85倍', '美国'), ('3.62倍', '日本')]
    """
    out: list[_Mention] = []
    pos = 0
    n = len(text)
    search = N.NUMBER.rx.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        mention, resume = _read_match(text, m)
        if mention is not None and (mention.kind in _TITLE_KINDS or not _in_title(text, mention.start)):
            out.append(mention)  # in a title of a work only calendar references count
        pos = resume if resume > m.start() else m.start() + 1
    if not out:
        return ()
    return _finish(text, out)


def _read_match(text: str, m: re.Match) -> tuple[_Mention | None, int]:
    """One regex match → a mention (or None) and where to go on scanning: the reader of the
    form that matched (``FORMS``), else a plain number."""
    g = m.groupdict()
    for group, read in FORMS:
        if g[group]:
            return read(text, m, g)
    return _generic(text, m, g)


def _qualified(g: dict) -> bool:
    return bool(g["pre"]) or bool(g["post"])


def _percent(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """百分之十五, 百分之三至百分之五."""
    value, a = parse_number(g["pn"])
    if value is None:
        return None, m.end("pct")
    high, end = None, m.end()
    if g["pn2"]:
        high, _ = parse_number(g["pn2"])
        if high is None or high <= value:
            high, end = None, m.end("pn")  # not a range: the second number is scanned again
    return _build(text, m.start(), end, value, high, "%", "percent", _qualified(g) or a, None), end


def _doubling(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """翻一番 → 2 times, 翻两番 → 4 times, 翻倍 and 倍增 → 2 times; 翻几番: vague."""
    if not g["fn"]:
        return _build(text, m.start(), m.end(), 2.0, None, "倍", "multiple", _qualified(g), None), m.end()
    k, _ = parse_number(g["fn"]) if g["fn"] != "几" else (None, True)
    value = 2.0**k if k is not None else None
    return _build(text, m.start(), m.end(), value, None, "倍", "multiple", _qualified(g) or k is None, None), m.end()


def _ordinal(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """第三次, 第一台, 第二大 (a rank), 世界第一 and 第一动力 (ranks); not 第三方, a list marker
    第一，, nor a name (南京市第一医院)."""
    if N.ORDINAL_NOT_WORD.match(text, m.start("ord")):
        return None, m.end("ord")
    value, _ = parse_number(g["on"])
    if value is None:
        return None, m.end("ord")
    end = m.end("ord")
    after = text[end:end + 1]
    before = text[max(0, m.start("ord") - 1):m.start("ord")]
    ou = g["ou"]
    if not ou and after in "，,、：:．. " and (not before or not CJK_CHAR.match(before)):
        return None, end  # a list marker: 第一，
    if not ou and N.ORDINAL_IN_NAME.match(text, end):
        return None, end  # 第一医院, 第二人民医院: a name
    if ou in N.DESIGNATION_UNITS and N.DESIGNATION_IN_NAME.match(text, end):
        return None, end  # 兵团第二师华山中学: a school's full name
    if N.ORDINAL_EVENT.match(text, end):
        return None, end  # 第二次世界大战: an event's name
    scope = N.RANK_SCOPE.search(text, max(0, m.start("ord") - 2), m.start("ord"))
    if ou in ("大", "位", "名") or (not ou and (scope or N.RANK_AFTER.match(text, end))):
        unit, kind = None, "rank"
    else:
        unit, kind = ou, "ordinal"
    start = m.start("pre") if g["pre"] else m.start("ord")
    return _build(text, start, end, value, None, unit, kind, bool(g["pre"]), None), end


def _century(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """20世纪 (a century), 20世纪90年代 (a decade: 1990), 上世纪90年代 (the texts are of this
    century: 1990; 上世纪 alone is no number)."""
    if g["cup"]:
        if not g["cdn"]:
            return None, m.end("cent")
        c = 20.0
    else:
        c, _ = parse_number(g["cn"])
    if c is None or c != int(c) or not 1 <= c <= 30:
        return None, m.end("cn")
    if g["cdn"]:
        d, _ = parse_number(g["cdn"])
        if d is None:
            return None, m.end("cn" if g["cn"] else "cent")
        value, unit, kind = (c - 1) * 100 + d, "年代", "decade"
    else:
        value, unit, kind = c, "世纪", "century"
    return _build(text, m.start(), m.end(), value, None, unit, kind, _qualified(g), None), m.end()


def _roman(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """Ⅱ类, Ⅲ类, Ⅰ级, IV类: a grade or class, an ordinal."""
    value = N.ROMAN_VALUES[g["rn"]]
    return _build(text, m.start(), m.end(), value, None, g["ru"], "ordinal", _qualified(g), None), m.end()


def _half(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """一半 → 0.5."""
    return _build(text, m.start(), m.end(), 0.5, None, None, "fraction", _qualified(g), None), m.end()


def _fraction(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """三分之二 → 0.667, 1/3 → 0.333 (a numerator below its denominator: 24/7 is none)."""
    den_s, num_s = (g["fd"], g["fn2"]) if g["frac"] else (g["sd"], g["sn"])
    den, _ = parse_number(den_s)
    num, _ = parse_number(num_s)
    if not den or num is None or (g["slash"] and num >= den):
        return None, m.end("frac" if g["frac"] else "slash")
    return _build(text, m.start(), m.end(), num / den, None, None, "fraction", _qualified(g), None), m.end()


def _ratio(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """1∶3.4 → 3.4 and 1.9∶1 → 1.9 (the term that is not 1; a∶b otherwise b/a); a ratio of
    three terms or more (12.7∶50.5∶36.8) has no one value."""
    a, _ = parse_number(g["ra"])
    b, _ = parse_number(g["rb"])
    if not a or b is None:
        return None, m.end("ratio")
    value = None if g["rc"] else a if b == 1 else b / a
    return _build(text, m.start(), m.end(), value, None, None, "ratio", _qualified(g), None), m.end()


def _time_of_day(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """9:30 (a time of day: kind date, no value, date_iso T09:30) where a time word is before it
    or a range or 前/后 after it (于9:30—16:00: two times); else a ratio as printed (1:10)."""
    start, end = m.start("tod"), m.end("tod")
    hh, mm = int(g["hh"]), int(g["mm"])
    if (N.TIME_OF_DAY_CUE.search(text, max(0, start - 2), start)
            or N.TIME_OF_DAY_AFTER.match(text, end)) and hh * 60 + mm <= 24 * 60:
        return _build(text, start, end, None, None, None, "date", False, None, iso=f"T{hh:02d}:{mm:02d}"), end
    if not hh:
        return None, end
    value = float(hh) if mm == 1 else mm / hh
    return _build(text, start, end, value, None, None, "ratio", _qualified(g), None), end


def _day_time(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """晚上8点 → T20:00, 下午3点半 → T15:30, 上午9时30分 → T09:30: a time of day whose part of the day
    is in the surface and sets the hour (kind date, no value)."""
    hour, _ = parse_number(g["dh"])
    minute = 30.0 if g["dhalf"] else parse_number(g["dmin"])[0] if g["dmin"] else 0.0
    if hour is None or minute is None or not 0 <= hour <= 12 or not 0 <= minute < 60:
        return None, m.end("dp")
    first, last = N.DAY_PERIOD_PM[g["dp"]]
    if first <= hour <= last:
        hour += 12
    end = m.end("dtod")
    return _build(text, m.start("dtod"), end, None, None, None, "date", False, None,
                  iso=f"T{int(hour):02d}:{int(minute):02d}"), end


def _product(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """7×24小时 (round the clock), 3×3米: one mention with the unit, no one value (as a ratio of
    three terms)."""
    base, unit, kind = _unit(g["pu"])
    kind = "duration" if kind in ("year", "date") else kind
    return _build(text, m.start(), m.end(), None, None, unit, kind, _qualified(g), None), m.end()


def _cohort(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """90后, 00后: a birth cohort named by its decade (1990, 2000), unit 后."""
    d = int(g["cd"])
    value = (1900 if d >= 30 else 2000) + d
    return _build(text, m.start("coh"), m.end("coh"), value, None, "后", "decade", False, None), m.end("coh")


def _few(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """数千年, 几十个, 数百万株, 上百亿元: the magnitude, approximate; it needs a unit unless 万 or
    亿 is in it (数十万)."""
    fm, fu = g["fm"], g["fu"]
    if not fu and not ("万" in fm or "亿" in fm):
        return None, m.end("fm")
    value = 1.0
    for c in fm:
        value *= _PLACES[c]
    end = m.end()
    if fu:
        base, unit, kind = _unit(fu)
        kind = _refine_kind(text, kind, base, value, fm, False, fm, "", end, m.start("fm"))
        value, _, unit, kind, iso = _calendar(text, kind, base, value, None, unit, fm, end)
    else:
        unit, kind = None, "count"
    return _build(text, m.start(), end, value, None, unit, kind, True, None), end


def _tenths(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """六分熟: tenths of ripeness (or fullness: 七分饱), a share with unit 分."""
    value, _ = parse_number(g["tn"])
    return _build(text, m.start(), m.end(), value, None, "分", "share", _qualified(g), None), m.end()


def _bare_magnitude(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """A magnitude without a numeral: 超百亿, 千亿级, 万吨级, 千亩示范片, 百公里, 百余份, 百多年."""
    bu = g["bu"] if g["bu"] not in N.ARABIC_ONLY_UNITS else None  # 千亿县: a county, not a count
    mag = g["bm"]
    value = _MAGNITUDE[mag]
    if not bu and mag in ("百", "千", "万"):
        return None, m.end("bm")  # 百余县: 县 counts after digits only
    end = m.end("bu") if bu else m.end("bm")
    if bu:
        base, unit, kind = _unit(bu)
        kind = _refine_kind(text, kind, base, value, mag, False, mag, "", end, m.start("bm"))
    else:
        unit, kind = None, "count"
    post = N.POST_QUALIFIER.match(text, end)
    if post:
        end = post.end()
    return _build(text, m.start(), end, value, None, unit, kind,
                  _qualified(g) or bool(post) or bool(g["bmid"] and bu), None), end


def _decade(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """90年代."""
    value, _ = parse_number(g["dn"])
    if value is None:
        return None, m.end("dn")
    return _build(text, m.start(), m.end(), value, None, "年代", "decade", _qualified(g), None), m.end()


def _date(text: str, m: re.Match, g: dict) -> tuple[_Mention | None, int]:
    """1993年3月 (date_iso 1993-03), 2024年3月5日, 3月5日 (--03-05); else a plain number again."""
    y = parse_number(g["y"])[0] if g["y"] else None
    mo = parse_number(g["m"] or g["m2"])[0]
    d_s = g["d"] or g["d2"]
    d = parse_number(d_s)[0] if d_s else None
    ok = (mo is not None and mo == int(mo) and 1 <= mo <= 12
          and (d_s is None or (d is not None and d == int(d) and 1 <= d <= 31))
          and (g["md"] or (y is not None and y == int(y))))
    if not ok:
        # not a date: scan again from the first number as an ordinary number
        return _generic_only(text, m.start("y") if g["y"] else m.start("m2"))
    if y is not None:
        iso = f"{int(y):04d}-{int(mo):02d}" + (f"-{int(d):02d}" if d is not None else "")
    else:
        iso = f"--{int(mo):02d}-{int(d):02d}"
    return _build(text, m.start(), m.end(), y, None, None, "date", _qualified(g), None, iso=iso), m.end()


def _generic_only(text: str, pos: int) -> tuple[_Mention | None, int]:
    """Re-match at ``pos`` with only the number+unit alternative in play."""
    m = N.NUMBER_PLAIN.match(text, pos)
    if m is None:
        return None, pos + 1
    return _generic(text, m)


def _generic(text: str, m: re.Match, g: dict | None = None) -> tuple[_Mention | None, int]:
    """A number with magnitude, unit, qualifiers, maybe a range."""
    if g is None:
        g = m.groupdict()
    s1 = g["n1"]
    n1_start, n1_end = m.start("n1"), m.end("n1")
    arabic = s1[0] in _ARABIC_START
    value, vague = parse_number(s1)  # vague: 十几
    high = None
    if value is None and not arabic and (pair := zh_adjacent(s1)):
        (value, high), vague = pair, True  # 七八个, 三四个月: this or the next
    if value is None:
        return None, n1_end
    if n1_start and (idiom := N.FROM_ZERO_TO_ONE.match(text, n1_start - 1)):
        return None, idiom.end()  # “从0到1”, “从1到N”: an idiom of innovation
    if not arabic and N.NOT_NUMBER_WORD.match(text, n1_start):
        return None, n1_end  # 十分, 三次产业
    if not arabic and (idiom := N.VAGUE_DURATION.match(text, n1_start)):
        return None, idiom.end()  # 十天半月
    if not arabic and _abbreviation(text, n1_start):
        return None, n1_end  # “三支一扶”: a slogan
    if arabic and ((n1_start and text[n1_start - 1] in _ASCII_LETTERS)
                   or (n1_end < len(text) and text[n1_end] in _ASCII_LETTERS)):
        return None, n1_end  # 5G, PM2.5, G20
    mag, u1 = g["mag1"], g["u1"]
    end = _last_end(m, "n1", "mid0", "mag1", "mid1", "mag1b", "u1", "tenth")
    if g["mag1b"]:
        mag = "万亿"  # 4万多亿元: more than 4 万亿
    if u1 == "级" and not g["sep"] and (mag or s1[-1] in "万亿萬億"):
        u1, end = None, m.start("u1")  # 五千亿级, 5000亿级: a scale class, 级 is no unit
    listed = (not arabic and not mag and u1 in N.ARABIC_ONLY_UNITS
              and N.ENUMERATED_BEFORE.search(text, max(0, n1_start - 30), n1_start))  # 美、英、法三国
    if u1 in N.ARABIC_ONLY_UNITS and (not arabic or mag or _is_year(value)) and not listed:
        u1, end = None, _last_end(m, "n1", "mid0", "mag1", "mid1", "mag1b")  # 三国, 超50万县, 2025国考
    floor = u1 == "楼" and not (arabic or mag or "两" in s1)  # 二楼、三楼: floors (两楼: two buildings)
    if u1 in N.DESIGNATION_UNITS and (mag or not (arabic or _digitwise(s1) or floor)
                                      or N.DESIGNATION_IN_NAME.match(text, end)):
        return None, end  # “三师”: no division; 一二〇师学校: a name
    if (not arabic and u1 in N.NOUN_UNITS
            and N.QUOTE_OPEN_IN_CLAUSE.search(text, max(0, n1_start - 9), n1_start)):
        return None, end  # “三山夹两河”: a noun of a quoted saying, no classifier
    if g["tenth"] and u1:
        value += DIGITS[g["tenth"]] / 10  # 两成五
    # a half after a unit of time or measure (一年半, 二斤半), not after a calendar year
    half = bool(g["uhalf"] and u1 and not g["sep"] and N.NUMBER_UNITS[_unit(u1)[0]][1] in _HALF_KINDS
                and not (arabic and _is_year(value)))
    if half:
        end = m.end("uhalf")
    mids = bool(g["mid1"]) or bool(g["mid0"])
    rng = _range(m, g, value, mag, u1, arabic) if g["sep"] and high is None else None
    if rng is not None:
        value, high, mag, u1, vague2, end = rng
        vague = vague or vague2
        mids = mids or bool(g["mid2"]) or bool(g["mid20"])
    elif mag:
        value *= _MAGNITUDE[mag]
        high = None if high is None else high * _MAGNITUDE[mag]
    half = half or bool(u1 and "半" in u1)  # 1个半小时
    if half and high is None:
        value += 0.5
    post = N.POST_QUALIFIER.match(text, end)
    if post:
        end = post.end()
    pre = g.get("pre")
    start = m.start("pre") if pre else n1_start
    if u1:
        base, unit, kind = _unit(u1)
    else:
        base, unit, kind = None, None, ("count" if mag or not arabic else "number")
    before = text[n1_start - 1] if n1_start else ""
    negative = (arabic and before in _MINUS and not pre
                and (n1_start < 2 or not text[n1_start - 2].isdigit()))  # -12.5%, not 2025-01
    if not arabic:
        # a Chinese numeral needs a unit, or 万/亿 in it; a lone 一 hardly ever counts
        if not u1 and not any(c in s1 for c in "万亿萬億"):
            return _elided(text, n1_start, n1_end, value), n1_end
        if s1 == "一" and (unit not in _ONE_UNITS or N.ONE_DETERMINER.search(text, max(0, n1_start - 2), n1_start)) and not half:
            return None, n1_end  # 一个, 一年, 任何一个百分点; but 一年半, 一个半小时, 提高一个百分点
        if base == "大" and (value > 10 or N.CONGRESS.search(text, max(0, n1_start - 3), n1_start)):
            return None, end  # 二十大, 党的八大: a congress name
    elif not u1 and not mag and high is None:
        after = text[n1_end] if n1_end < len(text) else ""
        year = N.BARE_YEAR.match(text, n1_start)
        year = year is not None and year.end() == n1_end
        if N.CODE_BEFORE.search(text, max(0, n1_start - 4), n1_start):
            return None, n1_end  # 编号是1314: a label
        in_list = n1_start and (CJK_CHAR.match(before) or (before in "、和与及" and n1_start > 1
                                                          and text[n1_start - 2] in _ARABIC_START))
        shared = N.SHARED_UNIT_LIST.match(text, n1_end) if in_list and not pre else None
        if shared:
            return _shared_unit(text, n1_start, n1_end, value, shared), n1_end
        if year and N.YEAR_EDITION.match(text, n1_end):
            kind, unit, end = "year", "版", n1_end + 1  # 《…（2025版）》: an edition named by its year
        elif (N.SCORE_BEFORE.search(text, max(0, n1_start - 2), n1_start) and not pre
              and not re.match(r"[、，,和与及][0-9０-９]", text[n1_end:n1_end + 2])):
            pass  # 发展指数89.0、: a score
        elif after in _LIST_AFTER or before in _LIST_BEFORE:
            return None, n1_end  # list marker 1、 (1)
        elif year and (_in_title(text, n1_start) or (N.QUOTE_AROUND.search(text, max(0, n1_start - 1), n1_start)
                                                     and N.QUOTE_CLOSE.match(text, n1_end))):
            kind = "year"  # 《“健康中国2030”规划纲要》, 眺望“2035”: a calendar year
        elif before not in _BARE_BEFORE and not pre and not negative:
            return None, n1_end  # a name or code: “上海2035”, “1+8”, 12345热线, 3.0版
    if negative:
        start, value = n1_start - 1, -value
    kind = _refine_kind(text, kind, base, value, s1, arabic, mag, before, end, n1_start)
    if kind == "rank":
        unit = None
    if kind == "number" and high is not None and arabic and _is_year(value) and _is_year(high):
        kind = "year"  # 规划（2024—2035）: a range of years printed without 年
    if not pre and base in _PERIOD_UNITS and N.FIRST_PERIOD.search(text, max(0, n1_start - 1), n1_start):
        start, kind = n1_start - 1, "duration"  # 前三季度, 前两个月: from the start of the year
    value, high, unit, kind, iso = _calendar(text, kind, base, value, high, unit, s1, end)
    if kind == "duration" and not post and N.WITHIN.match(text, end):
        end, post = end + 1, True  # 2年内: within, a bound like 以内
    approx = vague or mids or bool(post) or bool(pre) or bool(base and "多" in base)
    return _build(text, start, end, value, high, unit, kind, approx, None, iso=iso), end


def _is_year(v: float) -> bool:
    return v == int(v) and 1000 <= v <= 2200


def _abbreviation(text: str, pos: int) -> bool:
    """Whether the numeral at ``pos`` is one of a quoted slogan's two (“三支一扶”) whose
    characters are not both units (“三天两夜” counts)."""
    q = N.QUOTED_ABBREVIATION.search(text, max(0, pos - 3), pos + 5)
    return bool(q and pos in (q.start("a"), q.start("b"))
                and not (q.group("x") in N.NUMBER_UNITS and q.group("y") in N.NUMBER_UNITS))


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside the title of a work (《…》)."""
    return bool(N.TITLE_OPEN.search(text, max(0, pos - 81), pos) and N.TITLE_CLOSE.match(text, pos))


def _digitwise(s1: str) -> bool:
    """A Chinese numeral spelt digit by digit (一九九七, 一二〇): a year or a designation."""
    return len(s1) >= 3 and all(c in _DIGITWISE for c in s1)


def _calendar(text: str, kind: str, base: str | None, value: float | None, high: float | None,
              unit: str | None, s1: str, end: int):
    """A month or a day of the month as a date (3月 → --03, 1—5月 → --01/--05, 19日 → ---19:
    no value, no unit); so many months or days otherwise (两月, 13月, 6日游): a duration.
    → (value, high, unit, kind, date_iso)."""
    if kind != "date":
        return value, high, unit, kind, None
    ends = [v for v in (value, high) if v is not None]
    whole = all(v == int(v) for v in ends)
    if base in ("月", "月份"):
        if whole and all(1 <= v <= 12 for v in ends) and "两" not in s1:
            iso = "/".join(f"--{int(v):02d}" for v in ends)
            return None, None, None, "date", iso
        return value, high, "月", "duration", None
    if whole and all(1 <= v <= 31 for v in ends) and not N.DAY_DURATION.match(text, end):
        return None, None, None, "date", "/".join(f"---{int(v):02d}" for v in ends)
    return value, high, unit, "duration", None


def _shared_unit(text: str, start: int, end: int, value: float, shared: re.Match) -> _Mention:
    """A bare Arabic number listed before a last one with its unit and magnitude takes them
    (平均水平0.8、2.0、2.8个百分点: 0.8 个百分点; 3、5万元: 30000 元; 3、4月: --03)."""
    base, unit, kind = _unit(shared.group("u"))
    if shared.group("mag"):
        value *= _MAGNITUDE[shared.group("mag")]
    s1 = text[start:end]
    kind = _refine_kind(text, kind, base, value, s1, True, shared.group("mag"), text[start - 1], end, start)
    value, _, unit, kind, iso = _calendar(text, kind, base, value, None, unit, s1, end)
    return _build(text, start, end, value, None, unit, kind, False, None, iso=iso)


def _elided(text: str, start: int, end: int, value: float) -> _Mention | None:
    """The unitless first numeral of an elided range, ``二`` of ``二、三级医院``: it takes the
    second one's unit. Not at a clause start, where ``二、`` is a list marker."""
    nxt = N.ELIDED.match(text, end)
    if (nxt is None or value == 1 or not start or not CJK_CHAR.match(text[start - 1])
            or parse_number(nxt.group("n"))[0] != value + 1):
        return None
    base, unit, kind = _unit(nxt.group("u"))
    s1 = text[start:end]
    kind = _refine_kind(text, kind, base, value, s1, False, None, text[start - 1], nxt.end(), start)
    value, _, unit, kind, iso = _calendar(text, kind, base, value, None, unit, s1, nxt.end())
    return _build(text, start, end, value, None, unit, kind, False, None, iso=iso)


def _range(m: re.Match, g: dict, value: float, mag: str | None, u1: str | None, arabic: bool):
    """The second end of a range, or None: (low, high, magnitude, unit, vague, end). Two months
    each with its 月 are two dates (3月到4月), as a date has no high end."""
    v2, vague2 = parse_number(g["n2"])
    mag2, u2 = g["mag2"], g["u2"]
    if (v2 is None or (u1 and u2 and u1 != u2) or (mag and mag2 and mag != mag2)
            or (g["n2"][0] in _ARABIC_START) != arabic
            or not (u1 or u2 or mag or mag2) and g["sep"] in "-－–"
            or u1 and u2 and N.NUMBER_UNITS.get(u1, ("", ""))[1] == "date"):
        return None  # 2025-01 is no range
    scale = _MAGNITUDE[mag or mag2] if (mag or mag2) else 1.0
    low, high = value * scale, v2 * scale
    if high <= low:
        return None  # 5%—3%: two numbers
    end = _last_end(m, "n2", "mid20", "mag2", "mid2", "u2")
    return low, high, mag or mag2, u1 or u2, vague2, end


def _refine_kind(text: str, kind: str, base: str | None, value: float, s1: str, arabic: bool,
                 mag: str | None, before: str, end: int, start: int = 0) -> str:
    """Kinds that depend on context: 年 (year or duration), 二次会议, 二级能效, 前三位, 劣五类, N级."""
    if base == "级":
        # 二级医院, 三级旧里, 8级: a grade; 中央和省两级, 三级所有制: so many levels
        if not arabic and N.LEVELS_BEFORE.search(text, max(0, start - 10), start):
            return "count"
        if arabic and N.COHORT_YEAR.match(text, start) and (
                N.COHORT_SCHOOL_BEFORE.search(text, max(0, start - 6), start)
                or N.COHORT_STUDENT_AFTER.match(text, end)):
            return "year"  # 重庆师范大学2010级本科生: a class named by the year it entered
        if arabic or N.LEVEL_GRADED.match(text, end) or N.SECOND_ORDINAL.match(text, start):
            return "ordinal"
        return "count"
    if base == "次" and (N.ORDINAL_SESSION.match(text, end) or N.SECOND_ORDINAL.match(text, start)):
        return "ordinal"  # 二次会议: the second session; 二次销售: a second sale
    if base in ("位", "名") and before == "前":
        return "rank"  # 前三位
    if base == "类" and before == "劣":
        return "ordinal"  # 劣五类: worse than class V
    if base == "届" and arabic and N.COHORT_YEAR.match(text, start):
        return "year"  # 2023届毕业生: a class named by its year
    if base == "届" and ("两" in s1 or N.EDITIONS_HELD.search(text, max(0, start - 3), start)) \
            and not N.SESSION_BODY.match(text, end):
        return "count"  # 举办4届论坛, 连续两届: editions held
    if kind == "year":
        four_digits = arabic and not mag and value == int(value) and 1000 <= value <= 2200
        return "year" if (four_digits or (not arabic and _digitwise(s1))) else "duration"
    return kind


def _unit(printed: str) -> tuple[str, str, str]:
    """A unit as matched → (its table entry, normalized unit, kind): 美元/人 → 美元, 美元/人, money;
    a count per a measure is a quantity (3000个/立方厘米)."""
    base = printed if printed in N.NUMBER_UNITS else printed.split("/", 1)[0]
    norm, kind = N.NUMBER_UNITS[base]
    if kind == "count" and base != printed:
        kind = "quantity"
    return base, norm + printed[len(base):], kind


def _last_end(m: re.Match, *groups: str) -> int:
    """End of the last of ``groups`` that took part in the match."""
    for name in reversed(groups):
        if m.group(name):
            return m.end(name)
    return m.end(groups[0])


#: the forms a mention takes, each a named group of ``NUMBER`` and its reader, in the order the
#: pattern tries them; a match of none of them is a plain number (``_generic``)
FORMS = (
    ("pct", _percent), ("fan", _doubling), ("ord", _ordinal), ("cent", _century), ("roman", _roman),
    ("half", _half),
    ("frac", _fraction), ("slash", _fraction), ("dtod", _day_time), ("tod", _time_of_day), ("ratio", _ratio),
    ("prod", _product), ("coh", _cohort), ("few", _few), ("tenths", _tenths),
    ("bare", _bare_magnitude), ("dec", _decade), ("ymd", _date), ("md", _date),
)


class _Mention:
    """A mention before its sentence and entity are known (cheaper than a dataclass copy)."""

    __slots__ = ("start", "end", "value", "high", "unit", "kind", "approx", "direction", "iso")

    def __init__(self, start, end, value, high, unit, kind, approx, direction, iso):
        self.start, self.end, self.value, self.high = start, end, value, high
        self.unit, self.kind, self.approx, self.direction, self.iso = unit, kind, approx, direction, iso


def _build(text: str, start: int, end: int, value, high, unit, kind, approx, entity,
           iso: str | None = None) -> _Mention:
    direction = None
    d = N.DIRECTION.search(text, max(0, start - 6), start)
    if d:
        direction = "increase" if d.group("inc") else "decrease"
    return _Mention(start, end, None if value is None else float(value),
                  None if high is None else float(high), unit, kind, approx, direction, iso)


def _finish(text: str, drafts: list[_Mention]) -> tuple[NumberMention, ...]:
    """Fill sentence and entity (分别 pairs first, then clause subjects) and freeze."""
    ends = [e.end() for e in SENTENCE_ENDS.finditer(text)]
    entities = respectively(text, drafts)
    out = []
    for i, d in enumerate(drafts):
        k = bisect_right(ends, d.start)
        s0 = ends[k - 1] if k else 0
        s1 = ends[k] if k < len(ends) else len(text)
        out.append(NumberMention(
            surface=text[d.start:d.end], start=d.start, end=d.end, value=d.value, unit=d.unit,
            kind=d.kind, high=d.high, approximate=d.approx, direction=d.direction,
            entity=entities.get(i) or clause_subject(text, d, drafts[i - 1] if i else None),
            sentence=text[s0:s1].strip(), date_iso=d.iso,
        ))
    return tuple(out)
