"""read_pdf on generated newspaper pages (typesetters/pdfgen.py): the output against the typeset truth."""

from __future__ import annotations

import re
from functools import lru_cache

from typesetters import pdfgen
import pytest

from zhdoc.rules.bylines import BYLINE_OPENING_PDF as RE_PDF_BYLINE
from zhdoc.rules.chars import CJK
from zhdoc.model import PdfLayout
from zhdoc.pdf import read_pdf
from zhdoc.settings import Settings

DOCS = {d.name: d for d in pdfgen.standard_set()}
NAMES = sorted(DOCS)


@lru_cache(maxsize=None)
def layout(name: str) -> PdfLayout:
    return read_pdf(DOCS[name].data, Settings(), name)


def prose(lay: PdfLayout) -> list[str]:
    return [b.text for b in lay.blocks if b.role != "table"]


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_come_out_as_typeset_in_reading_order(name: str) -> None:
    assert prose(layout(name)) == DOCS[name].truth.texts()


@pytest.mark.parametrize("name", NAMES)
def test_header_footer_and_page_numbers_leave_the_body(name: str) -> None:
    lay, truth = layout(name), DOCS[name].truth
    body = "\n".join(prose(lay))
    for part in {p for h in truth.headers for p in h.split(" ", 1)} | set(truth.footers):
        assert part not in body
    kinds = [(f.page, f.kind) for f in lay.furniture]
    for page in range(1, truth.n_pages + 1):
        assert (page, "header") in kinds and (page, "page_number") in kinds
    assert sorted(f.text for f in lay.furniture if f.kind == "page_number") == sorted(truth.footers)


@pytest.mark.parametrize("name", NAMES)
def test_never_a_space_between_cjk_characters_but_between_names_in_a_byline(name: str) -> None:
    lay = layout(name)
    bylines = [b.text for b in lay.blocks if RE_PDF_BYLINE.match(b.text)]
    assert bylines == [t for k, t in DOCS[name].truth.paragraphs if k == "byline"]
    for b in lay.blocks:
        if b.text not in bylines:
            assert not re.search(f"[{CJK}] +[{CJK}]", b.text)


def test_the_generated_bylines_have_several_names() -> None:
    assert {t for n in NAMES for k, t in DOCS[n].truth.paragraphs if k == "byline"} >= {
        "□ 本报记者 吕铁 刘丹 王小明", "□ 本报记者 张明 李华"}


@pytest.mark.parametrize("names", [("吕铁", "刘丹", "王小明"), ("张明", "李华"), ("吕铁", "刘丹")])
def test_byline_names_reach_the_authors(names: tuple[str, ...]) -> None:
    from zhdoc.pipeline import process_document

    doc = pdfgen.make_document(1, 4, seed=2, table=False, names=names)
    w = process_document("byline.pdf", doc.data)
    assert w.status == "ok" and [a.authors for a in w.structure.articles] == [names]


@pytest.mark.parametrize("name", NAMES)
def test_roles_from_size_and_weight(name: str) -> None:
    lay, truth = layout(name), DOCS[name].truth
    by_text = {b.text: b for b in lay.blocks}
    for kind, text in truth.paragraphs:
        b = by_text[text]
        if kind == "title":
            assert b.role == "title" and b.font_size > 1.5 and b.bold  # fake bold: overprinted
        elif kind == "heading":
            assert b.role == "heading" and 1.12 <= b.font_size < 1.5 and text.startswith("▎")
        elif kind == "aside":  # the boxed side bar, set smaller
            assert b.role is None and b.font_size == pytest.approx(0.9)
        else:
            assert b.role is None and b.font_size == pytest.approx(1.0)


@pytest.mark.parametrize("name", NAMES)
def test_tables_are_rows_of_their_own(name: str) -> None:
    lay, truth = layout(name), DOCS[name].truth
    rows = [b for b in lay.blocks if b.role == "table"]
    assert [b.text for b in rows] == list(truth.table_rows)
    body = "\n".join(prose(lay))
    assert not any(r.split(" | ")[0] + r.split(" | ")[1] in body for r in truth.table_rows)


@pytest.mark.parametrize("name", NAMES)
def test_every_block_has_page_boxes_and_offsets(name: str) -> None:
    lay = layout(name)
    assert lay.n_pages == DOCS[name].truth.n_pages
    for b in lay.blocks:
        assert lay.text[b.start:b.end] == b.text
        assert b.page is not None and 1 <= b.page <= lay.n_pages
        assert b.bboxes and len(b.bbox_pages) == len(b.bboxes) and b.bbox_pages[0] == b.page
        for x0, top, x1, bottom in b.bboxes:
            assert 0 <= x0 < x1 <= pdfgen.PAGE_W and 0 <= top < bottom <= pdfgen.PAGE_H


def test_boxed_side_bars_are_kept_apart_after_the_paragraph_they_interrupt() -> None:
    boxed = [n for n in NAMES if any(k == "aside" for k, _ in DOCS[n].truth.paragraphs)]
    assert boxed
    for name in boxed:
        # the side bar's paragraphs are blocks of their own, in the truth's place (after the
        # paragraph running past the box), and that paragraph is still one block
        assert prose(layout(name)) == DOCS[name].truth.texts()


def test_the_fixtures_run_paragraphs_on_across_columns_and_pages() -> None:
    assert all(DOCS[n].truth.across_pages for n in NAMES)
    assert all(DOCS[n].truth.across_columns for n in NAMES if DOCS[n].truth.columns > 1)


@pytest.mark.parametrize("name", NAMES)
def test_paragraphs_run_on_across_columns_and_pages(name: str) -> None:
    lay, truth = layout(name), DOCS[name].truth
    blocks = [b for b in lay.blocks if b.role != "table"]
    for i in truth.across_pages:
        assert len(set(blocks[i].bbox_pages)) > 1
    for i in truth.across_columns:
        b = blocks[i]
        assert len(b.bboxes) > 1
        # a run-on paragraph's boxes go to the next column (to the right) or the next page
        for (p0, box0), (p1, box1) in zip(zip(b.bbox_pages, b.bboxes),
                                          zip(b.bbox_pages[1:], b.bboxes[1:])):
            assert p1 > p0 or box1[0] > box0[0]


def test_extract_text_baseline_interleaves_columns_where_read_pdf_does_not() -> None:
    """The reason this step exists: plain extraction reads across the gutter."""
    import io

    import pdfplumber

    doc = DOCS[next(n for n in NAMES if DOCS[n].truth.columns == 2)]
    with pdfplumber.open(io.BytesIO(doc.data)) as pdf:
        plain = pdf.pages[0].extract_text()
    body = doc.truth.texts()[3]  # the first body paragraph
    assert body[:30] not in plain.replace("\n", "")
    assert body in prose(layout(doc.name))


def test_a_letter_spaced_byline_keeps_its_name_gaps_and_reaches_the_authors() -> None:
    """`□ 吕 铁 刘 丹` set with even letter spacing (regression: it came out `□ 吕铁刘丹`)."""
    import io

    from reportlab.pdfgen import canvas

    from zhdoc.pipeline import process_document

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for text, size, space, x, y in (("推动经济高质量发展", 22, 0, 100, 760),
                                    ("□吕铁刘丹", 10, 8, 200, 720),
                                    ("今年以来，我国经济运行总体平稳，稳中有进。", 10, 0, 72, 690)):
        t = c.beginText()
        t.setFont(pdfgen._font(), size)
        t.setCharSpace(space)
        t.setTextOrigin(x, y)
        t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    w = process_document("byline.pdf", buf.getvalue())
    assert [b.text for b in w.pdf.blocks][1] == "□ 吕 铁 刘 丹"
    assert [a.authors for a in w.structure.articles] == [("吕铁", "刘丹")]


def test_the_body_size_is_measured_not_rounded_to_half_points() -> None:
    # a 7.75 pt body (its half-point class rounds to 8.0) with headings 1.15x larger: against
    # 8.0 they would be 1.11x, no larger than a heading must be
    doc = pdfgen.make_document(2, 8, seed=3, table=False, style=pdfgen.Style(body=7.75, head=1.15, bar=False))
    lay = read_pdf(doc.data, Settings(), "small.pdf")
    assert lay.body_size == pytest.approx(7.75)
    by_text = {b.text: b for b in lay.blocks}
    headings = [t for k, t in doc.truth.paragraphs if k == "heading"]
    assert headings and all(by_text[t].role == "heading" for t in headings)
