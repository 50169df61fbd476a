"""Newspaper pages: article heads found, and the page's text cut into its articles.

A newspaper page holds several articles, each under (or beside) its *head*: a title in display
type, maybe a kicker (引题) over it and a subtitle (副题, often ``——…``) under it, and a byline
(the author's name, a size or so above the body, close under the title or, for a title set
upright in a column, close beside it). Heads are found from the page's own sizes and geometry,
not from fixed point sizes: display type is far larger than the body text the page is mostly
set in, and a byline is a short line of names right by a title. A display line with no byline
by it (a series banner such as 认真学习宣传贯彻党的十九大精神) heads no article: it is a label.

Which text belongs to which article is read from the content stream. A typesetter writes an
article's text frames one after another, and its head just before or just after them; so the
stream, cut at the heads, falls into articles. Whether heads come before or after their text is
estimated per page: the text at the stream's other end has no head of its own.

Around the articles sit the page's furniture: the masthead and date line over everything, the
captions of photos and cartoons (text on or right under an image), the labels.

>>> from zhdoc.pdf.chars import Glyph
>>> def run(text, x, top, size, seq):
...     return Line([Glyph(t, x + size * i, x + size * (i + 1), top, top + size, size, False, seq + i)
...                  for i, t in enumerate(text)])
>>> body = [run("正文第一篇文章的内容写在这里。", 0, 200 + 12 * k, 10, 20 * k) for k in range(6)]
>>> body2 = [run("正文第二篇文章的内容写在这里。", 0, 600 + 12 * k, 10, 500 + 20 * k) for k in range(6)]
>>> heads = [run("第一篇的标题", 0, 140, 40, 200), run("张三", 100, 185, 11, 300),
...          run("第二篇的标题", 0, 540, 40, 700), run("李四", 100, 585, 11, 800)]
>>> page = split_page(body + heads[:2] + body2 + heads[2:], [], 10.0, 1000.0)
>>> [(h.title, h.byline) for h in page.heads]
[('第一篇的标题', '张三'), ('第二篇的标题', '李四')]
>>> [len(g) for g in page.groups]
[6, 6]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from zhdoc.pdf.lines import Line
from zhdoc.rules.bylines import (CREDIT, INSTITUTION_AUTHOR, REPORTER_ROLE, TRAILERS, author_description,
                                 described_names, join_caption, name_like)
from zhdoc.rules.chars import open_count, two_phrase_label

#: display type (titles, kickers, banners) is at least this many times the body size
DISPLAY_REL = 1.8
#: a byline is set at least this share of the body size, and under display size
BYLINE_MIN_REL = 0.85
#: a byline holds at most this many characters (names, spaces aside)
BYLINE_MAX_CHARS = 12
#: a byline sits at most this many of the title's sizes under (or beside) the title
BYLINE_REACH = 2.0
#: a title with no byline heads an article when set at least this many times the body size
#: (and its text comes next, right under it): in display type, as a signed title is (a wire
#: story's title, 20 pt over a 10.5 pt body, on a page whose signed titles are 24 and 28 pt; it
#: was 2.2 until pages set from articles of days the rules were not made on showed such titles)
UNSIGNED_TITLE_REL = DISPLAY_REL
#: ... and, set to its article's edge, at most as far beyond the title's side as the title is
#: wide, or this many of the title's sizes for a narrow title (不负春光 / 植绿增绿 over a column
#: of an article, its byline at the column's right end)
BYLINE_SIDE = 6.0
#: ... or this many when the byline is the next line the stream draws after the title (a byline
#: set to the right edge of an article five columns wide, under a short title centred over it)
BYLINE_NEXT_SIDE = 20.0
#: a kicker or subtitle sits at most this many of its own sizes from the title
NEIGHBOUR_REACH = 1.6
#: a kicker centred over its title may be set just larger than the body (11 pt over 10.5)
KICKER_MIN_REL = 1.02
#: a subtitle with no dash is set larger than the body by this much at least (年底前将完成…总目标,
#: 12.5 pt under a 10.5 pt body: 1.19), and smaller than its title
SUBTITLE_REL = 1.1
#: a caption lies on an image or at most this many lines under it ...
CAPTION_REACH = 2.0
#: ... and holds at most this many lines
CAPTION_LINES = 4
#: a caption close over the text under its image is set smaller than that text by this many
#: points at least (8.75 pt under 9.75 pt text)
CAPTION_SMALLER = 0.5
#: an image smaller than this many body ems on a side is a logo, not a photo with a caption
IMAGE_MIN_EMS = 6.0

#: marks set before a byline's names (``□ 吕 铁  刘 丹``)
BYLINE_MARKS = "□■◇◆○●"
#: a label holds at most this many characters, ...
LABEL_MAX_CHARS = 48
#: ... or, in type smaller than this share of the body, phrases parted by commas
SMALL_LABEL_REL = 0.95
#: ... none of these marks, ...
_CLAUSE_MARKS = set("，。；：！？、,.;:!?")
#: ... and sits at most this many of the next title's sizes over it (at most this many lines)
LABEL_REACH = 3.0
LABEL_LINES = 2
#: characters a byline never holds (sentence punctuation)
_NOT_IN_BYLINE = set("，。；：！？、,.;:!?“”（）()《》")


def _joined(lines: Sequence[Line]) -> str:
    """Lines of a title, kicker or subtitle as one text: pieces of one row parted by a space
    (``疏堵结合 强化管理``), rows run on (a title wrapped over two rows)."""
    out = ""
    prev: Line | None = None
    for ln in lines:
        if prev is not None and not ln.vertical and _v_overlap(prev, ln) > 0.5 * ln.height:
            out += " "
        out += ln.text
        prev = ln
    return out


@dataclass
class Head:
    """An article's head: its title lines (several when it wraps), kicker, subtitle, byline."""

    title_lines: list[Line]
    subtitle_lines: list[Line] = field(default_factory=list)
    byline_lines: list[Line] = field(default_factory=list)
    kicker_lines: list[Line] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [*self.kicker_lines, *self.title_lines, *self.subtitle_lines, *self.byline_lines]

    @property
    def kicker(self) -> str:
        return _joined(self.kicker_lines)

    @property
    def subtitle(self) -> str:
        return _joined(self.subtitle_lines)

    @property
    def title(self) -> str:
        return _joined(self.title_lines)

    @property
    def byline(self) -> str:
        """The byline's pieces (a wide gap between two), one space between two: ``叶 帆``
        (names are read out of it by segmentation, as out of any byline)."""
        return " ".join(ln.text for ln in self.byline_lines)

    @property
    def seq(self) -> int:
        return min(ln.seq for ln in self.lines)

    @property
    def last_seq(self) -> int:
        return max(ln.seq for ln in self.lines)

    @property
    def box(self) -> tuple[float, float, float, float]:
        ls = self.lines
        return (min(ln.x0 for ln in ls), min(ln.top for ln in ls),
                max(ln.x1 for ln in ls), max(ln.bottom for ln in ls))


@dataclass
class SplitPage:
    """A page cut into articles: ``heads[k]`` heads the lines of ``groups[k]`` (its text, in
    stream order); ``furniture`` holds (line, kind) for the masthead (``"header"``), captions
    (``"caption"``) and labels (``"label"``); ``rest`` the text no head claims (it stays body
    text of its own)."""

    heads: list[Head]
    groups: list[list[Line]]
    furniture: list[tuple[Line, str]]
    rest: list[Line]
    captions: list[list[Line]] = field(default_factory=list)  # the caption lines of each image


def _display(ln: Line, body: float) -> bool:
    return ln.size >= DISPLAY_REL * body


def body_sized(ln: Line, body: float) -> bool:
    """Whether a line is set in the body's size (within 15 %): the page's text."""
    return abs(ln.size - body) <= 0.15 * body


def _name_piece(ln: Line, body: float) -> bool:
    """A piece of a line of names: ideographs only (a byline's wide gaps cut it into pieces,
    down to one character), no punctuation, a size from a little under the body to under
    display type; the mark some papers set before a byline (``□ 吕 铁``) may open it or be
    the piece; or the author's description before the names (``全国政协委员、…馆长``,
    ``author_description``)."""
    text = ln.text.replace(" ", "").replace("\u3000", "")
    bare = text.lstrip(BYLINE_MARKS)
    return (BYLINE_MIN_REL * body <= ln.size < DISPLAY_REL * body and bool(text) and (
        len(bare) <= BYLINE_MAX_CHARS and all("\u3400" <= c <= "\u9fff" for c in bare)
        or author_description(bare)))  # (who the author is, before the name: 全国政协委员、…馆长  陈红彦)


def _names_text(ln: Line) -> bool:
    """Whether a line reads as names or a reporter's role (本报记者), by its text."""
    text = ln.text.strip().lstrip(BYLINE_MARKS).strip()
    return (name_like(text) or REPORTER_ROLE.match(text) is not None or described_names(text) is not None
            or INSTITUTION_AUTHOR.match(text) is not None)


def _h_overlap(a: Line, b: Line) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _v_overlap(a: Line, b: Line) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def _byline_of(title: Sequence[Line], cand: Line, subtitle: Sequence[Line] = (), next_drawn: bool = False) -> bool:
    """Whether ``cand`` sits where a byline of the title sits: close under a horizontal title
    (under its subtitle, when it has one), within the width of the two (farther when it is the
    next line drawn, ``next_drawn``); close beside (left of) a title set upright, within its height."""
    last = title[-1]
    size = last.size
    if last.vertical:
        return (0 <= last.x0 - cand.x1 <= BYLINE_REACH * size and _v_overlap(cand, last) > 0
                and (cand.vertical or len(cand.glyphs) == 1))
    above = subtitle[-1] if subtitle and not subtitle[-1].vertical else last
    gap = cand.top - above.bottom
    x0 = min(ln.x0 for ln in (*title, *subtitle))
    x1 = max(ln.x1 for ln in (*title, *subtitle))
    # a byline set to the article's edge, beyond a title centred over it
    reach = max(x1 - x0, (BYLINE_NEXT_SIDE if next_drawn else BYLINE_SIDE) * size)
    return (-0.2 * size <= gap <= BYLINE_REACH * size and x0 - reach < cand.x1
            and cand.x0 < x1 + reach and not cand.vertical)


def _centred_over(cand: Line, title: Line, body: float) -> bool:
    """Whether ``cand``, drawn right before the title and close over it, is its kicker in type
    just over the body's (11 or 12 pt over a 10.5 pt body): larger than the body and centred
    over the title (within one of the title's sizes), where a column's last line is set flush
    in its column."""
    return (cand.size > KICKER_MIN_REL * body
            and abs((cand.x0 + cand.x1) / 2 - (title.x0 + title.x1) / 2) <= title.size)


def _near(a: Line, b: Line, reach: float) -> bool:
    """Whether ``b`` sits right over or under ``a`` (within ``reach`` of the smaller size),
    overlapping it horizontally."""
    size = min(a.size, b.size)
    gap = max(b.top - a.bottom, a.top - b.bottom)
    return gap <= reach * size and _h_overlap(a, b) > 0


def find_heads(lines: Sequence[Line], body: float,
               images: Sequence[tuple[float, float, float, float]] = ()) -> tuple[list[Head], list[Line]]:
    """(article heads, display lines that head nothing: labels), from a page's lines.

    Display lines next to each other in the stream and on the page, in one size, are one
    title (pieces of one row, or rows of a title wrapped); a title heads an article when a line
    of names sits by it in the stream (just after it, a subtitle between) and on the page. The
    lines drawn just before the title, larger than the body, smaller than the title and set
    close over it, are its kicker; lines just after it and close under it, starting ``——`` or
    in type between body and title, its subtitle.
    """
    order = sorted(lines, key=lambda ln: ln.seq)
    heads: list[Head] = []
    used: set[int] = set()
    k = 0
    while k < len(order):
        ln = order[k]
        if not _display(ln, body) or id(ln) in used:
            k += 1
            continue
        j = _extend(order, k, lambda a, b: _display(b, body) and _same_style(a, b))
        head = Head(order[k:j])
        if j < len(order) and _subtitle_of(head.title_lines, order[j], body):
            # (its lines go on in its style, up to a line of names: a byline set just smaller,
            # 10.5 pt under an 11 pt subtitle, is no line of it)
            j2 = _extend(order, j, lambda a, b: _same_style(a, b) and not (_name_piece(b, body) and _names_text(b)))
            head.subtitle_lines = order[j:j2]
            j = j2
        j2 = j
        while j2 < len(order) and _name_piece(order[j2], body) and (
                j2 > j and _same_style(order[j2 - 1], order[j2])  # its next names
                or _byline_of(head.title_lines, order[j2], head.subtitle_lines, j2 == j)
                and (j2 == j or _names_text(order[j2]))):  # (a next piece in another style must
            j2 += 1                                          # read as names, not text: 高标准农田…)
        names = "".join(x.text for x in order[j:j2]).replace(" ", "")
        if len(names) >= 2:
            head.byline_lines = order[j:j2]
            j = j2
        elif not _text_under(head, order, j, body, images):
            k += 1
            continue
        i = k
        while (i > 0 and id(order[i - 1]) not in used and order[i - 1].size < ln.size
               and (1.2 * body < order[i - 1].size or i == k and _centred_over(order[i - 1], ln, body))
               and not order[i - 1].vertical and order[i - 1].top < ln.top
               and (i == k and _near(order[i - 1], ln, NEIGHBOUR_REACH)
                    or i < k and _same_style(order[i - 1], order[i]))):
            i -= 1
        head.kicker_lines = order[i:k]
        heads.append(head)
        used.update(id(x) for x in head.lines)
        k = j
    labels = [ln for ln in order if _display(ln, body) and id(ln) not in used]
    return heads, labels


def _text_under(head: Head, order: Sequence[Line], j: int, body: float,
                images: Sequence[tuple[float, float, float, float]] = ()) -> bool:
    """Whether an unsigned title heads the text the stream draws next: title type (UNSIGNED_TITLE_REL
    of the body at least, no kicker's or banner's size), no sentence in it, and the next line in the
    stream body-sized text set under it (under its subtitle, when it has one; under a photo set
    right under it and the photo's caption), within its width (or the photo's), captions in smaller type aside
    (an unsigned item: 新疆吐鲁番雅尔湖石窟首次开放 and its text; not a banner over another head,
    whose next line is display type)."""
    title = head.title_lines
    if j >= len(order) or any(ln.vertical for ln in title) or title[0].size < UNSIGNED_TITLE_REL * body:
        return False
    if "。" in head.title or head.title.rstrip("”’」』）)》")[-1:] in ("！", "？", "；", "，"):
        return False
    over = [*title, *head.subtitle_lines]  # (its subtitle under it: 年底前将完成…总目标)
    x0 = min(ln.x0 for ln in over)
    x1 = max(ln.x1 for ln in over)
    width = x1 - x0
    floor = over[-1].bottom  # where the text under it may start: under a photo set right under it
    reach = BYLINE_REACH * title[-1].size
    lo, hi = x0 - width, x1 + width  # ... within its width, or the photo's
    for ix0, itop, ix1, ibottom in sorted(images, key=lambda im: im[1]):
        if floor - reach < itop <= floor + reach and x0 - width < ix1 and ix0 < x1 + width:
            floor = max(floor, ibottom)
            lo, hi = min(lo, ix0), max(hi, ix1)
    while j < len(order) and order[j].size < 0.95 * body:
        if floor - 0.5 * body <= order[j].top <= floor + reach:  # (a photo's caption drawn between the title and its text)
            floor = max(floor, order[j].bottom)
        j += 1
    if j >= len(order):
        return False
    nxt = order[j]
    return (body_sized(nxt, body) and nxt.top > over[-1].bottom
            and nxt.top - floor <= reach
            and lo < nxt.x1 and nxt.x0 < hi)


def _same_style(a: Line, b: Line) -> bool:
    """Whether ``b`` goes on from ``a`` in one title, kicker or subtitle: the same size and
    direction, on the same row or the next one down."""
    if abs(a.size - b.size) > 0.05 * a.size or a.vertical != b.vertical:
        return False
    if _v_overlap(a, b) > 0.5 * min(a.height, b.height):  # pieces of one row
        return 0 < b.x0 - a.x1 <= 3 * a.size
    return _near(a, b, 1.0) and b.top > a.top


def _extend(order: list[Line], k: int, goes_on) -> int:
    """The end of the run of lines from ``order[k]`` on in which each goes on from the last."""
    j = k + 1
    while j < len(order) and goes_on(order[j - 1], order[j]):
        j += 1
    return j


def _subtitle_of(title: Sequence[Line], cand: Line, body: float) -> bool:
    last = title[-1]
    if cand.vertical or last.vertical or not _near(last, cand, NEIGHBOUR_REACH):
        return False
    if cand.top < last.bottom - 0.2 * last.size:
        return False
    text = cand.text.lstrip()
    return text.startswith(("——", "--", "－－")) or (body * SUBTITLE_REL < cand.size < last.size
                                                    and not _name_piece(cand, body))


def split_page(lines: Sequence[Line], images: Sequence[tuple[float, float, float, float]],
               body: float, height: float) -> SplitPage:
    """Cut a page's lines into articles under their heads (see the module's docstring).

    ``images``: boxes (x0, top, x1, bottom) of the page's images; text on one, or right under a
    photo-sized one, is its caption. ``height``: the page height.
    """
    heads, labels = find_heads(lines, body, images)
    if not heads:
        return SplitPage([], [], [], list(lines))
    in_head = {id(x) for h in heads for x in h.lines}
    # the masthead and date line: lines over every head and every line of text set in the body
    # size (the page's text starts under them)
    body_lines = [ln for ln in lines if body_sized(ln, body) and id(ln) not in in_head]
    top = min([h.box[1] for h in heads] + [ln.top for ln in body_lines])
    furniture: list[tuple[Line, str]] = [(ln, "header") for ln in lines if ln.bottom <= top]
    furniture += [(x, "label") for x in labels if x.bottom > top]
    aside = {id(x) for x, _ in furniture} | in_head
    text = [ln for ln in lines if id(ln) not in aside]
    by_image = _captions([ln for ln in lines if ln.bottom > top], images, body)
    captions = [ln for group in by_image for ln in group]
    cap_ids = {id(x) for x in captions} - in_head
    furniture += [(ln, "caption") for ln in captions]
    text = [ln for ln in text if id(ln) not in cap_ids]
    groups, rest = _cut_stream(text, heads, body)
    labels_set = _set_labels(groups, rest, heads, body)
    furniture += [(ln, "label") for ln in labels_set]
    taken = {id(ln) for ln in labels_set}
    groups = [[ln for ln in g if id(ln) not in taken] for g in groups]
    rest = [ln for ln in rest if id(ln) not in taken]
    return SplitPage(heads, groups, furniture, rest, by_image)


def _label_like(lines: Sequence[Line], body: float) -> bool:
    """A few words: no sentence or clause punctuation, short (a column label 思想纵横, 政策解读,
    a series banner 深入学习贯彻…·学习《…》专家谈, whether on one line or two); commas part two
    short phrases (走企业，看高质量发展), or any number in type smaller than the body (坚定信心，打开改革
    发展新天地 in 9 pt over a 10.5 pt body: an article's text is set in the body's type), never
    ending it. An author's trailer is none ((作者为中国宏观经济研究院教授), in body type over the next
    head: its article's last line), nor is the rest of a bracket a line before it opens (究员）, a
    trailer's end cut onto the next column)."""
    text = "".join(ln.text for ln in lines).replace(" ", "")
    if open_count(text) < 0 or any(r.applies(text) for r in TRAILERS):
        return False
    if two_phrase_label(text) or (all(ln.size < SMALL_LABEL_REL * body for ln in lines)
                                  and not text.endswith("，")):
        text = text.replace("，", "")
    return 0 < len(text) <= LABEL_MAX_CHARS and not any(c in _CLAUSE_MARKS for c in text)


def _set_labels(groups: list[list[Line]], rest: list[Line], heads: list[Head], body: float) -> list[Line]:
    """Labels in body-sized or smaller type: label-like lines (``_label_like``) the stream draws
    just before a head (the label goes first, then kicker, title, byline, text),
    set over that head's top and within a title's width of it, that the cut put at the end of
    the article before; and a block of one or two label-like lines no head claims, no other
    line over or under it."""
    out: list[Line] = []
    by_seq = sorted(heads, key=lambda h: h.seq)
    index = {id(h): k for k, h in enumerate(heads)}
    for prev, nxt in zip(by_seq, by_seq[1:]):
        g = groups[index[id(prev)]]
        x0, top, x1, _ = nxt.box
        width = x1 - x0
        tail = sorted((ln for ln in g if ln.seq < nxt.seq), key=lambda ln: ln.seq)[-LABEL_LINES:]
        reach = LABEL_REACH * nxt.title_lines[0].size
        for ln in reversed(tail):
            if not (_label_like([ln], body) and 0 <= top - ln.bottom <= reach
                    and x0 - width < ln.x1 and ln.x0 < x1 + width):
                break
            out.append(ln)
    for block in _stacks(rest):
        if len(block) <= LABEL_LINES and _label_like(block, body):
            out.extend(block)
    return out


def _stacks(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines in blocks: each line with those over or under it (overlapping it across, within
    two and a half line heights), transitively; a block's lines top to bottom."""
    out: list[list[Line]] = []
    for ln in sorted(lines, key=lambda x: x.top):
        near = [b for b in out if any(_h_overlap(o, ln) > 0 and abs(o.top - ln.top)
                                      <= 2.5 * max(o.size, ln.size) for o in b)]
        if near:
            merged = [x for b in near for x in b] + [ln]
            out = [b for b in out if not any(b is n for n in near)] + [merged]
        else:
            out.append([ln])
    return [sorted(b, key=lambda x: x.top) for b in out]


def _captions(lines: list[Line], images: Sequence[tuple[float, float, float, float]],
              body: float) -> list[Line]:
    """Captions and credits (``消费升级 翟桂溪作（新华社发）``, ``新华社记者 徐昱 摄``): a short
    block of lines (at most ``CAPTION_LINES`` rows) set on an image, or right under one and
    within its width with a gap or nothing under it. Many rows on an image are text set over
    a background; a block under an image that runs on is the column's text (under a logo).
    One list of lines per image with a caption."""
    out: list[list[Line]] = []
    for x0, top, x1, bottom in images:
        if x1 - x0 < 3 * body or bottom - top < 3 * body:
            continue
        on = [ln for ln in lines if ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1
              and ln.top >= top - 1 and ln.bottom <= bottom + 1]
        if on and _rows(on, body) <= CAPTION_LINES and not _flows_on(on, lines, body):
            out.append(on)
        under = sorted((ln for ln in lines if ln.top > bottom - 1 and ln.x0 >= x0 - body
                        and ln.x1 <= x1 + body), key=lambda ln: ln.top)
        block: list[Line] = []
        edge = bottom
        for ln in under:
            if ln.top - edge > CAPTION_REACH * max(ln.size, body) or block and (ln.size > max(
                    b.size for b in block) + CAPTION_SMALLER or _credit_row(block, ln.top)):
                break  # (nor does a caption run on into text set larger than it, or past its credit)
            block.append(ln)
            edge = max(edge, ln.bottom)
        if not block or _rows(block, body) > CAPTION_LINES:
            continue
        below = [ln for ln in lines if ln not in block and ln.top >= edge - 1
                 and ln.x1 > block[0].x0 and ln.x0 < max(b.x1 for b in block)]
        if not below or min(ln.top for ln in below) - edge > CAPTION_REACH * body or _set_apart(block, below):
            if out and out[-1] is on:
                out[-1] = on + block  # (one image's caption, on it and under it)
            else:
                out.append(block)
    return out


def furniture_pieces(furniture: Sequence[tuple[Line, str]], captions: Sequence[Sequence[Line]] = ()
                     ) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    """(text, kind, box) of a page's furniture, each image's caption one piece (``captions``:
    the caption lines of each image): its rows, and the pieces of a row (a credit spread over
    it, a credit set apart at the row's end), joined in reading order (``当前，人们对…图为专职保`` /
    ``洁人员在…巡查。`` / ``新华社记者`` ``徐`` ``昱摄`` → ``当前，人们对…巡查。  新华社记者 徐 昱摄``);
    every other line a piece of its own."""
    image = {id(ln): k for k, group in enumerate(captions) for ln in group}
    out: list[tuple[str, str, tuple[float, float, float, float]]] = []
    done: set[int] = set()
    for ln, kind in furniture:
        k = image.get(id(ln)) if kind == "caption" else None
        if k is None:
            out.append((ln.text, kind, ln.bbox))
        elif k not in done:
            done.add(k)
            block = [x for x, kd in furniture if kd == "caption" and image.get(id(x)) == k]
            out.append((_caption_text(block), "caption", (min(b.x0 for b in block), min(b.top for b in block),
                                                          max(b.x1 for b in block), max(b.bottom for b in block))))
    return out


def _caption_text(block: Sequence[Line]) -> str:
    """A caption's lines as one text: a row's pieces in x order, parted by a space where a gap of
    an em or so parts them and by two where a wider one does; the rows joined as a caption's lines
    are (``join_caption``)."""
    rows: list[list[Line]] = []
    for ln in sorted(block, key=lambda b: b.top):
        if rows and abs(ln.top - rows[-1][0].top) < 0.5 * ln.size:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    texts = []
    for row in rows:
        line = ""
        for a, b in zip([None, *sorted(row, key=lambda x: x.x0)], sorted(row, key=lambda x: x.x0)):
            gap = b.x0 - a.x1 if a is not None else 0.0
            line += ("" if gap < 0.5 * b.size else " " if gap < 2 * b.size else "  ") + b.text
        texts.append(line)
    return join_caption(texts)


def _set_apart(block: Sequence[Line], below: Sequence[Line]) -> bool:
    """Whether a block right under an image is its caption though text follows close under it:
    it is set in a type smaller than that text's, or its last row is a photo's credit
    (``市民游客在街区游览。  本报记者  高  炳摄``; ``黄陈美摄（人民视觉）``). A column's text
    under a logo runs on in one size and ends on no credit."""
    first = min(ln.top for ln in below)
    under = [ln for ln in below if ln.top < first + 0.5 * ln.size]
    if max(ln.size for ln in block) < min(ln.size for ln in under) - CAPTION_SMALLER:
        return True
    return _credit_row(block, first)


def _credit_row(block: Sequence[Line], top: float) -> bool:
    """Whether the last row of ``block`` ends on a photo's credit (``本报记者  高  炳摄``) and a line
    at ``top`` is under that row, not on it."""
    last = max(ln.top for ln in block)
    row = sorted((ln for ln in block if abs(ln.top - last) < 0.5 * ln.size), key=lambda ln: ln.x0)
    return top > last + 0.5 * row[0].size and CREDIT.applies("".join("".join(ln.text.split()) for ln in row))


def _flows_on(block: list[Line], lines: Sequence[Line], body: float) -> bool:
    """Whether a line outside ``block``, in a size of its lines, lies a line's pitch or so over
    or under it within its width: the block is part of a longer text (set over a background)."""
    lo, hi = min(b.x0 for b in block), max(b.x1 for b in block)
    top, bottom = min(b.top for b in block), max(b.bottom for b in block)
    sizes = {round(b.size, 1) for b in block}
    return any(ln not in block and round(ln.size, 1) in sizes and ln.x1 > lo and ln.x0 < hi
               and (0 <= ln.top - bottom <= 1.5 * ln.size or 0 <= top - ln.bottom <= 1.5 * ln.size)
               for ln in lines)


def _rows(lines: Sequence[Line], body: float) -> int:
    rows: list[float] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if not rows or ln.top - rows[-1] > 0.5 * max(ln.size, body):
            rows.append(ln.top)
    return len(rows)


def _cut_stream(text: list[Line], heads: list[Head], body: float) -> tuple[list[list[Line]], list[Line]]:
    """The text lines grouped under the heads by the content stream: heads end their articles'
    text (``after``) or start it; which, from how much body text lies before the first head
    and after the last one (the end with no head has less)."""
    order = sorted(text, key=lambda ln: ln.seq)
    cuts = sorted(heads, key=lambda h: h.seq)
    weight = [len(ln.glyphs) if body_sized(ln, body) else 0 for ln in order]
    before = sum(w for ln, w in zip(order, weight) if ln.seq < cuts[0].seq)
    after = sum(w for ln, w in zip(order, weight) if ln.seq > cuts[-1].last_seq)
    heads_trail = before >= after
    groups: list[list[Line]] = [[] for _ in heads]
    index = {id(h): i for i, h in enumerate(heads)}
    rest: list[Line] = []
    for ln in order:
        if heads_trail:  # the first head drawn after the line is its article's
            h = next((h for h in cuts if h.seq > ln.seq), None)
        else:  # the last head drawn before it
            h = next((h for h in reversed(cuts) if h.last_seq < ln.seq), None)
        if h is None:
            rest.append(ln)
        else:
            groups[index[id(h)]].append(ln)
    return groups, rest
