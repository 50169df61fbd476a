"""Page furniture: running headers, footers and page numbers, found across pages and removed.

Only the outermost rows of a page are candidates: up to ``MAX_ROWS`` rows from the top within
the top ``BAND`` of the page height, and as many from the bottom. Whether a candidate is
furniture is decided from named evidence (``is_furniture``), whatever its text:

* it reads as a page number (`- 2 -`, `页数 1 / 2`, `173`): always;
* its text, digits folded, repeats on at least two pages and at least ``MIN_SHARE`` of them,
  or every part of it does (a mirrored header swaps its parts from page to page);
* a long rule sets it off from the body;
* its form, on a page of its own too: parts set apart at the text's left and right edges, a
  date or an issue or edition mark (`2017年3月6日`, `星期一`, `第 3 版`, `第12期`), type smaller
  than the body's, space between it and the body; against it, a long text or a sentence.

An inner candidate (second from the edge) is dropped only when the outer one is.

>>> rows = {p: [(0, f"人民日报 第{p}版", (50.0, 10.0, 150.0, 20.0), False)] for p in (1, 2)}
>>> [(f.page, f.kind) for f in find_furniture(rows, {1: 800.0, 2: 800.0})[1]]
[(1, 'header'), (2, 'header')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from zhdoc.model import BBox, Furniture
from zhdoc.evidence import Cue, Decider, Hard
from zhdoc.rules.chars import DIGITS as RE_PDF_DIGITS, SPACE as RE_PDF_SPACE
from zhdoc.rules.kinds import PAGE_NUMBER as RE_PDF_PAGE_NUMBER
from zhdoc.rules.pdf import RUNNING_MARK as RE_PDF_RUNNING_MARK

#: share of the page height at the top and at the bottom where furniture may sit
BAND = 0.12
#: rows considered at each end of a page
MAX_ROWS = 2
#: a running header or footer repeats on at least this share of the pages
MIN_SHARE = 0.3
#: a part of a header set at the text's edge is at most this many characters long, and the
#: parts are at least this share of the text's width apart
PART_MAX_CHARS = 24
PART_GAP = 0.25
#: a candidate longer than this many characters is body text by its length
LONG = 40
#: a candidate set apart from the body by this many of its lines' heights
APART = 1.0

#: weights of the evidence (a candidate is furniture when their sum is above the threshold)
W_PARTS_REPEAT = 4.0
W_RULED = 4.0
W_AT_EDGES = 3.0
W_MARKED = 2.0
W_SMALLER = 1.5
W_APART = 0.5
W_LONG = -4.0
W_SENTENCE = -3.0
THRESHOLD = 3.0


@dataclass(frozen=True)
class Candidate:
    """An outer row of a page: its index on the page, text, box, whether a rule sets it off
    from the body; its parts (runs: text, x0, x1), its type size, the space between it and the
    next row toward the body, the page's text edges."""

    index: int
    text: str
    box: BBox
    ruled: bool
    parts: tuple[tuple[str, float, float], ...] = ()
    size: float = 0.0
    apart: float = 0.0
    edges: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class _Seen:
    """A candidate with what the document says about it: how often its text and its parts
    repeat, the document's body size."""

    row: Candidate
    need: float
    counts: Counter[str] = field(default_factory=Counter)
    part_counts: Counter[str] = field(default_factory=Counter)
    body_size: float = 0.0


def _key(text: str) -> str:
    return RE_PDF_DIGITS.sub("#", RE_PDF_SPACE.sub("", text))


def _page_number(s: _Seen) -> bool:
    return bool(RE_PDF_PAGE_NUMBER.match(s.row.text.strip()))


def _repeats(s: _Seen) -> bool:
    return s.counts[_key(s.row.text)] >= s.need


def _parts_repeat(s: _Seen) -> bool:
    keys = [_key(t) for t, _, _ in s.row.parts if _key(t)]
    return len(keys) >= 2 and all(s.part_counts[k] >= s.need for k in keys)


def _at_edges(s: _Seen) -> bool:
    """Two or more short parts, the first at the text's left edge, the last at its right edge,
    far apart (a running header's left and right parts)."""
    r = s.row
    parts = r.parts
    lo, hi = r.edges
    width = hi - lo
    if len(parts) < 2 or width <= 0 or any(len(t.replace(" ", "")) > PART_MAX_CHARS
                                           for t, _, _ in parts):
        return False
    size = r.size or 10.0
    gaps = [b[1] - a[2] for a, b in zip(parts, parts[1:])]
    return (parts[0][1] - lo <= 2 * size and hi - parts[-1][2] <= 2 * size
            and max(gaps) >= PART_GAP * width)


def _marked(s: _Seen) -> bool:
    return bool(RE_PDF_RUNNING_MARK.search(s.row.text))


def _smaller(s: _Seen) -> bool:
    return bool(s.row.size and s.body_size) and s.row.size < 0.95 * s.body_size


def _apart(s: _Seen) -> bool:
    return s.row.apart >= APART


def _long(s: _Seen) -> bool:
    return len(RE_PDF_SPACE.sub("", s.row.text)) > LONG


def _sentence(s: _Seen) -> bool:
    return any(ch in s.row.text for ch in "。，；！？")


is_furniture: Decider[_Seen] = Decider(
    "an outer row is a running header, footer or page number",
    hard=(Hard("page_number", True, "reads as a page number", _page_number),
          Hard("repeats", True, "its text, digits aside, repeats across pages", _repeats)),
    cues=(
        Cue("parts_repeat", W_PARTS_REPEAT, "each of its parts repeats across pages (a "
            "mirrored header)", _parts_repeat),
        Cue("ruled_off", W_RULED, "a long rule sets it off from the body", lambda s: s.row.ruled),
        Cue("at_edges", W_AT_EDGES, "short parts at the text's left and right edges", _at_edges),
        Cue("marked", W_MARKED, "holds a date, a weekday, an issue or edition mark", _marked),
        Cue("smaller", W_SMALLER, "set smaller than the body", _smaller),
        Cue("apart", W_APART, "space between it and the body", _apart),
        Cue("long", W_LONG, "longer than a header", _long),
        Cue("sentence", W_SENTENCE, "holds sentence punctuation", _sentence),
    ),
    threshold=THRESHOLD,
)


def candidates(row_boxes: Sequence[tuple], height: float,
               rules: tuple[float, ...] = ()) -> list[Candidate]:
    """The outermost rows of a page, top to bottom, that may be furniture: each given as
    (text, box) or (text, box, parts, size) with parts (text, x0, x1) of its runs.

    ``rules``: heights of long horizontal rules on the page; a top row with a rule between it
    and the next row (a bottom row with one above it) is ruled off from the body.
    """
    out: list[Candidate] = []
    n = len(row_boxes)
    if not n:
        return out
    boxes = [r[1] for r in row_boxes]
    edges = (min(b[0] for b in boxes), max(b[2] for b in boxes))

    def make(i: int, ruled: bool, apart: float) -> Candidate:
        text, box = row_boxes[i][0], row_boxes[i][1]
        parts = tuple(row_boxes[i][2]) if len(row_boxes[i]) > 2 else ()
        size = row_boxes[i][3] if len(row_boxes[i]) > 3 else 0.0
        line_h = (box[3] - box[1]) or 1.0
        return Candidate(i, text, box, ruled, parts, size, apart / line_h, edges)

    for i in range(min(MAX_ROWS, n)):
        box = boxes[i]
        if box[3] > BAND * height:
            break
        below = boxes[i + 1][1] if i + 1 < n else height
        ruled = any(box[3] - 1 <= y <= below + 1 for y in rules)
        out.append(make(i, ruled, below - box[3]))
    for i in range(n - 1, max(n - 1 - MAX_ROWS, -1), -1):
        box = boxes[i]
        if box[1] < (1 - BAND) * height or any(c.index == i for c in out):
            break
        above = boxes[i - 1][3] if i > 0 else 0.0
        ruled = any(above - 1 <= y <= box[1] + 1 for y in rules)
        out.append(make(i, ruled, box[1] - above))
    return out


def find_furniture(cands: dict[int, list[Candidate] | list[tuple]], heights: dict[int, float],
                   body_size: float = 0.0) -> tuple[dict[int, set[int]], list[Furniture]]:
    """Decide which candidate rows are furniture: (row indices to drop per page, records).

    An inner candidate (second from the edge) is dropped only when the outer one is.
    """
    rows = {p: [c if isinstance(c, Candidate) else Candidate(*c) for c in page_c]
            for p, page_c in cands.items()}
    n_pages = len(heights)
    counts = Counter(k for page_c in rows.values() for k in {_key(c.text) for c in page_c})
    part_counts = Counter(k for page_c in rows.values()
                          for k in {_key(t) for c in page_c for t, _, _ in c.parts})
    need = max(2, MIN_SHARE * n_pages)
    drop: dict[int, set[int]] = {}
    found: list[Furniture] = []
    for page, page_c in sorted(rows.items()):
        height = heights[page]
        top_c = sorted((c for c in page_c if c.box[3] <= BAND * height), key=lambda c: c.box[1])
        bottom_c = sorted((c for c in page_c if c.box[3] > BAND * height), key=lambda c: -c.box[3])
        for side, group in (("header", top_c), ("footer", bottom_c)):
            for c in group:
                seen = _Seen(c, need, counts, part_counts, body_size)
                decision = is_furniture.decide(seen)
                if not decision:
                    break  # an inner row stays when the outer one is body text
                kind = "page_number" if decision.by == "page_number" else side
                drop.setdefault(page, set()).add(c.index)
                found.append(Furniture(page, c.text, kind, c.box))
    found.sort(key=lambda f: (f.page, f.bbox[1]))
    return drop, found
