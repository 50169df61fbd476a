"""read_pdf: PDF bytes to body text and paragraph blocks in reading order, furniture apart.

Two passes. The first loads each page's characters once (pdfplumber ``page.chars``), collapses
overprints, takes table and box regions out (pdfplumber's table finder on ruling lines) and
groups the rest into rows, less the tables set without rules (``grid``); the clock is checked between pages. The second pass finds running
headers, footers and page numbers across pages, orders each page's text by columns, and builds
paragraphs joined across columns and pages.
"""

from __future__ import annotations

import io
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from zhdoc.errors import Encrypted, MalformedPDF, NoTextLayer, TimeLimit, TooLarge
from zhdoc.model import BBox, Furniture, PdfLayout
from zhdoc.pdf.blocks import Area, build_blocks
from zhdoc.pdf.chars import Glyph, Loaded, glyphs_to_text, load_glyphs
from zhdoc.pdf.columns import reading_order
from zhdoc.pdf.furniture import Candidate, candidates, find_furniture
from zhdoc.pdf.grid import find_unruled_tables
from zhdoc.pdf.heads import DISPLAY_REL, SplitPage, body_sized, furniture_pieces, split_page
from zhdoc.pdf.lines import Line, glyphs_to_runs, runs_to_rows, vertical_runs
from zhdoc.pdf.tables import BoxItem, TableItem, assign_glyphs, find_regions
from zhdoc.rules.kinds import ISSUE_DATE
from zhdoc.settings import Settings

log = logging.getLogger(__name__)

#: a horizontal rule at least this share of the page wide may set a header or footer apart
RULE_SHARE = 0.4
#: a filled rectangle with no text on it is a picture when this many points on a side at least
PICTURE_MIN = 36.0


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    rows: list[list[Line]]  # runs of the prose, grouped in rows
    tables: list[TableItem]
    boxes: list[BoxItem]
    rules: tuple[float, ...] = ()  # heights of long horizontal rules outside tables and boxes
    images: tuple[BBox, ...] = ()  # the page's images (photos, cartoons, logos)


def _cause_names(e: BaseException) -> str:
    names = []
    seen: set[int] = set()
    stack: list[Any] = [e]
    while stack:
        x = stack.pop()
        if not isinstance(x, BaseException) or id(x) in seen:
            continue
        seen.add(id(x))
        names.append(type(x).__name__ + " " + str(x))
        stack.extend([x.__cause__, x.__context__, *x.args])
    return " ".join(names)


def _open(data: bytes, name: str) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfminer raises many types for broken files
        why = _cause_names(e)
        if "Password" in why or "Encrypt" in why:
            raise Encrypted(f"{name}: encrypted PDF (a password is needed to open it); "
                            "decrypt it and run again") from e
        raise MalformedPDF(f"{name}: not a readable PDF ({why.strip() or type(e).__name__}); "
                           "check that the file is complete, or repair it (e.g. qpdf)") from e


def _load_page(page: Any, number: int, name: str, warnings: list[str]) -> tuple[_Page, Loaded]:
    try:
        loaded = load_glyphs(page.chars)
    except Exception as e:
        raise MalformedPDF(f"{name}: page {number} cannot be parsed ({type(e).__name__}: {e})"
                           ) from e
    glyphs = loaded.glyphs
    tables: list[TableItem] = []
    boxes: list[BoxItem] = []
    all_rules: list[tuple[float, float, float]] = []
    if glyphs:
        try:
            tables, boxes = find_regions(page)
            all_rules = _rules(page, [*tables, *boxes])
        except Exception as e:  # the table finder on odd drawings: lay the page out as prose
            warnings.append(f"{name}: page {number}: tables not looked for "
                            f"({type(e).__name__}: {e})")
    prose = assign_glyphs(glyphs, tables, boxes)
    rows, unruled = find_unruled_tables(runs_to_rows(glyphs_to_runs(prose)), all_rules)
    rules = _long(all_rules, float(page.width))
    if unruled and rules:  # a three-line table's rules, an em or so off its text, are its own
        rules = tuple(y for y in rules if not any(
            t.top - 1.5 * t.size <= y <= t.bottom + 1.5 * t.size for t in unruled))
    images = tuple((float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"]))
                   for i in page.images) + (_drawn_pictures(page, glyphs) if glyphs else ())
    return (_Page(number, float(page.width), float(page.height), rows, [*tables, *unruled],
                  boxes, rules, images), loaded)


def _drawn_pictures(page: Any, glyphs: list[Glyph]) -> tuple[tuple[float, float, float, float], ...]:
    """Filled rectangles of a picture's size (``PICTURE_MIN`` points on a side at least) with no
    text on them: a picture drawn as a shape (a photo's grey placeholder), whose caption and
    the text around it are read as around an image."""
    out = []
    for r in page.rects:
        if not r.get("fill") or r["width"] < PICTURE_MIN or r["height"] < PICTURE_MIN:
            continue
        x0, top, x1, bottom = float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])
        if not any(x0 < g.x1 and g.x0 < x1 and top < g.bottom and g.top < bottom for g in glyphs):
            out.append((x0, top, x1, bottom))
    return tuple(out)


def _rules(page: Any, regions: list[TableItem | BoxItem]) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of the page's horizontal rules that are no edges of a table or box."""
    out = []
    for e in page.horizontal_edges:
        y = float(e["top"])
        if any(r.top - 1 <= y <= r.bottom + 1 and e["x0"] < r.x1 and r.x0 < e["x1"]
               for r in regions):
            continue
        out.append((float(e["x0"]), float(e["x1"]), y))
    return out


def _long(rules: list[tuple[float, float, float]], width: float) -> tuple[float, ...]:
    """Heights of the rules at least ``RULE_SHARE`` of the page wide (they may set a header or
    footer apart)."""
    return tuple(y for x0, x1, y in rules if x1 - x0 >= RULE_SHARE * width)


def _body_style(pages: list[_Page]) -> tuple[float, bool]:
    """The body font size (the size most characters are set in) and whether it is bold.

    Sizes are counted in half-point classes (a body set in 10.02 and 9.98 pt is one body), and
    the size is the commonest exact size inside the winning class: a 7.75 pt body is 7.75, not
    the 8.0 its class rounds to (against which 8.9 pt headings would be no larger than 1.11×)."""
    sizes: Counter[float] = Counter()
    exact: Counter[float] = Counter()
    bold: Counter[float] = Counter()
    for p in pages:
        for row in p.rows:
            for run in row:
                for g in run.glyphs:
                    s = round(g.size * 2) / 2
                    sizes[s] += 1
                    bold[s] += g.bold
                    exact[round(g.size, 2)] += 1
    if not sizes:
        return 10.0, False
    size, n = sizes.most_common(1)[0]
    body = max((k for k in exact if round(k * 2) / 2 == size), key=lambda k: (exact[k], -k))
    return body, bold[size] * 2 > n


def read_pdf(data: bytes, settings: Settings, source: str = "") -> PdfLayout:
    """Lay out a PDF's text: columns in reading order, paragraphs joined, furniture removed.

    Raises ``Encrypted``, ``NoTextLayer`` (a scan: OCR is not supported), ``MalformedPDF``,
    ``TooLarge`` (over ``settings.pdf_max_pages``) or ``TimeLimit`` (``pdf_time_limit_s``).

    >>> from zhdoc.pdf.reader import read_pdf
    >>> read_pdf(b"not a pdf", Settings(), "x.pdf")
    Traceback (most recent call last):
    ...
    zhdoc.errors.MalformedPDF: x.pdf: not a readable PDF (...)
    """
    name = source or "PDF"
    t0 = time.monotonic()
    limit = settings.pdf_time_limit_s
    warnings: list[str] = []

    def check_clock(page_no: int) -> None:
        if time.monotonic() - t0 > limit:
            raise TimeLimit(f"{name}: stopped at page {page_no}: over the time limit of "
                            f"{limit:g} s (pdf_time_limit_s); raise it or split the file")

    pdf = _open(data, name)
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as e:
            raise MalformedPDF(f"{name}: page tree cannot be read ({type(e).__name__}: {e})") from e
        n_pages = len(plumber_pages)
        if n_pages == 0:
            raise MalformedPDF(f"{name}: the PDF has no pages")
        if n_pages > settings.pdf_max_pages:
            raise TooLarge(f"{name}: {n_pages} pages, over the limit of {settings.pdf_max_pages} "
                           "(pdf_max_pages); raise it or split the file")
        encrypted = getattr(pdf.doc, "encryption", None) is not None
        pages: list[_Page] = []
        n_dups = n_cids = n_vertical = n_images = 0
        scanned: list[int] = []  # pages with images and no text
        for i, page in enumerate(plumber_pages):
            check_clock(i + 1)
            p, loaded = _load_page(page, i + 1, name, warnings)
            n_dups += loaded.overprints
            n_cids += loaded.unmapped
            n_vertical += loaded.vertical
            if not loaded.glyphs and page.images:
                n_images += len(page.images)
                scanned.append(i + 1)
            pages.append(p)
            page.close()
    n_glyphs = sum(len(run.glyphs) for p in pages for r in p.rows for run in r) + sum(
        len(gs) for p in pages for t in p.tables for gs in t.cells.values()) + sum(
        len(b.glyphs) for p in pages for b in p.boxes)
    if n_glyphs == 0 or n_cids > n_glyphs:
        if encrypted:
            raise Encrypted(f"{name}: encrypted PDF whose text cannot be decoded; "
                            "decrypt it and run again")
        if n_cids:
            raise NoTextLayer(f"{name}: no usable text layer ({n_cids} glyphs without a Unicode "
                              "mapping); OCR is not supported")
        raise NoTextLayer(f"{name}: no text layer on any of its {n_pages} pages "
                          f"({n_images} images: a scan?); OCR is not supported")
    if n_dups:
        warnings.append(f"{name}: {n_dups} overprinted duplicate glyphs collapsed")
    if n_cids:
        warnings.append(f"{name}: {n_cids} glyphs without a Unicode mapping dropped")
    if n_vertical:
        warnings.append(f"{name}: {n_vertical} vertical or rotated glyphs left out "
                        "(vertical text is not laid out)")
    if scanned:
        shown = ", ".join(map(str, scanned[:10])) + (" …" if len(scanned) > 10 else "")
        warnings.append(f"{name}: page(s) {shown} have images and no text layer (scans?); "
                        "their text is missing: OCR is not supported")

    body_size, body_bold = _body_style(pages)
    # running headers, footers and page numbers
    cands: dict[int, list[Candidate]] = {}
    for p in pages:
        row_boxes: list[tuple] = []
        for runs in p.rows:
            text = " ".join(r.text for r in runs)
            sizes = sorted(r.size for r in runs)
            row_boxes.append((text, (runs[0].x0, min(r.top for r in runs),
                                     runs[-1].x1, max(r.bottom for r in runs)),
                              tuple((r.text, r.x0, r.x1) for r in runs), sizes[len(sizes) // 2]))
        cands[p.number] = candidates(row_boxes, p.height, p.rules)
    drop, furniture = find_furniture(cands, {p.number: p.height for p in pages}, body_size)

    laid_out: list[Area] = []
    news_furniture: list[Furniture] = []

    @cache
    def running() -> set[str]:
        """Dates printed on two pages or more (a running header's): scanned for once, and only
        where a page has a single head to judge (most documents have none)."""
        dates = Counter(d for q in pages for d in _issue_dates(q))
        return {d for d, n in dates.items() if n > 1}

    n_articles = 0
    for p in pages:
        check_clock(p.number)
        dropped = drop.get(p.number, set())
        runs = [run for k, row in enumerate(p.rows) if k not in dropped for run in row]
        tables: list[Any] = [t for t in p.tables if t.cells]
        boxed = [b for b in p.boxes if b.glyphs]
        split = _articles(runs, [g for b in boxed for g in b.glyphs], p, body_size, running)
        if split is None:
            for b in boxed:
                box_runs = glyphs_to_runs(b.glyphs)
                # the box's inner edges: its frame less the padding (as on the left, at most an em)
                pad = min(min(r.x0 for r in box_runs) - b.x0, body_size)
                b.regions = reading_order(  # type: ignore[attr-defined]
                    box_runs, body_size, (b.x0 + pad, b.x1 - pad))
            items = [*runs, *tables, *boxed]
            laid_out.append(Area(p.number, reading_order(items, body_size, _frame(items))))
            continue
        news_furniture += [Furniture(p.number, text, kind, box) for text, kind, box in furniture_pieces(split.furniture, split.captions)]
        order = sorted(range(len(split.heads)), key=lambda k: (split.heads[k].box[1], split.heads[k].box[0]))
        for k in order:
            n_articles += 1
            head = split.heads[k]
            items = split.groups[k]
            parts = [(role, text, lines) for role, text, lines in (
                ("kicker", head.kicker, head.kicker_lines), ("title", head.title, head.title_lines),
                ("subtitle", head.subtitle, head.subtitle_lines),
                ("byline", head.byline, head.byline_lines)) if lines]
            laid_out.append(Area(p.number, reading_order(items, body_size, _frame(items)),
                                 n_articles, parts))
        rest = [*split.rest, *tables]
        if rest:
            laid_out.append(Area(p.number, reading_order(rest, body_size, _frame(rest))))
    furniture = sorted([*furniture, *news_furniture], key=lambda f: (f.page, f.bbox[1], f.bbox[0]))
    text, blocks = build_blocks(laid_out, body_size, body_bold,
                                {p.number: p.images for p in pages})
    log.debug("%s: %d pages, %d blocks, %.2f s", name, n_pages, len(blocks),
              time.monotonic() - t0)
    return PdfLayout(text, tuple(blocks), tuple(furniture), n_pages, tuple(warnings), body_size)


def _articles(runs: list[Line], boxed: list[Glyph], page: _Page, body_size: float,
              running: Callable[[], set[str]] = frozenset) -> SplitPage | None:
    """The page cut into articles under their heads (``zhdoc.pdf.heads``), when it holds two
    or more, or one under a dated masthead; else None (the page is laid out as a whole). ``boxed``:
    the glyphs inside drawn boxes (a newspaper frames some of its articles: they are articles like
    the others); ``running()``: dates printed on two pages or more (a running header's)."""
    glyphs = sorted([*(g for run in runs for g in run.glyphs), *boxed], key=lambda g: g.seq)
    vertical, rest = vertical_runs(glyphs)
    split = split_page([*glyphs_to_runs(rest), *vertical], page.images, body_size, page.height)
    if len(split.heads) >= 2 or split.heads and _dated_masthead(page, split.heads[0].box[1], running()) and (
            _one_story(split, body_size)):
        return split
    return None


#: a page's one head heads the page's story where at most this share of its text lines is
#: left under no head
ONE_STORY_REST = 0.1


def _one_story(split: SplitPage, body: float) -> bool:
    """Whether the page cut under its one head is one story: the stream draws it in reading order
    (``_stream_in_order``) and the head's text is the page's, or nearly (ONE_STORY_REST); a page
    whose other stories' heads were not found is laid out as a whole, not read as that head's."""
    text = [ln for ln in split.rest + [x for g in split.groups for x in g] if body_sized(ln, body)]
    rest = sum(1 for ln in split.rest if body_sized(ln, body))
    return _stream_in_order(text, body) and rest <= ONE_STORY_REST * len(text)


#: a page's content stream is in reading order where at least this share of its text lines go
#: on from the line drawn before them (the next down in its column, or the top of one further right)
STREAM_ORDER_MIN = 0.9


def _stream_in_order(lines: list[Line], body: float) -> bool:
    """Whether the content stream draws a page's text ``lines`` (set in the body's size) in
    reading order (STREAM_ORDER_MIN): a page cut under its one head by the stream's order needs
    it; a page drawn in another order (lines shuffled) is laid out by geometry alone."""
    text = sorted(lines, key=lambda ln: ln.seq)
    if len(text) < 3:
        return True
    on = sum(1 for a, b in zip(text, text[1:])
             if b.top > a.top - 0.2 * body and b.x0 < a.x1 and a.x0 < b.x1  # the next line down
             or b.x0 >= a.x1 - body)  # (a piece further along its row, or a column to the right)
    return on >= STREAM_ORDER_MIN * (len(text) - 1)


def _issue_dates(page: _Page, top: float = float("inf")) -> set[str]:
    """The issue dates (``2025年3月6日  星期四``) the page's rows over ``top`` hold."""
    out = set()
    for row in page.rows:
        texts = [run.text.strip() for run in row if run.bottom <= top]
        out.update(t for i in range(len(texts)) if ISSUE_DATE.match(t := " ".join(texts[i:])))
    return out  # (its runs parted by wide spaces: 2025年3月6日 / 星期四 4 要闻)


def _dated_masthead(page: _Page, top: float, running: set[str]) -> bool:
    """Whether a row over ``top`` holds the page's issue date: a newspaper page's masthead, over
    a page of one story (a report under its title, a wire story with no byline). A document's
    running header with a date (``running``: dates found on two pages or more) is none: its
    single title over its text is laid out with the rest."""
    return bool(_issue_dates(page, top) - running)


def _frame(items: list[Any]) -> tuple[float, float] | None:
    lines = [it for it in items if isinstance(it, Line)]
    src = lines or items
    if not src:
        return None
    return (min(it.x0 for it in src), max(it.x1 for it in src))


__all__ = ["read_pdf", "glyphs_to_text"]
