"""Column labels over article heads in text dumps (今日谈, 思想纵横, 解码·文化数字化, a series'
label): never a kicker, a title's line or a byline; one regression case per reading error met on
the composed website dumps and pages."""

from __future__ import annotations

from zhdoc.pipeline import analyze_text

from tests.dump_cases import BODY, NOTE, PAGE_TOP, articles as _articles, heads as _heads, wrap as _wrap


def test_a_column_label_over_signed_pieces_is_no_article_and_a_padded_name_signs() -> None:
    # 纵横 and its date note head no text: the column's label; 虎  权 is a padded two-character
    # name whatever its surname; the source trailer ends the piece before, no kicker
    dump = (f"纵横\n{NOTE}\n农业发展不妨多些“营养导向”\n袁  媛\n不久前，多部门联合印发纲要，首次提出推进营养型"
            "农业。\n今天，人们对营养的需求发生了变化。\n（摘编自《新华日报》）\n为绿色发展装上信用引擎\n虎  权\n"
            "近日，宁夏公布企业生态环境信用评价结果。\n别小瞧这个“红黑榜”，释放的信息可不简单。\n")
    assert _heads(dump) == [("农业发展不妨多些“营养导向”", ("袁媛",)), ("为绿色发展装上信用引擎", ("虎权",))]
    kickers = [a.kicker for a in _articles(dump)]
    assert kickers == [None, None]


def test_a_title_wrapped_in_a_narrow_column_is_one_title_under_its_label() -> None:
    # two lines too short to be a kicker and a title are one title wrapped in a narrow column;
    # the short line over it, alone, is its column's label: no kicker, kept as furniture
    dump = (PAGE_TOP + "稳住就业基本盘\n本报记者  何  平\n近日，人社部门出台多项措施稳就业。\n各地积极落实，成效初显。\n"
            "（作者为某大学教授）\n思想纵横\n提升基层治\n理的“温度”\n郑晓明\n“如果只是机械做事，是很难提高工作水平的。”"
            "这番话发人深省。\n作为改革发展的先锋，广大干部要善于思考。\n")
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [
        ("稳住就业基本盘", ("何平",)), ("提升基层治理的“温度”", ("郑晓明",))]
    assert arts[1].kicker is None
    assert [(b.text, b.furniture) for b in analyze_text(dump, name="t.txt").structure.furniture
            if "纵横" in b.text] == [("思想纵横", "label")]  # (page_furniture.kind label, not header)


def test_a_column_label_over_a_kicker_is_no_part_of_the_head_and_staff_credits_are_furniture() -> None:
    # a head has one kicker: the kicker wrapped over two lines ends on its short last line, so
    # the line after it starts the title; the short line over the kicker is the column's label
    dump = (PAGE_TOP + "政策解读\n将用三年时间持续努力，基本建成覆盖城乡、功能完备、保障有力\n的服务网络\n推动社区养老服务\n"
            "提质增效再上台阶\n本报记者  陈  立\n近日，有关部门印发《意见》，部署养老服务工作。\n各地积极落实，成效初显。\n"
            "（作者为某大学教授）\n评论员观察\n让城市更新更有温度\n周  航  吴  迪\n城市更新，是推动城市治理现代化的重要抓手。\n"
            "各地因地制宜，保留特色。\n")
    arts = _articles(dump)
    assert [(a.kicker, a.title, a.authors) for a in arts] == [
        ("将用三年时间持续努力，基本建成覆盖城乡、功能完备、保障有力的服务网络", "推动社区养老服务提质增效再上台阶", ("陈立",)),
        (None, "让城市更新更有温度", ("周航", "吴迪"))]
    text = "".join(p.text for a in arts for s in a.sections for p in s.paragraphs)
    assert "责编" not in text and "版式设计" not in text and "政策解读" not in text


def test_a_kicker_longer_than_the_column_is_not_wrapped_into_the_title_and_a_label_over_it_stands_apart() -> None:
    # the kicker overruns the 16-character column by three: heads are not set at the column's
    # measure (so no head line of the dump is wrapped at it); over a kicker, a line of a few
    # words is the column's label; two lines of one length are one kicker set as a couplet
    dump = (PAGE_TOP + "走基层·城市更新\n江苏苏州将老旧街区改造为文化创意街区\n留住“烟火气” 编织“新生活”\n本报记者  高  明\n" + BODY +
            "既提高服务数量\n又提高服务质量\n抓好养老这个民生工程\n□ 林海生\n" + BODY)
    arts = _articles(dump)
    assert [(a.kicker, a.title) for a in arts] == [
        ("江苏苏州将老旧街区改造为文化创意街区", "留住“烟火气” 编织“新生活”"),
        ("既提高服务数量又提高服务质量", "抓好养老这个民生工程")]


def test_a_title_of_short_parallel_phrases_under_a_label_is_one_title() -> None:
    # 英雄气 / 家国情 奋斗志: a first line of three characters is too short to stand alone, but
    # three phrases of one length are one title set as parallel phrases; the label over it
    # (four characters, no phrase of the set) is no first line of it
    dump = PAGE_TOP + "人文茶座\n山水情\n古今韵 烟火气\n郑海鸥\n" + BODY + "（作者为某大学教授）\n评论员观察\n让城市更新更有温度\n周  航\n" + BODY
    arts = _articles(dump)
    assert [(a.kicker, "".join(a.title.split())) for a in arts] == [
        (None, "山水情古今韵烟火气"), (None, "让城市更新更有温度")]


def test_a_label_opening_with_a_reporters_role_is_no_byline() -> None:
    # 记者手记 and 记者调查 are a box's and a column's labels: a name run on after its role opens on
    # a surname (本报记者王晓明), so neither adds an author; the box's label is a heading
    body = "记者走访发现，不少老旧小区的充电桩安装申请卡在物业盖章这一环，居民跑了多趟仍没有结果。"
    box = "政策落地要打通最后一米，既要明确责任，也要给物业吃下定心丸，让好事办好。"
    dump = PAGE_TOP + "充电桩进小区，卡在了哪儿\n本报记者  林  樾\n" + _wrap(body * 3, 17) + "记者手记\n" + _wrap(box * 2, 17)
    arts = _articles(dump)
    assert [(a.title, a.authors) for a in arts] == [("充电桩进小区，卡在了哪儿", ("林樾",))]
    assert "记者手记" in [s.heading for s in arts[0].sections]


def test_a_series_label_ending_on_its_number_is_no_line_of_the_title() -> None:
    # the label fills the column, but a series' instalment number ends it: the title is the
    # line under it alone
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    label = "基层新气象·走进一座座小城看变化②"
    dump = (f"{label}\n一座小城的春天\n本报记者  张  华\n{_wrap(body * 3, len(label))}\n"
            f"第二篇的标题在这里\n本报记者  王  强\n{_wrap(body * 3, len(label))}")
    assert _articles(dump)[0].title == "一座小城的春天"


def test_a_title_wrapped_at_its_comma_under_a_kicker_and_a_label_heads_its_article() -> None:
    # 20多年， / 种出… : the title's first clause on a short line of its own, under a kicker
    # and the column's label over text that ended: a head, its title both lines
    body = "去年以来，这座城市的商户们把诚信写进了经营的每一个环节，从进货到售后都有章可循，顾客回头率明显提高。\n"
    dump = (f"第一篇的标题在这里\n本报记者  王  强\n{_wrap(body * 3, 24)}"
            f"美丽乡村\n某某县林场植绿超百万亩，筑牢一方生态屏障\n20多年，\n种出一片新林海\n本报记者  张  华\n"
            f"{_wrap(body * 3, 24)}")
    assert _heads(dump) == [("第一篇的标题在这里", ("王强",)), ("20多年，种出一片新林海", ("张华",))]


def test_a_column_name_with_a_middle_dot_over_a_title_is_its_label_however_long() -> None:
    # 观察·城乡融合发展进行时 is a column's name (two names joined by a middle dot: no kicker
    # holds one), however long, and wrapped on its dot it is one label still; a kicker as long,
    # with no dot, stays the kicker
    body = "这座县城把公交线路延伸到每一个行政村，村民进城办事不再发愁。\n" * 3
    for label in ("观察·城乡融合发展进行时\n", "观察·\n城乡融合发展进行时\n"):
        dump = (f"{label}县城公交通到了家门口\n本报记者  李  明\n{_wrap(body, 20)}"
                f"第二篇的标题在这里\n本报记者  王  强\n{_wrap(body, 20)}")
        first = _articles(dump)[0]
        assert (first.title, first.kicker) == ("县城公交通到了家门口", None), label
    dump = (f"各地持续推进城乡融合发展进行时\n县城公交通到了家门口\n本报记者  李  明\n{_wrap(body, 20)}"
            f"第二篇的标题在这里\n本报记者  王  强\n{_wrap(body, 20)}")
    first = _articles(dump)[0]
    assert (first.title, first.kicker) == ("县城公交通到了家门口", "各地持续推进城乡融合发展进行时")


def test_a_documents_title_over_its_date_heads_the_page_and_a_wire_dateline_heads_nothing() -> None:
    # (the document's name wraps at the text's own width: only its date line under it tells;
    # the wire's closing dateline over the next head is its story's last line, no kicker)
    doc = ("某某省办公厅某某市人民政府办公室关于深入推进\n城乡社区综合服务设施建设的意见\n（二〇二四年八月三十日）\n"
           "为深入推进城乡社区综合服务设施建设，经省\n政府同意，现提出如下意见。各地要加强组织领\n导，"
           "细化工作措施，确保各项任务落到实处。\n（新华社北京6月10日电）\n")
    arts = _articles(PAGE_TOP + doc + "第二篇的标题写在这里\n本报记者  王  明\n" + BODY)
    assert [(a.kicker, a.title) for a in arts] == [
        (None, "某某省办公厅某某市人民政府办公室关于深入推进城乡社区综合服务设施建设的意见"),
        (None, "第二篇的标题写在这里")]


def test_the_rest_of_a_trailer_wrapped_over_three_lines_heads_nothing() -> None:
    # (…党建工作办干 / 部） closes the bracket its trailer opened: no title over the line after it)
    dump = (PAGE_TOP + "第一篇的标题写在这里\n本报记者  王  明\n" + BODY + "　　（作者为浙江省湖州市\n南浔区和孚镇党建工作办干\n部）\n"
            "栏目投稿邮箱：someone\n@example.\ncn\n")
    arts = _articles(dump)
    assert [(a.title, a.affiliations) for a in arts] == [("第一篇的标题写在这里", ("浙江省湖州市南浔区和孚镇党建工作办",))]
