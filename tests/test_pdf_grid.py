"""Tables set without ruling lines: found from aligned short, numeric cells; prose left alone."""

from __future__ import annotations

from typesetters import pdfgen
import pytest

from zhdoc.pdf import read_pdf
from zhdoc.pdf.chars import Glyph
from zhdoc.pdf.grid import find_unruled_tables
from zhdoc.pdf.lines import Line
from zhdoc.settings import Settings


def run(text: str, x: float, top: float, size: float = 10.0) -> Line:
    return Line([Glyph(t, x + size * i, x + size * (i + 1), top, top + size, size, False)
                 for i, t in enumerate(text)])


def rows_of(table: list[tuple[str, ...]], xs=(0, 80, 160), pitch=18.0) -> list[list[Line]]:
    return [[run(c, x, k * pitch) for c, x in zip(cells, xs) if c]
            for k, cells in enumerate(table)]


FIGURES = [("项目", "本期", "上期"), ("营业收入", "1,203.5", "998.1"), ("净利润", "-12.4", "(3.2)"),
           ("毛利率", "18.2%", "—")]


@pytest.mark.parametrize("table, n_rows", [
    (FIGURES, 4),
    (FIGURES[1:], 3),  # no header row
    ([("", "2024", "2025"), ("华东", "3.1%", "4.2%"), ("华南", "2.2%", "2.9%")], 3),
])
def test_aligned_numeric_cells_make_a_table(table, n_rows: int) -> None:
    rest, tables = find_unruled_tables(rows_of(table))
    assert rest == [] and len(tables) == 1
    assert tables[0].row_texts() == [" | ".join(c for c in cells if c) for cells in table][:n_rows]


@pytest.mark.parametrize("table, xs, pitch", [
    (FIGURES[:2], (0, 80, 160), 18.0),  # two rows are not enough
    ([("法定代表人：王某", "主管会计工作负责人：李某", "会计机构负责人：张某")] * 3, (0, 170, 400),
     18.0),  # signature lines: no numbers
    ([("中国经济", "持续增长", "结构优化")] * 4, (0, 80, 160), 18.0),  # short text in columns
    (FIGURES, (0, 80, 160), 60.0),  # rows too far apart
    ([("营业收入", "1,203.5", "998.1"), ("净利润", "12.4", "3.2"), ("毛利率", "18.2%", "9%")],
     (0, 30, 160), 18.0),  # runs that overlap: not columns
])
def test_what_is_not_an_unruled_table(table, xs, pitch: float) -> None:
    rows = rows_of(table, xs, pitch)
    rest, tables = find_unruled_tables(rows)
    assert tables == [] and rest == rows


def test_a_table_beside_a_text_column_leaves_the_text_alone() -> None:
    # the table in the right column; lines of the left column, set at their own pitch, share
    # rows with its cells (short ones: a narrow column, or a paragraph's last line)
    table = rows_of(FIGURES, xs=(300, 380, 460))
    left = [run("左栏正文很短", 0, k * 18.0 + 5) for k in range(4)]
    rows = [sorted([lt, *row], key=lambda r: r.x0) for lt, row in zip(left, table)]
    rest, tables = find_unruled_tables(rows)
    assert [t.row_texts() for t in tables] == [[" | ".join(c) for c in FIGURES]]
    assert [[r.text for r in row] for row in rest] == [["左栏正文很短"]] * 4


@pytest.mark.parametrize("grid", ["unruled", "three_line"])
@pytest.mark.parametrize("columns", [1, 2])
def test_generated_unruled_and_three_line_tables(grid: str, columns: int) -> None:
    doc = pdfgen.make_document(columns, 8, seed=11, grid=grid)
    lay = read_pdf(doc.data, Settings(), doc.name)
    assert [b.text for b in lay.blocks if b.role == "table"] == list(doc.truth.table_rows)
    assert [b.text for b in lay.blocks if b.role != "table"] == doc.truth.texts()


QUANTITIES = [("项目", "1997年"), ("国内生产总值", "74772亿元"), ("外汇储备", "1399亿美元")]


@pytest.mark.parametrize("rules, found", [
    # booktabs / 三线表: a rule over the header, one under the last row (issue 10: tx06)
    ([(-5.0, 175.0, -4.0), (-5.0, 175.0, 50.0)], True),
    ([(-5.0, 175.0, -4.0)], False),  # no rule under it: two columns are not enough
    ([], False),
    ([(-5.0, 90.0, -4.0), (-5.0, 90.0, 50.0)], False),  # rules not across the stretch
])
def test_two_columns_of_quantities_between_two_rules_make_a_table(rules, found: bool) -> None:
    rest, tables = find_unruled_tables(rows_of(QUANTITIES, xs=(0, 80)), rules)
    assert bool(tables) == found
    if found:
        assert rest == [] and tables[0].row_texts()[1] == "国内生产总值 | 74772亿元"


def test_a_three_line_table_beside_a_text_column_keeps_its_cells_apart() -> None:
    """stx08: the table's rows share their rows with lines of the next text column, short
    enough to pass for cells; the rules' extent says which runs are the table's."""
    rows = rows_of(QUANTITIES, xs=(0, 80))
    for k, row in enumerate(rows):
        row.append(run("邻栏正文第" + "一二三"[k] + "行文字", 200, k * 18.0))
    rules = [(-5.0, 175.0, -4.0), (-5.0, 175.0, 14.0), (-5.0, 175.0, 50.0)]
    rest, tables = find_unruled_tables(rows, rules)
    assert len(tables) == 1 and tables[0].row_texts()[2] == "外汇储备 | 1399亿美元"
    assert [r[0].text for r in rest] == ["邻栏正文第一行文字", "邻栏正文第二行文字", "邻栏正文第三行文字"]
