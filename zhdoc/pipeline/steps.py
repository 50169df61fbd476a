"""The steps chained: one document's bytes → its structure and extracted items.

Each step takes a :class:`~zhdoc.model.Document` (the document's state so far) and returns a new one. The
Prefect tasks in ``tasks/`` run one step on a batch with ``run_step``; tests and notebooks
call ``process_document`` or ``analyze_text``, which chain the same steps. Importing this
module imports every step (and compiles their rules); ``zhdoc.pipeline`` gives the same names
without importing it before they are used.

>>> w = analyze_text("一是加强金融支持。\\n\\n二是深化改革。")
>>> str(w.status), len(w.structure.articles)
('ok', 1)
"""

from __future__ import annotations

import logging
import time
import traceback
from pathlib import Path
from collections.abc import Callable, Sequence
from dataclasses import replace

from zhdoc.errors import ReadError, ZhdocError
from zhdoc.extract.keywords import extract_keywords
from zhdoc.extract.lists import find_lists
from zhdoc.model import ABSTRACT, Document, Status
from zhdoc.normalize import normalize, normalize_chars
from zhdoc.extract.numbers import find_numbers
from zhdoc.read import check_size, media_type_of, read_text, sha256_hex
from zhdoc.dump.repair import repair
from zhdoc.segment.articles import segment
from zhdoc.settings import Settings

log = logging.getLogger(__name__)

Step = Callable[[Document, Settings], Document]


def step_read(w: Document, settings: Settings) -> Document:
    """bytes → decoded text (text files) or a page layout (PDF)."""
    media_type = media_type_of(w.source_path)
    w = replace(w, media_type=media_type)
    if w.data is None:  # the flow passes paths; tests and notebooks may pass bytes
        w = replace(w, data=_read_file(w.source_path, w.sha256, settings.max_file_bytes))
    check_size(len(w.data), settings.max_file_bytes, w.source_path)
    if media_type == "application/pdf":
        from zhdoc.pdf import read_pdf, read_pdf_isolated  # imports pdfplumber: only when needed
        read = read_pdf_isolated if settings.pdf_isolate else read_pdf
        layout = read(w.data, settings, source=w.source_path)
        return replace(w, data=None, pdf=layout, warnings=w.warnings + tuple(layout.warnings))
    return replace(w, data=None, decoded=read_text(w.data, w.source_path))


def _read_file(source_path: str, sha256: str, limit: int) -> bytes:
    path = Path(source_path)
    try:
        check_size(path.stat().st_size, limit, source_path)
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"{source_path}: cannot read the file: {e.strerror or e}") from None
    if sha256 and sha256_hex(data) != sha256:
        raise ReadError(f"{source_path}: the file changed while it was being read; run again")
    return data


def step_normalize(w: Document, settings: Settings) -> Document:
    """Safe Unicode normalization with an offset map (PDF blocks: one-to-one mapping only)."""
    if w.decoded is not None:
        return replace(w, normalized=normalize(w.decoded.text))
    layout = w.pdf
    blocks = tuple(replace(b, text=normalize_chars(b.text)) for b in layout.blocks)
    return replace(w, blocks=blocks)


def step_repair(w: Document, settings: Settings) -> Document:
    """Normalized text → paragraph-sized blocks (PDF blocks come from the layout step)."""
    if w.blocks is not None:
        return w
    return replace(w, blocks=repair(w.normalized.text))


def step_segment(w: Document, settings: Settings) -> Document:
    """Blocks → articles, sections, paragraphs."""
    structure = segment(w.blocks)
    return replace(w, structure=structure, warnings=w.warnings + structure.warnings)


def step_lists(w: Document, settings: Settings) -> Document:
    """Articles → enumerations."""
    return replace(w, lists=tuple(find_lists(a) for a in w.structure.articles))


def step_numbers(w: Document, settings: Settings) -> Document:
    """Titles, abstracts, headings and paragraphs → number mentions (an abstract only where it
    is not a paragraph as well, as a lede is)."""
    per_article = []
    for article in w.structure.articles:
        texts = [(None, None, article.title)]
        if article.abstract and not any(article.abstract in p.text for _, _, p in article.paragraphs()):
            texts.append((None, ABSTRACT, article.abstract))
        for si, section in enumerate(article.sections):
            texts.append((si, None, section.heading))
            texts.extend((si, pi, p.text) for pi, p in enumerate(section.paragraphs))
        found = [(si, pi, m) for si, pi, text in texts if text and (m := find_numbers(text))]
        per_article.append(tuple(found))
    return replace(w, numbers=tuple(per_article))


def step_keywords(w: Document, settings: Settings) -> Document:
    """Articles → keywords (TF-IDF and TextRank)."""
    return replace(
        w, keywords=tuple(extract_keywords(article_text(a), settings) for a in w.structure.articles)
    )


def article_text(article) -> str:
    """The text of an article for keyword extraction: title, abstract, headings, paragraphs."""
    parts = [article.title or "", article.abstract or ""]
    for s in article.sections:
        parts.append(s.heading or "")
        parts.extend(p.text for p in s.paragraphs if p.role != "table")
    return "\n".join(x for x in parts if x)


#: the steps in order; ``name`` is what tasks, timings and error messages call them
STEPS: tuple[tuple[str, Step], ...] = (
    ("read", step_read),
    ("normalize", step_normalize),
    ("repair", step_repair),
    ("segment", step_segment),
    ("lists", step_lists),
    ("numbers", step_numbers),
    ("keywords", step_keywords),
)
#: steps after which a failure leaves a usable document: it becomes "partial", not "failed"
_ENRICHING = {"lists", "numbers", "keywords"}


def run_step(name: str, step: Step, batch: Sequence[Document], settings: Settings) -> list[Document]:
    """Run one step on a batch; a document that fails is recorded and the batch goes on."""
    out = []
    for w in batch:
        if w.failed:
            out.append(w)
            continue
        t0 = time.perf_counter()
        try:
            new = step(w, settings)
        except MemoryError:  # a budget, not a bug: the worker pool records it
            raise
        except ZhdocError as e:
            new = replace(w, data=None, status=e.status, error=str(e))
        except Exception as e:  # an internal error must not stop the batch
            log.error("%s: %s step failed:\n%s", w.source_path, name, traceback.format_exc())
            message = f"{w.source_path}: internal error in step {name}: {type(e).__name__}: {e}"
            if name in _ENRICHING:
                new = replace(w, status=Status.PARTIAL, warnings=w.warnings + (message,))
            else:
                new = replace(w, data=None, status=Status.FAILED, error=message)
        out.append(replace(new, timings=new.timings + ((name, time.perf_counter() - t0),)))
    return out


def finish(w: Document) -> Document:
    """Mark a document that went through every step as ok (unless partial or failed)."""
    return replace(w, status=Status.OK) if w.status == Status.PENDING else w


def start(source_path: str, data: bytes) -> Document:
    return Document(source_path=source_path, sha256=sha256_hex(data), data=data)


def process_document(source_path: str, data: bytes, settings: Settings | None = None) -> Document:
    """Every step on one document; expected failures come back as a status, never raised."""
    settings = settings or Settings()
    batch = [start(source_path, data)]
    for name, step in STEPS:
        batch = run_step(name, step, batch, settings)
    return finish(batch[0])


def analyze_text(text: str, settings: Settings | None = None, name: str = "text.txt") -> Document:
    """Convenience for notebooks and evaluation: process a string as a UTF-8 text file."""
    return process_document(name, text.encode("utf-8"), settings)
