"""Tables without ruling lines: rows of short, mostly numeric cells set in aligned columns.

pdfplumber's table finder needs ruling lines; a table set on whitespace alone (or a three-line
table, rules above and below only) comes to the layout as rows of runs. A *stretch* of at least
``MIN_ROWS`` consecutive rows of two or more runs of at most ``MAX_CELL_CHARS`` characters,
none a sentence, two thirds of the rows with ``MIN_COLS`` runs or more (a header may leave its
first cell blank), whose runs fall into shared columns (the runs' x extents, merged, give at
least ``MIN_COLS`` columns and no row puts two runs in one column; ``RULED_MIN_COLS`` for a
stretch between two rules as wide as it, a three-line table's), with at least
``MIN_NUMERIC`` of its cells numbers, is a table: it becomes a ``TableItem`` like a ruled one
and its rows ``role="table"`` blocks. Body text in columns has long lines and few numeric
runs, so it never qualifies; nor does a row alone (a signature line `法定代表人：…
主管会计工作负责人：… 会计机构负责人：…`).

>>> from zhdoc.pdf.chars import Glyph
>>> from zhdoc.pdf.lines import Line
>>> def run(text, x, top):
...     return Line([Glyph(t, x + 6 * i, x + 6 * i + 6, top, top + 10, 10, False)
...                  for i, t in enumerate(text)])
>>> rows = [[run(a, 0, 15 * k), run(b, 60, 15 * k), run(c, 120, 15 * k)]
...         for k, (a, b, c) in enumerate([("地区", "增速", "占比"), ("华东", "7.3%", "5.5%"),
...                                        ("华南", "7.2%", "7.6%")])]
>>> rest, tables = find_unruled_tables(rows)
>>> rest, tables[0].row_texts()
([], ['地区 | 增速 | 占比', '华东 | 7.3% | 5.5%', '华南 | 7.2% | 7.6%'])
>>> find_unruled_tables(rows[:2])[1]  # two rows are not enough
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from zhdoc.model import BBox
from zhdoc.rules.pdf import NUMERIC_CELL as RE_PDF_NUMERIC_CELL
from zhdoc.pdf.chars import is_solid
from zhdoc.pdf.lines import Line
from zhdoc.pdf.tables import TableItem

#: fewest consecutive rows (a header row included) that make a table
MIN_ROWS = 3
#: fewest columns, and fewest cells in two thirds of the rows
MIN_COLS = 3
#: fewest columns of a stretch set between a rule over it and a rule under it (三线表, booktabs)
RULED_MIN_COLS = 2
#: ... rules within this many row heights of its first and last rows, reaching across its
#: width to within a row height
RULE_REACH = 1.5
#: longest cell, in characters
MAX_CELL_CHARS = 20
#: smallest share of the stretch's cells that are numbers
MIN_NUMERIC = 0.4
#: rows farther apart than this many row heights (top to top) end a stretch
MAX_ROW_STEP = 3.0
#: runs of one column overlap, or come within this many ems of each other
COLUMN_SLACK = 0.3
#: cells of one row sit on one baseline, within this many ems
BASELINE_SLACK = 0.25


def _short(run: Line) -> bool:
    return len(run.text) <= MAX_CELL_CHARS and "。" not in run.text


def _group(row: Sequence[Line]) -> list[Line]:
    """The row's cells: an x-consecutive sequence of short runs on one baseline (a long run
    breaks one; a line of the next text column, rowed with them, sits on its own baseline),
    the one with most numbers, then the longest; not one of lone CJK characters (a line
    justified with very wide gaps).
    """
    best: list[Line] = []
    best_key = (0, 0)
    for base in _baselines(row):
        cur: list[Line] = []
        for r in [*base, None]:
            if r is not None and _short(r):
                cur.append(r)
                continue
            key = (sum(1 for c in cur if RE_PDF_NUMERIC_CELL.match(c.text)), len(cur))
            lone_chars = sum(1 for c in cur if len(c.text) == 1 and is_solid(c.text))
            if len(cur) >= 2 and key > best_key and 2 * lone_chars <= len(cur):
                best, best_key = cur, key
            cur = []
    return best


def _baselines(row: Sequence[Line]) -> list[list[Line]]:
    """The row's runs grouped by baseline (bottoms within ``BASELINE_SLACK`` ems), in x order."""
    groups: list[list[Line]] = []
    for r in sorted(row, key=lambda r: r.bottom):
        if groups and r.bottom - groups[-1][-1].bottom <= BASELINE_SLACK * r.size:
            groups[-1].append(r)
        else:
            groups.append([r])
    return [sorted(g, key=lambda r: r.x0) for g in groups]


def _merge(spans: list[tuple[float, float, float]]) -> list[list[float]]:
    cols: list[list[float]] = []
    for x0, x1, size in sorted(spans):
        if cols and x0 <= cols[-1][1] + COLUMN_SLACK * size:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return cols


def _col_of(run: Line, cols: Sequence[Sequence[float]]) -> int:
    return next(k for k, (a, b) in enumerate(cols) if a <= run.x0 <= b)


def _columns(rows: list[list[Line]], min_cols: int = MIN_COLS
             ) -> list[tuple[float, float]] | None:
    """The stretch's columns (merged x extents of its runs), or None when they do not align.

    A column is one holding a number, or a cell in every row but at most one (labels under a
    blank or a header); runs in other columns (short lines of the next text column, set level
    with table rows) are taken out of ``rows``.
    """
    cols = _merge([(r.x0, r.x1, r.size) for row in rows for r in row])
    users = [0] * len(cols)
    numbers = [False] * len(cols)
    for row in rows:
        for r in row:
            if RE_PDF_NUMERIC_CELL.match(r.text):
                numbers[_col_of(r, cols)] = True
        for k in {_col_of(r, cols) for r in row}:
            users[k] += 1
    lone = {k for k, u in enumerate(users) if not numbers[k] and u < len(rows) - 1}
    if lone:
        for row in rows:
            row[:] = [r for r in row if _col_of(r, cols) not in lone]
        if any(len(row) < 2 for row in rows):
            return None
        cols = _merge([(r.x0, r.x1, r.size) for row in rows for r in row])
    if len(cols) < min_cols:
        return None
    for row in rows:  # each run in a column of its own
        ks = [_col_of(r, cols) for r in row]
        if len(set(ks)) != len(ks):
            return None
    return [(a, b) for a, b in cols]


def _numeric_share(rows: Sequence[Sequence[Line]], quantities: bool = False) -> float:
    """The share of cells holding a number; with ``quantities``, a number with its unit too
    (`74772 亿元`, `1997年`: a three-line table's cells)."""
    cells = [r.text for row in rows for r in row]
    return sum(1 for c in cells if RE_PDF_NUMERIC_CELL.match(c)
               or quantities and _leading_number(c)) / len(cells)


def _leading_number(text: str) -> bool:
    """Whether ``text`` opens with a number (digits, then digits, `.`, `,` or `%`), a unit
    or a word after it."""
    n = 0
    while n < len(text) and (text[n].isdigit() or n and text[n] in ".,%"):
        n += 1
    return n > 0 and text[0].isdigit()


def _table(rows: Sequence[Sequence[Line]], cols: list[tuple[float, float]]) -> TableItem:
    tops = [min(r.top for r in row) for row in rows]
    bottoms = [max(r.bottom for r in row) for row in rows]
    # row bands meet halfway between rows, so every glyph of a row falls in its band
    cuts = [(bottoms[k] + tops[k + 1]) / 2 for k in range(len(rows) - 1)]
    lows = [tops[0], *cuts]
    highs = [*cuts, bottoms[-1]]
    x_cuts = [(cols[k][1] + cols[k + 1][0]) / 2 for k in range(len(cols) - 1)]
    lefts = [cols[0][0], *x_cuts]
    rights = [*x_cuts, cols[-1][1]]
    grid: list[list[BBox | None]] = [
        [(lefts[c], lows[r], rights[c], highs[r]) for c in range(len(cols))]
        for r in range(len(rows))]
    t = TableItem((cols[0][0], tops[0], cols[-1][1], bottoms[-1]), grid)
    sizes = []
    for row in rows:
        for run in row:
            for g in run.glyphs:
                t.add(g)
                sizes.append(g.size)
    sizes.sort()
    t.size = sizes[len(sizes) // 2]
    return t


def _ruled(stretch: Sequence[Sequence[Line]], rules: Sequence[tuple[float, float, float]]) -> bool:
    """Whether a rule lies over the stretch's first row and another under its last, each as
    wide as the stretch (``rules``: (x0, x1, y) of horizontal rules)."""
    x0 = min(r.x0 for row in stretch for r in row)
    x1 = max(r.x1 for row in stretch for r in row)
    top, bottom = min(r.top for r in stretch[0]), max(r.bottom for r in stretch[-1])
    h = max(r.bottom - r.top for r in stretch[0])
    across = [y for a, b, y in rules if a <= x0 + h and b >= x1 - h]
    return (any(top - RULE_REACH * h <= y <= top for y in across)
            and any(bottom <= y <= bottom + RULE_REACH * h for y in across))


def _table_from(rows: Sequence[list[Line]], i: int, rules: Sequence[tuple[float, float, float]] = ()
                ) -> tuple[int, TableItem, list[list[Line]]] | None:
    """The unruled table whose first row is ``rows[i]``: (index after its last row, the table,
    the runs of those rows that are not in it), or None."""
    stretch: list[list[Line]] = []  # cells (runs) of each row of the stretch
    others: list[list[Line]] = []  # runs of those rows outside the cells, rows in between
    first = _group(rows[i])
    if not first:  # no runs set as cells in it (the lines of a boxed heading between rules)
        return None
    span = [first[0].x0, first[-1].x1]
    j = i
    while j < len(rows):
        row = rows[j]
        group = _group(row) if len(row) >= 2 else []
        if stretch:
            over = [r for r in row if r.x0 < span[1] and span[0] < r.x1]
            if not over:  # a line of another column between two rows
                others.append(row)
                j += 1
                continue
            prev = stretch[-1]
            height = max(r.bottom - r.top for r in prev)
            near = bool(group) and group[0].top - prev[0].top <= MAX_ROW_STEP * height
            if not (near and any(r in over for r in group)):
                break
            # widened only by cells over it (not by a line of the next text column)
            inside = [r for r in group if r.x0 < span[1] and span[0] < r.x1]
            span[:] = [min(span[0], inside[0].x0), max(span[1], inside[-1].x1)]
        stretch.append(group)
        rest = [r for r in row if r not in group]
        if rest:
            others.append(rest)
        j += 1
    min_cols = RULED_MIN_COLS if rules and len(stretch) >= MIN_ROWS and _ruled(
        stretch, rules) else MIN_COLS
    full = sum(1 for g in stretch if len(g) >= min_cols)
    if len(stretch) < MIN_ROWS or 3 * full < 2 * len(stretch):
        return None
    cells = [list(g) for g in stretch]
    cols = _columns(cells, min_cols)
    if cols is None or _numeric_share(cells, min_cols == RULED_MIN_COLS) < MIN_NUMERIC:
        return None
    taken = {id(r) for row in cells for r in row}
    for g in stretch:  # runs taken out of a text column go back to the prose
        back = [r for r in g if id(r) not in taken]
        if back:
            others.append(back)
    return j, _table(cells, cols), others


def _between_rules(rows: Sequence[list[Line]], rules: Sequence[tuple[float, float, float]]
                   ) -> list[TableItem]:
    """Tables set between rules of one extent (a three-line table's top, middle and bottom
    rules): the runs inside that extent and between the top and the bottom rule, tried as a
    table on their own (the lines of a text column beside it set level with its rows stay
    out)."""
    spans: dict[tuple[int, int], list[float]] = {}
    for x0, x1, y in rules:
        spans.setdefault((round(x0), round(x1)), []).append(y)
    out = []
    for (x0, x1), ys in spans.items():
        if len(ys) < 2:
            continue
        top, bottom = min(ys), max(ys)
        inside = [kept for row in rows if (kept := [
            r for r in row if x0 - 2 <= r.x0 and r.x1 <= x1 + 2 and top < r.top and r.bottom < bottom])]
        if len(inside) < MIN_ROWS or any(len(row) < RULED_MIN_COLS for row in inside):
            continue
        found = _table_from(inside, 0, rules)
        if found is not None and found[0] == len(inside):
            out.append(found[1])
    return out


def find_unruled_tables(rows: Sequence[list[Line]], rules: Sequence[tuple[float, float, float]] = ()
                        ) -> tuple[list[list[Line]], list[TableItem]]:
    """A page's rows (top to bottom) less the runs of unruled tables, and those tables.

    Rows are formed across the whole page, so a table row may share its row with lines of the
    next text column: a row's cells are a sequence of short runs on one baseline, and a row
    with no run over the table's x extent (a line of another column, set between two table
    rows) does not interrupt the table. A table is tried from each row with cells in turn.
    ``rules``: (x0, x1, y) of the page's horizontal rules outside ruled tables (a stretch of two
    columns between two of them is a three-line table).
    """
    tables = _between_rules(rows, rules) if rules else []
    if tables:
        taken = {id(g) for t in tables for gs in t.cells.values() for g in gs}
        rows = [kept for row in rows
                if (kept := [r for r in row if not any(id(g) in taken for g in r.glyphs)])]
    rest: list[list[Line]] = []
    i = 0
    while i < len(rows):
        found = _table_from(rows, i, rules) if len(_group(rows[i])) >= 2 else None
        if found is None:
            rest.append(rows[i])
            i += 1
            continue
        i, table, others = found
        tables.append(table)
        rest.extend(others)
    rest.sort(key=lambda row: min(r.top for r in row))
    return rest, tables
