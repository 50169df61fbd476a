"""Enumerations in an article: ``一是``, ``一要``, ``第一，``, ``首先/其次/最后``, ``一方面/另一方面``,
``（一）``, ``一、``, ``1.``, ``1、``, ``（1）``, ``1）``, ``①``, ``⑴``, ``一靠``, ``其一，`` and ``——``
opening a paragraph (styles: the rows of ``MARKERS`` in :mod:`zhdoc.rules.markers`).

The rules, in the order they are applied:

* **Markers** are the marker grammar of :mod:`zhdoc.rules.markers` (``markers_in``), matched in
  one pass. A marker needs a left boundary (paragraph start, whitespace,
  ``，。；：！？``, or a closing quote after a sentence end), so ``统一是``, ``单一是``,
  ``世界第一，``, ``一带一路``, ``进一步``, ``第一大``, ``第三方`` and ``十四五`` never count.
* **Table text is skipped** (``Paragraph.role == "table"``): row numbers are not list items.
* **Headings are not items.** A paragraph that starts with a marker and has no sentence
  punctuation (``。！？；``) within ``HEADING_MAX`` characters is a heading-like line
  (``（一）更大力度推动全方位扩大内需``, ``第一，进一步稳定和加强农业``) and gives no item. A
  ``（一）`` followed by full sentences in the same paragraph is an item. Headings the
  segmenter recognised are in ``Section.heading`` and never seen here. A ``（一）``/``一、`` line
  that is one short sentence alone (``（一）加快发展现代产业体系。``) heads the paragraphs after it
  and gives no item either, unless a neighbouring paragraph opens with the same style (a run of
  short items).
* **Chains.** Per style, markers are chained in reading order within one section: the chain
  starts at ordinal 1 and takes ordinal 2, 3, … in turn; another ordinal 1 ends it (a new list
  starts there), unless it stands inside a paragraph of a paragraph list with its ordinal 2 in
  the same paragraph (an inline ``一是…二是`` in an ``一是`` item: a nested list, whose markers
  this chain passes over). After two items one
  ordinal may be missing (``一是, 二是, 四是``; items keep their printed ordinals); words
  (``首先``, ``一方面``) and dashes skip none. A ``——`` opening a paragraph takes its place in
  the run of such paragraphs as its ordinal. An item in a later paragraph than the previous item
  must open its paragraph; the first item may stand after intro text. ``首先`` is followed by
  ``其次``, optionally ``再次``, and/or ``最后`` (which closes the chain), each within two
  paragraphs of the previous; ``一方面`` by ``另一方面`` in the same or the next paragraph.
  A chain of at least two items is a list.
* **Layout** is ``inline`` when two items share a paragraph, else ``paragraph``.
* **Item text** runs from the marker to the next item of the same list in the same paragraph;
  an item that opens its paragraph (a paragraph list's) runs to the paragraph end, with any list
  inside it; any other runs to where the next list of its style in the paragraph starts (its
  intro, or its first marker), else to the paragraph end. So every item's text lies between
  two lists of its style, and the item texts of a paragraph add up to at most as many
  characters as there are styles times the paragraph's (issue 11: they grew with its square).
  ``lead`` is its first sentence (up to ``。！？``, not included).
* **Nesting.** A list all of whose items lie inside one item of another list gets
  ``parent = (index of that list, item ordinal)``, the innermost. An item spans its text and,
  in a paragraph list, the plain paragraphs up to the next item (sub-paragraphs of ``（二）``).
* **Intro** is the last sentence before the first marker in its paragraph, reaching back no
  further than the last marker of an earlier list of its style there (then from the clause
  after its last ``；``: ``首先是国内资源，其次是国际资源；开拓两个市场，首先…`` → ``开拓两个市场，``),
  or, when the first item opens its paragraph, the last sentence of the previous paragraph.
  **Announced count** is the last count (``四方面``, ``六大``, ``两大类``, ``三件``, ``9个方面``)
  in the intro outside quotes, else in the section heading; a count right before a quoted
  slogan (``五个“必须统筹好”``) or summing up a conjunction in its clause (``从供给和需求两方面``)
  is no announcement. ``count_matches`` compares it with the number of items.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from zhdoc.model import Article, ListFound, ListItemFound, Paragraph
from zhdoc.rules.chars import HAS_CLAUSE_END, SENTENCE
from zhdoc.rules.limits import HEADING_MAX
from zhdoc.rules.markers import HEADING_STYLES, LAST, WORD_STYLES, announced_count, marker_at_start, markers_in

_MAX_ITEMS = {"fangmian": 2}
#: paragraphs an item of these styles may stand after the previous one (另一方面 follows closely)
_MAX_GAP = {"fangmian": 1, "shouxian": 2}
#: styles whose chains may skip one ordinal and hold a nested inline list (words may not)
_GAP_OK = {"fangmian": False, "shouxian": False, "dash": False}


@dataclass(frozen=True, slots=True)
class _Marker:
    style: str
    ordinal: int
    text: str
    section: int
    paragraph: int
    start: int
    end: int
    opens_paragraph: bool


def is_heading_like(text: str) -> bool:
    """A short line that starts with a list marker and has no sentence punctuation.

    >>> is_heading_like("（一）更大力度推动全方位扩大内需")
    True
    >>> is_heading_like("（一）经济运行持续向好。全年生产总值增长5.1%。")
    False
    >>> is_heading_like("加强金融支持")
    False
    """
    s = text.strip()
    if len(s) > HEADING_MAX or HAS_CLAUSE_END.search(s):
        return False
    return marker_at_start(s) is not None


def _one_sentence_heading(paras: tuple[Paragraph, ...], pi: int) -> bool:
    """``（一）加快发展现代产业体系。`` heading body paragraphs: a ``（一）``/``一、`` paragraph of one
    short sentence ending in 。 with no paragraph of the same marker style next to it (a run of
    short ``一、…。`` items has one)."""
    s = paras[pi].text.strip()
    head = marker_at_start(s, HEADING_STYLES)
    if (head is None or len(s) > HEADING_MAX or not s.endswith("。")
            or len(HAS_CLAUSE_END.findall(s)) > 1):
        return False
    return not any(0 <= k < len(paras) and marker_at_start(paras[k].text, frozenset({head.style}))
                   for k in (pi - 1, pi + 1))


def _markers(article: Article) -> dict[str, list[_Marker]]:
    found: dict[str, list[_Marker]] = {}
    dash_at: tuple[int, int, int] | None = None  # (section, paragraph, ordinal) of the last dash
    for si, pi, para in article.paragraphs():
        if (para.role == "table" or is_heading_like(para.text)
                or _one_sentence_heading(article.sections[si].paragraphs, pi)):
            continue
        for m in markers_in(para.text):
            ordinal = m.ordinal
            if m.style == "dash":
                ordinal = dash_at[2] + 1 if dash_at and dash_at[:2] == (si, pi - 1) else 1
                dash_at = (si, pi, ordinal)
            found.setdefault(m.style, []).append(_Marker(
                m.style, ordinal, m.text, si, pi, m.start, m.end, opens_paragraph=m.opens,
            ))
    return found


def _chains(markers: list[_Marker]) -> list[list[_Marker]]:
    """Chains of consecutive ordinals from 1 (see the module docstring)."""
    chains: list[list[_Marker]] = []
    used: set[int] = set()
    for i, first in enumerate(markers):
        if first.ordinal != 1 or i in used:
            continue
        chain, taken = [first], [i]
        nested = -1  # a paragraph holding an inline list nested in an item of this one
        skipped = False  # one ordinal may be missing (一是, 二是, 四是)
        for j in range(i + 1, len(markers)):
            m, prev = markers[j], chain[-1]
            if m.section != first.section:
                break
            if m.paragraph == nested and not m.opens_paragraph:
                continue
            if m.ordinal == 1:
                if first.opens_paragraph and _inline_pair(markers, j) and _GAP_OK.get(m.style, True):
                    nested = m.paragraph  # 一是…二是 inside an item of a paragraph list
                    continue
                break
            wanted = (chain[-1].ordinal or len(chain)) + 1
            gap = (not skipped and len(chain) >= 2 and m.ordinal == wanted + 1
                   and _GAP_OK.get(m.style, True)
                   and m.opens_paragraph == prev.opens_paragraph and j not in used)
            if m.ordinal not in (wanted, LAST) and not gap or j in used:
                continue
            skipped = skipped or gap
            if m.paragraph != prev.paragraph and not m.opens_paragraph:
                break
            if m.paragraph - prev.paragraph > _MAX_GAP.get(m.style, 10**6):
                break
            chain.append(m)
            taken.append(j)
            if m.ordinal == LAST or len(chain) == _MAX_ITEMS.get(first.style):
                break
        if len(chain) >= 2:
            chains.append(chain)
            used.update(taken)
    return chains


def _inline_pair(markers: list[_Marker], j: int) -> bool:
    """Marker ``j`` (an ordinal 1 inside its paragraph) is followed by ordinal 2 in the same
    paragraph: an inline list. (One whose 二是 opens a later paragraph starts a new list.)"""
    m = markers[j]
    nxt = markers[j + 1] if j + 1 < len(markers) else None
    return (not m.opens_paragraph and nxt is not None and nxt.ordinal == 2
            and (nxt.section, nxt.paragraph) == (m.section, m.paragraph))


def _lead(text: str) -> str:
    first = SENTENCE.match(text)
    return (first.group(0) if first else text).strip().rstrip("。！？!?").strip()


def _announced(intro: str | None, heading: str | None) -> int | None:
    """The count the intro announces, else the count the heading announces."""
    for source in (intro, heading):
        if source and (n := announced_count(source)) is not None:
            return n
    return None


def _first_numbered(chain: list[_Marker]) -> bool:
    """Items keep their printed ordinal (一是, 二是, 四是 → 1, 2, 4) unless words number them."""
    return chain[0].style not in WORD_STYLES


class _Paragraphs:
    """A section's paragraphs as the lists read them, each read once: where its sentences start,
    where its text ends, and where each chain of it starts (by style)."""

    def __init__(self, paras: tuple[Paragraph, ...]) -> None:
        self.paras = paras
        self._bounds: dict[int, list[int]] = {}
        self._ends: dict[int, int] = {}
        self.chains: dict[tuple[int, str], list[int]] = {}  # (paragraph, style) → chain first starts
        self.markers: dict[tuple[int, str], list[tuple[int, int]]] = {}  # … → (start, end) of markers
        #                                                                     that do not open it

    def text(self, pi: int) -> str:
        return self.paras[pi].text

    def end(self, pi: int) -> int:
        if pi not in self._ends:
            self._ends[pi] = len(self.paras[pi].text.rstrip())
        return self._ends[pi]

    def bounds(self, pi: int) -> list[int]:
        """Where the paragraph's sentences start (0, then after each 。！？ and its closers)."""
        if pi not in self._bounds:
            self._bounds[pi] = [0] + [m.end() for m in SENTENCE.finditer(self.paras[pi].text)
                                      if m.end() > m.start()]
        return self._bounds[pi]

    def last_sentence(self, pi: int, pos: int, floor: int = 0) -> tuple[int, str, bool] | None:
        """(start, text, clipped) of the last sentence before ``pos`` that is not blank; it starts
        no earlier than ``floor`` (``clipped`` where that cut it)."""
        text, bounds = self.text(pi), self.bounds(pi)
        i = bisect_right(bounds, pos) - 1
        seg_end = pos
        while i >= 0 and floor < seg_end:
            start = max(bounds[i], floor)
            piece = text[start:seg_end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                return start + lead, piece.strip(), start > bounds[i]
            seg_end, i = min(seg_end, bounds[i]), i - 1
        return None

    def intro_at(self, pi: int, style: str, pos: int) -> tuple[int, str] | None:
        """(start, text) of the intro of a list of ``style`` whose first marker is at ``pos``
        inside the paragraph: the last sentence before it, reaching back no further than the
        last marker of an earlier list of its style there (from the clause after its last ；)."""
        ms = self.markers.get((pi, style), [])
        i = bisect_left(ms, (pos, -1)) - 1
        floor = ms[i][1] if i >= 0 else 0
        found = self.last_sentence(pi, pos, floor)
        if found is None or not found[2]:
            return found[:2] if found else None
        start, piece, _ = found
        cut = max(piece.rfind("；"), piece.rfind(";"))
        if cut < 0:
            return start, piece
        rest = piece[cut + 1:]
        if not rest.strip():
            return None  # the list follows the earlier one's ；: no intro of its own
        return start + cut + 1 + len(rest) - len(rest.lstrip()), rest.strip()

    def next_chain(self, pi: int, style: str, pos: int) -> int | None:
        """Where the first list of ``style`` starting after ``pos`` in the paragraph starts."""
        starts = self.chains.get((pi, style), [])
        i = bisect_left(starts, pos)
        return starts[i] if i < len(starts) else None


def _intro(first: _Marker, text: _Paragraphs) -> str | None:
    """The last sentence before the first marker in its paragraph (see ``intro_at``), or the
    last sentence of the previous paragraph where the first item opens its paragraph."""
    if first.opens_paragraph:
        if not first.paragraph:
            return None
        found = text.last_sentence(first.paragraph - 1, len(text.text(first.paragraph - 1)))
        return found[1] if found else None
    at = text.intro_at(first.paragraph, first.style, first.start)
    return at[1] if at else None


def _item_end(m: _Marker, nxt: _Marker | None, text: _Paragraphs) -> int:
    """Where an item's text ends: at the next item in its paragraph; else, for an item inside
    its paragraph, where the next list of its style there starts (at that list's intro when it
    starts after the item's marker); else at the paragraph's end."""
    if nxt is not None and nxt.paragraph == m.paragraph:
        return nxt.start
    end = text.end(m.paragraph)
    if m.opens_paragraph:
        return end  # a paragraph list's item holds its paragraph, and the lists inside it
    after = text.next_chain(m.paragraph, m.style, m.end)
    if after is None:
        return end
    intro = text.intro_at(m.paragraph, m.style, after)
    return min(intro[0] if intro and intro[0] > m.end else after, end)


def _build(chain: list[_Marker], article: Article, text: _Paragraphs) -> ListFound:
    items = []
    for k, m in enumerate(chain):
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        end = _item_end(m, nxt, text)
        body = text.text(m.paragraph)[m.end:end].strip()
        items.append(ListItemFound(
            ordinal=m.ordinal if m.ordinal != LAST and _first_numbered(chain) else k + 1,
            marker=m.text, lead=_lead(body), text=body,
            section=m.section, paragraph=m.paragraph, start=m.start, end=end,
        ))
    first = chain[0]
    intro = _intro(first, text)
    heading = article.sections[first.section].heading
    announced = _announced(intro, heading)
    shared = len({m.paragraph for m in chain}) < len(chain)
    return ListFound(
        style=first.style, items=tuple(items), layout="inline" if shared else "paragraph",
        intro=intro, heading=heading, announced_count=announced,
        count_matches=None if announced is None else announced == len(items),
    )


def _item_spans(lst: ListFound) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(ordinal, from, to) per item as (paragraph, offset) pairs: an item of a paragraph list
    also covers the plain paragraphs before the next item; the last item ends with its text."""
    spans = []
    for k, it in enumerate(lst.items):
        nxt = lst.items[k + 1] if k + 1 < len(lst.items) else None
        if nxt is None or nxt.paragraph == it.paragraph:
            to = (it.paragraph, it.end)
        else:
            to = (nxt.paragraph - 1, 10**9)
        spans.append((it.ordinal, (it.paragraph, it.start), to))
    return spans


def _with_parents(lists: list[ListFound]) -> list[ListFound]:
    """Each list nested in an item of another gets that item as its parent: the innermost
    (the last in reading order) whose span holds the whole list. One sweep per section over
    the item spans in order of their start, with the spans seen so far kept by their end in a
    Fenwick tree of the latest list (n log n, not n² in the number of lists)."""
    parents: dict[int, tuple[int, int]] = {}
    sections: dict[int, list[int]] = {}
    for index, lst in enumerate(lists):
        sections.setdefault(lst.items[0].section, []).append(index)
    for indices in sections.values():
        spans = sorted((frm, to, index, ordinal) for index in indices
                       for ordinal, frm, to in _item_spans(lists[index]))
        ends = sorted({to for _, to, _, _ in spans}, reverse=True)  # rank 0: the latest end
        rank = {to: r for r, to in enumerate(ends)}
        tree: list[tuple[int, int] | None] = [None] * (len(ends) + 1)  # (list index, ordinal), max
        children = sorted(indices, key=lambda i: (lists[i].items[0].paragraph, lists[i].items[0].start))
        taken = 0
        for child in children:
            first, last = lists[child].items[0], lists[child].items[-1]
            lo, hi = (first.paragraph, first.start), (last.paragraph, last.end)
            while taken < len(spans) and spans[taken][0] < lo:
                _, to, index, ordinal = spans[taken]
                r = rank[to] + 1
                while r <= len(ends):
                    if tree[r] is None or tree[r][0] < index:  # type: ignore[index]
                        tree[r] = (index, ordinal)
                    r += r & -r
                taken += 1
            r = _count_at_least(ends, hi)  # spans ending at or after hi have ranks 1 … r
            best = None
            while r > 0:
                if tree[r] is not None and (best is None or tree[r][0] > best[0]):  # type: ignore[index]
                    best = tree[r]
                r -= r & -r
            if best is not None:
                parents[child] = best
    return [_replace_parent(lst, parents[i]) if i in parents else lst for i, lst in enumerate(lists)]


def _count_at_least(ends_desc: list[tuple[int, int]], hi: tuple[int, int]) -> int:
    """How many of ``ends_desc`` (descending) are at or after ``hi``."""
    lo_i, hi_i = 0, len(ends_desc)
    while lo_i < hi_i:
        mid = (lo_i + hi_i) // 2
        if ends_desc[mid] >= hi:
            lo_i = mid + 1
        else:
            hi_i = mid
    return lo_i


def _replace_parent(lst: ListFound, parent: tuple[int, int]) -> ListFound:
    """Set the parent; a nested list takes its announced count from its intro only."""
    announced = _announced(lst.intro, None)
    return replace(lst, parent=parent, announced_count=announced,
                   count_matches=None if announced is None else announced == len(lst.items))


def find_lists(article: Article) -> tuple[ListFound, ...]:
    """Every marked list of an article, in reading order.

    >>> from zhdoc.model import Section
    >>> text = "需做好三件事：一是稳增长。二是促改革。三是惠民生。"
    >>> art = Article(None, (), (), None, (Section(None, 0, (Paragraph(text, 0, len(text)),)),))
    >>> [(l.style, l.layout, len(l.items), l.announced_count, l.count_matches)
    ...  for l in find_lists(art)]
    [('shi', 'inline', 3, 3, True)]
    >>> [(i.marker, i.lead) for i in find_lists(art)[0].items]
    [('一是', '稳增长'), ('二是', '促改革'), ('三是', '惠民生')]
    """
    chains = [c for ms in _markers(article).values() for c in _chains(ms)]
    chains.sort(key=lambda c: (c[0].section, c[0].paragraph, c[0].start))
    texts = {si: _Paragraphs(section.paragraphs) for si, section in enumerate(article.sections)}
    for chain in chains:
        text = texts[chain[0].section]
        text.chains.setdefault((chain[0].paragraph, chain[0].style), []).append(chain[0].start)
        for m in chain:
            if not m.opens_paragraph:
                text.markers.setdefault((m.paragraph, m.style), []).append((m.start, m.end))
    for text in texts.values():
        for ms in text.markers.values():
            ms.sort()
    return tuple(_with_parents([_build(c, article, texts[c[0].section]) for c in chains]))
