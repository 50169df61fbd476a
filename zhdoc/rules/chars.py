"""Characters and punctuation: the classes every step reads Chinese text by.

The strings are character classes (for building patterns); the rules are the line-end,
line-start and sentence tests built from them.
"""

from __future__ import annotations

import re

from zhdoc.rules.limits import LABEL_SHORT
from zhdoc.rules.rule import Rule, rules_of

#: one CJK ideograph (unified, extension A, compatibility)
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese punctuation that may stand between two CJK characters without a space
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
#: sentence-final punctuation (a paragraph may end after it)
SENTENCE_END = "。！？!?…"
#: closing quotes and brackets (they may follow sentence-final punctuation)
CLOSERS = "”’」』）)》〉】"
#: opening quotes and brackets
OPENERS = "“‘「『（(《〈【"
#: punctuation a sentence ends with (a sentence is text up to one of these)
FINAL = "。！？!?"
#: punctuation ending a sentence or a clause, colon aside
CLAUSE_END = "。；！？;!?"
#: any sentence punctuation: a heading, a byline or a date line holds none
SENT_PUNCT = "，。；：！？,;:!?"
#: punctuation a typesetter pulls up onto the end of a line (it may overhang the column)
PULLED = "，。；：、！？”’）》」』】〗〕〉…·％,.;:!?)]}%"

def two_phrase_label(text: str) -> bool:
    """Whether ``text`` is a column's name of two short phrases parted by one comma (走企业，看高质量
    发展), not a clause that runs on (走企业，) or a sentence.

    >>> two_phrase_label("走企业，看高质量发展"), two_phrase_label("走企业，"), two_phrase_label("河北丰宁千松坝林场植绿超百万亩，筑牢京津生态屏障")
    (True, False, False)
    """
    text = text.replace(" ", "")
    return 0 < len(text) <= LABEL_SHORT and text.count("，") == 1 and not text.endswith("，") and not any(
        c in SENT_PUNCT for c in text.replace("，", ""))


def comma_phrases(text: str, most: int) -> bool:
    """Whether ``text`` is two to ``most`` + 1 phrases parted by commas and nothing else of a
    sentence, each of two characters or more (夯实基层组织，筑牢治理根基): a heading's shape, not a
    clause that runs on (走企业，) nor a sentence.

    >>> comma_phrases("夯实基层组织，筑牢治理根基", 2), comma_phrases("走企业，", 2), comma_phrases("他说，好。", 2)
    (True, False, False)
    """
    parts = text.replace(" ", "").split("，")
    return 2 <= len(parts) <= most + 1 and all(len(p) >= 2 for p in parts) and not any(
        c in SENT_PUNCT for c in "".join(parts))


def open_count(text: str) -> int:
    """Quotes and brackets ``text`` opens and does not close (negative: closes more than it opens).

    >>> open_count("把握…实践品格（深入学习贯彻习"), open_count("近平经济文选》第一卷专家谈）"), open_count("“一带一路”")
    (1, -1, 0)
    """
    return (text.count("“") - text.count("”") + text.count("（") - text.count("）")
            + text.count("(") - text.count(")"))


#: the middle dots that join two names (解码·文化数字化, 阿依古丽·买买提), as fonts and encodings give them
MIDDLE_DOTS = "·•・‧"
#: characters a title or kicker line never stops on (a particle or conjunction needs more; a
#: middle dot joins the names on either side): the line is wrapped and runs on into the next
#: (我国制造业高质量发展的 / 基本思路与举措, 深入学习贯彻…思想· / 学习《习近平经济文选》第一卷专家谈)
RUNS_ON = "的之与和及并对在为把将于从向以等而或" + MIDDLE_DOTS
#: characters a title or kicker never starts with (a particle or conjunction): a line that does
#: is the rest of the line before it (县域商业体系建设的实践 / 与思考)
STARTS_NOTHING = "的之与和及并而或等了着过吗呢"

BRACKETED_NOTE = Rule(
    "bracketed_note", r"（[^（）]*(?:）|$)|^[^（）]*）",
    "a note in full-width brackets (a website copy's column name after its title), or the part "
    "of one in a text cut out of a longer one: left open at the end, or closed without its opening",
    examples=("（政策问答·加紧经济社会发展全面绿色转型）", "（深入学习贯彻习", "彻习近平…第一卷专家谈）"),
    counter=("政策问答",), how="search",
)
CJK_CHAR = Rule(
    "cjk_char", f"[{CJK}]", "one CJK ideograph",
    examples=("中", "㐀"), counter=("a", "，", "1"),
)
SOLID = Rule(
    "solid", f"[{CJK}{CJK_PUNCT}\u3040-\u30ff\u2e80-\u2eff\u2f00-\u2fdf]",
    "a character set solid in Chinese type: ideographs, kana, CJK and full-width punctuation",
    examples=("中", "，", "カ", "Ａ"), counter=("a", "1", " "),
)
ENDS_FINAL = Rule(
    "ends_final", rf"(?:[。！？…!?]|(?<![\d.])\.)[{CLOSERS}\"']*$",
    "a line ending a sentence: 。！？… (or ASCII . ! ? after a non-digit), closers allowed after",
    examples=("增长5%。", "他说：“好！”", "It works."), counter=("增长了3.", "增长，", "总计"),
    how="search",
)
ENDS_COLON = Rule(
    "ends_colon", f"[：:][{CLOSERS}]*$",
    "a line ending with a colon (a paragraph introducing what follows may end there)",
    examples=("主要做了以下工作：", "同志们："), counter=("时间：3月5日",), how="search",
)
ENDS_MID_CLAUSE = Rule(
    "ends_mid_clause", r"[，、；,;“‘「『（(《〈【—\-－~～]$",
    "a line ending mid-sentence: comma, enumeration comma, semicolon, an opening quote or bracket, dash",
    examples=("稳增长，", "提出“", "2020—"), counter=("稳增长。", "好”"), how="search",
)
STARTS_CLOSER = Rule(
    "starts_closer", f"^[，。、；：！？,.;:!?{CLOSERS}…·]",
    "a line starting with punctuation that closes something (it never starts a paragraph)",
    examples=("，促进", "”倡议", "）等"), counter=("“一带", "促进"),
)
STARTS_OPENER = Rule(
    "starts_opener", r"^[“‘「『（(《〈【\[]",
    "a line starting with an opening quote or bracket (a typesetter never leaves one at a line end)",
    examples=("“一带一路”", "（一）"), counter=("一带一路",),
)
LEAD_WORD = Rule(
    "lead_word", r"^[A-Za-z0-9]+(?:[.,:/\-][A-Za-z0-9]+)*",
    "a Latin word or number at a line start (typesetters do not split them)",
    examples=("EFlops，", "3.5万亿", "www.gov.cn"), counter=("中国", "，"),
)
TAIL_PAST_COLUMN = Rule(
    "tail_past_column", rf"(?:[A-Za-z0-9]+(?:[.,:/\-][A-Za-z0-9]+)*)?[{re.escape(PULLED)}]+$",
    "what a wrapped line may carry past its column: closing marks pushed back onto it (a line "
    "never starts with one), after an unbroken Latin word or number (it is never split)",
    examples=("健康中国2030”", "《报告》）", "“新西兰’”", "增长20%"), counter=("健康中国", "增长20"),
    how="search",
)
HAS_SENT_PUNCT = Rule(
    "has_sent_punct", f"[{SENT_PUNCT}]",
    "sentence punctuation anywhere (a heading holds none; 、 and quotes are allowed in headings)",
    examples=("稳增长，促改革", "好。"), counter=("加快发展新质生产力", "城乡、区域协调"), how="search",
)
HAS_STOP = Rule(
    "has_stop", r"[。；：！？;:!?]",
    "punctuation ending a sentence or clause (a block with none, marked 一、 or （一）, may be a heading)",
    examples=("稳增长；", "如下："), counter=("稳增长，促改革",), how="search",
)
HAS_FINAL = Rule(
    "has_final", f"[{FINAL}]", "sentence-final punctuation anywhere",
    examples=("好。", "吗？"), counter=("数字普惠金融；县域经济",), how="search",
)
HAS_CLAUSE_END = Rule(
    "has_clause_end", f"[{CLAUSE_END}]",
    "punctuation ending a sentence or clause (a list-marked line without any is heading-like)",
    examples=("经济运行持续向好。", "一是稳增长；"), counter=("（一）更大力度推动全方位扩大内需",), how="search",
)
NUMBERED_HEADING_STOP = Rule(
    "numbered_heading_stop", f"[{CLAUSE_END}]|[：:]$",
    "what a numbered heading never holds: a clause end, or a colon at its end "
    "(（十）更大力度保护生态环境，推进… is one)",
    examples=("（一）经济运行持续向好。", "一、主要工作："), counter=("（十）更大力度保护生态环境，推进绿色发展",),
    how="search",
)
ENDS_SENTENCE_OR_CLAUSE = Rule(
    "ends_sentence_or_clause", f"[。！？!?…：:][{CLOSERS}]*$",
    "text ending a sentence or clause (a paragraph cut by a running header does not)",
    examples=("经济要求。", "如下：", "“好！”"), counter=("发展，不只是",), how="search",
)
SENTENCE = Rule(
    "sentence", f"[^{FINAL}]*(?:[{FINAL}]+[{CLOSERS}]*|$)",
    "a sentence: text up to and including 。！？ (and closers), or a trailing fragment",
    examples=("需做好三件事。", "还有"), counter=(),
)
SENTENCE_ENDS = Rule(
    "sentence_ends", f"[{FINAL}]+[{CLOSERS}]*",
    "sentence-final punctuation with its closers (a number's sentence ends after it)",
    examples=("。", "！”"), counter=("，",), how="search",
)
NOT_IN_TITLE = Rule(
    "not_in_title", r"[。；;]",
    "punctuation a title line never holds (a title may hold ， 、 · “” 《》 （） —— and a colon inside, "
    "and end ？ or ！: 缅怀先烈，传承优良作风（今日谈）, 山东理工大学：聚焦教师发展)",
    examples=("主要任务；其次", "好。"), counter=("缅怀先烈，传承优良作风（今日谈）", "为什么？", "山东理工大学：聚焦教师发展"),
    how="search",
)
COLON_HEADING = Rule(
    "colon_heading", r"^[^\s：:，。；！？!?;]{2,18}：[^：:。；！？!?;]{2,30}(?:[^\W\d_]|[”’》])$",
    "a heading of a short lead and its phrase parted by a colon (“最先一公里”：产地预冷设施补短板, "
    "邓秀兰（社区健身指导员）：带着街坊一起动起来, 症结一：物业不愿意，“怕担责”), ending on a character "
    "or a closing quote; a sentence or an interview's turn ends on its mark",
    examples=("“最先一公里”：产地预冷设施补短板", "邓秀兰（东岭市社区健身指导员）：带着街坊一起动起来",
              "通道：从“季节开放”到“常年通关”", "症结一：物业不愿意，“怕担责”"),
    counter=("记者：议事会怎样运转？", "他说：", "答：每月开展协商。", "增长：全年5.2%"),
)
LEAD_IN_QUOTE = Rule(
    "lead_in_quote", r"^[^\s，。！？；：!?;:“”]{2,12}——\s*“[^“”。！？；：!?;:]{2,38}”$",
    "a lead-in and its quoted heading set on one line (湖南沅溪——  “把戏送到田间地头”): a heading "
    "however long its line; a sentence running on through a dash is no lead-in",
    examples=("湖南沅溪——  “把戏送到田间地头”", "江苏苏州——“将非遗项目与入境游有机深度融合”"),
    counter=("他说——“好。”", "正如老话所说，我们——“不忘初心”", "湖南沅溪——"),
)
WHOLE_QUOTE = Rule(
    "whole_quote", r"^“[^“”。！？；：!?;:]{2,38}”$",
    "a line that is one quotation with no sentence mark inside it (a quoted heading under a "
    "lead-in: 江苏苏州—— / “将非遗项目与入境游有机深度融合”); a quoted sentence closes on its mark",
    examples=("“将非遗项目与入境游有机深度融合”", "“在充满烟火气的市井小巷，我们可以和手工艺人面对面交流”"),
    counter=("“慢一点，上下尽量缠均匀，再左右缠绕。”", "“两山”转化路径", "“好”“快”"),
)
CHECKBOX = Rule(
    "checkbox", r"[□■☐☑☒√✓✔\uf052\uf0a3\uf06f]",
    "a check box (□ 适用 √ 不适用): a form line, not a heading",
    examples=("□ 适用 √ 不适用",), counter=("适用范围",), how="search",
)
BIGRAM = Rule(
    "bigram", f"(?=([{CJK}]{{2}}))",
    "two CJK characters in a row (headings are compared with text by their bigrams)",
    examples=("发展",), counter=("发",),
)
DIGITS = Rule(
    "digits", r"[0-9０-９]+",
    "digits, folded when comparing running-header lines across pages (第7版 ~ 第8版)",
    examples=("7", "１２"), counter=("七",),
)
SPACE = Rule(
    "space", r"\s+", "whitespace, dropped when comparing running headers across pages",
    examples=(" ", "\u3000"), counter=("a",),
)

RULES = rules_of(globals())
