"""PDF layout cost against pdfplumber alone loading the characters of the same pages.

For each PDF (the corpus PDFs in ../shared/corpus/pdf when present, and generated one-, two-
and three-column pages), times (best of ``REPEAT``) ``pdfplumber.open`` + ``page.chars`` for
every page, and ``zhdoc.pdf.read_pdf`` on the same bytes, and prints both and their ratio.
Target: the layout path costs at most 1.5 x the character load. Then the overhead per document
of reading in a child process (``read_pdf_isolated``: fork, pickle the layout back) over
``read_pdf`` in-process.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from evaluation.report import Table
from evaluation.corpus import SHARED_CORPUS
from zhdoc.pdf import read_pdf, read_pdf_isolated
from zhdoc.settings import Settings

CORPUS_PDF = SHARED_CORPUS / "pdf"
REPEAT = 5
TARGET = 1.5


def load_chars(data: bytes) -> int:
    """What pdfplumber alone does: open, and load the characters of every page."""
    import io

    import pdfplumber

    n = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            n += len(page.chars)
            page.close()
    return n


def best_of(fns: list[Callable[[], object]], repeat: int = REPEAT) -> list[float]:
    """Best time of each function over ``repeat`` rounds, the functions run in turn within a
    round (so a machine busy with other work slows both sides alike)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - t)
    return best


def inputs() -> list[tuple[str, bytes]]:
    docs: list[tuple[str, bytes]] = []
    if CORPUS_PDF.is_dir():
        docs += [(p.name, p.read_bytes()) for p in sorted(CORPUS_PDF.glob("*.pdf"))]
    try:
        from typesetters import pdfgen

        for cols, n in ((1, 40), (2, 60), (3, 80)):
            d = pdfgen.make_document(cols, n, seed=100 + cols)
            docs.append((f"{d.name} ({d.truth.n_pages} pages)", d.data))
    except ImportError as e:  # reportlab or tests/ absent
        print(f"(generated pages skipped: {e})")
    return docs


def run() -> Table:
    settings = Settings()
    rows = []
    total_chars = total_layout = 0.0
    for name, data in inputs():
        n_chars = load_chars(data)  # warm-up (imports, caches)
        t_chars, t_layout = best_of([lambda d=data: load_chars(d),
                                     lambda d=data, n=name: read_pdf(d, settings, n)])
        total_chars += t_chars
        total_layout += t_layout
        rows.append((name, n_chars, round(t_chars, 3), round(t_layout, 3),
                     round(t_layout / t_chars, 2)))
    ratio = total_layout / total_chars if total_chars else float("nan")
    rows.append(("all", sum(r[1] for r in rows), round(total_chars, 3), round(total_layout, 3),
                 round(ratio, 2)))
    return Table(
        "PDF layout cost vs pdfplumber loading page.chars",
        ("pdf", "chars", "page.chars s", "read_pdf s", "ratio"),
        tuple(rows),
        notes=(f"best of {REPEAT} rounds, the two run in turn; read_pdf includes opening, the "
               "table finder, furniture, columns and paragraphs",),
        checks=((f"read_pdf at most {TARGET} x page.chars overall", ratio <= TARGET),),
    )


def isolation() -> Table:
    """Per-document cost of ``read_pdf_isolated`` over ``read_pdf`` (best of ``REPEAT``)."""
    settings = Settings()
    rows = []
    extra = []
    for name, data in inputs():
        t_in, t_iso = best_of([lambda d=data, n=name: read_pdf(d, settings, n),
                               lambda d=data, n=name: read_pdf_isolated(d, settings, n)])
        extra.append(t_iso - t_in)
        rows.append((name, round(t_in, 3), round(t_iso, 3), round(1000 * (t_iso - t_in), 1)))
    mean = sum(extra) / len(extra) if extra else float("nan")
    rows.append(("mean", "", "", round(1000 * mean, 1)))
    return Table(
        "PDF process isolation: overhead per document",
        ("pdf", "read_pdf s", "read_pdf_isolated s", "overhead ms"),
        tuple(rows),
        notes=("fork a child, read there, pickle the layout back through a pipe; best of "
               f"{REPEAT} rounds each",),
    )


def main() -> None:
    print(run().to_markdown())
    print()
    print(isolation().to_markdown())


if __name__ == "__main__":
    main()
