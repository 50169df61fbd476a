"""Line and block kinds: what a line of a dump or a block of a page is, by its text alone.

``KINDS`` is one row per kind, tried in order: its rules (any may hold), a length limit, what
it never holds, and the examples it must take and the counter-examples it must not.
:func:`kind_of` is the one classifier: dump repair calls it on each line
(:mod:`zhdoc.dump.lines`), segmentation on each block (:mod:`zhdoc.segment.kinds`); each step
then uses the kinds it needs (a byline stands alone in both; a page number is furniture only
where the lines around say so).

>>> [kind_of(t) for t in ("本报记者 王晓明", "（作者单位：某研究所）", "来源：北京日报", "稳增长。")]
[<Kind.BYLINE: 'byline'>, <Kind.TRAILER: 'trailer'>, <Kind.SOURCE: 'source'>, None]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from zhdoc.rules import bylines as B
from zhdoc.rules.chars import NUMBERED_HEADING_STOP, SENT_PUNCT
from zhdoc.rules.limits import BYLINE_MAX, SOURCE_MAX, SUBTITLE_MAX
from zhdoc.rules.rule import Rule, any_of


class Kind(StrEnum):
    TRAILER = "trailer"  # （作者单位：…）, （记者 王海燕）: ends an article
    AFFILIATION = "affiliation"  # （1.复旦大学经济学院，上海 200433；…）
    BYLINE = "byline"  # □ 吕 铁 刘 丹, 本报记者 王晓明, 作者：张三
    LABEL = "label"  # a column label over a title: 【热点观察】
    SPEAKER = "speaker"  # 国务院总理 李克强
    SOURCE = "source"  # 来源：北京日报
    FIELD = "field"  # a journal's front-matter field: 关键词：…, 中图分类号：…
    SUBTITLE = "subtitle"  # ——2017年3月5日在…
    ABSTRACT = "abstract"  # 摘要：…, 【编者按】…
    DATELINE = "dateline"  # 本报北京3月5日电
    DOC_TITLE = "doc_title"  # 关于…的通知
    ISSUE_DATE = "issue_date"  # 2024年3月5日 星期二 (a running header)
    DATE_LINE = "date_line"  # 2024年3月5日 alone (under a signature)
    DATED_LINE = "dated_line"  # 2025年1月14日在…会议上 (front matter)
    JUMP_LINE = "jump_line"  # （下转第3版）
    PAGE_NUMBER = "page_number"  # 7, - 7 -, 第7版
    SALUTATION = "salutation"  # 编辑同志：


#: the kinds an official document may be (its title ends with one): 关于…的通知, …工作报告
_DOC_KINDS = ("(?:通知|通报|报告|决定|决议|意见|办法|规定|公告|公报|讲话|纲要|方案|规划|条例|细则|批复|指引"
              "|倡议书|函)")
#: a calendar date to the month, and its day
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月"
_DAY = r"\s*\d{1,2}\s*日"
#: a date in Chinese numerals, as a document dates itself (二〇二四年八月三十日)
_CN_DATE = r"[〇○零一二三四五六七八九]{4}年(?:十[一二]?|[一二三四五六七八九])月(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日"

LABEL = Rule(
    "label", r"^[【\[][^】\]]{1,12}[】\]]$", "a column label over a title: 【热点观察】 (a block of its own)",
    examples=("【热点观察】", "[理论前沿]"), counter=("【摘要】本文研究", "【】"), flat=True,
)
SOURCE = Rule(
    "source", r"^(?:来源|稿源|来自|出处)\s*[：:]\s*(?P<src>\S.*)$", "a source line: 来源：北京日报; group ``src``",
    examples=("来源：北京日报", "来自：人民网", "稿源： 新华社"), counter=("来源广泛", "来自全国各地"),
)
FIELD = Rule(
    "field",
    r"^(?:(?:关键词|关键字|中图分类号|文献标识码|文章编号|基金项目|收稿日期|作者简介|DOI)\s*[：:]"
    r"|[【\[]\s*关键词\s*[】\]])",
    "a front-matter field line of a journal article (关键词：…, 中图分类号：…, 【关键词】…): a block of its own",
    examples=("关键词：数字普惠金融；县域经济", "中图分类号：F832.1", "【关键词】数字经济", "DOI:10.1"),
    counter=("关键词是创新",),
)
SUBTITLE = Rule(
    "subtitle", r"^(?:——|－－|--+|—\s)", "a subtitle line: ——2017年3月5日在…; ----…",
    examples=("——2017年3月5日在第十二届全国人民代表大会第五次会议上", "－－论激发全社会创造力"),
    counter=("—2017年",),
)
ABSTRACT = Rule(
    "abstract",
    r"^(?:[【\[]\s*(?:摘\s*要|内容提要|编者按)\s*[】\]]|(?:摘\s*要|内容提要|编者按)\s*[：:])\s*",
    "an abstract paragraph in a journal article: 摘要：…, 【摘要】…, 内容提要：…; an editor's note: 【编者按】…",
    examples=("摘要：本文研究了", "【摘 要】本文", "编者按：近年来"), counter=("摘要如下", "【关键词】"),
)
DATELINE = Rule(
    "dateline",
    r"^[（(]?(?:本报|新华社|中新社|人民网|央视网|新华网)[^\s，。、]{0,14}?(?:电|讯(?!员))"
    r"(?:\s*[（(](?P<who>[^）)]{0,20})[）)])?",
    "a dateline opening a news story: 本报北京3月5日电, 新华社北京3月5日电, 本报讯（记者 王某）; group ``who``",
    examples=("本报北京3月5日电 记者从", "新华社北京3月5日电", "本报讯（记者 王某）"),
    counter=("本报通讯员 张三", "本报记者 王晓明"),
)
DOC_TITLE = Rule(
    "doc_title", rf"^关于\S{{2,40}}的(?:实施|指导|若干)?{_DOC_KINDS}$",
    "an official document's full title, alone on its line and opening a document: 关于…的通知, "
    "关于…的实施意见 (指导意见, 若干意见)",
    examples=("关于做好2024年春节期间有关工作的通知", "关于深入推进城乡社区建设的实施意见", "关于加快发展现代服务业的若干意见"),
    counter=("关于做好工作的通知要求", "关于的通知", "关于实施意见"),
)
DOC_KIND_END = Rule(
    "doc_kind_end", f"{_DOC_KINDS}$", "an official document's title ends with its kind: …工作报告, …实施方案",
    examples=("政府工作报告", "实施方案"), counter=("报告会",), how="search",
)
ISSUE_DATE = Rule(
    "issue_date", rf"^{_DATE}{_DAY}\s*(?:星期|周)[一二三四五六日天](?:\s*[^\s，。；：！？]{{1,12}}){{0,3}}$",
    "a running header's date with its weekday: 2024年3月5日 星期二 (the page's issue date), the "
    "page's number and name after it (a dump joins them when they share the masthead's row)",
    examples=("2024年3月5日 星期二", "2024年3月5日星期二 理论", "2025年4月9日  星期三9 理论",
              "2025年4月9日 星期三 第9版 理论"),
    counter=("2024年3月5日", "2024年3月5日 星期二 上午，全国人大常委会在北京召开会议"),
)
DATE_LINE = Rule(
    "date_line", rf"^[（(]?(?:{_DATE}(?:{_DAY})?|{_CN_DATE})[）)]?$",
    "a date alone on a line (under a signature, under a speech's or a document's title): 2024年3月5日, "
    "（2024年1月8日）, （二〇二四年八月三十日）",
    examples=("2024年3月5日", "（2024年1月8日）", "2024年3月", "（二〇二四年八月三十日）", "二〇二五年一月九日"),
    counter=("2024年3月5日在北京", "（二〇二四年八月三十日印发）"),
)
DATED_LINE = Rule(
    "dated_line", rf"^{_DATE}{_DAY}", "a line opening with a full date (2025年1月14日在…会议上): front matter",
    examples=("2025年1月14日在省十四届人大三次会议上",), counter=("2025年1月在",),
)
JUMP_LINE = Rule(
    "jump_line", r"^(?:[（(]?(?:下转|上接|转|接|续)|[（(](?:(?:相关|详)\S{0,4})?见)第?\s*[0-9一二三四五六七八九十]{1,3}\s*[版页面][）)]?$",
    "a jump line sending the reader to another page: （下转第3版）, （上接第1版）, （相关报道见第六版）: "
    "furniture",
    examples=("（下转第3版）", "（上接第1版）", "转第5版", "（相关报道见第六版）", "（详见第5版）", "（见第六版）"),
    counter=("下转到基层", "相关报道见第六版的评论", "（见附件）"),
)
PAGE_NUMBER = Rule(
    "page_number",
    r"^(?:[-－—–‒·\s]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[-－—–‒·\s]*"
    r"|第\s*\d{1,4}\s*(?:版|页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?)"
    r"|(?:页数|页码|页)\s*[:：]?\s*\d{1,4}(?:\s*[/／]\s*\d{1,4})?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:Page|PAGE|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    "a page number: 7, - 7 -, — ii —, 第7版, 第 3 页, 第3页 共9页, 页数 1 / 2, 3/9, Page 2 of 9",
    examples=("7", "- 7 -", "— ii —", "第7版", "第 3 页", "第3页 共9页", "页数 1 / 2", "3/9", "Page 2 of 9"),
    counter=("7月", "第七版", "12345"),
)
PAGE_NUMBER_MARKED = Rule(
    "page_number_marked", r"^(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*[版页])$",
    "a page number that says so (dashes around it, 第7版): furniture even inside a paragraph",
    examples=("- 12 -", "第7版"), counter=("12",),
)
SALUTATION = Rule(
    "salutation", rf"^[^{SENT_PUNCT}\s]{{1,10}}[：:]$", "a salutation alone in its paragraph: 编辑同志：, 各位代表：",
    examples=("编辑同志：", "同志们："), counter=("编辑同志：你好", "时间：3月"),
)


@dataclass(frozen=True, slots=True)
class KindRow:
    """One kind: any of its rules holds, within its length (non-whitespace characters), and
    what it never holds (``unless``) does not."""

    kind: Kind
    rules: tuple[Rule, ...]
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()
    max_len: int | None = None
    unless: Callable[[str], bool] | None = None

    def applies(self, text: str, flat: str | None = None) -> bool:
        """Whether the kind holds for ``text`` (``flat``: the text without whitespace, when the
        caller has it already)."""
        if self.max_len is not None and len(text) > self.max_len:
            flat = "".join(text.split()) if flat is None else flat
            if len(flat) > self.max_len:
                return False
        return any(r.applies(text, flat) for r in self.rules) and not (self.unless and self.unless(text))


#: the kinds, in the order they are tried (the first that holds is the text's kind)
KINDS: tuple[KindRow, ...] = (
    KindRow(Kind.TRAILER, B.TRAILERS,
            ("（作者单位：兰州财经大学金融学院）", "（记者 王海燕）", "（读者 王建国）", "（摘编自《宁夏日报》）"),
            ("（读者来信）",)),
    KindRow(Kind.AFFILIATION, (B.AFFILIATION,), ("（1.复旦大学经济学院，上海 200433；2.上海财经大学金融学院，上海 200433）",),
            ("（一）加快发展",)),
    KindRow(Kind.BYLINE, B.BYLINES, ("□ 吕 铁 刘 丹", "本报记者 王晓明", "作者：张三、李四", "本报评论员", "陈思远1，王 琳2"),
            ("记者：下一步有什么打算？", "记者近日走访发现，市民办事少跑腿了。", "本报记者 " + "王晓明" * 14),
            max_len=BYLINE_MAX, unless=B.sentence_like),
    KindRow(Kind.LABEL, (LABEL,), ("【热点观察】",), ("【摘要】本文研究了影响。",)),
    KindRow(Kind.SPEAKER, (B.SPEAKER,), ("国务院总理 李克强",), ("国务院总理李克强指出",)),
    KindRow(Kind.SOURCE, (SOURCE,), ("来源：北京日报",), ("来源：" + "很长" * 20,), max_len=SOURCE_MAX),
    KindRow(Kind.FIELD, (FIELD,), ("关键词：数据要素；市场化配置",), ("关键词是创新",)),
    KindRow(Kind.SUBTITLE, (SUBTITLE,), ("——论激发全社会创造力",), ("——坚持稳中求进。", "——" + "长" * 90),
            max_len=SUBTITLE_MAX, unless=lambda t: bool(NUMBERED_HEADING_STOP.search(t))),
    KindRow(Kind.ABSTRACT, (ABSTRACT,), ("摘要：本文研究了数字经济。", "【编者按】近年来"), ("摘要如下",)),
    KindRow(Kind.DATELINE, (DATELINE,), ("本报北京3月5日电 记者从省里获悉",), ("本报记者 王晓明",)),
    KindRow(Kind.DOC_TITLE, (DOC_TITLE,), ("关于做好2024年春节期间有关工作的通知",), ("政府工作报告",)),
    KindRow(Kind.ISSUE_DATE, (ISSUE_DATE,), ("2024年3月5日 星期二",), ("2024年3月5日",)),
    KindRow(Kind.DATE_LINE, (DATE_LINE,), ("2024年3月5日", "（2024年1月8日）"), ("2024年3月5日在北京",)),
    KindRow(Kind.DATED_LINE, (DATED_LINE,), ("2025年1月14日在省十四届人大三次会议上",), ("2025年工作",)),
    KindRow(Kind.JUMP_LINE, (JUMP_LINE,), ("（下转第3版）",), ("下转到基层",)),
    KindRow(Kind.PAGE_NUMBER, (PAGE_NUMBER,), ("7", "- 7 -", "第7版"), ("7月",)),
    KindRow(Kind.SALUTATION, (SALUTATION,), ("编辑同志：",), ("编辑同志：你好",)),
)
_ROW = {row.kind: row for row in KINDS}


#: every kind's rules in one pattern per reading (a cheap first test: most text is of no kind)
_ANY_TEXT = any_of("any_kind", [r for row in KINDS for r in row.rules if not r.flat], "a text of some kind").rx
_ANY_FLAT = re.compile("|".join(f"(?:{r.pattern})" for row in KINDS for r in row.rules if r.flat))


def kind_of(text: str) -> Kind | None:
    """The kind of a line or block (stripped), the first row of ``KINDS`` that holds; None for
    running text."""
    flat = "".join(text.split())
    if not _ANY_TEXT.match(text) and not _ANY_FLAT.match(flat):
        return None
    for row in KINDS:
        if row.applies(text, flat):
            return row.kind
    return None


def is_kind(text: str, kind: Kind) -> bool:
    """Whether ``kind``'s row holds for ``text`` (whatever an earlier row says)."""
    return _ROW[kind].applies(text)


RULES: tuple[Rule, ...] = (LABEL, SOURCE, FIELD, SUBTITLE, ABSTRACT, DATELINE, DOC_TITLE, DOC_KIND_END,
                           ISSUE_DATE, DATE_LINE, DATED_LINE, JUMP_LINE, PAGE_NUMBER, PAGE_NUMBER_MARKED,
                           SALUTATION)
