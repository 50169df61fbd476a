"""Who wrote it: bylines, trailers, affiliations and speaker lines, and the words inside them.

A new newspaper's byline style is one row here (with its examples) added to ``BYLINES``; the
line and block kinds (``Kind.BYLINE`` in :mod:`zhdoc.rules.kinds`) pick it up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zhdoc.rules.chars import CJK, MIDDLE_DOTS
from zhdoc.rules.limits import CREDIT_TAIL_MAX
from zhdoc.rules.rule import Rule, rules_of

#: a personal name of two to four characters, spaced out (吕 铁, 王晓明) or a two-character one
#: padded to a three-character one's width (常  晋)
_NAME = rf"[{CJK}](?:\s{{0,2}}[{CJK}]){{1,3}}"

#: the commonest Chinese surnames, commonest first (a byline's first character is one)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶"
    "程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺"
    "毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛柯庄裴牛樊葛邢安齐伍庞颜倪温芦季俞章鲁"
    "翟殷甘路蓝兰凌柳焦申单祁纪舒宁聂关晏桂毕卫耿涂祝饶左房岳滕盛骆强谷包艾翁米尚谈窦霍池边"
    "卓晋冉荣蒲幸柴代苗萧甄桑晁蔺鲍邬车宫邰冀谌丛茅农缪蒙阮凤臧鞠郁官巫勾屠喻储栾连尧苑佘揭"
    "井粟隋卜费柏符简虞查游訾"
)
#: two-character surnames
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                     "宇文", "司徒", "令狐", "夏侯", "端木", "南宫", "西门", "独孤")
#: a name run on after its role (本报记者王晓明): a surname first
_SURNAMED = rf"(?:[{SURNAMES}]|{'|'.join(COMPOUND_SURNAMES)})[{CJK}]{{1,2}}"
#: another outlet, before its reporter's role (光明日报记者, 健康时报记者, 人民网记者, 环球人物记者)
_OUTLET = rf"[{CJK}]{{2,6}}?(?:日报|晚报|时报|周报|报|网|人物|杂志|电视台|通讯社)"
#: the role words that open a byline (also the roles a PDF keeps a wide gap after)
_ROLES = "记者|通讯员|评论员|实习生|作者"
#: the slash after 文 or 图 in a byline (文/张三, 图｜李四)
_SLASH = "[/／|｜]"
#: an institution's kind, ending its name (复旦大学, 经济学院, 工业经济研究所)
_INSTITUTION = "(?:大学|学院|研究所|研究院|研究中心|科学院|社科院|党校|银行|公司|委员会|研究室|实验室)"
#: positions a speaker is introduced by (国务院总理 李克强)
_POSITIONS = ("(?:总理|省长|市长|主席|书记|部长|主任|委员长|院长|区长|县长|州长|行长|局长|厅长|总裁"
              "|董事长|总经理)")

# Bylines ---------------------------------------------------------------------------------
BOX_BYLINE = Rule(
    "box_byline", rf"□\s*(?:(?:本报|新华社|特约|{_OUTLET})?(?:记者|通讯员)\s*)?{_NAME}(?:\s+{_NAME}){{0,5}}$(?<!适用)",
    "names after a box, maybe after the reporters' role: □ 吕 铁 刘 丹, □ 新华社记者  黄  玥  董博婷 "
    "(not a form's □ 适用)",
    examples=("□ 吕 铁 刘 丹", "□王晓明", "□ 常  晋", "□ 新华社记者  黄  玥  董博婷  王明玉", "□ 本报记者 王晓明",
              "□ 健康时报记者  林  敬  王振雅"),
    counter=("□ 适用", "□ 适用 √ 不适用"),
)
REPORTER_BYLINE = Rule(
    "reporter_byline",
    rf"(?:本报|新华社|特约)?(?:(?:记者|通讯员)(?:\s+\S|{_SURNAMED}(?:报道|摄|采写|整理)?(?:\s|$))"
    rf"|评论员\s+\S)",
    "a reporter's role, then a space or a name alone: 本报记者 王晓明, 新华社记者 徐 昱摄, 本报记者王晓明; "
    "a commentator's, then a space and a name: 特约评论员 张三 (not 记者近日走访发现，…, 记者：…, which "
    "are sentences, nor the column 评论员观察, nor a box's label 记者手记: a name run on after its role "
    "opens on a surname)",
    examples=("本报记者 王晓明", "新华社记者 徐 昱摄", "本报记者王晓明", "本报记者王晓明报道", "记者王海燕 李娜",
              "特约评论员 张三"),
    counter=("记者近日走访发现，市民办事", "记者：去年以来，市里在分级诊", "记者了解到，今年以来",
             "评论员观察", "记者手记"),
)
AUTHOR_BYLINE = Rule(
    "author_byline", r"作者\s*[：:]", "作者：张三",
    examples=("作者：张三、李四", "作者 ：李文"), counter=("作者简介：",),
)
WEN_BYLINE = Rule(
    "wen_byline", rf"文\s*{_SLASH}\s*\S", "文/张三, 文｜李四, 文／王五",
    examples=("文/张三", "文 ｜ 李四", "文／王五"), counter=("文件",),
)
COLLECTIVE_BYLINE = Rule(
    "collective_byline",
    r"(?:本报|新华社|[^\s，。]{2,6}(?:日报|报社))(?:特约)?(?:评论员|编辑部|评论部|(?:联合)?(?:调研组|采访组|调查组))$",
    "a collective author: 本报评论员, 新华社评论员, 本报编辑部, 经济日报评论员, 本报调研组",
    examples=("本报评论员", "新华社特约评论员", "经济日报编辑部"), counter=("本报评论员 张三",),
)
INSTITUTION_AUTHOR = Rule(
    "institution_author",
    rf"^(?:中共[{CJK}]{{2,20}}(?:党组|党委)|[{CJK}]{{2,20}}(?:课题组|理论学习中心组))$",
    "a body that signs an article as its author: a ministry's or province's Party group or committee "
    "(中共国家林业和草原局党组, 中共教育部党组), a research group (中国社会科学院课题组); read as an "
    "author only where a byline stands (over a website copy's date note), never as a line's kind: "
    "a wrapped line of text may end on 党委",
    examples=("中共国家林业和草原局党组", "中共教育部党组", "中共浙江省委理论学习中心组", "中国社会科学院课题组"),
    counter=("各级党委", "中共中央", "加强党组", "中共国家林业和草原局党组书记"),
)
#: a journal author's superscript marks: affiliations' numbers (1,2) and a star, or none
_MARKS = r"(?:[1-9](?:[,，][1-9])*)?[*＊]?"
AUTHOR_LIST = Rule(
    "author_list",
    rf"(?=.*[{CJK}][1-9*＊])[{CJK}](?:\s?[{CJK}]){{1,2}}{_MARKS}"
    rf"(?:[，,、\s]\s*[{CJK}](?:\s?[{CJK}]){{1,2}}{_MARKS}){{1,5}}$",
    "a journal article's author line with superscript marks, each an affiliation's number (one "
    "digit, 1-9) or a star: 陈思远1，王 琳2, 张三1,2、李四*; without marks, 有潜力、有韧 in running "
    "text would look the same, and a number is no mark (…切割、抛光，制成50 / 多种零部件)",
    examples=("陈思远1，王 琳2", "张三*、李四", "张三1,2，李四2"),
    counter=("有潜力、有韧性", "陈思远，王琳", "烘干后，切割、抛光，制成50"),
)
#: the forms of a byline, in the order they are tried
BYLINES = (BOX_BYLINE, REPORTER_BYLINE, AUTHOR_BYLINE, WEN_BYLINE, COLLECTIVE_BYLINE, AUTHOR_LIST)
SENTENCE_LIKE = Rule(
    "sentence_like", r"[。！？!?；;]|[^\s，,、：:/|｜（）()]{13,}",
    "what a byline never holds: sentence punctuation, or a run of 13 characters without a break "
    "(记者：去年以来，…？ is an interview question)",
    examples=("记者：下一步有什么打算？", "作者：某某某某某某某某某某某某某"), counter=("本报记者 王晓明 李 娜 报道",),
    how="search",
)
BYLINE_OPENING_PDF = Rule(
    "byline_opening_pdf", r"^(?:[□■◎]|(?:本报|新华社|特约)?记者|通讯员|作者|文\s*[／/])",
    "a PDF line opening as a byline (□ 吕 铁, 本报记者 王晓明, 作者：, 文／): its wide gaps part names",
    examples=("□本报记者吕铁", "文／张三"), counter=("记载",),
)
ROLE_END_PDF = Rule(
    "role_end_pdf", f"(?:{_ROLES})$",
    "a byline's role word, after which a wide gap in a PDF line keeps its space (本报记者 吕 铁)",
    examples=("本报记者", "实习生"), counter=("记者站",), how="search",
)


def sentence_like(text: str) -> bool:
    """Whether a would-be byline reads as a sentence once its bracketed affiliations are set
    aside (a byline is one when it is also short: see ``Kind.BYLINE`` in :mod:`zhdoc.rules.kinds`).

    >>> sentence_like("记者：下一步有什么打算？"), sentence_like("作者：李文（北京大学经济学院；清华大学）")
    (True, False)
    """
    return bool(SENTENCE_LIKE.search(NAME_AFFILIATION.sub("", text)))


# Trailers and affiliations ---------------------------------------------------------------
AUTHOR_TRAILER = Rule(
    "author_trailer", r"[（(](?:本文)?作者(?:单位|分别为|分别系|为|系|是|[：:])",
    "the opening of a trailer naming the author's affiliation: （作者单位：…）, （作者为…）, "
    "（作者系…）, （本文作者…）, （作者分别为…）",
    examples=("（作者单位：兰州财经大学金融学院）", "（作者为中共中央党校教授）", "（作者分别系北京大学、清华大学教授）",
              "（作者单位：中共浙江省"),
    counter=("（作者简介）", "作者单位：某大学"), flat=True,
)
TRAILER_AFFILIATIONS = Rule(
    "trailer_affiliations", AUTHOR_TRAILER.pattern + r"[：:]?\s*(?P<aff>.*?)\s*[）)]$",
    "a whole trailer, its affiliations in group ``aff``: （作者单位：X）, （作者为X）",
    examples=("（作者单位：兰州财经大学金融学院）", "（作者为X大学教授）"), counter=("（作者单位：X",), flat=True,
)
REPORTER_TRAILER = Rule(
    "reporter_trailer",
    r"[（(]\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)[^（）()]{1,30}[）)]$|^[（(]\s*本报(?:特约)?记者[^（）()]{2,30}$",
    "a byline printed at an article's end, in brackets: （记者 王海燕）, （本报记者 李 明）; the paper's "
    "reporters' may be cut by the column before its bracket closes (（本报记者赵政、刘佳华、李蕊、 / 徐靖）)",
    examples=("（记者 王海燕）", "（本报记者 李 明）", "（本报记者赵政、刘佳华、李蕊、"),
    counter=("（记者节）期间", "（记者）", "（记者节"),
)
CONTRIBUTOR_TRAILER = Rule(
    "contributor_trailer", r"^[（(][^（）()]{2,40}参与(?:采写|采访|写作)[）)]$",
    "a credit at an article's end naming who helped report it, not who wrote it: （本报通讯员张莉芳参与"
    "采写）, （丁茜茜参与采写）; the paper's byline never lists them",
    examples=("（本报通讯员张莉芳参与采写）", "（本报记者刘洪超、游仪参与采写）", "（丁茜茜参与采写）"),
    counter=("（本报记者 李 明）", "（记者王海燕采写）", "他参与采写）"),
)
COMPILER_TRAILER = Rule(
    "compiler_trailer", r"整理\s*[）)]?$",
    "a trailer naming who compiled the text (an interview, a talk), not who wrote it: （本报记者  "
    "周  航  整理）; the author is the byline's, where there is one",
    examples=("（本报记者  周  航  整理）", "（本报记者付明丽整理）"), counter=("（本报记者  周  航）",),
    how="search",
)
SOURCE_TRAILER = Rule(
    "source_trailer", r"^[（(]\s*(?:摘编?自|摘自|原载于?|转载自|选自|转自)\s*《",
    "the opening of a trailer naming where a text was taken from: （摘编自《新华日报》，原题为…）, "
    "（原载《求是》2025年第7期）",
    examples=("（摘编自《新华日报》，原题为《为“鱼米之乡”增添营养标识》）", "（摘编自《宁夏日报》）",
              "（原载《求是》2025年第7期）", "（摘编自《新华日报》，原题为《为“鱼米之乡”"),
    counter=("（摘要）", "摘编自《新华日报》的文章指出，", "（选自己的路）"),
)
READER_SIGNATURE = Rule(
    "reader_signature", rf"[（(]\s*(?:读者|网友)\s+{_NAME}\s*[）)]$",
    "a reader's signature at a letter's end: （读者 王建国）, （网友 刘 芳） (not （读者来信）)",
    examples=("（读者 王建国）", "（网友 刘 芳）"), counter=("（读者来信）",),
)
WIRE_TRAILER = Rule(
    "wire_trailer", r"^[（(]\s*(?:新华社|中新社|本报)[^（）()，。]{0,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*[）)]$",
    "the dateline a wire or the paper's own story closes with, alone in brackets on its last line: "
    "（新华社北京1月21日电）, （本报里约热内卢1月21日电）: no line of the next head (it stays its "
    "story's text, which the published text keeps, so it is no trailer kind)",
    examples=("（新华社北京1月21日电）", "（本报里约热内卢1月21日电）", "（新华社北京6月10日电）"),
    counter=("本报北京3月5日电  记者从省里获悉", "（新华社记者 王明）", "（新华社北京1月21日电）记者获悉"),
)
#: trailers that name their author (a byline at the end)
SIGNED_TRAILERS = (REPORTER_TRAILER, READER_SIGNATURE)
#: every trailer that ends an article
TRAILERS = (AUTHOR_TRAILER, *SIGNED_TRAILERS, SOURCE_TRAILER, CONTRIBUTOR_TRAILER)
AFFILIATION = Rule(
    "affiliation",
    rf"[（(](?:\d\s*[.．、]\s*[^（）()]{{2,120}}?{_INSTITUTION}"
    rf"|[^（）()]{{2,120}}?{_INSTITUTION}(?:[^（）()]*?\d{{6}}|[^（）()]*[）)]$))",
    "a journal article's affiliation line (it may wrap when numbered or with a postcode): "
    "（1.复旦大学经济学院，上海 200433；2.…）, （北京大学经济学院）",
    examples=("（1.复旦大学经济学院，上海 200433；2.上海财经大学金融学院，上海 200433）",
              "（1.浙江大学经济学院，杭州 310058；", "（北京大学经济学院）", "（复旦大学经济学院，上海 200433"),
    counter=("（北京大学经济学院", "（国务院发展研究中心）发布的报告", "（一）"), flat=True,
)
NAME_AFFILIATION = Rule(
    "name_affiliation", r"[（(](?P<aff>[^（）()]{2,40})[）)]",
    "an affiliation in brackets after a name in a byline: 张三（北京大学经济学院）",
    examples=("（北京大学经济学院）",), counter=("（）",), how="search",
)
#: what may stand before a position's title: rank, standing, the body it is held in (副教授,
#: 原主任, 常务副院长, 讲座教授, 特约研究员, 党组副书记; 学部委员 is a title of its own, for a 学部
#: is an institution: 经济学部主任)
_POSITION_BEFORE = ("常务|执行|特约|特聘|讲座|客座|名誉|荣誉|兼职|首席|高级|资深|终身|青年|党组|党委|"
                    "党总支|二级|三级|一级|助理|驻会|代理|原|前|副|总|代")
#: a position's title (the word it ends on)
_POSITION_TITLE = ("学部委员|教授|研究员|主任|院长|校长|所长|会长|部长|局长|厅长|处长|科长|社长|馆长|站长|组长|"
                   "理事长|秘书长|董事长|总经理|经理|书记|常委|委员|讲师|博士后|博士生|博士研究生|博士|"
                   "硕士生|硕士研究生|研究生|学者|分析师|经济学家|经济师|工程师|会计师|律师|编辑|主编|记者|"
                   "主席|干部|员工|院士|专家|顾问|成员|负责人|教师|馆员|医师")
POSITION = Rule(
    "position", rf"(?:{_POSITION_BEFORE})*(?:{_POSITION_TITLE})$",
    "the author's position after an institution in a trailer's note, whole (作者为X大学教授 → X大学; "
    "中国社会科学院学部委员 → 中国社会科学院; 最高人民法院党组副书记, 常务副院长 alone): an affiliation "
    "names the institution, as a journal's 作者单位 does",
    examples=("X大学教授", "Y所副研究员", "澳门大学讲座教授", "教育部科技发展中心原主任", "中国政治学会副会长",
              "最高人民法院党组副书记", "常务副院长", "上海市研究中心特约研究员", "中共湖南省邵阳市委书记",
              "中国社会科学院学部委员", "中央党校（国家行政学院）经济学部主任"),
    counter=("X大学", "中共湖南省邵阳市委", "全国人大常委会", "中国作家协会", "编辑部", "新华社记者站"), how="search",
)
#: the kind of body a post is held in, ending its name (国家图书馆古籍馆, 全国政协, 某某村党支部)
BODY_KIND = Rule(
    "body_kind",
    r"(?:大学|学院|研究所|研究院|研究中心|科学院|社科院|党校|银行|公司|委员会|研究室|实验室|馆|局|厅|部|院|所|署"
    r"|协会|学会|政协|人大|中心|集团|支部|村|县|市|省)$",
    "the kind of body a post is held in, ending its name: an author's description names one "
    "(…研究所所长, 全国政协委员), a title ending on a post does not (争做新时代好干部)",
    examples=("国家图书馆古籍馆", "全国政协", "中国科学院古脊椎动物与古人类研究所"), counter=("争做新时代好",),
    how="search",
)
AUTHOR_DESCRIPTION = Rule(
    "author_description",
    rf"^(?:[{CJK}（）()]{{2,30}}?(?:{_POSITION_BEFORE})*(?:{_POSITION_TITLE})、)*"
    rf"[{CJK}（）()]{{2,30}}?(?:{_POSITION_BEFORE})*(?:{_POSITION_TITLE})$",
    "who the author is, printed before the name in a byline: posts, each a body and a position's "
    "title, parted by 、 (全国政协委员、国家图书馆古籍馆馆长  陈红彦); see ``author_description``",
    examples=("全国政协委员、国家图书馆古籍馆馆长", "中国科学院古脊椎动物与古人类研究所所长", "全国政协委员、某某村党支部书记"),
    counter=("国家图书馆古籍馆", "保护抗战文献", "馆长", "全国政协委员会"), flat=True,
)
AFFILIATION_NUMBER = Rule(
    "affiliation_number", r"^\d\s*[.．、]\s*", "a journal affiliation's numbering: 1.",
    examples=("1.复旦大学", "2、"), counter=("复旦大学",),
)
AFFILIATION_POSTCODE = Rule(
    "affiliation_postcode", r"[，,]\s*[^，,；;\s]{2,10}\s*\d{6}$",
    "a journal affiliation's city with postcode: ，上海 200433",
    examples=("复旦大学经济学院，上海 200433",), counter=("复旦大学经济学院",), how="search",
)

# Names and roles inside a byline -------------------------------------------------------
ROLE_WORDS = Rule(
    "role_words",
    rf"□|■|本报|新华社|特约|{_OUTLET}(?=记者)|驻[{CJK}]{{1,8}}?(?=记者)|见习(?=记者)|{_ROLES}"
    rf"|读者|网友|责任编辑|编辑|摄影|[：:]|文\s*{_SLASH}|图\s*{_SLASH}",
    "words in a byline that name a role, not a person (removed before splitting the names; 驻美国 "
    "before 记者 is the reporter's post, 光明日报 before it another paper's reporter)",
    examples=("本报", "记者", "文/", "驻美国记者", "见习记者", "光明日报记者", "健康时报记者", "人民网记者"),
    counter=("王晓明",), how="search",
)
NAME_TAIL = Rule(
    "name_tail", r"(?:(?:采访|采写)(?:整理)?|报道|整理|撰文|编译)$",
    "words after the names in a byline (王晓明报道, 李娜整理; an interview's 陈隽逸采访, 陈隽逸采访整理)",
    examples=("王晓明报道", "李娜整理", "陈隽逸采访", "陈隽逸采访整理"), counter=("王晓明",), how="search",
)
AUTHOR_MARK = Rule(
    "author_mark", r"[\d*＊]+$", "superscript marks after a name in a journal's author line (陈思远1, 王琳*)",
    examples=("陈思远1", "王琳*"), counter=("王琳",), how="search",
)

# Speakers -----------------------------------------------------------------------------
SPEAKER = Rule(
    "speaker", rf"^[{CJK}]{{0,20}}{_POSITIONS}\s+(?P<name>[{CJK}]{{2,4}})(?:同志)?$",
    "a speaker line in a report's front matter: 国务院总理 李克强, 四川省人民政府省长 施小琳",
    examples=("国务院总理 李克强", "四川省人民政府省长 施小琳", "市长 王建平"), counter=("国务院总理李克强",),
)
POSITION_END = Rule(
    "position_end", f"{_POSITIONS}$",
    "a line ending on a position, the speaker's name cut onto the next line: 四川省人民政府省长",
    examples=("四川省人民政府省长",), counter=("省长说",), how="search",
)
NAME_LINE = Rule(
    "name_line", rf"^[{CJK}]{{2,3}}(?:同志)?$", "a personal name alone on a line (2–3 characters, 同志 allowed)",
    examples=("施小琳", "王明同志"), counter=("施", "国务院总理"),
)

PAPER_NOTE = Rule(
    "paper_note",
    r"《(?P<paper>[^《》]{2,12})》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第\s*\d{1,3}\s*版\s*[）)]\s*$",
    "the paper's note ending a website copy's byline: 《人民日报》（2025年04月09日第 02 版）",
    examples=("本报记者  吴  丹《人民日报》（2025年04月09日第 02 版）",), counter=("《人民日报》评论",), how="search",
)
SERIES_LABEL = Rule(
    "series_label", r"^(?:系列|栏目)[：:]",
    "a series label between a website copy's title and its byline: 系列：中国道路中国梦…",
    examples=("系列：消费视窗·服务消费一线探访②",), counter=("系列报道之一",),
)
COLUMN_NAME = Rule(
    "column_name", rf"^(?!.*(?:——|[。！？；])).*[{CJK}》”][{MIDDLE_DOTS}][{CJK}《“]",
    "a column's or a series' name of two names joined by a middle dot (人与自然·走进零碳园区, "
    "解码·文化数字化, 政策问答·加紧经济社会发展全面绿色转型): over a title it is the column's label, "
    "never a kicker. Of the website's 2025 heads (rmrb/), 12 of the 61 column names in brackets "
    "after a title hold such a dot, and none of its 101 titles nor of its 37 kickers does; a line "
    "leading into its title (——) or ending a sentence is none (and a name written with a middle "
    "dot, 阿依古丽·买买提, has the shape: the reader tells it by its parts, no words of the dictionary)",
    examples=("政策问答·加紧经济社会发展全面绿色转型", "中国道路中国梦·青春为中国式现代化挺膺担当①",
              "深入学习贯彻习近平新时代中国特色社会主义思想·学习《习近平经济文选》第一卷专家谈", "解码·文化数字化"),
    counter=("全国人大代表、艾力·吐尔逊——", "清明之际，各地开展多种形式的纪念活动缅怀英烈", "记者手记·", "·"),
)
SERIES_NUMBER = Rule(
    "series_number", r"[\u2460-\u2473]$",
    "a series' instalment number ending a head line (its label, or its subtitle): the line ends "
    "its part, never runs on into the title under it",
    examples=("中国道路中国梦·青春为中国式现代化挺膺担当①", "——消费新亮点  发展新赛道③"),
    counter=("图①：普救寺外景。", "第①项"), how="search",
)
CREDIT = Rule(
    "credit", r"(?:摄|摄影|摄影报道|供图|绘图?|制图)(?:[（(][^）)]{0,12}[）)])?$|^(?:制图|数据来源|图片来源)[：:]",
    "a photo or chart credit, never an author: 新华社记者 徐昱摄, 郑洋洋摄, 远景科技集团供图, 制图：…",
    examples=("新华社记者徐昱摄", "张枨苗培梁摄影报道", "远景科技集团供图", "制图：张丹峰", "吴东林摄（人民视觉）"),
    counter=("他拍摄了这张照片，", "本报记者王晓明"), how="search",
)
STAFF_CREDIT = Rule(
    "staff_credit",
    rf"^(?:本版|本期)?(?:责编|责任编辑|编辑|版式设计|版式|美术编辑|美编|图片编辑|图编|校对|策划|统筹|监制)\s*[：:]\s*(?P<names>[{CJK}][{CJK}、，,\s\u3000]*)$",
    "a page's, an issue's or an article's staff credit, furniture, never an author (the names "
    "must be names: staff_credit()): 本版责编：宋  词  马  超, 版式设计：张  芳, 本期统筹：陈圆圆",
    examples=("本版责编：宋  词  马  超", "版式设计：张  芳", "责任编辑：王晓明", "本版责编：陈晨刘洋",
              "本期统筹：陈圆圆"),
    counter=("作者：张三", "编辑同志：", "责任编辑：要坚持问题导向。"),
)
CAPTION_CREDIT = Rule(
    "caption_credit", r"^(?P<caption>\S.{1,80}?)[ \u3000]{2,}(?P<credit>\S[^。！？]{0,30})$",
    "a photo's caption and its credit on one line, parted by a wide space (the credit must be "
    "one: caption_with_credit()): 翟腾飞在华山中学辅导学生。  黄陈美摄（人民视觉）",
    examples=("翟腾飞在华山中学辅导学生。  黄陈美摄（人民视觉）", "市民在街区游览。  本报记者  高  炳摄"),
    counter=("翟腾飞在华山中学辅导学生。", "本报记者高炳摄"),
)
CAPTION = Rule(
    "caption", r"^图[①-⑳\d]{0,2}[：:]", "a photo's numbered caption: 图①：普救寺外景。",
    examples=("图①：普救寺外景。", "图2：示意图"), counter=("图书馆", "图为"),
)
REPORTER_ROLE = Rule(
    "reporter_role", rf"^(?:本报|新华社|{_OUTLET})?(?:驻[{CJK}]{{1,8}}?|见习)?(?:特约)?"
    rf"(?:记者|评论员|通讯员|实习生|(?:联合)?(?:调研组|采访组|调查组))(?:\s|$)",
    "a reporter's role alone or before a space, opening a website copy's byline: 本报记者  吴  丹, 本报记者, "
    "本报驻美国记者  李志伟",
    examples=("本报记者  吴  丹", "本报记者", "本报驻美国记者  李志伟", "实习生  李明远", "光明日报记者  王  强",
              "本报调研组", "健康时报记者  林  敬  王振雅", "人民网记者  黄  维"),
    counter=("记者了解到", "驻地记者了解到", "当地报记者了解到"),
)

PADDED_NAME = Rule(
    "padded_name", rf"^[{CJK}][ \u3000]{{1,3}}[{CJK}]$",
    "a two-character name padded to a three-character one's width, as bylines set it "
    "(袁  媛, 虎  权), whatever its surname; a padded section word is no name (PADDED_WORD)",
    examples=("虎  权", "袁  媛", "叶\u3000帆"), counter=("虎权", "袁  媛媛", "——编  者", "王  丹摄"),
)
DOTTED_NAME = Rule(
    "dotted_name", rf"^[{CJK}]{{2,6}}·[{CJK}]{{2,6}}$",
    "a name written with a middle dot (Uyghur, Kazakh or a transliterated name): 阿依古丽·买买提, "
    "艾力·吐尔逊",
    examples=("阿依古丽·买买提", "艾力·吐尔逊"), counter=("艾力·", "政策问答·加紧经济社会发展全面绿色转型", "李明"),
)
PADDED_RUN_ON = Rule(
    "padded_run_on", rf"^[{CJK}](?:[ \u3000]{{2,}}[{CJK}]){{2}}(?:(?:[ \u3000]{{2,}}[{CJK}]){{2}})?$",
    "a byline's next line cut inside its names: the last character of a name the column cut, "
    "then padded two-character names (雨  常  钦 after 本报记者  顾仲阳  董丝): an odd count of "
    "single characters parted by wide spaces, never spaced-out text to close up",
    examples=("雨  常  钦", "雨  常  钦  王  丹"), counter=("常  钦", "和 金 融", "雨  常  钦  王"),
)
SIGN_OFF = Rule(
    "sign_off", r"(?:^|。[”’]?)\s*——\s*(?:编[ \u3000]*者|编[ \u3000]*辑|作[ \u3000]*者)$",
    "an editor's or author's note signed at its end (…的探索与变化。——编  者), or its signature on a "
    "line of its own under it: the note ends there, as a sentence does",
    examples=("记录基层院团的探索与变化。——编  者", "敬请关注。——编者", "——编  者", "　　——编  者"),
    counter=("他是这部书的编者", "要读懂——编者的用心", "——编者按"),
    how="search",
)
PADDED_WORD = Rule(
    "padded_word", r"^(?:引|前|导|结|后|附|按|编|译|序)[ \u3000]+(?:言|语|记|者|注|论)$",
    "a section word padded like a two-character name: 引  言, 结  语, 编  者, 后  记 (a heading "
    "or a signature, not an author)",
    examples=("引  言", "结  语", "编  者", "后  记", "导  语"), counter=("袁  媛", "言  引"),
)

# Names ---------------------------------------------------------------------------------


def padded_name(text: str) -> bool:
    """Whether ``text`` is a two-character name padded to a three-character one's width, as a
    byline sets it, whatever its surname (``虎  权``), not a padded section word (``引  言``).

    >>> padded_name("虎  权"), padded_name("引  言"), padded_name("虎权")
    (True, False, False)
    """
    t = text.strip()
    return bool(PADDED_NAME.match(t)) and not PADDED_WORD.match(t)


def name_like(text: str) -> bool:
    """Whether ``text`` is one or more personal names: two or three ideographs a name (four
    with a two-character surname), each opening with a surname; spaces may part names or pad a
    two-character one, and two names may run together (``龚红果曾国安``).

    >>> name_like("龚文密"), name_like("叶 帆"), name_like("龚红果 曾国安"), name_like("龚红果曾国安")
    (True, True, True, True)
    >>> name_like("根基"), name_like("强化管理"), name_like("欧阳明月"), name_like("双管齐下")
    (False, False, True, False)
    >>> name_like("常  禾  黎思远"), name_like("黎思远  常  禾"), name_like("常  黎思远  禾")
    (True, True, False)
    """
    flat = "".join(text.split())
    if not 2 <= len(flat) <= 12 or not all("\u3400" <= c <= "\u9fff" for c in flat):
        return False
    words = text.split()
    if len(words) > 1 and any(len(w) == 1 for w in words):
        words = _pair_padded(words)  # (叶 帆; a padded name beside a whole one: 常  禾  黎思远)
    return bool(words) and all(_names(w) for w in words)


def _pair_padded(words: list[str]) -> list[str]:
    """Single characters of spaced or padded two-character names paired up, among whole names
    or alone (叶 帆 → 叶帆; 常  禾  黎思远 → 常禾, 黎思远); [] where one is left alone."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if len(words[k]) > 1:
            out.append(words[k])
            k += 1
        elif k + 1 < len(words) and len(words[k + 1]) == 1:
            out.append(words[k] + words[k + 1])
            k += 2
        else:
            return []
    return out


def author_description(text: str) -> bool:
    """Whether ``text`` tells who a byline's author is, before the name: posts (``AUTHOR_DESCRIPTION``),
    each held in a body its name's end tells the kind of (``BODY_KIND``), not a title ending on
    a post (争做新时代好干部).

    >>> author_description("全国政协委员、国家图书馆古籍馆馆长"), author_description("中国科学院古脊椎动物与古人类研究所所长")
    (True, True)
    >>> author_description("争做新时代好干部"), author_description("国家图书馆古籍馆")
    (False, False)
    """
    flat = "".join(text.split())
    return bool(AUTHOR_DESCRIPTION.match(flat)) and all(
        BODY_KIND.search(POSITION.sub("", part)) for part in flat.split("、"))


def described_names(text: str) -> tuple[str, str] | None:
    """(description, names) of a byline whose names follow a description of their author, parted
    by spaces (``全国政协委员、国家图书馆古籍馆馆长  陈红彦``), else None.

    >>> described_names("全国政协委员、国家图书馆古籍馆馆长  陈红彦")
    ('全国政协委员、国家图书馆古籍馆馆长', '陈红彦')
    >>> described_names("中国科学院古脊椎动物与古人类研究所所长  徐  星")
    ('中国科学院古脊椎动物与古人类研究所所长', '徐  星')
    >>> described_names("本报记者  吴  丹"), described_names("争做新时代好干部  徐  星")
    (None, None)
    >>> described_names("全国政协委员、国家图书 馆古籍馆馆长 陈红彦")  # (wrapped in a column)
    ('全国政协委员、国家图书馆古籍馆馆长', '陈红彦')
    """
    for m in re.finditer(r"\s+", text.strip()):
        description, names = text.strip()[:m.start()], text.strip()[m.end():]
        if author_description(description) and name_like(names):
            return "".join(description.split()), names
    return None


def staff_credit(text: str) -> bool:
    """Whether a line is a staff credit (``STAFF_CREDIT``): a role and the names it credits.

    >>> staff_credit("本版责编：宋  词  马  超"), staff_credit("版式设计：张  芳"), staff_credit("编辑：发展经济")
    (True, True, False)
    """
    m = STAFF_CREDIT.match(text.strip())
    if m is None:
        return False
    names = [w for w in re.split(r"[、，,\s\u3000]+", m.group("names")) if w]
    return bool(names) and name_like(" ".join(parted_names(w) for w in names))


def caption_with_credit(text: str) -> bool:
    """Whether a line is a photo's caption followed by its credit (``CAPTION_CREDIT``).

    >>> caption_with_credit("翟腾飞在华山中学辅导学生。  黄陈美摄（人民视觉）"), caption_with_credit("本报记者  高  炳")
    (True, False)
    """
    m = CAPTION_CREDIT.match(text.strip())
    return m is not None and CREDIT.search("".join(m.group("credit").split())) is not None


#: what a photo's caption sentence ends on, before its credit or the next caption
CAPTION_ENDS = ("。", "！", "？", "”")


def join_caption(lines: Iterable[str]) -> str:
    """A photo's caption lines as one text, as the paper sets it on one line: a wrapped line runs
    on; after a sentence's end the next line (its credit, the next caption) stands apart by a
    wide space.

    >>> join_caption(["河北省承德市滦平县金山岭长城。  周万", "平摄（人民视觉）"])
    '河北省承德市滦平县金山岭长城。  周万平摄（人民视觉）'
    >>> join_caption(["市民在街区游览。", "本报记者  高  炳摄"])
    '市民在街区游览。  本报记者  高  炳摄'
    """
    text = ""
    for line in lines:
        text += ("  " if text.endswith(CAPTION_ENDS) else "") + line
    return text


def ends_on_credit(text: str) -> bool:
    """Whether ``text`` (a photo's captions, maybe over several lines) closes on the photo's
    credit after its last sentence, parted from it by a wide space or a line break: ``河北省承德市
    滦平县金山岭长城。  周万`` / ``平摄（人民视觉）``, ``市民在街区游览。`` / ``本报记者  高  炳摄``.
    The credit holds at most CREDIT_TAIL_MAX characters and no clause mark; a text's sentence
    does not end so.

    >>> ends_on_credit("河北省承德市滦平县金山岭长城。  周万" + chr(10) + "平摄（人民视觉）")
    True
    >>> ends_on_credit("图①：老街区的夜景。  新华社记者  王毓国摄"), ends_on_credit("他说：“是我拍摄的。”  王五摄")
    (True, True)
    >>> ends_on_credit("记者在现场拍摄。"), ends_on_credit("老街区的夜景。他拍摄"), ends_on_credit("王五摄")
    (False, False, False)
    """
    end = text.rstrip()
    cut = max(end.rfind(m) for m in CAPTION_ENDS)
    if cut < 0:
        return False
    tail = end[cut + 1:]
    flat = "".join(tail.split())
    return (0 < len(flat) <= CREDIT_TAIL_MAX and CREDIT.search(flat) is not None
            and (tail.startswith("\n") or tail[:2].isspace())
            and not any(m in flat for m in "，。；：！？"))


def _names(word: str) -> bool:
    """Whether ``word`` is a name, or two run together (2 + 3, 3 + 2, 3 + 3 characters)."""
    if _one_name(word):
        return True
    return 5 <= len(word) <= 6 and any(_one_name(word[:k]) and _one_name(word[k:]) for k in (2, 3))


def parted_names(word: str) -> str:
    """Two names run together parted by a space (``龚红果曾国安`` → ``龚红果 曾国安``; on a byline,
    two two-character names whose padding was closed up, ``孙琨王干`` → ``孙琨 王干``); else the
    word as it is.

    >>> parted_names("龚红果曾国安"), parted_names("王晓明"), parted_names("孙琨王干")
    ('龚红果 曾国安', '王晓明', '孙琨 王干')
    >>> parted_names("欧阳明月"), parted_names("琼达卓嘎")
    ('欧阳明月', '琼达卓嘎')
    """
    if _one_name(word) or not 4 <= len(word) <= 6:
        return word
    cut = next((k for k in (3, 2) if _one_name(word[:k]) and _one_name(word[k:])), None)
    return word if cut is None else word[:cut] + " " + word[cut:]


def _one_name(word: str) -> bool:
    if word[:2] in COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return 2 <= len(word) <= 3 and word[0] in SURNAMES


RULES = rules_of(globals())
