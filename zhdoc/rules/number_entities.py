"""What a number mention is about: the subject of the clause it is predicated of (``劳动生产率为…``)
and the names a ``分别`` pairs with its values (``美国、日本…分别是…5.85倍、3.62倍``).
:mod:`zhdoc.extract.number_entities` reads them; what a number is, its unit and kind, is in
:mod:`zhdoc.rules.numbers`.
"""

from __future__ import annotations

from zhdoc.rules.rule import Rule, rules_of

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
DATE_END = Rule(
    "date_end", r"[底初末]", "what ends a date printed outside its surface (2024年底, 3月初): not part of the "
    "subject after it", examples=("底轻工业",), counter=("轻工业",),
)
RESPECTIVELY_OPENS = Rule(
    "respectively_opens", r"[，,]$", "分别 opening its clause (…占比达18.3%，分别高于…): the names may be "
    "the subjects of the clauses before it", examples=("18.3%，",), counter=("指标",), how="search",
)
CLAUSE_SPLIT = Rule(
    "clause_split", r"[，,]", "the commas between the clauses of one sentence", examples=("，",), counter=("、",),
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
NAME_LEAD = Rule(
    "name_lead", r"^(?:(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?|全年|今年|去年|上年|同期)+",
    "a time opening the first name of a 分别 list, not part of it (2024年全市新能源汽车产业 → "
    "全市新能源汽车产业; a scope such as 全市 stays, as the report labels keep it: 全市110报警数)",
    examples=("2024年全市新能源汽车产业", "全年基础设施"), counter=("新能源汽车产业", "全市"),
)
SHARED_MEASURE = Rule(
    "shared_measure",
    r"(?:增加值|总产值|产值|产量|总量|总额|营业收入|收入|支出|投资|利润|销量|销售额|规模|参保人数|人数|增速)$",
    "a measure ending the last name of a 分别 list and no other: it is shared by all of them "
    "(新能源汽车产业、新材料产业、新能源产业增加值 → 新能源汽车产业增加值, …)",
    examples=("新能源产业增加值", "第三产业产值"), counter=("新材料产业",), how="search",
)
MEASURE_END = Rule(
    "measure_end", r"[量数率额值价]$",
    "a name that is a measure itself (化学需氧量, 事故起数): a measure ending the list's last name is "
    "not shared with it",
    examples=("化学需氧量", "事故起数"), counter=("新材料产业",), how="search",
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
