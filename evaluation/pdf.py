"""PDF layout evaluation: generated pages against their truth, and the corpus PDFs.

Generated pages (typesetters/pdfgen.py: one, two and three columns, title, byline, abstract, `▎`
headings, running header and footer, page numbers, paragraphs across columns and pages, a line
justified with wide gaps, a ruled table): character error rate of the body text, paragraph F1,
header/footer leakage and spaces between CJK characters, for ``read_pdf`` and, as the baseline,
pdfplumber's plain ``extract_text()``. Corpus PDFs (``corpus_dir/pdf``): what comes out.

>>> levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("中国经济", "中国经纪")
(3, 3, 1)
"""

from __future__ import annotations

import importlib
import io
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from zhdoc.errors import ZhdocError
from evaluation.report import Table
from zhdoc.rules.bylines import BYLINE_OPENING_PDF as RE_PDF_BYLINE
from zhdoc.rules.chars import CJK
from zhdoc.rules.pdf import NUMERIC_CELL as RE_PDF_NUMERIC_CELL
from zhdoc.model import PdfLayout
from zhdoc.pdf import read_pdf
from zhdoc.pdf.tables import CELL_SEP
from zhdoc.settings import Settings

RE_CJK_SPACE = re.compile(f"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")
TARGET_CER = 0.005
TARGET_F1 = 0.97
ROBUST_N = 40


def levenshtein(a: str, b: str) -> int:
    """Edit distance by the bit-parallel algorithm (Myers 1999, Hyyrö 2003): O(len(a) * len(b) / w)."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    full = (1 << m) - 1
    last = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    return score


def cer(got: str, truth: str) -> float:
    """Character error rate: edit distance over the truth's length (line breaks ignored)."""
    g, t = got.replace("\n", ""), truth.replace("\n", "")
    return levenshtein(g, t) / max(1, len(t))


def paragraph_f1(got: list[str], truth: list[str]) -> float:
    """F1 of exact paragraph matches (surrounding whitespace ignored), as multisets."""
    g = Counter(s.strip() for s in got if s.strip())
    t = Counter(s.strip() for s in truth if s.strip())
    hit = sum((g & t).values())
    if not hit:
        return 0.0
    p, r = hit / sum(g.values()), hit / sum(t.values())
    return 2 * p * r / (p + r)


def cjk_spaces(text: str) -> int:
    return len(RE_CJK_SPACE.findall(text))


def prose_cjk_spaces(paragraphs: list[str]) -> int:
    """Spaces between CJK characters outside bylines (where they part names: `□ 张明 李华`)."""
    return sum(cjk_spaces(t) for t in paragraphs if not RE_PDF_BYLINE.match(t))


def mostly_numbers(text: str) -> bool:
    """A paragraph whose space-separated tokens are mostly numbers: a table row run into prose.

    >>> mostly_numbers("华东 7.3% 5.5%"), mostly_numbers("2025 年 03 月 31 日"), mostly_numbers("增长5%")
    (True, False, False)
    """
    tokens = text.split()
    numbers = sum(1 for t in tokens if RE_PDF_NUMERIC_CELL.match(t))
    return len(tokens) >= 2 and 2 * numbers > len(tokens)


def _pdfgen() -> Any | None:
    return _typesetter("pdfgen")


def _baseline(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _leaks(body: str, furniture: list[str]) -> int:
    return sum(body.count(f) for f in furniture if f)


def generated_table() -> Table | None:
    gen = _pdfgen()
    if gen is None:
        return None
    settings = Settings()
    rows = []
    worst_cer, worst_f1, leaks, spaces, tables_ok = 0.0, 1.0, 0, 0, True
    for doc in gen.standard_set():
        truth = doc.truth
        layout = read_pdf(doc.data, settings, doc.name)
        prose = [b.text for b in layout.blocks if b.role != "table"]
        body = "\n".join(prose)
        truth_text = "\n".join(truth.texts())
        furniture = [*{h for h in truth.headers for h in h.split(" ", 1)}, *truth.footers]
        base = _baseline(doc.data)
        c, cb = cer(body, truth_text), cer(base, truth_text)
        f1, f1b = paragraph_f1(prose, truth.texts()), paragraph_f1(base.split("\n"), truth.texts())
        lk, lkb = _leaks(body, furniture), _leaks(base, furniture)
        sp, spb = prose_cjk_spaces(prose), cjk_spaces(base)
        table_rows = [b.text for b in layout.blocks if b.role == "table"]
        t_ok = table_rows == list(truth.table_rows) and not any(
            r in body for r in truth.table_rows)
        worst_cer, worst_f1 = max(worst_cer, c), min(worst_f1, f1)
        leaks, spaces, tables_ok = leaks + lk, spaces + sp, tables_ok and t_ok
        rows.append((doc.name, truth.columns, truth.n_pages, len(truth.paragraphs),
                     round(c, 4), round(cb, 4), round(f1, 3), round(f1b, 3), lk, lkb, sp, spb,
                     "yes" if t_ok else "NO"))
    return Table(
        "PDF layout on generated pages (read_pdf vs pdfplumber extract_text baseline)",
        ("document", "columns", "pages", "paragraphs", "CER", "CER base", "para F1",
         "para F1 base", "header/footer leaks", "leaks base", "CJK spaces", "CJK spaces base",
         "table rows apart"),
        tuple(rows),
        notes=("CER: edit distance / truth length, line breaks ignored; the baseline's text "
               "includes tables, headers and footers as pdfplumber returns them. Paragraph F1: "
               "exact matches (baseline: one paragraph per line). CJK spaces: outside bylines, "
               "whose spaces part names (`□ 本报记者 张明 李华`).",),
        checks=(
            (f"CER <= {TARGET_CER:.1%} on every generated document (worst {worst_cer:.4f})",
             worst_cer <= TARGET_CER),
            (f"paragraph F1 >= {TARGET_F1} on every generated document (worst {worst_f1:.3f})",
             worst_f1 >= TARGET_F1),
            (f"no header/footer/page-number text in body ({leaks} found)", leaks == 0),
            (f"no space between CJK characters ({spaces} found)", spaces == 0),
            ("table rows come out as role=table blocks, none in prose", tables_ok),
        ),
    )


def robustness_table(n: int = ROBUST_N, seed: int = 0) -> Table | None:
    """``n`` generated documents in random styles (sizes, leading, gutters, block paragraphs,
    shuffled drawing order, side bars): how many meet the targets."""
    gen = _pdfgen()
    if gen is None:
        return None
    settings = Settings()
    rows = []
    cers, f1s, leaks, spaces = [], [], 0, 0
    with_table = tables_ok = 0  # documents with a table; those whose rows come out as set
    for doc in gen.random_set(n, seed):
        truth = doc.truth
        layout = read_pdf(doc.data, settings, doc.name)
        prose = [b.text for b in layout.blocks if b.role != "table"]
        if truth.table_rows:
            with_table += 1
            tables_ok += [b.text for b in layout.blocks if b.role == "table"] == list(
                truth.table_rows)
        body = "\n".join(prose)
        c, f1 = cer(body, "\n".join(truth.texts())), paragraph_f1(prose, truth.texts())
        cers.append(c)
        f1s.append(f1)
        furniture = [*{h for h in truth.headers for h in h.split(" ", 1)}, *truth.footers]
        leaks += _leaks(body, furniture)
        spaces += prose_cjk_spaces(prose)
        if c > TARGET_CER or f1 < TARGET_F1:
            rows.append((doc.name, truth.n_pages, round(c, 4), round(f1, 3)))
    met = sum(1 for c, f in zip(cers, f1s) if c <= TARGET_CER and f >= TARGET_F1)
    return Table(
        f"PDF layout robustness: {n} generated documents in random styles (misses listed)",
        ("document", "pages", "CER", "para F1"),
        tuple(rows),
        notes=(f"{met}/{n} meet both targets; mean CER {sum(cers) / n:.4f}, "
               f"mean paragraph F1 {sum(f1s) / n:.3f}, worst F1 {min(f1s):.3f}. A miss is "
               "typically a paragraph with no first-line indent that ends flush at the foot of "
               "a column: geometry cannot tell it from one running on.",
               f"Tables (ruled, three-line and unruled in turn): {tables_ok}/{with_table} "
               "come out as typeset, one role=table block per row.",),
        checks=((f"at least 95% of random-style documents meet CER and F1 targets ({met}/{n})",
                 met >= 0.95 * n),
                (f"tables come out as typeset in at least 95% of the documents with one "
                 f"({tables_ok}/{with_table})", tables_ok >= 0.95 * with_table),
                (f"no header/footer leaks, no CJK spaces ({leaks}, {spaces})",
                 leaks == 0 and spaces == 0)),
    )


def _corpus_row(path: Path, layout: PdfLayout, seconds: float) -> tuple[tuple[Any, ...], dict]:
    prose = [b for b in layout.blocks if b.role != "table"]
    furn = {f.text for f in layout.furniture if f.kind in ("header", "footer") and len(f.text) >= 4}
    numbers = {f.text.strip() for f in layout.furniture if f.kind == "page_number"}
    leaks = sum(1 for b in prose for f in furn if f in b.text) + sum(
        1 for b in prose if b.text.strip() in numbers)
    headings = [b.text for b in layout.blocks if b.role in ("heading", "title")]
    chapters = [h for h in headings if re.match(r"^第[一二三四五六七八九十]+章 \S", h)]
    tables = [b.text for b in layout.blocks if b.role == "table"]
    # a row of two or more cells whose text turns up run together inside a paragraph
    keys = {t.replace(CELL_SEP, "") for t in tables if CELL_SEP in t}
    flat = [b.text.replace(" ", "") for b in prose]
    table_in_prose = sum(1 for k in keys if len(k) >= 8 for b in flat if k.replace(" ", "") in b)
    dup_runs = len(re.findall(f"([{CJK}])\\1\\1", layout.text))
    numeric_prose = sum(1 for b in prose if mostly_numbers(b.text))
    kinds = Counter(f.kind for f in layout.furniture)
    row = (path.name, layout.n_pages, len(layout.blocks), len(headings), len(tables),
           f"{kinds['header']}/{kinds['footer']}/{kinds['page_number']}", leaks, len(chapters),
           table_in_prose, numeric_prose, dup_runs, round(seconds, 2))
    return row, {"leaks": leaks, "chapters": chapters, "dup_runs": dup_runs,
                 "tables": len(tables), "table_in_prose": table_in_prose}


def corpus_table(corpus_dir: Path) -> Table | None:
    pdf_dir = corpus_dir / "pdf"
    if not pdf_dir.is_dir():
        return None
    settings = Settings()
    rows, facts, notes = [], {}, []
    for path in sorted(pdf_dir.glob("*.pdf")):
        t = time.perf_counter()
        try:
            layout = read_pdf(path.read_bytes(), settings, path.name)
        except ZhdocError as e:
            notes.append(f"{path.name}: {type(e).__name__}: {e}")
            continue
        row, f = _corpus_row(path, layout, time.perf_counter() - t)
        rows.append(row)
        facts[path.name[:3]] = f
    checks = []
    for key in ("p05", "p11", "p12"):
        if key in facts:
            checks.append((f"{key}: no running header or page number in body paragraphs",
                           facts[key]["leaks"] == 0))
    if "p06" in facts:
        checks.append(("p06: no duplicated characters", facts["p06"]["dup_runs"] == 0))
    if "p11" in facts:
        ch = facts["p11"]["chapters"]
        checks.append((f"p11: `第 一 章` headings come out as `第一章 …` ({len(ch)}: "
                       f"{', '.join(ch[:3])}…)", len(ch) >= 5))
    for key in ("p05", "p08", "p12"):
        if key in facts:
            checks.append((f"{key}: tables kept out of prose ({facts[key]['tables']} table rows)",
                           facts[key]["tables"] > 0 and facts[key]["table_in_prose"] == 0))
    return Table(
        "PDF layout on the corpus PDFs",
        ("pdf", "pages", "blocks", "headings+titles", "table rows", "furniture h/f/pn",
         "header/pn in body", "第X章 headings", "table text in prose",
         "prose mostly numbers", "tripled CJK chars", "seconds"),
        tuple(rows), notes=tuple(notes), checks=tuple(checks))


def run(corpus_dir: Path | None) -> list[Table]:
    tables = []
    for table in (generated_table(), robustness_table(), news_table()):
        if table is not None:
            tables.append(table)
    if corpus_dir is not None:
        corp = corpus_table(corpus_dir)
        if corp is not None:
            tables.append(corp)
    return tables


# ---------------------------------------------------------------------------- newspaper pages
def _typesetter(name: str) -> Any | None:
    """``typesetters.<name>``, or None when reportlab (a test dependency) is absent."""
    try:
        return importlib.import_module(f"typesetters.{name}")
    except ImportError:
        return None


def news_figures(doc: Any) -> dict[str, Any]:
    """What ``process_document`` makes of a typesetters/pdfgen_news.py page set, against its truth."""
    from zhdoc.pipeline import process_document

    truth = doc.truth
    layout = read_pdf(doc.data, Settings(), doc.name)
    blocks = [b.text for b in layout.blocks if b.role != "table"]
    work = process_document(doc.name + ".pdf", doc.data)
    arts = work.structure.articles if work.structure else ()
    body = [p.text for a in arts for _, _, p in a.paragraphs() if p.role != "table"]
    t_body = truth.body_paragraphs()
    titles = {a.title for a in arts}
    separated = 0
    for ta in truth.articles:  # an article with the true title holding its paragraphs, no others
        own = set(ta.paragraphs())
        others = set(t_body) - own
        for a in arts:
            got = {p.text for _, _, p in a.paragraphs()}
            if a.title == ta.title and got & own and not got & others:
                separated += 1
                break
    captions = [c for ta in truth.articles for c in ta.captions]
    headings = [t for ta in truth.articles for k, t in ta.body if k == "heading"]
    got_headings = {s.heading for a in arts for s in a.sections}
    return {
        "layout_f1": paragraph_f1(blocks, truth.all_blocks()),
        "cer": cer("\n".join(body), "\n".join(t_body)),
        "f1": paragraph_f1(body, t_body),
        "titles": sum(ta.title in titles for ta in truth.articles),
        "subtitles": sum(1 for ta in truth.articles if ta.subtitle
                         and any(a.subtitle == ta.subtitle for a in arts)),
        "n_subtitles": sum(1 for ta in truth.articles if ta.subtitle),
        "headings": sum(h in got_headings for h in headings), "n_headings": len(headings),
        "articles": len(arts), "separated": separated, "n_articles": len(truth.articles),
        "captions_in_body": sum(1 for c in captions for b in body if c in b),
        "n_captions": len(captions),
    }


def news_table() -> Table | None:
    """typesetters/pdfgen_news.py: newspaper pages set independently of typesetters/pdfgen.py (a headline
    over three of four columns, a second article in the fourth, a photo and caption inside a
    column, a two-line `——` subtitle, a boxed 编者按, a body size per article)."""
    gen = _typesetter("pdfgen_news")
    if gen is None:
        return None
    doc = gen.front_pages()
    f = news_figures(doc)
    row = (doc.name, doc.truth.n_pages, round(f["layout_f1"], 3), round(f["cer"], 4),
           round(f["f1"], 3),
           f"{f['titles']}/{f['n_articles']}", f"{f['subtitles']}/{f['n_subtitles']}",
           f"{f['headings']}/{f['n_headings']}", f"{f['articles']} ({f['separated']} as set)",
           f"{f['captions_in_body']}/{f['n_captions']}")
    return Table(
        "PDF layout on independently generated newspaper pages (typesetters/pdfgen_news.py, "
        "through process_document)",
        ("document", "pages", "read_pdf block F1", "body CER", "body para F1", "titles", "subtitles", "headings",
         "articles (separated)", "captions in body"),
        (row,),
        notes=("read_pdf block F1: its blocks against everything set (titles, subtitle, note, "
               "headings, paragraphs, captions). "
               "Body CER and F1 over the body paragraphs of every article against the typeset "
               "ones; an article is separated when one output article has its title and its "
               "paragraphs and none of another's.",
               "First measurement (reader as it was at 7e9b69a, 2026-11-26): read_pdf block "
               "F1 0.830, body CER 0.0700, body para F1 0.769, titles 1/4, subtitles 0/1, "
               "headings 0/1, 1 article (0 separated), captions in body 1/1.",
               "Still missed (segmentation, not layout): the four articles come out as one, "
               "the later titles as its section headings (a title starts an article only with "
               "a byline, source or dateline after it); the photo caption and the boxed "
               "编者按 come out as body paragraphs (no caption role; the note is probably not at "
               "an article's head because its article was not split off).",),
    )
