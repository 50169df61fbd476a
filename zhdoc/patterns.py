"""Every regular expression of the project, precompiled and named, written for Chinese.

One section per step; each pattern has a one-line comment. Edit only your step's section.
"""

import re

# Characters ---------------------------------------------------------------------------
#: one CJK ideograph (unified, extension A, compatibility)
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese punctuation that may stand between two CJK characters without a space
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
#: sentence-final punctuation (a paragraph may end after it)
SENTENCE_END = "。！？!?…"
#: closing quotes/brackets that may follow sentence-final punctuation
CLOSERS = "”’」』）)》〉】"
RE_CJK_CHAR = re.compile(f"[{CJK}]")

# Repair (zhdoc/repair.py) -------------------------------------------------------------

# Segmentation (zhdoc/segment.py) ------------------------------------------------------

# Lists (zhdoc/lists.py) ---------------------------------------------------------------
#: a Chinese ordinal numeral from 一 to 九十九 (两 is a count, never an ordinal)
_LIST_ZH = "[一二三四五六七八九十]{1,3}"
#: left context of a list marker: paragraph start, whitespace, a clause-ending mark, or a
#: closing quote/bracket right after a sentence end (so 统一是, 世界第一， and 第三方 never match)
_LIST_LEFT = r"(?:^|(?<=[\s。！？；;：:，,!?])|(?<=[。！？；][”’」』）)]))"
#: list markers by style, each with group ``n`` (numeral) or ``w`` (ordinal word)
RE_LIST_MARKERS: dict[str, re.Pattern[str]] = {
    #: 一是 二是 …
    "shi": re.compile(_LIST_LEFT + f"(?P<n>{_LIST_ZH})是"),
    #: 一要 二要 … (一要大力增加投入；二要…); not 一要素, 一要求
    "yao": re.compile(_LIST_LEFT + f"(?P<n>{_LIST_ZH})要(?![求素件点闻害紧么])"),
    #: 第一， 第二、 第三： (not 第一大, 第三方, 世界第一)
    "di": re.compile(_LIST_LEFT + f"第(?P<n>{_LIST_ZH})[，,、：:]"),
    #: 首先 其次 再次 最后， (最后 only with a comma or colon after it)
    "shouxian": re.compile(_LIST_LEFT + "(?:(?P<w>首先|其次|再次)[，,：:]?|(?P<last>最后)[，,：:])"),
    #: 一方面 … 另一方面
    "fangmian": re.compile(_LIST_LEFT + "(?P<w>另一方面|一方面)[，,]?"),
    #: （一） (一)
    "paren_cn": re.compile(_LIST_LEFT + f"[（(](?P<n>{_LIST_ZH})[）)]"),
    #: 一、 二、 (not 一、二线城市)
    "dun_cn": re.compile(_LIST_LEFT + f"(?P<n>{_LIST_ZH})、(?![一二三四五六七八九十])"),
    #: 1. 2． (a digit may follow only at paragraph start: 8.6个专项; see RE_LIST_DECIMAL)
    "dot_num": re.compile(_LIST_LEFT + r"(?P<n>\d{1,2})[.．](?![.．%％])"),
    #: 1、 2、 (not 1、2、3月)
    "dun_num": re.compile(_LIST_LEFT + r"(?P<n>\d{1,2})、(?!\d)"),
    #: (1) （1）
    "paren_num": re.compile(_LIST_LEFT + r"[（(](?P<n>\d{1,2})[）)]"),
    #: 1） 1)
    "half_paren_num": re.compile(_LIST_LEFT + r"(?P<n>\d{1,2})[）)]"),
    #: ① … ⑳
    "circled": re.compile(_LIST_LEFT + "(?P<n>[\u2460-\u2473])"),
}
#: what follows ``1.`` in a decimal number rather than a list item (1.5%, 2.3万亿, 3.5倍)
RE_LIST_DECIMAL = re.compile(r"\d+(?:[.．%％万亿倍千百]|个百分点|$)")
#: a count announced before a list: 四方面, 六大举措, 两大类, 三个, 五项, 三件事, 9个方面
#: (not a slogan's count such as 五个“必须统筹好”)
RE_LIST_ANNOUNCED = re.compile(
    r"(?<![第\d.一二两三四五六七八九十几])(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})"
    r"(?:个方面|大方面|方面|大类|大|个|项|条|点|件|种|类|句话|字)"
    r"(?!百分点|月|小时|多|亿|万|以上|年|倍|[“\"])"
)
#: a count that sums up a conjunction before it in its clause (从供给和需求两方面) announces nothing
RE_LIST_SUMMED = re.compile("[和与及、][^，。；：！？,;:!?]*$")
#: a paragraph with no sentence punctuation (a heading-like line when it starts with a marker)
RE_LIST_SENTENCE_MARK = re.compile("[。！？；;!?]")
#: a sentence: text up to and including 。！？ (and closers), or a trailing fragment
RE_LIST_SENTENCE = re.compile(f"[^。！？!?]*(?:[。！？!?]+[{CLOSERS}]*|$)")

# Numbers (zhdoc/numbers.py) -----------------------------------------------------------

# PDF layout (zhdoc/pdf/) --------------------------------------------------------------
#: characters set solid in Chinese type: ideographs, kana, CJK and full-width punctuation
RE_PDF_SOLID = re.compile(f"[{CJK}{CJK_PUNCT}\u3040-\u30ff\u2e80-\u2eff\u2f00-\u2fdf]")
#: a chapter/section ordinal opening a heading (`第一章`, `第 1 节`), set apart from its title
RE_PDF_HEADING_ORDINAL = re.compile(r"^第[0-9一二三四五六七八九十百零〇两]+[章节篇编部卷讲课]")
#: a page-number line: `- 2 -`, `— ii —`, `12`, `第 3 页`, `第3页 共9页`, `页数 1 / 2`, `3/9`, `Page 2 of 9`
RE_PDF_PAGE_NUMBER = re.compile(
    r"^(?:[-–—‒·\s]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[-–—‒·\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?:页数|页码|页)\s*[:：]?\s*\d{1,4}(?:\s*[/／]\s*\d{1,4})?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:Page|PAGE|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$"
)
#: digits, folded away when comparing running headers across pages (`第3版` ~ `第4版`)
RE_PDF_DIGITS = re.compile(r"[0-9０-９]+")
#: whitespace, dropped when comparing running headers across pages
RE_PDF_SPACE = re.compile(r"\s+")
#: a font name that says bold (`SimHei`, `黑体`, `Arial-BoldMT`, `FZXiaoBiaoSong`)
RE_PDF_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demi|hei|黑|xbs|biaosong|标宋|粗", re.I)
#: unmapped glyphs pdfminer reports as `(cid:123)`
RE_PDF_CID = re.compile(r"^\(cid:\d+\)$")
