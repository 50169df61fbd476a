"""The data model: frozen dataclasses passed between the pipeline's steps.

A document flows through these types in order::

    bytes --read--> Decoded --normalize--> Normalized --repair--> [Block]
          --read (PDF)--> PdfLayout([Block], [Furniture])
          --segment--> Structure(articles -> sections -> paragraphs)
          --lists/numbers/keywords--> ListFound / NumberMention / Keyword

and :class:`Document` carries one document's state through the steps, with its
:class:`Status`.

Everything is immutable; a step returns new objects and never mutates its input.
Offsets (``start``/``end``) are half-open character offsets. For text input they
index the *normalized* text (``Normalized.text``); ``Normalized.to_raw`` maps them
back to the decoded input. For PDF input they index the text the layout step built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
    role: str | None = None  # hint: "title", "kicker" (引题 over a title), "subtitle",
    #                          "byline", "heading", "table", "furniture" (running header left
    #                          in a text dump), or None for body text
    bbox_pages: tuple[int, ...] = ()  # PDF: the 1-based page of each of ``bboxes``
    group: int | None = None  # PDF: the article the layout put it in (a page of several
    #                           articles, each under its head), numbered through the document
    furniture: str | None = None  # a "furniture" block's kind where its reader knows it
    #                               ("label", "caption": page_furniture.kind)


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
    kicker: str | None = None  # the line over a title that leads into it (引题): 努力增进民生福祉

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
    #            "year", "date", "duration", "decade", "ordinal", "rank", "quantity", ...
    high: float | None = None  # high end for ranges
    approximate: bool = False  # 约, 近, 余, 以上, 左右, 多, 几
    direction: str | None = None  # "increase" / "decrease" when the text says so
    entity: str | None = None  # what the number is about, when the text says so
    sentence: str | None = None  # the sentence it occurs in
    date_iso: str | None = None  # kind "date": "1993-03", "2025-01-14", "--03-05" (no year), "---19"


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
    confidence: float = 1.0  # how sure the encoding detection is (0–1)


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


@dataclass(frozen=True, slots=True)
class Furniture:
    """A running header, footer or page number removed from a PDF's body text."""

    page: int  # 1-based
    text: str
    kind: str  # "header", "footer" or "page_number"
    bbox: BBox = (0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class PdfLayout:
    """What the PDF reader made of one PDF."""

    text: str  # the body text: block texts separated by "\n\n"
    blocks: tuple[Block, ...]  # paragraph-level units in reading order, offsets into ``text``
    furniture: tuple[Furniture, ...]  # running headers, footers, page numbers removed
    n_pages: int
    warnings: tuple[str, ...] = ()
    body_size: float = 0.0  # the body text's font size in points (``Block.font_size`` is relative)


class Status(StrEnum):
    """A document's outcome, as recorded in the ``documents`` table.

    >>> Status.OK == "ok", Status.NO_TEXT_LAYER.done
    (True, True)
    """

    PENDING = "pending"  # still going through the steps
    OK = "ok"  # every step ran
    PARTIAL = "partial"  # the structure is there; lists, numbers or keywords failed
    FAILED = "failed"  # could not be read or structured (a message says why)
    UNSUPPORTED = "unsupported"  # a file type zhdoc does not read
    NO_TEXT_LAYER = "no_text_layer"  # a scanned PDF: no text to read (no OCR)

    @property
    def done(self) -> bool:
        """Whether no further step runs on the document (it failed or was not readable)."""
        return self not in (Status.PENDING, Status.OK, Status.PARTIAL)


#: the numbers of one article: (section index, paragraph index, mentions) per text holding any;
#: paragraph index None for a section heading, both None for the article title, section None
#: and paragraph ``ABSTRACT`` for an abstract that is no paragraph of its own (■ summaries)
ArticleNumbers = tuple[tuple[int | None, int | None, tuple[NumberMention, ...]], ...]
ABSTRACT = -1


@dataclass(frozen=True)
class Document:
    """One document as it passes through the steps: where it came from, its status, and what
    each step has made of it so far (a step returns a new Document, never mutates one).
    """

    source_path: str
    sha256: str
    data: bytes | None = None  # the file's bytes, dropped after the read step
    media_type: str | None = None
    status: Status = Status.PENDING
    error: str | None = None
    decoded: Decoded | None = None  # text input
    normalized: Normalized | None = None  # text input
    pdf: PdfLayout | None = None  # PDF input
    blocks: tuple[Block, ...] | None = None
    structure: Structure | None = None
    lists: tuple[tuple[ListFound, ...], ...] | None = None  # per article
    numbers: tuple[ArticleNumbers, ...] | None = None  # per article
    keywords: tuple[tuple[Keyword, ...], ...] | None = None  # per article
    warnings: tuple[str, ...] = ()
    timings: tuple[tuple[str, float], ...] = field(default=())

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]

    @property
    def failed(self) -> bool:
        return Status(self.status).done

    @property
    def n_pages(self) -> int | None:
        return self.pdf.n_pages if self.pdf is not None else None

    def raw_offset(self, pos: int) -> int:
        """A normalized-text offset → an offset in the decoded input (identity for PDF)."""
        return self.normalized.to_raw(pos) if self.normalized is not None else pos
