"""Units: repaired blocks classified for segmentation (body, heading, title, byline, trailer…).

A block is a unit of one kind: a trailer ``（作者单位：…）``, a byline, a speaker or source
line, a ``——`` subtitle, a ``■`` summary, a title (layout input), a heading (with its
style: ``mark`` ▎, ``chapter`` 第一章, ``dun`` 一、, ``paren`` （一）, ``num`` 1., ``plain``
short unpunctuated line), a table, or body text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from zhdoc import patterns as P
from zhdoc.segment.bylines import is_byline
from zhdoc.model import Block

#: a heading holds at most this many non-whitespace characters
HEADING_MAX = 40
#: a credit or photo caption holds at most this many characters
_CREDIT_MAX = 80
#: a heading parts at most this many phrases with commas (更加注重“提质”，推进国土绿化)
_HEADING_COMMAS = 2
#: a block the layout calls a title holds at most this many characters (else it is body text)
_TITLE_MAX = 60


#: block roles the layout decides that are a unit's kind as they stand
_LAYOUT_KINDS = {"byline": "byline", "subtitle": "subtitle", "kicker": "kicker"}


@dataclass(frozen=True, slots=True)
class Unit:
    block: Block
    kind: str  # body, heading, title, byline, speaker, trailer, affiliation, source, subtitle,
    #            summary, kicker (【热点观察】), table
    text: str  # the text without a heading mark
    style: str | None = None  # heading style: mark, role, chapter, section, dun, paren, num, plain


def classify(b: Block) -> Unit:
    text = b.text.strip()
    flat = "".join(text.split())
    if b.role == "table":
        return Unit(b, "table", text)
    if b.role in _LAYOUT_KINDS:  # an article head's parts, as the PDF layout found them
        return Unit(b, _LAYOUT_KINDS[b.role], text, "role")
    if P.RE_SEG_TRAILER.match(flat) or P.RE_SEG_BYLINE_TRAILER.match(text):
        return Unit(b, "trailer", text)
    if P.RE_SEG_AFFILIATION.match(flat):
        return Unit(b, "affiliation", text)  # （1.复旦大学经济学院，上海 200433；2.…）
    if len(flat) <= HEADING_MAX and is_byline(text):
        return Unit(b, "byline", text)
    if P.RE_REPAIR_LABEL.match(flat):
        return Unit(b, "kicker", text)  # 【热点观察】
    if P.RE_SEG_SPEAKER.match(text):
        return Unit(b, "speaker", text)
    if P.RE_SEG_SOURCE.match(text) and len(flat) <= HEADING_MAX:
        return Unit(b, "source", text)
    if P.RE_SEG_SUBTITLE.match(text) and not P.RE_SEG_STOP.search(text) and len(flat) <= 2 * HEADING_MAX:
        return Unit(b, "subtitle", text)
    mark = P.RE_SEG_MARK.match(text)
    bare = text[mark.end():] if mark else text
    if b.role == "title" and (b.group is not None  # an article head's title, as the layout found it
                              or len(flat) <= _TITLE_MAX and not P.RE_SEG_STOP.search(text)):
        return Unit(b, "title", bare, _numbered(bare) or "role")
    if text.startswith("■") and P.RE_SEG_HEADING_BAD.search(bare):
        return Unit(b, "summary", bare)
    if b.font_size is not None and b.role != "heading" and not mark:
        return Unit(b, "body", text)  # laid-out input: the layout's type sizes tell headings
    style = heading_style(bare, bool(mark), b.role == "heading")
    if style:
        return Unit(b, "heading", bare, style)
    return Unit(b, "body", text)


def _numbered(text: str) -> str | None:
    m = P.RE_SEG_NUMBERED.match(text)
    return m.lastgroup if m else None


def heading_style(text: str, marked: bool, role: bool) -> str | None:
    """The heading style of ``text``, or None when it is not a heading."""
    flat = "".join(text.split())
    if role:
        return _numbered(text) or "role"
    if not flat or len(flat) > HEADING_MAX or P.RE_SEG_DATE_LINE.match(flat):
        return None
    m = P.RE_SEG_NUMBERED.match(text)
    if m and len(flat) > len(m.group().strip()):
        return m.lastgroup if not P.RE_SEG_STOP.search(text) else None
    if P.RE_SEG_CHECKBOX.search(text) or text[-1] in "、，":
        return None
    quoted = text.startswith("“") and text.endswith("”") and text.count("“") == 1
    if text[-1] in "”）)" and not quoted:
        return None  # (a quote or aside closing a sentence; a heading quoted whole is one)
    if P.RE_SEG_HEADING_BAD.search(text.replace("，", "")) or text.count("，") > _HEADING_COMMAS:
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


def is_credit(text: str) -> bool:
    """Whether a block is a photo or chart credit or a photo's caption, never text nor an
    author: ``新华社记者 徐昱 摄``, ``远景科技集团供图``, ``图①：普救寺外景。``.

    >>> is_credit("张  枨  苗培梁摄影报道"), is_credit("图②：永济市地理位置示意图。"), is_credit("他拍摄了这张照片。")
    (True, True, False)
    """
    flat = "".join(text.split())
    if len(flat) > _CREDIT_MAX:
        return False
    return bool(P.RE_CREDIT.search(flat) and not P.RE_SEG_HEADING_BAD.search(flat)) or bool(
        P.RE_CAPTION.match(flat))


def _cut_off(a: str, b: str) -> bool:
    """Whether text ``a`` stops in mid-sentence and ``b`` runs on (no heading, no new item)."""
    a, b = a.strip(), b.strip()
    return (bool(a) and bool(b) and bool(P.RE_SEG_HEADING_BAD.search(a))
            and not P.RE_SEG_SENTENCE_END.search(a) and not P.RE_SEG_MARK.match(b)
            and not P.RE_SEG_NUMBERED.match(b))


def bigrams(text: str) -> set[str]:
    return set(P.RE_SEG_BIGRAM.findall(text))



def short(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[:n] + "…"

