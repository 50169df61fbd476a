"""zhdoc.extract.lists: every style, inline vs paragraph, nesting, announced counts, false markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import lists as eval_lists
from zhdoc.extract.lists import find_lists, is_heading_like
from zhdoc.rules.numerals import zh_to_int
from zhdoc.model import Article, Paragraph, Section


def article(*sections: tuple[str | None, list[str]]) -> Article:
    """An article from (heading, [paragraph text, …]) pairs."""
    secs, pos = [], 0
    for heading, texts in sections:
        paras = []
        for t in texts:
            paras.append(Paragraph(t, pos, pos + len(t)))
            pos += len(t) + 2
        secs.append(Section(heading, 1 if heading else 0, tuple(paras)))
    return Article(None, (), (), None, tuple(secs))


def one(*texts: str, heading: str | None = None) -> Article:
    return article((heading, list(texts)))


def shape(art: Article) -> list[tuple[str, str, list[str]]]:
    return [(x.style, x.layout, [i.marker for i in x.items]) for x in find_lists(art)]


STYLES = [
    # (case, paragraphs, style, layout, markers)
    ("shi inline", ["需做好三件事：一是稳增长。二是促改革。三是惠民生。"],
     "shi", "inline", ["一是", "二是", "三是"]),
    ("shi paragraph", ["还需采取务实举措。", "一是加快改造。内容。", "二是加强创新。内容。"],
     "shi", "paragraph", ["一是", "二是"]),
    ("yao inline", ["主要措施是：一要增加投入。二要完善政策。"],
     "yao", "inline", ["一要", "二要"]),
    ("di paragraph", ["基本思路：", "第一，完善设计。", "第二，分析现状。", "第三，建设体系。"],
     "di", "paragraph", ["第一，", "第二，", "第三，"]),
    ("shouxian 3", ["首先，要统一思想。其次，要加强领导。最后，要狠抓落实。"],
     "shouxian", "inline", ["首先，", "其次，", "最后，"]),
    ("shouxian 4", ["首先，统一思想。", "其次，加强领导。", "再次，完善制度。", "最后，狠抓落实。"],
     "shouxian", "paragraph", ["首先，", "其次，", "再次，", "最后，"]),
    ("shouxian first-last", ["首先，统一思想。最后，狠抓落实。"],
     "shouxian", "inline", ["首先，", "最后，"]),
    ("fangmian", ["为此，一方面，政府创造环境；另一方面，企业自主经营。"],
     "fangmian", "inline", ["一方面，", "另一方面，"]),
    ("paren_cn items", ["（一）经济运行持续向好。增长5%。", "（二）创新能力跃升。新增平台。"],
     "paren_cn", "paragraph", ["（一）", "（二）"]),
    ("dun_cn items", ["一、坚持改革。改革是动力。", "二、扩大开放。开放促进发展。"],
     "dun_cn", "paragraph", ["一、", "二、"]),
    ("dot_num", ["1.六大优势产业：指电子信息等。", "2.两新：是指设备更新。", "3.6个专项：科技。"],
     "dot_num", "paragraph", ["1.", "2.", "3."]),
    ("dun_num", ["措施包括：1、降低成本；2、扩大投资；3、稳定就业。"],
     "dun_num", "inline", ["1、", "2、", "3、"]),
    ("paren_num full-width", ["原则是：（1）坚持国情。（2）发挥作用。"],
     "paren_num", "inline", ["（1）", "（2）"]),
    ("paren_num ascii", ["原则是：(1)坚持国情。(2)发挥作用。"],
     "paren_num", "inline", ["(1)", "(2)"]),
    ("half_paren_num", ["要求：1）统一标准；2）加强监管。"],
     "half_paren_num", "inline", ["1）", "2）"]),
    ("circled", ["包括：①政府与市场；②金融合作；③绿色发展。"],
     "circled", "inline", ["①", "②", "③"]),
    ("paren_digit", ["包括：⑴政府与市场；⑵金融合作。"], "paren_digit", "inline", ["⑴", "⑵"]),
    ("kao", ["发展经济，一靠政策，二靠科技，三靠投入。"], "kao", "inline", ["一靠", "二靠", "三靠"]),
    ("qi", ["原因有二：其一，成本上升；其二，需求不足。"], "qi", "inline", ["其一，", "其二，"]),
    ("dash", ["过去一年：", "——经济稳中向好。增长5%。", "——动能加快汇聚。内容。", "——民生改善。内容。"],
     "dash", "paragraph", ["——", "——", "——"]),
    ("short one-sentence items in a run", ["措施是：", "一、加强物价管理。", "二、控制消费基金。",
                                           "三、压缩基建规模。", "其他内容。"],
     "dun_cn", "paragraph", ["一、", "二、", "三、"]),
    ("one ordinal missing", ["一是稳增长。内容。", "二是促改革。内容。", "四是惠民生。内容。"],
     "shi", "paragraph", ["一是", "二是", "四是"]),
    ("ten items", ["要做好：" + "".join(f"{n}是任务{i}。" for i, n in enumerate(
        "一二三四五六七八九十", 1))], "shi", "inline",
     [f"{n}是" for n in "一二三四五六七八九十"]),
]


@pytest.mark.parametrize("case,texts,style,layout,markers", STYLES, ids=[s[0] for s in STYLES])
def test_every_style(case, texts, style, layout, markers):
    assert shape(one(*texts)) == [(style, layout, markers)]


NOT_LISTS = [
    ("one 一是 alone", ["一是加快改造。其他内容。"]),
    ("ordinal skipped", ["一是稳增长。三是惠民生。"]),
    ("not from 1", ["二是促改革。三是惠民生。"]),
    ("一方面 alone", ["一方面，政府创造环境。"]),
    ("其次 without 首先", ["其次，加强领导。最后，狠抓落实。"]),
    ("一带一路 统一是 单一是", ["共建“一带一路”倡议。实现统一是前提，单一是问题。二是"]),
    ("世界第一 第一大 第三方", ["规模跃居世界第一，第一大经济体。第二，第三方评估。"]),
    ("进一步 十四五", ["进一步加强“十四五”规划。一是进一步落实。"]),
    ("decimals and month lists", ["在1、2、3月份，增长1.5%，2.3万亿元，3.5倍。"]),
    ("一、二线城市", ["一、二线城市房价稳定。三、四线城市去库存。"]),
    ("footnote circled", ["经济增长①。金融支持②。"]),
    ("headings sequence", ["（一）更大力度推动扩大内需", "加力提振消费。实施专项行动。",
                           "（二）更大力度推动科技创新", "强化平台建设。"]),
    ("dun_cn headings", ["一、2024年工作回顾", "过去一年。", "二、2025年主要目标", "经济增长。"]),
    ("首先 … 最后 far apart", ["首先要统一思想。", "内容。", "内容。", "内容。", "最后，讲一讲农业。"]),
    ("另一方面 two paragraphs on", ["一方面，增加供给。", "内容。", "另一方面，抑制需求。"]),
    ("dash as punctuation", ["经济——尤其是制造业——稳中向好。——这是结论。", "——只有一段。内容。"]),
    ("one-sentence headings", ["（一）加快发展现代产业体系。", "内容内容。", "（二）扩大内需。", "内容。"]),
    ("one-sentence headings, the last", ["引言。", "（一）加快发展。", "内容。", "（二）扩大内需。", "内容。",
                                         "（三）改善民生。", "内容。"]),
    ("一靠近 其一生", ["一靠近，二靠拢。其一生，其二生。"]),
    ("plain prose", ["金融是现代经济的核心。强化金融支持，有助于发展开放型经济。"]),
]


@pytest.mark.parametrize("case,texts", NOT_LISTS, ids=[c for c, _ in NOT_LISTS])
def test_no_false_lists(case, texts):
    assert find_lists(one(*texts)) == ()


def test_table_paragraphs_are_skipped():
    paras = (Paragraph("1.钢铁 2.煤炭", 0, 9, role="table"), Paragraph("2.水泥", 10, 14, role="table"))
    art = Article(None, (), (), None, (Section(None, 0, paras),))
    assert find_lists(art) == ()
    assert len(find_lists(one("1.钢铁。", "2.煤炭。"))) == 1  # the same text as prose is a list


def test_items_need_one_section():
    art = article((None, ["一是稳增长。"]), ("下一节", ["二是促改革。"]))
    assert find_lists(art) == ()


def test_a_later_item_must_open_its_paragraph():
    assert find_lists(one("一是稳增长。", "此外，二是促改革。")) == ()


def test_restart_at_one_starts_a_new_list():
    lists = find_lists(one("一是A。二是B。", "一是C。二是D。三是E。"))
    assert [len(x.items) for x in lists] == [2, 3]


def test_paragraphs_between_items_are_allowed():
    lists = find_lists(one("（一）巩固增长。内容。", "坚持教育发展。内容。", "（二）推动创新。内容。"))
    assert [(x.style, [i.paragraph for i in x.items]) for x in lists] == [("paren_cn", [0, 2])]


def test_nested_fangmian_inside_shi_item():
    art = one(
        "金融支持需处理好多种关系。",
        "一是处理好政府与市场的关系。为此：一方面，政府创造环境；另一方面，机构按市场原则运作。",
        "二是处理好政策性与商业性金融的关系。内容。",
        "三是处理好商业可持续与绿色发展的关系。内容。",
        "四是处理好金融合作与非金融合作的关系。内容。",
        heading="正确处理四方面关系",
    )
    outer, inner = find_lists(art)
    assert (outer.style, len(outer.items), outer.parent) == ("shi", 4, None)
    assert (outer.announced_count, outer.count_matches) == (4, True)
    assert (inner.style, inner.layout, inner.parent) == ("fangmian", "inline", (0, 1))
    assert inner.announced_count is None  # the heading announces the outer list only
    assert inner.intro == "为此："


def test_inline_list_inside_a_paragraph_item_is_nested():
    lists = find_lists(one("一是稳增长。具体要做到：一是扩投资，二是促消费。", "二是促改革。内容。",
                           "三是惠民生。内容。"))
    assert [(x.style, x.layout, len(x.items), x.parent) for x in lists] == [
        ("shi", "paragraph", 3, None), ("shi", "inline", 2, (0, 1))]


def test_a_new_list_after_intro_text_in_an_item_paragraph_is_not_nested():
    lists = find_lists(one("一是A。内容。", "二是B。内容。还需采取务实举措。一是C。内容。", "二是D。内容。",
                           "三是E。内容。"))
    assert [(len(x.items), x.parent) for x in lists] == [(2, None), (3, None)]


def test_a_missing_ordinal_keeps_the_printed_ordinals():
    (lst,) = find_lists(one("一是A。内容。", "二是B。内容。", "四是D。内容。"))
    assert [i.ordinal for i in lst.items] == [1, 2, 4]


def test_list_in_a_sub_paragraph_of_an_item_is_nested():
    lists = find_lists(one("（一）巩固增长。内容。", "坚持发展：一是A。二是B。", "（二）推动创新。内容。",
                           "其中：一要C。二要D。"))
    assert [(x.style, x.parent) for x in lists] == [
        ("paren_cn", None), ("shi", (0, 1)), ("yao", None)]  # the last item ends with its text


def test_item_fields_and_offsets():
    text = "应该看到，发展是关键，一是“供给侧”的发展，以消费为导向。二是“体系高效”的发展。"
    (lst,) = find_lists(one(text))
    assert lst.intro == "应该看到，发展是关键，"
    first, second = lst.items
    assert (first.ordinal, first.marker, first.section, first.paragraph) == (1, "一是", 0, 0)
    assert first.lead == "“供给侧”的发展，以消费为导向"
    assert first.text == "“供给侧”的发展，以消费为导向。"
    assert text[first.start:first.end] == "一是" + first.text
    assert text[second.start:second.end] == "二是“体系高效”的发展。"
    assert first.end == second.start


def test_paragraph_list_intro_is_previous_last_sentence():
    (lst,) = find_lists(one("第一句。关键要厘清基本思路：", "第一，完善设计。", "第二，分析现状。"))
    assert lst.intro == "关键要厘清基本思路："


def test_first_item_after_intro_text_in_its_paragraph():
    (lst,) = find_lists(one("厘清了发展思路，还需采取务实举措。一是加快改造。", "二是加强创新。"))
    assert (lst.layout, lst.intro) == ("paragraph", "厘清了发展思路，还需采取务实举措。")


ANNOUNCED = [
    # (intro paragraph, heading, announced)
    ("", "正确处理四方面关系", 4),
    ("", "加快实施六大举措", 6),
    ("金融可划分为两大类：", None, 2),
    ("问题主要有三个：", None, 3),
    ("必须做好五项工作：", None, 5),
    ("重点做好9个方面工作：", None, 9),
    ("突出抓好三件事：", None, 3),
    ("我们要把握五个“必须统筹好”，把准着力重点：", None, None),
    ("必须从增加供给和抑制需求两方面采取措施。", None, None),
    ("增速提高2个百分点。", None, None),
    ("实施“十大战略”：", None, None),
    ("这是一个重要支撑。", None, None),
    ("党的十八大以来，主要目标任务全面完成。", None, None),
    ("主要措施是：", "（二）加强农业基础建设", None),
]


@pytest.mark.parametrize("intro,heading,announced", ANNOUNCED)
def test_announced_count(intro, heading, announced):
    items = [f"{n}是任务。" for n in "一二三"]
    texts = ([intro] if intro else []) + items
    (lst,) = find_lists(one(*texts, heading=heading))
    assert lst.announced_count == announced
    assert lst.count_matches == (None if announced is None else announced == 3)


@pytest.mark.parametrize("text,heading", [
    ("（一）更大力度推动全方位扩大内需", True),
    ("一、2024 年工作回顾", True),
    ("第一，进一步稳定和加强农业", True),
    ("（一）经济运行持续向好。全年生产总值增长5.1%。", False),
    ("正确处理四方面关系", False),
    ("一是加快改造；", False),
    ("一是加快改造。", False),
])
def test_heading_like(text, heading):
    assert is_heading_like(text) is heading


@pytest.mark.parametrize("numeral,value", [
    ("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("九十九", 99), ("百", None), ("一二三", None),
])
def test_ordinal_numerals(numeral, value):
    assert zh_to_int(numeral, digitwise=False) == value


def test_input_article_is_not_mutated():
    art = one("需做好：一是A。二是B。")
    before = repr(art)
    find_lists(art)
    assert repr(art) == before


def test_eval_without_corpus_is_skipped_not_failed():
    (table,) = eval_lists.run(None)
    assert table.rows == () and "skipped" in table.notes[0]


def test_eval_matching_counts_hits_false_lists_and_announced():
    found = list(find_lists(one("需做好三件事：一是A。二是B。三是C。", "首先，D。其次，E。")))
    labels = [eval_lists.Labelled("shi", 3, "一是", 3), eval_lists.Labelled("di", 2, "第一", None)]
    assert eval_lists._match(found, labels) == (1, 1, 1, 1)  # shi hit; shouxian is false


@pytest.mark.corpus
def test_seed_has_exactly_seven_lists_with_29_items(seed_text):
    lists, _route = eval_lists.seed_lists(seed_text)
    assert sorted(len(x.items) for x in lists) == [2, 3, 4, 4, 5, 5, 6]
    assert sum(len(x.items) for x in lists) == 29
    assert [(x.style, x.parent is not None) for x in lists if x.style == "fangmian"] == [
        ("fangmian", True)]
    assert sorted(x.style for x in lists).count("di") == 1
    assert [x for x in lists if x.layout == "inline" and x.style == "shi"][0].items[0].lead \
        .startswith("“供给侧与需求侧相匹配”")


@pytest.mark.corpus
def test_labelled_set_every_list_found(corpus_dir: Path):
    (table,) = eval_lists.run(corpus_dir)
    checks = dict(table.checks)
    assert checks["overall: list recall 1.0 with correct counts and no false list"]


# Invariants on random compositions of markers, near-markers and prose -------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["一是", "二是", "三是", "四是", "一要", "二要", "第一，", "第二，", "首先，", "其次，",
           "最后，", "一方面，", "另一方面，", "（一）", "（二）", "一、", "二、", "1.", "2.", "1、",
           "2、", "(1)", "(2)", "1）", "2）", "①", "②", "统一是", "进一步", "一带一路", "第一大",
           "世界第一，", "十四五", "发展经济", "。", "，", "；", "：", "“", "”", "5.5%"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join),
                min_size=1, max_size=6))
def test_invariants_on_random_text(texts):
    art = one(*texts)
    lists = find_lists(art)
    for k, lst in enumerate(lists):
        assert len(lst.items) >= 2
        assert [i.ordinal for i in lst.items] == list(range(1, len(lst.items) + 1))
        positions = [(i.section, i.paragraph, i.start) for i in lst.items]
        assert positions == sorted(positions) and len(set(positions)) == len(positions)
        for item in lst.items:
            text = art.sections[item.section].paragraphs[item.paragraph].text
            assert text[item.start:].startswith(item.marker)
            assert item.start < item.end <= len(text)
            assert item.text in text[item.start:item.end]
        if lst.parent is not None:
            assert lst.parent[0] < k
        if lst.announced_count is None:
            assert lst.count_matches is None
    markers = [(i.section, i.paragraph, i.start) for x in lists for i in x.items]
    assert len(markers) == len(set(markers))  # a marker belongs to one list only


# --- issue 11, defect 1: an inline item ran to the end of its paragraph ------------------------

ISSUE_11 = "一是稳增长。二是促改革。这是其他内容。另外：一是惠民生。二是防风险。"


def test_issue_11_an_item_ends_where_the_next_list_starts():
    first, second = find_lists(one(ISSUE_11))
    assert [i.text for i in first.items] == ["稳增长。", "促改革。这是其他内容。"]
    assert [i.text for i in second.items] == ["惠民生。", "防风险。"]
    assert (second.intro, second.parent) == ("另外：", None)  # a list after the first, not inside it


def test_issue_11_item_text_is_bounded_by_the_paragraph():
    text = ISSUE_11 * 300
    lists = find_lists(one(text))
    assert len(lists) == 600
    assert sum(len(i.text) for lst in lists for i in lst.items) <= len(text)
    assert sum(len(lst.intro or "") for lst in lists) <= len(text)


def test_issue_11_a_paragraph_list_item_keeps_the_list_inside_it():
    first, inner = find_lists(one("一是稳增长。", "二是促改革，具体是：一是放权；二是简政。"))
    assert inner.parent == (0, 2) and first.items[1].text.endswith("二是简政。")
