"""Number mentions: the grammar of a number with its magnitude, unit, range and qualifiers, the
units table, and the words around a number that tell its kind, direction and subject.

``NUMBER`` scans a paragraph once (:mod:`zhdoc.extract.numbers` turns each match into a mention);
the fragments it is built of are strings (``NUM_AR``, ``NUM_CN``, ``NUMBER_UNIT_ALT`` …).
"""

from __future__ import annotations

import re

from zhdoc.rules.chars import CJK
from zhdoc.rules.rule import Rule, rules_of

#: magnitudes and their values (万亿 before 万: the longest first)
MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6,
              "十万": 1e5, "万": 1e4, "千": 1e3, "百": 1e2}
#: an Arabic number: digits spaced one by one by a justified line (1 9 9 7, 8 ．8, 1 0 ．0 6),
#: or compact ASCII/full-width digits with thousands separators and a decimal point;
#: two compact numbers with a space between (a table row: 1.57 98.73%) stay two numbers
NUM_AR = (
    r"(?:[0-9０-９](?: [0-9０-９])+(?: ?[.．] ?[0-9０-９](?: [0-9０-９])*)?"
    r"|[0-9０-９] [.．] ?[0-9０-９](?: [0-9０-９])*"
    r"|[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?)"
)
#: a run of Chinese numeral characters, maybe a decimal (七点二); traditional 萬億兩點 too
#: (validated by zhdoc.rules.numerals.zh_to_int)
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
NUMBER = Rule(
    "number",
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
    rf"(?P<post>{NUM_POST_QUALIFIER})?",
    "one number mention: 百分之…, 翻…番, 第…, centuries and decades, dates, fractions, ratios, a bare "
    "magnitude (超百亿), or a plain number with magnitude, unit and range",
    examples=("增长约5%", "3.5亿元", "百分之十五", "翻一番", "第三次", "20世纪90年代", "2024年3月5日", "三分之二",
              "1∶3.4", "千亿级", "3%—5%", "八个多月"),
    counter=("统筹", "前沿"), how="search",
)

ELIDED = Rule(
    "elided", rf"、(?P<n>[一二两三四五六七八九十])(?P<u>{NUMBER_UNIT_ALT})",
    "the second numeral of an elided range after a unitless first one: 二、三级医院, 三、四月份",
    examples=("、三级医院", "、四月份"), counter=("、三是",),
)
LEVEL_GRADED = Rule(
    "level_graded", r"及?(?:以上|以下)|[^，。；、：！？\d]{0,2}(?:医院|医疗|旧里|批发)",
    "what after a Chinese N级 makes it a grade (ordinal): a graded thing or a bound (二级医院, 三级公立医院, "
    "二级旧里, 二级批发站, 二级及以上); otherwise it counts levels (中央和省两级, 三级所有制, 五级分类)",
    examples=("医院", "公立医院", "及以上", "旧里"), counter=("所有制", "监管"),
)
LEVELS_BEFORE = Rule(
    "levels_before", r"(?:(?:[省市县区乡镇村街社组]|中央|地市|基层)[、和与及]?){2,}$",
    "levels enumerated right before N级 make it a count of them whatever follows (县、乡、村三级医疗, "
    "县、社两级医院, 市区街乡三级)",
    examples=("县、乡、村", "县、社", "市区街乡"), counter=("公立",), how="search",
)
NUMBER_PLAIN = Rule(
    "number_plain", NUM_PLAIN, "the plain alternative alone (re-matched where a date turned out not to be one)",
    examples=("13月", "3.5亿元"), counter=("统筹",),
)
POST_QUALIFIER = Rule(
    "post_qualifier", NUM_POST_QUALIFIER, "a qualifier right after a number or its unit: 以上, 左右, 多",
    examples=("以上", "左右", "多"), counter=("多元", "以前"),
)
NOT_NUMBER_WORD = Rule(
    "not_number_word", r"三次产业|五位一体|十分|万分|三番五次|四面八方|五湖四海|[两三四五六七八九]位数|三门峡|零(?![点點])",
    "a Chinese numeral starting one of these words is no number (十分 is \"very\", 三次产业 a term)",
    examples=("十分重要", "三次产业", "零售"), counter=("十个", "零点五"),
)
ORDINAL_SESSION = Rule(
    "ordinal_session", r"会议|全会|全体会议|代表大会", "what makes N次 an ordinal: 二次会议 is the second session",
    examples=("会议", "全体会议"), counter=("试验",),
)
ORDINAL_NOT_WORD = Rule(
    "ordinal_not_word", r"第(?:三方|一时间|一线|一手)", "第N that is a word, not an ordinal (第三方 a party, 第一时间 \"at once\")",
    examples=("第三方", "第一时间"), counter=("第三次",),
)
DIRECTION = Rule(
    "direction",
    r"(?:(?P<inc>增长|增加|提高|上升|上涨|提升|扩大|增|涨|回升)|"
    r"(?P<dec>下降|减少|降低|下跌|回落|缩小|缩减|压减|压降|减|降))(?:了)?(?:到|至|为|达)?$",
    "a direction word right before a number (its qualifier aside): 增长8.8%, 下降到6%; group inc or dec",
    examples=("增长", "下降到", "提高了"), counter=("增长点是",), how="search",
)
RANK_SCOPE = Rule(
    "rank_scope", r"(?:世界|全球|全国|全省|全市|国内|亚洲|排名|位居|跃居|位列|居|列)$",
    "scopes that make 第N a rank (世界第一, 全国第二) rather than an ordinal",
    examples=("世界", "位居"), counter=("世界上",), how="search",
)
COPULA = Rule(
    "copula", r"(?:为|是|达到|达|约为|突破|超过)$",
    "a copula or predicate right before a number: the subject of the clause is its entity",
    examples=("劳动生产率为", "总量突破"), counter=("为了",), how="search",
)
CLAUSE_START = Rule(
    "clause_start", r"[，,；;。！？!?：:“”\"、]", "where a clause starts (the entity of a number never crosses it)",
    examples=("，", "“"), counter=("和",), how="search",
)
SUBJECT_TAIL = Rule(
    "subject_tail", r"(?:分别|累计|平均|年均|同比|均|已经|已|总计|合计|共|预计|全年|再次|首次)+$",
    "adverbs at the end of a subject phrase that are not part of it (累计, 分别, 平均)",
    examples=("粮食产量累计", "收入分别"), counter=("粮食产量",), how="search",
)
SUBJECT_LEAD = Rule(
    "subject_lead", r"^(?:而|但|且|其中|同期|目前|当前|去年|今年|全年|上年|截至[^，]*?末|到|在|至)+",
    "time words at the start of a subject phrase that are not part of it",
    examples=("去年粮食产量", "截至年末人口"), counter=("粮食产量",),
)
RESPECTIVELY = Rule(
    "respectively", r"分别", "the distributive word whose values pair with the names before it",
    examples=("分别增长",), counter=("分开",), how="search",
)
NAMES_CLAUSE = Rule(
    "names_clause", r"[，,；;。：:！？!?]", "where the clause holding the names of a 分别 starts",
    examples=("，",), counter=("、",), how="search",
)
#: one name of an enumeration (no joiner, no 的, no punctuation; maybe quoted: “上海标准”)
NUM_NAME = r"[“\"]?[^、，,；;。：:和与及的\s“”（）()]{1,16}[”\"]?"
NAME_LIST = Rule(
    "name_list",
    rf"(?:而|但|且|其中|同期|同时)?(?P<names>{NUM_NAME}(?:、{NUM_NAME})*(?:、|和|与|以及|及){NUM_NAME})"
    r"(?:的[^，,；;。：:]*)?$",
    "an enumeration of names ending the clause before 分别: 而美国、日本、德国和韩国的这一数据",
    examples=("而美国、日本、德国和韩国的这一数据", "美国、日本"), counter=("美国的数据",), how="search",
)
NAME_LIST_OPENING = Rule(
    "name_list_opening",
    rf"(?P<names>{NUM_NAME}(?:、{NUM_NAME})*(?:、|和|与|以及|及)[^、，,；;。：:和与及的\s“”（）()]{{0,14}}?"
    r"(?:总量|总额|数量|人数|指数|比重|水平|收入|支出|投资|利润|产值|价格|标准|规模|面积|人口|[量数率额值]))",
    "an enumeration opening an earlier clause of the sentence, its last name cut after a measure noun: "
    "化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降…",
    examples=("化学需氧量、二氧化硫排放总量",), counter=("化学需氧量",),
)
NAME_SPLIT = Rule(
    "name_split", r"、|和|与|以及|及", "what separates the names of such an enumeration",
    examples=("、", "以及"), counter=("，",),
)
VALUE_JOIN = Rule(
    "value_join", r"^(?:、|，|,|和|与|及|以及)$", "what may join two values of a 分别 list (5.85倍、3.62倍和3.17倍)",
    examples=("、", "和"), counter=("，而",),
)

RULES = rules_of(globals())
