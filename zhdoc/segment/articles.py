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

Blocks are classified in :mod:`zhdoc.segment.kinds`, bylines and trailers parsed in
:mod:`zhdoc.segment.bylines`, sections built in :mod:`zhdoc.segment.sections`; this module finds the
articles and their front matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from zhdoc import patterns as P
from zhdoc.segment.bylines import collective_author, parse_affiliation_line, parse_affiliations, parse_authors
from zhdoc.model import Article, Block, Structure
from zhdoc.segment.sections import sections
from zhdoc.segment.kinds import Unit, bigrams, classify, set_aside_furniture, short

__all__ = ["parse_affiliations", "parse_authors", "segment"]

#: a lede without a byline before it is at least this long
_LEDE_MIN = 50


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
    kept, aside = set_aside_furniture(blocks)
    units = [classify(b) for b in kept if b.text.strip()]
    warnings: list[str] = []
    if aside:
        where = ", ".join(f"{b.start}–{b.end} ({short(b.text, 12)})" for b in aside[:6])
        warnings.append(f"{len(aside)} running-header or page-number lines set aside: {where}"
                        + (" …" if len(aside) > 6 else ""))
    moved: set[int] = set()
    groups = _move_continuations(units, _split_articles(units), moved, warnings)
    articles = [_article(units, g, n + 1, moved, warnings) for n, g in enumerate(groups)]
    return Structure(articles=tuple(articles), warnings=tuple(warnings), furniture=tuple(aside))


# Articles ---------------------------------------------------------------------------------


def _split_articles(units: list[Unit]) -> list[list[int]]:
    """Unit indices per article, in file order: trailers end an article; a title with a
    byline, source line or dateline after it starts one. Where the layout put blocks in
    articles (a newspaper page cut under its heads), its articles stand."""
    if any(u.block.group is not None for u in units):
        by_layout: list[list[int]] = []
        for i, u in enumerate(units):
            if not by_layout or units[by_layout[-1][-1]].block.group != u.block.group:
                by_layout.append([])
            by_layout[-1].append(i)
        return by_layout
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


def _title_like(u: Unit) -> bool:
    return u.kind in ("title", "subtitle", "kicker") or (u.kind == "heading" and u.style in ("plain", "role"))


def _starts_article(units: list[Unit], i: int) -> bool:
    u = units[i]
    if u.kind == "title":  # a title with a byline, source or dateline right after it
        after = range(i + 1, min(i + 3, len(units)))
        return any(_starts_article(units, k) for k in after if units[k].kind != "title")
    if u.kind in ("byline", "source"):
        return True
    if u.kind == "heading" and u.style == "plain" and P.RE_SEG_DOC_START.match(u.text):
        return True  # 关于…的通知
    return u.kind == "body" and bool(P.RE_SEG_DATELINE.match(u.text))


def _has(units: list[Unit], group: list[int], kind: str) -> bool:
    return any(units[k].kind == kind for k in group)


def _titled(units: list[Unit], group: list[int]) -> bool:
    return any(units[k].kind in ("title", "byline", "source") for k in group)


def _move_continuations(
    units: list[Unit], groups: list[list[int]], moved: set[int], warnings: list[str]
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
                f"text at offsets {first.start}–{last.end} ({short(units[g[0]].text)}) ends with a "
                f"trailer but has no title; the article after it ({short(_title_text(units, nxt))}) has "
                "a title but no trailer: the text is taken as that article's end and moved there"
            )
            out.append(nxt + g)
            moved.update(g)
            n += 2
            continue
        out.append(g)
        n += 1
    return out


def _belongs_after(units: list[Unit], frag: list[int], nxt: list[int], prev: list[int] | None) -> bool:
    """Whether ``frag`` reads as part of ``nxt`` rather than of ``prev``: ``nxt`` ends on a
    heading with no text of its own, or ``frag`` shares more words with it than with ``prev``
    (at the top of the file, where ``prev`` is None, ``frag`` more likely ends an article
    begun on another page: only the first kind of evidence counts)."""
    body = [k for k in nxt if units[k].kind in ("body", "heading")]
    if body and units[body[-1]].kind == "heading":
        return True
    if prev is None:
        return False
    f = bigrams(" ".join(units[k].text for k in frag))
    sim_n = len(f & bigrams(" ".join(units[k].text for k in nxt)))
    sim_p = len(f & bigrams(" ".join(units[k].text for k in prev)))
    return sim_n > sim_p


def _title_text(units: list[Unit], group: list[int]) -> str:
    for k in group:
        if units[k].kind in ("title", "heading"):
            return units[k].text
    return ""


@dataclass(slots=True)
class _Front:
    """An article's front matter and back matter: what is not a section's text."""

    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # indices of the units taken

    def take(self, i: int, text: str) -> str:
        self.used.add(i)
        return text


def _front(us: list[Unit], number: int) -> tuple[_Front, list[Unit]]:
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
            if P.RE_SEG_BYLINE_TRAILER.match(u.text):  # （记者 王海燕）
                f.authors += [a for a in parse_authors(u.text.strip("（）() ")) if a not in f.authors]
        elif u.kind == "affiliation":
            f.affiliations += parse_affiliation_line(f.take(i, u.text))
        elif u.kind == "kicker":
            f.take(i, u.text)  # a column label over the title; the layout's 引题 is kept
            if u.style == "role":
                f.kicker = u.text
        elif u.kind == "summary":
            f.summaries.append(f.take(i, u.text))
        elif u.kind in ("byline", "source", "speaker"):
            f.take(i, u.text)
            if u.kind == "byline":
                f.authors += parse_authors(u.text) or [a for a in [collective_author(u.text)] if a]
                f.affiliations += [m.group("aff") for m in P.RE_SEG_BYLINE_AFF.finditer(u.text)]
            elif u.kind == "speaker":
                m = P.RE_SEG_SPEAKER.match(u.text)
                f.authors.append(m.group("name") if m else u.text)
            else:
                m = P.RE_SEG_SOURCE.match(u.text)
                f.source = f.source or (m.group("src").strip() if m else None)
            if f.title is None:
                title_above(i)
    plain = [u.kind == "heading" and u.style == "plain" for u in us[:2]]
    if f.title is None and len(us) > 2 and all(plain) and len(us[0].text) < len(us[1].text) and (
        _opens_article(us, 1, number)
    ):
        f.take(0, us[0].text)  # a shorter heading over the title (读者来信): a column label
        f.title = f.take(1, us[1].text)
    if f.title is None and len(us) > 1 and plain[0] and _opens_article(us, 0, number):
        f.title = f.take(0, us[0].text)
    for i, u in enumerate(us):
        if u.kind == "subtitle" and f.subtitle is None and i not in f.used and (i == 0 or i - 1 in f.used):
            f.subtitle = f.take(i, u.text)
    return f, us


def _opens_article(us: list[Unit], k: int, number: int) -> bool:
    """Whether the heading ``us[k]`` opening an article is its title: after another one's
    trailer, over a subtitle, source, byline or date line, an official document's title
    (关于…的通知), over text that ends with its own trailer (…（记者 王海燕）), or over an
    abstract or editor's note."""
    nxt = us[k + 1]
    return bool(
        number > 1
        or (nxt.kind == "body" and us[-1].kind == "trailer")
        or (nxt.kind == "body" and P.RE_SEG_ABSTRACT.match(nxt.text))  # over 【编者按】, 摘要：
        or nxt.kind in ("subtitle", "source", "byline")
        or P.RE_SEG_DATE_LINE.match(nxt.text)
        or P.RE_SEG_DOC_TITLE.search(us[k].text)
    )


def _article(
    units: list[Unit], group: list[int], number: int, moved: set[int], warnings: list[str]
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
        sections=tuple(sections(us, body, lede, own, number, warnings)),
        subtitle=f.subtitle,
        kicker=f.kicker,
        start=min(u.block.start for u in us),
        end=max(u.block.end for u in us),
        source=f.source,
        dateline=dateline.group() if dateline else None,
    )


def _lede(us: list[Unit], body: list[tuple[int, Unit]], used: set[int]) -> int | None:
    """The index of the lede: the first paragraph right after a byline, a dateline paragraph,
    the first paragraph under the title of an article signed at its end (a salutation on its
    own passed over), or a long first paragraph followed by a heading."""
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
    signed = any(us[k].kind == "trailer" and P.RE_SEG_BYLINE_TRAILER.match(us[k].text) for k in used)
    if signed and i > 0 and i - 1 in used:  # under the title, the byline at the end (（读者 王建国）)
        if P.RE_SEG_SALUTATION.match(u.text) and len(body) > 1 and body[1][1].kind == "body":
            return body[1][0]  # 编辑同志： on its own opens no lede
        return i
    if len(body) > 1 and body[1][1].kind == "heading" and len(u.text) >= _LEDE_MIN and i - 1 not in used:
        return i
    return None


