"""Blocks: lines in reading order into paragraphs, joined across columns and pages.

A line continues the paragraph before it unless the style changes (size, weight), it is
indented, the line before it stops short of its column's right edge, or (within one column) the
vertical gap is wider than the column's line pitch. The same rule holds across a column or page
break, so a paragraph running on from the foot of one column to the head of the next is one
block. Tables become one ``role="table"`` block per row and never join prose; boxes (side bars)
are laid out on their own and placed after the paragraph they interrupt.
Titles and headings are told by font size and weight relative to the body text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from zhdoc.model import BBox, Block
from zhdoc.rules.markers import REFERENCE as RE_PDF_REFERENCE_ITEM
from zhdoc.pdf.columns import Region
from zhdoc.pdf.lines import Line
from zhdoc.pdf.tables import BoxItem, TableItem, join_lines

#: relative size from which a block is a heading
HEADING_REL = 1.12
#: relative size from which a block is a title
TITLE_REL = 1.5
#: longest heading or title, in characters
MAX_HEADING_CHARS = 100
#: longest bold body-size block taken for a heading, in characters
MAX_BOLD_HEADING_CHARS = 40
#: a bold body-size line ending so is a sentence or a lead-in, not a heading (a question may be)
NOT_HEADING_END = "。，；：.,;:…"
#: a first line indented by more than this many ems starts a paragraph
INDENT = 0.7
#: a line ending more than this many ems short of the right edge ends its paragraph
SHORT = 1.2
#: within a column, a line pitch this many times the usual one separates paragraphs
PITCH_BREAK = 1.4
#: a first line indented by this many ems (low, high) against the next opens a paragraph
#: set narrower than its area
OPENING_INDENT = (1.5, 2.6)
#: ... when it holds at least this many characters and does not end a sentence
OPENING_MIN_CHARS = 12
SENTENCE_END = "。！？!?；;：:”"
#: a hanging-indented line aligns to its entry's text within this many ems
HANGING_SLACK = 0.4
#: a caption is set at most this share of the size of the paragraph it interrupts ...
CAPTION_REL = 0.9
#: ... in at most this many lines
CAPTION_LINES = 2
#: ... with room for a figure: the two parts at least this many ems (of the text) further
#: apart than the caption is high
CAPTION_ROOM = 3.0


@dataclass(slots=True)
class Area:
    """Regions of one page to build blocks from; on a page cut into articles, one article's
    (``group``), with its head's parts first: (role, text, lines) each."""

    page: int
    regions: Sequence[Region]
    group: int | None = None
    head: Sequence[tuple[str, str, Sequence[Line]]] = ()


@dataclass(slots=True)
class _Ctx:
    line: Line
    page: int
    region: int  # running number of the region
    edges: tuple[float, float]
    pitch: float


@dataclass(slots=True)
class _Draft:
    lines: list[_Ctx] = field(default_factory=list)
    table: tuple[str, BBox, int, float] | None = None  # text, bbox, page, size of a table row
    group: int | None = None  # the article (of a page of several) it belongs to
    role: str | None = None  # a role the layout decided (an article head's parts)
    text: str | None = None  # … with its text as the layout read it


def _steps(region: Region) -> list[float]:
    """Steps between consecutive lines of one size in a region."""
    lines = [it for it in region.items if isinstance(it, Line)]
    return [b.top - a.top for a, b in zip(lines, lines[1:])
            if abs(a.size - b.size) < 0.1 * a.size and b.top - a.top > 0.9 * a.size]


def _usual(steps: list[float]) -> float:
    """The most common step (within 5 %; the smaller on a tie): the line pitch, not the
    wider steps between paragraphs nor a stray narrow one."""
    order = sorted(steps)
    return max(order, key=lambda s: bisect_right(order, 1.05 * s) - bisect_left(order, 0.95 * s))


def _pitch(region: Region, doc_pitch: float) -> float:
    """The region's line pitch: its usual step between consecutive lines of one size; with
    fewer than three steps to go by, no more than the document's usual pitch."""
    steps = _steps(region)
    if len(steps) >= 3:
        return _usual(steps)
    return min(steps + [doc_pitch]) if doc_pitch else min(steps, default=0.0)


def _indented_opening(prev: _Ctx, cur: _Ctx, first: bool) -> bool:
    """Whether ``prev``, a paragraph's first line set in a spanning area, is indented by about
    two ems against ``cur`` and runs on into it (no sentence end, a line's worth of text): a
    paragraph set narrower than the page (a cover's abstract), whose edges are not known."""
    p, c = prev.line, cur.line
    if not first or prev.region != cur.region or prev.page != cur.page:
        return False
    indent = p.x0 - c.x0
    return (OPENING_INDENT[0] * c.size <= indent <= OPENING_INDENT[1] * c.size
            and len(p.text) >= OPENING_MIN_CHARS and p.text[-1] not in SENTENCE_END
            and p.x1 > c.x1 and 0 < c.top - p.top <= PITCH_BREAK * 1.5 * p.size)


def _hanging_at(opening: _Ctx) -> float | None:
    """Where a reference-list entry's text starts after its marker (`[3] 王某. 题名[J]…`): the
    x its hanging-indented lines align to; None for a line that opens no entry."""
    ln = opening.line
    m = RE_PDF_REFERENCE_ITEM.match(ln.text)
    if not m or ln.x0 - opening.edges[0] > INDENT * ln.size:
        return None
    n = len(m.group().replace(" ", ""))
    return ln.glyphs[n].x0 if n < len(ln.glyphs) else None


def continues(prev: _Ctx, cur: _Ctx, body_size: float, opening: _Ctx | None = None) -> bool:
    """Whether ``cur`` carries on the paragraph whose last line is ``prev`` (``opening``: the
    paragraph's first line)."""
    p, c = prev.line, cur.line
    first = opening is prev
    if abs(p.size - c.size) > 0.1 * max(p.size, c.size) or p.bold != c.bold:
        return False
    same_region = prev.region == cur.region
    if p.size >= HEADING_REL * body_size or p.bold:
        # a heading or title wraps onto a close next line of the same style; a paragraph set
        # in large type runs on from a full line to one not indented, a line or so below
        if c.top <= p.top:
            return False
        if not same_region:
            # the short last line of a title over columns, read into the column below it
            return (prev.page == cur.page and c.top - p.bottom < 1.0 * p.size
                    and p.x0 - p.size <= c.x0 and c.x1 <= p.x1 + p.size)
        if c.top - p.bottom < 1.0 * p.size:
            return True
        return (p.size >= HEADING_REL * body_size and c.top - p.top <= 2.5 * p.size
                and prev.edges[1] - p.x1 <= SHORT * p.size
                and c.x0 - cur.edges[0] <= INDENT * c.size)
    if same_region and c.top <= p.top:
        return False
    if prev.page == cur.page and c.top > p.top:  # below it: the gap between them says something
        pitch = prev.pitch or cur.pitch or 1.5 * p.size
        if c.top - p.top > PITCH_BREAK * pitch + 0.5:
            return False
    if _indented_opening(prev, cur, first):
        return True
    right = prev.edges[1]
    hanging = _hanging_at(opening) if opening is not None else None
    if hanging is not None:  # a reference-list entry: its lines hang under its text
        if RE_PDF_REFERENCE_ITEM.match(c.text):
            return False
        if abs(c.x0 - hanging) <= HANGING_SLACK * c.size:
            return right - p.x1 <= SHORT * p.size
    left = cur.edges[0]
    if c.x0 - left > INDENT * c.size:
        return False
    return right - p.x1 <= SHORT * p.size


class _Builder:
    def __init__(self, body_size: float) -> None:
        self.body_size = body_size
        self.out: list[_Draft] = []
        self.open: _Draft | None = None
        self.pending: list[_Draft] = []
        self.region_no = 0
        self.doc_pitch = 0.0  # the usual step between body lines, over the whole document
        self.col_width = 0.0  # the width of the last column whose edges its lines tell

    def close(self) -> None:
        if self.open is not None:
            self.out.append(self.open)
            self.open = None
        self.out.extend(self.pending)
        self.pending = []

    def _edges(self, region: Region, size: float, n_lines: int) -> tuple[float, float]:
        if region.columned and n_lines < 3:
            lines = [it for it in region.items if isinstance(it, Line)]
            return _short_column_edges(region.edges(size), lines, self.col_width, size)
        return region.edges(size)

    def add_head(self, page: int, parts: Sequence[tuple[str, str, Sequence[Line]]],
                 group: int) -> None:
        """An article's head as the layout found it: (role, text, lines) per part."""
        self.close()
        for role, text, lines in parts:
            ctxs = [_Ctx(ln, page, self.region_no, (ln.x0, ln.x1), 0.0) for ln in lines]
            self.out.append(_Draft(ctxs, group=group, role=role, text=text))

    def add_regions(self, page: int, regions: Sequence[Region], group: int | None = None) -> None:
        if self.open is not None and self.open.group != group:
            self.close()
        for region in regions:
            self.region_no += 1
            edges_by_size: dict[float, tuple[float, float]] = {}
            pitch = _pitch(region, self.doc_pitch)
            n_lines = sum(1 for it in region.items if isinstance(it, Line))
            if region.columned and n_lines >= 3:
                lo, hi = region.edges()
                self.col_width = hi - lo
            for item in region.items:
                if isinstance(item, Line):
                    edges = edges_by_size.get(item.size)
                    if edges is None:
                        edges = edges_by_size[item.size] = self._edges(region, item.size, n_lines)
                    ctx = _Ctx(item, page, self.region_no, edges, pitch)
                    if self.open is not None and continues(self.open.lines[-1], ctx, self.body_size,
                                                            self.open.lines[0]):
                        self.open.lines.append(ctx)
                    else:
                        self.close()
                        self.open = _Draft([ctx], group=group)
                elif isinstance(item, TableItem):
                    self.close()
                    for r, text in enumerate(item.row_texts()):
                        if text:
                            self.out.append(_Draft(table=(text, item.row_bbox(r), page, item.size),
                                                   group=group))
                elif isinstance(item, BoxItem):
                    sub = _Builder(self.body_size)
                    sub.region_no = self.region_no * 1000
                    sub.doc_pitch = self.doc_pitch
                    sub.add_regions(page, getattr(item, "regions", ()), group)
                    sub.close()
                    if self.open is not None:
                        self.pending.extend(sub.out)
                    else:
                        self.out.extend(sub.out)


def _size(d: _Draft) -> float:
    sizes = sorted(g.size for c in d.lines for g in c.line.glyphs)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _interrupts(a: _Draft, c: _Draft, b: _Draft) -> bool:
    """Whether ``c`` (a caption under a photo) is set inside the column between ``a`` and ``b``,
    two parts of one paragraph: a line or two in smaller type, below ``a``'s last line and above
    ``b``'s first on the same page, within their column, with room for a figure between them;
    ``a`` ends on a full line, ``b`` opens on one not indented, both in the same type."""
    if a.table or b.table or c.table or not (a.lines and b.lines and c.lines):
        return False
    if a.role or b.role or c.role or not a.group == b.group == c.group:
        return False
    if len(c.lines) > CAPTION_LINES:
        return False
    last, first = a.lines[-1], b.lines[0]
    p, n = last.line, first.line
    sa, sb, sc = _size(a), _size(b), _size(c)
    if abs(sa - sb) > 0.1 * max(sa, sb) or sc > CAPTION_REL * min(sa, sb) or p.bold != n.bold:
        return False
    if not (last.page == first.page == c.lines[0].page == c.lines[-1].page):
        return False
    lo, hi = last.edges
    if abs(first.edges[0] - lo) > p.size or abs(first.edges[1] - hi) > p.size:
        return False
    if not all(lo - 1 <= x.line.x0 and x.line.x1 <= hi + 1 for x in c.lines):
        return False
    if not (p.bottom <= c.lines[0].line.top and c.lines[-1].line.bottom <= n.top):
        return False
    caption_h = c.lines[-1].line.bottom - c.lines[0].line.top
    if n.top - p.bottom < caption_h + CAPTION_ROOM * p.size:  # no room for a figure
        return False
    return hi - p.x1 <= SHORT * p.size and n.x0 - first.edges[0] <= INDENT * n.size


def _captions_aside(drafts: list[_Draft]) -> list[_Draft]:
    """A paragraph interrupted by a caption inside its column is one paragraph again, the
    caption after it (as boxes are)."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        if i + 2 < len(drafts) and _interrupts(drafts[i], drafts[i + 1], drafts[i + 2]):
            out.append(_Draft([*drafts[i].lines, *drafts[i + 2].lines]))
            out.append(drafts[i + 1])
            i += 3
        else:
            out.append(drafts[i])
            i += 1
    return out


def _short_column_edges(frame: tuple[float, float], lines: Sequence[Line], col_width: float,
                        size: float) -> tuple[float, float]:
    """A column of a line or two (an article's last lines run on into it) has no edges of its
    own and its frame may run on over empty columns: it is as wide as the column before it
    when its lines fit in that width."""
    lo, hi = frame
    if col_width and hi - lo > col_width + size and all(
            ln.x1 <= lo + col_width + 0.5 * size for ln in lines):
        return lo, lo + col_width
    return frame


def _local_headings(drafts: list[_Draft], roles: list[str | None]) -> list[str | None]:
    """A short block in type larger than the paragraphs on both sides of it is a heading, though
    no larger than the document's body (an article set smaller than the rest: 11 pt headings
    over 9 pt text on a page of 10.5 pt)."""
    out = list(roles)
    for i in range(1, len(drafts) - 1):
        d, a, b = drafts[i], drafts[i - 1], drafts[i + 1]
        if roles[i] is not None or d.table or a.table or b.table or roles[i - 1] or roles[i + 1]:
            continue
        if not d.group == a.group == b.group:
            continue
        if len(d.lines) > 2 or not d.lines or not a.lines or not b.lines:
            continue
        text = join_lines([c.line.text for c in d.lines])
        if not text or len(text) > MAX_BOLD_HEADING_CHARS or text[-1] in NOT_HEADING_END:
            continue
        s, sa, sb = _size(d), _size(a), _size(b)
        if abs(sa - sb) <= 0.05 * max(sa, sb) and s >= HEADING_REL * max(sa, sb):
            out[i] = "heading"
    return out


def _role(text: str, rel: float, bold: bool, n_lines: int, body_bold: bool) -> str | None:
    n = len(text)
    if text[-1] in "。；":  # a sentence, if in large type, is not a heading
        return None
    if rel >= TITLE_REL and n <= MAX_HEADING_CHARS:
        return "title"
    if rel >= HEADING_REL and n <= MAX_HEADING_CHARS:
        return "heading"
    if (bold and not body_bold and n <= MAX_BOLD_HEADING_CHARS and n_lines <= 2
            and text[-1] not in NOT_HEADING_END):
        return "heading"
    return None


def _draft_to_block(d: _Draft, start: int, body_size: float, body_bold: bool) -> Block:
    if d.table is not None:
        text, bbox, page, size = d.table
        rel = round(size / body_size, 3) if size else None
        return Block(text, start, start + len(text), 1, page, (bbox,), rel, False, "table",
                     bbox_pages=(page,), group=d.group)
    text = d.text if d.text is not None else join_lines([c.line.text for c in d.lines])
    boxes: list[BBox] = []
    pages: list[int] = []
    key = None
    for c in d.lines:
        ln = c.line
        k = (c.page, c.region)
        if k != key:
            boxes.append(ln.bbox)
            pages.append(c.page)
            key = k
        else:
            x0, top, x1, bottom = boxes[-1]
            boxes[-1] = (min(x0, ln.x0), min(top, ln.top), max(x1, ln.x1), max(bottom, ln.bottom))
    sizes = sorted(g.size for c in d.lines for g in c.line.glyphs)
    n_glyphs = len(sizes)
    rel = round(sizes[n_glyphs // 2] / body_size, 3)
    bold = sum(g.bold for c in d.lines for g in c.line.glyphs) * 2 > n_glyphs
    role = d.role or _role(text, rel, bold, len(d.lines), body_bold)
    return Block(text, start, start + len(text), len(d.lines), d.lines[0].page,
                 tuple(boxes), rel, bold, role, bbox_pages=tuple(pages), group=d.group)


def build_blocks(pages: Sequence[tuple[int, Sequence[Region]] | Area], body_size: float,
                 body_bold: bool = False) -> tuple[str, list[Block]]:
    """The body text and its blocks from each page's regions in reading order (or from the
    areas of pages cut into articles: each article's head, then its regions; a paragraph never
    runs on from one article into another).

    >>> from zhdoc.pdf.chars import Glyph
    >>> def line(text, top, x=0.0, size=10.0):
    ...     return Line([Glyph(t, x + size * i, x + size * (i + 1), top, top + size, size, False)
    ...                  for i, t in enumerate(text)])
    >>> col1 = Region([line("▎标题", 0, size=13), line("第一段第一行", 20, x=20),
    ...                line("第一段第二行写满", 35)], (0.0, 80.0), True)
    >>> col2 = Region([line("接着写完。", 0), line("第二段。", 15, x=20)], (0.0, 80.0), True)
    >>> text, blocks = build_blocks([(1, [col1]), (2, [col2])], 10.0)
    >>> [(b.text, b.role, b.bbox_pages) for b in blocks]
    [('▎标题', 'heading', (1,)), ('第一段第一行第一段第二行写满接着写完。', None, (1, 2)), ('第二段。', None, (2,))]
    """
    b = _Builder(body_size)
    areas = [x if isinstance(x, Area) else Area(x[0], x[1]) for x in pages]
    steps = [st for a in areas for r in a.regions for st in _steps(r)]
    b.doc_pitch = _usual(steps) if steps else 0.0
    for a in areas:
        if a.head:
            b.add_head(a.page, a.head, a.group)
        b.add_regions(a.page, a.regions, a.group)
    b.close()
    b.out = _captions_aside(b.out)
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    drafts = [(d, _draft_to_block(d, 0, body_size, body_bold)) for d in b.out]
    drafts = [(d, x) for d, x in drafts if x.text]
    roles = _local_headings([d for d, _ in drafts], [x.role for _, x in drafts])
    for (d, x), role in zip(drafts, roles):
        block = replace(x, start=pos, end=pos + len(x.text), role=role)
        blocks.append(block)
        parts.append(block.text)
        pos = block.end + 2
    return "\n\n".join(parts), blocks
