"""Whether a head line runs on into the next (one part of a head wrapped over lines) or
starts a part of its own (a title under its kicker, a subtitle under its title).

A dump keeps a head's lines where the page broke them: a title wrapped at its column's
measure, or at a measure of its own (a page's titles are set larger than its text), comes
over two or more lines, and so does a kicker. What tells a wrapped line from a new part is
the text (a line stopping on a word that needs more, a word cut at the line's end, a part too
short to stand alone), the shape (a couplet, a set of parallel phrases), and the measure (a
line that fills the column it is wrapped at).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhdoc.dump.lines import DumpLine
from zhdoc.dump.widths import PULLED
from zhdoc.lexicon import ends_inside_word
from zhdoc.rules.bylines import SERIES_NUMBER
from zhdoc.rules.chars import BRACKETED_NOTE, RUNS_ON, STARTS_NOTHING, open_count
from zhdoc.rules.kinds import DOC_TITLE
from zhdoc.rules.limits import COUPLET_MAX, HEAD_PART_MIN, TITLE_PART_MAX
from zhdoc.rules.numbers import NUMBER

_RUNS_ON = tuple(RUNS_ON)
_NOT_FIRST = tuple(STARTS_NOTHING)
#: a head line ending on these goes on in the next (its clause or list is not done)
_CLAUSE_GOES_ON = ("，", "、")
#: ... and a line never starts with a mark a typesetter pulls up onto the line before
_NO_LINE_START = tuple(PULLED)
#: what opens a subtitle (——深刻认识…) or signs a text (——编  者)
DASHES = ("——", "--", "－－")
#: the digits a number cut by a line's end stops on, and how far either side of the cut is read
_DIGITS, _NUMBER_SPAN = "0123456789０１２３４５６７８９.．", 10


def wrapped(a: DumpLine, b: DumpLine, width: float | None, first: bool,
             part: Sequence[DumpLine] = (), title: bool = True) -> bool:
    """Whether head line ``b`` is the rest of ``a`` wrapped (one part), not a part of its own:
    ``a`` stops on a word that needs more (的, 与 …) or inside a word (潮 / 头的最好“船票”:
    ``ends_inside_word``), ``b`` starts on one that cannot start a
    title or is too short to be one (``兴``), the part ``b`` starts (the lines ``part``, default
    ``b`` alone) is too short to be a part (HEAD_PART_MIN: a title wrapped in a narrow column,
    突破事务主 / 义的“窄门”, 占用水泵10年不还，肥水流进 / “谁家田”？), ``a`` and the part's lines are
    a parallel couplet (``_couplet``) or set of phrases (``_phrase_set``: a line over such a
    set that is no phrase of it is a part of its own), or ``a`` fills the column it is wrapped at (unless ``a``
    and the part run longer than a title, TITLE_PART_MAX: a kicker over it)
    (``width``, None where heads are not wrapped at the columns' measure; a part's ``first``
    line may be short of it by an indent)."""
    part = part or (b,)
    rest = "".join("".join(x.text.split()) for x in part)
    if open_count(a.text) > 0 and open_count(a.text + rest) <= 0 or whole_note(rest):
        return True  # a bracket left open closes in the part (…产线真“柔”（经济新方位· / 探访智能
        #             工厂）), or the part is a bracketed note (the title's column name wrapped
        #             over lines, 云南推进…建设 / （坚定信心，打开改革发展新 / 天地）): one part
    if _phrase_set([a, *part]):
        return True  # 英雄气 / 家国情 奋斗志: short phrases of one length, one title
    if _phrase_set(part):
        return False  # … and 人文茶座 over them is no phrase of it
    if len(part) == 1 and phrase_pair(b.text) and len(a.text.split()) == 1:
        return False  # two parallel phrases on a line of their own (政策找人  服务上门) are a
        #               title, not the rest of the line over them, however full that line
    if (b.text.startswith(_NOT_FIRST) or len(b.text) <= 3 and not (len(part) > 1 and b.text.endswith(_CLAUSE_GOES_ON))
            or a.text.endswith(_CLAUSE_GOES_ON)
            or b.text.startswith(_NO_LINE_START) or runs_on(a.text, b.text)):
        return True  # (a clause's comma ends no part: 向前发展， / 需要更大的推动力; a closing mark
        #             starts no line: 如何加快“沙戈荒 / ”新能源基地建设; a short line opening a part
        #             that goes on, 人民论坛 / 良心、 / 初心与民心, is measured with its part)
    if a.text.endswith(DASHES) or SERIES_NUMBER.search(a.text):
        return False  # a kicker leading into its title (…播撒红色种子——) ends its part, and so
        #               does a series' label ending on its number (…挺膺担当①)
    if sum(x.n for x in part) < HEAD_PART_MIN or _couplet([a, *part]):
        return True
    together = "".join((a.text + "".join(x.text for x in part)).split())
    named = _document_name(together)
    if named and not _document_name(a.text):
        return True  # a document's name wrapped anywhere: one part (中共中央办公厅…关于深入推进深圳 / 综合改革…的意见)
    if (title and len(BRACKETED_NOTE.sub("", together)) > TITLE_PART_MAX and not DOC_TITLE.match(a.text)
            and not named):
        return False  # together longer than a title: a kicker over it, however full its line
        #               (where ``title``: ``a`` and the part may be the title, not lines
        #               over it, a kicker wrapped over three lines, 碧溪湖…创历年 / 新高，… / 稀鸟类集中现身)
        #               (a website copy's title with its column's name in brackets, …实践品格
        #               （深入学习贯彻习 / 近平经济文选》第一卷专家谈）, counted without it)
    short_by = (2.5 if first else 0.5) + (1.0 if b.lead_opener else 0.0)  # (an opener goes down)
    return width is not None and width - short_by <= a.n and not overruns(a, width)


def runs_on(a: str, b: str) -> bool:
    """Whether head text ``a`` stops where its words need ``b``: on a word that needs more (的,
    与 …) or inside a word (诚信是商家挺立潮 / 头的最好“船票”, …全球气候治 / 理合作).

    >>> runs_on("我国制造业高质量发展的", "基本思路"), runs_on("诚信是商家挺立潮", "头的最好“船票”"), runs_on("守牢", "安全防线")
    (True, True, False)
    """
    return a.endswith(_RUNS_ON) or ends_inside_word(a, b) or ends_inside_number(a, b)


def ends_inside_number(a: str, b: str) -> bool:
    """Whether text ``a`` stops inside a number that ``b`` finishes: on a digit whose magnitude
    or unit starts ``b`` (…全民健身赛事活动超16 / 万场, …增长12.5 / %), as ``NUMBER`` reads the two
    run together; a number ``b`` has nothing of (…展望2035 / 李明) ends with ``a``.

    >>> ends_inside_number("赛事活动超16", "万场"), ends_inside_number("增长12.5", "%"), ends_inside_number("展望2035", "李明")
    (True, True, False)
    """
    if not (a and b and a[-1] in _DIGITS):
        return False
    left = a[-_NUMBER_SPAN:]
    return any(m.start() < len(left) < m.end() for m in NUMBER.finditer(left + b[:_NUMBER_SPAN]))


def whole_note(text: str) -> bool:
    """Whether ``text`` is wholly one bracketed note: opened at its start, closed at its end only.

    >>> whole_note("（坚定信心，打开改革发展新天地）"), whole_note("（一）坚持绿色（低碳）"), whole_note("（二）")
    (True, False, True)
    """
    if not (text.startswith("（") and text.endswith("）")):
        return False
    depth = 0
    for k, c in enumerate(text):
        depth += (c == "（") - (c == "）")
        if depth == 0 and k < len(text) - 1:
            return False
    return True


def _document_name(text: str) -> bool:
    """Whether ``text`` is the name of a document the paper prints, its issuer maybe before it
    (中共中央办公厅国务院办公厅关于加快构建…服务体系的意见): a name runs longer than any title.

    >>> _document_name("某某省人民政府办公厅关于做好城乡社区服务工作的意见"), _document_name("关于的意见与建议")
    (True, False)
    """
    k = text.find("关于")
    return k >= 0 and bool(DOC_TITLE.match(text[k:]))


def _phrase_set(lines: Sequence[DumpLine]) -> bool:
    """Whether head lines hold three or more short phrases of one length, parted by spaces and
    line ends, two or more on one line (英雄气 / 家国情 奋斗志): one part set as parallel
    phrases, however short its first line (not a label over a title's two lines, 生态论苑 / 不负
    春光 / 植绿增绿, one phrase a line)."""
    phrases = [p for x in lines for p in x.text.split()]
    return (len(phrases) >= 3 and len({len(p) for p in phrases}) == 1 and len(phrases) > len(lines)
            and 2 <= len(phrases[0]) <= COUPLET_MAX // 2)


def phrase_pair(text: str) -> bool:
    """Whether a line is two or more phrases of one length parted by spaces, a title set as
    parallel phrases (政策找人  服务上门, 向高端创新  向未来迈进; a PDF's text gives the gap between
    them as one space: 向高端创新 向未来迈进).

    >>> phrase_pair("政策找人  服务上门"), phrase_pair("向高端创新 向未来迈进"), phrase_pair("政策找人 服务")
    (True, True, False)
    >>> phrase_pair("本报记者  吴  丹")
    False
    """
    phrases = re.split(r"[\s\u3000]+", text.strip())
    return len(phrases) >= 2 and len({len(p) for p in phrases}) == 1 and len(phrases[0]) >= 3


def _couplet(lines: Sequence[DumpLine]) -> bool:
    """Whether head lines are one part set as a parallel couplet or stack: short lines
    (COUPLET_MAX) of one length with a character in the same place in each (生僻字更易输入 /
    文言文更快释读, 既提高就业数量 / 又提高就业质量, 双手联弹 / 双量发力 / 双色并重 / 双管齐下; not a
    label over a title's two lines, 生态论苑 / 不负春光 / 植绿增绿)."""
    flat = ["".join(x.text.split()) for x in lines]
    if len(flat[0]) > COUPLET_MAX or any(len(t) != len(flat[0]) for t in flat):
        return False
    return any(len({t[i] for t in flat}) == 1 for i in range(len(flat[0])))


def one_measure(a: DumpLine, b: DumpLine) -> bool:
    """Whether head lines ``a`` / ``b`` are one part wrapped at a short measure of its own (a
    page's title set larger than its text, over a narrow article: 新疆吐鲁番雅尔 / 湖石窟首次开放,
    宁夏规范驻外 / 劳务工作站管理): both short (COUPLET_MAX), of one length but for a character a
    break between words moves down, no mark in either, ``a`` longer than a column's label
    (HEAD_PART_MIN less one: 政策解读, 生态论苑 over a title are labels). A kicker and its title
    that short and of one length are rare: none of the development days' 20 kickers is under 11
    characters, and the shorter parts of the 2018 pages' titles differ from the rest by more.

    >>> from zhdoc.dump.lines import read_lines
    >>> from zhdoc.dump.widths import measure
    >>> def f(*t):
    ...     ls = read_lines(chr(10).join(t)); measure(ls); return one_measure(*ls)
    >>> f("宁夏规范驻外", "劳务工作站管理"), f("新疆吐鲁番雅尔", "湖石窟首次开放"), f("政策解读", "促进高校毕业")
    (True, True, False)
    >>> f("努力增进民生福祉", "将以人民为中心落到实处"), f("向前发展，", "需要更大的推动")
    (False, False)
    """
    if a.punct or b.punct or not (HEAD_PART_MIN - 1 <= a.n <= COUPLET_MAX and b.n <= COUPLET_MAX):
        return False
    return abs(a.n - b.n) <= 1


def overruns(x: DumpLine, width: float) -> bool:
    """Whether a line runs longer than its column's measure: a line wrapped at it overhangs it
    only by a mark pulled up onto its end or an unbroken Latin word (陕西西安将…文化创意街区, 19
    characters over an 18-character column, was not wrapped at it)."""
    if x.text.endswith(DASHES):
        return x.n > width + 2.0  # (a dash is never cut, nor set at a line's start)
    return x.n > width + (1.0 if x.text[-1] in PULLED or x.text[-1].isascii() else 0.5)
