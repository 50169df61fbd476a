"""Does a line carry on the paragraph above it: the named evidence on synthetic columns, one case
per failure of issue 10 (named after the fixture that showed it)."""

from __future__ import annotations

import pytest

from zhdoc.pdf.blocks import build_blocks
from zhdoc.pdf.chars import Glyph
from zhdoc.pdf.columns import Region
from zhdoc.pdf.continuation import continues, runs_on
from zhdoc.pdf.lines import Line
from zhdoc.pdf.seats import Styles, estimate_style, seat_lines

SIZE = 10.0
WIDTH = 200.0  # a column of 20 characters


def line(text: str, top: float, x: float = 0.0, widths: dict[str, float] | None = None) -> Line:
    glyphs, pos = [], x
    for t in text:
        w = (widths or {}).get(t, SIZE)
        glyphs.append(Glyph(t, pos, pos + w, top, top + SIZE, SIZE, False))
        pos += w
    return Line(glyphs)


def column(texts: list[tuple[str, float]], top: float = 0.0, x: float = 0.0,
           pitch: float = 15.0, widths: dict[str, float] | None = None) -> Region:
    """A column of lines (text, indent in ems) one pitch apart."""
    lines = [line(t, top + pitch * k, x + SIZE * ind, widths) for k, (t, ind) in enumerate(texts)]
    return Region(lines, (x, x + WIDTH), True)


def paragraphs(*regions: Region) -> list[str]:
    return [b.text for b in build_blocks([(1, list(regions))], SIZE)[1]]


FULL = "满" * 20
FIRST = "首" * 18
LATIN = {c: 5.5 for c in "0123456789.%"}


def test_a_number_that_would_not_have_fit_runs_on() -> None:
    """rl02, rl05, rl10: reportlab sets a number as one piece; the line before stops short by
    less than the number is wide."""
    col = column([(FIRST, 2), ("年" * 16 + "均增长", 0), ("10.6%，" + "字" * 12 + "。", 0),
                  (FIRST, 2), (FULL, 0), ("完。", 0)], widths=LATIN)
    assert paragraphs(col) == [FIRST + "年" * 16 + "均增长10.6%，" + "字" * 12 + "。",
                               FIRST + FULL + "完。"]


def test_a_character_that_would_have_fit_ends_the_paragraph() -> None:
    col = column([(FIRST, 2), ("年" * 17 + "。", 0), ("另" * 20, 0), (FULL, 0), ("完。", 0)])
    assert paragraphs(col) == [FIRST + "年" * 17 + "。", "另" * 20 + FULL + "完。"]


def test_the_last_words_alone_at_the_top_of_the_next_column_run_on() -> None:
    """lo01 (the book): a paragraph's last words, `乎？`, at the top of the next column."""
    left = column([(FIRST, 2), (FULL, 0), (FULL, 0), (FULL, 0)])
    right = column([("乎？", 0), (FIRST, 2), (FULL, 0), ("完。", 0)], x=220.0)
    assert paragraphs(left, right) == [FIRST + FULL * 3 + "乎？", FIRST + FULL + "完。"]


def test_a_paragraph_indented_at_the_top_of_the_next_column_stands_apart() -> None:
    left = column([(FIRST, 2), (FULL, 0), (FULL, 0), ("字" * 19 + "。", 0)])
    right = column([(FIRST, 2), (FULL, 0), ("完。", 0)], x=220.0)
    assert paragraphs(left, right) == [FIRST + FULL * 2 + "字" * 19 + "。", FIRST + FULL + "完。"]


def test_every_line_of_a_column_is_not_a_paragraph_when_a_heading_sets_its_left_edge() -> None:
    """tx07: a heading with a hung `（` started left of the column; the edge is where wrapped
    lines start, not the leftmost line."""
    heading = Line([Glyph(t, -5.0 + 11.5 * i, 6.5 + 11.5 * i, 0, 11.5, 11.5, False)
                    for i, t in enumerate("（一）加强调控")])
    col = column([(FIRST, 2), (FULL, 0), (FULL, 0), ("完。", 0), (FIRST, 2), (FULL, 0),
                  ("完。", 0)], top=20.0)
    region = Region([heading, *col.items], col.frame, True)
    assert paragraphs(region)[1:] == [FIRST + FULL * 2 + "完。", FIRST + FULL + "完。"]


@pytest.mark.parametrize("space, n_paragraphs", [(7.0, 4), (0.0, 3)])
def test_space_under_a_full_line_ends_a_paragraph_where_paragraphs_are_spaced(
        space: float, n_paragraphs: int) -> None:
    """lo03: paragraphs without indent, set apart by 0.7 em; a full last line that ends a
    sentence is told from a wrapped one by the space under it (without it: no evidence)."""
    lines, top = [], 0.0
    for k in range(4):
        lines += [line(FULL, top), line("段" * 19 + "。", top + 15)]
        top += 30 + (space if k == 1 else 7.0)
    assert len(paragraphs(Region(lines, (0.0, WIDTH), True))) == n_paragraphs


def test_a_heading_wrapped_over_a_column_end_is_one_heading() -> None:
    """tx07: `（一）加强和改善宏观调控，促进经济平稳快速` at a column's foot, `发展` at the next
    column's top."""
    def heading(text: str, top: float, x: float) -> Line:
        return Line([Glyph(t, x + 12 * i, x + 12 * (i + 1), top, top + 12, 12.0, False)
                     for i, t in enumerate(text)])
    left = column([(FIRST, 2), (FULL, 0), ("完。", 0)])
    left = Region([*left.items, heading("（一）加强宏观调控促进经济平稳快", 50, 0.0)], left.frame, True)
    right = Region([heading("发展", 0, 220.0), *column([(FIRST, 2), (FULL, 0), ("完。", 0)],
                                                        top=20.0, x=220.0).items],
                   (220.0, 420.0), True)
    got = paragraphs(left, right)
    assert "（一）加强宏观调控促进经济平稳快发展" in got


def test_a_decision_names_the_cues_that_fired() -> None:
    lines = [line(FIRST, 0, 20.0), line("年" * 17 + "。", 15), line("另" * 18, 30, 20.0),
             line(FULL, 45), line("完。", 60)]
    seats = seat_lines(lines, 1, 1, (0.0, WIDTH), True)
    styles = estimate_style([seats], SIZE)
    d = continues(seats[1], seats[2], seats[0], styles)
    assert not d and "room_left" in d.explain() and "indented" in d.explain()
    assert continues(seats[0], seats[1], seats[0], styles).yes
    assert {name for name, _, _ in runs_on.rules()} >= {"fills_line", "room_left", "indented",
                                                         "space_above", "sentence_end"}
    assert isinstance(styles, Styles)


def test_a_number_at_a_line_end_needs_a_word_space_before_the_next_piece() -> None:
    """slo03: `授予专利权2 2 ．4 万件`: LibreOffice breaks at the space after `2 2` and leaves it
    out of the text layer; `．` did not fit after the number and its word space."""
    glyphs = [Glyph("年", 10.0 * i, 10.0 * i + 10, 15, 25, SIZE, False) for i in range(17)]
    glyphs += [Glyph("2", 170.0, 175.5, 15, 25, SIZE, False), Glyph("2", 181.0, 186.5, 15, 25,
                                                                  SIZE, False)]
    col = column([(FIRST, 2), ("占", 0), ("．4" + "万" * 17 + "。", 0), (FIRST, 2), (FULL, 0),
                  ("完。", 0)], widths={"4": 5.5})
    items = list(col.items)
    items[1] = Line(glyphs)
    assert len(paragraphs(Region(items, col.frame, True))) == 2


def test_a_heading_in_type_larger_than_the_body_wraps_at_its_own_pitch() -> None:
    """srl05: an 11 pt subhead over 10 pt text set 1.3 apart wraps 17 pt down: its pitch is the
    document's in ems of its own size, so no extra space is read between its lines."""
    def big(text: str, top: float) -> Line:
        return Line([Glyph(t, 11.0 * i, 11.0 * (i + 1), top, top + 11, 11.0, False)
                     for i, t in enumerate(text)])
    body = column([(FIRST, 2), (FULL, 0), (FULL, 0), ("完。", 0)], pitch=13.0)
    lines = [*body.items, big("第二，国有企业改革要取得新的重大突", 60.0), big("破", 77.0),
             *column([(FIRST, 2), (FULL, 0), ("完。", 0)], top=100.0, pitch=13.0).items]
    assert "第二，国有企业改革要取得新的重大突破" in paragraphs(Region(lines, (0.0, WIDTH), True))


def test_a_centred_caption_wraps_onto_a_centred_line() -> None:
    """slo05, stx09: `图1 2012—2016年国内生产总值及其增长速度` / `（示意）`, centred."""
    def small(text: str, top: float, x: float) -> Line:
        return Line([Glyph(t, x + 8.0 * i, x + 8.0 * (i + 1), top, top + 8, 8.0, False)
                     for i, t in enumerate(text)])
    body = column([(FIRST, 2), (FULL, 0), ("完。", 0)])
    cap = [small("图" + "说" * 24, 120.0, 0.0), small("（示意）", 132.0, 84.0)]
    after = column([(FIRST, 2), (FULL, 0), ("完。", 0)], top=150.0)
    got = paragraphs(Region([*body.items, *cap, *after.items], (0.0, WIDTH), True))
    assert "图" + "说" * 24 + "（示意）" in got


@pytest.mark.parametrize("quote_font, joined", [("KaiTi", False), ("SimHei", True)])
def test_a_byline_is_not_run_into_a_quote_in_another_font_under_it(quote_font: str,
                                                                   joined: bool) -> None:
    """The held-out reportlab pages ran a byline into the pull-quote heading under it: both
    13 pt, close, but set in different fonts."""
    def big(text: str, top: float, font: str) -> Line:
        return Line([Glyph(t, 13.0 * i, 13.0 * (i + 1), top, top + 13, 13.0, False, 0, font)
                     for i, t in enumerate(text)])
    body = column([(FIRST, 2), (FULL, 0), ("完。", 0)], top=60.0)
    lines = [big("本报记者张三", 0.0, "SimHei"), big("守住民生底线", 17.0, quote_font), *body.items]
    got = paragraphs(Region(lines, (0.0, WIDTH), True))
    assert (got[0] == "本报记者张三守住民生底线") is joined


def test_a_subhead_in_another_font_over_text_in_one_is_a_heading() -> None:
    """rl07, rl10: subheads in a sans a size up (or not) between paragraphs in a serif."""
    def styled(text: str, top: float, font: str, size: float = SIZE, x: float = 0.0) -> Line:
        return Line([Glyph(t, x + size * i, x + size * (i + 1), top, top + size, size, False, 0,
                           font) for i, t in enumerate(text)])
    lines = [styled(FIRST, 0, "Song", x=20.0), styled("完。", 15, "Song"),
             styled("因城施策去库存", 35, "Hei", 10.5), styled(FIRST, 55, "Song", x=20.0),
             styled("完。", 70, "Song")]
    out = build_blocks([(1, [Region(lines, (0.0, WIDTH), True)])], SIZE)[1]
    assert [b.role for b in out] == [None, "heading", None]


def test_a_centred_pull_quote_carried_over_a_column_is_one_quote() -> None:
    """srl09 (stress): a 13.5 pt quote centred in its column, its last line at the next
    column's top, centred too."""
    def quote(text: str, top: float, x: float) -> Line:
        return Line([Glyph(t, x + 13.5 * i, x + 13.5 * (i + 1), top, top + 13.5, 13.5, False,
                           0, "Kai") for i, t in enumerate(text)])
    left = column([(FIRST, 2), (FULL, 0), ("完。", 0)])
    left = Region([*left.items, quote("持最严格的耕地保护制度，", 60.0, 19.0)], left.frame, True)
    right = Region([quote("特别是加强保护。", 0.0, 220.0 + 46.0),
                    *column([(FIRST, 2), (FULL, 0), ("完。", 0)], top=25.0, x=220.0).items],
                   (220.0, 420.0), True)
    assert "持最严格的耕地保护制度，特别是加强保护。" in paragraphs(left, right)


def test_a_size_change_of_five_percent_ends_a_paragraph() -> None:
    """srl09 (stress): an 11.5 pt heading's last line over 11 pt text, both full."""
    def sized(text: str, top: float, size: float) -> Line:
        return Line([Glyph(t, size * i, size * (i + 1), top, top + size, size, False)
                     for i, t in enumerate(text)])
    lines = [sized("控" * 17, 0, 11.5), sized("根" * 18, 20, 11.0), sized("完。", 38, 11.0)]
    got = [b.text for b in build_blocks([(1, [Region(lines, (0.0, 198.0), True)])], 11.0)[1]]
    assert got[0] == "控" * 17
