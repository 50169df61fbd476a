"""Seats: the column's edges around each line, and the document's paragraph style, measured on
synthetic lines (issue 10)."""

from __future__ import annotations

import pytest

from zhdoc.pdf.chars import Glyph
from zhdoc.pdf.lines import Line
from zhdoc.pdf.seats import Seat, estimate_style, first_unit, measure_end, seat_lines

SIZE = 10.0


def line(text: str, top: float, x: float = 0.0, size: float = SIZE) -> Line:
    return Line([Glyph(t, x + size * i, x + size * (i + 1), top, top + size, size, False)
                 for i, t in enumerate(text)])


def seats(lines: list[Line], frame: tuple[float, float] = (0.0, 200.0), columned: bool = True,
          around=()) -> list[Seat]:
    return seat_lines(lines, 1, 1, frame, columned, around=around)


@pytest.mark.parametrize("text, unit", [
    ("5000万吨", "5000"),  # a number is not broken
    ("10.6%，从", "10.6%，"),  # nor parted from the marks after it
    ("元。其", "元。"),  # a closing mark may not start a line
    ("“十三五”", "“十"),  # an opening mark stays with the character after it
    ("中国", "中"),
])
def test_the_first_piece_a_line_break_could_not_part(text: str, unit: str) -> None:
    assert first_unit(text).text == unit


def test_a_mark_hung_into_the_margin_does_not_widen_the_measure() -> None:
    hung = Line([*line("字" * 19, 0).glyphs, Glyph("，", 190.0, 200.0, 0, 10, SIZE, False)])
    assert measure_end(hung) == pytest.approx(192.5)
    assert measure_end(line("字" * 20, 0)) == 200.0


def test_the_last_line_of_a_paragraph_takes_the_measure_of_the_lines_around_it() -> None:
    lines = [line("字" * 18, 0, 20.0), line("字" * 20, 15), line("字" * 9, 30),
             line("字" * 18, 45, 20.0), line("字" * 20, 60)]
    assert [(s.left, s.right) for s in seats(lines)] == [(0.0, 200.0)] * 5


def narrow_then_wide(n_narrow: int = 5) -> list[Line]:
    """A column set 8 ems narrower beside something for ``n_narrow`` lines, then full."""
    return [line("窄" * 12, 15 * k) for k in range(n_narrow)] + [
        line("宽" * 20, 15 * (n_narrow + k)) for k in range(4)]


def test_a_column_narrower_beside_a_title_has_its_own_measure_there() -> None:
    """rmrb2018010407: the lines beside an upright title are narrower than those under it."""
    title = (130.0, 0.0, 150.0, 70.0)  # upright, beside the first five lines
    got = seats(narrow_then_wide(), around=[title])
    assert [s.right for s in got] == [120.0] * 5 + [200.0] * 4


def test_lines_that_merely_end_alike_make_no_measure() -> None:
    """Nothing beside them: one-line paragraphs that happen to be as long (p12's three notes)
    are short lines of the column, not a narrower measure."""
    got = seats(narrow_then_wide())
    assert [s.right for s in got] == [200.0] * 9


def test_the_left_edge_is_where_wrapped_lines_start() -> None:
    """rl01: a title page of one-line paragraphs, each indented, over the body: their own
    starts are no flush edge (one of them happens to fill its line)."""
    lines = [line("字" * 6, 0, 20.0), line("字" * 18, 15, 20.0), line("字" * 8, 30, 20.0),
             line("字" * 5, 45, 20.0), line("字" * 18, 60, 20.0), line("字" * 20, 75),
             line("字" * 20, 90), line("字" * 5, 105)]
    got = seats(lines)
    assert {s.left for s in got} == {0.0}


def test_a_block_set_flush_right_has_no_wrapped_lines() -> None:
    """p12: a signature and a date under it, set flush right: the date is not a wrapped line."""
    body = [line("字" * 20, 15 * k) for k in range(3)] + [line("字" * 6, 45)]
    sign = [line("公司董事会" + "会" * 3, 80, 120.0), line("二〇二五年", 95, 150.0)]
    got = seats([*body, *sign])
    assert got[-1].left == 0.0 and got[-1].line.x0 - got[-1].left == 150.0


def test_short_regions_take_their_frame() -> None:
    got = seats([line("字" * 5, 0, 30.0), line("字" * 3, 15)], frame=(0.0, 120.0))
    assert [(s.left, s.right, s.measured) for s in got] == [(0.0, 120.0, False)] * 2


def page(indent: bool, spaced: bool, n: int = 6) -> list[Seat]:
    """``n`` paragraphs of three lines, opening indented or not, set apart by space or not."""
    lines, top = [], 0.0
    for _ in range(n):
        for k, (chars, x) in enumerate([(18, 20.0) if indent else (20, 0.0), (20, 0.0), (7, 0.0)]):
            lines.append(line("字" * chars, top, x))
            top += 15.0
        top += 6.0 if spaced else 0.0
    return seats(lines)


@pytest.mark.parametrize("indent, spaced", [(True, False), (False, True), (True, True),
                                            (False, False)])
def test_the_document_style_is_measured_on_it(indent: bool, spaced: bool) -> None:
    style = estimate_style([page(indent, spaced)], SIZE).of(SIZE)
    assert (style.indent == pytest.approx(2.0)) if indent else style.indent is None
    assert (style.space == pytest.approx(0.6)) if spaced else style.space is None
