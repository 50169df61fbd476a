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
from zhdoc.pdf.chars import Glyph, glyphs_to_text, is_solid
from zhdoc.rules.chars import PULLED

T = TypeVar("T")  # anything with top and bottom (glyphs, lines, boxes)

#: a gap wider than this many ems ends a run (column gutters are as wide or wider)
RUN_GAP = 0.8
#: full-width marks inked in the left (closing) or right (opening) part of their em box
CLOSING_MARKS = frozenset("，。、．：；！？）》」』】〕〉”’")
OPENING_MARKS = frozenset("（《「『【〔〈“‘")
#: the share of such a mark's box its ink reaches across (centred marks included)
INK_SHARE = 0.65
#: glyph boxes are shrunk by this fraction of their height before rows are formed,
#: so that lines set with tight leading do not touch
ROW_SHRINK = 0.2


class Line:
    """Glyphs of one line (or run) in x order, with box, dominant size and weight; ``seq`` is
    the first glyph's place in the content stream. A vertical line (``vertical``: glyphs set
    one under the other, a title or byline set upright in a column) holds them top to bottom.
    """

    __slots__ = ("glyphs", "x0", "x1", "top", "bottom", "size", "bold", "seq", "vertical", "_text",
                 "_font")

    def __init__(self, glyphs: Sequence[Glyph], vertical: bool = False) -> None:
        self.glyphs = tuple(glyphs)
        self.seq = min(g.seq for g in glyphs)
        self.vertical = vertical
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        sizes = sorted(g.size for g in glyphs)
        self.size = sizes[len(sizes) // 2]
        self.bold = sum(g.bold for g in glyphs) * 2 > len(glyphs)
        self._text: str | None = None
        self._font: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = ("".join(g.text for g in self.glyphs) if self.vertical
                          else glyphs_to_text(self.glyphs))
        return self._text

    @property
    def font(self) -> str:
        """The font most of its Chinese characters are set in ("" when it has none, or the
        font is not known): Latin digits and words often come from another font."""
        if self._font is None:
            counts: dict[str, int] = {}
            for g in self.glyphs:
                if g.font and is_solid(g.text[0]):
                    counts[g.font] = counts.get(g.font, 0) + 1
            self._font = max(counts, key=counts.__getitem__) if counts else ""
        return self._font

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def ink(self) -> tuple[float, float]:
        """Left and right edges of the line's ink: a full-width closing mark (`，` `。` `”`)
        inks only the left part of its em box, an opening one (`“` `（`) the right part, so a
        mark hung into the margin reaches into a gutter by less than its box says."""
        x0, x1 = self.x0, self.x1
        if self.vertical:
            return x0, x1
        first, last = self.glyphs[0], self.glyphs[-1]
        if last.x1 >= x1 and last.text in CLOSING_MARKS:
            x1 = max(last.x0 + INK_SHARE * (last.x1 - last.x0),
                     max((g.x1 for g in self.glyphs[:-1]), default=x0))
        if first.x0 <= x0 and first.text in OPENING_MARKS:
            x0 = min(first.x1 - INK_SHARE * (first.x1 - first.x0),
                     min((g.x0 for g in self.glyphs[1:]), default=x1))
        return x0, x1

    @property
    def gutter_ink(self) -> tuple[float, float]:
        """The line's ink as a gutter beside it sees it: marks pulled up onto its end and hung
        past its column (``区改造……``: two ems of an ellipsis, ``。”``) ink no more of the gutter
        than the first of them does."""
        x0, x1 = self.ink
        glyphs = self.glyphs
        k = len(glyphs)
        while k > 1 and glyphs[k - 1].text in PULLED:
            k -= 1
        if k < len(glyphs) - 1 and not self.vertical:
            first = glyphs[k]
            x1 = min(x1, max(first.x0 + INK_SHARE * (first.x1 - first.x0),
                             max(g.x1 for g in glyphs[:k])))
        return x0, x1

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


#: glyphs starting within this many ems of each other keep the drawing order (two half-width
#: marks set in one em box, `：“`)
SAME_X = 0.1


def in_x_order(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Glyphs left to right; two that start at the same place (within ``SAME_X`` ems) in the
    order they are drawn.

    >>> a, b = Glyph("：", 10.00001, 18, 0, 8, 8, False, 1), Glyph("“", 10.0, 18, 0, 8, 8, False, 2)
    >>> [g.text for g in in_x_order([b, a])]
    ['：', '“']
    """
    out = sorted(glyphs, key=lambda g: g.x0)
    for i in range(1, len(out)):
        j = i
        while j > 0 and out[j].seq < out[j - 1].seq and (
                out[j].x0 - out[j - 1].x0 < SAME_X * min(out[j].size, out[j - 1].size)):
            out[j - 1], out[j] = out[j], out[j - 1]
            j -= 1
    return out


def glyphs_to_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into rows (vertically overlapping glyphs), top to bottom, each in x order."""
    rows = overlap_groups(sorted(glyphs, key=lambda g: (g.top + g.bottom)), _row_shrink)
    for r in rows:
        r[:] = in_x_order(r)
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


#: glyphs stacked one under the other step down by this many of their sizes (at most)
VERTICAL_STEP = 2.2


def vertical_runs(glyphs: Sequence[Glyph]) -> tuple[list[Line], list[Glyph]]:
    """(vertical lines, the other glyphs): runs of two or more ideographs drawn one after the
    other, each under the last (its left edge within a third of its size, its top a little
    below the last one's, no more than ``VERTICAL_STEP`` sizes down): a title or byline set
    upright in a column (``准`` / ``确`` / ``把`` / ``握``).

    >>> gs = [Glyph(t, 0, 10, 12 * i, 12 * i + 10, 10, False, i) for i, t in enumerate("严书翰")]
    >>> gs.append(Glyph("文", 20, 30, 0, 10, 10, False, 3))
    >>> lines, rest = vertical_runs(gs)
    >>> [(ln.text, ln.vertical) for ln in lines], [g.text for g in rest]
    ([('严书翰', True)], ['文'])
    """
    out: list[Line] = []
    rest: list[Glyph] = []
    run: list[Glyph] = []

    def close() -> None:
        if len(run) >= 2:
            out.append(Line(list(run), vertical=True))
        else:
            rest.extend(run)
        run.clear()

    for g in glyphs:
        if run:
            p = run[-1]
            step = g.top - p.top
            if (_ideograph(g.text) and abs(g.x0 - p.x0) < p.size / 3 and abs(g.size - p.size) < 0.1 * p.size
                    and 0.8 * p.size <= step + 0.2 * p.size and step <= VERTICAL_STEP * p.size):
                run.append(g)
                continue
            close()
        if _ideograph(g.text):
            run.append(g)
        else:
            rest.append(g)
    close()
    rest.sort(key=lambda g: g.seq)
    return out, rest


def _ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


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
            lines.append(Line(in_x_order([g for r in grp for g in r.glyphs])))
    return lines
