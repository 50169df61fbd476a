"""Lines: glyphs grouped into rows, rows cut into runs at wide gaps, runs merged into lines.

A *run* is a stretch of one row with no gap wider than ``RUN_GAP`` ems: the unit the column
finder places. A *line* is what is left of a row inside one column: its runs joined again.

>>> from zhdoc.pdf.chars import Glyph
>>> gs = [Glyph(t, x, x + 10, 0, 10, 10, False) for t, x in (("左", 0), ("栏", 10), ("右", 60))]
>>> [r.text for r in glyphs_to_runs(gs)]
['左栏', '右']
>>> [[r.text for r in row] for row in runs_to_rows(glyphs_to_runs(gs))]
[['左栏', '右']]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from zhdoc.model import BBox
from zhdoc.pdf.chars import Glyph, glyphs_to_text

T = TypeVar("T")  # anything with top and bottom (glyphs, lines, boxes)

#: a gap wider than this many ems ends a run (column gutters are as wide or wider)
RUN_GAP = 0.8
#: glyph boxes are shrunk by this fraction of their height before rows are formed,
#: so that lines set with tight leading do not touch
ROW_SHRINK = 0.2


class Line:
    """Glyphs of one line (or run) in x order, with box, dominant size and weight."""

    __slots__ = ("glyphs", "x0", "x1", "top", "bottom", "size", "bold", "_text")

    def __init__(self, glyphs: Sequence[Glyph]) -> None:
        self.glyphs = tuple(glyphs)
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        sizes = sorted(g.size for g in glyphs)
        self.size = sizes[len(sizes) // 2]
        self.bold = sum(g.bold for g in glyphs) * 2 > len(glyphs)
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = glyphs_to_text(self.glyphs)
        return self._text

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def __repr__(self) -> str:
        return f"Line({self.text!r}, x={self.x0:.0f}-{self.x1:.0f}, top={self.top:.0f})"


def overlap_groups(order: Sequence[T], shrink: Callable[[T], float]) -> list[list[T]]:
    """Items (in the caller's top-to-bottom order) grouped while each one overlaps its group
    vertically, with both ends of every item pulled in by ``shrink(item)`` points.

    The one grouping rule behind glyph rows, run rows, lines and column bands.
    """
    groups: list[list[T]] = []
    cur: list[T] = []
    cur_bottom = -1e9
    for it in order:
        k = shrink(it)
        if cur and it.top + k < cur_bottom:
            cur.append(it)
            b = it.bottom - k
            if b > cur_bottom:
                cur_bottom = b
        else:
            if cur:
                groups.append(cur)
            cur = [it]
            cur_bottom = it.bottom - k
    if cur:
        groups.append(cur)
    return groups


def _row_shrink(it: Glyph | Line) -> float:
    return (it.bottom - it.top) * ROW_SHRINK


def glyphs_to_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into rows (vertically overlapping glyphs), top to bottom, each in x order."""
    rows = overlap_groups(sorted(glyphs, key=lambda g: (g.top + g.bottom)), _row_shrink)
    for r in rows:
        r.sort(key=lambda g: g.x0)
    return rows


def row_to_runs(row: Sequence[Glyph]) -> list[Line]:
    """One row (in x order) cut at gaps wider than ``RUN_GAP`` ems."""
    runs: list[Line] = []
    start = 0
    for i in range(1, len(row)):
        a, b = row[i - 1], row[i]
        if b.x0 - a.x1 > RUN_GAP * max(a.size, b.size):
            runs.append(Line(row[start:i]))
            start = i
    runs.append(Line(row[start:]))
    return runs


def glyphs_to_runs(glyphs: Sequence[Glyph]) -> list[Line]:
    """Runs of a page from its glyphs in drawing order: a run goes on while the next glyph
    sits on the same line just right of the last one (no gap over ``RUN_GAP`` ems).

    Following the drawing order keeps lines of neighbouring columns set at different heights
    from being chained into one row.
    """
    runs: list[Line] = []
    cur: list[Glyph] = []
    for g in glyphs:
        if cur:
            p = cur[-1]
            size = p.size if p.size > g.size else g.size
            dx = g.x0 - p.x1
            if abs(g.bottom - p.bottom) < 0.3 * size and -0.5 * size < dx < RUN_GAP * size:
                cur.append(g)
                continue
            runs.append(Line(cur))
        cur = [g]
    if cur:
        runs.append(Line(cur))
    return runs


def runs_to_rows(runs: Sequence[Line]) -> list[list[Line]]:
    """Runs grouped into rows (vertically overlapping), top to bottom, each in x order."""
    rows = overlap_groups(sorted(runs, key=lambda r: r.top + r.bottom), _row_shrink)
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def runs_to_lines(runs: Sequence[Line]) -> list[Line]:
    """Runs of one column merged into lines (runs on the same row), top to bottom."""
    if not runs:
        return []
    groups = overlap_groups(sorted(runs, key=lambda r: r.top + r.bottom), _row_shrink)
    lines = []
    for grp in groups:
        if len(grp) == 1:
            lines.append(grp[0])
        else:
            lines.append(Line(sorted((g for r in grp for g in r.glyphs), key=lambda g: g.x0)))
    return lines
