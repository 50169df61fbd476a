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

from zhdoc.segment.bylines import (collective_author, described_affiliations, parse_affiliation_line, parse_affiliations,
                                   parse_authors)
from zhdoc.evidence import Decider, Hard
from zhdoc.model import Article, Block, Structure
from zhdoc.segment.sections import sections
from zhdoc.rules.bylines import COMPILER_TRAILER, CONTRIBUTOR_TRAILER, NAME_AFFILIATION, PAPER_NOTE, SIGNED_TRAILERS, SPEAKER
from zhdoc.rules.kinds import ABSTRACT, DATED_LINE, DATELINE, DOC_KIND_END, DOC_TITLE, SALUTATION, SOURCE
from zhdoc.rules.limits import LEDE_MIN
from zhdoc.segment.kinds import Part, bigrams, classify_block, join_cut_trailers, set_aside_furniture, short

__all__ = ["parse_affiliations", "parse_authors", "segment"]



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
    parts = [classify_block(b) for b in join_cut_trailers(kept) if b.text.strip()]
    warnings: list[str] = []
    if aside:
        where = ", ".join(f"{b.start}–{b.end} ({short(b.text, 12)})" for b in aside[:6])
        warnings.append(f"{len(aside)} running-header or page-number lines set aside: {where}"
                        + (" …" if len(aside) > 6 else ""))
    moved: set[int] = set()
    groups = _move_continuations(parts, _split_articles(parts), moved, warnings)
    articles = [_article(parts, g, n + 1, moved, warnings) for n, g in enumerate(groups)]
    return Structure(articles=tuple(articles), warnings=tuple(warnings), furniture=tuple(aside))


# Articles ---------------------------------------------------------------------------------


def _split_articles(parts: list[Part]) -> list[list[int]]:
    """Part indices per article, in file order: trailers end an article; a title with a
    byline, source line or dateline after it starts one. Where the layout put blocks in
    articles (a newspaper page cut under its heads), its articles stand."""
    if any(part.block.group is not None for part in parts):
        by_layout: list[list[int]] = []
        for i, part in enumerate(parts):
            if not by_layout or parts[by_layout[-1][-1]].block.group != part.block.group:
                by_layout.append([])
            by_layout[-1].append(i)
        return by_layout
    groups: list[list[int]] = [[]]
    for i, part in enumerate(parts):
        cur = groups[-1]
        if _starts_article(parts, i) and any(parts[k].kind in ("body", "table") for k in cur):
            head = len(cur)  # the title (subtitle, kicker) printed above the byline comes along
            while head > 0 and len(cur) - head < 3 and _title_like(parts[cur[head - 1]]):
                head -= 1
            groups.append(cur[head:])
            del cur[head:]
            cur = groups[-1]
        cur.append(i)
        if part.kind == "trailer" and not (i + 1 < len(parts) and parts[i + 1].kind == "trailer"):
            groups.append([])
    return [g for g in groups if g]


def _title_like(part: Part) -> bool:
    return part.kind in ("title", "subtitle", "kicker") or (part.kind == "heading" and part.style in ("plain", "role"))


def _starts_article(parts: list[Part], i: int) -> bool:
    part = parts[i]
    if part.kind == "title":  # a title with a byline, source or dateline right after it
        after = range(i + 1, min(i + 3, len(parts)))
        return any(_starts_article(parts, k) for k in after if parts[k].kind != "title")
    if part.kind in ("byline", "source"):
        return True
    if part.kind == "heading" and part.style == "plain" and DOC_TITLE.match(part.text):
        return True  # 关于…的通知
    return part.kind == "body" and bool(DATELINE.match(part.text))


def _has(parts: list[Part], group: list[int], kind: str) -> bool:
    return any(parts[k].kind == kind for k in group)


def _titled(parts: list[Part], group: list[int]) -> bool:
    return any(parts[k].kind in ("title", "byline", "source") for k in group)


def _move_continuations(
    parts: list[Part], groups: list[list[int]], moved: set[int], warnings: list[str]
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
            and _has(parts, g, "trailer")
            and not _titled(parts, g)
            and _titled(parts, nxt)
            and not _has(parts, nxt, "trailer")
            and _belongs_after(parts, g, nxt, out[-1] if out else None)
        ):
            first, last = parts[g[0]].block, parts[g[-1]].block
            warnings.append(
                f"text at offsets {first.start}–{last.end} ({short(parts[g[0]].text)}) ends with a "
                f"trailer but has no title; the article after it ({short(_title_text(parts, nxt))}) has "
                "a title but no trailer: the text is taken as that article's end and moved there"
            )
            out.append(nxt + g)
            moved.update(g)
            n += 2
            continue
        out.append(g)
        n += 1
    return out


def _belongs_after(parts: list[Part], frag: list[int], nxt: list[int], prev: list[int] | None) -> bool:
    """Whether ``frag`` reads as part of ``nxt`` rather than of ``prev``: ``nxt`` ends on a
    heading with no text of its own, or ``frag`` shares more words with it than with ``prev``
    (at the top of the file, where ``prev`` is None, ``frag`` more likely ends an article
    begun on another page: only the first kind of evidence counts)."""
    body = [k for k in nxt if parts[k].kind in ("body", "heading")]
    if body and parts[body[-1]].kind == "heading":
        return True
    if prev is None:
        return False
    f = bigrams(" ".join(parts[k].text for k in frag))
    sim_n = len(f & bigrams(" ".join(parts[k].text for k in nxt)))
    sim_p = len(f & bigrams(" ".join(parts[k].text for k in prev)))
    return sim_n > sim_p


def _title_text(parts: list[Part], group: list[int]) -> str:
    for k in group:
        if parts[k].kind in ("title", "heading"):
            return parts[k].text
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
    used: set[int] = field(default_factory=set)  # indices of the parts taken

    def take(self, i: int, text: str) -> str:
        self.used.add(i)
        return text


def _front(parts: list[Part], number: int) -> tuple[_Front, list[Part]]:
    """Title, subtitle, bylines, source, trailers and summaries of one article's parts, and
    the parts with title blocks further down turned into headings."""
    f = _Front()
    # the largest of the layout's title blocks before the text is the title, the next one
    # after it the subtitle; others before the text are front matter, later ones headings
    lead = []
    for i, part in enumerate(parts):
        if part.kind in ("heading", "table") or (part.kind == "body" and len(part.text) > LEDE_MIN):
            break
        if part.kind == "title":
            lead.append(i)
    if lead:
        t = max(lead, key=lambda i: parts[i].block.font_size or 0.0)
        f.title = f.take(t, parts[t].text)
        rest = [i for i in lead if i > t]
        if rest:
            f.subtitle = f.take(rest[0], parts[rest[0]].text)
    parts = [
        replace(part, kind="heading" if i not in lead or part.style != "role" else "body")
        if part.kind == "title" and i not in f.used else part
        for i, part in enumerate(parts)
    ]
    for i, part in enumerate(parts):
        if part.kind == "body" and f.title is None and DATELINE.match(part.text):
            _title_above(f, parts, i)
        take = _TAKERS.get(part.kind)
        if take is not None:
            take(f, i, part)
        if part.kind in _UNDER_TITLE and f.title is None:
            _title_above(f, parts, i)
    plain = [part.kind == "heading" and part.style == "plain" for part in parts[:2]]
    if f.title is None and len(parts) > 2 and all(plain) and len(parts[0].text) < len(parts[1].text) and (
        OPENS_ARTICLE.holds((parts, 1, number))
    ):
        f.take(0, parts[0].text)  # a shorter heading over the title (读者来信): a column label
        f.title = f.take(1, parts[1].text)
    if f.title is None and len(parts) > 1 and plain[0] and OPENS_ARTICLE.holds((parts, 0, number)):
        f.title = f.take(0, parts[0].text)
    for i, part in enumerate(parts):
        if part.kind == "subtitle" and f.subtitle is None and i not in f.used and (i == 0 or i - 1 in f.used):
            f.subtitle = f.take(i, part.text)
    return f, parts


def _signed(trailer: str) -> bool:
    """Whether a trailer names its author: （记者 王海燕）, （读者 王建国）; not a contributor's
    credit (（本报通讯员张莉芳参与采写）)."""
    return any(r.match(trailer) for r in SIGNED_TRAILERS) and not CONTRIBUTOR_TRAILER.match(trailer)


def _title_above(f: _Front, parts: list[Part], i: int) -> None:
    """The heading-like block(s) above a byline, source, speaker or dateline: the title (over a
    subtitle)."""
    j = i - 1
    while j >= 0 and j in f.used:
        j -= 1
    if j >= 0 and parts[j].kind == "subtitle" and j >= 1 and parts[j - 1].kind == "heading":
        f.subtitle = f.take(j, parts[j].text)
        j -= 1
    if j >= 0 and parts[j].kind == "heading" and parts[j].style != "mark":
        f.title = f.take(j, parts[j].text)


def _take_trailer(f: _Front, i: int, part: Part) -> None:
    """（作者单位：…） gives affiliations; （记者 王海燕） an author too (not （本报记者  周  航  整理）
    under a byline: the one who compiled it, ``COMPILER_TRAILER``)."""
    f.affiliations += parse_affiliations(f.take(i, part.text))
    if _signed(part.text) and not (f.authors and COMPILER_TRAILER.search(part.text)):
        f.authors += [a for a in parse_authors(part.text.strip("（）() ")) if a not in f.authors]


def _take_affiliation(f: _Front, i: int, part: Part) -> None:
    """（1.复旦大学经济学院，上海 200433；2.…） gives affiliations."""
    f.affiliations += parse_affiliation_line(f.take(i, part.text))


def _take_kicker(f: _Front, i: int, part: Part) -> None:
    """A column label over the title is set aside; the layout's 引题 is kept."""
    f.take(i, part.text)
    if part.style == "role":
        f.kicker = part.text


def _take_summary(f: _Front, i: int, part: Part) -> None:
    """■ …: a summary, part of the abstract."""
    f.summaries.append(f.take(i, part.text))


def _take_byline(f: _Front, i: int, part: Part) -> None:
    """□ 吕 铁 刘 丹, 本报评论员, 作者：李文（北京大学）: authors, and affiliations in brackets; a
    collective author is the whole byline (人民日报评论员, not the paper's name left when the role
    is taken off)."""
    f.take(i, part.text)
    collective = collective_author(part.text)
    f.authors += [collective] if collective else parse_authors(part.text)
    f.affiliations += [m.group("aff") for m in NAME_AFFILIATION.finditer(part.text)]
    f.affiliations += described_affiliations(part.text)  # (全国政协委员、…馆长  陈红彦)


def _take_speaker(f: _Front, i: int, part: Part) -> None:
    """国务院总理 李克强: the speaker is the author."""
    f.take(i, part.text)
    m = SPEAKER.match(part.text)
    f.authors.append(m.group("name") if m else part.text)


def _take_source(f: _Front, i: int, part: Part) -> None:
    """来源：北京日报 (or a website copy's date note, 《人民日报》（…）): the first source line gives
    the source."""
    f.take(i, part.text)
    m = SOURCE.match(part.text)
    if m is None and (note := PAPER_NOTE.search(part.text)):  # 《人民日报》（2025年04月09日第 02 版）
        f.source = f.source or note.group("paper")
        return
    f.source = f.source or (m.group("src").strip() if m else None)


#: what each kind of part gives an article's front matter
_TAKERS = {"trailer": _take_trailer, "affiliation": _take_affiliation, "kicker": _take_kicker,
           "summary": _take_summary, "byline": _take_byline, "speaker": _take_speaker,
           "source": _take_source}
#: parts printed under a title: the heading above them is the title
_UNDER_TITLE = frozenset({"byline", "source", "speaker"})

#: the heading ``parts[k]`` opening an article (context: parts, k, article number) is its title
OPENS_ARTICLE: Decider[tuple[list[Part], int, int]] = Decider("heading opens its article", hard=(
    Hard("later_article", True, "it follows another article (after its trailer)", lambda c: c[2] > 1),
    Hard("signed_at_end", True, "it stands over text that ends with its own trailer (…（记者 王海燕）)",
         lambda c: c[0][c[1] + 1].kind == "body" and c[0][-1].kind == "trailer"),
    Hard("over_abstract", True, "it stands over an abstract or editor's note (摘要：, 【编者按】)",
         lambda c: c[0][c[1] + 1].kind == "body" and bool(ABSTRACT.match(c[0][c[1] + 1].text))),
    Hard("over_front_matter", True, "it stands over a subtitle, source line or byline",
         lambda c: c[0][c[1] + 1].kind in ("subtitle", "source", "byline")),
    Hard("over_dated_line", True, "it stands over a date line (2025年1月14日在…)",
         lambda c: bool(DATED_LINE.match(c[0][c[1] + 1].text))),
    Hard("document_title", True, "it is an official document's title (…的通知, …工作报告)",
         lambda c: bool(DOC_KIND_END.search(c[0][c[1]].text))),
))


def _article(
    all_parts: list[Part], group: list[int], number: int, moved: set[int], warnings: list[str]
) -> Article:
    f, parts = _front([all_parts[k] for k in group], number)
    body = [(i, part) for i, part in enumerate(parts) if i not in f.used]  # headings and paragraphs
    lede = _lede(parts, body, f.used)
    abstract = "".join(f.summaries) if f.summaries else (parts[lede].text if lede is not None else None)
    if lede is not None and (m := ABSTRACT.match(parts[lede].text)):
        abstract = parts[lede].text[m.end():]  # 摘要：…
    datelines = (DATELINE.match(part.text) for _, part in body if part.kind == "body")
    dateline = next((m for m in datelines if m), None)
    if dateline and dateline.group("who") and not f.authors and _own_dateline(dateline.group()):
        f.authors += parse_authors(dateline.group("who"))  # 本报北京3月5日电（记者 王晓明）
    own = {i for i, k in enumerate(group) if k not in moved}  # printed in its place
    return Article(
        title=f.title,
        authors=tuple(f.authors),
        affiliations=tuple(f.affiliations),
        abstract=abstract,
        sections=tuple(sections(parts, body, lede, own, number, warnings)),
        subtitle=f.subtitle,
        kicker=f.kicker,
        start=min(part.block.start for part in parts),
        end=max(part.block.end for part in parts),
        source=f.source,
        dateline=dateline.group() if dateline else None,
    )


def _own_dateline(text: str) -> bool:
    """Whether a dateline is the paper's own (本报北京3月5日电（记者 王晓明）): its reporters are the
    article's authors. A wire story's (新华社北京3月5日电（记者 徐昱）) is the agency's copy, which
    the paper credits to no author of its own; the dateline keeps its reporters.

    >>> _own_dateline("本报北京3月5日电（记者 王晓明）"), _own_dateline("新华社罗马12月27日电（记者丁一鸣）")
    (True, False)
    """
    return text.lstrip("（(").startswith("本报")


def _lede(parts: list[Part], body: list[tuple[int, Part]], used: set[int]) -> int | None:
    """The index of the lede: the first paragraph right after a byline, a dateline paragraph,
    the first paragraph under the title of an article signed at its end (a salutation on its
    own passed over), or a long first paragraph followed by a heading."""
    if not body or body[0][1].kind != "body":
        return None
    i, part = body[0]
    if DATELINE.match(part.text):
        return i
    for k, x in body[:4]:  # 摘要：… (after the author lines of a journal article)
        if x.kind == "body" and ABSTRACT.match(x.text):
            return k
    if i > 0 and parts[i - 1].kind == "byline":
        return i
    signed = any(parts[k].kind == "trailer" and _signed(parts[k].text) for k in used)
    if signed and i > 0 and i - 1 in used:  # under the title, the byline at the end (（读者 王建国）)
        if SALUTATION.match(part.text) and len(body) > 1 and body[1][1].kind == "body":
            return body[1][0]  # 编辑同志： on its own opens no lede
        return i
    if len(body) > 1 and body[1][1].kind == "heading" and len(part.text) >= LEDE_MIN and i - 1 not in used:
        return i
    return None


