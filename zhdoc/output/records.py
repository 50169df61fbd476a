"""A processed document → rows of every table and its JSON summary.

IDs are deterministic and readable: ``doc_id`` is the first 16 hex digits of the file's
SHA-256; children append their ordinals (``<doc>-a1``, ``<doc>-a1-s2``, ``<doc>-a1-s2-p3``,
``<doc>-a1-l1``, ``<doc>-a1-l1-i2``, ``<doc>-a1-s2-p3-n1``). The same bytes always give the
same IDs and the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import starmap
from typing import Any

from zhdoc import SCHEMA_VERSION
from zhdoc import PIPELINE_VERSION
from zhdoc.inputs.names import displayable
from zhdoc.model import ABSTRACT, Document
from zhdoc.output.rows import (
    ROW_VALUES,
    TABLES,
    ArticleRow,
    DocumentRow,
    FurnitureRow,
    KeywordRow,
    ListItemRow,
    ListRow,
    NumberRow,
    ParagraphRow,
    SectionRow,
)


def article_id(doc_id: str, a: int) -> str:
    return f"{doc_id}-a{a + 1}"


def section_id(doc_id: str, a: int, s: int) -> str:
    return f"{doc_id}-a{a + 1}-s{s + 1}"


def paragraph_id(doc_id: str, a: int, s: int, p: int) -> str:
    return f"{doc_id}-a{a + 1}-s{s + 1}-p{p + 1}"


def to_rows(w: Document) -> dict[str, list[object]]:
    """Every table's rows for one document (failed documents get only their documents row)."""
    doc = w.doc_id
    rows: dict[str, list[object]] = defaultdict(list)
    articles = w.structure.articles if w.structure is not None else ()
    text = w.decoded.text if w.decoded is not None else getattr(w.pdf, "text", "")
    rows["documents"].append(
        DocumentRow(
            doc_id=doc, source_path=displayable(w.source_path), sha256=w.sha256,
            media_type=w.media_type, status=str(w.status),
            error=displayable(w.error) if w.error is not None else None, n_articles=len(articles),
            encoding=w.decoded.encoding if w.decoded is not None else None,
            encoding_confidence=_confidence(w),
            n_chars=len(text), n_pages=w.n_pages, warnings=tuple(map(displayable, w.warnings)),
            pipeline_version=PIPELINE_VERSION,
        )
    )
    for a, art in enumerate(articles):
        aid = article_id(doc, a)
        paras = art.paragraphs()
        starts = [p.start for _, _, p in paras]
        ends = [p.end for _, _, p in paras]
        rows["articles"].append(
            ArticleRow(
                article_id=aid, doc_id=doc, ordinal=a + 1, title=art.title,
                subtitle=art.subtitle, kicker=art.kicker, source=art.source, dateline=art.dateline,
                authors=tuple(art.authors),
                affiliations=tuple(art.affiliations), abstract=art.abstract,
                n_sections=len(art.sections), n_paragraphs=len(paras),
                raw_start=w.raw_offset(min(starts)) if starts else None,
                raw_end=w.raw_offset(max(ends)) if ends else None,
            )
        )
        for s, sec in enumerate(art.sections):
            rows["sections"].append(
                SectionRow(
                    section_id=section_id(doc, a, s), doc_id=doc, article_id=aid,
                    ordinal=s + 1, heading=sec.heading, level=sec.level,
                    heading_moved=sec.heading_moved, n_paragraphs=len(sec.paragraphs),
                )
            )
            for p, par in enumerate(sec.paragraphs):
                rows["paragraphs"].append(
                    ParagraphRow(
                        paragraph_id=paragraph_id(doc, a, s, p), doc_id=doc, article_id=aid,
                        section_id=section_id(doc, a, s), ordinal=p + 1, text=par.text,
                        raw_start=w.raw_offset(par.start), raw_end=w.raw_offset(par.end),
                        page=par.page, bboxes=tuple(tuple(b) for b in par.bboxes),
                        bbox_pages=tuple(par.bbox_pages),
                        role=par.role,
                    )
                )
        if w.lists is not None:
            _list_rows(rows, doc, a, art, w.lists[a])
        if w.numbers is not None:
            for s, p, mentions in w.numbers[a]:
                sid = section_id(doc, a, s) if s is not None else None
                pid = paragraph_id(doc, a, s, p) if sid and p is not None else None
                source = "paragraph" if pid else "heading" if sid else "abstract" if p == ABSTRACT else "title"
                prefix = pid or (f"{sid}-h" if sid else f"{aid}-ab" if p == ABSTRACT else f"{aid}-t")
                for n, m in enumerate(mentions):
                    rows["numbers"].append(
                        NumberRow(
                            number_id=f"{prefix}-n{n + 1}", doc_id=doc, article_id=aid,
                            section_id=sid, paragraph_id=pid, source=source,
                            surface=m.surface, value=m.value,
                            value_high=m.high, unit=m.unit, kind=m.kind, date_iso=m.date_iso,
                            approximate=m.approximate, direction=m.direction, entity=m.entity,
                            sentence=m.sentence, start=m.start, end=m.end,
                        )
                    )
        if w.keywords is not None:
            for k in w.keywords[a]:
                rows["keywords"].append(
                    KeywordRow(doc_id=doc, article_id=aid, method=k.method, rank=k.rank,
                               word=k.word, weight=float(k.weight))
                )
    for f in getattr(w.pdf, "furniture", ()):
        rows["page_furniture"].append(
            FurnitureRow(doc_id=doc, page=f.page, kind=f.kind, text=f.text,
                         raw_start=None, raw_end=None)
        )
    if w.decoded is not None and w.structure is not None:  # left in a text dump
        from zhdoc.segment.kinds import furniture_kind  # the rules: not for a run's planner

        for b in w.structure.furniture:
            kind = b.furniture or furniture_kind(b.text)
            rows["page_furniture"].append(
                FurnitureRow(doc_id=doc, page=None, kind=kind, text=b.text,
                             raw_start=w.raw_offset(b.start), raw_end=w.raw_offset(b.end))
            )
    return rows


def _confidence(w: Document) -> float | None:
    return w.decoded.confidence if w.decoded is not None else None


def _list_rows(rows, doc: str, a: int, art, lists) -> None:
    aid = article_id(doc, a)
    for l_index, lst in enumerate(lists):
        lid = f"{aid}-l{l_index + 1}"
        first = lst.items[0] if lst.items else None
        parent_id = parent_ord = None
        if lst.parent is not None:
            parent_id, parent_ord = f"{aid}-l{lst.parent[0] + 1}", lst.parent[1]
        rows["lists"].append(
            ListRow(
                list_id=lid, doc_id=doc, article_id=aid,
                section_id=section_id(doc, a, first.section) if first else None,
                ordinal=l_index + 1, style=lst.style, layout=lst.layout,
                n_items=len(lst.items), announced_count=lst.announced_count,
                count_matches=getattr(lst, "count_matches", None),
                intro=lst.intro, heading=lst.heading,
                parent_list_id=parent_id, parent_item_ordinal=parent_ord,
            )
        )
        for item in lst.items:
            rows["list_items"].append(
                ListItemRow(
                    item_id=f"{lid}-i{item.ordinal}", doc_id=doc, list_id=lid,
                    ordinal=item.ordinal, marker=item.marker, lead=item.lead, text=item.text,
                    paragraph_id=paragraph_id(doc, a, item.section, item.paragraph),
                    start=item.start, end=item.end,
                )
            )


def summary(w: Document) -> dict[str, Any]:
    """The per-document JSON summary: status, structure outline, lists, keywords, counts."""
    doc = w.doc_id
    articles = w.structure.articles if w.structure is not None else ()
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        "doc_id": doc,
        "source_path": displayable(w.source_path),
        "sha256": w.sha256,
        "media_type": w.media_type,
        "status": str(w.status),
        "error": displayable(w.error) if w.error is not None else None,
        "encoding": w.decoded.encoding if w.decoded is not None else None,
        "encoding_confidence": _confidence(w),
        "n_pages": w.n_pages,
        "normalization": dict(w.normalized.changes) if w.normalized is not None else {},
        "warnings": [displayable(x) for x in w.warnings],
        "n_articles": len(articles),
        "articles": [],
    }
    for a, art in enumerate(articles):
        entry: dict[str, Any] = {
            "article_id": article_id(doc, a),
            "title": art.title,
            "subtitle": art.subtitle,
            "source": art.source,
            "dateline": art.dateline,
            "authors": list(art.authors),
            "affiliations": list(art.affiliations),
            "abstract": art.abstract,
            "sections": [
                {"heading": s.heading, "level": s.level, "heading_moved": s.heading_moved,
                 "n_paragraphs": len(s.paragraphs)}
                for s in art.sections
            ],
            "n_paragraphs": sum(len(s.paragraphs) for s in art.sections),
        }
        if w.lists is not None:
            entry["lists"] = [
                {"style": lst.style, "layout": lst.layout, "n_items": len(lst.items),
                 "announced_count": lst.announced_count, "intro": lst.intro,
                 "items": [i.lead for i in lst.items]}
                for lst in w.lists[a]
            ]
        if w.numbers is not None:
            entry["n_numbers"] = sum(len(m) for _, _, m in w.numbers[a])
        if w.keywords is not None:
            by_method: dict[str, list[str]] = defaultdict(list)
            for k in w.keywords[a]:
                by_method[k.method].append(k.word)
            entry["keywords"] = dict(by_method)
        out["articles"].append(entry)
    return out


@dataclass(frozen=True)
class Rendered:
    """A processed document as the write step needs it: its rows and summary, already made
    (a worker process renders, so only rows travel back), plus what the run report counts."""

    doc_id: str
    source_path: str  # displayable
    status: str
    failed: bool
    error: str | None
    warnings: tuple[str, ...]
    timings: tuple[tuple[str, float], ...]
    rows: dict[str, list[object]]
    summary: dict[str, Any]

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled (a worker sends it to the run's process) with each row as the tuple of its
        fields, remade into its dataclass on arrival: pickling the ~20,000 row dataclasses of
        the bulk corpus took ~0.1 s of the worker's time, their tuples a third of it."""
        rows = {table: [TABLES[table], list(map(ROW_VALUES[table], table_rows))]
                for table, table_rows in self.rows.items()}
        return _unpickle_rendered, (self.doc_id, self.source_path, self.status, self.failed,
                                    self.error, self.warnings, self.timings, rows, self.summary)


def _unpickle_rendered(doc_id: str, source_path: str, status: str, failed: bool,
                       error: str | None, warnings: tuple[str, ...],
                       timings: tuple[tuple[str, float], ...],
                       rows: dict[str, list[Any]], summary: dict[str, Any]) -> Rendered:
    return Rendered(doc_id, source_path, status, failed, error, warnings, timings,
                    {table: list(starmap(row_type, values)) for table, (row_type, values) in rows.items()},
                    summary)


def render(w: Document) -> Rendered:
    """A processed document → its rows and summary."""
    return Rendered(
        doc_id=w.doc_id, source_path=displayable(w.source_path), status=str(w.status),
        failed=w.failed, error=displayable(w.error) if w.error is not None else None,
        warnings=tuple(displayable(x) for x in w.warnings), timings=tuple(w.timings),
        rows=dict(to_rows(w)), summary=summary(w),
    )
