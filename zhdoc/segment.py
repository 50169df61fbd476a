"""Segmentation: repaired blocks → articles, their titles, bylines, sections and paragraphs.

A newspaper page holds several articles, and a dump prints them in layout order, not reading
order. :func:`segment` works from evidence a page carries:

* what ends and starts an article: trailers ``（作者单位：…）`` end one; a title block
  followed by a byline (``□ 吕 铁 刘 丹``, ``本报记者 王晓明``, ``作者：…``), a source line or
  a dateline (``本报北京3月5日电``) starts one;
* a continuation printed before its article (a run with a trailer but no title, right before
  a titled article that has no trailer of its own) is moved to the end of that article;
* headings: layout roles, ``▎`` marks, numbered styles (``一、``, ``（一）``, ``第一章``) and
  short lines without sentence punctuation; levels by type size (laid-out input), else by
  numbering style from the outermost in;
* headings printed *after* their sections (the article ends with a heading; a heading shares
  more words with the text before it than after it; an announced count such as ``六大举措``
  matches the ``一是…六是`` of the text it is moved to): each is attached to the section it
  titles, with ``heading_moved`` set and a line in ``Structure.warnings``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from zhdoc import patterns as P
from zhdoc.model import Article, Block, Paragraph, Section, Structure

#: a heading holds at most this many non-whitespace characters
_HEADING_MAX = 40
#: a block the layout calls a title holds at most this many characters (else it is body text)
_TITLE_MAX = 60
#: a lede without a byline before it is at least this long
_LEDE_MIN = 50
#: heading styles from the outermost in; a style's level is its rank among those present
_STYLE_ORDER = ("role", "mark", "chapter", "section", "dun", "paren", "num", "paren_num")
_NUMERALS = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")} | {"两": 2}


@dataclass(frozen=True, slots=True)
class _Unit:
    block: Block
    kind: str  # body, heading, title, byline, speaker, trailer, source, subtitle, summary, table
    text: str  # the text without a heading mark
    style: str | None = None  # heading style: mark, role, chapter, section, dun, paren, num, plain


def segment(blocks: Sequence[Block]) -> Structure:
    """Group blocks into articles with titles, authors, affiliations, sections and paragraphs.

    >>> from zhdoc.model import Block
    >>> texts = ["我国制造业发展的基本思路", "□ 吕 铁 刘 丹", "制造业规模跃居世界第一，创新能力不断增强。",
    ...          "正确处理四方面关系", "一是处理好政府与市场的关系。", "（作者单位：某研究所）"]
    >>> blocks, pos = [], 0
    >>> for t in texts:
    ...     blocks.append(Block(t, pos, pos + len(t)))
    ...     pos += len(t) + 2
    >>> a = segment(blocks).articles[0]
    >>> a.title, a.authors, a.affiliations, a.abstract
    ('我国制造业发展的基本思路', ('吕铁', '刘丹'), ('某研究所',), '制造业规模跃居世界第一，创新能力不断增强。')
    >>> [(s.heading, s.level, len(s.paragraphs)) for s in a.sections]
    [(None, 0, 1), ('正确处理四方面关系', 1, 1)]
    """
    units = [_classify(b) for b in blocks if b.text.strip()]
    warnings: list[str] = []
    moved: set[int] = set()
    groups = _move_continuations(units, _split_articles(units), moved, warnings)
    articles = [_article(units, g, n + 1, moved, warnings) for n, g in enumerate(groups)]
    return Structure(articles=tuple(articles), warnings=tuple(warnings))


# Units ------------------------------------------------------------------------------------


def _classify(b: Block) -> _Unit:
    text = b.text.strip()
    flat = "".join(text.split())
    if b.role == "table":
        return _Unit(b, "table", text)
    if P.RE_SEG_TRAILER.match(flat):
        return _Unit(b, "trailer", text)
    if len(flat) <= _HEADING_MAX and P.RE_SEG_BYLINE.match(text):
        return _Unit(b, "byline", text)
    if P.RE_SEG_SPEAKER.match(text):
        return _Unit(b, "speaker", text)
    if P.RE_SEG_SOURCE.match(text) and len(flat) <= _HEADING_MAX:
        return _Unit(b, "source", text)
    if P.RE_SEG_SUBTITLE.match(text) and not P.RE_SEG_STOP.search(text) and len(flat) <= 2 * _HEADING_MAX:
        return _Unit(b, "subtitle", text)
    mark = P.RE_SEG_MARK.match(text)
    bare = text[mark.end():] if mark else text
    if b.role == "title" and len(flat) <= _TITLE_MAX and not P.RE_SEG_STOP.search(text):
        return _Unit(b, "title", bare, _numbered(bare) or "role")
    if text.startswith("■") and P.RE_SEG_HEADING_BAD.search(bare):
        return _Unit(b, "summary", bare)
    if b.font_size is not None and b.role != "heading" and not mark:
        return _Unit(b, "body", text)  # laid-out input: the layout's type sizes tell headings
    style = _heading_style(bare, bool(mark), b.role == "heading")
    if style:
        return _Unit(b, "heading", bare, style)
    return _Unit(b, "body", text)


def _numbered(text: str) -> str | None:
    m = P.RE_SEG_NUMBERED.match(text)
    return m.lastgroup if m else None


def _heading_style(text: str, marked: bool, role: bool) -> str | None:
    """The heading style of ``text``, or None when it is not a heading."""
    flat = "".join(text.split())
    if role:
        return _numbered(text) or "role"
    if not flat or len(flat) > _HEADING_MAX or P.RE_SEG_DATE_LINE.match(flat):
        return None
    m = P.RE_SEG_NUMBERED.match(text)
    if m and len(flat) > len(m.group().strip()):
        return m.lastgroup if not P.RE_SEG_STOP.search(text) else None
    if P.RE_SEG_HEADING_BAD.search(text) or text[-1] in "、，”）)" or P.RE_SEG_CHECKBOX.search(text):
        return None
    return "mark" if marked else "plain"


# Articles ---------------------------------------------------------------------------------


def _split_articles(units: list[_Unit]) -> list[list[int]]:
    """Unit indices per article, in file order: trailers end an article; a title with a
    byline, source line or dateline after it starts one."""
    groups: list[list[int]] = [[]]
    for i, u in enumerate(units):
        cur = groups[-1]
        if _starts_article(units, i) and any(units[k].kind in ("body", "table") for k in cur):
            head = len(cur)  # the title (subtitle, kicker) printed above the byline comes along
            while head > 0 and len(cur) - head < 3 and _title_like(units[cur[head - 1]]):
                head -= 1
            groups.append(cur[head:])
            del cur[head:]
            cur = groups[-1]
        cur.append(i)
        if u.kind == "trailer" and not (i + 1 < len(units) and units[i + 1].kind == "trailer"):
            groups.append([])
    return [g for g in groups if g]


def _title_like(u: _Unit) -> bool:
    return u.kind in ("title", "subtitle") or (u.kind == "heading" and u.style in ("plain", "role"))


def _starts_article(units: list[_Unit], i: int) -> bool:
    u = units[i]
    if u.kind == "title":  # a title with a byline, source or dateline right after it
        after = range(i + 1, min(i + 3, len(units)))
        return any(_starts_article(units, k) for k in after if units[k].kind != "title")
    if u.kind in ("byline", "source"):
        return True
    if u.kind == "heading" and u.style == "plain" and P.RE_SEG_DOC_START.match(u.text):
        return True  # 关于…的通知
    return u.kind == "body" and bool(P.RE_SEG_DATELINE.match(u.text))


def _has(units: list[_Unit], group: list[int], kind: str) -> bool:
    return any(units[k].kind == kind for k in group)


def _titled(units: list[_Unit], group: list[int]) -> bool:
    return any(units[k].kind in ("title", "byline", "source") for k in group)


def _move_continuations(
    units: list[_Unit], groups: list[list[int]], moved: set[int], warnings: list[str]
) -> list[list[int]]:
    """A run with a trailer but no title or byline, printed right before a titled article
    without a trailer of its own, is that article's continuation: move it to its end."""
    out: list[list[int]] = []
    n = 0
    while n < len(groups):
        g = groups[n]
        nxt = groups[n + 1] if n + 1 < len(groups) else None
        if (
            nxt is not None
            and _has(units, g, "trailer")
            and not _titled(units, g)
            and _titled(units, nxt)
            and not _has(units, nxt, "trailer")
            and _belongs_after(units, g, nxt, out[-1] if out else None)
        ):
            first, last = units[g[0]].block, units[g[-1]].block
            warnings.append(
                f"text at offsets {first.start}–{last.end} ({_short(units[g[0]].text)}) ends with a "
                f"trailer but has no title; the article after it ({_short(_title_text(units, nxt))}) has "
                "a title but no trailer: the text is taken as that article's end and moved there"
            )
            out.append(nxt + g)
            moved.update(g)
            n += 2
            continue
        out.append(g)
        n += 1
    return out


def _belongs_after(units: list[_Unit], frag: list[int], nxt: list[int], prev: list[int] | None) -> bool:
    """Whether ``frag`` reads as part of ``nxt`` rather than of ``prev``: ``nxt`` ends on a
    heading with no text of its own, or ``frag`` shares more words with it than with ``prev``
    (at the top of the file, where ``prev`` is None, ``frag`` more likely ends an article
    begun on another page: only the first kind of evidence counts)."""
    body = [k for k in nxt if units[k].kind in ("body", "heading")]
    if body and units[body[-1]].kind == "heading":
        return True
    if prev is None:
        return False
    f = _bigrams(" ".join(units[k].text for k in frag))
    sim_n = len(f & _bigrams(" ".join(units[k].text for k in nxt)))
    sim_p = len(f & _bigrams(" ".join(units[k].text for k in prev)))
    return sim_n > sim_p


def _title_text(units: list[_Unit], group: list[int]) -> str:
    for k in group:
        if units[k].kind in ("title", "heading"):
            return units[k].text
    return ""


@dataclass(slots=True)
class _Front:
    """An article's front matter and back matter: what is not a section's text."""

    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # indices of the units taken

    def take(self, i: int, text: str) -> str:
        self.used.add(i)
        return text


def _front(us: list[_Unit], number: int) -> tuple[_Front, list[_Unit]]:
    """Title, subtitle, bylines, source, trailers and summaries of one article's units, and
    the units with title blocks further down turned into headings."""
    f = _Front()
    # the largest of the layout's title blocks before the text is the title, the next one
    # after it the subtitle; others before the text are front matter, later ones headings
    lead = []
    for i, u in enumerate(us):
        if u.kind in ("heading", "table") or (u.kind == "body" and len(u.text) > _LEDE_MIN):
            break
        if u.kind == "title":
            lead.append(i)
    if lead:
        t = max(lead, key=lambda i: us[i].block.font_size or 0.0)
        f.title = f.take(t, us[t].text)
        rest = [i for i in lead if i > t]
        if rest:
            f.subtitle = f.take(rest[0], us[rest[0]].text)
    us = [
        replace(u, kind="heading" if i not in lead or u.style != "role" else "body")
        if u.kind == "title" and i not in f.used else u
        for i, u in enumerate(us)
    ]
    def title_above(i: int) -> None:  # the heading-like block(s) above a byline: title (subtitle)
        j = i - 1
        while j >= 0 and j in f.used:
            j -= 1
        if j >= 0 and us[j].kind == "subtitle" and j >= 1 and us[j - 1].kind == "heading":
            f.subtitle = f.take(j, us[j].text)
            j -= 1
        if j >= 0 and us[j].kind == "heading" and us[j].style != "mark":
            f.title = f.take(j, us[j].text)

    for i, u in enumerate(us):
        if u.kind == "body" and f.title is None and P.RE_SEG_DATELINE.match(u.text):
            title_above(i)
        if u.kind == "trailer":
            f.affiliations += parse_affiliations(f.take(i, u.text))
        elif u.kind == "summary":
            f.summaries.append(f.take(i, u.text))
        elif u.kind in ("byline", "source", "speaker"):
            f.take(i, u.text)
            if u.kind == "byline":
                f.authors += parse_authors(u.text)
                f.affiliations += [m.group("aff") for m in P.RE_SEG_BYLINE_AFF.finditer(u.text)]
            elif u.kind == "speaker":
                m = P.RE_SEG_SPEAKER.match(u.text)
                f.authors.append(m.group("name") if m else u.text)
            else:
                m = P.RE_SEG_SOURCE.match(u.text)
                f.source = f.source or (m.group("src").strip() if m else None)
            if f.title is None:
                title_above(i)
    if f.title is None and len(us) > 1 and us[0].kind == "heading" and us[0].style == "plain":
        # an article opening on a heading: after another one's trailer, over a subtitle, source,
        # byline or date line, or an official document's title (关于…的通知)
        nxt = us[1]
        if (
            number > 1
            or nxt.kind in ("subtitle", "source", "byline")
            or P.RE_SEG_DATE_LINE.match(nxt.text)
            or P.RE_SEG_DOC_TITLE.search(us[0].text)
        ):
            f.title = f.take(0, us[0].text)
    for i, u in enumerate(us):
        if u.kind == "subtitle" and f.subtitle is None and i not in f.used and (i == 0 or i - 1 in f.used):
            f.subtitle = f.take(i, u.text)
    return f, us


def _article(
    units: list[_Unit], group: list[int], number: int, moved: set[int], warnings: list[str]
) -> Article:
    f, us = _front([units[k] for k in group], number)
    body = [(i, u) for i, u in enumerate(us) if i not in f.used]  # headings and paragraphs
    lede = _lede(us, body, f.used)
    abstract = "".join(f.summaries) if f.summaries else (us[lede].text if lede is not None else None)
    if lede is not None and (m := P.RE_SEG_ABSTRACT.match(us[lede].text)):
        abstract = us[lede].text[m.end():]  # 摘要：…
    datelines = (P.RE_SEG_DATELINE.match(u.text) for _, u in body if u.kind == "body")
    dateline = next((m for m in datelines if m), None)
    if dateline and dateline.group("who") and not f.authors:
        f.authors += parse_authors(dateline.group("who"))  # 本报北京3月5日电（记者 王晓明）
    own = {i for i, k in enumerate(group) if k not in moved}  # printed in its place
    return Article(
        title=f.title,
        authors=tuple(f.authors),
        affiliations=tuple(f.affiliations),
        abstract=abstract,
        sections=tuple(_sections(us, body, lede, own, number, warnings)),
        subtitle=f.subtitle,
        start=min(u.block.start for u in us),
        end=max(u.block.end for u in us),
        source=f.source,
        dateline=dateline.group() if dateline else None,
    )


def _lede(us: list[_Unit], body: list[tuple[int, _Unit]], used: set[int]) -> int | None:
    """The index of the lede: the first paragraph right after a byline, a dateline paragraph,
    or a long first paragraph followed by a heading."""
    if not body or body[0][1].kind != "body":
        return None
    i, u = body[0]
    if P.RE_SEG_DATELINE.match(u.text):
        return i
    for k, x in body[:4]:  # 摘要：… (after the author lines of a journal article)
        if x.kind == "body" and P.RE_SEG_ABSTRACT.match(x.text):
            return k
    if i > 0 and us[i - 1].kind == "byline":
        return i
    if len(body) > 1 and body[1][1].kind == "heading" and len(u.text) >= _LEDE_MIN and i - 1 not in used:
        return i
    return None


# Sections ---------------------------------------------------------------------------------


def _sections(
    us: list[_Unit], body: list[tuple[int, _Unit]], lede: int | None, own: set[int], number: int,
    warnings: list[str],
) -> list[Section]:
    items = [(i, u) for i, u in body if i != lede]
    if len(items) >= 2 and items[-2][1].kind == "heading" and P.RE_SEG_DATE_ONLY.match(items[-1][1].text):
        items[-2] = (items[-2][0], replace(items[-2][1], kind="body"))  # a signature over its date
    heads = [n for n, (_, u) in enumerate(items) if u.kind == "heading"]
    levels = _levels([items[n][1] for n in heads])
    opening = [_paragraph(us[lede], "lede")] if lede is not None else []
    if not heads:
        paras = opening + [_paragraph(u) for _, u in items]
        return [Section(None, 0, tuple(paras))] if paras else []

    if _printed_after(items, heads, own):
        return _sections_after(items, heads, opening, levels, number, warnings)
    out: list[Section] = []
    lead = [_paragraph(u) for _, u in items[: heads[0]]]
    if opening or lead:
        out.append(Section(None, 0, tuple(opening + lead)))
    for h, n in enumerate(heads):
        end = heads[h + 1] if h + 1 < len(heads) else len(items)
        u = items[n][1]
        paras = tuple(_paragraph(x) for _, x in items[n + 1 : end])
        out.append(Section(u.text, levels[id(u)], paras, u.block.start, u.block.end))
    return out


def _levels(heads: list[_Unit]) -> dict[int, int]:
    """Heading levels (keyed by ``id``): by type size when the layout gives several sizes,
    else by style from the outermost (第一章, 第一节, 一、, （一）, 1., (1)); an unnumbered
    heading in plain text is top-level (结束语 after 一、二、三、)."""
    sizes = sorted({round(u.block.font_size, 1) for u in heads if u.block.font_size}, reverse=True)
    if len(sizes) > 1:
        return {id(u): sizes.index(round(u.block.font_size, 1)) + 1 if u.block.font_size else len(sizes)
                for u in heads}
    order = [st for st in _STYLE_ORDER if any(u.style == st for u in heads)]
    return {id(u): order.index(u.style) + 1 if u.style in order else 1 for u in heads}


def _printed_after(items: list[tuple[int, _Unit]], heads: list[int], own: set[int]) -> bool:
    """Whether the (unnumbered) headings stand after the text they title: the article's own
    text (a continuation moved to its end left out) ends on a heading, or the headings share
    clearly more words with the text before them."""
    if any(items[n][1].style not in ("mark", "plain") for n in heads):
        return False  # numbered headings always come first
    last_own = max((n for n, (i, _) in enumerate(items) if i in own), default=-1)
    if heads[0] > 0 and last_own in heads:
        return True
    before = after = 0.0
    for h, n in enumerate(heads):
        prev = heads[h - 1] + 1 if h else 0
        nxt = heads[h + 1] if h + 1 < len(heads) else len(items)
        hb = _bigrams(items[n][1].text)
        if not hb:
            continue
        before += len(hb & _bigrams(_join(items[n + 1 : nxt]))) / len(hb)
        after += len(hb & _bigrams(_join(items[prev:n]))) / len(hb)
    return after > 1.5 * before + 0.5


def _sections_after(
    items: list[tuple[int, _Unit]],
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
            pick = next((h for h in empty if _announced(items[heads[h]][1].text) == count), empty[-1])
            spans[pick] = rest
            text = items[heads[pick]][1].text
            why = (f"; it announces {count} items and that text has items 1–{count}"
                   if count and _announced(text) == count else "")
            warnings.append(
                f"article {number}: heading {text!r} has no text of its own before it; the text "
                f"left after the last heading ({_short(items[rest[0]][1].text)}) is its section{why}"
            )
            rest = []
    out = [Section(None, 0, tuple(opening))] if opening else []
    for h, n in enumerate(heads):
        u = items[n][1]
        paras = tuple(_paragraph(items[k][1]) for k in spans[h])
        out.append(Section(u.text, levels[id(u)], paras, u.block.start, u.block.end, True))
        warnings.append(
            f"article {number}: heading {u.text!r} (offset {u.block.start}) is printed after the "
            "text it titles; moved before that text"
        )
    if rest:
        out.append(Section(None, 0, tuple(_paragraph(items[k][1]) for k in rest)))
    return out


def _announced(heading: str) -> int | None:
    """The count a heading announces: 六大举措 → 6."""
    m = P.RE_SEG_ANNOUNCED.search(heading)
    if not m:
        return None
    n = m.group("n")
    return int(n) if n.isdigit() else _NUMERALS.get(n)


def _items_in(us: Sequence[_Unit]) -> int | None:
    """The highest list ordinal (一是…六是) in some units, or None."""
    best = 0
    for u in us:
        for m in P.RE_SEG_ITEM.finditer(u.text):
            best = max(best, _NUMERALS.get(next(g for g in m.groups() if g), 0))
    return best or None


# Fields -----------------------------------------------------------------------------------


def parse_authors(byline: str) -> list[str]:
    """The names in a byline; Chinese bylines pad two-character names with a space.

    >>> parse_authors("□ 吕 铁 刘 丹")
    ['吕铁', '刘丹']
    >>> parse_authors("本报记者 王晓明 李 娜 报道")
    ['王晓明', '李娜']
    >>> parse_authors("作者：张三、李四")
    ['张三', '李四']
    >>> parse_authors("作者：李文（北京大学经济学院）")
    ['李文']
    """
    s = P.RE_SEG_BYLINE_ROLE.sub(" ", P.RE_SEG_BYLINE_AFF.sub(" ", byline))
    tokens = [t for t in "".join(c if c not in "、，,;；/|｜" else " " for c in s).split()]
    tokens = [P.RE_SEG_BYLINE_TAIL.sub("", t) or t for t in tokens]
    tokens = [t for t in tokens if t not in ("报道", "摄", "文", "图", "整理", "等")]
    names: list[str] = []
    run: list[str] = []
    for t in [*tokens, ""]:
        if len(t) == 1:
            run.append(t)
            continue
        if len(run) == 3:
            names.append("".join(run))
        else:
            names += ["".join(run[k : k + 2]) for k in range(0, len(run), 2)]
        run = []
        if t:
            names.append(t)
    return names


def parse_affiliations(trailer: str) -> list[str]:
    """The affiliations in a trailer, positions removed.

    >>> parse_affiliations("（作者单位：兰州财经大学金融学院）")
    ['兰州财经大学金融学院']
    >>> parse_affiliations("（作者为中国人民大学经济学院教授）")
    ['中国人民大学经济学院']
    """
    m = P.RE_SEG_TRAILER.match("".join(trailer.split()))
    if not m:
        return []
    out = []
    for part in m.group("aff").replace(";", "；").split("；"):
        part = P.RE_SEG_POSITION.sub("", part).strip()
        if part:
            out.append(part)
    return out


# Helpers ----------------------------------------------------------------------------------


def _paragraph(u: _Unit, role: str | None = None) -> Paragraph:
    b = u.block
    r = role or ("table" if u.kind == "table" else "body")
    return Paragraph(text=b.text, start=b.start, end=b.end, page=b.page, bboxes=b.bboxes, role=r,
                     bbox_pages=b.bbox_pages)


def _bigrams(text: str) -> set[str]:
    return set(P.RE_SEG_BIGRAM.findall(text))


def _join(items: Sequence[tuple[int, _Unit]]) -> str:
    return " ".join(u.text for _, u in items)


def _short(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[:n] + "…"
