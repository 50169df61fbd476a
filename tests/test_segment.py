"""Segmentation: blocks → articles, titles, bylines, sections. One small case per artifact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhdoc.model import Block, Structure
from zhdoc.dump.repair import repair
from zhdoc.segment.articles import parse_affiliations, parse_authors, segment


def blocks(*texts: str | tuple[str, dict]) -> list[Block]:
    """Blocks laid out one per paragraph, two characters apart; (text, {field: value}) for hints."""
    out, pos = [], 0
    for t in texts:
        text, hints = t if isinstance(t, tuple) else (t, {})
        out.append(Block(text, pos, pos + len(text), **hints))
        pos += len(text) + 2
    return out


def outline(s: Structure) -> list[tuple]:
    """(title, authors, affiliations, [(heading, level, moved, [paragraph heads])]) per article."""
    return [
        (a.title, a.authors, a.affiliations,
         [(x.heading, x.level, x.heading_moved, [p.text[:4] for p in x.paragraphs]) for x in a.sections])
        for a in s.articles
    ]


BODY = "制造业规模跃居世界第一，创新能力不断增强。"
BODY2 = "金融是现代经济的核心，需强化金融支持。"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("□ 吕 铁 刘 丹", ["吕铁", "刘丹"]),
        ("□ 王晓明", ["王晓明"]),
        ("本报记者 王晓明 李 娜", ["王晓明", "李娜"]),
        ("本报记者 王晓明 通讯员 张 三 报道", ["王晓明", "张三"]),
        ("记者 李娜", ["李娜"]),
        ("作者：张三、李四", ["张三", "李四"]),
        ("□ 欧阳明", ["欧阳明"]),
    ],
)
def test_parse_authors(byline: str, names: list[str]) -> None:
    assert parse_authors(byline) == names


@pytest.mark.parametrize(
    ("trailer", "affiliations"),
    [
        ("（作者单位：兰州财经大学金融学院）", ["兰州财经大学金融学院"]),
        ("（作者单位：中国社会科学院工业\n经济研究所）", ["中国社会科学院工业经济研究所"]),
        ("（作者为中国人民大学经济学院教授）", ["中国人民大学经济学院"]),
        ("（作者系北京大学光华管理学院副教授）", ["北京大学光华管理学院"]),
        ("（作者单位：清华大学；复旦大学）", ["清华大学", "复旦大学"]),
        ("（本文系国家社科基金项目成果）", []),  # not a trailer naming an affiliation
    ],
)
def test_parse_affiliations(trailer: str, affiliations: list[str]) -> None:
    assert parse_affiliations(trailer) == affiliations


CASES = [
    pytest.param(
        blocks("我国制造业发展的基本思路", "□ 吕 铁 刘 丹", BODY, "正确处理四方面关系", "一是处理好政府与市场的关系。", BODY2),
        [("我国制造业发展的基本思路", ("吕铁", "刘丹"), (),
          [(None, 0, False, ["制造业规"]), ("正确处理四方面关系", 1, False, ["一是处理", "金融是现"])])],
        id="title-byline-lede-section",
    ),
    pytest.param(
        blocks(BODY, "（作者单位：兰州财经大学金融学院）", "数字经济发展报告", "本报记者 王晓明", BODY2),
        [(None, (), ("兰州财经大学金融学院",), [(None, 0, False, ["制造业规"])]),
         ("数字经济发展报告", ("王晓明",), (), [(None, 0, False, ["金融是现"])])],
        id="trailer-ends-article-title-byline-starts-one",
    ),
    pytest.param(
        blocks("第一篇的标题", "作者：张三", BODY, "第二篇的标题", "作者：李四", BODY2),
        [("第一篇的标题", ("张三",), (), [(None, 0, False, ["制造业规"])]),
         ("第二篇的标题", ("李四",), (), [(None, 0, False, ["金融是现"])])],
        id="two-articles-without-trailers",
    ),
    pytest.param(
        blocks(BODY, "一、总体要求", BODY2, "（一）指导思想", BODY, "（二）主要目标", BODY2, "二、重点任务", BODY),
        [(None, (), (), [(None, 0, False, ["制造业规"]), ("一、总体要求", 1, False, ["金融是现"]),
                         ("（一）指导思想", 2, False, ["制造业规"]), ("（二）主要目标", 2, False, ["金融是现"]),
                         ("二、重点任务", 1, False, ["制造业规"])])],
        id="numbered-heading-levels",
    ),
    pytest.param(
        blocks(BODY, "第一章 总则", BODY2, "第一节 适用范围", BODY),
        [(None, (), (), [(None, 0, False, ["制造业规"]), ("第一章 总则", 1, False, ["金融是现"]),
                         ("第一节 适用范围", 2, False, ["制造业规"])])],
        id="chapter-and-section",
    ),
    pytest.param(
        blocks(BODY, "▎共建“一带一路”需强化金融支持", BODY2, "▎正确处理四方面关系", BODY),
        [(None, (), (), [(None, 0, False, ["制造业规"]), ("共建“一带一路”需强化金融支持", 1, False, ["金融是现"]),
                         ("正确处理四方面关系", 1, False, ["制造业规"])])],
        id="marked-headings-before-their-text",
    ),
    pytest.param(
        blocks("标题", "□ 甲 乙", "导语介绍了制造业面临的机遇和挑战。", "制造业面临严峻考验，短板明显。", "▎认识制造业的短板与考验",
               "新时代带来难得机遇，要牢牢抓住。", "▎抓住新时代的难得机遇"),
        [("标题", ("甲乙",), (), [(None, 0, False, ["导语介绍"]),
                                 ("认识制造业的短板与考验", 1, True, ["制造业面"]),
                                 ("抓住新时代的难得机遇", 1, True, ["新时代带"])])],
        id="headings-printed-after-their-sections",
    ),
    pytest.param(
        blocks("还需采取务实举措。", "一是改造传统制造业。", "二是加强创新能力建设。", "三是提升国际竞争力。",
               "（作者单位：某研究所）", "高质量发展的思路与举措", "□ 吕 铁 刘 丹", "导语说明了发展的思路。",
               "制造业面临严峻考验。", "▎认识严峻考验", "▎加快实施三大举措"),
        [("高质量发展的思路与举措", ("吕铁", "刘丹"), ("某研究所",),
          [(None, 0, False, ["导语说明"]), ("认识严峻考验", 1, True, ["制造业面"]),
           ("加快实施三大举措", 1, True, ["还需采取", "一是改造", "二是加强", "三是提升"])])],
        id="continuation-printed-before-its-title",
    ),
    pytest.param(
        blocks(("一份报告", {"role": "title"}), BODY, ("第一部分", {"role": "heading"}), BODY2,
               ("营业收入 100 200", {"role": "table"})),
        [("一份报告", (), (), [(None, 0, False, ["制造业规"]), ("第一部分", 1, False, ["金融是现", "营业收入"])])],
        id="layout-roles",
    ),
    pytest.param(
        blocks("政府工作报告", "——2017年3月5日在第十二届全国人民代表大会第五次会议上", "国务院总理 李克强", "各位代表：",
               "现在，我代表国务院向大会报告。", "一、2016年工作回顾", BODY),
        [("政府工作报告", ("李克强",), (), [(None, 0, False, ["各位代表", "现在，我"]),
                                           ("一、2016年工作回顾", 1, False, ["制造业规"])])],
        id="report-front-matter",
    ),
    pytest.param(
        blocks("2025年北京市政府工作报告", "来源：北京日报", "2025年1月14日在北京市第十六届人民代表大会第三次会议上", "各位代表：",
               "一、2024年工作回顾", BODY),
        [("2025年北京市政府工作报告", (), (), [(None, 0, False, ["2025", "各位代表"]),
                                             ("一、2024年工作回顾", 1, False, ["制造业规"])])],
        id="source-and-date-lines",
    ),
    pytest.param(
        blocks(("东北电气发展股份有限公司", {"role": "title", "font_size": 2.0}),
               ("2018 年第一季度报告", {"role": "title", "font_size": 1.8}),
               ("第一节重要提示", {"role": "title", "font_size": 1.8}), (BODY, {"font_size": 1.0}),
               ("一、主要会计数据", {"role": "heading", "font_size": 1.3}), ("□ 是 √ 否", {"font_size": 1.0}),
               ("1、合并资产负债表", {"role": "heading", "font_size": 1.2}), ("公司是否需追溯调整", {"font_size": 1.0})),
        [("东北电气发展股份有限公司", (), (), [("第一节重要提示", 1, False, ["制造业规"]),
                                           ("一、主要会计数据", 2, False, ["□ 是 "]),
                                           ("1、合并资产负债表", 3, False, ["公司是否"])])],
        id="pdf-titles-sizes-checkboxes",
    ),
    pytest.param(blocks(BODY, "□ 适用 √ 不适用", "□ 不适用", BODY2),
                 [(None, (), (), [(None, 0, False, ["制造业规", "□ 适用", "□ 不适", "金融是现"])])],
                 id="checkboxes-are-no-bylines"),
    pytest.param(
        blocks("关于进一步做好农村饮水安全工作的通知", "各区县人民政府：", BODY, "本通知自印发之日起施行。", "某某市人民政府办公室",
               "2024年3月18日"),
        [("关于进一步做好农村饮水安全工作的通知", (), (),
          [(None, 0, False, ["各区县人", "制造业规", "本通知自", "某某市人", "2024"])])],
        id="official-notice-title-and-signature",
    ),
    pytest.param(
        blocks("数字经济对制造业的影响研究", "作者：李文（北京大学经济学院）", "摘要：本文研究了数字经济对制造业的影响。",
               "关键词：数字经济；制造业", "一、引言", BODY),
        [("数字经济对制造业的影响研究", ("李文",), ("北京大学经济学院",),
          [(None, 0, False, ["摘要：本", "关键词："]), ("一、引言", 1, False, ["制造业规"])])],
        id="journal-article",
    ),
    pytest.param(
        blocks("第一篇", "本报北京3月5日电（记者 王晓明 李 娜）全国人大会议今天开幕。", BODY,
               "第二篇", "新华社上海3月6日电 会议今天闭幕。", BODY2),
        [("第一篇", ("王晓明", "李娜"), (), [(None, 0, False, ["本报北京", "制造业规"])]),
         ("第二篇", (), (), [(None, 0, False, ["新华社上", "金融是现"])])],
        id="datelines-start-articles",
    ),
    pytest.param(
        blocks(BODY, "（作者单位：某大学）", "第二篇的标题", BODY2, "小标题", BODY),
        [(None, (), ("某大学",), [(None, 0, False, ["制造业规"])]),
         ("第二篇的标题", (), (), [(None, 0, False, ["金融是现"]), ("小标题", 1, False, ["制造业规"])])],
        id="article-after-a-trailer-opens-on-its-title",
    ),
    pytest.param(
        blocks("一家小公司的出海路", "记者 李娜", BODY, "关于进一步做好农村饮水安全工作的通知", "各区县人民政府：", BODY2),
        [("一家小公司的出海路", ("李娜",), (), [(None, 0, False, ["制造业规"])]),
         ("关于进一步做好农村饮水安全工作的通知", (), (), [(None, 0, False, ["各区县人", "金融是现"])])],
        id="official-notice-starts-an-article",
    ),
    pytest.param(
        blocks("一场访谈", "本报记者 刘 洋", "导语介绍了采访的背景。", "记者：下一步有什么打算？", "答：继续扩大目录。",
               "记者：群众的感受怎么样？", "答：满意度明显上升。"),
        [("一场访谈", ("刘洋",), (), [(None, 0, False, ["导语介绍", "记者：下", "答：继续", "记者：群", "答：满意"])])],
        id="interview-turns-are-no-bylines",
    ),
    pytest.param(
        blocks("城市治理", "本报记者 张 敏", BODY, "记者近日走访发现，市民办事少跑腿了。", BODY2),
        [("城市治理", ("张敏",), (), [(None, 0, False, ["制造业规", "记者近日", "金融是现"])])],
        id="a-sentence-opening-with-reporter-is-body",
    ),
    pytest.param(
        blocks("让创新活力竞相迸发", "——论激发全社会创造力", "本报评论员", BODY, BODY2),
        [("让创新活力竞相迸发", ("本报评论员",), (), [(None, 0, False, ["制造业规", "金融是现"])])],
        id="collective-byline",
    ),
    pytest.param(
        blocks("书店梦", "本报记者 陈 晨", "老街上有一家开了二十年的书店。", "从一个书摊起步", "二十年前他摆书摊。后来他想让书店成为小城的客厅。",
               "让书店成为小城的客厅", "书店办起了读书会。老周说，书店梦还在继续。", "书店梦还在继续", "老周打算开一个儿童阅读区。"),
        [("书店梦", ("陈晨",), (), [(None, 0, False, ["老街上有"]), ("从一个书摊起步", 1, False, ["二十年前"]),
                                  ("让书店成为小城的客厅", 1, False, ["书店办起"]), ("书店梦还在继续", 1, False, ["老周打算"])])],
        id="text-announcing-the-next-heading-does-not-move-headings",
    ),
    pytest.param(
        blocks("社区食堂开业", "本报讯（记者 王海燕）近日，某区第十家社区食堂正式开业。", BODY,
               "新能源汽车下乡", "本报讯 记者从市商务局获悉，活动日前启动。", BODY2),
        [("社区食堂开业", ("王海燕",), (), [(None, 0, False, ["本报讯（", "制造业规"])]),
         ("新能源汽车下乡", (), (), [(None, 0, False, ["本报讯 ", "金融是现"])])],
        id="benbao-xun-datelines-start-articles",
    ),
    pytest.param(
        blocks("县域商业体系建设的实践与思考", "陈思远1，王 琳2", "（1.复旦大学经济学院，上海 200433；2.上海财经大学金融学院，上海 200433）",
               "摘要：县域商业是畅通城乡经济循环的重要环节。", "一、引言", BODY),
        [("县域商业体系建设的实践与思考", ("陈思远", "王琳"), ("复旦大学经济学院", "上海财经大学金融学院"),
          [(None, 0, False, ["摘要：县"]), ("一、引言", 1, False, ["制造业规"])])],
        id="journal-author-and-affiliation-lines",
    ),
    pytest.param(
        blocks("【热点观察】", "文旅融合激活乡村经济", "□ 本报记者 周 洁", BODY),
        [("文旅融合激活乡村经济", ("周洁",), (), [(None, 0, False, ["制造业规"])])],
        id="column-label-over-a-title",
    ),
    pytest.param(
        blocks("社区食堂开业", BODY, "（记者 王海燕）", "新能源汽车下乡", BODY2, "（本报记者 李 明）"),
        [("社区食堂开业", ("王海燕",), (), [(None, 0, False, ["制造业规"])]),
         ("新能源汽车下乡", ("李明",), (), [(None, 0, False, ["金融是现"])])],
        id="bylines-printed-at-the-end",
    ),
    pytest.param(
        blocks("读者来信", "小区门口的路灯该修了", BODY, "（读者 王建国）", "公交站台能否加个顶棚", "编辑同志：", BODY2,
               "（读者 刘 芳）"),
        [("小区门口的路灯该修了", ("王建国",), (), [(None, 0, False, ["制造业规"])]),
         ("公交站台能否加个顶棚", ("刘芳",), (), [(None, 0, False, ["编辑同志", "金融是现"])])],
        id="letters-signed-by-readers-under-a-column-label",
    ),
    pytest.param(
        blocks("租房押金迟迟不退怎么办", "【编者按】本期我们邀请律师回答读者的问题。", "问：房东不退押金怎么办？", "答：先协商，再投诉。"),
        [("租房押金迟迟不退怎么办", (), (), [(None, 0, False, ["【编者按", "问：房东", "答：先协"])])],
        id="a-heading-over-an-editors-note-is-the-title",
    ),
    # must not change: plain prose is one untitled section; no articles from nothing
    pytest.param(blocks(BODY, BODY2), [(None, (), (), [(None, 0, False, ["制造业规", "金融是现"])])],
                 id="plain-prose"),
    pytest.param([], [], id="nothing"),
]


@pytest.mark.parametrize(("given_blocks", "expected"), CASES)
def test_segment(given_blocks: list[Block], expected: list[tuple]) -> None:
    assert outline(segment(given_blocks)) == expected


def test_a_trailer_whose_last_line_the_layout_set_apart_is_read_whole() -> None:
    # the PDF sets a trailer's last line to the right (主任）) or on the next column: a block of
    # its own that closes the bracket the trailer leaves open is the trailer's rest, and the
    # position in it is no part of the institution
    given = blocks("我国制造业发展的基本思路", "□ 吕 铁", BODY, "（作者为某某大学区域发展研究中心副", "主任）")
    assert outline(segment(given)) == [
        ("我国制造业发展的基本思路", ("吕铁",), ("某某大学区域发展研究中心",), [(None, 0, False, ["制造业规"])])]
    # a bracket that opens no trailer is text, and the line that closes it stays its own
    given = blocks("我国制造业发展的基本思路", "□ 吕 铁", BODY, "（图表数据来源：某某大学区域发展研究中心", "整理）")
    assert outline(segment(given))[0][2:] == ((), [(None, 0, False, ["制造业规", "（图表数", "整理）"])])


def test_fields_from_evidence() -> None:
    s = segment(blocks("全国人大会议开幕", "来源：人民日报", "本报记者 王晓明", "■ 制造业增加值增长，结构持续优化。",
                       "本报北京3月5日电 全国人大会议今天开幕。", BODY))
    (a,) = s.articles
    assert a.dateline == "本报北京3月5日电"
    assert a.abstract == "制造业增加值增长，结构持续优化。"
    assert a.source == "人民日报"
    assert a.sections[0].paragraphs[0].role == "lede"


def test_abstract_without_its_label() -> None:
    (a,) = segment(blocks("题目", "作者：李文", "【摘要】本文研究了影响。", BODY)).articles
    assert a.abstract == "本文研究了影响。"


def test_heading_moves_are_warned() -> None:
    s = segment(CASES[7].values[0])
    assert s.articles[0].sections[-1].heading_moved
    assert any("加快实施三大举措" in w and "3" in w for w in s.warnings)
    assert any("no title" in w and "moved there" in w for w in s.warnings)


def test_paragraph_spans_are_the_blocks() -> None:
    given_blocks = blocks("标题", "□ 甲 乙", BODY, "小标题", BODY2, ("表 1 2 3", {"role": "table", "page": 3}))
    spans = {(b.start, b.end, b.text) for b in given_blocks}
    (a,) = segment(given_blocks).articles
    for _, _, p in a.paragraphs():
        assert (p.start, p.end, p.text) in spans
    assert a.paragraphs()[-1][2].role == "table" and a.paragraphs()[-1][2].page == 3
    assert (a.start, a.end) == (0, given_blocks[-1].end)


PIECES = st.sampled_from(
    [BODY, BODY2, "正确处理四方面关系", "▎加快实施六大举措", "□ 吕 铁 刘 丹", "（作者单位：某研究所）", "一、总体要求",
     "（一）指导思想", "本报记者 王晓明", "来源：北京日报", "——副标题", "■ 摘要，要点。", "一是改造。", "标题"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=25))
def test_every_block_lands_somewhere_once(texts: list[str]) -> None:
    """No text is lost or doubled: each block is a paragraph, a heading, a title or front matter."""
    given_blocks = blocks(*texts)
    s = segment(given_blocks)
    placed = []
    for a in s.articles:
        placed += [p.start for _, _, p in a.paragraphs()]
        placed += [x.heading_start for x in a.sections if x.heading_start is not None]
    assert len(placed) == len(set(placed))
    covered = set(placed)
    for b in given_blocks:
        if b.start not in covered:  # front matter and fields: title, byline, trailer, source, …
            assert any(a.start <= b.start < a.end or b.start == a.start for a in s.articles)


@pytest.mark.corpus
def test_seed(seed_text: str) -> None:
    s = segment(repair(seed_text))
    assert len(s.articles) == 2
    a1, a2 = s.articles
    assert (a1.title, a1.authors, a1.affiliations) == (None, (), ("兰州财经大学金融学院",))
    assert a1.abstract is not None and a1.abstract.startswith("共建“一带一路”倡议自提出以来")
    assert (a2.title, a2.authors, a2.affiliations) == (
        "我国制造业高质量发展的基本思路与举措", ("吕铁", "刘丹"), ("中国社会科学院工业经济研究所",))
    assert [x.heading for x in a1.sections if x.heading] == [
        "共建“一带一路”需强化金融支持", "正确处理四方面关系", "找准支持“一带一路”建设的着力点"]
    assert [(x.heading, x.heading_moved) for x in a2.sections if x.heading] == [
        ("清醒认识我国制造业发展的短板与严峻考验", True), ("牢牢抓住新时代赋予的难得机遇", True),
        ("厘清制造业高质量发展的基本思路", True), ("加快实施六大举措", True)]
    last = a2.sections[-1]
    assert [p.text[:2] for p in last.paragraphs][1:] == ["一是", "二是", "三是", "四是", "五是", "六是"]
    assert last.paragraphs[0].text == "厘清了发展思路，还需采取务实举措。"
    assert a2.abstract is not None and a2.abstract.startswith("我国制造业已经具备全球瞩目的规模优势")
    assert len(s.warnings) >= 5


# A page of two articles written for these tests: re-typeset as a newspaper dump (narrow
# columns, column breaks, no indents, spaced-out lines), it must segment as the clean text does.
PAGE = [
    "县域商业体系建设的实践与思考",
    "□ 陈 晨 周 洋",
    "县域商业是畅通城乡经济循环的重要环节。近年来，各地加快补齐县域商业设施短板，农村消费潜力持续释放。",
    "一、主要成效",
    "一是商业网点更加完善。全省新建改造乡镇商贸中心126个，村级便民商店覆盖率达到95%以上。",
    "二是物流配送更加高效。整合邮政、快递和供销资源，建成县级物流配送中心48个，农村快递平均时效缩短半天。",
    "二、存在问题",
    "同时也要看到，部分地区商业设施布局分散，冷链物流能力不足，专业人才缺乏，线上线下融合程度不高。",
    "（作者单位：某省商务厅研究室）",
    "以数字化赋能乡村产业振兴",
    "本报记者 刘 洋",
    "本报杭州5月6日电 记者从省农业农村厅获悉，今年以来全省加快推进数字乡村建设，农产品网络零售额同比增长18.6%。",
    "数字技术正在重塑农业生产方式。在一些示范基地，传感器实时监测土壤墒情，无人机开展植保作业，亩均节本增效超过200元。",
    "下一步，该省将继续完善农村信息基础设施，培育一批农村电商带头人，推动更多农产品“触网上行”。",
]


def _outline_of(text: str) -> list[tuple]:
    s = segment(repair(text))
    return [(a.title, a.authors, a.affiliations, a.dateline, [(x.heading, x.level) for x in a.sections])
            for a in s.articles]


def test_page_outline() -> None:
    assert _outline_of("\n\n".join(PAGE)) == [
        ("县域商业体系建设的实践与思考", ("陈晨", "周洋"), ("某省商务厅研究室",), None,
         [(None, 0), ("一、主要成效", 1), ("二、存在问题", 1)]),
        ("以数字化赋能乡村产业振兴", ("刘洋",), (), "本报杭州5月6日电", [(None, 0)]),
    ]


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_page_outline_survives_rewrapping(seed: int, blank_lines: bool) -> None:
    from evaluation.rewrap import rewrap

    dump = rewrap(PAGE, seed, blank_lines).text
    assert _outline_of(dump) == _outline_of("\n\n".join(PAGE))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("制造业一二是（）“”，。：□▎■—— 作者单位来源本报电12."), min_size=1,
                        max_size=30), max_size=20))
def test_any_text_segments_without_error(texts: list[str]) -> None:
    given_blocks = blocks(*texts)
    s = segment(given_blocks)
    starts = {b.start for b in given_blocks}
    for a in s.articles:
        assert a.start <= a.end
        for _, _, p in a.paragraphs():
            assert p.start in starts


def test_running_headers_are_set_aside_and_the_paragraph_they_cut_rejoined() -> None:
    page = ("2024年3月5日  星期二\n理论\n\n7\n\n以高质量发展推进现代化\n\n□ 周建国\n\n高质量发展是首要任务。推进现代化，必\n"
            "须贯彻新发展理念，推动经济实现质的有\n效提升和量的合理增长，从供给看，要\n\n8\n理论\n2024年3月5日  星期二\n\n"
            "求产业体系比较完整。\n")
    s = segment(repair(page))
    (a,) = s.articles
    assert (a.title, a.authors) == ("以高质量发展推进现代化", ("周建国",))
    assert [p.text for _, _, p in a.paragraphs()] == [
        "高质量发展是首要任务。推进现代化，必须贯彻新发展理念，推动经济实现质的有效提升和量的合理增长，从供给看，要求产业体系比较完整。"]
    assert [s.heading for s in a.sections] == [None]
    assert any("set aside" in w for w in s.warnings)


def test_an_editors_note_is_the_abstract() -> None:
    a = segment(blocks("租房押金迟迟不退怎么办", "【编者按】本期我们邀请律师回答读者的问题。", "问：房东不退押金怎么办？")).articles[0]
    assert a.abstract == "本期我们邀请律师回答读者的问题。"


def test_a_letter_signed_at_its_end_has_its_first_paragraph_as_lede() -> None:
    s = segment(blocks("小区门口的路灯该修了", BODY, "（读者 王建国）", "公交站台能否加个顶棚", "编辑同志：", BODY2, "（读者 刘 芳）"))
    assert [a.abstract for a in s.articles] == [BODY, BODY2]  # a salutation on its own is passed over
    assert [p.role for p in s.articles[1].sections[0].paragraphs] == ["body", "lede"]


def test_decimal_headings_nest_by_their_parts() -> None:
    (a,) = segment(blocks("县域数字普惠金融测度研究", "作者：李文", "1 引言", BODY, "1.1 研究背景", BODY2, "2 研究设计",
                          "2.1 指标体系构建", BODY)).articles
    assert [(s.heading, s.level) for s in a.sections] == [
        ("1 引言", 1), ("1.1 研究背景", 2), ("2 研究设计", 1), ("2.1 指标体系构建", 2)]
