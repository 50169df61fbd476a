"""Article heads in text dumps of website copies: one regression case per reading error met on
the composed website dumps (evaluation/webcopy.py, development part)."""

from __future__ import annotations

from zhdoc.pipeline import analyze_text
from zhdoc.segment.kinds import furniture_kind

from tests.dump_cases import BODY, NOTE, PAGE_TOP, articles as _articles, heads as _heads, wrap as _wrap


def test_a_kicker_never_ends_a_sentence() -> None:
    # the last paragraph of the article before (a quote ending 吧！…了！”) runs on from a clause
    dump = (f"无愧一代人的青春\n盛玉雷{NOTE}\n这是一篇特殊的“编者的话”，写给青年朋友，\n也写给关心青年的人们。\n"
            "“你们年轻人，处于一个伟大的时代，\n有着这么伟大的目标，生逢其时，为之\n奋斗吧！看你们的了！”\n\n"
            f"岩渊砺志，向地球深部进军\n陈  鹏{NOTE}\n越是艰难险阻，越要坚持不懈。\n")
    arts = _articles(dump)
    assert [(a.title, a.kicker, a.authors) for a in arts] == [
        ("无愧一代人的青春", None, ("盛玉雷",)), ("岩渊砺志，向地球深部进军", None, ("陈鹏",))]


def test_a_kicker_ending_with_a_dash_is_not_wrapped_into_the_title() -> None:
    dump = (f"中央红军长征出发纪念馆播撒红色种子——\n助老区精神根深叶茂\n本报记者  王  丹{NOTE}\n"
            "“大家请看，这是一台缝纫机。”随着讲解员的\n讲述，来自大湾区的学生走进纪念园。\n")
    (a,) = _articles(dump)
    assert (a.kicker, a.title, a.authors) == ("中央红军长征出发纪念馆播撒红色种子——", "助老区精神根深叶茂", ("王丹",))


def test_a_single_website_copy_with_its_date_note_wrapped_is_cut_under_its_head() -> None:
    dump = ("“四个革命、一个合作”指引我\n国能源高质量发展（深学笃行阐\n释习近平经济思想）\n\n金  轩《人民日报》（2025\n"
            "年04月09日第 06 版）\n\n引  言\n\n能源安全是关系国家经济社会发\n展的全局性、战略性问题。\n")
    (a,) = _articles(dump)
    assert a.title == "“四个革命、一个合作”指引我国能源高质量发展（深学笃行阐释习近平经济思想）"
    assert a.authors == ("金轩",)


def test_a_heading_wider_than_its_column_stands_apart() -> None:
    dump = (f"把握经济思想的实践品格\n范  欣{NOTE}\n《习近平经济文选》第一卷，为全党全国\n各族人民提供了权威教材。"
            "作为马克\n思主义政治经济学的最新成果，实践性\n是一个鲜明品格。\n"
            "以新发展理念为引领，带来关系我国发展全局的一场深刻变革\n习近平总书记在文中指出：“理念是行\n动的先导。”"
            "一定的发展实践都是由\n一定的发展理念来引领的。\n")
    (a,) = _articles(dump)
    assert [s.heading for s in a.sections if s.heading] == ["以新发展理念为引领，带来关系我国发展全局的一场深刻变革"]


def test_two_unnumbered_headings_with_nothing_between_are_one() -> None:
    dump = (f"追寻最闪亮的坐标\n本报记者{NOTE}\n\n“英雄是民族最闪亮的坐标。”崇尚英雄才会产生英雄。\n\n"
            "一个子弹盒\n\n记录烽火岁月\n\n4月4日，辽宁省本溪市东北抗联史实陈列馆里，人流如织。\n\n"
            "一沓老照片\n\n传承英烈精神\n\n清明节当日，山东省龙口市丰仪店村红色教育展厅外，晨光穿过松柏。\n")
    (a,) = _articles(dump)
    assert ["".join(s.heading.split()) for s in a.sections if s.heading] == [
        "一个子弹盒记录烽火岁月", "一沓老照片传承英烈精神"]


def test_a_quoted_heading_under_a_lead_in_stands_apart_however_full_its_line() -> None:
    dump = (f"近距离感知中国文化的魅力\n本报记者  白光迪{NOTE}\n外国游客走进中国的大街小巷，感受文化魅力。\n"
            "江苏苏州——\n“将非遗项目与入境游有机深度融合”\n“慢一点，上下尽量缠均匀，再左右缠绕。”苏\n"
            "州丝绸博物馆会客厅里，十几名外国游客\n正在体验。\n")
    (a,) = _articles(dump)
    assert ["".join(s.heading.split()) for s in a.sections if s.heading] == [
        "江苏苏州——“将非遗项目与入境游有机深度融合”"]


def test_a_short_block_without_a_sentence_mark_between_blank_lines_is_a_heading() -> None:
    dump = (f"促进高校毕业生高质量充分就业\n\n本报记者  吴  丹{NOTE}\n\n　　近日，两办印发《意见》。教育部\n"
            "负责人就相关问题回答了记者提问。\n\n高校毕业生规模连续3年超千\n万，将解决好人力资源供需不\n匹配的结构性就业矛盾\n\n"
            "　　记者：《意见》出台的背景是什\n么？\n\n　　答：高校毕业生是党和国家宝贵\n的人才资源。\n")
    (a,) = _articles(dump)
    assert [s.heading for s in a.sections if s.heading] == [
        "高校毕业生规模连续3年超千万，将解决好人力资源供需不匹配的结构性就业矛盾"]


def test_names_wrapped_onto_the_line_of_the_date_note_stay_apart() -> None:
    dump = ("争取一年干得比一年好\n本报记者  顾仲阳  董丝雨\n常  钦《人民日报》（2025\n年04月05日第 01 版）\n"
            "　　“植树造林是生态文明建设重\n要一环。”\n")
    assert _heads(dump) == [("争取一年干得比一年好", ("顾仲阳", "董丝雨", "常钦"))]


def test_a_reporters_trailer_cut_by_the_column_is_no_kicker_of_the_next_head() -> None:
    dump = (f"追寻最闪亮的坐标\n本报记者{NOTE}\n又是一年清明节。英烈的事迹和精神将激励人们\n前行。\n（本报记者赵政、刘佳华、李蕊、\n徐靖）\n"
            f"缅怀先烈，传承优良作风（今日谈）\n孔方斌{NOTE}\n走进烈士陵园，感悟视死如归的崇高情怀。\n")
    arts = _articles(dump)
    assert [(a.title, a.kicker, a.authors) for a in arts] == [
        ("追寻最闪亮的坐标", None, ("赵政", "刘佳华", "李蕊", "徐靖")),
        ("缅怀先烈，传承优良作风（今日谈）", None, ("孔方斌",))]


def test_a_numbered_heading_wrapped_before_a_two_character_word_heads_no_article() -> None:
    # （四）坚持绿色低碳战略 / 方向: 方向 looks like a name, but a title never opens with a number
    dump = (f"能源高质量发展\n金  轩{NOTE}\n　　能源安全是关系国家经济\n社会发展的全局性问题。\n"
            "　　（四）坚持绿色低碳战略\n方向\n　　能源低碳发展关乎人类未\n来，我国正加快转型。\n")
    assert _heads(dump) == [("能源高质量发展", ("金轩",))]


def test_a_dateline_cut_from_its_reporter_runs_on_into_its_story() -> None:
    dump = ("宁夏规范驻外劳务工作站管理\n《人民日报》（2025年04月09日第 11 版）\n　　本报银川4月8日电  \n"
            "（记者秦瑞杰）近日，宁夏回族\n自治区人力资源和社会保障厅印\n发管理办法。\n")
    (a,) = _articles(dump)
    assert a.authors == ("秦瑞杰",) and not [s.heading for s in a.sections if s.heading]


# ---- page dumps composed from the 2025 articles (evaluation/news_composed.py, development half)

def test_a_title_wrapped_at_its_comma_in_a_narrow_column_starts_an_article() -> None:
    # a short line ending on a comma after a sentence end (and a column label) is a title's
    # first clause, not text running on
    dump = (PAGE_TOP + "稳住就业基本盘\n本报记者  何  平\n近日，人社部门出台多项措施稳就业。\n各地积极落实，成效初显。\n"
            "今日谈\n守住初心，\n不负时代重托\n□ 林海生\n走进纪念馆，聆听奋斗的\n感人故事。各地广泛开展\n活动，致敬英雄。\n")
    arts = _articles(dump)
    assert [(a.kicker, a.title, a.authors) for a in arts] == [
        (None, "稳住就业基本盘", ("何平",)), (None, "守住初心，不负时代重托", ("林海生",))]


def test_a_title_too_short_to_stand_alone_and_a_parallel_couplet_are_one_part() -> None:
    # “谁家田”？ is too short to be a title: it is the rest of the line over it; two short
    # parallel lines of one length are one title set as a couplet, under a kicker that holds a
    # clause; a label over a title's two lines is no couplet with them
    dump = (PAGE_TOP + "某县三口灌溉井“未用先废”——\n占用水泵10年不还，肥水流进\n“谁家田”？\n本报记者  方  明\n" + BODY +
            "古籍数字化、古汉语大语言模型等一批成果涌现\n生僻字更易输入\n文言文更快释读\n本报记者  丁  宁\n" + BODY +
            "生态论苑\n不负春光\n植绿增绿\n董海燕\n" + BODY)
    arts = _articles(dump)
    assert [(a.kicker, a.title) for a in arts] == [
        ("某县三口灌溉井“未用先废”——", "占用水泵10年不还，肥水流进“谁家田”？"),
        ("古籍数字化、古汉语大语言模型等一批成果涌现", "生僻字更易输入文言文更快释读"),
        (None, "不负春光植绿增绿")]


def test_a_series_banner_under_the_masthead_is_furniture_not_a_heading() -> None:
    # a page whose heads trail their articles: the banner under the date line is set to no
    # column's measure and the text after it does not finish its word; the lede's own first line
    # (short by its indent, 强 / 调，) is text
    body = ("文化是一个国家、一个民族的灵魂。文化兴国运兴，文\n化强民族强。一个国家、一个民族的强盛，总是以文化兴盛\n"
            "为支撑的。铸就中华文化新辉煌，首先需要深入研究中华文\n化的历史，把握其发展规律，推动其创造性转化。\n")
    dump = ("7 理论\n理论\n2018 年1 月12 日星期五\n认真学习宣传贯彻会议精神\n" + body + "（作者为某大学教授）\n"
            "铸就中华文化新辉煌\n杨义\n" + body + "（作者单位：某研究院）\n推动文化创造性转化\n李\n四\n")
    doc = analyze_text(dump, name="t.txt")
    arts = list(doc.structure.articles)
    assert [a.title for a in arts] == ["铸就中华文化新辉煌", "推动文化创造性转化"]
    assert not any(s.heading for a in arts for s in a.sections)
    assert "认真学习宣传贯彻会议精神" in [b.text for b in doc.structure.furniture]


def test_unsigned_items_head_their_text_over_a_dateline_or_after_a_trailer() -> None:
    # a page whose heads lead their text: title lines over a story's dateline are its head
    # (its reporter from the dateline), and title lines between a trailer and text are the head
    # of the item after it, even with a clause ending a line; the masthead over the first head
    # and a column's name of two short phrases (走企业，看高质量发展) are furniture
    dump = (PAGE_TOP + "走企业，看高质量发展\n天津一家化工集团探索转型升级\n向高端创新 向未来迈进\n"
            "本报记者  龚  江\n" + BODY + "（作者为某市文联主席）\n山东一所大学：聚焦教师发展，\n推动教学提质增效\n" + BODY +
            "辽宁推进废弃矿山治理复绿\n本报沈阳4月8日电  （记者刘洪超）记\n者日前从省政府新闻办获悉：今年是\n复绿三年行动的收官之年。\n")
    arts = _articles(dump)
    assert [(a.kicker, a.title, a.authors) for a in arts] == [
        ("天津一家化工集团探索转型升级", "向高端创新 向未来迈进", ("龚江",)),
        (None, "山东一所大学：聚焦教师发展，推动教学提质增效", ()),
        (None, "辽宁推进废弃矿山治理复绿", ("刘洪超",))]
    text = "".join(p.text for a in arts for s in a.sections for p in s.paragraphs)
    assert "走企业" not in text and "人民日报" not in text and text.count("城市更新") == 2


def test_after_a_journal_articles_affiliations_its_abstract_heads_nothing() -> None:
    # a trailer (the authors' affiliations) followed by 摘要：… lines filling the column is the
    # same article's text: only short, unmarked title lines after a trailer head an item
    dump = ("基于面板数据的县域数字普惠金融发\n展水平测度研究\n李晓明1，张 伟2\n（1.浙江大学经济学院，杭州 310058；\n"
            "2.浙江财经大学金融学院，杭州 310018）\n摘　要：数字普惠金融是缓解县域金融排斥的重\n要途径。本文构建包含覆盖广度、使用深度和数\n"
            "字化程度三个维度的指标体系，研究县域数字普\n惠金融的发展水平，并分析其区域差异和演变。\n")
    arts = _articles(dump)
    assert [a.title for a in arts] == ["基于面板数据的县域数字普惠金融发展水平测度研究"]


def test_a_head_line_ending_on_a_comma_or_a_line_opening_with_a_closing_mark_runs_on() -> None:
    # a clause's comma ends no kicker (向前发展， / 需要更大的推动力 is one title), and no line
    # starts with a closing quote (如何加快“沙戈荒 / ”新能源基地建设 is one title under its label)
    dump = (PAGE_TOP + "向前发展，\n需要更大的推动力\n任  平\n" + BODY +
            "政策问答·加紧经济社会发展全面绿色转型\n如何加快“沙戈荒\n”新能源基地建设\n本报记者  董丝雨\n" + BODY)
    arts = _articles(dump)
    assert [a.title for a in arts] == ["向前发展，需要更大的推动力", "如何加快“沙戈荒”新能源基地建设"]


def test_a_kicker_that_fills_its_column_is_no_first_line_of_the_title_that_would_run_too_long() -> None:
    # 将经过3至5年持续努力，…保障有力的服务体系 / 促进高校毕业生高质量充分就业: a line that fills the
    # column and the line under it together run longer than any title (TITLE_PART_MAX), so
    # they are a kicker and its title; a website copy's title with its column's name in brackets,
    # wrapped over three lines, is counted without the name and stays one title
    kicker = "三年持续努力，建成覆盖城乡的服务网"
    assert len(kicker) == 17 and all(len(x) <= 17 for x in BODY.split("\n"))
    dump = (PAGE_TOP + "政策解读\n" + kicker + "\n推动社区养老服务提质增效再上台阶\n本报记者  陈  立\n" + BODY
            + "（作者为某大学教授）\n评论员观察\n让城市更新更有温度\n周  航\n" + BODY)
    arts = _articles(dump)
    assert [(a.kicker, a.title) for a in arts] == [
        (kicker, "推动社区养老服务提质增效再上台阶"), (None, "让城市更新更有温度")]
    # the bracketed column name is no part of the title's length: the wrap holds
    from zhdoc.dump.wrapping import wrapped as _wrapped
    from zhdoc.dump.lines import read_lines
    from zhdoc.dump.widths import measure

    lines = read_lines("把握经济思想的鲜明品格（深入学习贯\n彻新时代社会主义思想·学习《经济文\n选》第一卷专家谈）\n"
                       + kicker + "\n推动社区养老服务提质增效再上台阶\n")
    measure(lines)
    assert _wrapped(lines[1], lines[2], 17.0, False) and _wrapped(lines[0], lines[1], 17.0, False, lines[1:3])
    assert not _wrapped(lines[3], lines[4], 17.0, False)


def test_a_title_cut_inside_a_word_by_its_own_narrow_measure_is_one_title() -> None:
    # the title is set at 9 characters where the text runs to 20: its first line stops inside a
    # word (根|本), so it is no kicker; the text's column says nothing of the head's lines
    body = ("去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，"
            "顾客的回头率明显提高。\n" * 3)
    dump = (f"第一篇的标题在这里\n李  明\n{_wrap(body, 20)}"
            f"市场漫步\n诚信经营是企业立足的根\n本所在和长久之道\n王  珂\n{_wrap(body, 20)}")
    titles = [a.title for a in _articles(dump)]
    assert titles == ["第一篇的标题在这里", "诚信经营是企业立足的根本所在和长久之道"]


def test_a_title_wrapped_inside_its_bracketed_column_name_heads_its_article() -> None:
    # 走基层， ends a line inside the bracket: the title runs on, and the byline with its date
    # note wrapped over two lines signs it
    dump = ("让老街区焕发新活力（走基层，\n看新变化）\n\n本报记者  张  三《人民日报》（2025\n年04月09日第 05 版）\n\n"
            "\u3000\u3000老街区的改造从一条小巷开始，居民们自己商量方案。\n"
            "\u3000\u3000改造完成后，街区的人气一天比一天旺。\n")
    [article] = _articles(dump)
    assert article.title.startswith("让老街区焕发新活力") and article.authors == ("张三",)


def test_padded_names_cut_by_a_narrow_column_run_on_into_the_date_note_line() -> None:
    # 王 / 强: a padded two-character name cut by the column, its second character on the line
    # of the date note
    dump = ("老街区焕发新活力\n本报记者  李  明  王\n  强《人民日报》（2025年04\n月09日第 05 版）\n"
            "\u3000\u3000老街区的改造从一条小巷开始，居民们自己商\n量方案。改造完成后，街区的人气一天比一天\n旺。\n"
            "第二篇的标题在这里\n本报记者  赵  六\n" + NOTE + "\n\u3000\u3000第二篇的正文写在这里，写完了。\n")
    assert _heads(dump) == [("老街区焕发新活力", ("李明", "王强")), ("第二篇的标题在这里", ("赵六",))]


def _headings_between(before: str, line: str, after: str, width: int = 20) -> list[str]:
    """The headings of the first of two signed articles whose text is ``before``, the line
    ``line`` and ``after`` (each wrapped at ``width``; a paragraph a line of the input)."""
    dump = (f"第一篇的标题在这里\n李  明\n{_wrap(before, width)}{line}\n{_wrap(after, width)}"
            f"第二篇的标题在这里\n王  强\n{_wrap(before, width)}")
    return [s.heading for s in _articles(dump)[0].sections if s.heading]


def test_a_heading_of_two_short_phrases_parted_by_a_comma_stands_apart() -> None:
    # no blank lines, no indent: the short line after a sentence end holds a comma but no
    # sentence; a clause cut by a narrow column with its quote open (“ 四) is no heading
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    assert _headings_between(body * 2, "稳住基本盘，开拓新市场", body * 2) == ["稳住基本盘，开拓新市场"]


def test_a_kicker_wrapped_at_its_comma_at_the_top_of_a_dump_heads_it() -> None:
    # at the top of a dump a kicker's first clause ending on its comma is the head's first line
    dump = ("某某县新建的社区服务站全部投用，\n群众办事不再跑远路\n家门口的服务站\n本报记者  李  明\n"
            f"{NOTE}\n\u3000\u3000社区服务站开门第一天，前来办事的居民就排起了队。\n")
    [article] = _articles(dump)
    assert (article.kicker, article.title) == ("某某县新建的社区服务站全部投用，群众办事不再跑远路", "家门口的服务站")


def test_a_title_ending_on_a_question_mark_keeps_its_column_name_set_under_it() -> None:
    # the title ends a sentence (？) and its column's name stands alone under it: the name is no
    # part of its own and the title is still the title
    dump = ("某村的三口水井“建成即闲置”——\n\n水井建好五年不用，问题出在哪里？\n（关注群众身边的小事）\n\n本报记者  李  明\n\n"
            f"{NOTE}\n\n\u3000\u3000村里的三口水井建好已有五年，却一直没有用上。\n\n\u3000\u3000记者走访发现，问题出在管理上。\n")
    [article] = _articles(dump)
    assert article.title.startswith("水井建好五年不用，问题出在哪里？") and article.authors == ("李明",)


def test_a_heading_after_a_full_sentence_end_stands_apart_where_paragraphs_open_full() -> None:
    # no indent, no blank lines: the paragraph before ends on a full line, so nothing marks its
    # end but the short line after it, which ends on a character with no stop in it, over a
    # full line (its paragraph's first): a heading
    # (paragraphs ending on short lines, the next opening full, show the dump is not indented)
    ends_short = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n" * 3
    body = "今年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循。"
    heading = "稳步推进社区服务体系建设"
    assert _headings_between(ends_short + body * 2, heading, body * 2) == [heading]


def test_a_heading_longer_than_forty_characters_standing_alone_is_a_heading() -> None:
    # a website copy prints each heading on one line: over 40 characters, no sentence in it, alone
    # between paragraphs (the real 2018 pages' headings run to 58 characters)
    heading = "坚持以人民为中心推进城乡社区服务体系建设并不断增强人民群众的获得感、幸福感和安全感"
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    assert len(heading) > 40
    assert _headings_between(body * 2, heading, body * 2) == [heading]


def test_a_common_word_left_alone_by_a_wrapped_heading_is_no_byline() -> None:
    # a heading wrapped at the column's measure leaves one word on its last line; its first
    # character is a surname (方), but 方向 is a word of the dictionary, not a person's name: no
    # byline, so no article starts there; a padded two-character name still signs
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    heading = "牢牢把握城乡社区服务体系建设的总体方向"
    w = len(heading) - 2
    dump = (f"第一篇的标题在这里\n李  明\n{_wrap(body * 2, w)}{_wrap(heading, w)}{_wrap(body * 2, w)}"
            f"第二篇的标题在这里\n王  强\n{_wrap(body, w)}")
    assert _wrap(heading, w).splitlines()[-1] == "方向"
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [("第一篇的标题在这里", ("李明",)), ("第二篇的标题在这里", ("王强",))]


def test_a_heading_with_a_comma_over_an_indented_paragraph_stands_apart() -> None:
    # paragraphs open indented (two ideographic spaces); a heading set whole, with a comma and
    # no stop, a character over the column's measure, ends where the indented line starts
    body = "\u3000\u3000" + "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    heading = "以社区服务为抓手，推动城乡基层治理现代化"
    assert _headings_between(body * 2, heading, body * 2, width=len(heading) - 1) == [heading]


def test_a_padded_section_word_alone_on_its_line_is_a_heading() -> None:
    # 引  言 padded to a name's width under a website copy's byline, over a paragraph whose
    # first line fills the column (its stop pulled onto it): a heading, not the paragraph's
    # first words
    first = "诚信经营是关系一座城市商业环境的全局性、长期性问题。"  # 25 characters and its stop
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    dump = f"这座城市的诚信经营之路\n金  轩{NOTE}\n引  言\n{first}\n{_wrap(body * 3, 25)}一、背景情况\n{_wrap(body * 3, 25)}"
    (a,) = _articles(dump)
    assert [s.heading for s in a.sections] == ["引  言", "一、背景情况"]


def test_a_clause_heading_wrapped_at_the_texts_measure_ends_on_its_short_last_line() -> None:
    # no indent, no blank lines: a heading with a comma and no stop, wrapped at the column, its
    # last line short and ending on a character, over a question: text never ends on a
    # character, so the heading ends there
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    heading = "社区服务体系建设连续三年提速，将解决好服务供需不匹配的结构性矛盾"
    after = "记者：这项工作的背景是什么？\n" + body * 2
    assert _headings_between(body * 2, _wrap(heading, 20).rstrip("\n"), after) == [heading]


def test_a_photo_story_with_no_byline_opening_a_page_dump_has_its_title() -> None:
    # under the masthead, a story with no byline (its title, a photo's caption and credit, its
    # text) before the page's first signed head: its own article with its title, not page furniture
    # or part of the next article
    story = "经过一年的修缮和改造，这座老城区的城市书房于4月5日首次对外开放，市民可以在这里借阅图书、参加讲座。\n"
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    dump = ("人民日报\n2025年4月6日  星期日4 要闻\n本版责编：李  明\n"
            "老城区首座城市书房开放\n4月5日，市民在城市书房阅读。  王  强摄\n"
            f"{_wrap(story * 2, 18)}这座城市的诚信经营之路\n本报记者  张  华\n{_wrap(body * 3, 18)}")
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [
        ("老城区首座城市书房开放", ()), ("这座城市的诚信经营之路", ("张华",))]


def test_a_photo_story_with_no_byline_after_an_articles_last_sentence_has_its_title() -> None:
    # mid-page, after an article's last sentence: a title over a photo's captions and their
    # credit heads a story of its own (its captions furniture, not its text); the same line
    # over a paragraph, with no credit under it, stays the article's heading
    story = "经过一年的修缮和改造，这座老城区的城市书房于4月5日首次对外开放，市民可以在这里借阅图书、参加讲座。\n"
    head = PAGE_TOP + "这座城市的诚信经营之路\n本报记者  张  华\n" + BODY
    for captions in ("4月5日拍摄的城市书房。  4月5\n日，市民在书房阅读。  王  强摄\n",  # wrapped, the credit last
                     "4月5日，市民在书房阅读。  王  强摄\n"):  # the caption on the credit's line
        arts = _articles(head + "城市书房首次开放\n" + captions + _wrap(story * 2, 17))
        assert [(a.title, a.authors) for a in arts] == [("这座城市的诚信经营之路", ("张华",)), ("城市书房首次开放", ())]
        assert "市民在书房阅读" not in "".join(p.text for s in arts[1].sections for p in s.paragraphs)
    arts = _articles(head + "城市书房首次开放\n" + _wrap(story * 2, 17))
    assert [(a.title, [s.heading for s in a.sections]) for a in arts] == [
        ("这座城市的诚信经营之路", [None, "城市书房首次开放"])]


def test_a_photos_captions_between_a_byline_and_the_text_are_furniture() -> None:
    # the paper sets a photo under the head, its captions under it: the dump brings them between
    # the byline and the text, wrapped at the photo's width, the credit after a wide space or on
    # a line of its own; a text whose first lines end on no credit keeps them
    text = _wrap(BODY.replace("\n", "") * 2, 17)
    for captions in ("河北省承德市滦平县金山岭长城。  周万\n平摄（人民视觉）\n",
                     "图①：老街区的夜景。  图②：市民在街区游览。  新华社\n记者  王毓国摄\n",
                     "市民在老街区游览。\n本报记者  高  炳摄\n"):
        dump = (PAGE_TOP + "让城市更新更有温度\n王  珂\n" + captions + text
                + "城市书房首次开放\n本报记者  张  华\n" + text)
        first = _articles(dump)[0]
        assert first.title == "让城市更新更有温度", captions
        paras = "".join(p.text for s in first.sections for p in s.paragraphs)
        assert paras.startswith("城市更新，是推动") and "摄" not in paras, captions
        aside = analyze_text(dump, name="t.txt").structure.furniture
        whole = [b for b in aside if b.text.startswith(captions[:4])]  # one row, its kind caption
        assert len(whole) == 1 and whole[0].furniture == furniture_kind(whole[0].text) == "caption", aside
    kept = PAGE_TOP + "让城市更新更有温度\n王  珂\n" + text + "城市书房首次开放\n本报记者  张  华\n" + text
    first = _articles(kept)[0]
    assert "".join(p.text for s in first.sections for p in s.paragraphs).startswith("城市更新，是推动")


def test_a_page_whose_last_article_closes_on_its_trailer_has_its_heads_leading() -> None:
    # an unsigned story under the masthead with more text than the page's last article: the
    # last article closing on its trailer (where heads trail their text, a trailer stands over
    # its article's head, never after the last) tells the heads lead, so each head keeps its text
    ad = "强国必先强教，强教必先强师。这所大学落实立德树人根本任务，多维并举，全力打造教学学术共同体，构建一支高素质的教师队伍。\n"
    essay = "一九九七年大学毕业后，我被分配到家乡的博物馆工作，从检票员做起，后来成了讲解员。\n"
    dump = (PAGE_TOP + "某大学：聚焦教师发展\n" + _wrap(ad * 8, 20) + "这座城市的诚信经营之路\n本报记者  张  华\n"
            + BODY * 3 + "对家乡的文化遗迹\n杨孟冬\n" + _wrap(essay * 2, 20) + "（作者为某市文联主席）\n")
    assert _heads(dump) == [("某大学：聚焦教师发展", ()), ("这座城市的诚信经营之路", ("张华",)),
                            ("对家乡的文化遗迹", ("杨孟冬",))]


def test_a_title_wrapped_at_its_comma_under_a_kicker_leading_into_it_with_a_dash_heads_its_article() -> None:
    # a kicker ending on —— leads into its title: the line under it, ending on the title's
    # comma however long, is the title's first clause, not text (the head is found, its byline
    # kept); the same clause under a line of text is no title
    dump = (PAGE_TOP + "探访智能工厂\n换型不停线，一家拖拉机厂多种型号混线生产——\n智造“铁牛”，\n产线真“柔”\n"
            "本报记者  张文豪\n" + BODY + "开发应用场景\n推动创新融合\n王万章\n" + BODY)
    arts = _articles(dump)
    assert [(a.kicker, a.title, a.authors) for a in arts] == [
        ("换型不停线，一家拖拉机厂多种型号混线生产——", "智造“铁牛”，产线真“柔”", ("张文豪",)),
        (None, "开发应用场景推动创新融合", ("王万章",))]


def test_names_a_pdf_prints_alone_dotted_padded_beside_whole_or_cut_keep_their_shape() -> None:
    # on a page's dump, with no date note: a dotted name alone under its title signs it (not a
    # column's label joining words with a dot, nor a subtitle's last words over a byline); a
    # padded name beside a whole one is two names
    body = "十一月，天山北麓的草原上下了第一场雪。牧民们赶着牛羊，从夏牧场向冬牧场转场，一走就是三天。\n"
    dump = (PAGE_TOP + "旧书店里的时光\n陆静言\n" + _wrap(body * 3, 18) + "草原上的冬牧场\n热依拉·买买提\n"
            + _wrap(body * 3, 18) + "雪花为什么总是六个“花瓣”\n常  禾  黎思远\n" + _wrap(body * 3, 18))
    assert _heads(dump) == [("旧书店里的时光", ("陆静言",)), ("草原上的冬牧场", ("热依拉·买买提",)),
                            ("雪花为什么总是六个“花瓣”", ("常禾", "黎思远"))]
    sub = ("“合作共赢是各国共同的期待”\n——访巴西里约经济研究中心高级研究员\n卢卡斯·门德斯\n"
           f"本报驻巴西记者  时  雨{NOTE}\n")
    arts = _articles(sub + _wrap(body * 3, 18))
    assert [(a.title, a.authors) for a in arts] == [("“合作共赢是各国共同的期待”", ("时雨",))]


def test_a_last_name_the_column_cuts_onto_a_line_of_its_own_stays_in_the_byline() -> None:
    # 皇甫清  林  溪  宋知 / 远 over the date note: the names, not a title 远
    body = "文化传承发展是一个历史过程，也是一个理论命题和实践课题，需要从三个维度加以把握。\n"
    dump = ("深刻把握中华文明突出特性的\n内在逻辑\n从三重逻辑理解文化传承发展\n皇甫清  林  溪  宋知\n远\n"
            "《人民日报》（2999年12\n月28日第 02 版）\n" + _wrap(body * 3, 13))
    assert _heads(dump) == [("从三重逻辑理解文化传承发展", ("皇甫清", "林溪", "宋知远"))]


def test_a_wire_storys_dateline_reporter_is_no_author_the_papers_own_is() -> None:
    # a website copy with no byline: the paper's own dateline credits its reporter as the
    # author; a wire story's (新华社…电（记者 …）) is the agency's copy, kept in its dateline
    text = "记者28日从有关部门获悉，今年以来各地加快推进农田水利建设，已完成投资九百多亿元，新增灌溉面积八百多万亩。"
    for dateline, want in (("本报北京12月28日电  （记者许晓航）", ("许晓航",)), ("新华社北京12月28日电（记者 许晓航）", ())):
        arts = _articles(f"全国冬春农田水利建设完成投资逾900亿元\n{NOTE}\n{dateline}{text}\n{text}\n")
        assert [(a.title, a.authors) for a in arts] == [("全国冬春农田水利建设完成投资逾900亿元", want)]
        assert arts[0].dateline and arts[0].dateline.startswith(dateline[:4])


def test_a_byline_wrapped_inside_a_name_or_a_role_keeps_its_names() -> None:
    # a website copy's byline wrapped at a narrow column: cut inside a name (李 / 明远), inside a
    # role between names (本报通 / 讯员), or with the reporter's post (本报驻美国记者)
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    dump = (f"第一篇的标题在这里\n本报记者  张  华  李\n明远{NOTE}\n{_wrap(body * 2, 13)}\n"
            f"第二篇的标题在这里\n本报记者  张  华  本报通\n讯员  李明远\n{NOTE}\n{_wrap(body * 2, 13)}\n"
            f"第三篇的标题在这里\n本报驻美国记者  李志伟{NOTE}\n{_wrap(body * 2, 13)}\n"
            f"第四篇的标题在这里\n本报记者  王  强  李明\n远{NOTE}\n{_wrap(body * 2, 13)}")
    assert _heads(dump) == [("第一篇的标题在这里", ("张华", "李明远")), ("第二篇的标题在这里", ("张华", "李明远")),
                            ("第三篇的标题在这里", ("李志伟",)), ("第四篇的标题在这里", ("王强", "李明远"))]


def test_a_collective_byline_is_the_author_whole() -> None:
    # 人民日报评论员: the paper's commentators, not the paper's name left when 评论员 is taken off
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    dump = (f"第一篇的标题在这里\n人民日报评论员{NOTE}\n{_wrap(body * 2, 20)}\n"
            f"第二篇的标题在这里\n本报记者  张  华{NOTE}\n{_wrap(body * 2, 20)}")
    assert _heads(dump) == [("第一篇的标题在这里", ("人民日报评论员",)), ("第二篇的标题在这里", ("张华",))]


def test_a_title_of_two_parallel_phrases_under_a_kicker_filling_the_column_stands_apart() -> None:
    # the kicker fills the column it is wrapped at, but the line under it is two phrases of one
    # length parted by two spaces: a title set as parallel phrases, not the kicker's rest
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    kicker = "某某县推行高龄津贴申领零跑腿改革"
    dump = (f"{kicker}\n政策找人  服务上门\n本报记者  张  华{NOTE}\n{_wrap(body * 3, len(kicker))}\n"
            f"第二篇的标题在这里\n本报记者  王  强{NOTE}\n{_wrap(body * 3, len(kicker))}")
    a = _articles(dump)[0]
    assert (a.kicker, a.title) == (kicker, "政策找人  服务上门")


def test_bylines_of_other_roles_and_shapes_keep_their_names() -> None:
    # another paper's reporter, a trainee (见习记者), a collective byline (本报调研组), names with
    # no role on their own line over the date note, a long byline whose padded name is cut (赵 / 钱)
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    text = _wrap(body * 2, 19)
    dump = (f"第一篇的标题在这里\n光明日报记者  王  强{NOTE}\n{text}\n"
            f"第二篇的标题在这里\n本报记者  李明远  见习记者  张  华{NOTE}\n{text}\n"
            f"第三篇的标题在这里\n本报调研组{NOTE}\n{text}\n"
            f"第四篇的标题在这里\n李明远  王  强\n{NOTE}\n{text}\n"
            f"第五篇的标题在这里\n本报记者  王  强  张  华\n李明远  赵\n钱  孙丽娜{NOTE}\n{text}")
    assert _heads(dump) == [
        ("第一篇的标题在这里", ("王强",)), ("第二篇的标题在这里", ("李明远", "张华")),
        ("第三篇的标题在这里", ("本报调研组",)), ("第四篇的标题在这里", ("李明远", "王强")),
        ("第五篇的标题在这里", ("王强", "张华", "李明远", "赵钱", "孙丽娜"))]


def test_a_story_with_no_byline_whose_title_spans_the_columns_opens_the_page() -> None:
    # under the masthead, a title longer than the text's column over text (an advertorial, no
    # byline), then signed articles: its own article, though more text stands before the first
    # signed head than after the last (the heads lead their text, as the top title shows)
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    dump = ("人民日报\n2025年4月9日  星期三12 文化\n本版责编：李  明\n"
            f"某某大学：聚焦教师发展，推动教育教学提质增效\n{_wrap(body * 8, 18)}"
            f"第二篇的标题在这里\n本报记者  张  华\n{_wrap(body * 3, 18)}"
            f"第三篇的标题在这里\n本报记者  王  强\n{_wrap(body * 2, 18)}")
    assert _heads(dump) == [("某某大学：聚焦教师发展，推动教育教学提质增效", ()),
                            ("第二篇的标题在这里", ("张华",)), ("第三篇的标题在这里", ("王强",))]


def test_a_number_in_running_text_is_no_authors_mark_and_an_issues_staff_credit_is_furniture() -> None:
    # 烘干后，切割、抛光，制成50 is text (a number is no affiliation mark); 本期统筹：… credits the
    # issue's staff; after it and a blank line, a title wrapped at its comma, however long its
    # first clause, heads the next article
    dump = (f"古楼新韵\n本报记者  林  青{NOTE}\n木制模型用料简单、不着颜色。\n但工艺复杂，南方运来的榉木\n"
            "烘干后，切割、抛光，制成50\n多种零部件再组装，模型采用\n榫卯结构，做一个需要三四个\n月。\n"
            "本期统筹：周  航\n\n某某职业学院：聚焦教师发展，\n推动教学质量提升\n"
            f"{NOTE}\n强国必先强教，强教必先强师。\n学院建立教师发展中心。\n")
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [
        ("古楼新韵", ("林青",)), ("某某职业学院：聚焦教师发展，推动教学质量提升", ())]
    assert not any("周航" in p.text or "统筹" in p.text for a in arts for s in a.sections for p in s.paragraphs)


def test_a_titles_bracketed_column_name_wrapped_over_lines_stays_in_the_title() -> None:
    # the column's name in brackets after a website copy's title, wrapped by a narrow column:
    # on lines of its own (（坚定信心，打开改革 / 发展新天地）) or opened on the title's last line
    # (…真“柔”（经济新方位· / 探访智能工厂）), it is no part of its own and never the title
    dump = (f"某省推进重大项目建设\n（坚定信心，打开改革\n发展新天地）\n本报记者  李  明{NOTE}\n"
            "近日，某省召开重大项目推进会。\n各地积极落实，成效初显。\n\n"
            f"智造新农机，产线真“柔”（经济新方位·\n探访智能工厂）\n本报记者  王  强{NOTE}\n"
            "走进某农机厂的总装车间，机器人挥舞手臂。\n多种型号的拖拉机在一条线上生产。\n")
    assert [a.title for a in _articles(dump)] == [
        "某省推进重大项目建设（坚定信心，打开改革发展新天地）", "智造新农机，产线真“柔”（经济新方位·探访智能工厂）"]


def test_a_title_ending_on_a_question_mark_keeps_its_bracketed_column_name_wrapped_under_it() -> None:
    # 零碳生产是如何实现的？ ends a sentence, but the bracketed column name under it, wrapped over
    # two lines (its own brackets nested), is the title's: the head does not start after it
    dump = (f"探访某地零碳产业园\n\n绿色工厂是如何建成的？\n（人与自然·走进零碳园区\n（工厂）看转型）\n\n本报记者  李  明{NOTE}\n\n"
            "走进园区，一排排光伏板整齐排列。\n\n园区负责人介绍，这里的企业全部使用绿电。\n")
    arts = _articles(dump)
    assert [(a.kicker, a.title) for a in arts] == [
        ("探访某地零碳产业园", "绿色工厂是如何建成的？（人与自然·走进零碳园区（工厂）看转型）")]


def test_a_title_in_book_brackets_over_the_date_note_is_no_byline() -> None:
    # 《…行动方案》 over the note alone: a title (a document's name), not names before the note
    dump = (f"国务院办公厅印发\n《城乡社区体育设施建设行动方案》\n{NOTE}\n新华社北京12月30日电  近日，国务院办公厅印发"
            "《行动方案》。\n《方案》提出，到2027年，社区体育设施覆盖率进一步提高。\n")
    assert [(a.kicker, a.title, a.authors) for a in _articles(dump)] == [
        ("国务院办公厅印发", "《城乡社区体育设施建设行动方案》", ())]


def test_names_the_column_cuts_keep_their_shape_whatever_their_surname() -> None:
    # a four-character name cut 3 + 1 on the byline's last line; a name with a middle dot cut
    # after it; a role cut by the column (本报通讯 / 员) before names padded by wide spaces; a
    # role ending the line wants the next line's name, whatever its shape
    texts = "近日，记者走进当地社区，看到了新的变化。\n居民们纷纷表示，日子越过越红火。\n\n"
    dump = (f"雪域高原的暖心驿站\n本报记者  次仁卓嘎  本报通讯员  扎西顿\n珠{NOTE}\n{texts}"
            f"医生进村  健康到家\n本报记者  阿依古丽·买\n买提  王  伟\n{NOTE}\n{texts}"
            f"守护一江清水\n本报记者  顾  晨  本报通讯\n员  钟海燕  何  平\n{NOTE}\n{texts}"
            f"冬夜里的热汤\n本报记者  次仁卓嘎  本报通讯员\n扎西顿珠{NOTE}\n{texts}")
    assert [a.authors for a in _articles(dump)] == [
        ("次仁卓嘎", "扎西顿珠"), ("阿依古丽·买买提", "王伟"), ("顾晨", "钟海燕", "何平"), ("次仁卓嘎", "扎西顿珠")]


def test_a_pieces_byline_wrapped_by_the_column_keeps_its_last_name() -> None:
    # a composite item's piece signed with no date note: 本报记者  吴  迪  马 / 骏
    dump = (f"岁末赶工期  项目建设忙\n{NOTE}\n年末岁尾，各地重点项目建设进入冲刺阶段。\n\n隧道掘进提速\n"
            "本报记者  吴  迪  马\n骏\n在西南山区一条在建高铁隧道内，盾构机正在昼夜掘进。\n工人们三班倒，确保工期。\n")
    assert [a.authors for a in _articles(dump) if a.title == "隧道掘进提速"] == [("吴迪", "马骏")]
    # ... and a name or a role cut after two names with roles: 吴 / 小雨, 本 / 报通讯员
    for cut in ("本报记者  黄明轩  本报通讯员  吴\n小雨", "本报记者  黄明轩  本\n报通讯员  吴小雨"):
        signed = dump.replace("本报记者  吴  迪  马\n骏", cut)
        assert [a.authors for a in _articles(signed) if a.title == "隧道掘进提速"] == [("黄明轩", "吴小雨")]


def test_a_trailer_naming_who_compiled_the_text_adds_no_author_under_a_byline() -> None:
    # （本报记者  周  航  整理）: the reporter compiled the talk; the author is the byline's
    dump = (f"如何理解高质量发展的“质”？\n陈立言{NOTE}\n高质量发展是体现新发展理念的发展。\n"
            "这要求我们在质的有效提升中实现量的合理增长。\n（本报记者  周  航  整理）\n")
    assert [a.authors for a in _articles(dump)] == [("陈立言",)]
    signed = f"社区食堂开张了\n{NOTE}\n近日，某社区食堂正式开张，老人们吃上了热乎饭。\n（本报记者  周  航）\n"
    assert [a.authors for a in _articles(signed)] == [("周航",)]


def test_a_numbered_headings_last_words_wrapped_onto_a_line_are_no_byline() -> None:
    # 任务的关系 reads like two names run together (任务的 + 关系, each after a surname): the end
    # of a numbered heading wrapped by the column, not an article's byline
    dump = (f"推进乡村振兴要把握好几对关系\n孟繁宇{NOTE}\n\u3000\u3000乡村振兴是一篇大文章，要\n统筹兼顾、协调推进。\n\n"
            "三、处理好长远目标与当前\n任务的关系\n\n\u3000\u3000乡村振兴是一项长期任\n务，不可能一蹴而就。\n")
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [("推进乡村振兴要把握好几对关系", ("孟繁宇",))]


def test_short_questions_standing_apart_are_an_articles_headings_one_alone_is_a_paragraph() -> None:
    # two or more short questions, each alone between text and the text it opens, are the
    # article's headings; one alone (a commentary's question to its reader) stays a paragraph
    head = f"小区加装电梯提速\n本报记者  方  远{NOTE}\n"
    lead = "老旧小区加装电梯，是居民盼了多年的事，也是不少街道今年为民办实事的头一件。"
    one = "财政补一点、居民出一点、企业让一点，三方共担的办法在不少小区已经落了地，见了效。"
    two = "街道引入专业公司负责维保，按年收取费用，电梯运行的数据也接入了社区的管理平台。"

    def para(t: str) -> str:  # set in a column of 16, paragraphs opening on an indent
        t = "\u3000\u3000" + t
        return "\n".join(t[k:k + 16] for k in range(0, len(t), 16)) + "\n"

    dump = head + para(lead) + "钱从哪里来？\n" + para(one) + "装好之后谁来管？\n" + para(two)
    arts = _articles(dump)
    assert [s.heading for s in arts[0].sections if s.heading] == ["钱从哪里来？", "装好之后谁来管？"]
    alone = head + para(lead) + "钱从哪里来？\n" + para(one) + para(two)
    assert not any(s.heading for s in _articles(alone)[0].sections)


def test_names_with_no_han_surname_alone_over_the_date_note_are_the_byline() -> None:
    # a byline split from its note: names whatever their surnames (孙  韬  阿依努尔, 次仁央金);
    # the tail of a wrapped title over the note of an unsigned article is no name (提质增效,
    # 治理合作: phrases of the dictionary's words; 总目标 run on from the line before it)
    body = "县域处在承上启下的关键环节，是发展经济、保障民生的重要基础。\n推进县域治理现代化，必须坚持系统观念。\n"
    for names, want in (("孙  韬  阿依努尔", ("孙韬", "阿依努尔")), ("次仁央金", ("次仁央金",))):
        dump = (f"以系统观念推进县域治理现代化（专题深思）\n{names}\n{NOTE}\n{body}\n"
                f"岁末的灯火，照亮回家的路\n盛玉雷\n{NOTE}\n{body}")
        assert _heads(dump)[0] == ("以系统观念推进县域治理现代化（专题深思）", want)
    unsigned = (f"山东理工大学：聚焦教师发展，推动教育教学\n提质增效\n{NOTE}\n{body}\n"
                f"岁末的灯火，照亮回家的路\n盛玉雷\n{NOTE}\n{body}")
    assert _heads(unsigned)[0] == ("山东理工大学：聚焦教师发展，推动教育教学提质增效", ())


def test_two_short_lines_of_one_length_are_a_title_wrapped_at_its_own_measure() -> None:
    # 宁夏规范驻外 / 劳务工作站管理 and 新疆吐鲁番雅尔 / 湖石窟首次开放: a page's title set larger
    # than its text wraps at a short measure of its own, both lines about as long (a break
    # between words moves a character down); the first is neither the title's kicker nor the
    # column's label, and 宁夏规 + 范驻外 (宁夏 / 规范 / 驻外, all words) are no names
    body = ("本报银川4月8日电  （记者秦瑞杰）近日，宁夏回族自治区人力资源和社会保障厅印发办法，"
            "为务工人员权益保障和乡村全面振兴提供政策支撑。\n" * 2)
    dump = (PAGE_TOP + "宁夏规范驻外\n劳务工作站管理\n" + _wrap(body, 16)
            + "新疆吐鲁番雅尔\n湖石窟首次开放\n周  航\n" + BODY)
    assert [(a.kicker, a.title) for a in _articles(dump)] == [
        (None, "宁夏规范驻外劳务工作站管理"), (None, "新疆吐鲁番雅尔湖石窟首次开放")]


def test_a_kickers_short_last_line_over_a_title_as_long_stays_the_kickers() -> None:
    # 清明之际，各地开展多种形式的 fills the column and runs on: 纪念活动缅怀英烈 ends the kicker,
    # though as long as the title under it
    dump = (PAGE_TOP + "清明之际，各地开展多种\n纪念活动缅怀英烈\n追寻最闪亮的坐标\n周  航\n" + _wrap(BODY.replace("\n", ""), 11)
            + "（作者为某大学教授）\n评论员观察\n让城市更新更有温度\n王  珂\n" + BODY)
    arts = _articles(dump)
    assert (arts[0].kicker, arts[0].title) == ("清明之际，各地开展多种纪念活动缅怀英烈", "追寻最闪亮的坐标")


def test_a_kicker_as_long_as_its_column_over_a_short_title_stays_a_kicker() -> None:
    # 清明之际，…缅怀英烈 fills the 17-character column; with 追寻英雄最闪亮的坐标 it would make a
    # title of 27 characters, longer than any seen (TITLE_PART_MAX): a kicker and its title.
    # A kicker wrapped over three full lines is one kicker, however long the three together
    kicker = "清明之际，各地开展多种形式纪念活动"
    assert len(kicker) == 17 and all(len(x) <= 17 for x in BODY.split("\n"))
    long_kicker = ["城南湿地越冬候鸟数量创下", "新纪录，白鹤、东方白鹳等", "珍稀鸟类集中现身"]
    narrow = _wrap(BODY.replace("\n", ""), 12)
    assert len(long_kicker[0]) == len(long_kicker[1]) == max(len(x) for x in narrow.split("\n"))
    tail = "（作者为某大学教授）\n评论员观察\n让城市更新更有温度\n周  航\n" + BODY
    dump = PAGE_TOP + kicker + "\n追寻英雄最闪亮的坐标\n本报记者  陈  立\n" + BODY + tail
    assert [(a.kicker, a.title) for a in _articles(dump)][0] == (kicker, "追寻英雄最闪亮的坐标")
    dump = (PAGE_TOP + "评论员观察\n让城市更新更有温度\n王  珂\n" + narrow + "（作者为某大学教授）\n"
            + "\n".join(long_kicker) + "\n今冬已监测到水鸟近十二万\n只\n本报记者  周  航\n" + narrow)
    assert [(a.kicker, a.title) for a in _articles(dump)][1] == ("".join(long_kicker), "今冬已监测到水鸟近十二万只")
    # (the lines of a kicker are judged as a kicker's, not as a title that would run too long)
    from zhdoc.dump.lines import read_lines
    from zhdoc.dump.widths import measure
    from zhdoc.dump.wrapping import wrapped as _wrapped
    lines = read_lines("\n".join(long_kicker))
    measure(lines)
    assert _wrapped(lines[0], lines[1], 12.0, True, lines[1:], title=False)
    assert not _wrapped(lines[0], lines[1], 12.0, True, lines[1:])


def test_a_title_cut_inside_a_number_runs_on_and_its_unit_signs_nothing() -> None:
    # …超3 / 万套: the line's end cuts a number from its magnitude and unit, so 万套 (万 a
    # surname) is the title's end, not a name over the date note, blank line between or not
    for gap in ("\n\n", "\n"):
        dump = ("全省今年新开工保障性住房超3\n万套" + gap + NOTE + "\n"
                "\u3000\u3000记者从省住房和城乡建设厅获悉，今年全省新开工保障性住房超过3万套。\n"
                "\u3000\u3000新开工的项目主要分布在省会和几个人口流入较多的城市。\n\n"
                "第二篇的标题在这里\n本报记者  赵  六\n" + NOTE + "\n\u3000\u3000第二篇的正文写在这里，写完了。\n")
        assert _heads(dump) == [("全省今年新开工保障性住房超3万套", ()), ("第二篇的标题在这里", ("赵六",))], gap


def test_an_editors_note_signed_on_a_line_of_its_own_ends_there_and_a_signed_piece_follows() -> None:
    # no blank lines: the note's ——编  者 ends it, as a sentence end does, so the piece's title
    # and the bare name under it head a piece of their own (they were read as a two-line heading)
    dump = (f"众人谈城市更新\n{NOTE}\n　　城市更新怎样推进？本期请几位读者谈\n谈看法。\n　　——编  者\n"
            "　　老街区要留住烟火气\n　　周明远\n　　老街区是一座城市的记忆。改造时要\n保留原有的格局，留住老住户。\n"
            "　　（作者为某大学教授）\n")
    assert _heads(dump) == [("众人谈城市更新", ()), ("老街区要留住烟火气", ("周明远",))]


def test_a_page_of_one_unsigned_story_under_its_dated_masthead_has_its_title() -> None:
    # no byline anywhere on the page (a wire story): the title lines under the masthead head it
    dump = (f"{PAGE_TOP}加强监测预警  保障市场供应\n做好冬季农业生产工作\n"
            "新华社北京1月4日电  有关部门近日印发\n通知，要求各地抓好田间管理，保障蔬\n"
            "菜和肉蛋奶供应。通知指出，当前正值\n冬春交替时节，各地要加强监测预警。\n")
    (a,) = _articles(dump)
    assert (a.kicker, a.title) == ("加强监测预警  保障市场供应", "做好冬季农业生产工作")


def test_a_dump_with_no_masthead_and_no_byline_is_one_document_with_no_page_head() -> None:
    # the same lines with no page over them: a document, segmented as a whole
    dump = ("做好冬季农业生产工作\n新华社北京1月4日电  有关部门近日印发\n通知，要求各地抓好田间管理，保障蔬\n"
            "菜和肉蛋奶供应。\n")
    from zhdoc.dump.heads import split_dump
    from zhdoc.dump.lines import read_lines

    assert split_dump(read_lines(dump)) is None


def test_a_credit_naming_who_helped_report_adds_no_author() -> None:
    dump = (f"城市更新见实效\n本报记者  李  明{NOTE}\n{BODY}　　（本报通讯员王小华参与采写）\n")
    (a,) = _articles(dump)
    assert a.authors == ("李明",)


def test_a_credit_of_who_helped_report_closes_its_article_and_is_no_kicker_of_the_next() -> None:
    dump = (f"城市更新见实效\n本报记者  李  明{NOTE}\n{BODY}（王小华参与采写）\n"
            f"把文化瑰宝保护好\n——写在文化遗产日之际\n本报记者  周  立{NOTE}\n{BODY}")
    arts = _articles(dump)
    assert [(a.kicker, a.title, a.subtitle, a.authors) for a in arts] == [
        (None, "城市更新见实效", None, ("李明",)),
        (None, "把文化瑰宝保护好", "——写在文化遗产日之际", ("周立",))]


def test_a_line_sending_the_reader_to_another_page_is_no_kicker_of_the_next_head() -> None:
    dump = (f"城市更新见实效\n本报记者  李  明{NOTE}\n{BODY}（相关报道见第六版）\n"
            f"带着群众期盼  奔着实处走访\n本报记者  周  立{NOTE}\n{BODY}")
    arts = _articles(dump)
    assert [(a.kicker, a.title) for a in arts] == [(None, "城市更新见实效"), (None, "带着群众期盼  奔着实处走访")]


def test_a_title_whose_column_name_in_brackets_wraps_over_three_lines_is_one_title() -> None:
    # a head wrapped at the text's measure (26): no part of it ends inside a bracket opened above
    # (the middle line was read as the end of a kicker, the last line as the title)
    title = "城市治理现代化：新时代城市更新的新路径与新经验（深入学习贯彻新时代城市工作重要思想·原创性概念和重要命题标识性概念纵横谈）"
    text = ("　　城市更新关系城市面貌和居住品质的提升，是扩大内需的重要抓手。各地因地制宜、保留特色，提升了环境、"
            "丰富了业态、服务了商户和居民，老街区焕发出新的活力，吸引了众多市民和游客前来体验。")
    dump = _wrap(title, 26) + f"唐  林{NOTE}\n" + _wrap(text, 26)
    (a,) = _articles(dump)
    assert (a.kicker, a.title) == (None, title)


def test_no_head_part_ends_inside_a_bracket_opened_above_it() -> None:
    from zhdoc.dump.heads import _inside_bracket
    from zhdoc.dump.lines import read_lines

    lines = read_lines("新时代的新路径与新经验（深入\n学习贯彻新思想·原创性概念\n标识性概念纵横谈）\n")
    assert [_inside_bracket(lines, 0, k) for k in (1, 2, 3)] == [True, True, False]


def test_a_kicker_telling_a_sentence_before_it_leads_in_with_a_dash_is_whole() -> None:
    # 一线人员坚守岗位，助力商品走向世界。记者实地探访—— wrapped over two lines: its first holds a
    # sentence, yet it is the kicker's (the article was lost, its byline read as the last one's)
    dump = (f"城市更新见实效\n本报记者  李  明{NOTE}\n{BODY}"
            "一线人员坚守岗位，助力商品走向世界。记者在重\n庆实地探访——\n集装箱中心站的一天\n"
            f"本报记者  周  立{NOTE}\n{BODY}")
    arts = _articles(dump)
    assert [(a.kicker, a.title, a.authors) for a in arts] == [
        (None, "城市更新见实效", ("李明",)),
        ("一线人员坚守岗位，助力商品走向世界。记者在重庆实地探访——", "集装箱中心站的一天", ("周立",))]


def test_a_line_finishing_a_word_cut_above_is_no_byline_whatever_name_it_looks_like() -> None:
    # …增强消 / 费意愿: the paragraph's last line finishes 消费; read as a name (surname 费) it made
    # the lines over it a title and cut the article in two
    dump = (f"城市更新见实效\n本报记者  李  明{NOTE}\n　　推动人工智能在消费领\n域深化应用，能够重塑供\n"
            "需关系，不断以更好的消\n费体验增强消\n费意愿\n　　零售店上线交互式货\n架，消费者拿起一个产品。\n")
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [("城市更新见实效", ("李明",))]


def test_names_before_the_date_note_on_a_byline_line_of_its_own_are_names_whatever_their_surname() -> None:
    # 本报记者  孙  振  胡婧怡 / 门杰伟《人民日报》（2025 / 年…版）: 门 is no common surname, but the
    # note after the names on their line says what they are
    dump = ("城市更新见实效\n本报记者  孙  振  胡婧怡\n门杰伟《人民日报》（2025\n年04月09日第 05 版）\n" + BODY)
    (a,) = _articles(dump)
    assert a.authors == ("孙振", "胡婧怡", "门杰伟")


def test_a_titles_first_clause_half_the_texts_line_heads_its_article() -> None:
    # (a line of text ends on a comma only where it fills its column)
    page = (PAGE_TOP + "第一篇的标题写在这里\n本报记者  王  明\n" + BODY + "观察台\n资本越有耐心，\n创新越有活力\n"
            "□ 李思远\n" + BODY)
    assert _heads(page) == [("第一篇的标题写在这里", ("王明",)), ("资本越有耐心，创新越有活力", ("李思远",))]


def test_a_title_line_cut_after_a_degree_adverb_runs_on_into_a_name_like_word() -> None:
    # (文明 opens on a surname; 城市更 needs it)
    page = (PAGE_TOP + "第一篇的标题写在这里\n本报记者  王  明\n" + BODY + "设施更“懂人” 城市更\n文明\n李思远\n" + BODY)
    assert _heads(page) == [("第一篇的标题写在这里", ("王明",)), ("设施更“懂人” 城市更文明", ("李思远",))]


def test_a_column_label_over_a_title_wrapped_at_its_first_short_clause_stays_apart() -> None:
    page = (PAGE_TOP + "第一篇的标题写在这里\n本报记者  王  明\n" + BODY + "人民论坛\n良心、\n初心与民心\n李思远\n" + BODY)
    assert _heads(page) == [("第一篇的标题写在这里", ("王明",)), ("良心、初心与民心", ("李思远",))]
