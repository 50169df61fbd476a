"""Output rows: one frozen dataclass per Parquet table (the public contract).

``zhdoc.output.schema`` derives the Arrow schemas from these types (the one definition);
docs/schema.md documents them, and a test keeps it in step.
Every table carries ``doc_id`` so a document's rows can be replaced as a unit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter

BBoxRow = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc_id: str
    source_path: str
    sha256: str
    media_type: str | None
    status: str  # ok / partial / failed / unsupported / no_text_layer
    error: str | None
    n_articles: int
    encoding: str | None
    encoding_confidence: float | None  # how sure the encoding detection is, 0–1 (text files)
    n_chars: int
    n_pages: int | None
    warnings: tuple[str, ...]
    pipeline_version: str


@dataclass(frozen=True, slots=True)
class ArticleRow:
    article_id: str
    doc_id: str
    ordinal: int
    title: str | None
    subtitle: str | None
    kicker: str | None
    source: str | None
    dateline: str | None
    authors: tuple[str, ...]
    affiliations: tuple[str, ...]
    abstract: str | None
    n_sections: int
    n_paragraphs: int
    raw_start: int | None
    raw_end: int | None


@dataclass(frozen=True, slots=True)
class SectionRow:
    section_id: str
    doc_id: str
    article_id: str
    ordinal: int
    heading: str | None
    level: int
    heading_moved: bool
    n_paragraphs: int


@dataclass(frozen=True, slots=True)
class ParagraphRow:
    paragraph_id: str
    doc_id: str
    article_id: str
    section_id: str
    ordinal: int
    text: str
    raw_start: int
    raw_end: int
    page: int | None
    bboxes: tuple[BBoxRow, ...]
    bbox_pages: tuple[int, ...]
    role: str


@dataclass(frozen=True, slots=True)
class ListRow:
    list_id: str
    doc_id: str
    article_id: str
    section_id: str | None
    ordinal: int
    style: str
    layout: str
    n_items: int
    announced_count: int | None
    count_matches: bool | None
    intro: str | None
    heading: str | None
    parent_list_id: str | None
    parent_item_ordinal: int | None


@dataclass(frozen=True, slots=True)
class ListItemRow:
    item_id: str
    doc_id: str
    list_id: str
    ordinal: int
    marker: str
    lead: str
    text: str
    paragraph_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NumberRow:
    number_id: str
    doc_id: str
    article_id: str
    section_id: str | None
    paragraph_id: str | None
    source: str  # where the mention is: "paragraph", "heading", "title" or "abstract"
    surface: str
    value: float | None
    value_high: float | None
    unit: str | None
    kind: str
    date_iso: str | None
    approximate: bool
    direction: str | None
    entity: str | None
    sentence: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class KeywordRow:
    doc_id: str
    article_id: str
    method: str
    rank: int
    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class FurnitureRow:
    """Running headers, footers and page numbers removed from a PDF's body text."""

    doc_id: str
    page: int | None
    kind: str
    text: str
    raw_start: int | None
    raw_end: int | None


#: table name → row type, in the order tables are documented and written
TABLES: dict[str, type] = {
    "documents": DocumentRow,
    "articles": ArticleRow,
    "sections": SectionRow,
    "paragraphs": ParagraphRow,
    "lists": ListRow,
    "list_items": ListItemRow,
    "numbers": NumberRow,
    "keywords": KeywordRow,
    "page_furniture": FurnitureRow,
}


def _values_getter(row_type: type) -> Callable[[object], tuple]:
    names = [f.name for f in fields(row_type)]
    if len(names) == 1:  # attrgetter of one name gives the value itself
        return lambda row: (getattr(row, names[0]),)
    return attrgetter(*names)


#: table name → a function giving a row's field values, in order, as a tuple (the fields are
#: scalars and tuples of scalars: read as they are, no copy as ``dataclasses.astuple`` makes)
ROW_VALUES: dict[str, Callable[[object], tuple]] = {
    name: _values_getter(row_type) for name, row_type in TABLES.items()
}
