"""Columns and reading order: a page's runs (and table/box items) into regions, read in order.

The page is cut into horizontal *bands* (items overlapping vertically). Consecutive bands that
share a vertical whitespace gap (a gutter, at least ``GUTTER_MIN`` body ems wide between the
runs' ink, with text on both sides, each at least two lines high) form a *columned group*, read column by column (each column
cut again the same way, so a box of two columns inside a column is read in its place). Bands
without a shared gutter (titles, abstracts and tables spanning the columns) form *spanning
groups*, read top to bottom. This is an XY-cut that prefers columns, which keeps two columns
with aligned baselines from being cut into interleaved line pairs.

>>> from zhdoc.pdf.chars import Glyph
>>> from zhdoc.pdf.lines import Line
>>> def run(text, x, top):
...     return Line([Glyph(t, x + 10 * i, x + 10 * i + 10, top, top + 10, 10, False)
...                  for i, t in enumerate(text)])
>>> rows = [("左" * 8, "右" * 8), ("甲" * 8, "乙" * 8), ("丙" * 8, "丁" * 8)]
>>> items = [run("标题" * 8, 0, 0)] + [run(t, x, 20 + 14 * k)
...          for k, (a, b) in enumerate(rows) for t, x in ((a, 0), (b, 100))]
>>> [[ln.text[0] for ln in r.items] for r in reading_order(items, 10.0)]
[['标'], ['左', '甲', '丙'], ['右', '乙', '丁']]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from zhdoc.pdf.lines import ROW_SHRINK, Line, overlap_groups, runs_to_lines

#: narrowest gutter between columns, in body ems of free space between runs' ink (runs part at
#: gaps over ``RUN_GAP`` or where the drawing order leaves the line, so a gap this narrow
#: between two runs is no word space; a one-em gutter with a `，` hung into it keeps this much)
GUTTER_MIN = 0.5
#: ... and once found, a gutter goes on through bands that leave this much of it free (marks
#: hung into it from both sides narrow it further)
GUTTER_KEEP = 0.2
#: each side of a gutter must hold text at least this many line heights tall ...
GUTTER_SIDE_LINES = 1.8
#: ... and at least this many body ems wide
MIN_COLUMN = 6.0
#: one side may hold less when the other holds this many lines ...
FULL_COLUMN_LINES = 5
#: ... and the gutter at most this many body ems wide
SHORT_SIDE_GUTTER = 3.0
#: type this many times the body size or larger is a title's or heading's, not a column's text
LARGER = 1.2
#: pieces of a line in larger type this many of their ems apart are words of one title ...
TITLE_SPACE = 1.5
#: ... but under this many times the body size, pieces on both sides of a gutter the bands
#: above found are headings side by side, each in its column (titles are display type, set
#: at least 1.8 times the body size, like zhdoc.pdf.heads.DISPLAY_REL)
DISPLAY = 1.8
#: how deep columns inside columns are followed
MAX_DEPTH = 3


class Item(Protocol):
    x0: float
    x1: float
    top: float
    bottom: float


class Region:
    """Items read in order within one column or spanning area; ``frame`` is the area's width."""

    __slots__ = ("items", "frame", "columned")

    def __init__(self, items: list[Item], frame: tuple[float, float], columned: bool) -> None:
        self.items = items
        self.frame = frame
        self.columned = columned

    def edges(self, size: float | None = None) -> tuple[float, float]:
        """Left and right text edges: a column's lines' own when it has three or more (its
        frame may run on over the space of columns left empty); in a spanning area, those of
        its three or more lines of ``size`` when two or more are set to the full measure (a
        block set narrower than the page); else the frame."""
        lines = [it for it in self.items if isinstance(it, Line)]
        if self.columned:
            if len(lines) >= 3:
                return min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
        elif size is not None:
            lines = [ln for ln in lines if abs(ln.size - size) <= 0.1 * size]
            if len(lines) >= 3:
                right = max(ln.x1 for ln in lines)
                # a measure two lines or more are set to, not the longest of ragged lines
                if sum(1 for ln in lines if right - ln.x1 <= size) >= 2:
                    return min(ln.x0 for ln in lines), right
        return self.frame

    def __repr__(self) -> str:
        return f"Region({len(self.items)} items, frame={self.frame})"


def _bands(items: Sequence[Item]) -> list[list[Item]]:
    """Items grouped into horizontal bands (lines shrunk like glyph rows; boxes not)."""
    return overlap_groups(sorted(items, key=lambda it: it.top),
                          lambda it: (it.bottom - it.top) * ROW_SHRINK if isinstance(it, Line) else 0.0)


def _free(band: Sequence[Item], lo: float, hi: float, min_w: float,
          large: float = 0.0, gutters: Sequence[tuple[float, float]] = (),
          display: float = float("inf")) -> list[tuple[float, float]]:
    """Free x-intervals of a band within [lo, hi], at least min_w wide. Pieces of one line in
    type of at least ``large`` points, a space of their type apart (``TITLE_SPACE`` ems), are
    one line: a title's words, not two columns; unless the space between them holds one of
    the ``gutters`` the bands above found, min_w of it free, and they are set under ``display``
    points: then they are two headings side by side, each at the top of its column."""
    spans = sorted((((it.gutter_ink if isinstance(it, Line) else (it.x0, it.x1)), it) for it in band),
                   key=lambda sp: sp[0])
    free = []
    x = lo
    prev = None
    for (a, b), it in spans:
        if (large and prev is not None and isinstance(it, Line) and isinstance(prev, Line)
                and it.size >= large and abs(it.size - prev.size) <= 0.05 * it.size
                and a - x <= TITLE_SPACE * it.size
                and not (it.size < display and _intersect(gutters, [(x, a)], min_w))):
            x = max(x, b)
            prev = it
            continue
        prev = it
        if a - x >= min_w:
            free.append((x, a))
        if b > x:
            x = b
    if hi - x >= min_w:
        free.append((x, hi))
    return free


def _intersect(s: list[tuple[float, float]], t: list[tuple[float, float]],
               min_w: float) -> list[tuple[float, float]]:
    out = []
    for a, b in s:
        for c, d in t:
            lo, hi = max(a, c), min(b, d)
            if hi - lo >= min_w:
                out.append((lo, hi))
    return out


def _valid_gutters(items: Sequence[Item], gaps: list[tuple[float, float]], line_h: float,
                   body_size: float) -> list[tuple[float, float]]:
    """Gaps between two columns of text: each side at least ``GUTTER_SIDE_LINES`` lines tall
    and ``MIN_COLUMN`` ems wide (a list of ordinals, as in a table of contents, is narrower).

    One side may be shorter (the last column of an article, holding its last lines) when the
    other is a full column (``FULL_COLUMN_LINES``), the gap is gutter-narrow
    (``SHORT_SIDE_GUTTER`` ems), and the short side starts at the top and is more than lone
    glyphs (a line justified with wide gaps splits into those).
    """
    good = []
    top = min(it.top for it in items)
    for a, b in gaps:
        left = [it for it in items if it.x1 <= a + 0.5]
        right = [it for it in items if it.x0 >= b - 0.5]
        if not left or not right:
            continue
        sides = []
        for side in (left, right):
            height = max(it.bottom for it in side) - min(it.top for it in side)
            width = max(it.x1 for it in side) - min(it.x0 for it in side)
            sides.append((height, width >= MIN_COLUMN * body_size, side))
        (lh, lw, _), (rh, rw, _) = sides
        if min(lh, rh) >= GUTTER_SIDE_LINES * line_h and lw and rw:
            good.append((a, b))
            continue
        (th, tw, tall), (_, _, short) = sorted(sides, key=lambda s: -s[0])
        rows = len({round(it.top / line_h) for it in tall})
        if (rows >= FULL_COLUMN_LINES and tw and b - a <= SHORT_SIDE_GUTTER * body_size
                and min(it.top for it in short) <= top + 1.5 * line_h
                and any(not isinstance(it, Line) or len(it.glyphs) > 1 for it in short)):
            good.append((a, b))
    return good


def _spanning(items: list[Item], frame: tuple[float, float]) -> Region:
    lines = runs_to_lines([it for it in items if isinstance(it, Line)])
    others = [it for it in items if not isinstance(it, Line)]
    ordered: list[Item] = sorted([*lines, *others], key=lambda it: it.top)
    return Region(ordered, frame, columned=False)


def _column_pieces(groups: list[tuple[list[Item], list[tuple[float, float]]]], body_size: float
                   ) -> list[tuple[list[Item], list[tuple[float, float]]]]:
    """Spanning groups that are pieces of one column of the columned group right under (or
    over) them join it: lines of body type, two or more, set flush in that column's width
    (the top of an article's last column beside its title, which the others start under; the
    foot of a column longer than the others). Read on their own, they would come before (or
    after) every column."""
    out = list(groups)
    k = 0
    while k < len(out):
        items, gutters = out[k]
        if not gutters:
            for j in (k + 1, k - 1):
                if 0 <= j < len(out) and out[j][1] and _piece_of(items, out[j], body_size):
                    out[j] = ([*out[j][0], *items], out[j][1])
                    del out[k]
                    k -= 1
                    break
        k += 1
    return out


def _first_rows(groups: list[tuple[list[Item], list[tuple[float, float]]]]
                ) -> list[tuple[list[Item], list[tuple[float, float]]]]:
    """A spanning group's last rows that are rows of the columned group right under it join
    it: pieces in two or more of its columns, none across a gutter (an article's first row,
    its first column opening with a short line, 核心阅读, that a gap in the head over it reached:
    read as one line over the columns, it would run the columns' first lines together)."""
    out = list(groups)
    for k in range(len(out) - 1):
        items, gutters = out[k]
        below, cols = out[k + 1]
        if gutters or not cols:
            continue
        bands = _bands(items)
        moved: list[Item] = []
        while len(bands) > 1 and _row_of(bands[-1], cols):
            moved = bands.pop() + moved
        if moved:
            out[k] = ([it for band in bands for it in band], gutters)
            out[k + 1] = ([*moved, *below], cols)
    return out


def _row_of(band: list[Item], gutters: list[tuple[float, float]]) -> bool:
    """Whether a band's items sit in two or more of the columns the gutters part, none across one."""
    if not all(isinstance(it, Line) for it in band):
        return False
    if any(it.x0 < b and a < it.x1 for it in band for a, b in gutters):
        return False
    return len({_column_of(it, gutters) for it in band}) >= 2


def _piece_of(items: list[Item], group: tuple[list[Item], list[tuple[float, float]]],
              body_size: float) -> bool:
    lines = [it for it in items if isinstance(it, Line)]
    if len(lines) < 2 or len(lines) != len(items) or any(
            ln.size >= LARGER * body_size for ln in lines):
        return False
    g_items, gutters = group
    col = [it for it in g_items if _column_of(it, gutters) == _column_of(lines[0], gutters)]
    if not col:
        return False
    lo, hi = min(it.x0 for it in col), max(it.x1 for it in col)
    return (all(lo - 0.5 * body_size <= ln.x0 and ln.x1 <= hi + body_size for ln in lines)
            and min(ln.x0 for ln in lines) <= lo + body_size
            and max(ln.x1 for ln in lines) >= hi - body_size)


def _column_of(it: Item, gutters: list[tuple[float, float]]) -> int:
    cx = (it.x0 + it.x1) / 2
    return sum(1 for a, _ in gutters if cx > a)


def reading_order(items: Sequence[Item], body_size: float,
                  frame: tuple[float, float] | None = None, depth: int = 0) -> list[Region]:
    """Items of one page (or column) as regions in reading order."""
    if not items:
        return []
    if frame is None:
        frame = (min(it.x0 for it in items), max(it.x1 for it in items))
    lo, hi = frame
    min_w = GUTTER_MIN * body_size
    heights = sorted(it.bottom - it.top for it in items if isinstance(it, Line))
    line_h = heights[len(heights) // 2] if heights else body_size
    # group bands: (items, shared gaps); gaps == [] marks a spanning group
    groups: list[tuple[list[Item], list[tuple[float, float]]]] = []
    def interior(gaps: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(a, b) for a, b in gaps if a > lo + 0.5 and b < hi - 0.5]

    n_bands = 0  # bands in the last group
    keep_w = GUTTER_KEEP * body_size
    for band in _bands(items):
        # the band's free space down to what keeps a gutter going (marks hung into it from
        # both sides), and the part of it wide enough to start one
        above = groups[-1][1] if groups else []
        narrow = _free(band, lo, hi, keep_w, LARGER * body_size, above, DISPLAY * body_size)
        gaps = [(a, b) for a, b in narrow if b - a >= min_w]
        if groups:
            g_items, g_gaps = groups[-1]
            if g_gaps and narrow:
                shared = _intersect(g_gaps, narrow, keep_w)
                # a gutter lies between text, not at the frame's edge; a group of one band
                # without a gutter of its own that would cost this band a gutter is a stub
                # (the short last line of a block spanning the columns), and so is a line of
                # larger type alone in its band (a title centred over the columns, however its
                # width happens to fall): columns start here
                stub = n_bands == 1 and not interior(g_gaps) and (
                    len(interior(shared)) < len(interior(gaps))
                    or all(isinstance(it, Line) and it.size >= LARGER * body_size for it in g_items))
                if interior(shared) and not stub:
                    g_items.extend(band)
                    groups[-1] = (g_items, shared)
                    n_bands += 1
                    continue
            elif not g_gaps and not gaps:
                g_items.extend(band)
                n_bands += 1
                continue
        groups.append((list(band), gaps))
        n_bands = 1
    # keep only gutters with text on both sides; groups without one span the frame
    resolved: list[tuple[list[Item], list[tuple[float, float]]]] = []
    for g_items, g_gaps in groups:
        gutters = (_valid_gutters(g_items, interior(g_gaps), line_h, body_size)
                   if g_gaps else [])
        if not gutters and resolved and not resolved[-1][1]:
            resolved[-1][0].extend(g_items)
        else:
            resolved.append((g_items, gutters))
    resolved = _first_rows(_column_pieces(resolved, body_size))
    regions: list[Region] = []
    for g_items, gutters in resolved:
        if not gutters or depth >= MAX_DEPTH:
            regions.append(_spanning(g_items, frame))
            continue
        bounds = [lo, *(x for gap in gutters for x in gap), hi]
        cols: list[list[Item]] = [[] for _ in range(len(gutters) + 1)]
        for it in g_items:
            cols[_column_of(it, gutters)].append(it)
        for k, col in enumerate(cols):
            if col:
                sub = reading_order(col, body_size, (bounds[2 * k], bounds[2 * k + 1]), depth + 1)
                for r in sub:
                    r.columned = True
                regions.extend(sub)
    return regions
