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

# Repair (zhdoc/dump/repair.py) -------------------------------------------------------------
#: a line ending a sentence: 。！？… (or ASCII . ! ? after a non-digit), closers allowed after
RE_REPAIR_END_FINAL = re.compile(r"(?:[。！？…!?]|(?<![\d.])\.)[”’」』）)》〉】\"']*$")
#: sentence-final punctuation anywhere in a line (a field's list never holds it)
RE_REPAIR_FINAL_ANYWHERE = re.compile(r"[。！？!?]")
#: a line ending with a colon (a paragraph introducing what follows may end there)
RE_REPAIR_END_COLON = re.compile(r"[：:][”’」』）)》〉】]*$")
#: a line ending mid-sentence: comma, enumeration comma, semicolon, an opening quote/bracket, dash
RE_REPAIR_END_CONT = re.compile(r"[，、；,;“‘「『（(《〈【—\-－~～]$")
#: a line starting with punctuation that closes something (never starts a paragraph)
RE_REPAIR_START_CLOSER = re.compile(r"^[，。、；：！？,.;:!?”’」』）)》〉】…·]")
#: a line starting with an opening quote/bracket (a typesetter never leaves one at a line end)
RE_REPAIR_START_OPENER = re.compile(r"^[“‘「『（(《〈【\[]")
#: a Latin word or number at a line start (typesetters do not split them)
RE_REPAIR_LEAD_WORD = re.compile(r"^[A-Za-z0-9]+(?:[.,:/\-][A-Za-z0-9]+)*")
#: sentence punctuation: a unit without any is heading-like (、 and quotes allowed in headings)
RE_REPAIR_SENT_PUNCT = re.compile(r"[，。；：！？,;:!?]")
#: punctuation ending a sentence or clause: a unit with none, marked 一、/（一）, may be a heading
RE_REPAIR_STOP_PUNCT = re.compile(r"[。；：！？;:!?]")
#: a strong unit start: ▎-style heading marks, —— lead-ins, 第X章/节, 一、, datelines
RE_REPAIR_STRONG_START = re.compile(
    r"^(?:[▎▍▌■●◆▲★☆◇○]|——|--|第[一二三四五六七八九十百零〇\d]{1,4}[章节篇部编]"
    r"|[一二三四五六七八九十]{1,3}[、．]|本报[^\s，。]{0,12}(?:电|讯(?!员))"
    r"|(?:摘\s*要|内容提要)\s*[：:]|[【\[]\s*(?:摘\s*要|关键词|内容提要)\s*[】\]])"
)
#: a decimal-numbered heading alone on its line (1 引言, 2.1 指标体系构建): a space after the
#: number, no measure word after it (12 个省份) and no sentence punctuation
RE_REPAIR_NUM_HEADING = re.compile(
    rf"^\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[ \u3000]+(?![个年月日号万亿千百元名位项家人次岁天倍])[{CJK}]"
    r"[^，。；：！？,;:!?]{0,24}$"
)
#: a front-matter field line of a journal article (关键词：…, 中图分类号：…): a unit of its own
RE_REPAIR_FIELD = re.compile(
    r"^(?:关键词|关键字|中图分类号|文献标识码|文章编号|基金项目|收稿日期|作者简介|DOI)\s*[：:]"
)
#: a list-item unit start: 一是, 第一，, （一）, 1. / 1、, ①
RE_REPAIR_ITEM_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|\d{1,2}[）)]|[①-⑳])"
)
#: the first two items of a list at a line start, the numeral in a group named by the style
RE_REPAIR_ITEM_ORDINAL = re.compile(
    r"^(?:(?P<shi>[一二])是|第(?P<di>[一二])[，,、：:]|[（(](?P<paren>[一二12])[）)]"
    r"|(?P<num>[12])[、．.](?!\d)|(?P<circ>[①②]))"
)
#: a journal article's author line: 陈思远1，王 琳2, 张三*、李四 (names with superscript marks;
#: without marks, 有潜力、有韧 in running text would look the same)
RE_REPAIR_AUTHOR_LIST = re.compile(
    rf"^(?=.*[{CJK}][\d*＊])[{CJK}](?:\s?[{CJK}]){{1,2}}[\d*＊,，]{{0,4}}"
    rf"(?:[，,、\s]\s*[{CJK}](?:\s?[{CJK}]){{1,2}}[\d*＊,，]{{0,4}}){{1,5}}$"
)
#: an institution's kind, ending its name (复旦大学, 经济学院, 工业经济研究所)
_INSTITUTION = "(?:大学|学院|研究所|研究院|研究中心|科学院|社科院|党校|银行|公司|委员会|研究室|实验室)"
#: the start of a journal article's affiliation line (it may wrap): （1.复旦大学…, （复旦大学…，上海 200433
RE_REPAIR_AFFILIATION = re.compile(
    rf"^[（(](?:\d\s*[.．、]\s*[^（）()]{{2,60}}?{_INSTITUTION}|[^（）()]{{2,60}}?{_INSTITUTION}[^（）()]*?\d{{6}})"
)
#: a column label over a title: 【热点观察】 (a unit of its own)
RE_REPAIR_LABEL = re.compile(r"^[【\[][^】\]]{1,12}[】\]]$")
#: an official document's full title alone on a line: 关于…的通知 (it stands alone)
RE_REPAIR_DOC_TITLE = re.compile(
    r"^关于\S{2,40}的(?:通知|通报|报告|决定|决议|意见|办法|规定|公告|批复|函)$"
)
#: a date alone on a line (under a signature, under a speech's title): 2024年3月5日, （2024年1月8日）
RE_REPAIR_DATE_LINE = re.compile(r"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?$")
#: a page number left in a dump: 7, - 7 -, 第7版, 第7页
RE_REPAIR_PAGE_NUMBER = re.compile(r"^(?:[-－—–·\s]*\d{1,3}[-－—–·\s]*|第\s*\d{1,3}\s*[版页])$")
#: a page number that says so (dashes around it, 第7版): furniture even inside a paragraph
RE_REPAIR_PAGE_MARKED = re.compile(r"^(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*[版页])$")
#: a running header's date with its weekday: 2024年3月5日 星期二 (the page's issue date)
RE_REPAIR_ISSUE_DATE = re.compile(
    r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天](?:\s*\S{0,12})?$"
)
#: a jump line sending the reader to another page: （下转第3版）, （上接第1版）: furniture
RE_REPAIR_JUMP = re.compile(r"^[（(]?(?:下转|上接|转|接|续)第?\s*[0-9一二三四五六七八九十]{1,3}\s*[版页面][）)]?$")
#: digits, folded when comparing running-header lines (第7版 ~ 第8版)
RE_REPAIR_DIGITS = re.compile(r"\d+")
#: a personal name alone on a line (2–3 characters, 同志 allowed)
RE_REPAIR_NAME = re.compile(rf"^[{CJK}]{{2,3}}(?:同志)?$")
#: a byline: □ 名字, 本报记者 名字, 记者 名字, 作者：名字 (its spaces separate names: kept)
RE_REPAIR_BYLINE = re.compile(
    rf"^(?:□\s*[{CJK}](?:\s?[{CJK}]){{1,3}}(?:\s+[{CJK}](?:\s?[{CJK}]){{1,3}}){{0,5}}$(?<!适用)"
    r"|(?:本报|新华社)?(?:记者|通讯员|特约评论员)\s|作者[：:]"
    r"|(?:本报|新华社|[^\s，。]{2,6}(?:日报|报社))(?:特约)?(?:评论员|编辑部|评论部)$)"
)
#: a reader's signature at a letter's end: （读者 王建国）, （网友 刘 芳） (not （读者来信）)
_READER_SIGNATURE = rf"[（(]\s*(?:读者|网友)\s+[{CJK}](?:\s?[{CJK}]){{1,3}}\s*[）)]$"
#: a trailer: （作者单位：…）, （作者为…）, （作者系…）, （本文作者…）, a byline at the end: （记者 王海燕）,
#: a reader's signature: （读者 王建国）
RE_REPAIR_TRAILER = re.compile(
    r"^[（(](?:(?:本文)?作者(?:单位|为|系|是|[：:])|\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)[^（）()]{1,30}[）)]$)"
    rf"|^{_READER_SIGNATURE}"
)
#: a source line: 来源：XX日报
RE_REPAIR_SOURCE = re.compile(r"^(?:来源|出处|稿源)\s*[：:]\s*[^\s，。；：！？,;:!?]{2,24}$")

# Segmentation (zhdoc/segment/articles.py) ------------------------------------------------------
#: a mark printed before a heading (not part of its text)
RE_SEG_MARK = re.compile(r"^[▎▍▌■●◆▲★☆◇]\s*")
#: numbered heading styles, by name: 第一章, 第一节, 一、, （一）, 1. / 1.1, (1)
RE_SEG_NUMBERED = re.compile(
    r"^(?:(?P<chapter>第[一二三四五六七八九十百零〇\d]{1,4}(?:章|编|篇|部分)(?![的之]))"
    r"|(?P<section>第[一二三四五六七八九十百零〇\d]{1,4}节)"
    r"|(?P<dun>[一二三四五六七八九十]{1,3}[、．])"
    r"|(?P<paren>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<num>\d{1,2}(?:\.\d{1,2})*(?:[、．]|\.(?!\d)|\s))"
    r"|(?P<paren_num>[（(]\d{1,2}[）)]))"
)
#: a heading's decimal number, its parts after the first in group 1: 2.1 指标体系 → ".1"
RE_SEG_DECIMAL_NUMBER = re.compile(r"^\d{1,2}((?:\.\d{1,2})*)(?![\d.．])")
#: punctuation a plain heading never holds
RE_SEG_HEADING_BAD = re.compile(r"[，。；：！？,;:!?]")
#: punctuation a numbered heading never holds (（十）更大力度保护生态环境，推进… is one)
RE_SEG_STOP = re.compile(r"[。；！？;!?]|[：:]$")
#: an official document's title ends with its kind: 关于…的通知, …工作报告, …实施方案
RE_SEG_DOC_TITLE = re.compile(
    r"(?:通知|通报|报告|决定|决议|意见|办法|规定|公告|公报|讲话|纲要|方案|规划|条例|细则|批复|指引|倡议书)$"
)
#: an official document's full title, which opens a document of its own: 关于…的通知
RE_SEG_DOC_START = re.compile(
    r"^关于\S{2,40}的(?:通知|通报|报告|决定|决议|意见|办法|规定|公告|批复|函)$"
)
#: a date standing alone (the date under a signature): 2024年3月18日
RE_SEG_DATE_ONLY = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
#: text ending a sentence or clause (a paragraph cut by a running header does not)
RE_SEG_SENTENCE_END = re.compile(r"[。！？!?…：:][”’」』）)》]*$")
#: a check box (□ 适用 √ 不适用): a form line, not a heading
RE_SEG_CHECKBOX = re.compile(r"[□■☐☑☒√✓✔\uf052\uf0a3\uf06f]")
#: a date line (2025年1月14日在…会议上): front matter, not a heading
RE_SEG_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: a byline: □ 名字, 本报记者 名字, 记者 名字, 作者：名字
RE_SEG_BYLINE = re.compile(
    rf"^(?:□\s*[{CJK}](?:\s?[{CJK}]){{1,3}}(?:\s+[{CJK}](?:\s?[{CJK}]){{1,3}}){{0,5}}$(?<!适用)"
    r"|(?:本报|新华社|特约)?(?:记者|通讯员|评论员)\s*\S|作者\s*[：:]|文\s*[/|｜]\s*\S"
    r"|(?:本报|新华社|[^\s，。]{2,6}(?:日报|报社))(?:特约)?(?:评论员|编辑部|评论部)$)"
)
#: what a byline never holds: sentence punctuation, or a run of 13 characters without a break
#: (记者：去年以来，…？ is an interview question; 记者近日走访发现，… a sentence)
RE_SEG_BYLINE_SENTENCE = re.compile(r"[。！？!?；;]|[^\s，,、：:/|｜（）()]{13,}")
#: a journal article's affiliation line, whole: （1.复旦大学经济学院，上海 200433；2.…）, （北京大学经济学院）
RE_SEG_AFFILIATION = re.compile(
    rf"^[（(](?:\d\s*[.．、]\s*)?[^（）()]{{2,120}}?{_INSTITUTION}[^（）()]*[）)]$"
)
#: a byline printed at an article's end, in brackets: （记者 王海燕）, （本报记者 李 明）, （读者 王建国）
RE_SEG_BYLINE_TRAILER = re.compile(
    rf"^[（(]\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)[^（）()]{{1,30}}[）)]$|^{_READER_SIGNATURE}"
)
#: a salutation alone in its paragraph: 编辑同志：, 同志们：, 各位代表：
RE_SEG_SALUTATION = re.compile(r"^[^，。；：！？,;:!?\s]{1,10}[：:]$")
#: superscript marks after a name in a journal's author line (陈思远1, 王琳*)
RE_SEG_AUTHOR_MARK = re.compile(r"[\d*＊]+$")
#: a journal affiliation's numbering and city with postcode: "1." … "，上海 200433"
RE_SEG_AFF_NUMBER = re.compile(r"^\d\s*[.．、]\s*")
RE_SEG_AFF_POSTCODE = re.compile(r"[，,]\s*[^，,；;\s]{2,10}\s*\d{6}$")
#: a byline naming a collective author: 本报评论员, 新华社评论员, 本报编辑部
RE_SEG_BYLINE_COLLECTIVE = re.compile(
    r"^(?:本报|新华社|[^\s，。]{2,6}(?:日报|报社))(?:特约)?(?:评论员|编辑部|评论部)$"
)
#: a speaker line in a report's front matter: 国务院总理 李克强, 四川省人民政府省长 施小琳
RE_SEG_SPEAKER = re.compile(
    rf"^[{CJK}]{{0,20}}(?:总理|省长|市长|主席|书记|部长|主任|委员长|院长|区长|县长|州长|行长|局长|"
    rf"厅长|总裁|董事长|总经理)\s+(?P<name>[{CJK}]{{2,4}})(?:同志)?$"
)
#: a line ending on a position, the speaker's name cut onto the next line: 四川省人民政府省长
RE_REPAIR_POSITION_END = re.compile(
    r"(?:总理|省长|市长|主席|书记|部长|主任|委员长|院长|区长|县长|州长|行长|局长|厅长|总裁|董事长|总经理)$"
)
#: words in a byline that name a role, not a person (removed before splitting the names)
RE_SEG_BYLINE_ROLE = re.compile(
    r"□|■|本报|新华社|特约|实习生|记者|通讯员|评论员|作者|读者|网友|责任编辑|编辑|摄影|[：:]|文\s*[/|｜]|图\s*[/|｜]"
)
#: words after the names in a byline (王晓明报道, 李娜整理)
RE_SEG_BYLINE_TAIL = re.compile(r"(?:报道|采写|整理|撰文|编译)$")
#: an affiliation in brackets after a name in a byline: 张三（北京大学经济学院）
RE_SEG_BYLINE_AFF = re.compile(r"[（(](?P<aff>[^（）()]{2,40})[）)]")
#: a trailer: （作者单位：X）, （作者为X）, （作者系X）; group ``aff`` holds X
RE_SEG_TRAILER = re.compile(
    r"^[（(](?:本文)?作者(?:单位\s*[：:]|分别为|分别系|为|系|是|[：:])\s*(?P<aff>.*?)\s*[）)]$"
)
#: a position after an affiliation in a trailer (作者为X大学教授 → X大学)
RE_SEG_POSITION = re.compile(
    r"(?:副?研究员|助理研究员|副?教授|讲师|博士后?|博士生|硕士生|研究生|院长|副院长|所长|主任|"
    r"副主任|首席经济学家|高级经济师|经济师|分析师|学者)$"
)
#: a source line: 来源：北京日报; group ``src``
RE_SEG_SOURCE = re.compile(r"^(?:来源|稿源|来自|出处)\s*[：:]\s*(?P<src>\S.*)$")
#: a subtitle line: ——2017年3月5日在…; ----…
RE_SEG_SUBTITLE = re.compile(r"^(?:——|－－|--+|—\s)")
#: a dateline opening a news story: 本报北京3月5日电, 新华社北京3月5日电, 本报讯（记者 王某）
RE_SEG_DATELINE = re.compile(
    r"^[（(]?(?:本报|新华社|中新社|人民网|央视网|新华网)[^\s，。、]{0,14}?(?:电|讯(?!员))"
    r"(?:\s*[（(](?P<who>[^）)]{0,20})[）)])?"
)
#: an abstract paragraph in a journal article: 摘要：…, 【摘要】…, 内容提要：…; an editor's note: 【编者按】…
RE_SEG_ABSTRACT = re.compile(
    r"^(?:[【\[]\s*(?:摘\s*要|内容提要|编者按)\s*[】\]]|(?:摘\s*要|内容提要|编者按)\s*[：:])\s*"
)
#: an announced count in a heading or intro: 六大举措, 四方面, 三个, 五项
RE_SEG_ANNOUNCED = re.compile(r"(?P<n>[一二三四五六七八九十两]|\d{1,2})(?:大|个|项|方面|点|条|类|种|是)")
#: a list-item marker (一是, （一）, 第一，, 1.) counting the items a section holds
RE_SEG_ITEM = re.compile(
    r"(?:^|(?<=[。；！？\s]))(?:(?P<shi>[一二三四五六七八九十])是|第(?P<di>[一二三四五六七八九十])[，、]"
    r"|[（(](?P<paren>[一二三四五六七八九十])[）)])"
)
#: two CJK characters in a row (headings are compared with text by their bigrams)
RE_SEG_BIGRAM = re.compile(rf"(?=([{CJK}]{{2}}))")

# Lists (zhdoc/extract/lists.py) ---------------------------------------------------------------
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
    #: ⑴ … ⒇
    "paren_digit": re.compile(_LIST_LEFT + "(?P<n>[\u2474-\u2487])"),
    #: 一靠 二靠 … (一靠政策，二靠改革); not 一靠近
    "kao": re.compile(_LIST_LEFT + f"(?P<n>{_LIST_ZH})靠(?!近|拢|谱|山)"),
    #: 其一， 其二： 其三是
    "qi": re.compile(_LIST_LEFT + "其(?P<n>[一二三四五六七八九十])(?:[，,、：:]|(?=是))"),
    #: —— opening a paragraph (a dash bullet; its ordinal is its place in the run of them)
    "dash": re.compile(_LIST_LEFT + "(?P<w>——)(?!—)"),
}
#: what follows ``1.`` in a decimal number rather than a list item (1.5%, 2.3万亿, 3.5倍)
RE_LIST_DECIMAL = re.compile(r"\d+(?:[.．%％万亿倍千百]|个百分点|$)")
#: every style in one pass (group ``<style>``, numeral ``<style>_n``/``_w``/``_last``), a
#: first-character lookahead before the boundary test
RE_LIST_ANY = re.compile(r"(?=[一二三四五六七八九十第首其再最另（(\d\u2460-\u2487—])" + _LIST_LEFT
                         + "(?:" + "|".join(
    f"(?P<{style}>" + rx.pattern[len(_LIST_LEFT):].replace("(?P<", f"(?P<{style}_") + ")"
    for style, rx in RE_LIST_MARKERS.items()) + ")")
#: a count announced before a list: 四方面, 六大举措, 两大类, 三个, 五项, 三件事, 9个方面
#: (not a slogan's count such as 五个“必须统筹好”, nor a party congress: 党的十八大以来)
RE_LIST_ANNOUNCED = re.compile(
    r"(?<![第\d.一二两三四五六七八九十几])(?<!党的)(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})"
    r"(?:个方面|大方面|方面|大类|大(?!以来|精神|报告|代表|会|召开|和|、|及|提出)|个|项|条|点|件|种|类|句话|字)"
    r"(?!百分点|月|小时|多|亿|万|以上|年|倍|[“\"])"
)
#: a count that sums up a conjunction before it in its clause (从供给和需求两方面) announces nothing
RE_LIST_SUMMED = re.compile("[和与及、][^，。；：！？,;:!?]*$")
#: markers whose one short sentence alone in its paragraph is a heading: （一）加快发展。
RE_LIST_HEADING_ONLY = re.compile(rf"[（(]{_LIST_ZH}[）)]|{_LIST_ZH}、")
#: a paragraph with no sentence punctuation (a heading-like line when it starts with a marker)
RE_LIST_SENTENCE_MARK = re.compile("[。！？；;!?]")
#: a sentence: text up to and including 。！？ (and closers), or a trailing fragment
RE_LIST_SENTENCE = re.compile(f"[^。！？!?]*(?:[。！？!?]+[{CLOSERS}]*|$)")

# Numbers (zhdoc/extract/numbers.py) -----------------------------------------------------------
#: an Arabic number: digits spaced one by one by a justified line (1 9 9 7, 8 ．8, 1 0 ．0 6),
#: or compact ASCII/full-width digits with thousands separators and a decimal point;
#: two compact numbers with a space between (a table row: 1.57 98.73%) stay two numbers
NUM_AR = (
    r"(?:[0-9０-９](?: [0-9０-９])+(?: ?[.．] ?[0-9０-９](?: [0-9０-９])*)?"
    r"|[0-9０-９] [.．] ?[0-9０-９](?: [0-9０-９])*"
    r"|[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?)"
)
#: a run of Chinese numeral characters, maybe a decimal (七点二); traditional 萬億兩點 too
#: (validated by zhdoc.extract.numerals.parse_chinese)
NUM_CN = (
    r"[零〇○一二两兩三四五六七八九十][零〇○一二两兩三四五六七八九十百千万亿萬億几]*"
    r"(?:[点點][零〇一二三四五六七八九]+)?"
)
#: either kind of number
NUM_ANY = f"(?:{NUM_AR}|{NUM_CN})"
#: a magnitude printed after an Arabic number (1.2万亿, 3.5亿元, 1361万人)
NUM_MAGNITUDE = r"(?:万亿|千亿|百亿|亿|千万|百万|万|千(?![瓦米克伏]))"
#: unit as printed → (normalized unit, kind); "year" for 年 is refined to year/duration
NUMBER_UNITS: dict[str, tuple[str, str]] = {
    **{u: ("%", "percent") for u in ("%", "％")},
    "‰": ("‰", "permille"),
    **{u: ("个百分点", "percentage_point") for u in ("个百分点", "个多百分点", "百分点")},
    "倍": ("倍", "multiple"),
    "成": ("成", "share"),
    **{u: ("元", "money") for u in ("元", "元人民币", "块钱")},
    **{u: (u, "money") for u in ("美元", "欧元", "日元", "港元", "港币", "英镑", "卢布")},
    **{u: ("年", "year") for u in ("年", "年度")},
    **{u: ("个月", "duration") for u in ("个月", "个多月", "个半月")},
    **{u: ("月", "month") for u in ("月", "月份")},
    **{u: (u, "duration") for u in ("天", "小时", "分钟", "周年")},
    "日": ("日", "day"),
    **{u: (u, "ordinal") for u in ("号", "期")},
    "季度": ("季度", "quarter"),
    **{u: (u, "quantity") for u in (
        "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "米", "厘米", "毫米",
        "公顷", "亩", "吨", "千克", "公斤", "克", "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦",
        "标准箱", "标箱", "升", "岁", "微克/立方米", "千伏", "斤", "度", "人公里", "吨公里",
        "噸", "畝",
    )},
    **{u: ("大", "count") for u in ("大",)},
    "人口": ("人", "count"),
    "届": ("届", "ordinal"),
    **{u: (u, "count") for u in (
        "个", "项", "家", "件", "所", "座", "条", "台", "辆", "架", "艘", "套", "批", "类",
        "大类", "种", "方面", "个方面", "大方面", "名", "位", "人", "人次", "户", "次",
        "场", "起", "处", "部", "本", "篇", "门", "张", "册", "只", "头", "株", "棵", "栋",
        "间", "层", "级", "支", "枚", "颗", "款", "宗", "例", "轮", "份", "组", "代",
        "片", "点", "步", "者", "列", "趟", "家次", "批次", "架次", "道", "班次", "匹", "個",
        "省", "市",  # administrative units counted: 川中丘陵地区四市, 四省
    )},
}
#: what may not follow a unit (人民 is a people, 市民 a citizen, 省份 a word)
_UNIT_NOT_BEFORE = {"人": r"(?![民])", "市": r"(?![民场长委区级县])", "省": r"(?![份长委级区市])"}
#: the units, longest first; a currency may take a "per" (美元/人, 元/吨)
NUMBER_UNIT_ALT = (
    "(?:"
    + "|".join(
        re.escape(u) + (r"(?:/(?:平方米|立方米|千瓦时|人|吨|年|月|天|户|亩|辆|台|件|个))?"
                        if NUMBER_UNITS[u][1] == "money" else "")
        + _UNIT_NOT_BEFORE.get(u, "")
        for u in sorted(NUMBER_UNITS, key=len, reverse=True)
    )
    + ")"
)
#: what joins the two ends of a range (3%—5%, 10至20, 1—5月)
NUM_RANGE_SEP = r"(?:——|—|–|－|-|~|～|至|到)"
#: a qualifier before the number (约 not in 节约/制约…, 近 not in 最近/附近…)
NUM_PRE_QUALIFIER = (
    r"(?:大约|(?<![节制签合预公邀契条简])约|将近|接近|(?<![最附将接靠亲])近|超过|(?<!赶)超|"
    r"逾|不到|不足|不少于|不低于|不超过|至少|多达)"
)
#: a qualifier after the number (多 not the start of 多元/多样/多种…)
NUM_POST_QUALIFIER = r"(?:以上|以下|以内|左右|上下|之多|余|多(?![元样种方层渠领个措重]))"
#: a number with magnitude, unit and maybe a range: 3.5亿元, 八个多月, 3%—5%, 1—5月
NUM_PLAIN = (
    rf"(?P<n1>{NUM_ANY})(?: ?(?P<mid0>多|余))?(?: ?(?P<mag1>{NUM_MAGNITUDE}))?(?: ?(?P<mid1>多|余))?(?P<mag1b>(?<=万多|万余)亿)? ?(?P<u1>{NUMBER_UNIT_ALT})?"
    rf"(?:(?P<sep>{NUM_RANGE_SEP}) ?(?P<n2>{NUM_ANY})(?: ?(?P<mid20>多|余))?(?: ?(?P<mag2>{NUM_MAGNITUDE}))?"
    r"(?: ?(?P<mid2>多|余))?"
    rf" ?(?P<u2>{NUMBER_UNIT_ALT})?)?"
)
#: a character a number mention can start with (a cheap first test: 7x faster scanning)
NUM_START = "0-9０-９零〇○一二两兩三四五六七八九十第百翻千万亿约近将接超逾不至多大"
#: one number mention: 百分之…, 翻…番, 第…, centuries/decades, dates, or a plain number
RE_NUMBER = re.compile(
    rf"(?=[{NUM_START}])"
    rf"(?P<pre>{NUM_PRE_QUALIFIER})?"
    r"(?:"
    rf"(?P<pct>百分之(?P<pn>{NUM_ANY})(?:{NUM_RANGE_SEP}(?:百分之)?(?P<pn2>{NUM_ANY}))?)"
    r"|(?P<fan>翻了?(?P<fn>[一两二三四五六几])番)"
    rf"|(?P<ord>第 ?(?P<on>{NUM_ANY}) ?(?P<ou>大|位|名|次|届|个|部|条|年|季度|批|家|阶段|轮|期|"
    r"项|章|节|款|类|种|天|步|层|级|座|代|产业|梯队|站|场|号)?)"
    rf"|(?P<cent>(?P<cn>{NUM_ANY}) ?世纪(?: ?(?P<cdn>{NUM_ANY}) ?年代)?)"
    rf"|(?P<dec>(?P<dn>{NUM_ANY}) ?年代)"
    rf"|(?P<ymd>(?P<y>{NUM_ANY}) ?年 ?(?P<m>{NUM_ANY}) ?月(?:份)?(?: ?(?P<d>{NUM_ANY}) ?[日号])?)"
    rf"|(?P<md>(?P<m2>{NUM_ANY}) ?月 ?(?P<d2>{NUM_ANY}) ?[日号])"
    rf"|(?P<frac>(?P<fd>{NUM_ANY})分之(?P<fn2>{NUM_ANY})|(?P<half>一半))"
    rf"|(?P<ratio>(?P<ra>{NUM_AR})[∶:：](?P<rb>{NUM_AR}))"
    rf"|(?<![几数上百千十万亿多余])(?P<bare>(?:(?:百万|千万|十万|万亿|亿)(?={NUMBER_UNIT_ALT})(?!级)"
    rf"|(?<=[破超过到达近逾])(?:万亿|亿|万)(?={NUMBER_UNIT_ALT}(?!级)|[^{CJK}]|$)"
    r"|(?:万亿|千亿|百亿)"  # a magnitude with 亿 needs no unit: 千亿级, 千亿县, 超百亿
    rf"|(?:千万|百万|十万|万)(?={NUMBER_UNIT_ALT}级)"  # a scale class: 万吨级
    r"|[百千万](?=亩))"  # an area class: 千亩示范片, 万亩良田
    rf"(?:(?!级) ?(?P<bu>{NUMBER_UNIT_ALT}))?)"
    rf"|{NUM_PLAIN}"
    r")"
    rf"(?P<post>{NUM_POST_QUALIFIER})?"
)
#: the second numeral of an elided range after a unitless first one: 二、三级医院, 三、四月份
RE_NUMBER_ELIDED = re.compile(rf"、(?P<n>[一二两三四五六七八九十])(?P<u>{NUMBER_UNIT_ALT})")
#: what after a Chinese N级 makes it a grade (ordinal): a graded thing or a bound (二级医院,
#: 三级公立医院, 二级旧里, 二级批发站, 二级及以上); otherwise it counts levels (中央和省两级,
#: 三级所有制, 五级分类, 市区街乡三级监管, 三级养老服务网络)
RE_LEVEL_GRADED = re.compile(r"及?(?:以上|以下)|[^，。；、：！？\d]{0,2}(?:医院|医疗|旧里|批发)")
#: levels enumerated right before N级 make it a count of them whatever follows (县、乡、村三级医疗,
#: 县、社两级医院, 市区街乡三级)
RE_LEVELS_BEFORE = re.compile(r"(?:(?:[省市县区乡镇村街社组]|中央|地市|基层)[、和与及]?){2,}$")
#: the plain alternative alone (re-matched where a date turned out not to be one)
RE_NUMBER_PLAIN = re.compile(NUM_PLAIN)
#: a qualifier right after a number or its unit
RE_NUMBER_POST = re.compile(NUM_POST_QUALIFIER)
#: a Chinese numeral starting one of these words is no number (十分 is "very", 三次产业 a term)
RE_NUMBER_NOT_WORD = re.compile(
    r"三次产业|五位一体|十分|万分|三番五次|四面八方|五湖四海|[两三四五六七八九]位数|三门峡|零(?![点點])"
)
#: what makes N次 an ordinal: 二次会议 is the second session
RE_ORDINAL_SESSION = re.compile(r"会议|全会|全体会议|代表大会")
#: 第N that is a word, not an ordinal (第三方 a party, 第一时间 "at once")
RE_ORDINAL_NOT_WORD = re.compile(r"第(?:三方|一时间|一线|一手)")
#: a direction word right before a number (its qualifier aside): 增长8.8%, 下降到6%
RE_NUMBER_DIRECTION = re.compile(
    r"(?:(?P<inc>增长|增加|提高|上升|上涨|提升|扩大|增|涨|回升)|"
    r"(?P<dec>下降|减少|降低|下跌|回落|缩小|缩减|压减|压降|减|降))(?:了)?(?:到|至|为|达)?$"
)
#: scopes that make 第N a rank (世界第一, 全国第二) rather than an ordinal
RE_RANK_SCOPE = re.compile(r"(?:世界|全球|全国|全省|全市|国内|亚洲|全球|排名|位居|跃居|位列|居|列)$")
#: a copula or predicate right before a number: the subject of the clause is its entity
RE_NUMBER_COPULA = re.compile(r"(?:为|是|达到|达|约为|突破|超过)$")
#: where a clause starts (the entity of a number never crosses it)
RE_CLAUSE_START = re.compile(r"[，,；;。！？!?：:“”\"、]")
#: adverbs at the end of a subject phrase that are not part of it (累计, 分别, 平均)
RE_SUBJECT_TAIL = re.compile(r"(?:分别|累计|平均|年均|同比|均|已经|已|总计|合计|共|预计|全年|再次|首次)+$")
#: time words at the start of a subject phrase that are not part of it
RE_SUBJECT_LEAD = re.compile(r"^(?:而|但|且|其中|同期|目前|当前|去年|今年|全年|上年|截至[^，]*?末|到|在|至)+")
#: the distributive word whose values pair with the names before it
RE_RESPECTIVELY = re.compile(r"分别")
#: where the clause holding the names of a 分别 starts
RE_NAMES_CLAUSE = re.compile(r"[，,；;。：:！？!?]")
#: one name of an enumeration (no joiner, no 的, no punctuation; maybe quoted: “上海标准”)
NUM_NAME = r"[“\"]?[^、，,；;。：:和与及的\s“”（）()]{1,16}[”\"]?"
#: an enumeration of names ending the clause before 分别: 而美国、日本、德国和韩国的这一数据
RE_NAME_LIST = re.compile(
    rf"(?:而|但|且|其中|同期|同时)?(?P<names>{NUM_NAME}(?:、{NUM_NAME})*(?:、|和|与|以及|及){NUM_NAME})"
    r"(?:的[^，,；;。：:]*)?$"
)
#: an enumeration opening an earlier clause of the sentence, its last name cut after a measure
#: noun: 化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降…
RE_NAME_LIST_OPENING = re.compile(
    rf"(?P<names>{NUM_NAME}(?:、{NUM_NAME})*(?:、|和|与|以及|及)[^、，,；;。：:和与及的\s“”（）()]{{0,14}}?"
    r"(?:总量|总额|数量|人数|指数|比重|水平|收入|支出|投资|利润|产值|价格|标准|规模|面积|人口|[量数率额值]))"
)
#: what separates the names of such an enumeration
RE_NAME_SPLIT = re.compile(r"、|和|与|以及|及")
#: what may join two values of a 分别 list (5.85倍、3.62倍、3.39倍和3.17倍)
RE_VALUE_JOIN = re.compile(r"^(?:、|，|,|和|与|及|以及)$")
#: sentence-final punctuation (a number's sentence ends after it)
RE_NUMBER_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*")

# PDF layout (zhdoc/pdf/) --------------------------------------------------------------
#: characters set solid in Chinese type: ideographs, kana, CJK and full-width punctuation
RE_PDF_SOLID = re.compile(f"[{CJK}{CJK_PUNCT}\u3040-\u30ff\u2e80-\u2eff\u2f00-\u2fdf]")
#: a chapter/section ordinal opening a line (`第一章`, `第 1 节`), closed up, then one space
RE_PDF_HEADING_ORDINAL = re.compile(r"^第 ?[0-9一二三四五六七八九十百零〇两]+ ?[章节篇编部卷讲课]")
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
#: a running header's or footer's date, weekday, issue or edition mark: `2017年3月`, `星期一`,
#: `第 3 版`, `第12期`, `2017年第3期`, `总第 58 期`
RE_PDF_RUNNING_MARK = re.compile(
    r"\d{4}\s*年\s*(?:\d{1,2}\s*月|第)|星期[一二三四五六日天]"
    r"|第\s*[\d一二三四五六七八九十百]+\s*[期版卷号]")
#: whitespace, dropped when comparing running headers across pages
RE_PDF_SPACE = re.compile(r"\s+")
#: a font name that says bold (`SimHei`, `黑体`, `Arial-BoldMT`, `FZXiaoBiaoSong`)
RE_PDF_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demi|hei|黑|xbs|biaosong|标宋|粗", re.I)
#: a dot leader set with spaces (`. . . .`, tables of contents), closed up to `....`
RE_PDF_SPACED_LEADER = re.compile(r"\.(?: \.){2,}")
#: unmapped glyphs pdfminer reports as `(cid:123)`
RE_PDF_CID = re.compile(r"^\(cid:\d+\)$")
#: a line opening as a byline (`□ 吕 铁`, `本报记者 王晓明`, `作者：`, `文／`): its wide gaps part names
RE_PDF_BYLINE = re.compile(r"^(?:[□■◎]|(?:本报|新华社|特约)?记者|通讯员|作者|文\s*[／/])")
#: a byline's role word, after which a wide gap keeps its space (`本报记者 吕 铁`)
RE_PDF_BYLINE_ROLE_END = re.compile(r"(?:记者|通讯员|评论员|实习生|作者)$")
#: a table cell holding a number: `7.3%`, `-12.5`, `1,234,567.00`, `(3.2)`, `¥5`, a dash for none
RE_PDF_NUMERIC_CELL = re.compile(
    r"^(?:[-+−–(（]?[¥$€]?\d[\d,，.]*(?:%|‰)?[)）]?|[-—–]{1,2})$")
#: a reference-list entry's marker: `[3]`, `［12］`, `[3] ` (its next lines hang under its text)
RE_PDF_REFERENCE_ITEM = re.compile(r"^[\[［]\d{1,3}[\]］] ?")
