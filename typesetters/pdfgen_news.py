"""Generated newspaper pages set like real ones, written apart from ``pdfgen.py`` as a check on it.

Two A4 pages, four columns on the first:

* page 1: a headline and a two-line ``——`` subtitle spanning columns 1–3 over one article set in
  those three columns, with a photo (a filled rectangle) and a one-line caption inside column 2,
  the body running on around it; a second article in column 4 with its own two-line title, in
  a smaller body size, parted from the first by a vertical rule;
* page 2: a title over a boxed ``编者按`` spanning the page and an article in two columns of
  11 pt; a horizontal rule; a second article with a title, a heading and three columns of 9 pt.

Each body size differs per article. Lines are justified by character spacing; a closing
punctuation mark never starts a line. The prose is written for these pages.

``front_pages()`` returns the PDF bytes and the truth: per article its title, subtitle, editor's
note, headings and body paragraphs in reading order, and captions.

>>> doc = front_pages()
>>> doc.data[:5], [a.title for a in doc.truth.articles][:2]
(b'%PDF-', ['老城区改造让背街小巷重焕生机', '全市春耕备耕工作有序推进'])
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

FONT = "STSong-Light"
W, H = 595.0, 842.0
LEFT, RIGHT, TOP = 40.0, 555.0, 50.0
COLS, GAP = 4, 12.0
NO_LINE_START = "，。、；：！？”）》…"

# ---------------------------------------------------------------------------- the prose
A1_TITLE = "老城区改造让背街小巷重焕生机"
A1_SUB = ("——城东片区三年完成四十二条背街小巷整治，居民全程参与设计方案，"
          "老字号回迁率超过七成，街坊邻里的生活圈重新热闹起来")
A1_BODY = (
    "清晨六点半，槐树巷口的早点铺已经排起了队。蒸笼掀开的一刻，白汽裹着面香飘过新铺的青石板，"
    "几位老人端着豆浆坐在门前的长椅上聊天。三年前，这条巷子还是另一番样子：路面坑洼，电线像蛛网一样"
    "挂在头顶，一下雨就积水。",
    "变化始于一次挨家挨户的座谈。街道办没有先拿图纸，而是请设计师跟着居民走了一遍巷子，"
    "把每一处不方便记在本子上。哪里要留晾衣的地方，哪里要给轮椅让出坡道，哪里的老墙值得保留，"
    "都是居民自己说出来的。",
    "“以前是我们改给居民看，现在是居民带着我们改。”负责该片区的工程师说，方案前后修改了十一稿，"
    "每一稿都贴在巷口的公告栏里征求意见。有位退休教师提出把废弃的锅炉房改成阅览室，这个建议最后被采纳了。",
    "改造中最难的是留住烟火气。片区原有的老字号大多租金微薄，施工期间一度担心它们无法回来。"
    "街道为此设立了过渡摊位，并与房东协商租金优惠，如今修鞋铺、剃头店和酱菜园都回到了原来的门面。",
    "记者在巷子里走了一圈，看到墙根新砌了花池，拐角处安上了休息座椅，地面下埋好了雨水管。"
    "一位在此住了四十年的居民说，现在晚饭后最喜欢做的事，就是沿着巷子慢慢走一走，和邻居打个招呼。",
    "据介绍，下一步城东片区还将推进十五条街巷的整治，并把居民议事的做法写进社区公约，"
    "让每一次改造都从倾听开始。",
)
A1_CAPTION = "改造后的槐树巷一角"

A2_TITLE = "全市春耕备耕工作有序推进"
A2_BODY = (
    "眼下正值春耕备耕的关键时节，全市各地抢抓农时，田间地头一派忙碌景象。",
    "在北郊的种植合作社，技术员正在检修播种机，仓库里整齐码放着新到的良种和有机肥。"
    "合作社负责人介绍，今年计划种植早稻八百亩，比去年多出一成。",
    "农业部门组织了二十支服务小分队，深入乡镇开展农机检修和技术培训，帮助农户解决实际困难。"
    "目前全市农资储备充足，价格总体平稳。",
)

A3_TITLE = "让阅读成为城市的日常"
A3_NOTE = ("编者按：一座城市的气质，往往藏在它的书店、图书馆和街角的读书会里。"
           "本期我们走进几处社区阅读空间，听听那些把书带到家门口的人讲述他们的故事。")
A3_BODY = (
    "周六下午，社区图书馆里坐满了人。有人在靠窗的位置翻看杂志，有人带着孩子挑选绘本，"
    "还有几位老人围坐在一起，听志愿者朗读一篇散文。",
    "这座图书馆由一处闲置的仓库改建而成，面积不大，却收藏了一万多册图书。馆长说，"
    "开馆之初来的人并不多，后来他们每周举办一次读书分享会，邀请居民讲讲自己喜欢的书，渐渐地，"
    "这里成了附近居民最常来的地方。",
    "在城市的另一头，一家开了二十年的旧书店也找到了新的活法。店主把二楼腾出来，"
    "布置成可以免费自习的空间，附近的学生放学后常常来这里写作业。店主说，书店不只是卖书的地方，"
    "更应该是让人愿意停下来的地方。",
    "越来越多的阅读空间正在走进社区、公园和地铁站。有关部门表示，将继续推动公共阅读设施向基层延伸，"
    "让市民在家门口就能享受到阅读的乐趣。",
)

A4_TITLE = "小区加装电梯的难点怎么破"
A4_HEAD = "资金分摊有了新办法"
A4_BODY_1 = (
    "老旧小区加装电梯，是许多住在高层的老人的心愿。但在实际推进中，低层住户担心采光和噪声，"
    "高层住户关心费用，意见难以统一，不少项目因此搁浅。",
    "今年以来，多个社区尝试请第三方机构上门讲解政策，组织楼栋居民面对面协商，效果明显。",
)
A4_BODY_2 = (
    "按照新出台的指导意见，加装电梯的费用按楼层高低分档分摊，低层住户可以少出或者不出，"
    "政府另给予一定比例的补贴。对于采光受到影响的住户，也有相应的补偿办法。",
    "一位刚刚用上新电梯的居民告诉记者，过去下楼买菜要歇好几次，现在出门方便多了，"
    "心情也跟着好了起来。",
)


# ---------------------------------------------------------------------------- the truth
@dataclass(frozen=True)
class NewsArticle:
    title: str
    body: tuple[tuple[str, str], ...]  # ("heading" | "body", text) in reading order
    subtitle: str | None = None
    note: str | None = None  # the boxed 编者按
    captions: tuple[str, ...] = ()
    body_size: float = 10.0

    def paragraphs(self) -> list[str]:
        return [t for k, t in self.body if k == "body"]


@dataclass(frozen=True)
class NewsTruth:
    articles: tuple[NewsArticle, ...]
    n_pages: int

    def body_paragraphs(self) -> list[str]:
        return [p for a in self.articles for p in a.paragraphs()]

    def all_blocks(self) -> list[str]:
        """Everything set, in reading order (captions after their article's body)."""
        out: list[str] = []
        for a in self.articles:
            out += [a.title, *([a.subtitle] if a.subtitle else []), *([a.note] if a.note else [])]
            out += [t for _, t in a.body] + list(a.captions)
        return out


@dataclass(frozen=True)
class NewsPdf:
    name: str
    data: bytes
    truth: NewsTruth


# ---------------------------------------------------------------------------- typesetting
@lru_cache(maxsize=1)
def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _sw(s: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(s, _font(), size)


def break_lines(text: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """Greedy line breaking by width; a closing mark that would start a line ends the one before.

    >>> break_lines("一二三，四五", 10, 30)
    ['一二三，', '四五']
    """
    lines: list[str] = []
    cur = ""
    avail = width - indent
    for ch in text:
        if cur and _sw(cur + ch, size) > avail + 0.01 and ch not in NO_LINE_START:
            lines.append(cur)
            cur, avail = "", width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def _draw_line(c, line: str, x: float, y_top: float, size: float, width: float,
               justify: bool) -> None:
    """One line with its top at ``y_top`` (measured from the page top), stretched or squeezed by
    character spacing to ``width`` when ``justify``."""
    t = c.beginText()
    t.setFont(_font(), size)
    t.setTextOrigin(x, H - y_top - 0.88 * size)
    gap = 0.0
    if justify and len(line) > 1:
        gap = (width - _sw(line, size)) / (len(line) - 1)
    elif _sw(line, size) > width and len(line) > 1:  # a hanging mark: squeeze
        gap = (width - _sw(line, size)) / (len(line) - 1)
    t.setCharSpace(gap)
    t.textOut(line)
    c.drawText(t)


class Flow:
    """Lines poured into a chain of rectangles (x0, x1, top, bottom), column after column."""

    def __init__(self, c, frames: list[tuple[float, float, float, float]], size: float,
                 leading: float) -> None:
        self.c, self.frames, self.size, self.pitch = c, frames, size, size * leading
        self.k, self.y = 0, frames[0][2]

    def _room(self) -> None:
        while self.y + self.size > self.frames[self.k][3] + 0.01:
            self.k += 1
            if self.k >= len(self.frames):
                raise ValueError("text does not fit its frames")
            self.y = self.frames[self.k][2]

    def paragraph(self, text: str, size: float | None = None, indent: bool = True,
                  space_before: float = 0.0) -> None:
        size = size or self.size
        if space_before and self.y > self.frames[self.k][2]:
            self.y += space_before
        x0, x1 = self.frames[self.k][0], self.frames[self.k][1]
        ind = 2 * size if indent else 0.0
        lines = break_lines(text, size, x1 - x0, ind)
        for i, line in enumerate(lines):
            self._room()
            x0, x1, _, _ = self.frames[self.k]
            off = ind if i == 0 else 0.0
            _draw_line(self.c, line, x0 + off, self.y, size, x1 - x0 - off,
                       justify=i < len(lines) - 1)
            self.y += self.pitch if size == self.size else size * 1.5


def _col(k: int) -> tuple[float, float]:
    w = (RIGHT - LEFT - (COLS - 1) * GAP) / COLS
    x0 = LEFT + k * (w + GAP)
    return x0, x0 + w


def _centered(c, text: str, size: float, x0: float, x1: float, y_top: float) -> None:
    c.setFont(_font(), size)
    c.drawString((x0 + x1 - _sw(text, size)) / 2, H - y_top - 0.88 * size, text)


def _page1(c) -> tuple[NewsArticle, NewsArticle]:
    x0, _ = _col(0)
    _, x2 = _col(2)
    x3, x4 = _col(3)
    # headline and subtitle over columns 1-3
    _centered(c, A1_TITLE, 24, x0, x2, TOP)
    sub = Flow(c, [(x0 + 24, x2 - 24, TOP + 36, TOP + 80)], 12, 1.45)
    for i, line in enumerate(break_lines(A1_SUB, 12, x2 - x0 - 48)):
        _draw_line(c, line, x0 + 24 + (12 if i else 0), sub.y, 12, x2 - x0 - 48 - (12 if i else 0),
                   justify=False)
        sub.y += 12 * 1.45
    body_top, bottom = TOP + 86, 560.0
    # the photo and its caption inside column 2
    c1x0, c1x1 = _col(1)
    ph_top, ph_bottom = body_top + 120, body_top + 200
    c.setFillGray(0.6)
    c.rect(c1x0, H - ph_bottom, c1x1 - c1x0, ph_bottom - ph_top, stroke=0, fill=1)
    c.setFillGray(0)
    _centered(c, A1_CAPTION, 8, c1x0, c1x1, ph_bottom + 4)
    frames = [(x0, _col(0)[1], body_top, bottom), (c1x0, c1x1, body_top, ph_top - 6),
              (c1x0, c1x1, ph_bottom + 18, bottom), (_col(2)[0], x2, body_top, bottom)]
    f = Flow(c, frames, 10.5, 1.5)
    for p in A1_BODY:
        f.paragraph(p)
    # a vertical rule between column 3 and column 4
    c.setLineWidth(0.5)
    xr = (x2 + x3) / 2
    c.line(xr, H - TOP, xr, H - bottom)
    # the second article in column 4: a title in two lines, a smaller body
    y = TOP + 4
    for line in break_lines(A2_TITLE, 15, x4 - x3):
        _centered(c, line, 15, x3, x4, y)
        y += 20
    f2 = Flow(c, [(x3, x4, y + 8, bottom)], 9, 1.55)
    for p in A2_BODY:
        f2.paragraph(p)
    a1 = NewsArticle(A1_TITLE, tuple(("body", p) for p in A1_BODY), subtitle=A1_SUB,
                     captions=(A1_CAPTION,), body_size=10.5)
    a2 = NewsArticle(A2_TITLE, tuple(("body", p) for p in A2_BODY), body_size=9)
    return a1, a2


def _page2(c) -> tuple[NewsArticle, NewsArticle]:
    _centered(c, A3_TITLE, 22, LEFT, RIGHT, TOP)
    # the boxed editor's note, spanning the page
    note_lines = break_lines(A3_NOTE, 10, RIGHT - LEFT - 24)
    box_top = TOP + 40
    box_bottom = box_top + 10 + len(note_lines) * 15 + 4
    c.setLineWidth(0.8)
    c.rect(LEFT, H - box_bottom, RIGHT - LEFT, box_bottom - box_top, stroke=1, fill=0)
    y = box_top + 8
    for i, line in enumerate(note_lines):
        _draw_line(c, line, LEFT + 12, y, 10, RIGHT - LEFT - 24, justify=i < len(note_lines) - 1)
        y += 15
    mid = (LEFT + RIGHT) / 2
    top, bottom = box_bottom + 14, 430.0
    f = Flow(c, [(LEFT, mid - 9, top, bottom), (mid + 9, RIGHT, top, bottom)], 11, 1.6)
    for p in A3_BODY:
        f.paragraph(p)
    # a rule parts the two articles
    c.setLineWidth(1)
    c.line(LEFT, H - 442, RIGHT, H - 442)
    _centered(c, A4_TITLE, 17, LEFT, RIGHT, 456)
    top = 490.0
    w = (RIGHT - LEFT - 2 * 14) / 3
    frames = [(LEFT + k * (w + 14), LEFT + k * (w + 14) + w, top, 700.0) for k in range(3)]
    f = Flow(c, frames, 9, 1.6)
    for p in A4_BODY_1:
        f.paragraph(p)
    f.paragraph(A4_HEAD, size=11, indent=False, space_before=6)
    for p in A4_BODY_2:
        f.paragraph(p)
    a3 = NewsArticle(A3_TITLE, tuple(("body", p) for p in A3_BODY), note=A3_NOTE, body_size=11)
    a4 = NewsArticle(A4_TITLE, (*(("body", p) for p in A4_BODY_1), ("heading", A4_HEAD),
                                *(("body", p) for p in A4_BODY_2)), body_size=9)
    return a3, a4


@lru_cache(maxsize=1)
def front_pages() -> NewsPdf:
    """The two pages and their truth."""
    from reportlab.pdfgen import canvas

    _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    arts = list(_page1(c))
    c.showPage()
    arts += _page2(c)
    c.showPage()
    c.save()
    return NewsPdf("news_front", buf.getvalue(), NewsTruth(tuple(arts), 2))
