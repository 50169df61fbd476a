"""PDF reading on fixtures from three independent typesetters, beside plain-text baselines.

The fixtures (``tests/fixtures/typeset/<typesetter>/NAME.pdf`` with ``NAME.truth.json``, made by
``typesetters/reportlab_frames.py``, ``libreoffice.py`` and ``xelatex.py``; see
``typesetters/README.md``) are excerpts of the State Council work reports set with columns,
headers and footers, pull quotes, figures and tables. Per document:

- **CER**: edit distance over the truth's length, on the prose (every truth paragraph but
  tables, in reading order, joined) with all whitespace removed on both sides. For
  ``read_pdf`` the text is its blocks but ``role == "table"`` ones, in order.
- **para F1**: F1 of exact paragraph matches, whitespace ignored, as multisets
  (``evaluation.metrics.paragraph_f1_squeezed``): a paragraph split at a column end, run
  into the next one, holding a leaked header or a wrong character is a miss.
- **leaks**: furniture (running headers, footers, page numbers, per the truth) found inside
  output paragraphs beyond what the true paragraphs hold (``furniture_leaks``).
- **headings**: true titles and headings that come out as a block of their own with role
  ``title`` or ``heading``.

Baselines, on the same pages: pdfplumber's ``page.extract_text()`` (a paragraph per line) and
PyMuPDF's plain ``page.get_text()`` (CER; paragraphs: one per ``get_text("blocks")`` text
block, its lines joined). For their CER, lines made only of furniture or table-cell text are
taken out first (with the truth's help: an upper bound on plain text); their leaks are counted
on the text as it comes. Speed: ``read_pdf`` against pdfplumber loading every page's ``chars``,
each the best of ``evaluation.time_rounds()`` runs taken in turn, summed over a typesetter's
documents.
"""

from __future__ import annotations

import io
import statistics
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from evaluation import time_rounds
from evaluation.corpus import ROOT
from evaluation.metrics import (cer_squeezed, first_differences, furniture_leaks,
                                paragraph_f1_squeezed, squeeze)
from evaluation.report import Table
from typesetters.truth import Truth
from zhdoc.model import PdfLayout
from zhdoc.pdf import read_pdf
from zhdoc.settings import Settings

FIXTURES = ROOT / "tests" / "fixtures" / "typeset"
TYPESETTERS = ("reportlab", "libreoffice", "xelatex")
#: the real-looking two-column book: a title over both columns, running header and footer
BOOK = ("libreoffice", "lo01_book_two_columns")
TARGET_CER = 0.005
TARGET_F1 = 0.97
TARGET_BOOK_F1 = 0.95
TARGET_SPEED = 1.5  # read_pdf's time over pdfplumber's loading the same pages' characters

#: the reader as it was at b7d8ee5 (2026-12-03), before any change for issue 10: per
#: typesetter, (worst CER, median CER, worst para F1, median para F1, leaks in all documents,
#: documents with CER worse than PyMuPDF's plain text)
FIRST_MEASUREMENT: dict[str, tuple[float, float, float, float, int, int]] = {
    "reportlab": (0.4384, 0.0, 0.214, 0.690, 0, 3),
    "libreoffice": (0.0030, 0.0, 0.579, 1.000, 0, 1),
    "xelatex": (0.8479, 0.3581, 0.216, 0.487, 1, 7),
}

#: what ``read_pdf`` reaches on the committed fixtures, held by tests/test_typeset_fixtures.py:
#: per typesetter, the worst CER and the leaks may not rise, the worst and mean paragraph F1
#: and the headings found may not fall. The reader's developer raises them as it improves.
FLOORS: dict[str, dict[str, float]] = {
    "reportlab": {"max_cer": 0.0, "min_f1": 1.0, "mean_f1": 1.0, "leaks": 0, "headings": 54},
    "libreoffice": {"max_cer": 0.0, "min_f1": 1.0, "mean_f1": 1.0, "leaks": 0, "headings": 25},
    "xelatex": {"max_cer": 0.0, "min_f1": 1.0, "mean_f1": 1.0, "leaks": 0,
                "headings": 35},
}


@dataclass(frozen=True)
class Figures:
    """One document's figures: the reader's, and the baselines' on the same pages."""

    name: str
    pages: int
    paragraphs: int
    cer: float
    f1: float
    leaks: int
    headings: int
    n_headings: int
    plumber_cer: float
    plumber_f1: float
    plumber_leaks: int
    mupdf_cer: float
    mupdf_f1: float
    mupdf_leaks: int
    read_s: float
    chars_s: float
    differences: tuple[str, ...]  # the first places where the reader's text differs
    missed: tuple[str, ...]  # the first true paragraphs not matched, with what came out


def fixtures(typesetter: str) -> list[Path]:
    return sorted((FIXTURES / typesetter).glob("*.pdf"))


def load(pdf: Path) -> tuple[bytes, Truth]:
    return pdf.read_bytes(), Truth.load(pdf.with_suffix(".truth.json"))


def _drop_lines(text: str, truth: Truth) -> str:
    """Plain text less the lines made only of furniture or table cells (and their rows)."""
    parts = sorted({squeeze(x) for x in [*truth.furniture_texts(),
                                           *(c for r in truth.table_rows() for c in r),
                                           *("".join(r) for r in truth.table_rows())]
                    if squeeze(x)}, key=len, reverse=True)
    keep = []
    for line in text.split("\n"):
        rest = squeeze(line)
        for p in parts:
            rest = rest.replace(p, "")
        if rest:
            keep.append(line)
    return "\n".join(keep)


def _pdfplumber(data: bytes) -> str:
    """``extract_text()`` of every page."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _load_chars(data: bytes) -> float:
    """The seconds pdfplumber takes to open the file and load every page's chars (what
    read_pdf starts from)."""
    import pdfplumber

    t0 = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.chars  # noqa: B018
    return time.perf_counter() - t0


def _timed_read(data: bytes, name: str) -> tuple[PdfLayout, float, float]:
    """The layout, and the best of ``time_rounds()`` timings of read_pdf and of pdfplumber
    loading the chars, run in turn (one run of each is at the mercy of whatever else the
    machine is doing: it has shown read_pdf faster than the loading it starts with)."""
    reads, loads = [], []
    layout = None
    for _ in range(time_rounds()):
        t0 = time.perf_counter()
        layout = read_pdf(data, Settings(), name)
        reads.append(time.perf_counter() - t0)
        loads.append(_load_chars(data))
    assert layout is not None
    return layout, min(reads), min(loads)


def _pymupdf(data: bytes) -> tuple[str, list[str]]:
    """Plain ``get_text()`` of every page, and its text blocks with their lines joined."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        text = "\n".join(page.get_text() for page in doc)
        blocks = [b[4].replace("\n", "") for page in doc for b in page.get_text("blocks")
                  if b[6] == 0]
    return text, blocks


def _missed(got: list[str], truth: list[str], n: int = 3) -> tuple[str, ...]:
    """The first true paragraphs with no exact match, each with the output paragraph holding
    its opening characters (or its closing ones)."""
    have = {squeeze(g) for g in got}
    out = []
    for t in truth:
        s = squeeze(t)
        if s in have:
            continue
        head, tail = s[:8], s[-6:]
        where = next((g for g in got if head in squeeze(g)), None) or next(
            (g for g in got if tail in squeeze(g)), None)
        shown = squeeze(where) if where is not None else "(not found)"
        out.append(f"«{s[:14]}…{s[-8:]}» came out in «{shown[:14]}…{shown[-10:]}»"
                   if len(shown) > 26 else f"«{s[:14]}…{s[-8:]}» came out as «{shown}»")
        if len(out) >= n:
            break
    return tuple(out)


def measure(pdf: Path) -> Figures:
    data, truth = load(pdf)
    layout, read_s, chars_s = _timed_read(data, pdf.name)
    prose = [b.text for b in layout.blocks if b.role != "table"]
    truth_texts = truth.texts()
    truth_text = "\n".join(truth_texts)
    furniture = truth.furniture_texts()
    heads = [p.text for p in truth.prose() if p.role in ("title", "heading")]
    got_heads = {squeeze(b.text) for b in layout.blocks if b.role in ("title", "heading")}
    plumber = _pdfplumber(data)
    mupdf, blocks = _pymupdf(data)
    return Figures(
        pdf.stem, truth.pages, len(truth_texts),
        cer_squeezed("\n".join(prose), truth_text),
        paragraph_f1_squeezed(prose, truth_texts),
        furniture_leaks(prose, truth_texts, furniture),
        sum(squeeze(h) in got_heads for h in heads), len(heads),
        cer_squeezed(_drop_lines(plumber, truth), truth_text),
        paragraph_f1_squeezed(plumber.split("\n"), truth_texts),
        furniture_leaks(plumber.split("\n"), truth_texts, furniture),
        cer_squeezed(_drop_lines(mupdf, truth), truth_text),
        paragraph_f1_squeezed(blocks, truth_texts),
        furniture_leaks(blocks, truth_texts, furniture),
        read_s, chars_s,
        tuple(first_differences("\n".join(prose), truth_text)),
        _missed(prose, truth_texts),
    )


@lru_cache(maxsize=None)
def measure_all(typesetter: str) -> tuple[Figures, ...]:
    """Every fixture of one typesetter (cached: tests and the report share one pass)."""
    return tuple(measure(p) for p in fixtures(typesetter))


def summary(figs: tuple[Figures, ...]) -> dict[str, float]:
    """The figures FLOORS and FIRST_MEASUREMENT hold, for one typesetter."""
    return {
        "max_cer": max(f.cer for f in figs), "median_cer": statistics.median(f.cer for f in figs),
        "min_f1": min(f.f1 for f in figs), "median_f1": statistics.median(f.f1 for f in figs),
        "mean_f1": statistics.fmean(f.f1 for f in figs),
        "leaks": sum(f.leaks for f in figs), "headings": sum(f.headings for f in figs),
        "worse_than_mupdf": sum(f.cer > f.mupdf_cer + 1e-9 for f in figs),
    }


def _first_note(typesetter: str) -> str:
    m = FIRST_MEASUREMENT.get(typesetter)
    if m is None:
        return ""
    return (f"First measurement (reader at b7d8ee5, before any change for issue 10): worst CER "
            f"{m[0]:.4f}, median CER {m[1]:.4f}, worst para F1 {m[2]:.3f}, median para F1 "
            f"{m[3]:.3f}, {m[4]} leaks, CER worse than PyMuPDF's on {m[5]} documents.")


def typesetter_table(typesetter: str) -> Table | None:
    figs = measure_all(typesetter)
    if not figs:
        return None
    s = summary(figs)
    rows = tuple(
        (f.name, f.pages, f.paragraphs, round(f.cer, 4), round(f.plumber_cer, 4),
         round(f.mupdf_cer, 4), round(f.f1, 3), round(f.plumber_f1, 3), round(f.mupdf_f1, 3),
         f.leaks, f.plumber_leaks, f.mupdf_leaks, f"{f.headings}/{f.n_headings}")
        for f in figs)
    read_s, chars_s = sum(f.read_s for f in figs), sum(f.chars_s for f in figs)
    ratio = read_s / max(chars_s, 1e-9)
    worst = sorted(figs, key=lambda f: (f.f1, -f.cer))[:3]
    notes = [
        "CER over the prose with whitespace ignored; para F1: exact paragraph matches; leaks: "
        "running header, footer or page-number text inside paragraphs (see the module "
        "docstring). Baselines: pdfplumber `extract_text()` (a paragraph per line), PyMuPDF "
        "plain `get_text()` (a paragraph per text block); their CER without the lines made "
        "only of furniture or table cells.",
        f"Speed: read_pdf {read_s:.2f} s, pdfplumber loading the same pages' chars "
        f"{chars_s:.2f} s ({ratio:.2f}×).",
        _first_note(typesetter),
        "Worst documents (first differences; true paragraphs missed):",
    ]
    for f in worst:
        notes.append(f"- {f.name} (CER {f.cer:.4f}, F1 {f.f1:.3f}): "
                     + "; ".join(f.differences[:2] or ("no character differences",)) + " | "
                     + "; ".join(f.missed[:2] or ("every paragraph matched",)))
    checks = [
        (f"CER <= {TARGET_CER} on every document (worst {s['max_cer']:.4f})",
         s["max_cer"] <= TARGET_CER),
        (f"CER never worse than PyMuPDF's plain text ({s['worse_than_mupdf']} documents worse)",
         s["worse_than_mupdf"] == 0),
        (f"paragraph F1 >= {TARGET_F1} on every document (worst {s['min_f1']:.3f})",
         s["min_f1"] >= TARGET_F1),
        (f"no header, footer or page number in any paragraph ({s['leaks']} found)",
         s["leaks"] == 0),
    ]
    timed = ((f"reading within {TARGET_SPEED}× of pdfplumber loading the chars ({ratio:.2f}×)",
              ratio <= TARGET_SPEED),)
    if typesetter == BOOK[0]:
        book = next((f for f in figs if f.name == BOOK[1]), None)
        if book is not None:
            checks.append((f"the two-column book ({BOOK[1]}): paragraph F1 >= "
                           f"{TARGET_BOOK_F1} ({book.f1:.3f})", book.f1 >= TARGET_BOOK_F1))
    return Table(
        f"PDF reading on {typesetter} fixtures (read_pdf beside pdfplumber and PyMuPDF)",
        ("document", "pages", "paragraphs", "CER", "CER pdfplumber", "CER PyMuPDF", "para F1",
         "F1 pdfplumber", "F1 PyMuPDF", "leaks", "leaks pdfplumber", "leaks PyMuPDF",
         "headings"),
        rows, notes=tuple(n for n in notes if n), checks=tuple(checks),
        timed_checks=timed)


def run(corpus_dir: Path | None) -> list[Table]:
    """A table per typesetter; the fixtures are committed, so the corpus is not needed."""
    return [t for t in map(typesetter_table, TYPESETTERS) if t is not None]
