"""Real newspaper pages: the 11 人民日报 第07版 理论 pages of ``news_pdf/``, read as the PDF
and as two text dumps of it, scored against the articles as the paper published them online.

Truth (``NAME.truth.md`` beside each PDF; ``parse_truth``): per article a ``# `` line (a
main title, or an 引题 and the main title joined by two spaces: on these pages the part
before the two spaces is set smaller above the main title), optional lines under it up to the
byline (a 副题, set smaller below the main title), ``作者：name（affiliation）；…``, ``## ``
in-article headings and the text, whose sentences (``split_sentences``) each occur verbatim
in the PDF's character stream.

Readers: the PDF through ``process_document``; each dump of ``evaluation.dumps`` through
``process_document`` as a ``.txt``. Baselines: PyMuPDF's ``get_text()`` and pdfplumber's
``extract_text()`` as one stream each (sentence figures only).

Measures (all texts canonical: NFKC, whitespace removed; ``evaluation.articles``):

- articles: pages whose output has exactly as many articles as the truth;
- matching: true articles are matched one-to-one to output articles by the most true
  sentences found whole in the output article's text (``assign``); fields of an unmatched
  true article are wrong;
- titles: the matched article's ``title`` equals the main title (the target figure); full
  titles: its ``title`` and ``subtitle`` joined in either order equal 引题 + main title + 副题;
- authors: its set of author names equals the truth's; affiliations (an extra column): the
  same text once canonical, repeats and 、；separators dropped (``affiliations_key``), the
  institutions alone where the truth marks the author's position by a space (``institutions``:
  中共中央党校 教授; since 2026-12-05, when the reader removed positions whole);
- headings: a true ``##`` heading is found when it equals a section heading of the matched
  article; two true headings with no text between them (``改造`` / ``保持底色  增添创意``) are
  also found as one section heading of both, the convention of the website copies' truth and
  of the pipeline (a heading printed on two lines, ``zhdoc.segment.sections``), so a reader
  is right either way; an output heading is a true one when it is a true heading or such a
  pair;
- sentences whole / whole and in order: in the page's output text (every article's title,
  subtitle, headings and paragraphs in output order, ``article_parts``), a true sentence
  counts as whole when it occurs there; in order, the most sentences of each true article
  that occur in increasing positions (``in_order``); pooled over articles and pages;
- inside the right article: a true sentence occurs in its matched output article's text;
- captions kept out (where the page's photo captions are known: the composed pages): a caption
  none of whose sentences or credit (``caption_pieces``) occurs in any article's text.

>>> arts = parse_truth("x\\n---\\n# 引  主题\\n作者：甲 乙（某大学）\\n\\n一句。二句！\\n\\n## 节\\n\\n三句。\\n")
>>> a = arts[0]
>>> a.kicker, a.main, a.authors, a.affiliations, a.headings, a.sentences
('引', '主题', ('甲乙',), ('某大学',), ('节',), ('一句。', '二句！', '三句。'))
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from evaluation import time_rounds
from evaluation.articles import (affiliations_key, article_parts, article_text, assign, canon,
                                 full_title_ok, in_order, institutions, names, occurrences, same,
                                 split_sentences)
from evaluation.corpus import corpus_part
from evaluation.dumps import chars_dump, pdfplumber_chars, pdfplumber_text, pymupdf_dump
from evaluation.report import Table

#: the readers scored, by key: (column label, what the PDF's bytes become before the pipeline)
READERS: dict[str, str] = {
    "pdf": "PDF",
    "dump_pymupdf": "dump: PyMuPDF get_text()",
    "dump_chars": "dump: pdfplumber chars",
}
#: plain-text baselines, scored as one stream
BASELINES: dict[str, str] = {
    "pymupdf": "PyMuPDF get_text()",
    "pdfplumber": "pdfplumber extract_text()",
}
#: issue 9's targets
TARGET_FIELDS = 0.95  # titles, authors, headings
TARGET_IN_ORDER = 0.995
TARGET_IN_ARTICLE = 0.99
TARGET_READ_RATIO = 1.5

#: the first measurement, on main at b7d8ee5 (2026-12-03) before any change prompted by this
#: evaluation: the honest figure for pages of this kind (shares rounded down to 3 places)
FIRST: dict[str, dict[str, float]] = {
    "pdf": {"pages_right": 2, "titles": 0.418, "full_titles": 0.232, "authors": 0.0,
            "affiliations": 0.255, "headings": 0.942, "whole": 0.927, "in_order": 0.926,
            "in_article": 0.7},
    "dump_pymupdf": {"pages_right": 5, "titles": 0.0, "full_titles": 0.0, "authors": 0.0,
                     "affiliations": 0.372, "headings": 0.142, "whole": 0.999, "in_order": 0.999,
                     "in_article": 0.816},
    "dump_chars": {"pages_right": 5, "titles": 0.0, "full_titles": 0.0, "authors": 0.0,
                   "affiliations": 0.372, "headings": 0.142, "whole": 1.0, "in_order": 1.0,
                   "in_article": 0.817},
    "pymupdf": {"whole": 1.0, "in_order": 1.0},
    "pdfplumber": {"whole": 0.075, "in_order": 0.063},
}
FIRST_MEASUREMENTS = (
    "First measurement (main at b7d8ee5, 2026-12-03, before any fix), PDF / PyMuPDF dump / "
    "chars dump: pages with the right number of articles 2, 5, 5 of 11; of 43 articles main "
    "titles exact 18, 0, 0, full titles 10, 0, 0, authors 0, 0, 0, affiliations 11, 16, 16; "
    "headings 33, 5, 5 of 35; of 1567 sentences whole and in order 1452, 1566, 1567 (baselines: "
    "PyMuPDF 1567, pdfplumber 100), inside the right article 1098, 1280, 1281; read_pdf 1.09–1.12× "
    "pdfplumber's chars.")

#: the floors: today's figures (shares rounded down); a figure below its floor fails
#: tests/test_eval_news.py. Raise them as the reading improves; never lower them to pass.
#: Affiliations raised 2026-12-05, 0.744 -> 0.93: positions removed whole (the reader cut some and
#: kept others: 澳门大学讲座, 中共湖南省邵阳市委书记) and scored as institutions where the truth
#: marks the position by a space; the PDF's trailers over the next head no longer read as its label
FLOORS: dict[str, dict[str, float]] = {
    "pdf": {"pages_right": 11, "titles": 1.0, "full_titles": 1.0, "authors": 1.0,
            "affiliations": 0.93, "headings": 1.0, "in_order": 1.0, "in_article": 1.0},
    "dump_pymupdf": {"pages_right": 11, "titles": 1.0, "full_titles": 1.0, "authors": 1.0,
                     "affiliations": 0.93, "headings": 1.0, "in_order": 1.0, "in_article": 1.0},
    "dump_chars": {"pages_right": 11, "titles": 1.0, "full_titles": 1.0, "authors": 1.0,
                   "affiliations": 0.93, "headings": 1.0, "in_order": 1.0, "in_article": 1.0},
}

RE_AUTHOR = re.compile(r"(?P<name>[^（(]+)(?:[（(](?P<aff>.*)[）)])?\s*$")


@dataclass(frozen=True)
class TrueArticle:
    main: str
    kicker: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    paired: tuple[int, ...] = ()  # headings (by index) that the next one follows with no text between

    def heading_found(self, k: int, got: set[str]) -> bool:
        """Whether true heading ``k`` is among the (canonical) output headings ``got``: itself,
        or one heading of it and the true heading it pairs with (no text between them)."""
        h = canon(self.headings[k])
        return (h in got or k in self.paired and h + canon(self.headings[k + 1]) in got
                or k - 1 in self.paired and canon(self.headings[k - 1]) + h in got)

    def heading_texts(self) -> set[str]:
        """Every (canonical) text an output heading of this article may rightly have."""
        heads = [canon(h) for h in self.headings]
        return set(heads) | {heads[k] + heads[k + 1] for k in self.paired}

    @property
    def title_parts(self) -> list[str]:
        """引题, main title, 副题 in printed order (those there are)."""
        return [p for p in (self.kicker, self.main, self.subtitle) if p]


def parse_truth(text: str) -> list[TrueArticle]:
    """The articles of a ``.truth.md``: blocks after the header, parted by ``---`` lines."""
    out = []
    for block in re.split(r"^---\s*$", text, flags=re.M)[1:]:
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if not lines or not lines[0].startswith("# "):
            continue
        title = lines[0][2:].strip()
        parts = re.split(r"\s{2,}", title, maxsplit=1)
        kicker, main = (parts[0], parts[1]) if len(parts) == 2 else (None, title)
        k = next((i for i, ln in enumerate(lines) if ln.startswith("作者：")), None)
        subtitle = " ".join(lines[1:k]) if k is not None and k > 1 else None
        authors, affs = [], []
        if k is not None:
            for item in lines[k][3:].split("；"):
                m = RE_AUTHOR.match(item.strip())
                if m:
                    authors.append(canon(m.group("name")))
                    if m.group("aff"):
                        affs.append(m.group("aff").strip())
        headings, sentences, paired = [], [], []
        prev_heading = False
        for ln in lines[(k if k is not None else 0) + 1:]:
            if ln.startswith("## "):
                if prev_heading:
                    paired.append(len(headings) - 1)
                headings.append(ln[3:].strip())
                prev_heading = True
            elif not ln.startswith("# "):
                sentences += split_sentences(ln)
                prev_heading = False
        out.append(TrueArticle(main, kicker, subtitle, tuple(authors), tuple(affs),
                               tuple(headings), tuple(sentences), tuple(paired)))
    return out


@dataclass
class ArticleScore:
    match: int | None
    main_title: bool
    full_title: bool
    authors: bool
    affiliations: bool
    headings: int  # true headings found
    headings_true: int
    sentences: int
    whole: int  # found whole anywhere in the page's output text
    in_order: int
    in_article: int


@dataclass
class PageScore:
    page: str
    n_true: int
    n_out: int | None  # None: no structure (the document failed)
    articles: list[ArticleScore]
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # field, art, want, got
    error: str | None = None
    headings_out: int = 0  # section headings in the output, all articles
    headings_right: int = 0  # ... of them a true heading of the page (the rest are false ones)
    captions: int = 0  # photo captions the page prints (where its truth lists them)
    captions_out: int = 0  # ... of them with no sentence or credit of theirs in an article's text


def _positions(flat: str, sentences: Sequence[str]) -> list[list[int]]:
    return [occurrences(flat, canon(s)) for s in sentences]


def stream_counts(truth: Sequence[TrueArticle], text: str) -> tuple[int, int, int]:
    """(sentences, found whole, whole and in order) of a page read as one stream of text."""
    flat = canon(text)
    n = whole = order = 0
    for t in truth:
        pos = _positions(flat, t.sentences)
        n += len(pos)
        whole += sum(1 for p in pos if p)
        order += in_order(pos)
    return n, whole, order


def caption_pieces(caption: str) -> list[str]:
    """A photo's caption as the pieces a reading may hold apart: its sentences, the credit
    after them (``市民在街区游览。  本报记者  高  炳摄`` → ``市民在街区游览。``, ``本报记者高炳摄``).

    >>> caption_pieces("市民在街区游览。  本报记者  高  炳摄")
    ['市民在街区游览。', '本报记者高炳摄']
    """
    return [p for p in map(canon, re.split(r"(?<=[。！？])", caption)) if p]


def score_page(page: str, truth: Sequence[TrueArticle], articles: Sequence[Any] | None,
               error: str | None = None, captions: Sequence[str] = ()) -> PageScore:
    """Score one reading of a page (its output articles) against the page's true articles;
    ``captions``, the photo captions the page prints, none of which belongs in an article's text."""
    articles = list(articles or [])
    texts = [article_text(a) for a in articles]
    flat = canon("".join(p for a in articles for p in article_parts(a)))
    weights = [[sum(1 for s in t.sentences if canon(s) in x) for x in texts] for t in truth]
    match = assign(weights) if texts else [None] * len(truth)
    score = PageScore(page, len(truth), None if error else len(articles), [], error=error)
    for c in captions:
        inside = [p for p in caption_pieces(c) if p in flat]
        score.captions += 1
        score.captions_out += not inside
        if inside:
            score.misses.append(("caption", "", c, "in the text: " + " / ".join(inside)))
    for i, (t, j) in enumerate(zip(truth, match)):
        a = articles[j] if j is not None else None
        pos = _positions(flat, t.sentences)
        got_heads = {canon(s.heading) for s in a.sections if s.heading} if a else set()
        s = ArticleScore(
            match=j,
            main_title=a is not None and same(a.title, t.main),
            full_title=a is not None and full_title_ok(a, t.title_parts),
            authors=a is not None and names(a.authors) == names(t.authors),
            affiliations=a is not None and affiliations_key(a.affiliations) == affiliations_key(institutions(t.affiliations)),
            headings=sum(1 for k in range(len(t.headings)) if t.heading_found(k, got_heads)),
            headings_true=len(t.headings),
            sentences=len(t.sentences),
            whole=sum(1 for p in pos if p),
            in_order=in_order(pos),
            in_article=sum(1 for x in t.sentences if canon(x) in texts[j]) if j is not None else 0,
        )
        score.articles.append(s)
        n = f"{i + 1} {t.main[:12]}"
        if not s.main_title:
            score.misses.append(("title", n, t.main, a.title if a else "(no article)") if a
                                else ("title", n, t.main, "(no matched article)"))
        if not s.authors:
            score.misses.append(("authors", n, "、".join(t.authors),
                                 "、".join(a.authors) if a else "(no matched article)"))
        if s.headings < len(t.headings):
            missing = [h for k, h in enumerate(t.headings) if not t.heading_found(k, got_heads)]
            got = " / ".join(x.heading for x in a.sections if x.heading) if a else ""
            score.misses.append(("headings", n, " / ".join(missing), got or "–"))
    if score.n_out != score.n_true:
        score.misses.append(("articles", "", str(score.n_true), str(score.n_out)))
    true_heads = {h for t in truth for h in t.heading_texts()}
    out_heads = [canon(x.heading) for a in articles for x in a.sections if x.heading]
    score.headings_out = len(out_heads)
    score.headings_right = sum(1 for h in out_heads if h in true_heads)
    return score


# ------------------------------------------------------------------------------- figures
def figures(scores: Sequence[PageScore]) -> dict[str, float]:
    """Pooled figures of one reader over its pages: ``pages_right`` a count of pages, the
    others shares (of true articles, true headings or true sentences)."""
    arts = [a for s in scores for a in s.articles]
    n = len(arts) or 1
    sents = sum(a.sentences for a in arts) or 1
    return {
        "pages_right": float(sum(1 for s in scores if s.n_out == s.n_true)),
        "titles": sum(a.main_title for a in arts) / n,
        "full_titles": sum(a.full_title for a in arts) / n,
        "authors": sum(a.authors for a in arts) / n,
        "affiliations": sum(a.affiliations for a in arts) / n,
        "headings": sum(a.headings for a in arts) / (sum(a.headings_true for a in arts) or 1),
        "heading_precision": (sum(s.headings_right for s in scores)
                              / (sum(s.headings_out for s in scores) or 1)),
        "whole": sum(a.whole for a in arts) / sents,
        "in_order": sum(a.in_order for a in arts) / sents,
        "in_article": sum(a.in_article for a in arts) / sents,
        "captions_out": (sum(s.captions_out for s in scores) / caps) if (caps := sum(s.captions for s in scores)) else 1.0,
    }


def stream_figures(counts: Sequence[tuple[int, int, int]]) -> dict[str, float]:
    """Pooled sentence figures of a baseline from per-page ``stream_counts``."""
    n = sum(c[0] for c in counts) or 1
    return {"whole": sum(c[1] for c in counts) / n, "in_order": sum(c[2] for c in counts) / n}


# ------------------------------------------------------------------------------- reading
@dataclass
class PageRun:
    """Everything measured on one page: a score per reader, sentence counts per baseline."""

    page: str
    truth: list[TrueArticle]
    scores: dict[str, PageScore]
    baselines: dict[str, tuple[int, int, int]]


def pages(corpus_dir: Path | None) -> list[Path]:
    """The page PDFs that have a truth file beside them, by name."""
    folder = corpus_part(corpus_dir, "news_pdf")
    if folder is None:
        return []
    return [p for p in sorted(folder.glob("*.pdf")) if p.with_suffix(".truth.md").is_file()]


def _read(name: str, data: bytes) -> tuple[list[Any] | None, str | None]:
    from zhdoc.pipeline import process_document

    try:
        doc = process_document(name, data)
    except Exception as exc:  # a broken pipeline is reported, not raised
        return None, f"{type(exc).__name__}: {exc}"
    if doc.structure is None:
        return None, doc.error or doc.status
    return list(doc.structure.articles), None


#: what each reader hands to ``process_document``: (file name suffix, bytes from the PDF)
_INPUTS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "pdf": (".pdf", lambda data: data),
    "dump_pymupdf": (".txt", lambda data: pymupdf_dump(data).encode("utf-8")),
    "dump_chars": (".txt", lambda data: chars_dump(data).encode("utf-8")),
}
_BASELINE_TEXT: dict[str, Callable[[bytes], str]] = {
    "pymupdf": pymupdf_dump,  # PyMuPDF's plain get_text(), the same text as its dump
    "pdfplumber": pdfplumber_text,
}


@lru_cache(maxsize=None)
def run_page(pdf: Path) -> PageRun:
    """Read one page every way and score each reading (cached: the tests' floors, their
    targets and the report share one pass)."""
    truth = parse_truth(pdf.with_suffix(".truth.md").read_text(encoding="utf-8"))
    data = pdf.read_bytes()
    scores = {}
    for key, (suffix, make) in _INPUTS.items():
        articles, error = _read(pdf.stem + suffix, make(data))
        scores[key] = score_page(pdf.stem, truth, articles, error)
    baselines = {key: stream_counts(truth, text(data)) for key, text in _BASELINE_TEXT.items()}
    return PageRun(pdf.stem, truth, scores, baselines)


def run_pages(corpus_dir: Path | None) -> list[PageRun]:
    return [run_page(p) for p in pages(corpus_dir)]


def time_reading(pdfs: Sequence[Path], rounds: int | None = None) -> tuple[float, float]:
    """Seconds for ``zhdoc.pdf.read_pdf`` and for pdfplumber loading the characters of the
    same pages: per page the best of ``rounds`` runs of each, taken in turn; the figures are
    totals over the pages."""
    from zhdoc.pdf import read_pdf
    from zhdoc.settings import Settings

    settings = Settings()
    rounds = rounds or time_rounds()
    zh = pl = 0.0
    for p in pdfs:
        data = p.read_bytes()
        reads, loads = [], []
        for _ in range(rounds):
            t0 = time.perf_counter()
            pdfplumber_chars(data)
            t1 = time.perf_counter()
            read_pdf(data, settings, p.name)
            reads.append(time.perf_counter() - t1)
            loads.append(t1 - t0)
        zh += min(reads)
        pl += min(loads)
    return zh, pl


# ------------------------------------------------------------------------------- tables
def _of(k: int, n: int) -> str:
    return f"{k} of {n} ({k / n:.3f})" if n else "–"


def _counts(scores: Sequence[PageScore]) -> dict[str, str]:
    """The pooled figures of one reader as "k of n (share)" cells."""
    arts = [a for s in scores for a in s.articles]
    n, sents = len(arts), sum(a.sentences for a in arts)
    return {
        "pages_right": f"{sum(1 for s in scores if s.n_out == s.n_true)} of {len(scores)}",
        "articles": f"{sum(s.n_out or 0 for s in scores)} found, {sum(s.n_true for s in scores)} true",
        "titles": _of(sum(a.main_title for a in arts), n),
        "full_titles": _of(sum(a.full_title for a in arts), n),
        "authors": _of(sum(a.authors for a in arts), n),
        "affiliations": _of(sum(a.affiliations for a in arts), n),
        "headings": _of(sum(a.headings for a in arts), sum(a.headings_true for a in arts)),
        "heading_precision": _of(sum(s.headings_right for s in scores), sum(s.headings_out for s in scores)),
        "whole": _of(sum(a.whole for a in arts), sents),
        "in_order": _of(sum(a.in_order for a in arts), sents),
        "in_article": _of(sum(a.in_article for a in arts), sents),
        "captions_out": _of(sum(s.captions_out for s in scores), sum(s.captions for s in scores)),
    }


def target_checks(label: str, f: dict[str, float], n_pages: int, pymupdf: float
                  ) -> list[tuple[str, bool]]:
    """Issue 9's targets for one reader's pooled figures ``f`` over ``n_pages`` pages (``pymupdf``:
    the share PyMuPDF's plain text reads whole and in order)."""
    return [
        (f"{label}: the right number of articles on every page", f["pages_right"] == n_pages),
        (f"{label}: main titles exact ≥ {TARGET_FIELDS}", f["titles"] >= TARGET_FIELDS),
        (f"{label}: authors exact ≥ {TARGET_FIELDS}", f["authors"] >= TARGET_FIELDS),
        (f"{label}: headings found ≥ {TARGET_FIELDS}", f["headings"] >= TARGET_FIELDS),
        (f"{label}: sentences whole and in order ≥ {TARGET_IN_ORDER} and ≥ PyMuPDF's "
         f"{pymupdf:.3f}", f["in_order"] >= max(TARGET_IN_ORDER, pymupdf)),
        (f"{label}: sentences inside the right article ≥ {TARGET_IN_ARTICLE}",
         f["in_article"] >= TARGET_IN_ARTICLE),
    ]


_ROWS = (  # (figure key, row label, target)
    ("pages_right", "pages with the right number of articles", "every page"),
    ("articles", "articles (output vs true)", ""),
    ("titles", "main titles exact", f"≥ {TARGET_FIELDS}"),
    ("full_titles", "full titles exact (with 引题/副题)", ""),
    ("authors", "authors exact (names, as a set)", f"≥ {TARGET_FIELDS}"),
    ("affiliations", "affiliations exact (as a set)", ""),
    ("headings", "in-article headings found", f"≥ {TARGET_FIELDS}"),
    ("heading_precision", "output headings that are true headings (the rest are false ones)", ""),
    ("whole", "true sentences read whole", ""),
    ("in_order", "true sentences read whole and in order", f"≥ {TARGET_IN_ORDER} and ≥ PyMuPDF"),
    ("in_article", "true sentences inside the right article", f"≥ {TARGET_IN_ARTICLE}"),
)


def pooled_table(runs: Sequence[PageRun]) -> Table:
    cells = {k: _counts([r.scores[k] for r in runs]) for k in READERS}
    base = {}
    for k in BASELINES:
        c = [r.baselines[k] for r in runs]
        n = sum(x[0] for x in c)
        base[k] = {"whole": _of(sum(x[1] for x in c), n), "in_order": _of(sum(x[2] for x in c), n)}
    rows = tuple((label, *(cells[k][key] for k in READERS), *(base[k].get(key) for k in BASELINES),
                  target) for key, label, target in _ROWS)
    figs = {k: figures([r.scores[k] for r in runs]) for k in READERS}
    pymupdf = stream_figures([r.baselines["pymupdf"] for r in runs])["in_order"]
    checks = []
    for k, label in READERS.items():
        checks += target_checks(label, figs[k], len(runs), pymupdf)
    errors = [f"{r.page} {READERS[k]}: {s.error}" for r in runs for k, s in r.scores.items()
              if s.error]
    return Table(
        f"Real newspaper pages ({len(runs)} 人民日报 第07版 理论 pages of news_pdf/), pooled",
        ("measure", *READERS.values(), *(f"{v} (baseline)" for v in BASELINES.values()), "target"),
        rows, notes=(FIRST_MEASUREMENTS, *errors), checks=tuple(checks))


def page_table(runs: Sequence[PageRun], readers: dict[str, str] = READERS,
               baselines: dict[str, str] = BASELINES,
               title: str = "Real newspaper pages, per page") -> Table:
    """Per page, a row per reader (``readers``: score key → label) and per baseline."""
    rows = []
    for r in runs:
        for k, label in readers.items():
            s = r.scores[k]
            a = s.articles
            n = sum(x.sentences for x in a) or 1
            rows.append((r.page, label, f"{s.n_out if s.n_out is not None else '–'} / {s.n_true}",
                         f"{sum(x.main_title for x in a)}/{len(a)}",
                         f"{sum(x.full_title for x in a)}/{len(a)}",
                         f"{sum(x.authors for x in a)}/{len(a)}",
                         f"{sum(x.affiliations for x in a)}/{len(a)}",
                         f"{sum(x.headings for x in a)}/{sum(x.headings_true for x in a)}",
                         sum(x.in_order for x in a) / n, sum(x.in_article for x in a) / n))
        for k, label in baselines.items():
            n, _, order = r.baselines[k]
            rows.append((r.page, f"{label} (baseline)", "–", "–", "–", "–", "–", "–",
                         order / (n or 1), None))
    return Table(title,
                 ("page", "reader", "articles out / true", "main titles", "full titles", "authors",
                  "affiliations", "headings", "sentences whole, in order", "inside right article"),
                 tuple(rows))


#: at most this many misses listed per reader and field
MISSES_SHOWN = 6


def misses_table(runs: Sequence[PageRun]) -> Table:
    rows = []
    for k, label in READERS.items():
        shown: dict[str, int] = {}
        for r in runs:
            for fld, art, want, got in r.scores[k].misses:
                if shown.get(fld, 0) < MISSES_SHOWN:
                    shown[fld] = shown.get(fld, 0) + 1
                    rows.append((label, r.page, fld, art, _cut(want), _cut(got)))
    return Table(f"Real newspaper pages: what is missed (the first {MISSES_SHOWN} per reader and "
                 "field)", ("reader", "page", "field", "true article", "expected", "got"),
                 tuple(rows))


def _cut(text: str | None, n: int = 40) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[:n] + "…"


def timing_table(pdfs: Sequence[Path]) -> Table:
    rounds = time_rounds()
    zh, pl = time_reading(pdfs, rounds)
    ratio = zh / pl if pl else float("inf")
    return Table(
        "Real newspaper pages: reading time",
        ("measure", "seconds", "target"),
        (("zhdoc.pdf.read_pdf, all pages", zh, ""),
         ("pdfplumber loading the same pages' chars", pl, ""),
         ("ratio", ratio, f"≤ {TARGET_READ_RATIO}")),
        notes=(f"Each page read {rounds} times by each, in turn, on this machine; the "
               "best of each counts.",),
        timed_checks=((f"reading a PDF within {TARGET_READ_RATIO}× of pdfplumber loading its "
                       f"chars ({ratio:.2f}×)", ratio <= TARGET_READ_RATIO),))


def pdftotext_raw(pdf: Path) -> str | None:
    """poppler's ``pdftotext -raw`` of a page (the other text dump issue 9 names: the content
    stream's order, a line broken at every punctuation mark set apart), or None when poppler-utils
    is not installed."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    proc = subprocess.run([exe, "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          timeout=120, check=False)
    return proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else None


def raw_dump_table(pdfs: Sequence[Path]) -> Table:
    """The same figures for ``pdftotext -raw`` dumps of the pages: measured where poppler-utils
    is installed (make eval here), not in CI (no poppler there), so no target is asserted."""
    title = "Real newspaper pages: text dumps by pdftotext -raw (poppler)"
    scores = []
    for pdf in pdfs:
        text = pdftotext_raw(pdf)
        if text is None:
            return Table(title, ("measure",), (), notes=("pdftotext is not installed: not measured.",))
        truth = parse_truth(pdf.with_suffix(".truth.md").read_text(encoding="utf-8"))
        articles, error = _read(pdf.stem + ".txt", text.encode("utf-8"))
        scores.append(score_page(pdf.stem, truth, articles, error))
    cells = _counts(scores)
    return Table(title, ("measure", "dump: pdftotext -raw", "target"),
                 tuple((label, cells[key], target) for key, label, target in _ROWS),
                 notes=("Printed for the record: issue 9 names this dump beside PyMuPDF's; CI has "
                        "no poppler-utils, so its figures are not held by make test.",))


def run(corpus_dir: Path | None) -> list[Table]:
    """The pooled table with the targets, the per-page table, the misses, the timing and the
    pdftotext -raw dumps' figures; nothing when ``news_pdf/`` is absent."""
    pdfs = pages(corpus_dir)
    if not pdfs:
        return [Table("Real newspaper pages", ("measure",), (),
                      notes=("news_pdf/ is absent: not measured.",))]
    runs = [run_page(p) for p in pdfs]
    return [pooled_table(runs), page_table(runs), misses_table(runs), timing_table(pdfs),
            raw_dump_table(pdfs)]
