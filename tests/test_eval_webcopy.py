"""The website-copy evaluation: composing dumps and scoring them on tiny hand-made cases, and
the figures on ../shared/corpus/rmrb held at their floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import webcopy as wc
from evaluation import webtruth as wt
from evaluation.articles import canon
from zhdoc.model import Article, Paragraph, Section

ITEM = {
    "title": "题目（专栏）",
    "author": "常  钦  李晓晴",
    "markdown_body": (
        "### 引题在上\n\n# 题目（专栏）\n> 系列：某系列①\n\n## ——副题在下\n\n"
        "> 本报记者  常  钦  李晓晴《人民日报》（2025年04月11日第 18 版）\n\n"
        "图为一处工地。\n\n新华社记者  王  某摄\n\n"
        "第一段说了一件事情。\n\n**一、小标题**\n\n第二段又说了另一件事情，比较长一些。"),
}


def test_an_article_is_parsed_into_its_truth() -> None:
    a = wt.parse_article(ITEM)
    assert (a.kicker, a.title, a.subtitle, a.series) == ("引题在上", "题目（专栏）", "——副题在下",
                                                         "系列：某系列①")
    assert a.authors == ("常钦", "李晓晴")
    assert a.headings == ["一、小标题"]
    assert [k for k, _ in a.body] == ["picture", "picture", "paragraph", "heading", "paragraph"]


@pytest.mark.parametrize("author, names", [
    ("吴  丹", ("吴丹",)),
    ("袁  泉  琼达卓嘎", ("袁泉", "琼达卓嘎")),
    ("朱思雄  李茂颖", ("朱思雄", "李茂颖")),
    ("", ()),
])
def test_author_fields_pair_single_characters(author, names) -> None:
    assert wt.parse_authors(author) == names


def test_wrapping_keeps_punctuation_and_words_whole() -> None:
    lines = wc.wrap("一二三四。五六七八，AB12CD九十", 4)
    assert "".join(lines) == "一二三四。五六七八，AB12CD九十"
    assert lines == ["一二三四。", "五六七八，", "AB12CD", "九十"]


def _layout(**kw) -> wc.Layout:
    base = dict(width=8, blank_lines=False, indent=False, header_wrapped=False, byline_split=True)
    return wc.Layout(**{**base, **kw})


def test_composed_dump_records_where_its_truth_is() -> None:
    a = wt.parse_article(ITEM)
    d = wc.compose("t", [a, a], _layout(indent=True))
    flat = canon(d.text)
    assert "本报记者常钦李晓晴\n" in d.text.replace(" ", "")  # names and date note split
    starts = sorted(d.starts[0])
    assert [flat[s:s + 3] for s in starts] == ["第一段", "第二段"]
    assert all(flat[b:e] for b, e in d.ignored)  # the series label and both picture lines
    assert len(d.ignored) == 2 * 3 and d.spans[0][1] == d.spans[1][0]
    assert not d.unseen  # indented: every start shows


def test_starts_without_any_mark_are_counted_as_unseen() -> None:
    body = {"title": "题", "author": "", "markdown_body":
            "# 题\n\n> 《人民日报》（2025年04月11日第 01 版）\n\n一二三四五六七。\n\n九十。"}
    d = wc.compose("t", [wt.parse_article(body)], _layout())
    assert len(d.unseen) == 1  # 九十。 follows a full line: nothing shows it starts a paragraph


def test_a_paragraph_that_ends_no_sentence_expects_no_start() -> None:
    # the website printed a heading without bold (依托绿水青山): a reader that reads it as a
    # heading misses no start, one that reads it as a paragraph makes no false one
    body = {"title": "题", "author": "", "markdown_body":
            "# 题\n\n> 《人民日报》（2025年04月11日第 01 版）\n\n第一段说了一件事情。\n\n依托绿水青山\n\n"
            "第二段又说了另一件事情。"}
    d = wc.compose("t", [wt.parse_article(body)], _layout())
    assert len(d.starts[0]) == 2
    for heading in ("依托绿水青山", None):
        texts = ["第一段说了一件事情。", "第二段又说了另一件事情。"] if heading else [
            "第一段说了一件事情。", "依托绿水青山", "第二段又说了另一件事情。"]
        ps = tuple(Paragraph(t, 0, len(t)) for t in texts)
        out = [Article("题", (), (), None, (Section(None, 0, ps[:1]), Section(heading, 1, ps[1:])))]
        assert wc.figures([wc.score_dump(d, out)])["f1"] == 1.0


def _out(title, authors, heading, texts, subtitle=None) -> Article:
    ps = tuple(Paragraph(t, 0, len(t)) for t in texts)
    return Article(title, tuple(authors), (), None,
                   (Section(None, 0, ps[:1]), Section(heading, 1, ps[1:])), subtitle=subtitle)


def test_a_dump_read_right_scores_everything() -> None:
    a = wt.parse_article(ITEM)
    d = wc.compose("t", [a], _layout())
    out = [_out("题目（专栏）", ["常钦", "李 晓晴"], "一、小标题",
                ["第一段说了一件事情。", "第二段又说了另一件事情，比较长一些。"], "——副题在下")]
    s = wc.score_dump(d, out)
    assert (s.titles, s.authors, s.headings) == ([True], [True], [(1, 1, 1)])
    assert s.got_starts == s.want_starts and len(s.want_starts) == 2
    assert s.misses == []
    assert wc.figures([s])["f1"] == 1.0


def test_a_credit_taken_for_an_author_and_a_glued_title_are_errors() -> None:
    a = wt.parse_article(ITEM)
    d = wc.compose("t", [a], _layout())
    out = [_out(None, ["王某"], None, ["题目（专栏）第一段说了一件事情。",
                                     "一、小标题第二段又说了另一件事情，比较长一些。"])]
    s = wc.score_dump(d, out)
    assert (s.titles, s.authors, s.headings) == ([False], [False], [(0, 1, 0)])
    assert len(s.got_starts & s.want_starts) == 0  # both starts are off
    assert {m[0] for m in s.misses} == {"title", "authors", "headings"}


def test_a_start_inside_a_picture_caption_is_ignored() -> None:
    a = wt.parse_article(ITEM)
    d = wc.compose("t", [a], _layout())
    out = [_out("题目（专栏）", ["常钦", "李晓晴"], "一、小标题",
                ["图为一处工地。", "第一段说了一件事情。", "第二段又说了另一件事情，比较长一些。"])]
    s = wc.score_dump(d, out)
    assert s.got_starts == s.want_starts


def test_articles_are_matched_by_their_text_not_their_order() -> None:
    one = wt.parse_article(ITEM)
    two = wt.parse_article({"title": "乙", "author": "王五", "markdown_body":
                            "# 乙\n\n> 王五《人民日报》（2025年04月11日第 18 版）\n\n乙文的一段话。"})
    d = wc.compose("t", [one, two], _layout())
    out = [_out("乙", ["王五"], None, ["乙文的一段话。"]),
           _out("题目（专栏）", ["常钦", "李晓晴"], "一、小标题",
                ["第一段说了一件事情。", "第二段又说了另一件事情，比较长一些。"])]
    s = wc.score_dump(d, out)
    assert s.titles == [True, True] and s.authors == [True, True] and s.n_out == 2


def test_layouts_are_drawn_the_same_every_time() -> None:
    assert wc.Layout.draw("20250409-09理论#1") == wc.Layout.draw("20250409-09理论#1")
    widths = {wc.Layout.draw(f"p#{k}").width for k in range(200)}
    assert min(widths) == wc.WIDTHS[0] and max(widths) == wc.WIDTHS[1]


def test_a_reporter_credited_in_the_text_of_an_authorless_article_is_flagged() -> None:
    brief = wt.parse_article({"title": "甲", "author": "", "markdown_body":
                              "# 甲\n\n> 《人民日报》（2025年04月09日第 04 版）\n\n"
                              "一则简讯。\n\n又讯（记者耿磊）近日……"})
    assert wc.ambiguous_authors([brief, wt.parse_article(ITEM)]) == ["甲"]


def test_a_reporter_credited_by_the_dateline_or_a_closing_credit_is_the_author() -> None:
    def art(text):
        return wt.parse_article({"title": "甲", "author": "", "markdown_body":
                                 "# 甲\n\n> 《人民日报》（2025年04月09日第 04 版）\n\n" + text})
    assert art("本报北京4月8日电  （记者耿磊）近日……").authors == ("耿磊",)
    assert art("正文。\n\n（本报记者赵政、刘佳华）").authors == ("赵政", "刘佳华")
    assert art("正文说到（记者耿磊）。\n\n结尾。").authors == ()


def test_bold_lines_that_follow_each_other_are_one_heading() -> None:
    a = wt.parse_article({"title": "甲", "author": "", "markdown_body":
                          "# 甲\n\n一段。\n\n**一个子弹盒**\n\n**记录烽火岁月**\n\n二段。\n\n"
                          "**一沓老照片**\n\n三段。"})
    assert [canon(h) for h in a.headings] == ["一个子弹盒记录烽火岁月", "一沓老照片"]


def test_two_bold_lines_read_as_two_headings_are_found_but_not_whole() -> None:
    a = wt.parse_article({"title": "甲", "author": "", "markdown_body":
                          "# 甲\n\n一段说了一件事情。\n\n**二、着力点**\n\n**（一）推动产业**\n\n"
                          "二段又说了另一件事情。"})
    d = wc.compose("t", [a], _layout())
    texts = ["一段说了一件事情。", "二段又说了另一件事情。"]
    ps = tuple(Paragraph(t, 0, len(t)) for t in texts)

    def out(*heads):
        secs = (Section(None, 0, ps[:1]), *(Section(h, 1, ()) for h in heads[:-1]),
                Section(heads[-1], 1, ps[1:]))
        return [Article("甲", (), (), None, secs)]
    assert wc.score_dump(d, out("二、着力点", "（一）推动产业")).headings == [(1, 1, 0)]
    assert wc.score_dump(d, out("二、着力点（一）推动产业")).headings == [(1, 1, 1)]
    assert wc.score_dump(d, out("二、着力点")).headings == [(0, 1, 0)]


def test_a_composite_item_is_cut_into_its_signed_pieces() -> None:
    item = {"title": "纵横", "author": "", "markdown_body":
            "# 纵横\n\n> 《人民日报》（2025年04月09日第 05 版）\n\n农业不妨多些“营养导向”\n\n"
            "袁  媛\n\n第一篇的正文。\n\n（摘编自《新华日报》）\n\n为绿色发展装上引擎\n\n虎  权\n\n"
            "第二篇的正文。"}
    one, two = wt.pieces(wt.parse_article(item))
    assert (one.title, one.authors, one.kicker, one.label) == (
        "农业不妨多些“营养导向”", ("袁媛",), None, "纵横\n《人民日报》（2025年04月09日第 05 版）")
    assert (two.title, two.authors, two.kicker) == ("为绿色发展装上引擎", ("虎权",), None)
    lead = {"title": "包", "author": "", "markdown_body":
            "# 包\n\n> 《人民日报》（2025年04月06日第 05 版）\n\n编者的话说了一件事。\n\n"
            "纪念馆播撒红色种子——\n\n助老区精神根深叶茂\n\n本报记者  王  丹\n\n正文。"}
    head, piece = wt.pieces(wt.parse_article(lead))
    assert (head.title, head.authors, len(head.body)) == ("包", (), 1)
    assert (piece.kicker, piece.title, piece.authors) == (
        "纪念馆播撒红色种子——", "助老区精神根深叶茂", ("王丹",))
    d = wc.compose("t", [head, piece], _layout(width=26))
    assert "助老区精神根深叶茂\n本报记者  王  丹\n" in d.text
    assert wt.pieces(wt.parse_article(ITEM)) == [wt.parse_article(ITEM)]  # no piece: whole


def test_without_the_corpus_the_sections_say_so() -> None:
    from evaluation import news

    for run in (wc.run, news.run):
        table = run(None)[0]
        assert "absent" in table.notes[0] and not table.checks


# ------------------------------------------------------------------------------- corpus
@pytest.fixture(scope="session")
def webcopy_parts(corpus_dir: Path) -> dict[str, list[wc.DumpScore]]:
    parts = {k: wc.score_part(corpus_dir, days) for k, (_, days) in wc.PARTS.items()}
    if not all(parts.values()):
        pytest.skip("rmrb/ is absent")
    return parts


@pytest.mark.corpus
def test_the_days_split_into_two_parts_of_whole_pages(corpus_dir: Path) -> None:
    dev = wc.load_pages(corpus_dir, wc.DEV_DAYS)
    held = wc.load_pages(corpus_dir, wc.HELDOUT_DAYS)
    if not dev or not held:
        pytest.skip("rmrb/ is absent")
    assert not {p for p, _ in dev} & {p for p, _ in held}
    heads = [a for _, arts in dev + held for a in arts if not a.inline]
    assert len(heads) + sum(1 for _, arts in dev + held for a in arts if a.label) == 101


@pytest.mark.corpus
@pytest.mark.parametrize("part, measure", [(p, m) for p, ms in wc.FLOORS.items() for m in ms])
def test_figure_holds_its_floor(webcopy_parts, part: str, measure: str) -> None:
    got = wc.figures(webcopy_parts[part])[measure]
    assert got >= wc.FLOORS[part][measure] - 1e-9, (
        f"{wc.PARTS[part][0]} {measure}: {got:.4f} fell below its floor {wc.FLOORS[part][measure]}")


@pytest.fixture(scope="session")
def webcopy_more_layouts(corpus_dir: Path) -> dict[str, list[wc.DumpScore]]:
    parts = {k: wc.score_part(corpus_dir, days, wc.MORE_LAYOUTS) for k, (_, days) in wc.PARTS.items()}
    if not all(parts.values()):
        pytest.skip("rmrb/ is absent")
    return parts


@pytest.mark.corpus
@pytest.mark.parametrize("part, measure", [(p, m) for p, ms in wc.MORE_FLOORS.items() for m in ms])
def test_figure_in_more_layouts_holds_its_floor(webcopy_more_layouts, part: str, measure: str) -> None:
    got = wc.figures(webcopy_more_layouts[part])[measure]
    assert got >= wc.MORE_FLOORS[part][measure] - 1e-9, (
        f"{wc.PARTS[part][0]}, more layouts, {measure}: {got:.4f} fell below its floor "
        f"{wc.MORE_FLOORS[part][measure]}")
