"""The data model: frozen dataclasses passed between the pipeline's steps.

A document flows through these types in order::

    bytes --read--> Decoded --normalize--> Normalized --repair/layout--> [Block]
          --segment--> Structure(articles -> sections -> paragraphs)
          --lists/numbers/keywords--> ListFound / NumberMention / Keyword

Everything is immutable; a step returns new objects and never mutates its input.
Offsets (``start``/``end``) are half-open character offsets. For text input they
index the *normalized* text (``Normalized.text``); ``Normalized.to_raw`` maps them
back to the decoded input. For PDF input they index the text the layout step built.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized unit of repaired text, the output of repair (text) or layout (PDF).

    ``text`` is the repaired text (wrapped lines joined, justification spaces removed).
    The style fields are hints for segmentation; text input leaves them empty.
    """

    text: str
    start: int
    end: int
    n_lines: int = 1
    page: int | None = None
    bboxes: tuple[BBox, ...] = ()
    font_size: float | None = None  # relative to the body text size (1.0 = body)
    bold: bool = False
    role: str | None = None  # hint: "title", "heading", "table", "furniture" (running header
    #                          left in a text dump), or None for body text
    bbox_pages: tuple[int, ...] = ()  # PDF: the 1-based page of each of ``bboxes``


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int
    end: int
    page: int | None = None
    bboxes: tuple[BBox, ...] = ()
    role: str = "body"  # "body", "table" (table text kept apart from prose), "lede"
    bbox_pages: tuple[int, ...] = ()  # PDF: the 1-based page of each of ``bboxes``


@dataclass(frozen=True, slots=True)
class Section:
    heading: str | None  # None for an untitled opening section
    level: int  # 1 = top-level heading; 0 for the untitled opening
    paragraphs: tuple[Paragraph, ...]
    heading_start: int | None = None  # offset of the heading text, if any
    heading_end: int | None = None
    heading_moved: bool = False  # heading printed elsewhere (e.g. after its section) and moved here


@dataclass(frozen=True, slots=True)
class Article:
    title: str | None
    authors: tuple[str, ...]
    affiliations: tuple[str, ...]
    abstract: str | None
    sections: tuple[Section, ...]
    subtitle: str | None = None
    start: int = 0  # smallest offset of any of its text
    end: int = 0
    source: str | None = None  # the publication a source line names (来源：北京日报 → 北京日报)
    dateline: str | None = None  # a news dateline opening its lede (本报北京3月5日电)

    def paragraphs(self) -> list[tuple[int, int, Paragraph]]:
        """(section index, paragraph index, paragraph) in reading order."""
        return [
            (si, pi, p)
            for si, s in enumerate(self.sections)
            for pi, p in enumerate(s.paragraphs)
        ]


@dataclass(frozen=True, slots=True)
class Structure:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()
    #: running headers, page numbers and jump lines left in a text dump, set aside
    furniture: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class ListItemFound:
    ordinal: int  # 1-based
    marker: str  # the marker as printed: "一是", "（二）", "第三，", "①"
    lead: str  # the item's lead sentence (up to the first 。), marker excluded
    text: str  # the item's full text, marker excluded
    section: int  # index of the section within the article
    paragraph: int  # index of the paragraph within the section
    start: int  # offsets of the item (marker included) within the paragraph text
    end: int


@dataclass(frozen=True, slots=True)
class ListFound:
    style: str  # e.g. "shi" (一是), "di" (第一，), "paren_cn" (（一）), "dun_cn" (一、), ...
    items: tuple[ListItemFound, ...]
    layout: str  # "paragraph" (one item per paragraph) or "inline"
    intro: str | None = None  # sentence(s) introducing the list
    heading: str | None = None  # heading of the section the list sits in
    announced_count: int | None = None  # e.g. 4 for 四方面, 6 for 六大举措
    parent: tuple[int, int] | None = None  # (index of parent list, ordinal of parent item)
    count_matches: bool | None = None  # announced_count == len(items); None if none announced


@dataclass(frozen=True, slots=True)
class NumberMention:
    surface: str  # the text as printed, qualifiers included
    start: int  # offsets within the paragraph text
    end: int
    value: float | None  # the value; for a range, its low end
    unit: str | None  # normalized unit: "%", "个百分点", "倍", "元", "亿元", "美元/人", "年", ...
    kind: str  # "count", "money", "percent", "percentage_point", "multiple", "share",
    #            "year", "date", "month", "decade", "ordinal", "rank", "quantity", ...
    high: float | None = None  # high end for ranges
    approximate: bool = False  # 约, 近, 余, 以上, 左右, 多, 几
    direction: str | None = None  # "increase" / "decrease" when the text says so
    entity: str | None = None  # what the number is about, when the text says so
    sentence: str | None = None  # the sentence it occurs in
    date_iso: str | None = None  # kind "date": "1993-03", "2025-01-14", "--03-05" (no year)


@dataclass(frozen=True, slots=True)
class Keyword:
    word: str
    weight: float
    method: str  # "tfidf" or "textrank"
    rank: int  # 1-based within (article, method)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # decoded input, BOM removed, line ends as in the file
    encoding: str


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text and a map back to the decoded input.

    Normalization only deletes characters (CR of CRLF) or replaces one character by one,
    so the map is a sorted list of breakpoints: from ``norm_pos[i]`` on, the raw offset is
    the normalized offset plus ``shift[i]``.
    """

    text: str
    norm_pos: tuple[int, ...] = ()
    shift: tuple[int, ...] = ()
    changes: dict[str, int] = field(default_factory=dict)  # what normalization did, counted

    def to_raw(self, pos: int) -> int:
        from bisect import bisect_right

        i = bisect_right(self.norm_pos, pos) - 1
        return pos + (self.shift[i] if i >= 0 else 0)
