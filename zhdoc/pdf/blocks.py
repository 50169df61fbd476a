"""Blocks: lines in reading order into paragraphs, joined across columns and pages.

Every region's lines are seated first (``zhdoc.pdf.seats``: the column's edges around each
line, measured on the page) and the document's paragraph style is measured on all of them;
then each line carries on the paragraph before it or opens a new one, as the named evidence of
``zhdoc.pdf.continuation`` decides (the room left at the end of the line before, indent, space,
sentence end, style). The same decision holds across a column or page break, so a paragraph
running on from the foot of one column to the head of the next is one block. Tables become one ``role="table"`` block per row and never join prose; boxes (side bars)
are laid out on their own and placed after the paragraph they interrupt.
Titles and headings are told by font size and weight relative to the body text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from zhdoc.model import BBox, Block
from zhdoc.pdf.columns import Region
from zhdoc.pdf.continuation import HEADING_REL, continues, stops_mid_sentence
from zhdoc.pdf.lines import Line
from zhdoc.pdf.seats import Seat, Styles, document_pitch, estimate_style, seat_lines
from zhdoc.pdf.tables import BoxItem, TableItem, join_lines

#: relative size from which a block is a title
TITLE_REL = 1.5
#: longest heading or title, in characters
MAX_HEADING_CHARS = 100
#: longest bold body-size block taken for a heading, in characters
MAX_BOLD_HEADING_CHARS = 40
#: a bold body-size line ending so is a sentence or a lead-in, not a heading (a question may be)
NOT_HEADING_END = "。，；：.,;:…"
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
class _Draft:
    lines: list[Seat] = field(default_factory=list)
    table: tuple[str, BBox, int, float] | None = None  # text, bbox, page, size of a table row
    group: int | None = None  # the article (of a page of several) it belongs to
    role: str | None = None  # a role the layout decided (an article head's parts)
    text: str | None = None  # … with its text as the layout read it


class _Builder:
    def __init__(self, body_size: float, style: Styles, seats: dict[int, list[Seat]] | None = None
                 ) -> None:
        self.body_size = body_size
        self.style = style
        self.seats = seats if seats is not None else {}
        self.out: list[_Draft] = []
        self.open: _Draft | None = None
        self.pending: list[_Draft] = []
        self.region_no = 0
        self.col_width = 0.0  # the width of the last column whose edges its lines tell
        self.around: dict[int, list[BBox]] = {}  # per page, the boxes of what it holds

    def close(self) -> None:
        if self.open is not None:
            self.out.append(self.open)
            self.open = None
        self.out.extend(self.pending)
        self.pending = []

    def add_head(self, page: int, parts: Sequence[tuple[str, str, Sequence[Line]]],
                 group: int) -> None:
        """An article's head as the layout found it: (role, text, lines) per part."""
        self.close()
        for role, text, lines in parts:
            seats = [Seat(ln, page, self.region_no, ln.x0, ln.x1, 0.0) for ln in lines]
            self.out.append(_Draft(seats, group=group, role=role, text=text))

    def seat(self, page: int, region: Region) -> list[Seat]:
        """The seats of a region's lines (computed once: ``build_blocks`` seats every region
        first, to estimate the document's style)."""
        seats = self.seats.get(id(region))
        if seats is None:
            self.region_no += 1
            lines = [it for it in region.items if isinstance(it, Line)]
            if region.columned and len(lines) >= 3:
                lo, hi = region.edges()
                self.col_width = hi - lo
            seats = seat_lines(lines, page, self.region_no, region.frame, region.columned,
                               self.style.pitch_em, self.col_width, self.around.get(page, ()))
            self.seats[id(region)] = seats
        return seats

    def add_regions(self, page: int, regions: Sequence[Region], group: int | None = None) -> None:
        if self.open is not None and self.open.group != group:
            self.close()
        for region in regions:
            seats = iter(self.seat(page, region))
            for item in region.items:
                if isinstance(item, Line):
                    seat = next(seats)
                    if self.open is not None and continues(
                            self.open.lines[-1], seat, self.open.lines[0], self.style):
                        self.open.lines.append(seat)
                    else:
                        self.close()
                        self.open = _Draft([seat], group=group)
                elif isinstance(item, TableItem):
                    self.close()
                    for r, text in enumerate(item.row_texts()):
                        if text:
                            self.out.append(_Draft(table=(text, item.row_bbox(r), page, item.size),
                                                   group=group))
                elif isinstance(item, BoxItem):
                    sub = _Builder(self.body_size, self.style)
                    sub.region_no = self.region_no * 1000
                    sub.add_regions(page, getattr(item, "regions", ()), group)
                    sub.close()
                    if self.open is not None:
                        self.pending.extend(sub.out)
                    else:
                        self.out.extend(sub.out)


def _around(areas: Sequence[Area], images: dict[int, Sequence[BBox]]) -> dict[int, list[BBox]]:
    """Per page, the boxes of everything it holds: the items of its regions, its heads' lines,
    its images."""
    out: dict[int, list[BBox]] = {page: list(boxes) for page, boxes in images.items()}
    for a in areas:
        boxes = out.setdefault(a.page, [])
        boxes += [(it.x0, it.top, it.x1, it.bottom) for r in a.regions for it in r.items]
        boxes += [ln.bbox for _, _, lines in a.head for ln in lines]
    return out


def _lines(region: Region) -> list[Line]:
    return [it for it in region.items if isinstance(it, Line)]


def _size(d: _Draft) -> float:
    sizes = sorted(g.size for c in d.lines for g in c.line.glyphs)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _interrupts(a: _Draft, c: _Draft, b: _Draft, styles: Styles) -> bool:
    """Whether ``c`` (a caption under a photo) is set inside the column between ``a`` and ``b``,
    two parts of one paragraph: a line or two in smaller type, below ``a``'s last line and above
    ``b``'s first on the same page, within their column, with room for a figure between them;
    ``a`` stops inside a sentence (a figure set where a sentence ends is more likely set
    between paragraphs) and ``b`` carries it on, by the evidence of the lines themselves (the
    space the figure takes is none)."""
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
    return stops_mid_sentence(p.text) and continues(last, first, a.lines[0], styles,
                                                     across=True).yes


def _captions_aside(drafts: list[_Draft], styles: Styles) -> list[_Draft]:
    """A paragraph interrupted by a caption inside its column is one paragraph again, the
    caption after it (as boxes are)."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        if i + 2 < len(drafts) and _interrupts(drafts[i], drafts[i + 1], drafts[i + 2], styles):
            out.append(_Draft([*drafts[i].lines, *drafts[i + 2].lines]))
            out.append(drafts[i + 1])
            i += 3
        else:
            out.append(drafts[i])
            i += 1
    return out


def _local_headings(drafts: list[_Draft], roles: list[str | None]) -> list[str | None]:
    """A short block in type larger than the paragraphs on both sides of it is a heading, though
    no larger than the document's body (an article set smaller than the rest: 11 pt headings
    over 9 pt text on a page of 10.5 pt); so is one in another font than theirs, as large or
    larger (a subhead in a sans over text in a serif, a size up or not)."""
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
        if abs(sa - sb) > 0.05 * max(sa, sb):
            continue
        fa, fb, fd = _font(a), _font(b), _font(d)
        if s >= HEADING_REL * max(sa, sb) or (
                fa and fa == fb and fd and fd != fa and s >= 0.98 * max(sa, sb)):
            out[i] = "heading"
    return out


def _font(d: _Draft) -> str:
    """The font most of a block's lines are set in ("" when unknown)."""
    counts: dict[str, int] = {}
    for c in d.lines:
        if c.line.font:
            counts[c.line.font] = counts.get(c.line.font, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


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
                 body_bold: bool = False, images: dict[int, Sequence[BBox]] | None = None
                 ) -> tuple[str, list[Block]]:
    """The body text and its blocks from each page's regions in reading order (or from the
    areas of pages cut into articles: each article's head, then its regions; a paragraph never
    runs on from one article into another). ``images``: per page, the boxes of its images.

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
    areas = [x if isinstance(x, Area) else Area(x[0], x[1]) for x in pages]
    # every region seated first: the document's style is measured on all its lines
    pitch = document_pitch([_lines(r) for a in areas for r in a.regions])
    seater = _Builder(body_size, Styles(body_size, {}, pitch))
    seater.around = _around(areas, images or {})
    by_region = [seater.seat(a.page, r) for a in areas for r in a.regions]
    b = _Builder(body_size, estimate_style(by_region, body_size, pitch), seater.seats)
    for a in areas:
        if a.head:
            b.add_head(a.page, a.head, a.group)
        b.add_regions(a.page, a.regions, a.group)
    b.close()
    b.out = _captions_aside(b.out, b.style)
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
