"""The typeset fixtures (tests/fixtures/typeset/<typesetter>/): their truth is well formed and
agrees with their PDFs, and ``read_pdf`` holds the floors of ``evaluation.typeset.FLOORS``.

The figures are measured once per session (``evaluation.typeset.measure_all`` is cached).
"""

from __future__ import annotations

import pytest

from evaluation import typeset
from evaluation.metrics import (cer_squeezed, first_differences, furniture_leaks,
                                paragraph_f1_squeezed, squeeze)
from typesetters.source import ROLES, Para
from typesetters.truth import (FURNITURE_KINDS, Furniture, Truth, mismatch, pdf_char_counts,
                               pdf_chars)

ALL = [p for t in typeset.TYPESETTERS for p in typeset.fixtures(t)]


def test_three_typesetters_with_eight_or_more_documents_each() -> None:
    for t in typeset.TYPESETTERS:
        assert len(typeset.fixtures(t)) >= 8, t
    assert (typeset.FIXTURES / typeset.BOOK[0] / f"{typeset.BOOK[1]}.pdf").is_file()


@pytest.mark.parametrize("pdf", ALL, ids=lambda p: p.stem)
def test_truth_is_well_formed(pdf) -> None:
    truth = Truth.load(pdf.with_suffix(".truth.json"))
    assert truth.name == pdf.stem and truth.typesetter == pdf.parent.name
    assert 1 <= truth.pages <= 4
    assert truth.source.startswith("t_gwr_national_")
    assert all(p.role in ROLES for p in truth.paragraphs)
    assert all(squeeze(p.text) for p in truth.prose())
    assert all(len({len(r) for r in p.rows}) == 1 for p in truth.paragraphs if p.role == "table")
    assert sum(p.role == "body" for p in truth.paragraphs) >= 2
    assert all(1 <= f.page <= truth.pages and f.kind in FURNITURE_KINDS and squeeze(f.text)
               for f in truth.furniture)
    assert {f.page for f in truth.furniture if f.kind == "header"} == set(
        range(1, truth.pages + 1)), "every fixture has a running header on every page"
    assert Truth.from_json(truth.to_json()) == truth


@pytest.mark.parametrize("pdf", ALL, ids=lambda p: p.stem)
def test_truth_matches_the_pdf(pdf) -> None:
    """Every character the PDF sets is in the truth (paragraphs, table cells, furniture) and
    every truth character is set, counted with multiplicity; and each paragraph's characters
    occur in that order in the PDF's character stream."""
    data = pdf.read_bytes()
    truth = Truth.load(pdf.with_suffix(".truth.json"))
    chars = pdf_chars(data)
    assert mismatch(truth, data, chars) == []
    stream = chars[1]
    for text in truth.texts():
        it = iter(stream)
        assert all(ch in it for ch in squeeze(text)), f"not in stream order: {text[:30]}"


def test_the_fixtures_vary_what_pages_vary() -> None:
    truths = [Truth.load(p.with_suffix(".truth.json")) for p in ALL]
    assert {t.style["columns"] for t in truths} == {1, 2, 3, 4}
    assert {t.style["paragraphs"] for t in truths} == {"first-line indent 2 em",
                                                       "no indent, space between"}
    assert {t.style["align"] for t in truths} == {"justified", "ragged right"}
    assert min(t.style["body_pt"] for t in truths) <= 9 <= 12 <= max(
        t.style["body_pt"] for t in truths)
    roles = {p.role for t in truths for p in t.paragraphs}
    assert {"title", "heading", "body", "quote", "caption", "table"} <= roles
    assert {p.level for t in truths for p in t.paragraphs if p.role == "heading"} == {1, 2}
    feats = " ".join(f for t in truths for f in t.features)
    for feature in ("crosses a column", "crosses a page", "last line alone at the top"):
        assert feature in feats
    assert any(t.pages == 1 for t in truths)
    for typesetter in typeset.TYPESETTERS:
        own = [t for t in truths if t.typesetter == typesetter]
        assert any("last line alone at the top of a column" in " ".join(t.features) for t in own)


@pytest.mark.parametrize("typesetter", typeset.TYPESETTERS)
def test_reader_holds_the_floors(typesetter: str) -> None:
    s = typeset.summary(typeset.measure_all(typesetter))
    floor = typeset.FLOORS[typesetter]
    got = {k: round(v, 4) for k, v in s.items()}
    assert s["max_cer"] <= floor["max_cer"] + 1e-9, got
    assert s["min_f1"] >= floor["min_f1"] - 1e-9, got
    assert s["mean_f1"] >= floor["mean_f1"] - 1e-9, got
    assert s["leaks"] <= floor["leaks"], got
    assert s["headings"] >= floor["headings"], got


def test_the_section_prints_a_table_per_typesetter_with_the_targets() -> None:
    tables = typeset.run(None)
    assert [t.title.split(" on ")[1].split()[0] for t in tables] == list(typeset.TYPESETTERS)
    for t in tables:
        descs = " ".join(d for d, _ in t.all_checks)
        assert "CER <= 0.005" in descs and "PyMuPDF" in descs and "F1 >= 0.97" in descs
        assert "no header, footer or page number" in descs
        assert [d for d, _ in t.timed_checks if "1.5×" in d], "the speed target is printed"
        assert any(n.startswith("First measurement") for n in t.notes)
    assert any("two-column book" in d for t in tables for d, _ in t.checks)


# ------------------------------------------------------------------------------- the metrics
@pytest.mark.parametrize("got,truth,want", [
    ("中国经济增长", "中国经济增长", 0.0),
    ("中国 经济\n增长", "中国经济增长", 0.0),  # whitespace is not text
    ("中国经纪增长", "中国经济增长", 1 / 6),
    ("", "中国经济", 1.0),
    ("增长6.7%", "增长 6.7 %", 0.0),
])
def test_cer_squeezed(got: str, truth: str, want: float) -> None:
    assert cer_squeezed(got, truth) == pytest.approx(want)


@pytest.mark.parametrize("got,truth,want", [
    (["甲。", "乙。"], ["甲。", "乙。"], 1.0),
    (["甲。乙。"], ["甲。", "乙。"], 0.0),  # run together: both missed
    (["甲。", "乙", "。"], ["甲。", "乙。"], 0.4),  # split: 1 of 3 right, 1 of 2 found
    (["甲 。", "乙。", ""], ["甲。", "乙。"], 1.0),  # spaces and empty output ignored
    (["甲。", "甲。"], ["甲。"], 2 / 3),  # a multiset: a duplicate is a false positive
])
def test_paragraph_f1_squeezed(got: list[str], truth: list[str], want: float) -> None:
    assert paragraph_f1_squeezed(got, truth) == pytest.approx(want)


@pytest.mark.parametrize("got,want", [
    (["正文。", "正文二。"], 0),
    (["学习周刊 2017年3月6日", "正文。", "正文二。"], 2),  # a header line as a paragraph
    (["正文。学习周刊", "正文二。"], 1),  # run into a paragraph
    (["正文。", "12", "正文二。"], 1),  # a page number alone
    (["正文。12", "正文二。"], 1),  # a page number at a paragraph's end
    (["正文。", "12月正文二。"], 0),  # digits that are the text's own: truth starts alike
    (["政府工作报告", "正文。", "正文二。"], 0),  # header text that the truth holds (a title)
])
def test_furniture_leaks(got: list[str], want: int) -> None:
    truth = ["政府工作报告", "正文。", "正文二。"]
    if want == 0 and got[1].startswith("12"):
        truth = ["政府工作报告", "正文。", "12月正文二。"]
    furniture = ["学习周刊", "2017年3月6日", "政府工作报告", "12"]
    assert furniture_leaks(got, truth, furniture) == want


def test_first_differences_point_at_the_first_edits() -> None:
    diffs = first_differences("甲乙丙丁戊己", "甲乙X丙丁戊", context=2)
    assert diffs[0] == "…甲乙«»丙丁… ≠ «X»"
    assert len(diffs) == 2 and first_differences("同 样", "同样") == []


def test_drop_lines_takes_out_furniture_and_table_lines_only() -> None:
    truth = Truth("t", "d", "s", 1, {}, (Para("body", "正文。"),
                                         Para("table", rows=(("项目", "数值"), ("外汇", "1399")))),
                  (Furniture(1, "header", "学习周刊"), Furniture(1, "page_number", "3")))
    text = "学习周刊  2017\n学习周刊\n正文。\n项目 数值\n外汇\n1399\n3"
    assert typeset._drop_lines(text, truth) == "学习周刊  2017\n正文。"


def test_pdf_char_counts_split_glyphs_standing_for_several_characters() -> None:
    data = ALL[0].read_bytes()
    n, counts = pdf_char_counts(data)
    assert n >= 1 and all(len(ch) == 1 for ch in counts)
