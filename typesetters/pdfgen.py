"""Generated newspaper-like PDFs with known truth, for the PDF layout tests and evaluation.

reportlab's built-in ``STSong-Light`` CID font draws Chinese without a font file; pdfplumber
reads it back. ``make_document`` typesets a title, a byline and an abstract spanning the
columns, ``▎`` headings in larger (overprinted, fake-bold) type, body paragraphs justified by
character spacing and flowing from column to column and page to page, one line justified with
very wide gaps, a table (ruled, three-line or unruled), a running header (two parts and a rule) and a page-number
footer. It returns the PDF bytes and the truth: the paragraphs as typeset, the table rows and
the header and footer strings of each page.

>>> doc = make_document(columns=2, n_paragraphs=4, seed=1)
>>> doc.data[:5], doc.truth.n_pages >= 1, doc.truth.paragraphs[0][0]
(b'%PDF-', True, 'title')
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from functools import lru_cache

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 72.0, 72.0
BODY, LEADING, HEAD, TITLE = 10.0, 15.0, 13.0, 22.0
BOX, BOX_LEADING, BOX_PAD = 9.0, 13.0, 6.0
GUTTER = 18.0

_POOL = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
         "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二"
         "理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社"
         "义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没"
         "结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活"
         "设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放"
         "决西被干做必战先回则任取据处理世车改革创新协调绿色开放共享")
_TERMS = ("GDP", "5G", "CPI", "Belt and Road", "AI", "2025年", "3.5%", "1.2万亿元", "R&D")
_HEADER_LEFT = "经济观察·理论周刊"
_HEADER_RIGHT = "2026年11月26日 星期四"
_CLOSING = "，。、；：！？”）》"


@dataclass(frozen=True)
class Style:
    """How a document is set: sizes in points, ratios to the body size."""

    body: float = BODY
    leading: float = LEADING / BODY  # line pitch over the body size
    head: float = HEAD / BODY  # heading size over the body size (1.0: bold body-size headings)
    gutter: float = GUTTER
    indent: bool = True  # first-line indent of two ems; False: no indent, space between paragraphs
    bar: bool = True  # headings open with `▎`
    shuffle: bool = False  # lines drawn in random order within each page

    @property
    def pitch(self) -> float:
        return self.body * self.leading


@dataclass(frozen=True)
class Truth:
    """What was typeset: paragraphs in reading order as (kind, text), kind one of title,
    byline, abstract, heading, body; table rows (cells joined by `` | ``); per-page header
    and footer strings."""

    paragraphs: tuple[tuple[str, str], ...]
    table_rows: tuple[str, ...]
    headers: tuple[str, ...]
    footers: tuple[str, ...]
    n_pages: int
    columns: int
    #: indexes (into ``paragraphs``) of paragraphs set on more than one page / column
    across_pages: tuple[int, ...] = ()
    across_columns: tuple[int, ...] = ()

    def texts(self) -> list[str]:
        return [t for _, t in self.paragraphs]


@dataclass(frozen=True)
class GeneratedPdf:
    name: str
    data: bytes
    truth: Truth


def solid(ch: str) -> bool:
    return ("\u3400" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
            or ch in "“”‘’—…·")


def canonical(text: str) -> str:
    """The text as the layout step should give it: no space between two CJK characters."""
    out = []
    for i, ch in enumerate(text):
        if ch == " " and out and i + 1 < len(text) and solid(out[-1]) and solid(text[i + 1]):
            continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _width(s: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(s, _font(), size)


def _sentence(rng: random.Random) -> str:
    parts = []
    for k in range(rng.randint(1, 3)):
        n = rng.randint(4, 14)
        s = "".join(rng.choice(_POOL) for _ in range(n))
        if rng.random() < 0.25:
            cut = rng.randint(1, n - 1)
            s = s[:cut] + rng.choice(_TERMS) + s[cut:]
        parts.append(s)
    return "，".join(parts) + rng.choice("。。。！？")


def _paragraph(rng: random.Random, n: int | None = None) -> str:
    return "".join(_sentence(rng) for _ in range(n or rng.randint(2, 6)))


def _tokens(text: str) -> list[str]:
    """Break opportunities: each CJK character, each Latin word, each space."""
    toks: list[str] = []
    for ch in text:
        if ch == " " or solid(ch) or not toks or toks[-1] == " " or solid(toks[-1][-1]):
            toks.append(ch)
        else:
            toks[-1] += ch
    return toks


def _break_lines(text: str, width: float, size: float, indent: float,
                 spread_after: int | None = None) -> list[tuple[str, float, bool]]:
    """Lines as (text, x offset, justified?) filling ``width``; closing punctuation never
    starts a line. ``spread_after``: break after that many characters of the second line and
    justify it (a line set with very wide gaps)."""
    toks = _tokens(text)
    lines: list[tuple[str, float, bool]] = []
    cur: list[str] = []
    w = 0.0
    avail = width - indent
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = _width(t, size)
        forced = (spread_after is not None and len(lines) == 1
                  and len("".join(cur)) >= spread_after and t not in _CLOSING)
        if cur and (w + tw > avail + 0.01 or forced):
            if not forced and t in _CLOSING and len(cur) > 1:
                cur.pop()  # carry the last token down with the punctuation
                i -= 1
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(("".join(cur), indent if not lines else 0.0, True))
            cur, w, avail = [], 0.0, width
            if toks[i] == " ":
                i += 1
            continue
        cur.append(t)
        w += tw
        i += 1
    if cur:
        lines.append(("".join(cur), indent if not lines else 0.0, False))
    return lines


@dataclass
class _Flow:
    canvas: object
    columns: int
    footer: str
    n_total: int | None
    style: Style = Style()
    rng: random.Random = field(default_factory=random.Random)
    ops: list = field(default_factory=list)  # line drawings of the current page
    page: int = 1
    col: int = 0
    y: float = MARGIN_TOP  # distance from the page top to the next line's top
    frame_top: float = MARGIN_TOP
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    box: float | None = None  # height kept for a boxed side bar at the foot of column 1, page 1
    box_due: bool = False  # the flow has left the column with the box

    @property
    def col_w(self) -> float:
        return (PAGE_W - 2 * MARGIN_X - (self.columns - 1) * self.style.gutter) / self.columns

    @property
    def x(self) -> float:
        return MARGIN_X + self.col * (self.col_w + self.style.gutter)

    def flush(self) -> None:
        """Draw the page's lines, in random order when the style shuffles them."""
        if self.style.shuffle:
            self.rng.shuffle(self.ops)
        for op in self.ops:
            op()
        self.ops.clear()

    def furniture(self) -> None:
        c = self.canvas
        c.setFont(_font(), 9)
        c.drawString(MARGIN_X, PAGE_H - 40, _HEADER_LEFT)
        c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 40, _HEADER_RIGHT)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, PAGE_H - 46, PAGE_W - MARGIN_X, PAGE_H - 46)
        if self.footer == "dash":
            foot = f"- {self.page} -"
        else:
            foot = f"页数 {self.page} / {self.n_total}"
        c.drawCentredString(PAGE_W / 2, 36, foot)
        self.headers.append(f"{_HEADER_LEFT} {_HEADER_RIGHT}")
        self.footers.append(foot)

    def need(self, h: float) -> None:
        """Move to the next column or page unless ``h`` points fit in this column."""
        bottom = PAGE_H - MARGIN_BOTTOM
        if self.box is not None and (self.page, self.col) == (1, 0):
            bottom -= self.box
        if self.y + h <= bottom:
            return
        if self.box is not None and (self.page, self.col) == (1, 0):
            self.box_due = True
        if self.col + 1 < self.columns:
            self.col += 1
        else:
            self.flush()
            self.canvas.showPage()
            self.page += 1
            self.furniture()
            self.col = 0
            self.frame_top = MARGIN_TOP
        self.y = self.frame_top

    def line(self, text: str, dx: float, size: float, justify: bool, width: float,
             x: float | None = None, bold: bool = False) -> None:
        c = self.canvas
        base = PAGE_H - self.y - size
        x = self.x + dx if x is None else x
        cs = 0.0
        if justify and len(text) > 1:
            cs = (width - dx - _width(text, size)) / (len(text) - 1)
        for off in ((0.0, 0.35) if bold else (0.0,)):
            t = c.beginText()
            t.setFont(_font(), size)
            t.setCharSpace(cs)
            t.setTextOrigin(x + off, base)
            t.textOut(text)
            self.ops.append(lambda t=t: c.drawText(t))


def _byline_positions(names: tuple[str, ...], size: float) -> list[tuple[str, float]]:
    """Each character of a byline's names with its x offset after the role word: one em after
    it, two ems between names, a two-character name padded by an em to a three-character
    name's width (`吕　铁  刘　丹  王小明`)."""
    out: list[tuple[str, float]] = []
    x = size
    for k, name in enumerate(names):
        if k:
            x += 2 * size
        step = 2 * size if len(name) == 2 else size
        for ch in name:
            out.append((ch, x))
            x += step
        x -= step - size
    return out


def make_document(columns: int = 2, n_paragraphs: int = 12, seed: int = 0, *,
                  table: bool = True, footer: str = "dash", box: bool = False,
                  long_title: bool = False, names: tuple[str, ...] = (),
                  grid: str = "ruled", style: Style = Style()) -> GeneratedPdf:
    """A newspaper-like article in ``columns`` columns with its truth (see the module doc).

    ``box``: a ruled side bar at the foot of the first column (its paragraphs come after the
    paragraph it interrupts); ``long_title``: a title wrapped onto two lines; ``names``: the
    byline's names, set as newspapers set them (``_byline_positions``) instead of one name;
    ``grid``: the table's rules, "ruled" (every cell), "three_line" (above, below the header
    and below: 三线表) or "unruled" (none, columns set on whitespace alone).
    """
    from reportlab.pdfgen import canvas as rl_canvas

    rng = random.Random(seed * 7919 + columns)
    st = style
    BODY, LEADING, HEAD = st.body, st.pitch, st.body * st.head  # noqa: N806 (the style's sizes)
    indent = 2 * BODY if st.indent else 0.0
    para_gap = 0.0 if st.indent else 0.6 * LEADING
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    paragraphs: list[tuple[str, str]] = []
    table_rows: list[str] = []
    across_pages: list[int] = []
    across_columns: list[int] = []

    # content first (the footer needs the page count: typeset twice when it does)
    title = "".join(rng.choice(_POOL) for _ in range(rng.randint(30, 36) if long_title
                                                      else rng.randint(8, 14)))
    box_paras = ["相关链接：" + _paragraph(rng, 2), _paragraph(rng, 1)] if box else []
    byline = "□ 本报记者 " + "".join(rng.choice(_POOL) for _ in range(3))
    if names:
        byline = "□ 本报记者 " + " ".join(names)
    abstract = "【摘要】" + _paragraph(rng, 3) if columns > 1 else None
    elements: list[tuple[str, object]] = []
    spread_done = False
    for k in range(n_paragraphs):
        if k % 4 == 1:
            elements.append(("heading", ("▎" if st.bar else "")
                             + "".join(rng.choice(_POOL) for _ in range(rng.randint(4, 9)))))
        if table and k == n_paragraphs // 2 and columns <= 2:
            elements.append(("table", None))
        spread = None
        if not spread_done and k == 2:
            spread, spread_done = 5, True
        elements.append(("body", (_paragraph(rng), spread)))
    cells = [["地区", "增速", "占比"]] + [
        [rng.choice(("华东", "华南", "华北", "西部", "东北")), f"{rng.uniform(1, 9):.1f}%",
         f"{rng.uniform(5, 40):.1f}%"] for _ in range(3)]

    def typeset(n_total: int | None) -> _Flow:
        nonlocal c, buf
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
        c.setTitle("zhdoc generated fixture")
        paragraphs.clear()
        table_rows.clear()
        across_pages.clear()
        across_columns.clear()
        f = _Flow(c, columns, footer, n_total, st, random.Random(seed))
        f.furniture()
        full = PAGE_W - 2 * MARGIN_X
        # spanning: title, byline, abstract
        c.setFont(_font(), TITLE)
        f.y = MARGIN_TOP
        for text, _, _ in _break_lines(title, full, TITLE, 0.0):
            f.line(text, 0, TITLE, False, full, x=(PAGE_W - _width(text, TITLE)) / 2, bold=True)
            f.y += TITLE * 1.3
        f.y += TITLE * 0.3
        if names:
            lead = "□ 本报记者"
            pos = _byline_positions(names, BODY)
            x0 = (PAGE_W - _width(lead, BODY) - pos[-1][1] - BODY) / 2
            f.line(lead, 0, BODY, False, full, x=x0)
            for ch, dx in pos:
                f.line(ch, 0, BODY, False, full, x=x0 + _width(lead, BODY) + dx)
            paragraphs.append(("title", title))
            paragraphs.append(("byline", byline))
        else:
            f.line(byline, 0, BODY, False, full, x=(PAGE_W - _width(byline, BODY)) / 2)
            paragraphs.append(("title", title))
            paragraphs.append(("byline", canonical(byline)))
        f.y += LEADING * 1.6
        if abstract:
            for text, dx, just in _break_lines(abstract, full, BODY, indent):
                f.line(text, dx, BODY, just, full, x=MARGIN_X + dx)
                f.y += LEADING
            paragraphs.append(("abstract", canonical(abstract)))
            f.y += LEADING
        f.frame_top = f.y
        if box_paras:
            box_lines = [_break_lines(t, f.col_w - 2 * BOX_PAD, BOX, 2 * BOX) for t in box_paras]
            f.box = sum(len(b) for b in box_lines) * BOX_LEADING + 2 * BOX_PAD + LEADING
            top = PAGE_H - MARGIN_BOTTOM - f.box + LEADING
            c.setLineWidth(0.8)
            c.rect(f.x, MARGIN_BOTTOM, f.col_w, PAGE_H - MARGIN_BOTTOM - top)
            y = top + BOX_PAD
            for lines in box_lines:
                for text, dx, just in lines:
                    t = c.beginText()
                    t.setFont(_font(), BOX)
                    t.setCharSpace(0.0 if not just or len(text) < 2 else  # Tc persists: set it
                                   (f.col_w - 2 * BOX_PAD - dx - _width(text, BOX))
                                   / (len(text) - 1))
                    t.setTextOrigin(f.x + BOX_PAD + dx, PAGE_H - y - BOX)
                    t.textOut(text)
                    c.drawText(t)
                    y += BOX_LEADING

        def box_truth() -> None:
            if f.box_due:
                paragraphs.extend(("aside", canonical(t)) for t in box_paras)
                f.box_due = False
                f.box = None

        for kind, payload in elements:
            if kind == "heading":
                f.need(LEADING * 0.5 + HEAD * 1.5 + LEADING * 2)
                box_truth()  # left the column with the box before this element
                if f.y > f.frame_top:
                    f.y += LEADING * 0.5
                head_lines = _break_lines(str(payload), f.col_w, HEAD, 0.0)
                for k2, (text_line, _, _) in enumerate(head_lines):
                    f.line(text_line, 0, HEAD, False, f.col_w, bold=True)
                    f.y += HEAD * 1.3 if k2 + 1 < len(head_lines) else max(HEAD * 1.6, LEADING)
                paragraphs.append(("heading", str(payload)))
            elif kind == "table":
                row_h = LEADING * 1.3
                f.need(row_h * len(cells) + LEADING)
                box_truth()
                f.y += LEADING * 0.5
                x0, w = f.x, f.col_w
                cw = w / 3
                top = f.y
                for r, row in enumerate(cells):
                    for k2, cell in enumerate(row):
                        t = c.beginText()
                        t.setFont(_font(), BODY)
                        t.setCharSpace(0.0)
                        t.setTextOrigin(x0 + k2 * cw + 4, PAGE_H - (top + r * row_h) - BODY - 3)
                        t.textOut(cell)
                        c.drawText(t)
                    table_rows.append(" | ".join(row))
                c.setLineWidth(0.6)
                rules = {"ruled": range(len(cells) + 1), "three_line": (0, 1, len(cells)),
                         "unruled": ()}[grid]
                for r in rules:
                    yy = PAGE_H - (top + r * row_h)
                    c.line(x0, yy, x0 + w, yy)
                for k2 in range(4 if grid == "ruled" else 0):
                    xx = x0 + k2 * cw
                    c.line(xx, PAGE_H - top, xx, PAGE_H - (top + len(cells) * row_h))
                f.y = top + len(cells) * row_h + LEADING * 0.5
            else:
                text, spread = payload  # type: ignore[misc]
                where = set()
                for k2, (text_line, dx, just) in enumerate(
                        _break_lines(text, f.col_w, BODY, indent, spread)):
                    f.need(LEADING)
                    if k2 == 0:
                        if para_gap and f.y > f.frame_top:
                            f.y += para_gap
                            f.need(LEADING)
                        box_truth()
                    f.line(text_line, dx, BODY, just, f.col_w)
                    where.add((f.page, f.col))
                    f.y += LEADING
                if len({p for p, _ in where}) > 1:
                    across_pages.append(len(paragraphs))
                if len(where) > 1:
                    across_columns.append(len(paragraphs))
                paragraphs.append(("body", canonical(text)))
            box_truth()  # left it in the middle of this element: the box comes after it
        f.box_due = f.box_due or f.box is not None  # a box the flow never got past
        box_truth()
        f.flush()
        c.showPage()
        c.save()
        return f

    f = typeset(None)
    if footer != "dash":
        f = typeset(f.page)
    truth = Truth(tuple(paragraphs), tuple(table_rows), tuple(f.headers), tuple(f.footers),
                  f.page, columns, tuple(across_pages), tuple(across_columns))
    name = f"gen_{columns}col_s{seed}_{footer}"
    return GeneratedPdf(name, buf.getvalue(), truth)


@lru_cache(maxsize=1)
def standard_set() -> tuple[GeneratedPdf, ...]:
    """The documents the tests and the evaluation use: one, two and three columns."""
    return (
        make_document(1, 18, seed=5, grid="unruled"),
        make_document(2, 18, seed=6, box=True, names=("吕铁", "刘丹", "王小明")),
        make_document(3, 26, seed=7, footer="slash", box=True, long_title=True),
        make_document(2, 24, seed=8, footer="slash", long_title=True, names=("张明", "李华"),
                      grid="three_line"),
    )


def random_set(n: int, seed: int = 0) -> list[GeneratedPdf]:
    """``n`` documents in random styles: body size, leading, heading size and weight, gutter,
    indented or spaced paragraphs, shuffled drawing order, one to three columns, side bars."""
    rng = random.Random(seed)
    docs = []
    for k in range(n):
        style = Style(body=rng.choice([9.0, 10.0, 10.5, 12.0]), leading=rng.choice([1.35, 1.5, 1.7]),
                      head=rng.choice([1.0, 1.25, 1.5]), gutter=rng.choice([10.0, 14.0, 18.0, 24.0]),
                      indent=rng.random() < 0.6, bar=rng.random() < 0.5,
                      shuffle=rng.random() < 0.4)
        columns = rng.choice([1, 2, 3])
        n_paragraphs = rng.randint(10, 30)
        footer = rng.choice(["dash", "slash"])
        box = columns > 1 and rng.random() < 0.5
        long_title = rng.random() < 0.3
        doc = make_document(columns, n_paragraphs, seed=seed * 1000 + k, footer=footer, box=box,
                            long_title=long_title, style=style,
                            grid=("ruled", "three_line", "unruled")[k % 3])
        docs.append(GeneratedPdf(f"rnd{seed}_{k}_{columns}col", doc.data, doc.truth))
    return docs
