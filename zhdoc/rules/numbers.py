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
#: (validated by zhdoc.rules.numerals.zh_to_int); 十数 is 十几, "ten-odd" (十数米; not 十数据)
NUM_CN = (
    r"[零〇○一二两兩三四五六七八九十][零〇○一二两兩三四五六七八九十百千万亿萬億几]*"
    r"(?:(?<=十)数(?![据字学量额码理值])[万亿]?)?"
    r"(?:[点點][零〇一二三四五六七八九]+)?"
)
#: either kind of number
NUM_ANY = f"(?:{NUM_AR}|{NUM_CN})"
#: a magnitude printed after an Arabic number (1.2万亿, 3.5亿元, 1361万人)
NUM_MAGNITUDE = r"(?:万亿|千亿|百亿|亿|千万|百万|万|千(?![瓦米克伏帕]))"
#: nouns that count as classifiers after Arabic digits only (5国, 12县, 30村); after a Chinese
#: numeral they are names (三国, 两岸, 三农); 强 ranks after Arabic digits (世界500强; 百强, 十佳
#: are award titles, 两强 a pair of powers); 基 counts towers and poles (26基高压电线杆; 两基 is a
#: term of schooling)
ARABIC_ONLY_UNITS = ("国", "县", "镇", "乡", "村", "校", "城", "强", "通", "基")
#: nouns used as classifiers (四市, 两地, 两河, 两侧, 14省份): they count outside quotes; inside a
#: quoted saying or slogan they are words of it (“三山夹两河”, “三河六岸”), like “三乡”
NOUN_UNITS = ("部门", "省", "省份", "市", "地", "河", "侧", "端", "面", "季", "国", "县", "镇", "乡",
              "村", "校", "城")
#: units of a numbered series that name one of them, ordinals after Arabic digits or a
#: digit-by-digit Chinese numeral only: military units (5旅, 13团, 一二〇师) and floors (4楼);
#: “三师” (planners, architects, gardeners) is no division
DESIGNATION_UNITS = ("旅", "团", "师", "楼")
#: time nouns a 个 turns into a unit of duration (13个季度, 近30个年头, 3个小时, 5个工作日)
_COUNTED_TIMES = ("月", "季度", "年头", "小时", "钟头", "星期", "礼拜", "工作日")
#: unit as printed → (normalized unit, kind); "year" for 年 is refined to year/duration, "date"
#: for 月/日 to a calendar date (3月 → --03) or a duration (两月, 6日游)
NUMBER_UNITS: dict[str, tuple[str, str]] = {
    **{u: ("%", "percent") for u in ("%", "％")},
    "‰": ("‰", "permille"),
    **{u: ("个百分点", "percentage_point") for u in ("个百分点", "个多百分点", "百分点")},
    "倍": ("倍", "multiple"),
    "成": ("成", "share"),
    **{u: ("元", "money") for u in ("元", "元人民币", "块钱")},
    **{u: (u, "money") for u in ("美元", "欧元", "日元", "港元", "港币", "英镑", "卢布")},
    "年": ("年", "year"),
    "年度": ("年度", "year"),  # 2024年度: the year 2024, unit as printed
    "年期": ("年期", "duration"),  # 3年期 (a loan's term), unit as printed
    **{f"个{x}{t}": (f"个{t}", "duration") for t in _COUNTED_TIMES for x in ("", "多", "半")},
    **{u: ("月", "date") for u in ("月", "月份")},
    **{u: (u, "duration") for u in ("天", "夜", "小时", "分钟", "周年", "周", "星期", "工作日")},
    "日": ("日", "date"),
    **{u: (u, "ordinal") for u in ("号", "期", "季度")},  # 三季度: the third quarter, as 第三季度
    **{u: (u, "ordinal") for u in ("年级", "班", *DESIGNATION_UNITS)},  # 六年级二班, 5旅13团
    **{u: (u, "quantity") for u in (
        "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "米", "厘米", "毫米", "纳米",
        "英寸", "海里", "公顷", "亩", "吨", "千克", "公斤", "克", "千瓦时", "千瓦", "兆瓦", "吉瓦",
        "瓦", "马力", "标准箱", "标箱", "升", "毫升", "岁", "周岁", "微克/立方米", "千伏", "斤",
        "度", "人公里", "吨公里", "噸", "畝", "摄氏度", "华氏度", "℃", "立方厘米", "兆帕", "千帕",
    )},
    **{u: ("大", "count") for u in ("大",)},
    "届": ("届", "ordinal"),
    "强": ("强", "rank"),  # 世界500强 (after Arabic digits only)
    **{u: (u, "count") for u in (
        "个", "项", "家", "件", "所", "座", "条", "台", "辆", "架", "艘", "套", "批", "类",
        "大类", "种", "方面", "个方面", "大方面", "名", "位", "人", "人次", "户", "次",
        "场", "起", "处", "部", "本", "篇", "门", "张", "册", "只", "头", "株", "棵", "栋",
        "间", "层", "级", "支", "枚", "颗", "款", "宗", "例", "轮", "份", "组", "代",
        "片", "点", "步", "者", "列", "趟", "家次", "批次", "架次", "道", "班次", "匹", "個",
        "样", "袋", "首", "卷", "集", "檐", "重", "口", "字",
        "部门", "省", "省份", "市", "地", "河",  # nouns counted as classifiers: 16部门, 四市, 14省份, 两地, 两河
        "部分",  # 三部分, 两部分 (第一部分 an ordinal); 7个部分 keeps 个
        "金", "银", "铜",  # medal counts: 1金1银1铜
        "杯", "侧", "端", "面", "季",  # 两杯咖啡, 两侧, 供给和需求两端, 三面环山, 春、秋两季
        *(u for u in ARABIC_ONLY_UNITS if u != "强"),
    )},
}
#: what may not follow a unit (人民 is a people, 市民 a citizen, 省份 a word; 重要, 首都, 三样本;
#: a medal is one before another count or a clause end: 1金1银, 2金)
_MEDAL_AFTER = r"(?=[0-9０-９一二两三四五六七八九十]+[银铜]|[，,。；;、！？”）)\s]|$)"
_UNIT_NOT_BEFORE = {
    "人": r"(?![民口])", "市": r"(?![民场长委区级县值])", "省": r"(?![份长委级区市])",
    "重": r"(?![要点大视新复庆量组建性任”\"一])", "轮": r"(?![车椅胎船机廓])", "首": r"(?![都府批个次届位创发先要脑长选部])",
    "样": r"(?![本板品式子机])", "支": r"(?![柱持援付撑出配])", "课": r"(?![堂程题本外时件])", "卷": r"(?![烟入起])", "周": r"(?![年岁末边围期刊报转])",
    "集": r"(?![团中体群成聚约])", "金": _MEDAL_AFTER, "银": _MEDAL_AFTER, "铜": _MEDAL_AFTER,
    "国": r"(?![家际内外庆务企有资标营旗产货民法]|集团)", "县": r"(?![域城委长级市区])",
    "镇": r"(?![村长])", "乡": r"(?![村镇亲土愁长])",
    "村": r"(?![镇民庄长级])", "校": r"(?![园长友区方])", "城": r"(?![市乡镇区])",
    "强": r"(?![化度调制劲烈大国])", "口": r"(?![罩号碑味感腔述头径袋子语令吻岸红服气音才粮水中])",
    "字": r"(?![母样号幕体典段画句眼迹里符节形])", "地": r"(?![区方铁块标级市震面下上域理形产址点位图球质貌毯板名处带])",
    "夜": r"(?![间晚景市班游经里空色宵校话生读场])", "班": r"(?![子车级组长主列机底会倒])",
    "旅": r"(?![游客行居途程馆店])", "团": r"(?![队结体员长购伙委组圆聚建拜年餐])",
    "师": r"(?![生范傅资长德兄徒父母大院])", "楼": r"(?![盘宇房市层道梯顶台阁主])",
    "通": r"(?![过知报道信讯车用电常畅行关达俗])", "年期": r"(?![间末中初刊待望盼])",
    "侧": r"(?![重面翼身目])", "端": r"(?![口午正庄详倪])", "季": r"(?![度节报末初风])",
    "面": r"(?=[环临靠受])",  # sides around a place (三面环山, 两面临海); 两面派, 三面红旗: words
    "杯": r"(?![赛子具])",
    "基": r"(?![础地金层本因准建数石座调于站督质线点业])",
    # a river as a classifier (村口两河交汇处), not a compound or a place's name (两河流域, 二河闸,
    # 三河节制闸, 三河市, 五河县)
    "河": r"(?![流南北道口边畔岸谷床水套西东湖段堤闸节坝市县镇村区])",
}
#: units of measure a magnitude alone may take (百公里, 千吨级, 千米之外): not 度 (百度) nor
#: 斤 (四两拨千斤); 千 is a prefix of 千瓦, 千克, 千伏, no magnitude
MEASURE_UNIT_ALT = "(?:" + "|".join(
    re.escape(u) for u in sorted(NUMBER_UNITS, key=len, reverse=True)
    if NUMBER_UNITS[u][1] == "quantity" and u not in ("度", "斤")
) + ")"
#: what a currency may be per (美元/人, 元/吨) and what a count may be per, a measure of space:
#: 3000个/立方厘米 (负氧离子), 150人/平方公里 (a rate, a quantity)
_MONEY_PER = r"(?:/(?:平方米|立方米|千瓦时|人|吨|年|月|天|户|亩|辆|台|件|个))?"
_COUNT_PER = r"(?:/(?:立方厘米|立方米|平方公里|平方千米|平方米|毫升|升|公顷|亩))?"
#: what a measure may be per: a measure of space, maybe with a magnitude (93公里/百平方公里, a road
#: network's density), or time (100公里/小时)
_MEASURE_PER = r"(?:/[百千万]?(?:平方公里|平方千米|平方米|公顷|亩|小时|秒))?"
#: the units, longest first; a currency or a count may take a "per"
NUMBER_UNIT_ALT = (
    "(?:"
    + "|".join(
        re.escape(u) + {"money": _MONEY_PER, "count": _COUNT_PER, "quantity": _MEASURE_PER}.get(NUMBER_UNITS[u][1], "")
        + _UNIT_NOT_BEFORE.get(u, "")
        for u in sorted(NUMBER_UNITS, key=len, reverse=True)
    )
    + ")"
)
#: the units as a lookahead sees them (``(?=…)``, ``(?!…)`` ending with them): only whether
#: one starts here counts, so the optional "per" (元/吨) goes: a guard against what follows a
#: unit that passes "/" holds with or without it (tests/test_numbers.py checks they all do);
#: a unit whose guard asks for what follows (金, 面) keeps its "per". Half the compiling of
#: ``NUMBER`` (~0.1 s) is these lookaheads' copies of the units.
NUMBER_UNIT_AHEAD = (
    "(?:"
    + "|".join(
        re.escape(u) + (per if _UNIT_NOT_BEFORE.get(u, "").startswith("(?=") else "")
        + _UNIT_NOT_BEFORE.get(u, "")
        for u in sorted(NUMBER_UNITS, key=len, reverse=True)
        for per in [{"money": _MONEY_PER, "count": _COUNT_PER, "quantity": _MEASURE_PER}.get(NUMBER_UNITS[u][1], "")]
    )
    + ")"
)
#: what joins the two ends of a range (3%—5%, 10至20, 1—5月)
NUM_RANGE_SEP = r"(?:——|—|–|－|-|~|～|至|到)"
#: a qualifier before the number (约 not in 节约/制约…, 近 not in 最近/附近…); a comparison right
#: before the number is a bound (低于20%, 高于90%, 少于30天; not before a year: 高于一九五三年, an
#: ordinal: 高于第六个五年, nor
#: where a noun stands between and the number is the difference: 高于全国平均水平0.8个百分点); 过 is a lower
#: bound before a magnitude (过千亿元, 过10亿元), not the verb's particle (办过3次, 经过5年);
#: a cap or floor right before the number is a bound too (最高10万元, 最长3年, 最少5人; with a
#: verb between, 最高可达195万元, it is not: 可达 stays outside like 达)
NUM_PRE_QUALIFIER = (
    r"(?:大约|(?<![节制签合预公邀契条简])约|[将將]近|接近|(?<![最附将將接靠亲])近|超过|(?<!赶)超|"
    r"逾|不到|不足|不少于|不低于|不超过|至少|多达|最高|最长|最多|最少|最低|最短|至多|"
    r"(?<!不)(?:低于|高于|少于|多于)(?=[0-9０-９一二两三四五六七八九十百千万])(?![0-9０-９一二三四五六七八九〇零]{4}年)|"
    r"(?<![经通超越度错路跨走穿闯胜难太不再为历])过(?=[0-9０-９.．,一二两三四五六七八九十]*[百千万亿]))"
)
#: a qualifier after the number (多 not the start of 多元/多样/多种…)
NUM_POST_QUALIFIER = r"(?:以上|以下|以内|左右|上下|之多|余|多(?![元样种方层渠领个措重]))"
#: tenths after 成 (两成五: 2.5 成), not the start of another number or a unit (三成五年)
NUM_TENTH = rf"(?<=成)(?P<tenth>[一二三四五六七八九])(?![零〇一二两三四五六七八九十百千万亿]|{NUMBER_UNIT_AHEAD})"
#: a half after a unit of time or measure (一年半, 两天半, 二斤半: N + 0.5; 个半 is in the units:
#: 1个半小时), not the start of a word (2023年半导体, 半年报)
NUM_UNIT_HALF = r"(?<=[年天夜周时钟米斤里亩尺寸度])半(?![导岛径场价身数年月天日个小])"
#: a number with magnitude, unit and maybe a range: 3.5亿元, 八个多月, 3%—5%, 1—5月, 两成五, 一年半
NUM_PLAIN = (
    rf"(?P<n1>{NUM_ANY})(?: ?(?P<mid0>多|余))?(?: ?(?P<mag1>{NUM_MAGNITUDE}))?(?: ?(?P<mid1>多|余))?(?P<mag1b>(?<=万多|万余)亿)? ?(?P<u1>{NUMBER_UNIT_ALT})?"
    rf"(?P<uhalf>{NUM_UNIT_HALF})?(?:{NUM_TENTH})?"
    rf"(?:(?P<sep>{NUM_RANGE_SEP}) ?(?P<n2>{NUM_ANY})(?: ?(?P<mid20>多|余))?(?: ?(?P<mag2>{NUM_MAGNITUDE}))?"
    r"(?: ?(?P<mid2>多|余))?"
    rf" ?(?P<u2>{NUMBER_UNIT_ALT})?)?"
)
#: what may follow 第N: the words of an order (第三次, 第二批, 第一台, 第 05 版, 第二十二届) and
#: the count classifiers; 大, 位, 名 make a rank (第二大, 第三十四位)
ORDINAL_UNIT_ALT = "(?:" + "|".join(
    re.escape(u) + _UNIT_NOT_BEFORE.get(u, "")
    for u in sorted({*(u for u, (_, k) in NUMBER_UNITS.items() if k == "count"),
                     "年", "季度", "阶段", "期", "章", "节", "天", "产业", "梯队", "站", "号", "版", "季",
                     "课", "届", "代", "年级", "班", *DESIGNATION_UNITS}, key=len, reverse=True)
) + ")"
#: a magnitude with no numeral that is a number (a unit follows, or 亿 is in it); 百公里, 千吨级,
#: 千米之外 take a unit of measure, not a count or a year (千家万户, 流传千年: set phrases)
NUM_BARE = (
    rf"(?:(?:百万|千万|十万|万亿|亿)(?={NUMBER_UNIT_AHEAD})(?!级)"
    rf"|(?<=[破超过到达近逾])(?:万亿|千万|百万|亿|万)(?={NUMBER_UNIT_AHEAD}(?!级)|[^{CJK}]|$)"
    r"|(?:万亿|千亿|百亿)"  # a magnitude with 亿 needs no unit: 千亿级, 千亿县, 超百亿
    rf"|(?:千万|百万|十万|万)(?={NUMBER_UNIT_ALT}级)"  # a scale class: 万吨级
    rf"|(?:[百万]|千(?![瓦克伏帕]))(?={MEASURE_UNIT_ALT})"  # a measure: 百公里, 千吨级, 千米, 千亩
    r"|(?:(?<=以)|(?<=、))[百千万](?=年(?:、[百千万]年)*(?:为)?(?:计|单位))"  # 以百年、千年为计
    r"|[千万](?=元户)"  # a household classed by its income: ‘万元户’
    rf"|[百千万](?=[余多]{NUMBER_UNIT_AHEAD})"  # over a hundred of a count: 百余份, 千余人, 百多年
    r")"
)
#: Roman numerals of grades and classes (water quality Ⅱ类, Ⅰ级; ASCII II类 too) and their values
ROMAN_VALUES = {**{c: i for i, c in enumerate("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ", 1)},
                **{r: i for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"), 1)}}
NUM_ROMAN = (r"(?<![A-Za-z0-9])(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|(?:VIII|VII|VI|IV|IX|III|II|I|V|X)(?![A-Za-z]))")
#: words of a part of the day and the hours they move past noon: (first, last) hour read as PM
#: (晚上8点 → 20:00, 中午1点 → 13:00, 夜里2点 → 02:00, 夜里11点 → 23:00); morning words move none
DAY_PERIOD_PM: dict[str, tuple[int, int]] = {
    "上午": (0, -1), "早上": (0, -1), "早晨": (0, -1), "清晨": (0, -1), "凌晨": (0, -1),
    "中午": (1, 5), "下午": (1, 11), "傍晚": (1, 11), "晚上": (1, 12), "夜里": (6, 12),
    "夜间": (6, 12), "深夜": (6, 12),
}
#: a time of day told by a part of the day and an hour (晚上8点, 下午3点半, 上午9时30分): the word is
#: in the surface and sets the hour, as 上世纪 does the century; 8点 alone is no time (8点建议)
NUM_DAY_TIME = (
    "(?P<dtod>(?P<dp>" + "|".join(sorted(DAY_PERIOD_PM, key=len, reverse=True)) + ")"
    r"(?P<dh>[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3}) ?[点时]"
    r"(?:(?P<dmin>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})分|(?P<dhalf>半))?)"
)
#: a character a number mention can start with (a cheap first test: 7x faster scanning)
NUM_START = ("0-9０-９零〇○一二两兩三四五六七八九十第百翻千万亿约近将將接超逾不至多大数几上倍过最低高少"
             "下早清凌中傍晚夜深ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫIVX")
NUMBER = Rule(
    "number",
    rf"(?=[{NUM_START}])"
    rf"(?P<pre>{NUM_PRE_QUALIFIER})?"
    r"(?:"
    rf"(?P<pct>百分之(?P<pn>{NUM_ANY})(?:{NUM_RANGE_SEP}(?:百分之)?(?P<pn2>{NUM_ANY}))?)"
    r"|(?P<fan>翻了?(?P<fn>[一两二三四五六几])番|翻了?一?倍|(?<!翻)倍增(?=[，,。；;！!、）)”]|了|$))"
    rf"|(?P<ord>第 ?(?P<on>{NUM_ANY}) ?(?P<ou>{ORDINAL_UNIT_ALT})?)"
    rf"|(?P<cent>(?:(?P<cn>{NUM_ANY}) ?|(?P<cup>上个?))世纪(?: ?(?P<cdn>{NUM_ANY}) ?年代)?)"
    rf"|(?P<roman>(?P<rn>{NUM_ROMAN}) ?(?P<ru>类|级|期|等))"
    rf"|(?P<dec>(?P<dn>{NUM_ANY}) ?年代)"
    rf"|(?P<ymd>(?P<y>{NUM_ANY}) ?年 ?(?P<m>{NUM_ANY}) ?月(?:份)?(?: ?(?P<d>{NUM_ANY}) ?[日号])?)"
    rf"|(?P<md>(?P<m2>{NUM_ANY}) ?月 ?(?P<d2>{NUM_ANY}) ?[日号])"
    rf"|(?P<frac>(?P<fd>{NUM_ANY})分之(?P<fn2>{NUM_ANY})|(?P<half>一半))"
    r"|(?P<slash>(?<![0-9/.])(?P<sn>[0-9]{1,3})/(?P<sd>[0-9]{1,3})(?![0-9/.]))"
    rf"|{NUM_DAY_TIME}"
    r"|(?P<tod>(?<![0-9０-９.∶:：])(?P<hh>[01]?[0-9]|2[0-4])[:：](?P<mm>[0-5][0-9])(?![0-9０-９∶:：]))"
    rf"|(?P<ratio>(?P<ra>{NUM_AR})[∶:：](?P<rb>{NUM_AR})(?P<rc>(?:[∶:：]{NUM_AR})+)?)"
    rf"|(?P<prod>{NUM_AR}(?: ?[×＊*] ?{NUM_AR})+ ?(?P<pu>{NUMBER_UNIT_ALT}))"
    r"|(?P<coh>(?<![0-9０-９.])(?P<cd>[0-9]0)后(?![来面续期者方]))"
    rf"|(?P<few>(?:(?<![多少总人次半倍指系基函户件分参无岁位心算])数|几|(?<![以之马网线路])上(?=[百千万亿])(?!百度))"
    rf"(?P<fm>[十百千万亿]+) ?(?P<fu>{NUMBER_UNIT_ALT})?)"
    r"|(?P<tenths>(?P<tn>[二两三四五六七八九])分(?=熟|饱|醉|像|似|把握))"
    rf"|(?<![几数上百千十万亿多余])(?P<bare>(?P<bm>{NUM_BARE})(?P<bmid>余|多)?(?:(?!级) ?(?P<bu>{NUMBER_UNIT_ALT}))?)"
    rf"|{NUM_PLAIN}"
    r")"
    rf"(?P<post>{NUM_POST_QUALIFIER})?",
    "one number mention: 百分之…, 翻…番 (翻倍, 倍增), 第…, centuries and decades (上世纪90年代), "
    "Roman grades (Ⅱ类), dates, fractions, times of day (9:30, 晚上8点), products (7×24小时), cohorts (90后), "
    "(三分之二, 1/3), ratios (1∶3.4, 12.7∶50.5∶36.8), a few hundred (数百年, 几十个, 上百亿元), "
    "tenths (六分熟), a bare magnitude (超百亿, 百公里), or a plain number with magnitude, unit and range",
    examples=("增长约5%", "3.5亿元", "百分之十五", "翻一番", "翻倍", "第三次", "第一台", "20世纪90年代",
              "上世纪90年代", "Ⅱ类以上", "IV类",
              "2024年3月5日", "三分之二", "约1/3", "1∶3.4", "12.7∶50.5∶36.8", "千亿级", "3%—5%",
              "八个多月", "数百万株", "上百亿元", "六分熟", "百公里", "两成五", "过千亿元", "最高10万元",
              "9:30", "7×24小时", "90后", "150兆帕", "两杯", "三面环山", "百年、千年为计", "万元户",
              "晚上8点", "低于20%", "超千万", "26基", "14省份"),
    counter=("统筹", "前沿", "多数人", "马上", "最高人民法院"), how="search",
)

ELIDED = Rule(
    "elided", rf"、(?P<n>[一二两三四五六七八九十])(?P<u>{NUMBER_UNIT_ALT})",
    "the second numeral of an elided range after a unitless first one: 二、三级医院, 三、四月份",
    examples=("、三级医院", "、四月份"), counter=("、三是",),
)
LEVEL_GRADED = Rule(
    "level_graded",
    r"及?(?:以上|以下)|[^，。；、：！？\d]{0,2}(?:医院|医疗|旧里|批发|能效|响应|预警|资质|风险)",
    "what after a Chinese N级 makes it a grade (ordinal): a graded thing or a bound (二级医院, 三级公立医院, "
    "二级旧里, 二级批发站, 二级及以上, 三级能效, 二级响应); otherwise it counts levels (中央和省两级, 三级所有制, "
    "五级分类)",
    examples=("医院", "公立医院", "及以上", "旧里", "能效"), counter=("所有制", "监管"),
)
LEVELS_BEFORE = Rule(
    "levels_before", r"(?:(?:[省市县区乡镇村街社组]|中央|地市|基层)[、和与及]?){2,}$",
    "levels enumerated right before N级 make it a count of them whatever follows (县、乡、村三级医疗, "
    "县、社两级医院, 市区街乡三级)",
    examples=("县、乡、村", "县、社", "市区街乡"), counter=("公立",), how="search",
)
NUMBER_PLAIN = Rule(
    "number_plain", NUM_PLAIN, "the plain alternative alone (re-matched where a date turned out not to be one)",
    examples=("13月", "3.5亿元"), counter=("统筹",), lazy=True,  # long, and seldom needed
)
POST_QUALIFIER = Rule(
    "post_qualifier", NUM_POST_QUALIFIER, "a qualifier right after a number or its unit: 以上, 左右, 多",
    examples=("以上", "左右", "多"), counter=("多元", "以前"),
)
NOT_NUMBER_WORD = Rule(
    "not_number_word",
    r"三次产业|[一二三四五六七八九十]位一体|十[一二三四五]五|十分|万分|三番五次|四面八方|五湖四海|五金|"
    r"[两三四五六七八九]位数|三门峡|百度|四周(?![年岁])|(?:(?<=没有)|(?<=什么)|(?<=无))两样|零(?![点點])|"
    r"四季(?!度)|十年磨一剑|"
    r"五代(?=十国|时期|[、和与及至](?:辽|宋|十国|北宋|南唐|吴越))|(?<=[唐宋]、)五代|(?<=唐)五代|"
    r"(?<=红)十字|十字(?:路|街|架|绣|形|军)|(?<=生辰)八字",
    "a Chinese numeral starting one of these words is no number (十分 is \"very\", 三次产业 a term, "
    "四位一体 a set phrase, 十四五 a plan, 四周 \"all around\", 没有两样 \"no different\", 红十字 and "
    "十字路口 a cross, 生辰八字 a horoscope, 四季 \"all the year\", 十年磨一剑 an idiom, 五代 the period "
    "between 唐 and 宋 next to a dynasty's name: 五代十国, 宋代（含五代、辽、金）, 唐五代)",
    examples=("十分重要", "三次产业", "零售", "四位一体", "十四五期间", "四周环境", "十字路口", "四季分明",
              "十年磨一剑", "五代十国", "五代、辽、金", "五代时期"),
    counter=("十个", "零点五", "四位专家", "四周年", "两样东西", "十字方针", "四季度", "十年来", "五代人",
             "五代同堂"),
)
#: time words a vague duration pairs (十天半月, 三天两头, 三年五载, 一年半载)
VAGUE_DURATION = Rule(
    "vague_duration",
    r"[一二三四五六七八九十]{1,2}[天年月](?:半|[一两二三四五六七八九十]{1,2})个?[天年月载头]",
    "two time words paired into an idiom of a vague while: no number (十天半月, 三天两头, 三年五载)",
    examples=("十天半月", "三天两头", "三年五载"), counter=("三年半", "两年三个月", "三天两夜", "三月五日"),
)
CONGRESS = Rule(
    "congress", r"(?:党的|中共|共产党)第?$",
    "what before N大 makes it a party congress, a name (党的八大, 中共七大), not a count of great things",
    examples=("党的", "中共"), counter=("公司已拥有",), how="search",
)
ORDINAL_SESSION = Rule(
    "ordinal_session", r"会议|全会|全体会议|代表大会", "what makes N次 an ordinal: 二次会议 is the second session",
    examples=("会议", "全体会议"), counter=("试验",),
)
#: classifiers that, after a lone 二 (not 两), give an ordinal: 二次销售, 二级能效, 二期, 二类; a
#: count says 两 (两次, 两级, 两期)
SECOND_ORDINAL = Rule(
    "second_ordinal", r"(?<![一二两三四五六七八九十百千万亿零〇])二(?=次|级|期|类|等|号)",
    "a lone 二 before 次/级/期/类/等: an ordinal (二次销售, 二级能效, 二期), where a count would say 两",
    examples=("二次销售", "二级能效", "二期"), counter=("两次", "十二次", "二十次"), how="search",
)
ORDINAL_NOT_WORD = Rule(
    "ordinal_not_word", r"第(?:三方|三者|一时间|一线|一手|二课堂|二居所|二故乡|二家乡|二职业|二春(?![季节])|二曲线|二增长曲线)",
    "第N that is a word, not an ordinal (第三方 a party, 第三者, 第一时间 \"at once\", 第二课堂 "
    "out-of-class activities, 第二居所 and 第二故乡 a second home, 第二职业 a side job); 第二立面 (the row "
    "behind the first) and 第二次 are ordinals",
    examples=("第三方", "第一时间", "第三者", "第二课堂", "第二居所", "第二故乡"),
    counter=("第三次", "第二立面", "第二春季"),
)
#: the words that end the name of an institution (a school, a hospital, a bureau)
_INSTITUTION = (
    r"(?:人民)?(?:医院|中学|小学|中心小学|高级中学|初级中学|实验学校|学校|师范|附属|监狱|看守所|分局|派出所|"
    r"设计院|研究院|研究所|工程局|中级人民法院|汽车制造厂|医学中心|中心医院)"
)
ORDINAL_IN_NAME = Rule(
    "ordinal_in_name", _INSTITUTION,
    "what after 第N (or a numbered unit: 一二〇师) makes it part of a proper name, no number "
    "(南京市第一医院, 第二人民医院, 第三中学, 解放军总医院第七医学中心, 一二〇师学校)",
    examples=("医院", "人民医院", "中学", "医学中心", "学校"), counter=("动力", "要务", "胸章"),
)
DESIGNATION_IN_NAME = Rule(
    "designation_in_name", rf"[^\s，,。；;、：:（）()“”‘’的了在和与及是为到从]{{0,4}}?{_INSTITUTION}",
    "what after a numbered unit (第二师, 13团, 一二〇师) makes it part of an institution's full name, no "
    "number: a short name and the institution's word (新疆生产建设兵团第二师华山中学, 一二〇师学校)",
    examples=("华山中学", "学校", "第一小学"), counter=("师长", "参加了救援", "的医院"),
)
#: one CJK character that is neither a numeral nor 个
_NOT_NUMERAL_NOR_GE = rf"(?![零〇一二两三四五六七八九十百千万亿个])[{CJK}]"
ORDINAL_EVENT = Rule(
    "ordinal_event", r"世界大战|(?:鸦片|国内革命)战争|(?:工业|科技|产业|技术)革命",
    "what after 第N次 makes the ordinal part of an event's name, no number (第二次世界大战, "
    "第四次工业革命); 第二次会议 stays an ordinal",
    examples=("世界大战", "工业革命"), counter=("会议", "全国代表大会"),
)
QUOTED_ABBREVIATION = Rule(
    "quoted_abbreviation",
    rf"[“\"‘「](?P<a>[一二两三四五六七八九十])(?P<x>{_NOT_NUMERAL_NOR_GE})"
    rf"(?P<b>[一二两三四五六七八九十])(?P<y>{_NOT_NUMERAL_NOR_GE})[”\"’」]",
    "a quoted four-character slogan of two numerals each before one character (not 个, the classifier "
    "that abbreviates nothing, nor a numeral): no number unless both characters are units (“三支一扶”, "
    "“两学一做”, ‘五点一线’, “五大三粗” abbreviate words; “三天两夜” counts)",
    examples=("“三支一扶”", "‘五点一线’", "“三天两夜”"),
    counter=("“两个一百年”", "“四个全面”", "“四个一百”", "“一五六项”", "“三个一批”"),
    how="search",
)
RANK_AFTER = Rule(
    "rank_after", r"[，,。；;、！？!?：:”’」』）)]|$|(?:要务|动力|生产力|资源|要素|竞争力|要义|推动力|驱动力)",
    "what after a 第N with no classifier makes it a rank: a clause end (质量第一、, 全国第一。) or a word "
    "of primacy (第一要务, 第一动力, 第一资源); other nouns take an ordinal (第二立面)",
    examples=("、", "。", "要务", "动力", "’"), counter=("立面", "次"),
)
FIRST_PERIOD = Rule(
    "first_period", r"(?<![提之以目当眼空事从日])前$",
    "前 before N季度/N个月/N月/N天/N周: the first N quarters, months or days (or the last few days: "
    "前两天, \"the other day\"), a duration with 前 in its surface (前三季度, 前两月, 前7月, 前两天); "
    "前三位 (a rank) keeps 前 outside",
    examples=("截至2024年前", "，前"), counter=("之后", "提前", "之前"), how="search",
)
DAY_DURATION = Rule(
    "day_duration", r"[^，,。；;、\d]{0,3}游|内|以内|之内",
    "what after N日 makes it so many days (6日游, 3日踏春游, 30日内), not a day of the month (19日)",
    examples=("游", "踏春游", "以内"), counter=("，", "上午"),
)
DIRECTION = Rule(
    "direction",
    r"(?:(?P<inc>增长|增加|提高|上升|上涨|提升|扩大|增|涨|回升)|"
    r"(?P<dec>下降|减少|降低|下跌|回落|缩小|缩减|压减|压降|减|降))(?:了)?(?:到|至|为|达)?$",
    "a direction word right before a number (its qualifier aside): 增长8.8%, 下降到6%; group inc or dec",
    examples=("增长", "下降到", "提高了"), counter=("增长点是",), how="search",
)
COHORT_YEAR = Rule(
    "cohort_year", r"(?:1[89]|20|21)[0-9]{2}[届级]",
    "a four-digit year before 届 names a graduating class by its year (2023届毕业生: the year 2023, "
    "unit 届), not the 2023rd session as 二十届 is the twentieth; before 级 an entering class where a "
    "school is around it (cohort_school_before, cohort_student_after)",
    examples=("2023届毕业生", "2019届", "1987级"), counter=("20届", "二十届", "8级"),
)
COHORT_SCHOOL_BEFORE = Rule(
    "cohort_school_before", r"(?:大学|学院|学校|中学|小学|学部|系|专业|研究生院)$",
    "a school or department right before a year and 级: the class that entered that year (重庆师范大学"
    "化学学院1987级校友, 重庆师范大学2010级…本科生: the year, unit 级); 2000级台阶 counts steps",
    examples=("重庆师范大学化学学院", "重庆师范大学"), counter=("拾级而上",), how="search",
)
COHORT_STUDENT_AFTER = Rule(
    "cohort_student_after",
    r"[^，,。；;：:！？!?]{0,14}?(?:校友|学生|本科生|研究生|新生|毕业生|学子|同学|学员|硕士生|博士生)",
    "a student after a year and 级 in the same clause: an entering class (1987级校友, 2010级汉语言文学"
    "（师范）专业本科生); 2000级台阶 is none",
    examples=("校友", "汉语言文学（师范）专业本科生"), counter=("台阶", "，学生"),
)
EDITIONS_HELD = Rule(
    "editions_held", r"(?:举办|举行|连续|连办|已办|共办|累计)了?$",
    "a verb of holding right before N届 makes it a count of editions held (举办4届论坛, 连续三届); a named "
    "session (十四届全国人大, 召开四届人大, 第二届) stays an ordinal (session_body)",
    examples=("成功举办", "连续", "举办了"), counter=("党的", "全国政协", "召开"), how="search",
)
SESSION_BODY = Rule(
    "session_body", r"(?:人大|政协|全国人民代表大会|全国人大|中央|党代会|代表大会|[一二三四五六七八九十]中全会|全会|市委|省委)",
    "a body after N届 makes it a named session, an ordinal, whatever verb is before (举行十四届全国人大…)",
    examples=("人大", "三中全会", "全国人民代表大会"), counter=("国际能源变革论坛", "全国双创活动周"),
)
FROM_ZERO_TO_ONE = Rule(
    "from_zero_to_one", r"从(?:0|零|1|一)到(?:1|一|N|n|Ｎ|100|百|无穷)(?![0-9０-９.．%％个万亿])",
    "the innovation idiom 从0到1 (an original breakthrough) and 从1到N, 从1到100 (scaling it up), quoted "
    "or not: no number; 从1到3个 and 从6.32下降至6.08 are numbers",
    examples=("从0到1", "从1到N", "从1到100"), counter=("从1到3个", "从10到100", "从6.32下降"),
)
QUOTE_OPEN_IN_CLAUSE = Rule(
    "quote_open_in_clause", r"[“\"‘「『][^”\"’」』，,。；;！？!?、]{0,8}$",
    "a quote opened in the clause before a numeral and not closed: the numeral is in a quoted saying or "
    "slogan, where a noun is no classifier (“三山夹两河”, “三河六岸”); outside quotes it counts (村口两河交汇处)",
    examples=("“三山夹", "“"), counter=("“三山”说的是，", "村口"), how="search",
)
TITLE_OPEN = Rule(
    "title_open", r"《[^《》]{0,80}$",
    "a title of a work is open before this point (《 and no 》 after it; searched up to the point)",
    examples=("审议《中共中央政治局贯彻落实中央八项规定",), counter=("《永济八景》中的", "中央八项规定"),
    how="search",
)
TITLE_CLOSE = Rule(
    "title_close", r"[^《》]{0,80}》", "the title of a work open before this point closes after it",
    examples=("规定的实施细则》",), counter=("规定的实施细则",),
)
BARE_YEAR = Rule(
    "bare_year", r"(?:1[89]|20|21)[0-9]{2}(?![0-9])",
    "four digits a calendar year may be (1800–2199): inside a title of a work a calendar year even "
    "without 年 (《“健康中国2030”规划纲要》, 《中国制造2025》, as 《…规划（2024—2035）》); elsewhere a "
    "bare number in a name is none (the plan name “上海2035”, as “十四五”)",
    examples=("2030", "2025"), counter=("12345", "1000", "999"),
)
RANK_SCOPE = Rule(
    "rank_scope", r"(?:世界|全球|全国|全省|全市|国内|亚洲|排名|位居|跃居|位列|居|列)$",
    "scopes that make 第N a rank (世界第一, 全国第二) rather than an ordinal",
    examples=("世界", "位居"), counter=("世界上",), how="search",
)
TIME_OF_DAY_CUE = Rule(
    "time_of_day_cue",
    r"(?:上午|下午|晚上|凌晨|中午|早上|早晨|傍晚|夜间|每天|每日|[日于从自至到—–－~～-])$",
    "what before H:MM (two-digit minutes) makes it a time of day, not a ratio: a part of the day, a day, "
    "于/从/至 or a range dash (于9:30, 上午9:30, 9:30—16:00); searched up to the number",
    examples=("将于", "上午", "9:30—", "4月3日"), counter=("比例为", "按"), how="search",
)
TIME_OF_DAY_AFTER = Rule(
    "time_of_day_after", r"(?:前|后|起|开始|之前|以前|以后|[—–－~～-][0-2]?[0-9][:：][0-5][0-9]|至|到)",
    "what after H:MM makes it a time of day: 前/后/起 or a range to another time (9:30—16:00, 8:00前)",
    examples=("—16:00", "前", "起"), counter=("的比例", "，"),
)
WITHIN = Rule(
    "within", r"内(?![容部地涵外需核陆蒙河江心力存科阁衣资销置])",
    "内 right after a duration is a bound, like 以内: in the surface, approximate (2年内, 30日内, 三年内); "
    "not the start of a word (年内容, 内部)",
    examples=("内在广州市落地", "内，"), counter=("内容", "内部", "内地"),
)
#: an item of a list of names: no punctuation, no numeral, no joining word
_LIST_ITEM = r"[^，,。；;：:、和与及“”‘’《》（）()\s零〇一二两三四五六七八九十0-9０-９]{1,8}"
ENUMERATED_BEFORE = Rule(
    "enumerated_before",
    rf"(?<![^，,。；;：:“”（(为于与和对及同是在把将由从自]){_LIST_ITEM}(?:[、和与及]{_LIST_ITEM})+$",
    "a list of names right before a Chinese numeral makes the noun after it a classifier that sums them "
    "(中国、哈萨克斯坦和吉尔吉斯斯坦三国, 美、英、法三国); without one 三国, 两国, 十六国 are names or terms",
    examples=("作为中国、哈萨克斯坦和吉尔吉斯斯坦", "，美、英、法", "与英、葡"),
    counter=("始建于", "中美", "改善两国关系、恢复", "出席联合国大会、"), how="search",
)
ONE_DETERMINER = Rule(
    "one_determiner", r"(?:任何|每|哪|某|另|这|那|唯)$",
    "what before a lone 一 makes it a determiner (任何一个百分点 \"any\", 每一倍, 这一个): no number, "
    "though 一个百分点 and 一倍 count elsewhere (提高一个百分点)",
    examples=("任何", "每"), counter=("提高",), how="search",
)
SHARED_UNIT_LIST = Rule(
    "shared_unit_list",
    rf"(?:[、和与及]{NUM_AR})*[、和与及](?P<n>{NUM_AR})(?P<mag>{NUM_MAGNITUDE})?(?P<u>{NUMBER_UNIT_ALT})",
    "Arabic numbers listed with 、 before a last one with its unit share that unit (and magnitude): "
    "高于全国平均水平0.8、2.0、2.8个百分点 → 0.8 and 2.0 个百分点 too, 3、5万元 → 3万元; matched right "
    "after the first number (a list marker 1、 opens its clause: not after a character)",
    examples=("、2.0、2.8个百分点", "、5万元", "和4月"), counter=("、2.0、2.8", "、第三"),
)
SCORE_BEFORE = Rule(
    "score_before", r"(?:指数|水平|得分|评分|分值|分数|系数)$",
    "a noun of a score or an index right before a bare Arabic number makes it a value (发展指数89.0、, "
    "融合发展水平69.2、); not when another number follows after 、 (平均水平0.8、2.0个百分点: an elided unit)",
    examples=("发展指数", "融合发展水平"), counter=("指数基金",), how="search",
)
CODE_BEFORE = Rule(
    "code_before", r"(?:编号|号码|代码|编码|代号|电话|热线|密码|邮编|账号)[是为：:]?$",
    "a noun of a code or a number to dial right before a bare Arabic number: a label, no number "
    "(编号是1314, 热线电话12356)",
    examples=("编号是", "电话", "号码为"), counter=("数量为",), how="search",
)
YEAR_EDITION = Rule(
    "year_edition", r"版(?![本权面块图画式税])",
    "版 after a four-digit year is an edition named by its year (《…（2025版）》: the year 2025, unit 版); "
    "after other bare numbers it is a version, no number (3.0版)",
    examples=("版）",), counter=("版本", "版权"),
)
QUOTE_AROUND = Rule(
    "quote_around", r"[“\"‘「『]$",
    "a quote right before a bare four-digit year that closes right after it (眺望“2035”，奔向“2049”): a "
    "target year, kind year; “上海2035” is a plan's name",
    examples=("眺望“",), counter=("上海",), how="search",
)
QUOTE_CLOSE = Rule(
    "quote_close", r"[”\"’」』]", "a closing quote (see quote_around)", examples=("”",), counter=("上海",),
)
RULES = rules_of(globals())
