"""Where each line sits in its column, and how the document sets its paragraphs.

A line's *seat* is what the paragraph decision needs to know about it: its page and region, the
column's flush-left edge and right measure *where the line is* (measured from the lines around
it, so a column set narrower beside a title or a figure has its own edges there), and the usual
line pitch. The document's *style* is estimated from all seats, for each size of type: whether
paragraphs open with a first-line indent (and how wide), whether they are set apart by space
(and how much). Nothing here is fitted to one typesetter: every length is measured
on the document itself, in ems of the line's own size.

>>> from zhdoc.pdf.chars import Glyph
>>> def line(n, top, x=0.0):
...     return Line([Glyph("字", x + 10 * i, x + 10 * i + 10, top, top + 10, 10.0, False)
...                  for i in range(n)])
>>> lines = [line(18, 0, 20.0), line(20, 15), line(9, 30), line(18, 45, 20.0), line(20, 60)]
>>> [(s.left, s.right) for s in seat_lines(lines, 1, 1, (0.0, 200.0), True)]
[(0.0, 200.0), (0.0, 200.0), (0.0, 200.0), (0.0, 200.0), (0.0, 200.0)]
>>> first_unit("5000万吨").text, first_unit("“十三五”").text, first_unit("元。其").text
('5000', '“十', '元。')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from zhdoc.model import BBox
from zhdoc.pdf.chars import is_solid
from zhdoc.pdf.lines import CLOSING_MARKS, OPENING_MARKS, Line

#: lines looked at on each side of a line to measure its column's right edge there ...
WINDOW = 2
#: ... and its left edge, from the wrapped lines among them: lines under a line that stops
#: less than this many ems short of its measure
LEFT_WINDOW = 4
WRAPPED_ROOM = 1.0
FLUSH_SLACK = 0.3
#: a measure is one that two lines reach to within this many ems
SUPPORT = 0.5
#: ... and a region's measure is one two lines reach, its farthest line at most this many ems
#: beyond it
REGION_SLACK = 2.0
#: a closing mark last on a line reaches this share of its box past its start
HUNG_SHARE = 0.25
#: lines within this share of each other's size are set in one size
SAME_SIZE = 0.02
#: a line indented by at least this many ems (and at most ``MAX_INDENT``) may open a paragraph
MIN_INDENT = 0.7
MAX_INDENT = 4.0
#: extra space between two lines of a column, in ems, from which it may part paragraphs (and
#: at most ``MAX_SPACE``: more is a figure or a block between them)
MIN_SPACE = 0.25
MAX_SPACE = 2.5
#: a document style (an indent width, a paragraph space) is the median of what was measured
#: when at least ``STYLE_MIN`` measurements, and this share of them, lie within ``STYLE_SPREAD``
#: ems of it
STYLE_MIN = 3
STYLE_SHARE = 0.6
STYLE_SPREAD = 0.35
#: paragraphs are set apart by space when at least this share of the steps between lines have
#: it (a few spaces around figures and quotes do not make a spaced document)
SPACE_SHARE = 0.05
#: characters that may not start a line (they stay with the character before them)
NO_START = CLOSING_MARKS | frozenset("%％‰°℃…—·・")


@dataclass(frozen=True, slots=True)
class Seat:
    """A line in its place: page, running region number, the column's flush-left edge and
    right measure around it (points), the usual pitch between its lines (points, 0 if unknown),
    whether it is the first or last line of its size in its region, and whether lines support
    its measure (else it is its region's frame: too few lines, or ragged)."""

    line: Line
    page: int
    region: int
    left: float
    right: float
    pitch: float
    first: bool = False
    last: bool = False
    measured: bool = True  # False: no two lines of its size around it reach its measure

    @property
    def edges(self) -> tuple[float, float]:
        return (self.left, self.right)


@dataclass(frozen=True, slots=True)
class Style:
    """How the document sets its paragraphs in one size of type, measured on it: the usual
    first-line indent and paragraph space (ems; None when it does not use them), and the
    document's usual pitch for it (points)."""

    size: float
    indent: float | None = None
    space: float | None = None
    pitch: float = 0.0


class Unit:
    """The first unbreakable piece of a line: the glyphs a line break could not have parted
    (a Latin word or number, a character with the closing marks that may not start a line,
    an opening mark with the character after it); ``width`` in points."""

    __slots__ = ("text", "width")

    def __init__(self, text: str, width: float) -> None:
        self.text = text
        self.width = width


def first_unit(line: Line | str) -> Unit:
    """The first unbreakable piece of ``line`` (a string is taken as glyphs one em of 10 pt
    wide, for the examples)."""
    if isinstance(line, str):
        from zhdoc.pdf.chars import Glyph
        line = Line([Glyph(t, 10.0 * i, 10.0 * i + 10, 0, 10, 10.0, False)
                     for i, t in enumerate(line)])
    gs = line.glyphs
    n = 1
    if gs[0].text in OPENING_MARKS and len(gs) > 1:
        n = 2
    latin = not is_solid(gs[n - 1].text[0])
    while n < len(gs):
        g, p = gs[n], gs[n - 1]
        if g.text in NO_START:
            n += 1
            continue
        if latin and not is_solid(g.text[0]) and g.x0 - p.x1 < 0.2 * g.size:
            n += 1
            continue
        break
    return Unit("".join(g.text for g in gs[:n]), sum(g.x1 - g.x0 for g in gs[:n]))


def same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SIZE * max(a, b)


def _usual(steps: Sequence[float]) -> float:
    """The most common step (within 5 %; the smaller on a tie)."""
    order = sorted(steps)
    return max(order, key=lambda s: bisect_right(order, 1.05 * s) - bisect_left(order, 0.95 * s))


def _steps(lines: Sequence[Line]) -> list[float]:
    return [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top - a.top > 0.9 * a.size]


def _by_size(lines: Sequence[Line]) -> list[list[int]]:
    """Indices of ``lines`` grouped by size (each group in the lines' order)."""
    groups: list[tuple[float, list[int]]] = []
    for i, ln in enumerate(lines):
        for size, idx in groups:
            if same_size(size, ln.size):
                idx.append(i)
                break
        else:
            groups.append((ln.size, [i]))
    return [idx for _, idx in groups]


def seat_lines(lines: Sequence[Line], page: int, region: int, frame: tuple[float, float],
               columned: bool, pitch_em: float = 0.0, col_width: float = 0.0,
               around: Sequence[BBox] = ()) -> list[Seat]:
    """The seats of one region's lines (top to bottom).

    A line's right measure is read from its neighbours of its size, ``WINDOW`` on each side:
    the farther reach of those above and of those below, the nearer of the two (the last line of
    a paragraph takes the measure of the full lines around it; beside a figure, the lines there
    set the measure) and never short of the line's own reach. A line ending in a closing mark
    reaches a little past the mark's start (hung into the margin, the mark starts at the
    measure; set inside, it ends there). The left edge is where *wrapped* lines start (lines
    under a line that reaches its measure: never indented), those around the line when two or
    more are near (``LEFT_WINDOW``), else those of the whole region. A region with fewer than
    three lines of a size has no measure of its own: the edges the region's main text measures
    (a heading or a quote among it), else its frame, or for a short column beside an empty
    one, the previous column's width (``col_width``). A measure narrower than the
    region's by more than ``REGION_SLACK`` ems stands only where something of the page
    (``around``: boxes of its text, heads, images, tables) lies beside the line: else short
    lines that happen to end alike (one-line paragraphs) would make their own measure.
    """
    seats: list[Seat | None] = [None] * len(lines)
    ref: tuple[float, float] | None = None  # edges the region's main text measures
    for idx in sorted(_by_size(lines), key=len, reverse=True):
        group = [lines[i] for i in idx]
        steps = _steps(group)
        size = group[0].size
        own_pitch = (_usual(steps) if len(steps) >= 3 else min(steps + [pitch_em * size])
                     if pitch_em else min(steps, default=0.0))
        n = len(group)
        if n >= 3:
            ends = [measure_end(ln) for ln in group]
            size = group[0].size
            region_right, supported = _region_right(ends, size, frame[1])
            rights: list[tuple[float, bool]] = []
            for a, b in _runs(idx):  # the measure is read within runs of adjacent lines
                rights += _rights(ends[a:b], size, (region_right, supported))
            for k, ln in enumerate(group):
                if rights[k][0] < region_right - REGION_SLACK * size and not _beside(
                        ln, rights[k][0] + size, region_right, around):
                    rights[k] = (region_right, supported)
            lefts = _lefts(group, [r for r, _ in rights],
                           [b == a + 1 for a, b in zip(idx, idx[1:])])
            if ref is None and supported:
                ref = (_median(lefts), region_right)
        else:
            lo, hi = _short_edges(group, frame, columned, col_width)
            if ref is not None and all(ln.x1 <= ref[1] + ln.size and ln.x0 >= ref[0] - ln.size
                                       for ln in group):
                lo, hi = ref  # a heading or quote among the region's text: its edges
            lefts, rights = [lo] * n, [(hi, False)] * n
        for k, (i, ln) in enumerate(zip(idx, group)):
            right, supported = rights[k]
            seats[i] = Seat(ln, page, region, lefts[k], max(right, measure_end(ln)),
                            own_pitch, k == 0, k == n - 1, supported)
    return [s for s in seats if s is not None]


def measure_end(line: Line) -> float:
    """Where a line's text reaches on the right, as evidence of its column's measure: its end,
    or for a closing mark last, a quarter of the mark past its start."""
    last = line.glyphs[-1]
    if last.text in CLOSING_MARKS and last.x1 >= line.x1 - 0.01:
        return last.x0 + HUNG_SHARE * (last.x1 - last.x0)
    return line.x1


def _beside(line: Line, x0: float, x1: float, around: Sequence[BBox]) -> bool:
    """Whether something in ``around`` lies between x0 and x1 at the line's height."""
    return any(b[0] < x1 and b[2] > x0 and b[1] < line.bottom and b[3] > line.top
               for b in around)


def _region_right(ends: Sequence[float], size: float, frame_right: float
                  ) -> tuple[float, bool]:
    """A region's measure, and whether lines support it: the farthest reach of two of its
    lines, when its farthest line reaches no more than ``REGION_SLACK`` ems beyond it; else
    (ragged or short lines) its frame, or its farthest reach, unsupported."""
    order = sorted(ends, reverse=True)
    two = next((a for a, b in zip(order, order[1:]) if a - b <= SUPPORT * size), None)
    if two is not None and order[0] - two <= REGION_SLACK * size:
        return two, True
    return max(frame_right, order[0]), False


def _runs(idx: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of the runs of consecutive numbers in ``idx``."""
    out = []
    a = 0
    for k in range(1, len(idx) + 1):
        if k == len(idx) or idx[k] != idx[k - 1] + 1:
            out.append((a, k))
            a = k
    return out


def _rights(ends: Sequence[float], size: float, region: tuple[float, bool]
            ) -> list[tuple[float, bool]]:
    """Right measures of a run of adjacent lines: the nearer of the farthest reaches above and
    below, where a full window lies on both sides; near the run's ends, the farthest reach
    around. A measure is one two lines reach (to within ``SUPPORT`` ems): else, short lines of
    a form or a list set it, and the region's measure stands. Each with whether lines support
    it."""
    tol = SUPPORT * size
    out: list[tuple[float, bool]] = []
    for k in range(len(ends)):
        before = ends[max(0, k - WINDOW):k]
        after = ends[k + 1:k + 1 + WINDOW]
        if len(before) == len(after) == WINDOW:
            right = min(max(before), max(after))
        elif before or after:
            right = max(before + after)
        else:
            out.append(region)
            continue
        near = ends[max(0, k - WINDOW):k + 1 + WINDOW]
        out.append((right, True) if sum(1 for e in near if abs(e - right) <= tol) >= 2
                   else region)
    return out


def _lefts(group: Sequence[Line], rights: Sequence[float], adjacent: Sequence[bool]
           ) -> list[float]:
    """Left edges: the lower median of the starts of wrapped lines near each line (a line
    under a full one that happens to end a paragraph is indented: it only errs to the right).
    A wrapped line starts no further right than the line over it (under a paragraph's
    indented first line, further left): lines of a block set flush right or centred are not."""
    starts = [ln.ink[0] for ln in group]
    wrapped = [k for k in range(1, len(group)) if adjacent[k - 1]
               and rights[k - 1] - group[k - 1].x1 < WRAPPED_ROOM * group[k - 1].size
               and starts[k] <= starts[k - 1] + FLUSH_SLACK * group[k].size]
    if not wrapped:
        return [min(starts)] * len(group)
    everywhere = _median([starts[k] for k in wrapped])
    out = []
    for k in range(len(group)):
        near = [starts[j] for j in wrapped if abs(j - k) <= LEFT_WINDOW]
        out.append(_median(near) if len(near) >= 2 else everywhere)
    return out


def _median(values: Sequence[float]) -> float:
    """The lower median."""
    order = sorted(values)
    return order[(len(order) - 1) // 2]


def _short_edges(group: Sequence[Line], frame: tuple[float, float], columned: bool,
                 col_width: float) -> tuple[float, float]:
    """Edges of a line or two with no measure of their own: the frame; in a column whose frame
    runs on over empty columns, the previous column's width when the lines fit in it."""
    lo, hi = frame
    size = group[0].size
    if columned and col_width and hi - lo > col_width + size and all(
            ln.x1 <= lo + col_width + 0.5 * size for ln in group):
        hi = lo + col_width
    return lo, hi


def _clustered(values: Sequence[float]) -> float | None:
    """The median of ``values`` when enough of them agree on it (see ``STYLE_MIN``)."""
    if len(values) < STYLE_MIN:
        return None
    order = sorted(values)
    mid = order[len(order) // 2]
    near = sum(1 for v in order if abs(v - mid) <= STYLE_SPREAD)
    return mid if near >= STYLE_SHARE * len(order) else None


def document_pitch(regions: Sequence[Sequence[Line]]) -> float:
    """The usual step between consecutive lines of one size, over the document's regions, in
    ems of their size (a pitch for lines of any size)."""
    steps = [st / lines[idx[0]].size for lines in regions for idx in _by_size(lines)
             for st in _steps([lines[i] for i in idx])]
    return _usual(steps) if steps else 0.0


class Styles:
    """The document's paragraph style for each size of type it sets paragraphs in (a side bar
    or an article in smaller type may set them otherwise than the body); ``of(size)`` is the
    style of the nearest measured size, or one with no indent nor space known. Also the body's
    size and font (the one most lines of the body's size are set in)."""

    def __init__(self, body_size: float, by_size: dict[float, Style], pitch_em: float = 0.0,
                 body_font: str = "") -> None:
        self.body_size = body_size
        self.body_font = body_font
        self.by_size = by_size
        self.pitch_em = pitch_em

    def of(self, size: float) -> Style:
        for known, style in self.by_size.items():
            if same_size(known, size):
                return style
        return Style(size, pitch=self.pitch_em * size)

    def __repr__(self) -> str:
        return f"Styles({list(self.by_size.values())})"


def estimate_style(regions: Sequence[Sequence[Seat]], body_size: float, pitch_em: float = 0.0
                   ) -> Styles:
    """The document's paragraph styles from the seats of all its regions (each in order)."""
    classes: list[float] = []
    indents: dict[float, list[float]] = {}
    spaces: dict[float, list[float]] = {}
    steps: dict[float, int] = {}

    def key(size: float) -> float:
        for c in classes:
            if same_size(c, size):
                return c
        classes.append(size)
        return size

    for seats in regions:
        for s in seats:
            if not s.measured:
                continue
            size = s.line.size
            k = key(size)
            indent = (s.line.ink[0] - s.left) / size
            if MIN_INDENT <= indent <= MAX_INDENT:
                indents.setdefault(k, []).append(indent)
        for a, b in zip(seats, seats[1:]):
            if not a.measured or not same_size(a.line.size, b.line.size) or not a.pitch:
                continue
            step = b.line.top - a.line.top
            if step > 0.9 * a.line.size:
                k = key(a.line.size)
                steps[k] = steps.get(k, 0) + 1
                excess = (step - a.pitch) / a.line.size
                if MIN_SPACE <= excess <= MAX_SPACE:
                    spaces.setdefault(k, []).append(excess)
    by_size = {}
    for k in classes:
        spaced = spaces.get(k, [])
        space = _clustered(spaced) if len(spaced) >= SPACE_SHARE * steps.get(k, 0) else None
        by_size[k] = Style(k, _clustered(indents.get(k, [])), space, pitch_em * k)
    fonts: dict[str, int] = {}
    for seats in regions:
        for s in seats:
            if s.line.font and same_size(s.line.size, body_size):
                fonts[s.line.font] = fonts.get(s.line.font, 0) + 1
    body_font = max(fonts, key=fonts.__getitem__) if fonts else ""
    return Styles(body_size, by_size, pitch_em, body_font)
