"""Page furniture: running headers, footers and page numbers, found across pages and removed.

Only the outermost rows of a page are candidates: up to ``MAX_ROWS`` rows from the top within
the top ``BAND`` of the page height, and as many from the bottom. A candidate is a running
header or footer when its text, digits folded, repeats on at least two pages and at least
``MIN_SHARE`` of them, or when a long rule sets it off from the body; it is a page number when
it reads as one (`- 2 -`, `页数 1 / 2`, `173`).

>>> rows = {p: [(0, f"人民日报 第{p}版", (50.0, 10.0, 150.0, 20.0), False)] for p in (1, 2)}
>>> [(f.page, f.kind) for f in find_furniture(rows, {1: 800.0, 2: 800.0})[1]]
[(1, 'header'), (2, 'header')]
"""

from __future__ import annotations

from collections import Counter

from zhdoc.model import BBox, Furniture
from zhdoc.rules.chars import DIGITS as RE_PDF_DIGITS, SPACE as RE_PDF_SPACE
from zhdoc.rules.kinds import PAGE_NUMBER as RE_PDF_PAGE_NUMBER

#: share of the page height at the top and at the bottom where furniture may sit
BAND = 0.12
#: rows considered at each end of a page
MAX_ROWS = 2
#: a running header or footer repeats on at least this share of the pages
MIN_SHARE = 0.3


#: (row index on its page, row text, row box, ruled off from the body by a rule?)
Candidate = tuple[int, str, BBox, bool]


def _key(text: str) -> str:
    return RE_PDF_DIGITS.sub("#", RE_PDF_SPACE.sub("", text))


def candidates(row_boxes: list[tuple[str, BBox]], height: float,
               rules: tuple[float, ...] = ()) -> list[Candidate]:
    """The outermost rows of a page ((text, box), top to bottom) that may be furniture.

    ``rules``: heights of long horizontal rules on the page; a top row with a rule between it
    and the next row (a bottom row with one above it) is ruled off from the body.
    """
    out: list[Candidate] = []
    n = len(row_boxes)
    for i in range(min(MAX_ROWS, n)):
        text, box = row_boxes[i]
        if box[3] > BAND * height:
            break
        below = row_boxes[i + 1][1][1] if i + 1 < n else height
        ruled = any(box[3] - 1 <= y <= below + 1 for y in rules)
        out.append((i, text, box, ruled))
    for i in range(n - 1, max(n - 1 - MAX_ROWS, -1), -1):
        text, box = row_boxes[i]
        if box[1] < (1 - BAND) * height or any(c[0] == i for c in out):
            break
        above = row_boxes[i - 1][1][3] if i > 0 else 0.0
        ruled = any(above - 1 <= y <= box[1] + 1 for y in rules)
        out.append((i, text, box, ruled))
    return out


def find_furniture(cands: dict[int, list[Candidate]], heights: dict[int, float]
                   ) -> tuple[dict[int, set[int]], list[Furniture]]:
    """Decide which candidate rows are furniture: (row indices to drop per page, records).

    A row is kept in the body unless it repeats, reads as a page number, or is ruled off from
    the body (a header over a rule, on a single page too); an inner candidate (second from the
    edge) is dropped only when the outer one is.
    """
    n_pages = len(heights)
    counts = Counter(k for page_c in cands.values() for k in {_key(c[1]) for c in page_c})
    need = max(2, MIN_SHARE * n_pages)
    drop: dict[int, set[int]] = {}
    found: list[Furniture] = []
    for page, page_c in sorted(cands.items()):
        height = heights[page]
        top_c = sorted((c for c in page_c if c[2][3] <= BAND * height), key=lambda c: c[2][1])
        bottom_c = sorted((c for c in page_c if c[2][3] > BAND * height), key=lambda c: -c[2][3])
        for side, group in (("header", top_c), ("footer", bottom_c)):
            for idx, text, box, ruled in group:
                if RE_PDF_PAGE_NUMBER.match(text.strip()):
                    kind = "page_number"
                elif counts[_key(text)] >= need or ruled:
                    kind = side
                else:
                    break  # an inner row stays when the outer one is body text
                drop.setdefault(page, set()).add(idx)
                found.append(Furniture(page, text, kind, box))
    found.sort(key=lambda f: (f.page, f.bbox[1]))
    return drop, found
