"""The held-out evaluation: its hand-written golden files, and the scorer on tiny cases."""

from __future__ import annotations

import pytest

from evaluation import heldout as ho
from zhdoc.model import Article, Paragraph, Section, Structure

FILES = ho.load()
NAMES = [name for name, _, _ in FILES]
FRESH = ho.load(ho.FRESH_DIR)
KEYS = {"title", "subtitle", "authors", "affiliations", "abstract", "sections"}


def _nonws(s: str) -> str:
    return "".join(s.split())


def test_there_are_eight_to_ten_dumps_each_with_its_golden_file() -> None:
    assert 8 <= len(FILES) <= 10
    assert sorted(p.stem for p in ho.GOLDEN_DIR.glob("*.txt")) == sorted(NAMES)


@pytest.mark.parametrize("name, text, golden", FILES, ids=NAMES)
def test_first_batch_dumps_have_40_to_150_lines(name: str, text: str, golden: dict) -> None:
    assert 40 <= text.count("\n") <= 150


@pytest.mark.parametrize("name, text, golden", FILES + FRESH, ids=NAMES + [n for n, _, _ in FRESH])
def test_golden_file_is_well_formed(name: str, text: str, golden: dict) -> None:
    assert golden["articles"]
    flat = _nonws(text)
    for a in golden["articles"]:
        assert set(a) == KEYS
        assert a["title"] is None or _nonws(a["title"]) in flat
        for name_ in a["authors"]:
            assert name_ and " " not in name_
        assert a["abstract"] is None or _nonws(a["abstract"]) in flat
        assert a["sections"] and all(set(s) == {"heading", "paragraphs"} for s in a["sections"])
        assert all(s["heading"] for s in a["sections"][1:])
        for s in a["sections"]:
            assert s["heading"] is None or _nonws(s["heading"]) in flat
            assert all(len(_nonws(p)) >= 4 for p in s["paragraphs"])
    starts = ho.expected_starts(golden, text)  # every paragraph found, in reading order
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


TEXT = "题目\n□ 甲\n一、节\n首段。\n次段。\n"
GOLD = {"articles": [{"title": "题目", "authors": ["甲"], "affiliations": [], "abstract": None,
                      "sections": [{"heading": "一、节", "paragraphs": ["首段", "次段"]}]}]}


def _structure(paras: list[tuple[int, int]], title: str | None = "题目",
               headings: tuple[str, ...] = ("一、节",)) -> Structure:
    ps = tuple(Paragraph(TEXT[s:e], s, e) for s, e in paras)
    sections = tuple(Section(h, 1, ps if i == len(headings) - 1 else ()) for i, h in enumerate(headings))
    return Structure(articles=(Article(title, ("甲",), (), None, sections),))


@pytest.mark.parametrize("paras, title, headings, f1, bad", [
    ([(11, 14), (15, 18)], "题目", ("一、节",), 1.0, set()),  # all right
    ([(11, 18)], "题目", ("一、节",), 0.667, {"article 1 paragraphs per section"}),  # merged
    ([(11, 14), (15, 18)], None, ("一、节",), 1.0, {"article 1 title"}),  # title missing
    ([(11, 14), (15, 18)], "题目", ("节",), 1.0, {"article 1 headings"}),  # heading cut
    ([(7, 14), (15, 18)], "题目", ("一、节",), 0.5, set()),  # heading glued on: starts only
])
def test_score_file_finds_what_is_wrong(paras, title, headings, f1, bad) -> None:
    s = ho.score_file("t", GOLD, _structure(paras, title, headings), TEXT)
    assert ho.prf(*s.starts)[2] == f1
    wrong = {field for _, field, _, _, ok in s.rows if not ok and not field.startswith("paragraph starts")}
    assert wrong == bad


def test_articles_are_matched_by_their_paragraphs_not_their_order() -> None:
    text = "甲文\n本报北京电甲段落。\n乙文\n本报上海电乙段落。\n"
    gold = {"articles": [
        {"title": "甲文", "authors": [], "affiliations": [], "abstract": None,
         "sections": [{"heading": None, "paragraphs": ["本报北京电"]}]},
        {"title": "乙文", "authors": [], "affiliations": [], "abstract": None,
         "sections": [{"heading": None, "paragraphs": ["本报上海电"]}]}]}
    a = Article("甲文", (), (), None, (Section(None, 0, (Paragraph("本报北京电甲段落。", 3, 12),)),))
    b = Article("乙文", (), (), None, (Section(None, 0, (Paragraph("本报上海电乙段落。", 16, 25),)),))
    s = ho.score_file("t", gold, Structure(articles=(b, a)), text)
    assert all(ok for *_, ok in s.rows)


def test_summary_checks_the_targets() -> None:
    good = ho.score_file("t", GOLD, _structure([(11, 14), (15, 18)]), TEXT)
    bad = ho.score_file("t", GOLD, _structure([(11, 18)], None), TEXT)
    assert ho.summarize([good])[1].all_met
    checks = dict(ho.summarize([bad])[1].checks)
    assert [ok for desc, ok in checks.items() if "title" in desc] == [False]
    assert not checks[f"held-out paragraph-start F1 ≥ {ho.F1_TARGET} overall"]


def test_a_golden_file_that_does_not_fit_its_dump_is_an_error() -> None:
    with pytest.raises(ValueError, match="不在"):
        ho.expected_starts({"articles": [{"sections": [{"heading": None, "paragraphs": ["不在文中"]}]}]},
                           TEXT)
