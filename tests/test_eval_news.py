"""The real-newspaper evaluation: its metrics on tiny hand-made cases, and the figures on the
pages of ../shared/corpus/news_pdf held at their floors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from evaluation import news as nw
from evaluation.articles import (affiliations_key, assign, canon, full_title_ok, in_order,
                                 split_sentences)
from evaluation.dumps import breaks_line, chars_dump, chars_text
from zhdoc.model import Article, Paragraph, Section


# ------------------------------------------------------------------------------ metrics
@pytest.mark.parametrize("positions, expected", [
    ([[0], [5], [9]], 3),  # all in order
    ([[9], [5], [0]], 1),  # reversed: one of them
    ([[0], [], [9]], 2),  # one missing
    ([[3], [1], [2], [4]], 3),  # the first out of place: 1, 2, 4
    ([[10, 0], [5], [7]], 3),  # a repeated sentence: its earlier occurrence is the one in order
    ([[5], [5]], 1),  # the same position twice is not "in order"
    ([], 0),
])
def test_in_order_is_the_longest_increasing_chain(positions, expected) -> None:
    assert in_order(positions) == expected


def test_canon_ignores_whitespace_and_width_only() -> None:
    assert canon("叶 帆\u3000（２０１８ 年）\n") == canon("叶帆(2018年)") == "叶帆(2018年)"
    assert canon("叶帆") != canon("叶凡")


def test_sentences_keep_their_closing_quotes() -> None:
    assert split_sentences("他说：“要干。”大家干了！真的吗？是") == [
        "他说：“要干。”", "大家干了！", "真的吗？", "是"]


@pytest.mark.parametrize("weights, expected", [
    ([[5, 1], [4, 3]], [0, 1]),  # the best total, not each row's best
    ([[5, 0], [4, 0]], [0, None]),  # one column for two rows: the other stays unmatched
    ([[0, 0]], [None]),  # no shared sentence: no match
    ([[2, 2]], [0]),  # a tie goes to the first column
    ([], []),
])
def test_assign_matches_one_to_one(weights, expected) -> None:
    assert assign(weights) == expected


def _headed(title: str | None, subtitle: str | None = None, kicker: str | None = None):
    from types import SimpleNamespace
    return SimpleNamespace(title=title, subtitle=subtitle, kicker=kicker)


def test_full_title_takes_the_kicker_field_or_kicker_and_subtitle_in_either_field() -> None:
    parts = ["引题", "主题"]
    assert full_title_ok(_headed("主题", kicker="引题"), parts)
    assert full_title_ok(_headed("主题", "引题"), parts) and full_title_ok(_headed("引题 主题"), parts)
    assert not full_title_ok(_headed("主题"), parts) and not full_title_ok(_headed("主题", "引题多"), parts)
    assert not full_title_ok(_headed("主题", kicker="别的"), parts)
    assert full_title_ok(_headed("主题", "——副题", kicker="引题"), ["引题", "主题", "副题"])


def test_affiliations_compare_as_one_text() -> None:
    assert affiliations_key(["中央党校 副校长、某中心"]) == affiliations_key(["中央党校副校长", "某中心"])
    assert affiliations_key(["甲"]) != affiliations_key(["乙"])


TRUTH = """# 人民日报 page — ground truth

Source: x

---

# 引题 一  主题
副题一行
作者：张 三（甲大学 教授）；李四

第一句。第二句“引文。”

## 第一节

第三句！

---

# 第二篇
作者：王五

第四句。
"""


def test_truth_parser_reads_every_field() -> None:
    a, b = nw.parse_truth(TRUTH)
    assert (a.kicker, a.main, a.subtitle) == ("引题 一", "主题", "副题一行")
    assert a.title_parts == ["引题 一", "主题", "副题一行"]
    assert (a.authors, a.affiliations) == (("张三", "李四"), ("甲大学 教授",))
    assert a.headings == ("第一节",)
    assert a.sentences == ("第一句。", "第二句“引文。”", "第三句！")
    assert (b.kicker, b.main, b.subtitle, b.authors, b.sentences) == (
        None, "第二篇", None, ("王五",), ("第四句。",))


def test_two_headings_with_no_text_between_are_found_as_one_or_as_two() -> None:
    truth = "x\n---\n# 题\n作者：甲\n\n一句。\n\n## 改造\n\n## 保持底色  增添创意\n\n二句。\n\n## 协调\n\n三句。\n"
    (t,) = nw.parse_truth(truth)
    assert t.headings == ("改造", "保持底色  增添创意", "协调") and t.paired == (0,)
    joined = {nw.canon("改造  保持底色  增添创意"), "协调"}
    assert [t.heading_found(k, joined) for k in range(3)] == [True, True, True]
    apart = {"改造", nw.canon("保持底色  增添创意")}
    assert [t.heading_found(k, apart) for k in range(3)] == [True, True, False]
    # a heading and the one after a text are no pair
    assert not t.heading_found(2, {nw.canon("保持底色增添创意协调")})
    assert nw.canon("保持底色增添创意协调") not in t.heading_texts()


def _article(title, authors, heading, texts, affs=()) -> Article:
    paras = tuple(Paragraph(t, 0, len(t)) for t in texts)
    return Article(title, tuple(authors), tuple(affs), None,
                   (Section(None, 0, paras[:1]), Section(heading, 1, paras[1:])))


def test_a_page_read_right_scores_everything() -> None:
    truth = nw.parse_truth(TRUTH.replace("副题一行\n", ""))  # an 引题, no 副题
    out = [_article("第二篇", ["王五"], None, ["第四句。"]),  # output order differs
           _article("主题", ["张三", "李 四"], "第一节", ["第一句。第二句“引文。”", "第三句！"],
                    ["甲大学"])]
    # (the truth's 甲大学 教授 marks the position by a space: the affiliation is the institution)
    out[1] = Article("主题", ("张三", "李 四"), ("甲大学",), None, out[1].sections,
                     subtitle="引题 一")
    s = nw.score_page("p", truth, out)
    assert [a.match for a in s.articles] == [1, 0]
    assert all(a.main_title and a.full_title and a.authors and a.affiliations
               for a in s.articles)
    assert [(a.headings, a.headings_true) for a in s.articles] == [(1, 1), (0, 0)]
    assert [(a.whole, a.in_order, a.in_article) for a in s.articles] == [(3, 3, 3), (1, 1, 1)]
    assert s.misses == [] and s.n_out == 2
    out[1] = replace(out[1], affiliations=("甲大学教授",))  # the position kept: no institution
    assert not nw.score_page("p", truth, out).articles[0].affiliations


def test_a_page_read_wrong_says_what_is_wrong() -> None:
    truth = nw.parse_truth(TRUTH)
    # both articles run together, the second sentence cut by a caption, the title missing
    one = _article(None, ["张三"], "第一节", ["第一句。第二句“引", "图片说明", "文。”第四句。",
                                           "第三句！"])
    s = nw.score_page("p", truth, [one])
    a, b = s.articles
    assert (a.match, b.match) == (0, None)
    assert (a.whole, a.in_order, a.in_article) == (2, 2, 2)  # 第一句, 第三句
    assert (b.whole, b.in_order, b.in_article) == (1, 1, 0)  # in the page, not in its article
    assert not (a.main_title or a.authors or b.main_title)
    assert {m[0] for m in s.misses} == {"title", "authors", "articles"}


def test_sentences_out_of_order_count_once() -> None:
    truth = nw.parse_truth(TRUTH)
    out = [_article("主题", [], None, ["第三句！", "第一句。第二句“引文。”"])]
    a = nw.score_page("p", truth, out).articles[0]
    assert (a.whole, a.in_order) == (3, 2)


def test_figures_pool_over_pages() -> None:
    truth = nw.parse_truth(TRUTH)
    good = nw.score_page("p", truth, [_article("主题", ["张三", "李四"], "第一节",
                                                ["第一句。第二句“引文。”", "第三句！"]),
                                       _article("第二篇", ["王五"], None, ["第四句。"])])
    bad = nw.score_page("q", truth, [])
    f = nw.figures([good, bad])
    assert f["pages_right"] == 1 and f["titles"] == 0.5 and f["in_order"] == 0.5


# -------------------------------------------------------------------------------- dumps
def test_chars_dump_breaks_where_the_stream_jumps() -> None:
    c = lambda t, top, x0, size=10.0: {"text": t, "top": top, "x0": x0, "x1": x0 + size,
                                       "size": size}
    chars = [c("理", 0, 0), c("论", 0, 10), c(" ", 0, 20), c("版", 0.4, 20),  # one line
             c("肖", 50, 300), c("珺", 61, 300),  # a name set vertically: one per line
             c("正", 100, 0), c("文", 100, 50)]  # a gap of four characters: another block
    assert chars_text(chars) == "理论 版\n肖\n珺\n正\n文\n"
    assert not breaks_line(c("甲", 0, 0), c("乙", 0, 12))  # a justified gap is no break


# ------------------------------------------------------------------------------- corpus
@pytest.fixture(scope="session")
def news_runs(corpus_dir: Path) -> list[nw.PageRun]:
    """Every page read every way, once per session (about 40 s)."""
    runs = nw.run_pages(corpus_dir)
    if not runs:
        pytest.skip("news_pdf/ is absent")
    return runs


@pytest.mark.corpus
def test_every_true_sentence_is_in_the_pages_character_stream(corpus_dir: Path) -> None:
    pdfs = nw.pages(corpus_dir)
    if not pdfs:
        pytest.skip("news_pdf/ is absent")
    for pdf in pdfs:
        flat = canon(chars_dump(pdf.read_bytes()))
        truth = nw.parse_truth(pdf.with_suffix(".truth.md").read_text(encoding="utf-8"))
        assert 3 <= len(truth) <= 5
        missing = [s for t in truth for s in t.sentences if canon(s) not in flat]
        assert missing == [], pdf.name


@pytest.mark.corpus
@pytest.mark.parametrize("reader, measure",
                         [(r, m) for r, ms in nw.FLOORS.items() for m in ms])
def test_figure_holds_its_floor(news_runs, reader: str, measure: str) -> None:
    got = nw.figures([r.scores[reader] for r in news_runs])[measure]
    assert got >= nw.FLOORS[reader][measure] - 1e-9, (
        f"{nw.READERS[reader]} {measure}: {got:.4f} fell below its floor "
        f"{nw.FLOORS[reader][measure]}")


@pytest.mark.corpus
def test_tables_carry_the_targets(news_runs) -> None:
    pooled = nw.pooled_table(news_runs)
    assert len(pooled.checks) == 6 * len(nw.READERS)
    assert len(nw.page_table(news_runs).rows) == len(news_runs) * (len(nw.READERS) + len(nw.BASELINES))
    assert nw.misses_table(news_runs).columns[0] == "reader"


def test_raw_dumps_are_reported_as_not_measured_without_poppler(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(nw.shutil, "which", lambda name: None)
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    table = nw.raw_dump_table([pdf])
    assert table.rows == () and "not installed" in table.notes[0] and not table.checks
