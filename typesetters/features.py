"""What a typeset fixture turned out to contain, read back from its PDF (at generation time).

Typesetters decide where columns and pages break; this finds, for the truth's paragraphs, which
of them cross a column or a page, and which end with a line alone at the top of a column, or
start with a line alone at the foot of one. Columns are found per page as the left edges that
three or more lines share with
many others (first-line indents and centred lines fall inside their column).
Uses PyMuPDF; only the generators call it.
"""

from __future__ import annotations

from collections import Counter

from typesetters.source import Para
from typesetters.truth import squeeze


def _lines(data: bytes) -> list[tuple[int, float, float, str]]:
    """(page, x0, top, text) of every text line."""
    import pymupdf

    out = []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for pno, page in enumerate(doc, 1):
            for b in page.get_text("dict")["blocks"]:
                for ln in b.get("lines", ()):
                    t = squeeze("".join(s["text"] for s in ln["spans"]))
                    if t:
                        out.append((pno, ln["bbox"][0], ln["bbox"][1], t))
    return out


def _column_lefts(xs: list[float]) -> list[float]:
    counts = Counter(round(x) for x in xs)
    near = {x: sum(n for y, n in counts.items() if abs(y - x) <= 2) for x in counts}
    floor = max(3, 0.3 * max(near.values(), default=0))  # not first-line indents
    lefts: list[float] = []
    for x in sorted(counts):
        if near[x] >= floor and not any(abs(x - l) <= 8 for l in lefts):
            lefts.append(x)
    return lefts


def _is_furniture(text: str, furniture: list[str]) -> bool:
    for f in sorted(furniture, key=len, reverse=True):
        text = text.replace(f, "")
    return not text


def layout_features(data: bytes, paragraphs: list[Para], furniture: list[str]) -> list[str]:
    """Counted features, e.g. ``['crosses a column ×3', 'crosses a page ×1']``; lines made of
    ``furniture`` texts are left out."""
    furn = [squeeze(f) for f in furniture if squeeze(f)]
    lines = [ln for ln in _lines(data) if not _is_furniture(ln[3], furn)]
    placed = []  # (page, column, top, text)
    for pno in sorted({ln[0] for ln in lines}):
        own = [ln for ln in lines if ln[0] == pno]
        lefts = _column_lefts([x for _, x, _, _ in own]) or [0.0]
        for _, x, top, t in own:
            col = max([i for i, l in enumerate(lefts) if x >= l - 3] or [0])
            placed.append((pno, col, top, t))
    placed.sort()
    stream, where = [], []  # characters, and for each its (page, column, line index in column)
    key, idx = None, -1
    for pno, col, _, t in placed:
        idx = idx + 1 if key == (pno, col) else 0
        key = (pno, col)
        stream.append(t)
        where += [(pno, col, idx)] * len(t)
    text = "".join(stream)
    last_index: dict[tuple[int, int], int] = {}
    for p, c, i in where:
        last_index[(p, c)] = max(i, last_index.get((p, c), 0))
    found: Counter = Counter()
    for para in paragraphs:
        if para.role not in ("body", "quote"):
            continue
        s = squeeze(para.text)
        at = text.find(s)
        if at < 0 or len(s) < 2:
            continue
        (p0, c0, i0), (p1, c1, i1) = where[at], where[at + len(s) - 1]
        if (p0, c0) == (p1, c1):
            continue
        found["crosses a page" if p0 != p1 else "crosses a column"] += 1
        if i1 == 0:
            found["last line alone at the top of a column"] += 1
        if i0 == last_index[(p0, c0)]:
            found["first line alone at the foot of a column"] += 1
    return [f"{k} ×{n}" for k, n in sorted(found.items())]
