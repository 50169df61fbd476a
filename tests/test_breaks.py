"""Where a paragraph ends in a dump (``zhdoc.dump.breaks``): each rule with the dumps that made it
and the nearest dumps it must leave alone."""

from __future__ import annotations

import pytest

from zhdoc.dump.repair import explain_breaks, repair
from zhdoc.rules.chars import CLOSERS


def wrap(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` as a typesetter does: a line never starts with a closing
    mark (it stays on the line before, past the column) and a Latin word or number is never
    split (it too runs past the column)."""
    lines, k = [], 0
    while k < len(text):
        end = min(k + width, len(text))
        while end < len(text) and (text[end] in CLOSERS + "，。、；：！？" or (
                text[end].isascii() and text[end].isalnum() and text[end - 1].isascii()
                and text[end - 1].isalnum())):
            end += 1
        lines.append(text[k:end])
        k = end
    return "\n".join(lines)


def blocks(dump: str) -> list[str]:
    return [b.text for b in repair(dump)]


PARA_1 = ("今年以来，各地持续推进城市更新行动，老旧小区改造、街区焕新和公共空间提升齐头并进，一批老街巷重新热闹起来，"
          "居民的获得感不断增强。")
PARA_X = "城市更新，既要改善居住条件，也要留住街巷的烟火气和老邻居之间的情谊，让城市记忆得以延续。"
#: wrapped at 14, a line of it carries closing marks past the column: “孔雀东南飞”“不去‘新西兰’”
PARA_2 = "人才流向东部的话题一度很热，“孔雀东南飞”“不去‘新西兰’”成为热点话题，年轻人“成长的烦恼”令社会忧思。"
#: … and a number with its closing quote: 等文件，到《“健康中国2030”
PARA_3 = "据《“十四五”国民健康规划》等文件，到《“健康中国2030”规划纲要》确定的时间节点，我国健康服务业总规模将持续扩大。"


@pytest.mark.parametrize("para", [PARA_2, PARA_3], ids=["quotes-pushed-back", "number-and-quote"])
def test_a_line_past_its_column_by_pushed_back_marks_runs_on(para: str) -> None:
    dump = "\n".join(wrap(p, 14) for p in (PARA_1, PARA_X, para))
    assert max(len(x) for x in dump.split("\n")) == 16  # one line runs 2 past the column
    assert blocks(dump) == [PARA_1, PARA_X, para]


def test_a_heading_set_whole_over_a_narrow_column_still_stands_apart() -> None:
    heading = "以城市更新行动推动老街巷重新热闹起来"  # 18 characters over a 14-character column
    dump = "\n".join((wrap(PARA_1, 14), wrap(PARA_X, 14), heading, wrap(PARA_2, 14)))
    assert blocks(dump) == [PARA_1, PARA_X, heading, PARA_2]
    assert "over_column" in dict(explain_breaks(dump))[heading].explain()


#: paragraphs whose last lines (nearly) fill a 12-character column
FULL_LAST = ["城市更新，既要改善居住条件，也要留住街巷的烟火气，留住老邻居之间的情谊。",
             "今年以来，各地持续推进城市更新行动，一批老街巷重新热闹起来，人气旺了。",
             "专家认为，城市更新要坚持以人民为中心，久久为功。",
             "街区焕新，公共空间提升齐头并进，居民的获得感不断增强，幸福感也在提升。"]


def test_where_blank_lines_part_unindented_paragraphs_a_full_line_after_one_starts_a_paragraph() -> None:
    dump = "\n\n".join(wrap(p, 12) for p in FULL_LAST)
    assert all(len(p) % 12 >= 10 or len(p) % 12 == 0 for p in FULL_LAST)  # last lines (nearly) full
    assert blocks(dump) == FULL_LAST


def test_where_paragraphs_are_indented_a_full_line_after_a_blank_line_runs_on() -> None:
    """The counter-example: first lines short by their indent, so a blank line after a full line
    that ends a sentence, before a full line, is a column break."""
    paras = ["城市更新，既要改善居住条件，也要留住街巷的烟火气和老邻居之间的情谊。",
             "今年以来，各地持续推进城市更新行动，一批老街巷重新热闹起来。",
             "街区焕新，公共空间提升齐头并进，居民的获得感不断增强。"]
    lines = "\n".join(wrap("　　" + p, 12) for p in paras).split("\n")
    lines[3:3] = [""]  # a column break after a line that fills the column and ends a sentence
    assert lines[2].endswith("。") and len(lines[2]) == 12
    dump = "\n".join(lines)
    assert [b.text for b in repair(dump)] == paras


#: a page of many headings over its paragraphs, a blank line after each
HEADINGS_PAGE = "\n\n".join([
    "一、背景情况", wrap(FULL_LAST[0], 12), "二、主要做法", "（一）坚持绿色发展", wrap(FULL_LAST[1], 12),
    "（二）坚持创新驱动", wrap(FULL_LAST[3], 12), "三、经验启示", wrap(FULL_LAST[2], 12)])


def test_blank_lines_after_headings_count_as_parting_paragraphs() -> None:
    from zhdoc.dump.breaks import blank_lines_part_paragraphs
    from zhdoc.dump.lines import read_lines
    from zhdoc.dump.widths import measure, widths

    lines = read_lines(HEADINGS_PAGE)
    measure(lines)
    assert blank_lines_part_paragraphs(lines, widths(lines)[0])
    # counter: blank lines where the stream broke columns in mid-sentence
    cut = read_lines("城市更新，既要改善居住\n\n条件，也要留住街巷的烟\n\n火气和老邻居之间的情谊\n\n"
                     "一、背景情况\n\n今年以来，各地持续推进城\n市更新行动。")
    measure(cut)
    assert not blank_lines_part_paragraphs(cut, widths(cut)[0])


def test_first_lines_after_headings_tell_that_paragraphs_are_not_indented() -> None:
    """Paragraphs under headings, a blank line after each: the lines after the headings fill the
    column, so where a paragraph ends on a full line the next starts after the blank line."""
    dump = "\n\n".join(["一、背景情况", wrap(FULL_LAST[0], 12), "二、主要做法", wrap(FULL_LAST[1], 12),
                        "三、经验启示", wrap(FULL_LAST[2], 12), wrap(FULL_LAST[3], 12)])
    assert blocks(dump) == ["一、背景情况", FULL_LAST[0], "二、主要做法", FULL_LAST[1], "三、经验启示",
                            FULL_LAST[2], FULL_LAST[3]]


def indented(para: str, width: int) -> str:
    """``para`` wrapped at ``width`` with a two-character indent, which a dump drops."""
    return wrap("　　" + para, width).lstrip("　")


#: a paragraph whose last line fills a 14-character column and ends its sentence
FULL_END = "城市更新，既要改善居住条件，也要留住街巷的烟火气和老邻居之间的情谊，要久久为功。"


def test_a_heading_with_a_comma_wrapped_short_after_a_full_line_ending_a_sentence_stands_apart() -> None:
    """以全球治理新理念为基石，推动 / 构建人类命运共同体 after a full line ending in 。: a line
    ending on a character with no stop in it, short of its column, is no line of wrapped text."""
    heading = ("以城市更新为抓手，推动", "老街巷重新热闹起来")
    dump = "\n".join((indented(PARA_1, 14), indented(FULL_END, 14), *heading, indented(PARA_X, 14),
                      indented(PARA_3, 14)))
    assert indented(FULL_END, 14).split("\n")[-1].endswith("。")
    assert len(indented(FULL_END, 14).split("\n")[-1]) == 14
    assert blocks(dump) == [PARA_1, FULL_END, "".join(heading), PARA_X, PARA_3]
    # counter: the same short line after a line ending mid-sentence is the rest of its sentence
    cut = "\n".join((indented(PARA_1, 14), indented(FULL_END[:-1] + "，", 14), *heading,
                     indented(PARA_X, 14)))
    assert blocks(cut)[1].startswith(FULL_END[:-1] + "，" + heading[0])


#: a heading in larger type, commas in it: lines of 12 characters over a body column of 14
BIG_HEADING = ("城市更新面积连续三年超过", "千万平方米，将解决好资金", "不足的结构性改造矛盾")


def test_a_heading_in_larger_type_set_over_lines_of_its_own_measure_stands_apart() -> None:
    """高校毕业生规模连续3年超 / 千万，将解决好人力资源供 / 需不匹配的结构性就业矛盾 over a
    column of 14: lines after the first that stop short of the column without ending anything
    are no lines of a paragraph, whose lines fill the column up to its last."""
    assert [len(x) for x in BIG_HEADING] == [12, 12, 10]
    question = "记者：城市更新行动出台的背景是什么？"
    dump = "\n".join((indented(PARA_1, 14), *BIG_HEADING, indented(question, 14), indented(PARA_X, 14)))
    assert blocks(dump)[1] == "".join(BIG_HEADING)
    # counter: after the same lines, a line that fills the column: the last of them was a
    # paragraph's first line, which runs on
    body = wrap("实施城市更新行动，充实完善老街巷改造的资金来源和管理办法，让居民得实惠。", 14)
    assert len(body.split("\n")[0]) == 14
    on = "\n".join((indented(PARA_1, 14), *BIG_HEADING[:2], body))
    assert "".join(BIG_HEADING[:2]) not in blocks(on)
    # counter: a run that leaves a quote open goes on (…历史性 / “窗口 / 期”，既面临…)
    opened = (*BIG_HEADING[:2], "“老街巷")
    dump = "\n".join((indented(PARA_1, 14), *opened, "改造”难题？", indented(PARA_X, 14)))
    assert "".join(opened) not in blocks(dump)


def test_the_second_of_a_pair_of_one_line_headings_stands_apart() -> None:
    """更加注重“提质” / 推进国土绿化高质量发展 over a paragraph: a short unpunctuated line right
    after a one-line heading, a paragraph's first line after it, is the pair's second heading,
    not that paragraph's first line (which fills the column but for its indent)."""
    pair = ("更加注重“提质”", "推进城市更新高质量发展")
    assert len(pair[1]) == 11  # short of the 12 of an indented first line by one
    dump = "\n".join((indented(PARA_1, 14), *pair, indented(PARA_X, 14), indented(PARA_3, 14)))
    assert blocks(dump) == [PARA_1, pair[0], pair[1], PARA_X, PARA_3]
    # counter: after a paragraph, not a heading, the same line is that paragraph's first
    para = pair[1] + "，让老街巷重新热闹起来。"
    dump = "\n".join((indented(PARA_1, 14), pair[1], indented(para[len(pair[1]):], 14)))
    assert blocks(dump)[1].startswith(pair[1] + "，")


def test_a_heading_set_over_short_lines_closes_what_it_opens() -> None:
    """更加注重“利民” / 扎实开展好义务植树 / “总书记强调，更加注重: the third short line opens a
    quote the heading does not close; it is the first line of the paragraph after the heading."""
    pair = ("更加注重“利民”", "扎实开展好义务植树")
    para = "“总书记强调，更加注重‘利民’，为群众增添身边的绿、眼前的美。”宿城区委书记表示。"
    first = "“总书记强调，更加注重"
    lines = [first, *wrap(para[len(first):], 14).split("\n")]
    dump = "\n".join((indented(PARA_1, 14), *pair, *lines))
    got = blocks(dump)
    assert got[-1] == para and "".join(pair) in got[1:3] + ["".join(got[1:3])]


def test_a_dateline_opens_a_paragraph_never_a_heading() -> None:
    # 本报北京4月8日电  （记者王明）近 / 日，… is a story's first line cut by the column: a
    # dateline opens a unit (a paragraph), but is no heading mark as 一、 is
    from zhdoc.dump.breaks import _marked
    from zhdoc.dump.lines import read_lines

    dateline, heading = read_lines("本报北京4月8日电  （记者王明）近\n\n一、总体要求")
    assert dateline.opening == heading.opening == "strong"
    assert not _marked(dateline) and _marked(heading)


def test_full_first_lines_with_no_punctuation_say_paragraphs_open_unindented() -> None:
    # after a sentence end, lines that fill the column and run on open paragraphs with no
    # indent, punctuated or not (东湖社区把原来分散的垃圾); with no such line, the page decides
    from zhdoc.dump.lines import read_lines
    from zhdoc.dump.widths import first_lines_short, measure, widths

    text = ("东湖社区把原来分散的垃圾\n桶集中设置为十个定时定点\n投放点，方便居民。\n"
            "居民们普遍反映投放方便了\n不少，积极性也提高了很多\n大家都愿意参与。\n"
            "社区还组织志愿者上门宣传\n分类知识，发放宣传手册和\n分类垃圾袋。\n")
    lines = read_lines(text)
    measure(lines)
    assert first_lines_short(lines, widths(lines)[1]) is False
    one = read_lines("分类设施要便民\n")
    measure(one)
    assert first_lines_short(one, widths(one)[1], default=False) is False
    assert first_lines_short(one, widths(one)[1]) is True


def test_a_heading_too_short_for_a_first_line_stands_over_a_full_line() -> None:
    # where paragraphs may open on an indent (nothing says otherwise), a line half the column
    # or shorter, no punctuation in it, after a sentence end, is no paragraph's first line: the
    # full line after it does not run it on (课堂搬进大棚 over 在清河湾村的…正在讲解)
    dump = ("入冬后，田里的活少了，冀中平原上不少村镇的培训教室却\n热闹起来。种植技术、农机维修、电商直播……一堂堂接地\n"
            "气的课程，让农民在农闲时节给自己“充电”。\n课堂搬进大棚\n在清河湾村的蔬菜大棚里，县农技推广站的技术员正在讲解\n"
            "温湿度调控。二十多名菜农围在一起，一边听一边用手机拍\n下要点。\n")
    assert [b.text for b in repair(dump)][1] == "课堂搬进大棚"
    # counter: the same line over one that starts with a number the column could not hold
    assert [b.text for b in repair("产值增长到\n2024 年的 3.5\n万亿元。")] == ["产值增长到2024 年的 3.5万亿元。"]


def test_a_dateline_opening_a_story_is_never_read_as_a_heading() -> None:
    # 本报南昌12月30日电 / （记者徐帆）记者从当地 looks like a short bare block: it is a paragraph's
    # start, and its reporter stays the story's author
    from zhdoc.pipeline import analyze_text

    note = "《人民日报》（2999年12月31日第 08 版）"
    dump = (f"碧溪湖越冬候鸟数量创新高\n{note}\n\u3000\u3000本报南昌12月30日电\n  （记者徐帆）记者从当地\n"
            "林业部门获悉：今冬碧溪湖湿\n地越冬候鸟数量持续增加，截\n至目前已监测到水鸟六十余种\n近十二万只。\n")
    arts = analyze_text(dump, name="t.txt").structure.articles
    assert [a.authors for a in arts] == [("徐帆",)]
    assert not any(s.heading for a in arts for s in a.sections)


def test_a_short_heading_of_phrases_parted_by_commas_stands_apart() -> None:
    # a heading of two phrases parted by a comma, longer than a column's label (13 characters),
    # short in its column after a sentence end, over a full line: a heading, where paragraphs
    # open full (no indent, no blank lines)
    dump = ("社区是服务群众的最前沿，基层治理的成效最终要落到群众的\n获得感上。\n"
            "健全议事机制，激发参与活力\n各社区普遍建立了居民议事会，每月围绕停车、绿化、养犬等\n"
            "身边事开展协商，形成了一批管用的公约。\n")
    assert blocks(dump)[1] == "健全议事机制，激发参与活力"
    # counter: a paragraph's first line short only by the quote pushed down to the next (the
    # rewrapped reports of evaluation/rewrap.py hold such lines)
    pushed = ("社区是服务群众的最前沿，基层治理的成效最终要落到群众的\n获得感上。\n"
              "4月7日，省政府印发推进基层治理现代化的\n“三年行动方案”，明确了今后三年的重点任务和\n工作要求。\n")
    assert "4月7日，省政府印发推进基层治理现代化的" not in blocks(pushed)
    # ... and over a paragraph of one line ending a sentence (an interview's question)
    asked = dump.replace("各社区普遍建立了居民议事会，每月围绕停车、绿化、养犬等\n身边事开展协商，形成了一批管用的公约。\n",
                         "记者：议事会怎样运转？\n答：每月围绕停车、绿化、养犬等身边事开展协商，形成公约。\n")
    assert blocks(asked)[1] == "健全议事机制，激发参与活力"
    # counter: a clause that runs on (one comma ending the line), and a sentence cut short
    assert len(blocks("社区是服务群众的最前沿，基层治理的成效最终要落到群众的\n获得感上。\n"
                      "健全议事机制，激发参与活力，\n各社区普遍建立了居民议事会。\n")) == 2
    assert len(blocks("社区是服务群众的最前沿，基层治理的成效最终要落到群众的\n获得感上。\n"
                      "他说，这样很好。\n各社区普遍建立了居民议事会，每月围绕停车、绿化、养犬等\n身边事开展协商。\n")) == 3


def test_an_editors_note_ends_at_its_signature_and_a_lead_in_with_its_quote_is_a_heading() -> None:
    # a note signed ——编  者 ends there, as a sentence does; a lead-in and its quoted heading on
    # one line, however far past the column, stands apart
    note = "岁末年初，记者走进多个县级剧团，看他们怎样把戏演到群众身边，记录基层院团的探索与变化。——编  者"
    text = "十年前，沅溪县花鼓戏剧团只剩下十几名演员，一年演不了几场戏。如今，剧团每年下乡演出二百多场，台下坐满了乡亲。"
    dump = (note[:18] + "\n" + note[18:36] + "\n" + note[36:] + "\n湖南沅溪——  “把戏送到田间地头”\n"
            + wrap(text, 18) + "\n")
    assert blocks(dump) == [note, "湖南沅溪——  “把戏送到田间地头”", text]


def test_a_lead_and_its_phrase_parted_by_a_colon_alone_over_a_paragraph_is_a_heading() -> None:
    # “最先一公里”：产地预冷设施补短板 short on its line after a sentence end, a paragraph under it
    from zhdoc.pipeline import analyze_text

    text = (wrap("冷链物流连着田间地头和百姓餐桌，今年各地加快补齐短板，打通流通链条的两端。", 20)
            + "\n“最先一公里”：产地预冷设施补短板\n"
            + wrap("在平川县一处蔬菜产区，刚采收的西兰花经过分拣、预冷后装车，损耗率明显下降。", 20) + "\n")
    doc = analyze_text(text, name="t.txt")
    heads = [s.heading for a in doc.structure.articles for s in a.sections if s.heading]
    assert heads == ["“最先一公里”：产地预冷设施补短板"]
    # counter: an interview's turn, and a lead into a quote, stay text
    turn = text.replace("“最先一公里”：产地预冷设施补短板", "记者：预冷设施建得怎么样？")
    assert not [s for a in analyze_text(turn, name="t.txt").structure.articles for s in a.sections if s.heading]


def test_colon_headings_closing_on_a_quote_unindented_among_indented_paragraphs_or_over_a_full_line() -> None:
    # a colon heading may close on a quote (症结一：物业不愿意，“怕担责”); where paragraphs open
    # indented, one unindented as long as an indented first line is a heading still; and the
    # paragraph under one may open on a line that fills its column with no mark in it
    from zhdoc.pipeline import analyze_text

    def headings(text: str) -> list[str | None]:
        return [s.heading for a in analyze_text(text, name="t.txt").structure.articles for s in a.sections
                if s.heading]

    lead = "小区充电难，难在哪里？记者走访多个小区发现，症结主要集中在三个方面，各方都有各自的难处。"
    body = "不少物业公司担心安装充电桩后出现安全事故，自己要承担责任，因此对居民的申请一拖再拖，迟迟不肯盖章。"
    head = "症结一：物业不愿意，“怕担责”"
    assert headings(wrap(lead, 18) + "\n" + head + "\n" + wrap(body, 18) + "\n") == [head]
    head = "产业：落地加工让过货变成留货"  # (14 characters: an indented first line's length)
    body = "口岸的货物过去大多“一过了之”，如今当地建起加工园区，进口的木材、矿产在这里落地加工，再销往各地。"
    text = "".join("\u3000\u3000" + p[:14] + "\n" + wrap(p[14:], 16) + "\n" for p in (lead, body, lead))
    text = text.replace("\u3000\u3000" + body[:14], head + "\n\u3000\u3000" + body[:14])
    assert headings(text) == [head]
    full = "中华文明是世界上唯一绵延不断且以国家形态发展至今的伟大文明数千年来中华民族创造了博大精深的文化。"
    head = "历史逻辑：文明连续性孕育文化自信"
    assert headings(wrap(lead, 26) + "\n" + head + "\n" + wrap(full, 26) + "\n") == [head]


def test_a_colon_heading_longer_than_its_column_stands_apart() -> None:
    # set whole over a narrow column (not wrapped at it), a colon heading still stands apart
    from zhdoc.pipeline import analyze_text

    head = "邓秀兰（东岭市社区健身指导员）：带着街坊一起动起来"
    text = (wrap("全民健身热潮在城乡持续升温，不少普通人成了身边运动的带头人，带着街坊邻居一起动起来。", 24)
            + "\n" + head + "\n"  # (25 characters over a column of 24)
            + wrap("每天清晨，邓秀兰都会带着二十多位街坊在小区广场练八段锦，风雨无阻，一练就是十年。她说，"
                   "运动不分年龄，只要动起来就好。如今，小区里跟着她锻炼的人越来越多，最年长的已经八十多岁，"
                   "最年轻的还在上小学。街道也为她们添置了音响和垫子。", 24) + "\n")
    doc = analyze_text(text, name="t.txt")
    assert [s.heading for a in doc.structure.articles for s in a.sections if s.heading] == [head]


def test_a_lead_in_heading_after_a_paragraphs_full_last_line_starts_a_block() -> None:
    # the paragraph before ends on a full line (no cue in its length): the lead-in alone on the
    # next line says it ends there
    lead = "在圣保罗街头，电动出租车越来越常见，充电桩也陆续出现在了商场、加油站和居民区里。"
    assert len(lead) == 2 * 20
    dump = (wrap(lead, 20) + "\n巴西圣保罗——\n“工厂就在家门口，买车更放心”\n"
            + wrap("当地一家整车厂今年投产，年产能十万辆，带动了上下游数十家配套企业落户。", 20) + "\n")
    assert blocks(dump)[:3] == [lead, "巴西圣保罗——", "“工厂就在家门口，买车更放心”"]


def test_one_first_line_is_no_evidence_against_the_pages_indents() -> None:
    # an article of a page whose paragraphs open unindented: one full first line in it says
    # nothing the page does not (it said "indented", and a heading ran into the next line)
    from zhdoc.dump.lines import read_lines
    from zhdoc.dump.widths import first_lines_short, measure, widths

    text = ("社区还组织志愿者上门宣传分类知识，\n发放宣传手册。\n"
            "居民们普遍反映投放方便了不少，积极\n性也提高了很多。\n")
    lines = read_lines(text)
    measure(lines)
    assert first_lines_short(lines, widths(lines)[1], default=False) is False
    assert first_lines_short(lines, widths(lines)[1], default=True) is True


def test_a_line_two_short_of_an_unindented_column_ending_on_a_character_is_a_heading() -> None:
    # paragraphs open on full lines here (no indent): a wrapped line fills its column but for a
    # mark pulled down; 城市更新的实践路径与主要经验 (two short of 16, under a full line ending a
    # sentence, over a full line) is no line of wrapped text: it stands alone (it ran on)
    paragraphs = ("城市更新关系城市面貌和居住品质的提升，是扩大内需的重要抓手。各地在实践中积累了不少经验。",
                  "社区改造要坚持问题导向，从群众最关心的事情做起，一件件办好实事。",
                  "城市更新的实践路径与主要经验",
                  "老旧小区改造是城市更新的一项重要内容，各地因地制宜推进，加装电梯、改造管网，取得实效。",
                  "城市更新还要注重保护历史文化，留住城市的记忆和乡愁，让老街区焕发新的活力。")
    text = "".join(p[k:k + 16] + "\n" for p in paragraphs for k in range(0, len(p), 16))
    blocks = [b.text for b in repair(text)]
    assert blocks == list(paragraphs)
