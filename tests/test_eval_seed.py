"""The seed evaluation: the hand-made golden file and the field-by-field scoring."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from evaluation import seed as sd
from zhdoc.model import Article, Block, Paragraph, Section, Structure

GOLDEN = sd.load_golden()


def _nonws(s: str) -> str:
    return "".join(s.split())


def test_golden_says_what_the_issue_says() -> None:
    a1, a2 = GOLDEN["articles"]
    assert (a1["title"], a1["authors"], a1["affiliations"]) == (None, [], ["兰州财经大学金融学院"])
    assert a2["title"] == "我国制造业高质量发展的基本思路与举措"
    assert (a2["authors"], a2["affiliations"]) == (["吕铁", "刘丹"], ["中国社会科学院工业经济研究所"])
    assert [s["heading"] for s in a1["sections"]] == [
        "共建“一带一路”需强化金融支持", "正确处理四方面关系", "找准支持“一带一路”建设的着力点"]
    assert [s["heading"] for s in a2["sections"]] == [
        "清醒认识我国制造业发展的短板与严峻考验", "牢牢抓住新时代赋予的难得机遇",
        "厘清制造业高质量发展的基本思路", "加快实施六大举措"]
    assert [s["heading_lines"] for s in a2["sections"]] == [[394, 394], [459, 459], [531, 531],
                                                           [533, 533]]
    assert all(s["printed_after_section"] for s in a2["sections"])
    assert (a1["abstract"]["lines"], a2["abstract"]["lines"]) == ([1, 15], [318, 326])
    assert a2["sections"][-1]["paragraphs"][0]["lines"] == [246, 246]
    assert GOLDEN["six_shi_paragraphs"] == [p["lines"] for p in a2["sections"][-1]["paragraphs"][1:]]


def _paragraph_ranges() -> list[list[int]]:
    return [p["lines"] for a in GOLDEN["articles"] for s in a["sections"] for p in s["paragraphs"]]


@pytest.mark.parametrize("upper, lower", [  # column breaks mid-sentence stay inside a paragraph
    (119, 121), (133, 135), (141, 143), (194, 196), (247, 249), (271, 273), (277, 279),
    (366, 368), (419, 421), (438, 440), (475, 477), (480, 482), (502, 504), (346, 348),
])
def test_column_breaks_are_inside_paragraphs(upper: int, lower: int) -> None:
    assert any(a <= upper and lower <= b for a, b in _paragraph_ranges())


@pytest.mark.corpus
def test_golden_matches_the_seed_line_by_line(seed_text: str) -> None:
    lines = seed_text.split("\n")

    def flat(r: list[int]) -> str:
        return _nonws("".join(lines[r[0] - 1:r[1]]))

    covered: list[int] = []
    for a in GOLDEN["articles"]:
        for key in ("title_lines", "byline_lines", "affiliation_lines"):
            if a[key]:
                covered += range(a[key][0], a[key][1] + 1)
        if a["title"]:
            assert flat(a["title_lines"]) == a["title"]
        for aff, r in zip(a["affiliations"], [a["affiliation_lines"]]):
            assert aff in flat(r)
        assert "".join(a["authors"]) in flat(a["byline_lines"] or [1, 0]) or not a["authors"]
        for p in [a["abstract"]] + [p for s in a["sections"] for p in s["paragraphs"]]:
            assert (flat(p["lines"])[:12], len(flat(p["lines"]))) == (p["head"], p["chars"]), p
            covered += range(p["lines"][0], p["lines"][1] + 1)
        for s in a["sections"]:
            assert flat(s["heading_lines"]).lstrip("▎") == s["heading"]
            covered += range(s["heading_lines"][0], s["heading_lines"][1] + 1)
    nonblank = [i + 1 for i, line in enumerate(lines) if line.strip()]
    assert sorted(i for i in covered if lines[i - 1].strip()) == nonblank  # each line once


@pytest.mark.corpus
def test_golden_structure_scores_perfectly(seed_text: str) -> None:
    rows, checks = sd.score_structure(sd.structure_from_golden(GOLDEN, seed_text), seed_text,
                                      GOLDEN)
    assert [r for r in rows if not r[3]] == []
    assert len(checks) == 7 and all(ok for _, ok in checks)


def _swap_headings(s: Structure) -> Structure:
    a = s.articles[0]
    h = [sec.heading for sec in a.sections]
    secs = tuple(replace(sec, heading=h[(i + 1) % len(h)]) for i, sec in enumerate(a.sections))
    return replace(s, articles=(replace(a, sections=secs), *s.articles[1:]))


def _merge_first_paragraphs(s: Structure) -> Structure:
    a = s.articles[0]
    sec = a.sections[0]
    p, q = sec.paragraphs[:2]
    merged = Paragraph(p.text + q.text, p.start, q.end)
    secs = (replace(sec, paragraphs=(merged, *sec.paragraphs[2:])), *a.sections[1:])
    return replace(s, articles=(replace(a, sections=secs), *s.articles[1:]))


def _six_into_article_1(s: Structure) -> Structure:
    a1, a2 = s.articles
    last = a2.sections[-1]
    return replace(s, articles=(replace(a1, sections=(*a1.sections, last)),
                                replace(a2, sections=a2.sections[:-1])))


def _cut_heading(s: Structure) -> Structure:  # a wrapped heading only half joined
    a1 = s.articles[0]
    secs = (*a1.sections[:2], replace(a1.sections[2], heading="找准支持“一"))
    return replace(s, articles=(replace(a1, sections=secs), s.articles[1]))


@pytest.mark.corpus
@pytest.mark.parametrize("perturb, failing", [
    (lambda s: replace(s, articles=(*s.articles, Article(None, (), (), None, ()))),
     {"2 articles"}),
    (lambda s: replace(s, articles=(s.articles[0], replace(s.articles[1], title="我国制造业"))),
     {"article 2 titled 我国制造业高质量发展的基本思路与举措"}),
    (lambda s: replace(s, articles=(s.articles[0], replace(s.articles[1], authors=("吕 铁 刘 丹",)))),
     {"article 2 authors 吕铁, 刘丹"}),
    (lambda s: replace(s, articles=(replace(s.articles[0], affiliations=()), s.articles[1])),
     {"every affiliation on the right article"}),
    (_swap_headings, {"each heading attached to the section it titles"}),
    (_cut_heading, {"all 7 section headings found, each whole",
                    "each heading attached to the section it titles"}),
    (_six_into_article_1, {"the 6 …是 paragraphs that open the file inside article 2",
                           "each heading attached to the section it titles"}),
    (_merge_first_paragraphs, set()),  # a paragraph error fails a row, not a seed target
])
def test_scoring_catches_each_error(seed_text: str, perturb, failing: set[str]) -> None:
    structure = perturb(sd.structure_from_golden(GOLDEN, seed_text))
    rows, checks = sd.score_structure(structure, seed_text, GOLDEN)
    assert {desc for desc, ok in checks if not ok} == failing
    assert any(not ok for *_, ok in rows)


@pytest.mark.corpus
def test_paragraph_boundary_score(seed_text: str) -> None:
    structure = _merge_first_paragraphs(sd.structure_from_golden(GOLDEN, seed_text))
    rows, _ = sd.score_structure(structure, seed_text, GOLDEN)
    row = next(r for r in rows if r[0].startswith("article 1 paragraphs"))
    # 16 paragraphs in 3 sections (5+5+6): 19 cuts expected, the merge loses one; 14 exact
    assert re.match(r"P 1\.000 R 0\.947 F1 0\.973; 14/16 exact of 15", row[2]), row


def test_small_case_whitespace_and_offsets_do_not_matter() -> None:
    golden = {"six_shi_paragraphs": [], "articles": [{
        "title": "题目", "authors": ["甲乙"], "affiliations": [], "abstract": None,
        "sections": [{"heading": "一节", "level": 1,
                      "paragraphs": [{"lines": [4, 4]}, {"lines": [5, 7]}]}]}]}
    text = "题目\n□ 甲 乙\n▎一节\n首段。\n次段\n\n完。\n"
    # spaces inside, bad offsets: located by text search
    got = Structure((Article("题 目", ("甲乙",), (), None, (
        Section("▎一节", 1, (Paragraph("首段。", 0, 0), Paragraph("次 段完。", 99, 100))),)),))
    rows, checks = sd.score_structure(got, text, golden)
    assert all(ok for *_, ok in rows) and all(ok for _, ok in checks)
    bad = Structure((Article("题目", ("甲乙",), (), None, (
        Section("一节", 1, (Paragraph("首段。次段", 0, 0), Paragraph("完。", 0, 0))),)),))
    rows, _ = sd.score_structure(bad, text, golden)
    assert [r[0] for r in rows if not r[3]] == ["article 1 paragraphs (boundary P/R/F1, exact)"]


@pytest.mark.parametrize("corpus", [None, Path("/nonexistent/corpus")])
def test_run_skips_cleanly_without_the_seed(corpus: Path | None) -> None:
    (table,) = sd.run(corpus)
    assert table.rows == () and table.checks == ()
    assert table.notes and "absent" in table.notes[0]


def _blocks_from(ranges: list[list[int]], text: str) -> list[Block]:
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return [Block(text[starts[a - 1]:starts[b] - 1], starts[a - 1], starts[b] - 1)
            for a, b in ranges]


@pytest.mark.corpus
def test_units_cover_the_seed_and_blocks_score(seed_text: str) -> None:
    ranges = sd.units(GOLDEN)
    assert len(ranges) == 57 and ranges[0] == [1, 15] and ranges[-1] == [533, 533]
    rows = sd.score_blocks(_blocks_from(ranges, seed_text), seed_text, GOLDEN)
    assert [r[3] for r in rows] == [True] and "57/57 exact of 57" in rows[0][2]
    merged = [r for r in ranges if r not in ([58, 74], [76, 86])] + [[58, 86]]
    rows = sd.score_blocks(_blocks_from(sorted(merged), seed_text), seed_text, GOLDEN)
    assert rows[0][2].startswith("P 1.000 R 0.983 F1 0.991; 55/57 exact of 56")
    assert rows[1][2] == "58–74, 76–86"
