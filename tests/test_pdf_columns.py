"""Column detection and reading order on synthetic runs (no PDF needed)."""

from __future__ import annotations

import pytest

from zhdoc.pdf.chars import Glyph
from zhdoc.pdf.columns import reading_order
from zhdoc.pdf.lines import Line, glyphs_to_runs, runs_to_rows

SIZE = 10.0


def run(text: str, x: float, top: float, size: float = SIZE, track: float = 0.0) -> Line:
    return Line([Glyph(t, x + (size + track) * i, x + (size + track) * i + size, top, top + size,
                       size, False) for i, t in enumerate(text)])


def columns_page(n_cols: int, n_lines: int, width: float = 120.0, gutter: float = 18.0,
                 top: float = 100.0, offsets: tuple[float, ...] = ()) -> list[Line]:
    """``n_cols`` columns of ``n_lines`` lines each, texts `c{k}l{i}`-like (CJK letters)."""
    items = []
    for k in range(n_cols):
        dy = offsets[k] if offsets else 0.0
        for i in range(n_lines):
            text = "甲乙丙丁戊"[k] + "一二三四五六七八九十"[i] * int(width // SIZE - 1)
            items.append(run(text, 50 + k * (width + gutter), top + dy + 15 * i))
    return items


def order(items: list[Line]) -> list[str]:
    return [it.text[0] + it.text[1] for r in reading_order(items, SIZE) for it in r.items]


#: the reading order of two columns of eight lines, 甲一 … 甲八 then 乙一 … 乙八
TWO_COLUMNS = ["甲" + c for c in "一二三四五六七八"] + ["乙" + c for c in "一二三四五六七八"]


def two_columns(gutter: float, row: int, change) -> list[str]:
    """The reading order of two columns of eight lines ``gutter`` points apart, the lines of
    ``row`` replaced by ``change(left, right)``."""
    items = []
    for i in range(8):
        left = run("甲" + "一二三四五六七八"[i] * 11, 50, 100 + 15 * i)
        right = run("乙" + "一二三四五六七八"[i] * 11, 50 + 120 + gutter, 100 + 15 * i)
        if i == row:
            left, right = change(left, right)
        items += [left, right]
    return order(items)


@pytest.mark.parametrize("n_cols", [1, 2, 3])
def test_columns_read_one_after_the_other(n_cols: int) -> None:
    items = columns_page(n_cols, 6)
    expected = ["甲乙丙丁戊"[k] + "一二三四五六七八九十"[i] for k in range(n_cols) for i in range(6)]
    assert order(items) == expected


def test_columns_with_lines_at_different_heights() -> None:
    items = columns_page(2, 6, offsets=(0.0, 7.0))
    assert order(items) == ["甲" + c for c in "一二三四五六"] + ["乙" + c for c in "一二三四五六"]


def test_spanning_title_and_abstract_stay_in_place() -> None:
    title = run("标题标题标题", 80, 40, size=20)
    abstract = [run("摘" * 25, 50, 70), run("要" * 12, 50, 85)]
    items = [title, *abstract, *columns_page(2, 5, top=110)]
    got = order(items)
    assert got[:3] == ["标题", "摘摘", "要要"]
    assert got[3:8] == ["甲" + c for c in "一二三四五"]


def test_a_full_width_block_between_column_sections() -> None:
    items = [*columns_page(2, 4, top=100), run("通" * 25, 50, 170), *columns_page(2, 3, top=190)]
    got = order(items)
    assert got.index("通通") == 8
    assert got[:4] == ["甲" + c for c in "一二三四"] and got[9:12] == ["甲" + c for c in "一二三"]


@pytest.mark.parametrize("items", [
    # one column whose short lines (paragraph ends, headings) leave space on the right
    [run("一" * 25, 50, 100), run("二" * 8, 50, 115), run("三" * 6, 50, 130), run("四" * 25, 50, 145)],
    # a justified line with very wide gaps inside one column
    [run("一" * 25, 50, 100), run("二二二二二", 50, 115, track=50.0), run("三" * 25, 50, 130)],
])
def test_single_column_pages_are_not_split(items: list[Line]) -> None:
    regions = reading_order(items, SIZE)
    assert len(regions) == 1 and len(regions[0].items) == len(items)


def test_runs_follow_drawing_order_and_do_not_chain_columns() -> None:
    # left column lines at 100/115, right column set 7 points lower: drawn column by column
    gl = [Glyph(t, 50 + 10 * i, 60 + 10 * i, 100 + 15 * k, 110 + 15 * k, SIZE, False)
          for k in range(2) for i, t in enumerate("左栏")]
    gr = [Glyph(t, 200 + 10 * i, 210 + 10 * i, 107 + 15 * k, 117 + 15 * k, SIZE, False)
          for k in range(2) for i, t in enumerate("右栏")]
    runs = glyphs_to_runs(gl + gr)
    assert [r.text for r in runs] == ["左栏", "左栏", "右栏", "右栏"]
    assert all(len(row) <= 2 for row in runs_to_rows(runs))


def test_two_articles_side_by_side_each_under_its_own_title() -> None:
    # article A: title over columns 1-2, text in both; article B: title and text in column 3
    title_a = run("甲标题" * 4, 60, 60, size=18)
    title_b = run("乙标题", 330, 60, size=18)
    body = columns_page(3, 6, top=100)
    got = [ln.text[:2] for r in reading_order([title_a, title_b, *body], SIZE) for ln in r.items]
    assert got[0] == "甲标" and got[1:7] == ["甲" + c for c in "一二三四五六"]
    assert got[7:13] == ["乙" + c for c in "一二三四五六"]
    assert got[13] == "乙标" and got[14:] == ["丙" + c for c in "一二三四五六"]


def test_a_narrow_gutter_with_punctuation_hung_into_it() -> None:
    """XeLaTeX (xeCJK) and reportlab hang a line's closing `，` into the gutter: its em box
    nearly closes a one-em gutter, its ink does not (issue 10: tx09, tx04)."""
    items = []
    for i in range(6):
        left = run("甲" + "一二三四五六"[i] * 11, 50, 100 + 15 * i)
        if i % 2:  # a comma hung past the column's edge, its box 2.5 pt short of the next column
            g = left.glyphs[-1]
            left = Line([*left.glyphs, Glyph("，", g.x1 - 2.0, g.x1 + 8.0, g.top, g.bottom, SIZE,
                                              False)])
        items += [left, run("乙" + "一二三四五六"[i] * 11, 50 + 120 + 10.5, 100 + 15 * i)]
    assert order(items) == (["甲" + c for c in "一二三四五六"] + ["乙" + c for c in "一二三四五六"])


def test_a_title_as_wide_as_the_middle_column_is_read_before_the_columns() -> None:
    """A title centred over three columns, as wide as the middle one, is no line of the middle
    column (issue 10: tx03, lo02)."""
    title = run("标题标题标题标题", 50 + 138 - 1, 60, size=16)  # 128 wide, over x 187-315
    items = [title, *columns_page(3, 6, top=100)]
    got = order(items)
    assert got[0] == "标题" and got[1:7] == ["甲" + c for c in "一二三四五六"]


def test_the_top_of_a_column_beside_a_title_is_read_with_its_column() -> None:
    """rmrb2018010407: an article's last column starts beside its title (laid out apart), the
    others under it; that column's first lines are its top, not a block before every column."""
    items = columns_page(3, 6, top=100)
    upper = [run("丁" + "一二三四"[i] * 11, 50 + 2 * 138, 40 + 15 * i) for i in range(4)]
    got = order([*upper, *items])
    assert got == ["甲" + c for c in "一二三四五六"] + ["乙" + c for c in "一二三四五六"] + [
        "丁" + c for c in "一二三四"] + ["丙" + c for c in "一二三四五六"]


def test_a_gutter_narrowed_from_both_sides_by_hung_marks_goes_on() -> None:
    """stx03: a one-em gutter, a `，` hung into it from the left column at some rows, the right
    column starting a little left at others: what is left of it, under half an em, is still
    the gutter the rows above found."""
    items = []
    for i in range(8):
        left = run("甲" + "一二三四五六七八"[i] * 11, 50, 100 + 15 * i)
        if i == 5:  # the right column's line set 1.5 pt further left
            right = run("乙" + "一二三四五六七八"[i] * 11, 50 + 120 + 10 - 1.5, 100 + 15 * i)
        else:
            right = run("乙" + "一二三四五六七八"[i] * 11, 50 + 120 + 10, 100 + 15 * i)
        if i == 6:  # a comma hung 8 pt into the gutter
            g = left.glyphs[-1]
            left = Line([*left.glyphs, Glyph("，", g.x1 - 2.0, g.x1 + 8.0, g.top, g.bottom, SIZE,
                                              False)])
        items += [left, right]
    got = order(items)
    assert got == ["甲" + c for c in "一二三四五六七八"] + ["乙" + c for c in "一二三四五六七八"]


def test_a_row_that_leaves_under_half_an_em_of_the_gutter_keeps_it() -> None:
    """XeLaTeX tx09 set with other text: on one row a `、` hung a full em into a one-em gutter
    and the next column's line opening with `（` set 2.2 pt into it leave 0.48 em of ink-free
    gutter; the gutter the rows above found goes on (it was cut there: the columns' lower
    halves were read after all three upper halves)."""
    def hang(left: Line, right: Line) -> tuple[Line, Line]:
        g = left.glyphs[-1]
        left = Line([*left.glyphs, Glyph("、", g.x1, g.x1 + 10.0, g.top, g.bottom, SIZE, False)])
        r = right.glyphs
        right = Line([Glyph("（", r[0].x0 - 2.2, r[0].x0 + 7.8, r[0].top, r[0].bottom, SIZE,
                            False), *[Glyph(x.text, x.x0 + 7.8, x.x1 + 7.8, x.top, x.bottom,
                                            SIZE, False) for x in r]])
        return left, right

    got = [t.replace("（乙", "乙五") for t in two_columns(10.0, 4, hang)]
    assert got == TWO_COLUMNS


def test_a_gutter_an_ellipsis_hangs_across_goes_on() -> None:
    """rmrbcomp_20250405_01: a line ending in ``……`` (two ems, never split) hung past its
    column across a 1.5-em gutter, 0.6 pt short of the next column's line: its marks ink no
    more of the gutter than the first does, so the gutter the rows above found goes on (the
    row was read across it, two lines swapped between the columns)."""
    def hang(left: Line, right: Line) -> tuple[Line, Line]:
        g = left.glyphs[-1]
        left = Line([*left.glyphs, *(Glyph("…", g.x1 + k * 7.2, g.x1 + k * 7.2 + 10.0, g.top,
                                           g.bottom, SIZE, False) for k in range(2))])
        assert right.x0 - left.x1 < 1.0
        return left, right

    assert two_columns(15.0, 4, hang) == TWO_COLUMNS


def test_two_headings_side_by_side_over_a_gutter_stay_in_their_columns() -> None:
    """XeLaTeX tx09 set with another look: a subhead in the middle column and one at the same
    height in the right column, 1.3 times the body size, a gutter apart, are two headings each
    in its column, not one title's words (they were read as one line, `今年的经济增长预期目货币
    政策…`, and cut the columns)."""
    items = columns_page(3, 8, top=100)
    y = 100 + 15 * 8 + 4
    # the middle one reaches its column's right edge: 18 pt of gutter to the next, under the
    # 1.5 of its ems that part a title's words
    items += [run("乙头" * 4 + "乙", 50 + 138 + 3, y, size=13), run("丙头" * 3, 50 + 2 * 138, y, size=13)]
    for k, col in enumerate("甲乙丙"):
        first = y if k == 0 else y + 20
        items += [run(col + "子丑寅卯辰"[i] * 11, 50 + k * 138, first + 15 * i) for i in range(5)]
    got = order(items)
    want = []
    for k, col in enumerate("甲乙丙"):
        want += [col + c for c in "一二三四五六七八"]
        want += [col + "头"] if k else []
        want += [col + c for c in "子丑寅卯辰"]
    assert got == want


def test_two_gaps_at_the_frames_edges_make_no_gutter_over_the_columns() -> None:
    # a label at the left (its gap runs to the right edge) over a kicker, title and byline set
    # in from the left (their gaps run from the left edge): the two overlap in a gap with text on
    # neither side, which must not carry the head's group down over the columns' first row,
    # whose first column opens with a short line (核心阅读)
    head = [run("美丽中国", 50, 20, size=9), run("河北丰宁林场植绿超百万亩", 110, 40, size=13),
            run("二十多年种出塞罕坝", 110, 60, size=26), run("本报记者张腾扬", 160, 95)]
    cols = columns_page(3, 6, top=130)
    cols[0] = run("核心阅读", 60, 130)
    got = order(head + cols)
    assert got[:4] == ["美丽", "河北", "二十", "本报"]
    assert got[4:10] == ["核心", "甲二", "甲三", "甲四", "甲五", "甲六"]
    assert got[10:16] == ["乙" + c for c in "一二三四五六"]
