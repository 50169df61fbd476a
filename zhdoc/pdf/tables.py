"""Tables and boxes: regions found from ruling lines by pdfplumber's table finder.

A ruled grid of at least two rows and two columns (or one row of several cells) is a *table*:
its glyphs are taken out of the prose and its rows become ``role="table"`` blocks, cells joined
by ``CELL_SEP``. A single ruled cell or a stack of one-column cells is a *box* (a side bar):
its text is laid out on its own and kept apart from the body paragraphs around it.

>>> from zhdoc.pdf.chars import Glyph
>>> gs = [Glyph("甲", 1, 9, 1, 9, 8, False), Glyph("乙", 21, 29, 1, 9, 8, False)]
>>> t = TableItem((0, 0, 40, 10), [[(0, 0, 20, 10), (20, 0, 40, 10)]])
>>> rest = assign_glyphs(gs, [t], [])
>>> rest, t.row_texts()
([], ['甲 | 乙'])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from zhdoc.model import BBox
from zhdoc.pdf.chars import Glyph, glyphs_to_text
from zhdoc.pdf.lines import glyphs_to_rows

#: separator between the cells of a table row in its block text
CELL_SEP = " | "
#: a box covering more than this share of the page is a page frame, not a side bar
MAX_BOX_SHARE = 0.5
#: a drawn rectangle narrower or lower than this (points) is a rule or a mark, not a box
MIN_BOX_SIDE = 24.0


def join_lines(texts: Sequence[str]) -> str:
    """Wrapped lines of one paragraph or cell joined: no space unless Latin meets Latin.

    >>> join_lines(["中国", "经济"]), join_lines(["Belt and", "Road"]), join_lines(["增长", "5%"])
    ('中国经济', 'Belt and Road', '增长5%')
    """
    out = ""
    for t in texts:
        if not t:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            out += " "
        out += t
    return out


class _Frame:
    """A ruled rectangle of the page that takes the glyphs whose centre falls inside it."""

    def __init__(self, bbox: BBox) -> None:
        self.x0, self.top, self.x1, self.bottom = bbox

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    def contains(self, g: Glyph) -> bool:
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        return self.x0 <= cx <= self.x1 and self.top <= cy <= self.bottom


class TableItem(_Frame):
    """A ruled table: bbox and its rows of cell boxes; glyphs are assigned afterwards."""

    kind = "table"

    def __init__(self, bbox: BBox, rows: list[list[BBox | None]]) -> None:
        super().__init__(bbox)
        self.rows = rows
        self.cells: dict[tuple[int, int], list[Glyph]] = {}
        self.size = 0.0
        self._bottoms: list[float] | None = None

    def add(self, g: Glyph) -> None:
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        if self._bottoms is None:  # rows top to bottom: search from the first that may hold cy
            self._bottoms = [max((c[3] for c in row if c is not None), default=0.0)
                             for row in self.rows]
        start = bisect_left(self._bottoms, cy) if self._bottoms == sorted(self._bottoms) else 0
        for r in range(start, len(self.rows)):
            for c, cell in enumerate(self.rows[r]):
                if cell is not None and cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]:
                    self.cells.setdefault((r, c), []).append(g)
                    return
        # in the table's frame but in no cell: attach to the nearest row's first cell
        r = min(range(len(self.rows)), key=lambda i: abs(_row_mid(self.rows[i]) - cy))
        self.cells.setdefault((r, 0), []).append(g)

    def row_texts(self) -> list[str]:
        out = []
        for r, row in enumerate(self.rows):
            cells = []
            for c in range(len(row)):
                gs = self.cells.get((r, c))
                if gs:
                    cells.append(join_lines([glyphs_to_text(line) for line in glyphs_to_rows(gs)]))
            out.append(CELL_SEP.join(cells))
        return out

    def row_bbox(self, r: int) -> BBox:
        boxes = [b for b in self.rows[r] if b is not None]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))

    def __repr__(self) -> str:
        return f"TableItem({len(self.rows)} rows, top={self.top:.0f})"


def _row_mid(row: list[BBox | None]) -> float:
    boxes = [b for b in row if b is not None]
    return (boxes[0][1] + boxes[0][3]) / 2 if boxes else 0.0


class BoxItem(_Frame):
    """A ruled box (side bar) whose glyphs are laid out apart from the body."""

    kind = "box"

    def __init__(self, bbox: BBox) -> None:
        super().__init__(bbox)
        self.glyphs: list[Glyph] = []

    def add(self, g: Glyph) -> None:
        self.glyphs.append(g)


def _inside(a: BBox, b: BBox, tol: float = 2.0) -> bool:
    return a[0] >= b[0] - tol and a[1] >= b[1] - tol and a[2] <= b[2] + tol and a[3] <= b[3] + tol


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def find_regions(page: Any) -> tuple[list[TableItem], list[BoxItem]]:
    """Ruled tables and boxes of a pdfplumber page.

    Tables come from pdfplumber's table finder (default line strategy); boxes are its one-column
    grids and the drawn rectangles (outlined or shaded) large enough to hold a few lines of
    text, outside the tables, and under half the page.
    """
    tables: list[TableItem] = []
    boxes: list[BoxItem] = []
    page_area = float(page.width) * float(page.height) or 1.0
    for t in page.find_tables():
        rows = [list(row.cells) for row in t.rows]
        n_cols = max((sum(1 for c in row if c is not None) for row in rows), default=0)
        x0, top, x1, bottom = t.bbox
        if n_cols >= 2:
            tables.append(TableItem(t.bbox, rows))
        elif (x1 - x0) * (bottom - top) < MAX_BOX_SHARE * page_area:
            boxes.append(BoxItem(t.bbox))
    for r in page.rects:
        bbox = (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        w, h = bbox[2] - bbox[0], bbox[3] - bbox[1]
        if w < MIN_BOX_SIDE or h < MIN_BOX_SIDE or w * h >= MAX_BOX_SHARE * page_area:
            continue
        if any(_overlaps(bbox, t.bbox) for t in tables):
            continue
        if any(_inside(bbox, b.bbox) or _inside(b.bbox, bbox) for b in boxes):
            continue  # the same box drawn twice (outline and fill), or a box in a box
        boxes.append(BoxItem(bbox))
    return tables, boxes


def assign_glyphs(glyphs: Sequence[Glyph], tables: Sequence[TableItem],
                  boxes: Sequence[BoxItem]) -> list[Glyph]:
    """Move glyphs inside tables and boxes into them; return the rest (the prose)."""
    if not tables and not boxes:
        return list(glyphs)
    regions: list[TableItem | BoxItem] = [*tables, *boxes]
    rest = []
    for g in glyphs:
        for reg in regions:
            if reg.contains(g):
                reg.add(g)
                break
        else:
            rest.append(g)
    for t in tables:
        sizes = sorted(g.size for gs in t.cells.values() for g in gs)
        t.size = sizes[len(sizes) // 2] if sizes else 0.0
    return rest
