"""Parts: repaired blocks classified for segmentation (body, heading, title, byline, trailer…).

A block is a part of an article of one kind: a trailer ``（作者单位：…）``, a byline, a speaker or
source line, a ``——`` subtitle, a ``■`` summary, a title (layout input), a heading (with its
numbering style: ``mark`` ▎, ``chapter`` 第一章, ``dun_cn`` 一、, ``paren_cn`` （一）, ``decimal``
1., ``plain`` short unpunctuated line), a table, or body text. What a block's text says it is
comes from :func:`zhdoc.rules.kinds.kind_of`, the classifier dump repair uses for lines too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from zhdoc.model import Block
from zhdoc.rules.chars import (BIGRAM, CHECKBOX, ENDS_SENTENCE_OR_CLAUSE, HAS_SENT_PUNCT, NUMBERED_HEADING_STOP,
                               open_count)
from zhdoc.rules.kinds import DATE_LINE, DATED_LINE, PAGE_NUMBER, Kind, kind_of
from zhdoc.rules.bylines import AUTHOR_TRAILER, CAPTION, CREDIT, ends_on_credit
from zhdoc.rules.limits import CREDIT_MAX, HEADING_COMMAS, HEADING_TEXT_MAX, TITLE_MAX
from zhdoc.rules.markers import HEADING_MARK, numbering_end, numbering_of

#: the kinds a block keeps as its part's kind (others are body text or headings); a column
#: label is what stands over a title, a kicker, as the layout's 引题 is
_PART_KINDS = {Kind.TRAILER: "trailer", Kind.AFFILIATION: "affiliation", Kind.BYLINE: "byline",
               Kind.LABEL: "kicker", Kind.SPEAKER: "speaker", Kind.SOURCE: "source", Kind.SUBTITLE: "subtitle"}
#: kinds that hold only where the block is whole: its bracket closes at its end
_CLOSED_KINDS = frozenset({Kind.TRAILER, Kind.AFFILIATION})
#: block roles the layout decides that are a part's kind as they stand
_LAYOUT_KINDS = {"byline": "byline", "subtitle": "subtitle", "kicker": "kicker", "source": "source"}


@dataclass(frozen=True, slots=True)
class Part:
    block: Block
    kind: str  # body, heading, title, byline, speaker, trailer, affiliation, source, subtitle,
    #            summary, kicker (a column label 【热点观察】, the layout's 引题), table
    text: str  # the text without a heading mark
    style: str | None = None  # heading style: mark, role, or a numbering (chapter, dun_cn …), plain


def classify_block(b: Block) -> Part:
    """A block as a part of an article: its kind, text and heading style.

    >>> [classify_block(Block(t, 0, len(t))).kind for t in ("本报记者 王晓明", "一、总体要求", "稳增长。")]
    ['byline', 'heading', 'body']
    """
    text = b.text.strip()
    if b.role == "table":
        return Part(b, "table", text)
    if b.role in _LAYOUT_KINDS:  # an article head's parts, as the PDF layout found them
        return Part(b, _LAYOUT_KINDS[b.role], text, "role")
    kind = kind_of(text)
    if kind in _CLOSED_KINDS and not text.endswith(("）", ")")):
        kind = None  # （作者单位： cut from its text by the layout
    if kind in _PART_KINDS:
        return Part(b, _PART_KINDS[kind], text)
    mark = HEADING_MARK.match(text)
    bare = text[mark.end():] if mark else text
    if b.role == "title" and (b.group is not None  # an article head's title, as the layout found it
                              or len("".join(text.split())) <= TITLE_MAX
                              and not NUMBERED_HEADING_STOP.search(text)):
        return Part(b, "title", bare, numbering_of(bare) or "role")
    if text.startswith("■") and HAS_SENT_PUNCT.search(bare):
        return Part(b, "summary", bare)
    if b.font_size is not None and b.role != "heading" and not mark:
        return Part(b, "body", text)  # laid-out input: the layout's type sizes tell headings
    style = heading_style(bare, bool(mark), b.role == "heading")
    if style:
        return Part(b, "heading", bare, style)
    return Part(b, "body", text)


def heading_style(text: str, marked: bool, role: bool) -> str | None:
    """The heading style of ``text``, or None when it is not a heading."""
    flat = "".join(text.split())
    if role:
        return numbering_of(text) or "role"
    if not flat or len(flat) > HEADING_TEXT_MAX or DATED_LINE.match(flat) or DATE_LINE.match(flat):
        return None
    numbering = numbering_of(text)
    if numbering and len(flat) > len(text[:numbering_end(text)].strip()):
        return numbering if not NUMBERED_HEADING_STOP.search(text) else None
    if CHECKBOX.search(text) or text[-1] in "、，":
        return None
    if text[-1] in "”）)" and (text.count("“") != text.count("”")
                              or text.count("（") + text.count("(") != text.count("）") + text.count(")")):
        return None  # (a quote or aside closing a sentence opened before; 更加注重“提质” is whole)
    if HAS_SENT_PUNCT.search(text.replace("，", "")) or text.count("，") > HEADING_COMMAS:
        return None  # (a heading may part two phrases with a comma: 科研支撑，产品更高端)
    return "mark" if marked else "plain"


def set_aside_furniture(blocks: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """(the blocks without running headers and page numbers, those set aside); a paragraph
    cut by them in mid-sentence is joined again (its span then holds them).

    >>> bs = [Block("发展，不只是", 0, 6), Block("8", 8, 9, role="furniture"), Block("经济要求。", 11, 16)]
    >>> kept, aside = set_aside_furniture(bs)
    >>> [(b.text, b.start, b.end) for b in kept], [b.text for b in aside]
    ([('发展，不只是经济要求。', 0, 16)], ['8'])
    """
    kept: list[Block] = []
    aside: list[Block] = []
    after = False  # furniture since the last kept block
    for b in blocks:
        if b.role == "furniture" or is_credit(b.text):
            aside.append(b)
            after = bool(kept)
            continue
        a = kept[-1] if kept else None
        if after and a is not None and a.role is None and b.role is None and _cut_off(a.text, b.text):
            sep = " " if a.text[-1:].isascii() and a.text[-1:].isalnum() and b.text[:1].isascii() else ""
            kept[-1] = replace(a, text=a.text + sep + b.text, end=b.end, n_lines=a.n_lines + b.n_lines)
        else:
            kept.append(b)
        after = False
    return kept, aside


def join_cut_trailers(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each trailer whole: where the layout set a trailer's last line apart
    (to the right, ``主任）``; on the next column, ``究员）``), the one-line block after it that
    closes the bracket the trailer leaves open is its rest, joined to it (never a paragraph of
    its own, nor is the trailer text).

    >>> bs = [Block("（作者为某大学研究中心副", 0, 12), Block("主任）", 14, 17), Block("主任）", 19, 22)]
    >>> [(b.text, b.start, b.end, b.n_lines) for b in join_cut_trailers(bs)]
    [('（作者为某大学研究中心副主任）', 0, 17, 2), ('主任）', 19, 22, 1)]
    """
    out: list[Block] = []
    for b in blocks:
        a = out[-1] if out else None
        if (a is not None and b.n_lines == 1 and a.group == b.group and open_count(a.text) > 0
                and open_count(b.text) < 0 and open_count(a.text + b.text) <= 0
                and AUTHOR_TRAILER.applies(a.text)):
            out[-1] = replace(a, text=a.text + b.text.strip(), end=b.end, n_lines=a.n_lines + 1,
                              bboxes=a.bboxes + b.bboxes, bbox_pages=a.bbox_pages + b.bbox_pages)
        else:
            out.append(b)
    return out


def furniture_kind(text: str) -> str:
    """What a block set aside from a text dump's body is, as the ``page_furniture`` table says
    it: ``page_number``, ``caption`` (a photo credit or caption) or ``header`` (a running
    header, masthead, jump line or label).

    >>> furniture_kind("7"), furniture_kind("新华社记者 徐昱 摄"), furniture_kind("2024年3月5日 星期二")
    ('page_number', 'caption', 'header')
    >>> furniture_kind("市民在老街区游览。  本报记者  高  炳摄")
    'caption'
    """
    flat = text.strip()
    if PAGE_NUMBER.match(flat):
        return "page_number"
    return "caption" if is_credit(flat) or ends_on_credit(flat) else "header"


def is_credit(text: str) -> bool:
    """Whether a block is a photo or chart credit or a photo's caption, never text nor an
    author: ``新华社记者 徐昱 摄``, ``远景科技集团供图``, ``图①：普救寺外景。``.

    >>> is_credit("张  枨  苗培梁摄影报道"), is_credit("图②：永济市地理位置示意图。"), is_credit("他拍摄了这张照片。")
    (True, True, False)
    """
    flat = "".join(text.split())
    if len(flat) > CREDIT_MAX:
        return False
    return bool(CREDIT.search(flat) and not HAS_SENT_PUNCT.search(flat)) or bool(CAPTION.match(flat))


def _cut_off(a: str, b: str) -> bool:
    """Whether text ``a`` stops in mid-sentence and ``b`` runs on (no heading, no new item)."""
    a, b = a.strip(), b.strip()
    return (bool(a) and bool(b) and bool(HAS_SENT_PUNCT.search(a))
            and not ENDS_SENTENCE_OR_CLAUSE.search(a) and not HEADING_MARK.match(b)
            and not numbering_of(b))


def bigrams(text: str) -> set[str]:
    return set(BIGRAM.findall(text))



def short(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[:n] + "…"

