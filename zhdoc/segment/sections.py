"""Sections: an article's headings and paragraphs, with heading levels, and headings printed
after the text they title moved back before it.

Levels come from type size (laid-out input) or numbering style from the outermost in. A
heading is taken as printed *after* its section when the article's own text ends on a
heading, or the headings share clearly more words with the text before them; text left
after the last heading goes to the heading that has none, preferring the one whose
announced count (``六大举措``) matches the items of that text (``一是…六是``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from zhdoc.model import Paragraph, Section
from zhdoc.rules.kinds import DATE_LINE
from zhdoc.rules.limits import HEADING_MAX
from zhdoc.rules.markers import DECIMAL_PARTS, announced_count, highest_ordinal
from zhdoc.segment.kinds import Part, bigrams, short

#: heading styles from the outermost in; a style's level is its rank among those present
_STYLE_ORDER = ("role", "mark", "chapter", "section", "dun_cn", "paren_cn", "decimal", "paren_num")


def sections(
    parts: list[Part], body: list[tuple[int, Part]], lede: int | None, own: set[int], number: int,
    warnings: list[str],
) -> list[Section]:
    items = [(i, part) for i, part in body if i != lede]
    pre = []  # paragraphs printed before the lede stay before it (编辑同志： over a letter)
    while lede is not None and items and items[0][0] < lede and items[0][1].kind == "body":
        pre.append(paragraph(items.pop(0)[1]))
    if len(items) >= 2 and items[-2][1].kind == "heading" and DATE_LINE.match(items[-1][1].text):
        items[-2] = (items[-2][0], replace(items[-2][1], kind="body"))  # a signature over its date
    items = two_line_headings(question_headings(items))
    heads = [n for n, (_, part) in enumerate(items) if part.kind == "heading"]
    levels = _levels([items[n][1] for n in heads])
    opening = [*pre, paragraph(parts[lede], "lede")] if lede is not None else []
    if not heads:
        paras = opening + [paragraph(part) for _, part in items]
        return [Section(None, 0, tuple(paras))] if paras else []

    if _printed_after(items, heads, own):
        return _sections_after(items, heads, opening, levels, number, warnings)
    out: list[Section] = []
    lead = [paragraph(part) for _, part in items[: heads[0]]]
    if opening or lead:
        out.append(Section(None, 0, tuple(opening + lead)))
    for h, n in enumerate(heads):
        end = heads[h + 1] if h + 1 < len(heads) else len(items)
        part = items[n][1]
        paras = tuple(paragraph(x) for _, x in items[n + 1 : end])
        out.append(Section(part.text, levels[id(part)], paras, part.block.start, part.block.end))
    return out


#: a question standing as a heading is one short question (钱从哪里来？, “腾笼换鸟”换来了什么？)
QUESTION_HEADING_MAX = HEADING_MAX // 2


def question_headings(items: list[tuple[int, Part]]) -> list[tuple[int, Part]]:
    """Short questions standing alone as an article's headings: where two or more paragraphs of
    one short question each (nothing else of a sentence in it, no colon: 记者：… is a turn of an
    interview) stand apart, none next to another, each between text and the text it opens, in
    text that is neither laid out (type sizes tell its headings) nor marked, they are the
    article's headings (钱从哪里来？ / 意见不一怎么办？ / 装好之后谁来管？ over their sections). One
    such question in an article is a paragraph (a commentary's 我国消费者的购买力有多强？), and so
    are questions in a row (为什么？ / 怎么办？: a rhetorical run).

    >>> from zhdoc.model import Block
    >>> def body(t):
    ...     return Part(Block(t, 0, len(t)), "body", t)
    >>> texts = ["开头。", "钱从哪里来？", "正文一。", "意见不一怎么办？", "正文二。"]
    >>> [p.kind for _, p in question_headings(list(enumerate(map(body, texts))))]
    ['body', 'heading', 'body', 'heading', 'body']
    >>> texts = ["开头。", "钱从哪里来？", "正文一。", "正文二。"]
    >>> [p.kind for _, p in question_headings(list(enumerate(map(body, texts))))]
    ['body', 'body', 'body', 'body']
    """
    def question(n: int) -> bool:
        part = items[n][1]
        t = part.text.strip()
        return (part.kind == "body" and part.block.font_size is None and part.block.role is None
                and len(t) <= QUESTION_HEADING_MAX and t.endswith("？") and t.count("？") == 1
                and not any(c in t for c in "。；：！!?;:"))

    asks = [n for n in range(1, len(items) - 1) if question(n)]
    asks = [n for n in asks if not question(n - 1) and not question(n + 1)
            and items[n - 1][1].kind in ("body", "heading") and items[n + 1][1].kind == "body"]
    if len(asks) < 2:
        return items
    out = list(items)
    for n in asks:
        out[n] = (items[n][0], replace(items[n][1], kind="heading", style="plain"))
    return out


#: the heading styles a heading printed on two lines has: unnumbered, in text alone
_TWO_LINE_STYLES = ("plain",)
#: what parts the two lines of a two-line heading in the heading's text
TWO_LINE_SEP = "  "


def two_line_headings(items: list[tuple[int, Part]]) -> list[tuple[int, Part]]:
    """Two unnumbered headings with nothing between them are one heading printed on two lines
    (``一个子弹盒`` / ``记录烽火岁月``, ``江苏苏州——`` / ``“将非遗项目与入境游有机深度融合”``): a
    section never stands empty under a heading of the same rank. A numbered heading under
    another (``一、…`` / ``（一）…``) stays a heading of its own.

    >>> from zhdoc.model import Block
    >>> def part(t, kind="heading", style="plain"):
    ...     return Part(Block(t, 0, len(t)), kind, t, style)
    >>> [p.text for _, p in two_line_headings([(0, part("一个子弹盒")), (1, part("记录烽火岁月")),
    ...                                         (2, part("正文。", "body", None))])]
    ['一个子弹盒  记录烽火岁月', '正文。']
    >>> [p.text for _, p in two_line_headings([(0, part("一、总体要求", style="dun_cn")),
    ...                                         (1, part("（一）指导思想", style="paren_cn"))])]
    ['一、总体要求', '（一）指导思想']
    """
    out: list[tuple[int, Part]] = []
    for i, part in items:
        if out and _second_line(out[-1][1], part):
            first = out[-1][1]
            text = first.text + TWO_LINE_SEP + part.text
            block = replace(first.block, text=first.block.text + TWO_LINE_SEP + part.block.text,
                            end=part.block.end, n_lines=first.block.n_lines + part.block.n_lines)
            out[-1] = (out[-1][0], replace(first, block=block, text=text))
        else:
            out.append((i, part))
    return out


def _second_line(first: Part, part: Part) -> bool:
    """Whether ``part`` is the second line of the heading ``first``: both unnumbered headings,
    the first one line (a heading set over two lines is two blocks only where lines stand
    apart), together no longer than a heading."""
    return (first.kind == part.kind == "heading" and first.style in _TWO_LINE_STYLES
            and part.style in _TWO_LINE_STYLES and TWO_LINE_SEP not in first.text
            and len(first.text) + len(part.text) <= HEADING_MAX)


def _levels(heads: list[Part]) -> dict[int, int]:
    """Heading levels (keyed by ``id``): by type size when the layout gives several sizes,
    else by style from the outermost (第一章, 第一节, 一、, （一）, 1., (1)), 1.1 under 1; an unnumbered
    heading in plain text is top-level (结束语 after 一、二、三、)."""
    sizes = sorted({round(part.block.font_size, 1) for part in heads if part.block.font_size}, reverse=True)
    if len(sizes) > 1:
        return {id(part): sizes.index(round(part.block.font_size, 1)) + 1 if part.block.font_size else len(sizes)
                for part in heads}
    order = [st for st in _STYLE_ORDER if any(part.style == st for part in heads)]
    depth = {id(part): _decimal_depth(part.text) if part.style == "decimal" else 0 for part in heads}
    deepest = max(depth.values(), default=0)  # 1 引言, 1.1 研究背景: one level per decimal part

    def level(part: Part) -> int:
        if part.style not in order:
            return 1
        n = order.index(part.style) + 1 + depth[id(part)]
        return n + deepest if "decimal" in order and order.index(part.style) > order.index("decimal") else n

    return {id(part): level(part) for part in heads}


def _decimal_depth(text: str) -> int:
    """How many decimal parts a heading's number has beyond the first: 1 引言 → 0, 2.1 … → 1."""
    m = DECIMAL_PARTS.match(text)
    return m.group(1).count(".") if m else 0


def _printed_after(items: list[tuple[int, Part]], heads: list[int], own: set[int]) -> bool:
    """Whether the (unnumbered) headings stand after the text they title: the article's own
    text (a continuation moved to its end left out) ends on a heading, or the headings share
    clearly more words with the text before them — unless the first heading opens the text
    (it can only title what follows it; a sentence that announces the next section shares
    its words with the heading after it)."""
    if any(items[n][1].style not in ("mark", "plain") for n in heads):
        return False  # numbered headings always come first
    if heads[0] == 0:
        return False
    last_own = max((n for n, (i, _) in enumerate(items) if i in own), default=-1)
    if heads[0] > 0 and last_own in heads:
        return True
    before = after = 0.0
    for h, n in enumerate(heads):
        prev = heads[h - 1] + 1 if h else 0
        nxt = heads[h + 1] if h + 1 < len(heads) else len(items)
        hb = bigrams(items[n][1].text)
        if not hb:
            continue
        before += len(hb & bigrams(_join(items[n + 1 : nxt]))) / len(hb)
        after += len(hb & bigrams(_join(items[prev:n]))) / len(hb)
    return after > 1.5 * before + 0.5


def _sections_after(
    items: list[tuple[int, Part]],
    heads: list[int],
    opening: list[Paragraph],
    levels: dict[int, int],
    number: int,
    warnings: list[str],
) -> list[Section]:
    """Sections whose headings were printed after them; text left after the last heading goes
    to a heading that has no text of its own (the one whose announced count it matches)."""
    spans = []
    for h, n in enumerate(heads):
        prev = heads[h - 1] + 1 if h else 0
        spans.append(list(range(prev, n)))
    rest = list(range(heads[-1] + 1, len(items)))
    if rest:
        empty = [h for h, s in enumerate(spans) if not s]
        if empty:
            count = _items_in([items[k][1] for k in rest])
            pick = next((h for h in empty if announced_count(items[heads[h]][1].text) == count), empty[-1])
            spans[pick] = rest
            text = items[heads[pick]][1].text
            why = (f"; it announces {count} items and that text has items 1–{count}"
                   if count and announced_count(text) == count else "")
            warnings.append(
                f"article {number}: heading {text!r} has no text of its own before it; the text "
                f"left after the last heading ({short(items[rest[0]][1].text)}) is its section{why}"
            )
            rest = []
    out = [Section(None, 0, tuple(opening))] if opening else []
    for h, n in enumerate(heads):
        part = items[n][1]
        paras = tuple(paragraph(items[k][1]) for k in spans[h])
        out.append(Section(part.text, levels[id(part)], paras, part.block.start, part.block.end, True))
        warnings.append(
            f"article {number}: heading {part.text!r} (offset {part.block.start}) is printed after the "
            "text it titles; moved before that text"
        )
    if rest:
        out.append(Section(None, 0, tuple(paragraph(items[k][1]) for k in rest)))
    return out


def _items_in(parts: Sequence[Part]) -> int | None:
    """The highest list ordinal (一是…六是) in some parts, or None."""
    return max((highest_ordinal(part.text) for part in parts), default=0) or None


def paragraph(part: Part, role: str | None = None) -> Paragraph:
    b = part.block
    r = role or ("table" if part.kind == "table" else "body")
    return Paragraph(text=b.text, start=b.start, end=b.end, page=b.page, bboxes=b.bboxes, role=r,
                     bbox_pages=b.bbox_pages)



def _join(items: Sequence[tuple[int, Part]]) -> str:
    return " ".join(part.text for _, part in items)

