"""Composed 人民日报 pages: real 2025 articles (``../shared/corpus/rmrb/``) set the way the paper
sets a page, as a held-apart check of the newspaper reader (which was developed on the 2018
第07版 理论 pages of ``news_pdf/``, not on these articles nor on this layout code).

Written without reading the reader (``zhdoc/``) and importing nothing from it. Twelve pages
(``PLANS``), each the authored articles of one printed page of one day (2–5 of them), fixed
by hand: day, page, which articles, the page's layout as a tree of rows and stacks of
article blocks, column counts, title sizes, byline styles. Nothing is random; the same
corpus gives the same bytes.

What a page holds (1017×1438 pt, the size of the 2018 pages):

- furniture: the masthead ``人民日报`` with the date line ``2025年4月9日 星期三`` and the page
  number and name (``9 理论``) over a double rule; ``本版责编：…`` and ``版式设计：…`` at the
  foot (invented names, not corpus text);
- per article, over all of its columns: a boxed column label (the title's trailing ``（…）``
  tag such as ``人民论坛``, or the ``系列：`` label), the 引题 (kicker) above the title, the title
  in large 黑体 (some forced over two lines), the 副题 under it, the byline as printed
  (``本报记者  张  三  李四``, ``□ 张三`` or the name alone; centred under the title block or at
  its right end);
- the body in 1–5 balanced columns of justified 宋体 with 2-em first-line indents; the bold
  in-text headings of the markdown in 黑体, a larger size, centred, boxed or left-aligned by
  page; the photo captions and credits the article has (…摄, 供图) as a caption under a grey
  rectangle over the first columns; the ``（作者为…）`` note right-aligned after the text;
- articles parted by rules (vertical between side-by-side blocks, horizontal between stacked
  ones); blocks of different widths and column counts on one page.

The truth of a page is in the form ``evaluation.news.parse_truth`` reads for ``news_pdf/``:
``# 引题  主题`` (internal runs of spaces in the parts made one space, since two spaces part
the 引题 from the main title), the 副题 on the next line, ``作者：name（affiliation）；…``,
``## heading`` lines and the text. As in ``news_pdf/``, the column tag is not part of the
title, and photo captions, credits, labels and page furniture are not in the truth. Every
true sentence is checked to occur whole in the page's PyMuPDF text before a page is returned
(``check``); a page whose truth does not match its print raises.

Fonts: AR PL SungtiL GB (body), Droid Sans Fallback (titles, headings), AR PL KaitiM GB
(bylines, captions), each embedded as a subset; a character a face lacks is set in the next
face that has it (STSong-Light, not embedded, last).

    python -m typesetters.news_pages --out output/news_composed   # writes PDFs + truth
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from evaluation.corpus import SHARED_CORPUS
from typesetters.news_stories import Story, load_story, truth_text

W, H = 1017.0, 1438.0
MARGIN_X, TOP, BOTTOM = 38.0, 112.0, 1392.0
DEFAULT_CORPUS = SHARED_CORPUS / "rmrb"

TTF = {
    "song": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "hei": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "kai": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
}
CID = "STSong-Light"
#: the Debian packages that hold the faces of ``TTF``
FACE_PACKAGES = "fonts-arphic-gbsn00lp fonts-droid-fallback fonts-arphic-gkai00mp"


def missing_faces() -> list[str]:
    """The faces of ``TTF`` this machine lacks: pages set without them are other pages (the
    CID font stands in) and are not the ones the floors and figures were measured on."""
    return [path for path in TTF.values() if not Path(path).is_file()]

#: cannot start a line (hang in the margin instead) / cannot end a line (move down)
NO_START = "，。、；：！？”’）》〉】…—·%"
NO_END = "“‘（《〈【"
RE_ASCII = re.compile(r"[A-Za-z0-9.%+\-/]+")
WEEKDAYS = "一二三四五六日"


# ------------------------------------------------------------------------------- layout plans
@dataclass(frozen=True)
class L:
    """An article block: ``art`` indexes the page's articles; ``cols`` body columns."""

    art: int
    cols: int
    title_pt: float = 26.0
    wrap: bool = False  # force the title over two lines
    byline: str = "center"  # center | right
    prefix: str = ""  # "" | "□" (a 本报记者 byline keeps 本报记者)
    size: float = 1.0  # body size factor


@dataclass(frozen=True)
class Row:
    """Blocks side by side: (width share, node)."""

    items: tuple[tuple[float, object], ...]


@dataclass(frozen=True)
class Stack:
    items: tuple[object, ...]


@dataclass(frozen=True)
class Plan:
    day: str  # YYYYMMDD
    page: str  # section_no
    arts: tuple[int, ...]  # indexes into the day's JSON, in reading order
    tree: object
    body_pt: float = 10.0
    heading: str = "hei"  # hei (centred 黑体) | box (boxed, centred) | left (bold 宋体, left)
    editors: str = "本版责编：王  静  李  明"


def row(*items: tuple[float, object]) -> Row:
    return Row(tuple(items))


def stack(*items: object) -> Stack:
    return Stack(tuple(items))


PLANS: tuple[Plan, ...] = (
    Plan("20250409", "09", (12, 13, 14, 15), stack(
        row((0.64, L(0, 4, 28)), (0.36, L(1, 2, 22, wrap=True))),
        row((0.5, L(2, 3, 24, byline="right")), (0.5, L(3, 3, 24)))),
        body_pt=9.5, heading="box", editors="本版责编：陈  晨  刘  洋"),
    Plan("20250410", "09", (12, 13, 14), row(
        (0.63, L(0, 4, 28, wrap=True)),
        (0.37, stack(L(1, 2, 22, wrap=True), L(2, 2, 22, byline="right")))),
        body_pt=9.5, heading="hei"),
    Plan("20250411", "09", (16, 17, 18), stack(
        L(0, 5, 30, wrap=True),
        row((0.56, L(1, 3, 24)), (0.44, L(2, 2, 22, byline="right")))),
        body_pt=9.5, heading="left", editors="本版责编：赵  亮  孙  雪"),
    Plan("20250409", "05", (6, 7, 8), stack(
        row((0.5, L(0, 3, 26, prefix="□")), (0.5, L(1, 3, 26, prefix="□"))),
        L(2, 5, 28, prefix="□", byline="right")),
        body_pt=10.0, heading="hei", editors="本版责编：周  舟"),
    Plan("20250411", "05", (6, 7, 8, 9), row(
        (0.5, stack(L(0, 3, 26), L(1, 3, 24, byline="right"))),
        (0.5, stack(L(2, 3, 24, prefix="□"), L(3, 3, 26, wrap=True)))),
        body_pt=10.0, heading="box"),
    Plan("20250410", "19", (19, 20, 21, 22, 23), stack(
        L(0, 5, 28),
        row((0.36, L(1, 2, 20, wrap=True)), (0.32, L(2, 2, 20, prefix="□")),
            (0.32, L(3, 2, 20, byline="right"))),
        L(4, 4, 24)),
        body_pt=9.5, heading="hei", editors="本版责编：吴  凡  郑  好"),
    Plan("20250405", "01", (1, 0, 3), row(
        (0.7, stack(L(0, 4, 32), L(1, 4, 26, byline="right"))),
        (0.3, L(2, 2, 22, wrap=True, prefix="□"))),
        body_pt=10.5, heading="left", editors="本版责编：何  勇  林  峰"),
    Plan("20250409", "19", (26, 27, 28), stack(
        L(0, 5, 30),
        row((0.45, L(1, 2, 22, wrap=True)), (0.55, L(2, 3, 24, byline="right")))),
        body_pt=10.0, heading="hei"),
    Plan("20250410", "07", (8, 9), stack(
        L(0, 5, 30, byline="right"),
        L(1, 4, 26)),
        body_pt=10.5, heading="box", editors="本版责编：宋  词  马  超"),
    Plan("20250410", "18", (17, 18), row(
        (0.62, L(0, 3, 28, wrap=True)),
        (0.38, L(1, 2, 24, byline="right"))),
        body_pt=10.5, heading="left"),
    Plan("20250409", "02", (1, 2), row(
        (0.44, L(0, 3, 26, wrap=True)),
        (0.56, L(1, 4, 28, prefix="□"))),
        body_pt=10.0, heading="hei", editors="本版责编：高  原  许  可"),
    Plan("20250406", "01", (0, 1, 2), stack(
        row((0.6, L(0, 3, 28)), (0.4, L(1, 2, 24, wrap=True))),
        L(2, 4, 24, prefix="□", byline="right")),
        body_pt=10.5, heading="box"),
)


# ------------------------------------------------------------------------------- fonts
@lru_cache(maxsize=1)
def fonts() -> dict[str, object]:
    """Registered faces by role; a role whose TrueType file is missing falls back to the CID
    font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if CID not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID))
    out: dict[str, object] = {}
    for role, path in TTF.items():
        name = f"np-{role}"
        if Path(path).is_file():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, path))
            out[role] = pdfmetrics.getFont(name)
    return out


def _has(font: object, ch: str) -> bool:
    face = getattr(font, "face", None)
    return face is not None and ord(ch) in face.charToGlyph


def runs(text: str, role: str) -> list[tuple[str, str]]:
    """(font name, text) runs: each character in the role's face, else the first of song, hei,
    kai that has it, else the CID font."""
    fs = fonts()
    order = [role] + [r for r in ("song", "hei", "kai") if r != role]
    out: list[tuple[str, str]] = []
    for ch in text:
        name = CID
        for r in order:
            if r in fs and _has(fs[r], ch):
                name = f"np-{r}"
                break
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


@lru_cache(maxsize=None)
def _char_width(ch: str, role: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    (font, _), = runs(ch, role)
    return pdfmetrics.stringWidth(ch, font, size)


def width(text: str, role: str, size: float) -> float:
    return sum(_char_width(ch, role, size) for ch in text)


# ------------------------------------------------------------------------------- lines
def tokens(text: str) -> list[str]:
    """Characters, with runs of ASCII letters and digits kept whole."""
    out, i = [], 0
    while i < len(text):
        m = RE_ASCII.match(text, i)
        if m and m.end() > i:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def break_lines(text: str, role: str, size: float, first: float, rest: float) -> list[str]:
    """Greedy lines (``first`` the first line's width); closing marks hang, opening marks move
    to the next line."""
    lines: list[str] = []
    cur, avail, w = "", first, 0.0
    for tok in tokens(text):
        tw = width(tok, role, size)
        if cur and w + tw > avail + 0.01 and tok[0] not in NO_START:
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur, avail, w = carry, rest, width(carry, role, size)
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return lines


class Canvas:
    """A reportlab canvas, with y measured from the page top."""

    def __init__(self) -> None:
        from reportlab.pdfgen import canvas

        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H), invariant=1, pageCompression=1)

    def text(self, s: str, role: str, size: float, x: float, top: float, span: float = 0.0,
             justify: bool = False, stroke: float = 0.0) -> None:
        """One line with its top at ``top``; stretched (or squeezed, when it overflows) by
        character spacing to ``span`` when given."""
        if not s:
            return
        t = self.c.beginText()
        t.setTextOrigin(x, H - top - 0.88 * size)
        w = width(s, role, size)
        n = len(s)
        gap = 0.0
        if span and n > 1 and (justify or w > span):
            gap = (span - w) / (n - 1)
        t.setCharSpace(gap)
        if stroke:  # heavier: filled and stroked; the render mode is graphics state, so it is
            #         saved and restored around the line (else all later text is stroked too)
            self.c.saveState()
            t.setTextRenderMode(2)
            self.c.setLineWidth(stroke)
        for font, part in runs(s, role):
            t.setFont(font, size)
            t.textOut(part)
        self.c.drawText(t)
        if stroke:
            self.c.restoreState()

    def centred(self, s: str, role: str, size: float, x0: float, x1: float, top: float,
                stroke: float = 0.0) -> None:
        w = width(s, role, size)
        self.text(s, role, size, (x0 + x1 - w) / 2, top, stroke=stroke)

    def right(self, s: str, role: str, size: float, x1: float, top: float) -> None:
        self.text(s, role, size, x1 - width(s, role, size), top)

    def hline(self, x0: float, x1: float, y: float, w: float = 0.6) -> None:
        self.c.setLineWidth(w)
        self.c.line(x0, H - y, x1, H - y)

    def vline(self, x: float, y0: float, y1: float, w: float = 0.6) -> None:
        self.c.setLineWidth(w)
        self.c.line(x, H - y0, x, H - y1)

    def box(self, x0: float, y0: float, x1: float, y1: float, grey: float | None = None,
            w: float = 0.6) -> None:
        self.c.setLineWidth(w)
        if grey is not None:
            self.c.setFillGray(grey)
            self.c.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=1, fill=0)


# ------------------------------------------------------------------------------- an article block
@dataclass
class Block:
    """An article block measured and drawn in a region."""

    story: Story
    spec: L
    body_pt: float
    heading: str
    draw: Canvas | None = None
    y: float = 0.0
    parts: list = field(default_factory=list)

    # ---- the title block
    def byline(self) -> str:
        names = "  ".join(self.story.authors)
        if self.story.reporter:
            return f"本报记者  {names}"
        return f"{self.spec.prefix} {names}".strip() if self.spec.prefix and names else names

    def title_lines(self, w: float) -> list[str]:
        t, size = self.story.main, self.spec.title_pt
        lines = break_lines(t, "hei", size, w, w)
        if self.spec.wrap and len(lines) == 1 and len(t) >= 8:
            k = next((i + 1 for i in range(len(t) // 2 - 2, len(t) // 2 + 3)
                      if 0 <= i < len(t) - 1 and t[i] in "，、 "), len(t) // 2)
            lines = [t[:k].strip(), t[k:].strip()]
        return lines

    def head(self, x0: float, x1: float, top: float, draw: bool) -> float:
        """Draw (or measure) the label, kicker, title, subtitle and byline; the y under them."""
        s, sp = self.story, self.spec
        c = self.draw if draw else None
        y = top
        if s.label:
            ls = 9.0
            lw = min(width(s.label, "kai", ls), (x1 - x0) * 0.6)
            lines = break_lines(s.label, "kai", ls, lw, lw)
            bw = max(width(ln, "kai", ls) for ln in lines) + 10
            if c:
                c.box(x0, y, x0 + bw, y + len(lines) * ls * 1.3 + 6, w=0.8)
                for i, ln in enumerate(lines):
                    c.text(ln, "kai", ls, x0 + 5, y + 3 + i * ls * 1.3)
            y += len(lines) * ls * 1.3 + 10
        ks = max(11.0, sp.title_pt * 0.5)
        inner = (x1 - x0) - 24
        if s.kicker:
            for ln in break_lines(s.kicker, "song", ks, inner, inner):
                if c:
                    c.centred(ln, "song", ks, x0, x1, y)
                y += ks * 1.4
            y += 3
        byl = self.byline()
        bs = 10.5
        lines = self.title_lines(inner)
        for i, ln in enumerate(lines):
            if c:
                c.centred(ln, "hei", sp.title_pt, x0, x1, y)
            y += sp.title_pt * 1.25
        y += 4
        if s.subtitle:
            ss = max(11.0, sp.title_pt * 0.52)
            for ln in break_lines(s.subtitle, "song", ss, inner, inner):
                if c:
                    c.centred(ln, "song", ss, x0, x1, y)
                y += ss * 1.4
            y += 3
        if byl:
            if c:
                if sp.byline == "right":
                    c.right(byl, "kai", bs, x1 - 6, y)
                else:
                    c.centred(byl, "kai", bs, x0, x1, y)
            y += bs * 1.6
        return y + 6

    # ---- the body
    def col_geometry(self, x0: float, x1: float) -> list[tuple[float, float]]:
        n = self.spec.cols
        gap = 1.3 * self.size
        w = (x1 - x0 - (n - 1) * gap) / n
        return [(x0 + k * (w + gap), x0 + k * (w + gap) + w) for k in range(n)]

    @property
    def size(self) -> float:
        return round(self.body_pt * self.spec.size * 4) / 4

    def photo(self, cols: list[tuple[float, float]]) -> tuple[int, float, list[str]]:
        """(columns spanned, picture height, caption lines) of the article's photo."""
        if not self.story.caption:
            return 0, 0.0, []
        k = min(2, len(cols)) if len(cols) > 2 else 1
        pw = cols[k - 1][1] - cols[0][0]
        cap = break_lines(self.story.caption, "kai", self.size - 1, pw, pw)
        return k, pw * 0.55, cap

    def pour(self, x0: float, x1: float, top: float, height: float, draw: bool) -> bool:
        """Flow the body into its columns of ``height`` under ``top``; False if it overflows."""
        size, pitch = self.size, self.size * 1.5
        cols = self.col_geometry(x0, x1)
        k, ph, cap = self.photo(cols)
        c = self.draw if draw else None
        photo_h = ph + len(cap) * (size - 1) * 1.35 + 10 if k else 0.0
        if photo_h + pitch > height + 0.01:
            return False  # (the photo, its caption and a line under them stay in the block: a
            #               short text in tall columns beside it left them overrunning the block)
        if k and c:
            c.box(cols[0][0], top, cols[k - 1][1], top + ph, grey=0.72)
            for i, ln in enumerate(cap):
                c.text(ln, "kai", size - 1, cols[0][0], top + ph + 3 + i * (size - 1) * 1.35)
        tops = [top + (photo_h if i < k else 0.0) for i in range(len(cols))]
        bottom = top + height
        ci, y = 0, tops[0]

        def room(h: float) -> bool:
            nonlocal ci, y
            while y + h > bottom + 0.01:
                ci += 1
                if ci >= len(cols):
                    return False
                y = tops[ci]
            return True

        items = list(self.story.blocks)
        if self.story.affiliation:
            items.append(("a", f"（作者{'单位：' if len(self.story.authors) > 1 else '为'}"
                               f"{self.story.affiliation}）"))
        for kind, text in items:
            cx0, cx1 = cols[min(ci, len(cols) - 1)]
            w = cx1 - cx0
            if kind == "h":
                hs = size * 1.15
                role = "song" if self.heading == "left" else "hei"
                inner = w - (2 * size if self.heading == "box" else 0)
                lines = break_lines(text, role, hs, inner, inner)
                need = len(lines) * hs * 1.35 + size * 1.2
                if y > tops[ci] + 0.01:
                    y += size * 0.6
                if not room(need):
                    return False
                cx0, cx1 = cols[ci]
                if c:
                    if self.heading == "box":
                        c.box(cx0 + size * 0.5, y - 3, cx1 - size * 0.5,
                              y + len(lines) * hs * 1.35 + 1)
                    for i, ln in enumerate(lines):
                        yy = y + i * hs * 1.35
                        if self.heading == "left":
                            c.text(ln, role, hs, cx0, yy, stroke=0.35)
                        else:
                            c.centred(ln, role, hs, cx0, cx1, yy)
                y += len(lines) * hs * 1.35 + size * 0.6
                continue
            if kind == "a":
                lines = break_lines(text, "kai", size, w, w)
                for ln in lines:
                    if not room(pitch):
                        return False
                    cx0, cx1 = cols[ci]
                    if c:
                        c.right(ln, "kai", size, cx1, y)
                    y += pitch
                continue
            lines = break_lines(text, "song", size, w - 2 * size, w)
            for i, ln in enumerate(lines):
                if not room(pitch):
                    return False
                cx0, cx1 = cols[ci]
                off = 2 * size if i == 0 else 0.0
                if c:
                    c.text(ln, "song", size, cx0 + off, y, span=cx1 - cx0 - off,
                           justify=i < len(lines) - 1)
                y += pitch
        return True

    def body_height(self, x0: float, x1: float) -> float:
        """The least column height (to a line) that holds the body: balanced columns."""
        pitch = self.size * 1.5
        lo, hi = pitch, 6000.0
        if not self.pour(x0, x1, 0.0, hi, False):
            raise ValueError(f"{self.story.key}: body does not fit even one tall column")
        while hi - lo > 1.0:
            mid = (lo + hi) / 2
            if self.pour(x0, x1, 0.0, mid, False):
                hi = mid
            else:
                lo = mid
        return hi + 0.5

    def need(self, x0: float, x1: float) -> float:
        top = self.head(x0, x1, 0.0, False)
        return top + self.body_height(x0, x1)

    def render(self, x0: float, x1: float, top: float) -> None:
        y = self.head(x0, x1, top, True)
        h = self.body_height(x0, x1)
        if not self.pour(x0, x1, y, h, True):  # pragma: no cover - body_height found it
            raise AssertionError("the body no longer fits")


# ------------------------------------------------------------------------------- the page
GAP = 16.0


class PageSetter:
    def __init__(self, plan: Plan, stories: list[Story], body_pt: float) -> None:
        self.plan, self.stories, self.body_pt = plan, stories, body_pt
        self.canvas: Canvas | None = None

    def block(self, spec: L) -> Block:
        return Block(self.stories[spec.art], spec, self.body_pt, self.plan.heading, self.canvas)

    def need(self, node: object, x0: float, x1: float) -> float:
        if isinstance(node, L):
            return self.block(node).need(x0, x1)
        if isinstance(node, Row):
            return max(self.need(n, a, b) for (a, b), (_, n) in zip(self.split(node, x0, x1),
                                                                     node.items))
        if isinstance(node, Stack):
            return sum(self.need(n, x0, x1) for n in node.items) + GAP * (len(node.items) - 1)
        raise TypeError(node)

    @staticmethod
    def split(row: Row, x0: float, x1: float) -> list[tuple[float, float]]:
        total = sum(w for w, _ in row.items)
        avail = x1 - x0 - GAP * (len(row.items) - 1)
        out, x = [], x0
        for w, _ in row.items:
            ww = avail * w / total
            out.append((x, x + ww))
            x += ww + GAP
        return out

    def render(self, node: object, x0: float, x1: float, top: float, height: float) -> None:
        c = self.canvas
        assert c is not None
        if isinstance(node, L):
            self.block(node).render(x0, x1, top)
        elif isinstance(node, Row):
            spans = self.split(node, x0, x1)
            for k, ((a, b), (_, n)) in enumerate(zip(spans, node.items)):
                self.render(n, a, b, top, height)
                if k:
                    c.vline(a - GAP / 2, top, top + height)
        elif isinstance(node, Stack):
            needs = [self.need(n, x0, x1) for n in node.items]
            slack = height - sum(needs) - GAP * (len(needs) - 1)
            y = top
            for k, (n, h) in enumerate(zip(node.items, needs)):
                if k:
                    c.hline(x0, x1, y - GAP / 2, 0.8)
                hh = h + (slack if k == len(needs) - 1 else 0.0)
                self.render(n, x0, x1, y, hh)
                y += h + GAP


def furniture(c: Canvas, plan: Plan, name: str, date: dt.date) -> None:
    """Masthead, date line, page number and name, the double rule; editors at the foot."""
    c.text("人民日报", "hei", 30, MARGIN_X, 44)
    when = f"{date.year}年{date.month}月{date.day}日  星期{WEEKDAYS[date.weekday()]}"
    c.text(when, "song", 11, W - MARGIN_X - 250, 62)
    no = str(int(plan.page))
    c.text(no, "hei", 34, W - MARGIN_X - 130, 44)
    c.text(name, "hei", 26, W - MARGIN_X - 130 + width(no, "hei", 34) + 8, 50)
    c.hline(MARGIN_X, W - MARGIN_X, 90, 2.0)
    c.hline(MARGIN_X, W - MARGIN_X, 94, 0.6)
    c.hline(MARGIN_X, W - MARGIN_X, BOTTOM + 8, 0.6)
    c.text(plan.editors, "song", 9, MARGIN_X, BOTTOM + 14)
    c.right("版式设计：张  芳", "song", 9, W - MARGIN_X, BOTTOM + 14)


# ------------------------------------------------------------------------------- pages
@dataclass(frozen=True)
class ComposedPage:
    name: str  # rmrbcomp_YYYYMMDD_NN
    data: bytes
    truth: str  # the .truth.md text
    n_articles: int
    body_pt: float
    features: tuple[str, ...]
    captions: tuple[str, ...] = ()  # the photos' captions and credits, as each story has them


def load_day(corpus: Path, day: str) -> list[dict]:
    return json.loads((corpus / f"articles_{day}.json").read_text(encoding="utf-8"))


def compose(plan: Plan, corpus: Path = DEFAULT_CORPUS) -> ComposedPage:
    records = load_day(corpus, plan.day)
    picked = [records[i] for i in plan.arts]
    for r in picked:
        if r["section_no"] != plan.page:
            raise ValueError(f"{plan.day}: article {r['title']} is not on page {plan.page}")
    stories = [load_story(r, f"{plan.day}/{i}") for r, i in zip(picked, plan.arts)]
    fonts()
    x0, x1 = MARGIN_X, W - MARGIN_X
    size = plan.body_pt
    while True:
        setter = PageSetter(plan, stories, size)
        if setter.need(plan.tree, x0, x1) <= BOTTOM - TOP:
            break
        size -= 0.25
        if size < 7.5:
            raise ValueError(f"{plan.day}/{plan.page}: the articles do not fit the page")
    c = Canvas()
    setter.canvas = c
    date = dt.date(int(plan.day[:4]), int(plan.day[4:6]), int(plan.day[6:]))
    pname = picked[0]["section_name"]
    name = f"rmrbcomp_{plan.day}_{plan.page}"
    c.c.setTitle(name)
    furniture(c, plan, pname, date)
    setter.render(plan.tree, x0, x1, TOP, BOTTOM - TOP)
    c.c.showPage()
    c.c.save()
    data = c.buf.getvalue()
    header = (f"# 人民日报 {date.isoformat()} 第{plan.page}版（{pname}） — composed page "
              "(typesetters/news_pages.py), article texts (ground truth)\n\n"
              f"Source: ../shared/corpus/rmrb/articles_{plan.day}.json, articles "
              f"{', '.join(str(i) for i in plan.arts)} (markdown_body). Column tags, series "
              "labels, photo captions and credits, page furniture not included.\n\n")
    truth = header + "".join("---\n\n" + truth_text(s) + "\n" for s in stories)
    feats = _features(plan, stories, size)
    page = ComposedPage(name, data, truth, len(stories), size, feats,
                        tuple(s.caption for s in stories if s.caption))
    check(page)
    return page


def _leaves(node: object) -> list[L]:
    if isinstance(node, L):
        return [node]
    items = node.items  # type: ignore[attr-defined]
    return [x for it in items for x in _leaves(it[1] if isinstance(it, tuple) else it)]


def _features(plan: Plan, stories: list[Story], size: float) -> tuple[str, ...]:
    leaves = _leaves(plan.tree)
    out = [f"{len(stories)} articles", f"body {size:g} pt",
           "columns " + "/".join(str(x.cols) for x in leaves),
           f"headings {plan.heading}"]
    for x in leaves:
        s = stories[x.art]
        bits = [f"a{x.art + 1}"]
        if s.kicker:
            bits.append("kicker")
        if s.subtitle:
            bits.append("subtitle")
        if s.label:
            bits.append("label")
        if x.wrap:
            bits.append("title 2 lines")
        bits.append(("本报记者" if s.reporter else (x.prefix or "name")) + f" byline {x.byline}")
        if s.caption:
            bits.append("photo")
        if any(k == "h" for k, _ in s.blocks):
            bits.append(f"{sum(k == 'h' for k, _ in s.blocks)} headings")
        if s.affiliation:
            bits.append("（作者为）")
        out.append(" ".join(bits))
    return tuple(out)


def page_text(data: bytes) -> str:
    import pymupdf as fitz

    with fitz.open(stream=data, filetype="pdf") as doc:
        return "".join(p.get_text() for p in doc)


def check(page: ComposedPage) -> None:
    """Every true sentence, title part, heading and author name occurs in the page's text."""
    from evaluation.articles import canon
    from evaluation.news import parse_truth

    flat = canon(page_text(page.data))
    arts = parse_truth(page.truth)
    if len(arts) != page.n_articles:
        raise AssertionError(f"{page.name}: truth has {len(arts)} articles, {page.n_articles} set")
    for a in arts:
        for piece in (*a.sentences, *a.title_parts, *a.headings, *a.authors):
            if canon(piece) not in flat:
                raise AssertionError(f"{page.name}: not in the page's text: {piece[:40]}")


def pages(corpus: Path = DEFAULT_CORPUS) -> list[ComposedPage]:
    return [compose(p, corpus) for p in PLANS]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=Path("output/news_composed"))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for p in pages(args.corpus):
        (args.out / f"{p.name}.pdf").write_bytes(p.data)
        (args.out / f"{p.name}.truth.md").write_text(p.truth, encoding="utf-8")
        print(p.name, "; ".join(p.features))


if __name__ == "__main__":
    main()
