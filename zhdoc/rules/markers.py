"""The marker grammar: list markers (一是, 第一，, （一）, 1., ①, 首先 …), heading numbering (第一章,
一、, 1.1) and announced counts (六大举措). One grammar for every step: dump repair asks whether
a line opens with a marker (:func:`marker_at_start`), segmentation which numbering a heading
has (:func:`numbering_of`) and how many items a text holds (:func:`highest_ordinal`), and the
list extractor finds every marker of a paragraph (:func:`markers_in`).

``MARKERS`` is one row per list style (its name is the ``style`` column of the lists table):
the bare marker, without the left boundary (:data:`LEFT`) every marker inside text needs.

>>> [(m.style, m.ordinal, m.text) for m in markers_in("需做好三件事：一是稳增长；二是促改革。")]
[('shi', 1, '一是'), ('shi', 2, '二是')]
>>> marker_at_start("（二）推进改革").style, numbering_of("第一章 总则"), announced_count("加快实施六大举措")
('paren_cn', 'chapter', 6)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from zhdoc.rules.chars import CJK, CLOSERS, SENT_PUNCT
from zhdoc.rules.numerals import zh_to_int
from zhdoc.rules.rule import Rule

#: a Chinese ordinal numeral from 一 to 九十九 (两 is a count, never an ordinal)
ZH = "[一二三四五六七八九十]{1,3}"
#: a chapter's numeral: Chinese (with 百, 零) or Arabic
ZH_CHAPTER = r"[一二三四五六七八九十百零〇\d]{1,4}"
#: the left boundary of a marker inside text: text start, whitespace, a clause-ending mark, or a
#: closing quote or bracket right after a sentence end (so 统一是, 世界第一， and 第三方 never match)
LEFT = rf"(?:^|(?<=[\s。！？；;：:，,!?])|(?<=[。！？；][{CLOSERS}]))"
#: the ordinal of 最后 (whatever comes next in its chain)
LAST = 0

# List markers, one row per style ---------------------------------------------------------
SHI = Rule("shi", f"(?P<n>{ZH})是", "一是 二是 …", examples=("一是稳增长", "十二是"), counter=("是一",))
YAO = Rule("yao", f"(?P<n>{ZH})要(?![求素件点闻害紧么])", "一要 二要 … (一要大力增加投入；二要…)",
           examples=("一要大力增加投入",), counter=("一要素", "一要求"))
DI = Rule("di", f"第(?P<n>{ZH})[，,、：:]", "第一， 第二、 第三：",
          examples=("第一，进一步", "第二：", "第十二、"), counter=("第一大", "第三方", "第一次"))
SHOUXIAN = Rule("shouxian", "(?:(?P<w>首先|其次|再次)[，,：:]?|(?P<last>最后)[，,：:])",
                "首先 其次 再次 最后， (最后 only with a comma or colon after it)",
                examples=("首先，", "其次要", "最后："), counter=("最后一公里",))
FANGMIAN = Rule("fangmian", "(?P<w>另一方面|一方面)[，,]?", "一方面 … 另一方面",
                examples=("一方面，", "另一方面要"), counter=("方面",))
PAREN_CN = Rule("paren_cn", f"[（(](?P<n>{ZH})[）)]", "（一） (一)",
                examples=("（一）加快发展", "(十二)"), counter=("（1）", "（一是）"))
DUN_CN = Rule("dun_cn", f"(?P<n>{ZH})(?:、(?![一二三四五六七八九十])|．)", "一、 二、 一． (not 一、二线城市)",
              examples=("一、总体要求", "三．主要任务"), counter=("一、二线城市", "一是"))
DOT_NUM = Rule("dot_num", r"(?P<n>\d{1,2})[.．](?![.．%％])",
               "1. 2． (a digit may follow only where it is no decimal number: see DECIMAL_AFTER)",
               examples=("1.加强", "12．"), counter=("1..", "1.%"))
DUN_NUM = Rule("dun_num", r"(?P<n>\d{1,2})、(?!\d)", "1、 2、 (not 1、2、3月)",
               examples=("1、加强",), counter=("1、2、3月",))
PAREN_NUM = Rule("paren_num", r"[（(](?P<n>\d{1,2})[）)]", "(1) （1）",
                 examples=("（1）", "(12)"), counter=("（一）", "（123）"))
HALF_PAREN_NUM = Rule("half_paren_num", r"(?P<n>\d{1,2})[）)]", "1） 1)",
                      examples=("1）加强", "2)"), counter=("（1",))
CIRCLED = Rule("circled", "(?P<n>[\u2460-\u2473])", "① … ⑳", examples=("①", "⑳"), counter=("⑴",))
PAREN_DIGIT = Rule("paren_digit", "(?P<n>[\u2474-\u2487])", "⑴ … ⒇", examples=("⑴", "⒇"), counter=("①",))
KAO = Rule("kao", f"(?P<n>{ZH})靠(?!近|拢|谱|山)", "一靠 二靠 … (一靠政策，二靠改革)",
           examples=("一靠政策",), counter=("一靠近",))
QI = Rule("qi", "其(?P<n>[一二三四五六七八九十])(?:[，,、：:]|(?=是))", "其一， 其二： 其三是",
          examples=("其一，", "其三是"), counter=("其一",))
DASH = Rule("dash", "(?P<w>——)(?!—)",
            "—— opening a paragraph (a dash bullet; its ordinal is its place in the run of them)",
            examples=("——坚持稳中求进",), counter=("———",))

#: the list styles in matching order (a style's name is its row's name)
MARKERS: tuple[Rule, ...] = (SHI, YAO, DI, SHOUXIAN, FANGMIAN, PAREN_CN, DUN_CN, DOT_NUM, DUN_NUM,
                             PAREN_NUM, HALF_PAREN_NUM, CIRCLED, PAREN_DIGIT, KAO, QI, DASH)
#: the styles whose markers usually open a paragraph in print (a dump line starting with one
#: likely starts one): dump repair weighs them
PARAGRAPH_STYLES = frozenset({"shi", "di", "paren_cn", "paren_num", "dot_num", "dun_num",
                              "half_paren_num", "circled"})
#: styles numbered by words, not numerals (首先/其次, 一方面, ——): their items are numbered in order
WORD_STYLES = frozenset({"shouxian", "fangmian", "dash"})
#: styles whose one short sentence alone in its paragraph is a heading: （一）加快发展。
HEADING_STYLES = frozenset({"paren_cn", "dun_cn"})
_WORD_ORDINALS = {"首先": 1, "其次": 2, "再次": 3, "一方面": 1, "另一方面": 2, "——": 1}

DECIMAL_AFTER = Rule(
    "decimal_after", r"\d+(?:[.．%％万亿倍千百∶:，,；;、。]|个百分点|$)",
    "what follows ``1.`` in a decimal number rather than a list item: a unit of measure, a magnitude, a ratio "
    "sign, clause punctuation or the end (1.5%, 2.3万亿, 3.5倍, 43.9，, 44.9∶)",
    examples=("5%", "3万亿", "5", "9，工业", "9∶43.9"), counter=("2 指标体系", "6个专项行动"),
)

#: every style in one pass (group ``<style>``, numeral ``<style>_n``/``_w``/``_last``), a
#: first-character lookahead before the boundary test (a cheap first test)
_ANY = re.compile(
    r"(?=[一二三四五六七八九十第首其再最另（(\d\u2460-\u2487—])" + LEFT + "(?:" + "|".join(
        f"(?P<{r.name}>" + r.pattern.replace("(?P<", f"(?P<{r.name}_") + ")" for r in MARKERS) + ")")


@dataclass(frozen=True, slots=True)
class Marker:
    style: str
    ordinal: int  # 1, 2, …; LAST (0) for 最后
    text: str
    start: int
    end: int
    opens: bool  # the marker opens its text (only whitespace before it)


def _ordinal(style: str, groups: dict[str, str | None]) -> int | None:
    if groups.get(f"{style}_last"):
        return LAST
    word = groups.get(f"{style}_w")
    if word:
        return _WORD_ORDINALS[word]
    n = groups[f"{style}_n"]
    assert n is not None
    if style == "circled":
        return ord(n) - 0x2460 + 1
    if style == "paren_digit":
        return ord(n) - 0x2474 + 1
    return int(n) if n.isdigit() else zh_to_int(n, digitwise=False)


def _marker(text: str, m: re.Match[str], lead: int, styles: frozenset[str] | None) -> Marker | None:
    """A match of the grammar as a marker, or None where it is none (see :func:`markers_in`)."""
    style = m.lastgroup
    assert style is not None
    if styles is not None and style not in styles:
        return None
    ordinal = _ordinal(style, m.groupdict())
    if ordinal is None:
        return None
    opens = m.start() <= lead
    if style == "dash" and not opens:
        return None  # a dash inside a sentence is punctuation
    if style == "dot_num" and text[m.end(): m.end() + 1].isdigit() and (
        not opens or DECIMAL_AFTER.match(text, m.end())
    ):
        return None  # 1.5, 2.3万亿: a decimal number
    return Marker(style, ordinal, m.group(0), m.start(), m.end(), opens)


def markers_in(text: str, styles: frozenset[str] | None = None) -> Iterator[Marker]:
    """Every list marker in ``text`` (of ``styles``, else all) with its ordinal, in order.

    A ``1.`` followed by a digit is a decimal number (``1.5%``), unless it opens the text and
    what follows is no number (``1.2 指标``); a ``——`` is a marker only where it opens the text.

    >>> [(m.style, m.ordinal) for m in markers_in("首先，要稳。其次，要进。最后，要好。")]
    [('shouxian', 1), ('shouxian', 2), ('shouxian', 0)]
    >>> [m.text for m in markers_in("增长1.5%，统一是前提，世界第一，")]
    []
    """
    lead = len(text) - len(text.lstrip())
    for m in _ANY.finditer(text):
        marker = _marker(text, m, lead, styles)
        if marker is not None:
            yield marker


def marker_at_start(text: str, styles: frozenset[str] | None = None) -> Marker | None:
    """The list marker ``text`` opens with (of ``styles``, else any), or None.

    >>> marker_at_start("二是促改革").ordinal, marker_at_start("统一是前提")
    (2, None)
    """
    lead = len(text) - len(text.lstrip())
    m = _ANY.match(text, lead)
    return _marker(text, m, lead, styles) if m else None


# Heading numbering -----------------------------------------------------------------------
HEADING_MARK = Rule(
    "heading_mark", r"[▎▍▌■●◆▲★☆◇○]\s*", "a mark printed before a heading (not part of its text)",
    examples=("▎加快发展", "■ 要闻"), counter=("加快发展",),
)
CHAPTER = Rule("chapter", f"第{ZH_CHAPTER}(?:章|编|篇|部分)(?![的之])", "第一章, 第二编, 第三部分",
               examples=("第一章 总则", "第3篇", "第二部分"), counter=("第一章的", "第一部门", "第一节"))
SECTION = Rule("section", f"第{ZH_CHAPTER}节", "第一节", examples=("第一节 概述", "第12节"),
               counter=("第一章",))
DECIMAL = Rule("decimal", r"\d{1,2}(?:\.\d{1,2})*(?:[、．]|\.(?!\d)|\s)", "1. 1、 1.1 2.1.3 and 1 引言",
               examples=("1 引言", "2.1 指标体系", "3、", "4．"), counter=("2024年", "1.5%"))
#: heading numbering styles from the outermost in (a style's name is its row's name)
NUMBERING: tuple[Rule, ...] = (CHAPTER, SECTION, DUN_CN, PAREN_CN, DECIMAL, PAREN_NUM)
_NUMBERING = re.compile("(?:" + "|".join(
    f"(?P<{r.name}>" + re.sub(r"\(\?P<\w+>", "(?:", r.pattern) + ")" for r in NUMBERING) + ")")
DECIMAL_PARTS = Rule(
    "decimal_parts", r"\d{1,2}((?:\.\d{1,2})*)(?![\d.．])",
    "a heading's decimal number, its parts after the first in group 1: 2.1 指标体系 → .1",
    examples=("2.1 指标体系", "1 引言"), counter=("一、",),
)
DECIMAL_HEADING_LINE = Rule(
    "decimal_heading_line",
    r"\d{1,2}(?:\.\d{1,2}){0,3}[ \u3000]+(?![个年月日号万亿千百元名位项家人次岁天倍])"
    rf"[{CJK}][^{SENT_PUNCT}]{{0,24}}$",
    "a decimal-numbered heading alone on its line (1 引言, 2.1 指标体系构建): a space after the "
    "number, no measure word after it (12 个省份) and no sentence punctuation",
    examples=("1 引言", "2.1 指标体系构建"), counter=("12 个省份", "1 引言，本文"),
)
CHAPTER_ORDINAL_PDF = Rule(
    "chapter_ordinal_pdf", r"^第 ?[0-9一二三四五六七八九十百零〇两]+ ?[章节篇编部卷讲课]",
    "a chapter or section ordinal as a PDF sets it (第一章, 第 1 节: closed up by the PDF reader)",
    examples=("第 1 节", "第一章"), counter=("第一，",),
)
REFERENCE = Rule(
    "reference", r"^[\[［]\d{1,3}[\]］] ?",
    "a reference-list entry's marker: [3], ［12］ (its next lines hang under its text)",
    examples=("[3] 张三", "［12］"), counter=("[a]",),
)


def numbering_of(text: str) -> str | None:
    """The heading numbering ``text`` opens with (a row name of ``NUMBERING``), else None.

    >>> [numbering_of(t) for t in ("一、总体要求", "（二）改革", "2.1 指标", "第一节", "加快发展")]
    ['dun_cn', 'paren_cn', 'decimal', 'section', None]
    """
    m = _NUMBERING.match(text)
    return m.lastgroup if m else None


def numbering_end(text: str) -> int:
    """Where the heading numbering ``text`` opens with ends (0 without one)."""
    m = _NUMBERING.match(text)
    return m.end() if m else 0


# Announced counts ------------------------------------------------------------------------
ANNOUNCED = Rule(
    "announced",
    r"(?<![第\d.一二两三四五六七八九十几])(?<!党的)(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})"
    r"(?:个方面|大方面|方面|大类|大(?!以来|精神|报告|代表|会|召开|和|、|及|提出)|个|项|条|点|件|种|类|句话|字)"
    r"(?!百分点|月|小时|多|亿|万|以上|年|倍|[“\"])",
    "a count announced before a list: 四方面, 六大举措, 两大类, 三个, 五项, 三件事, 9个方面 (not a "
    "slogan's count such as 五个“必须统筹好”, nor a party congress: 党的十八大以来)",
    examples=("做好四方面工作", "六大举措", "两大类", "9个方面"),
    counter=("五个“必须统筹好”", "党的十八大以来", "第三个", "3个百分点"), how="search",
)
SUMMED = Rule(
    "summed", f"[和与及、][^{SENT_PUNCT}]*$",
    "a count that sums up a conjunction before it in its clause (从供给和需求两方面) announces nothing: "
    "the text before the count ends in such a conjunction",
    examples=("从供给和需求",), counter=("从供给，需求",), how="search",
)


def announced_count(text: str) -> int | None:
    """The count ``text`` announces (the last one outside quotes, more than 1), else None.

    >>> announced_count("从供给和需求两方面发力，重点抓好三件事：")
    3
    >>> announced_count("坚持五个“必须统筹好”"), announced_count("党的十八大以来")
    (None, None)
    """
    inside, quoted = 0, []
    for ch in text:
        inside += ch == "“"
        quoted.append(inside > 0)
        inside -= ch == "”" and inside > 0
    values = []
    for m in ANNOUNCED.finditer(text):
        if quoted[m.start()] or SUMMED.search(text, 0, m.start()):
            continue
        n = m.group("n")
        value = int(n) if n.isdigit() else zh_to_int(n.replace("两", "二"), digitwise=False)
        if value and value > 1:
            values.append(value)
    return values[-1] if values else None


def highest_ordinal(text: str, styles: frozenset[str] = frozenset({"shi", "di", "paren_cn"})) -> int:
    """The highest ordinal among the markers of ``styles`` in ``text`` (0 without one).

    >>> highest_ordinal("一是稳增长。二是促改革。三是惠民生。")
    3
    """
    return max((m.ordinal for m in markers_in(text, styles)), default=0)


RULES: tuple[Rule, ...] = (*MARKERS, DECIMAL_AFTER, HEADING_MARK, CHAPTER, SECTION, DECIMAL, DECIMAL_PARTS,
                           DECIMAL_HEADING_LINE, CHAPTER_ORDINAL_PDF, REFERENCE, ANNOUNCED, SUMMED)
