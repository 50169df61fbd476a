"""Dumps composed from real website articles: the 人民日报 articles of ``rmrb/`` laid out the
way a user's copy of them looks, scored against the articles as published.

Composition (``compose``; deterministic, one seed per page and variant): a dump holds one
page's articles in page order. Each article: its kicker (``### ``), title (``# ``), series
label (``> 系列：``) and subtitle (``## ``) lines as published; the web-copy byline
(``本报记者  吴  丹《人民日报》（2025年04月09日第 02 版）``, or the names and the date note
on two lines); then the body as the website gives it (photo captions and credits first where
the article has them), bold headings (``**…**``) as plain lines, paragraphs wrapped at a
column width of 12–26 characters (no line starts with closing punctuation, no ASCII word is
cut), with or without blank lines between paragraphs, with or without a first-line indent of
two ideographic spaces; the header lines and headings either wrapped at the same width (a
narrow column) or whole. Articles are parted by a blank line.

Truth (``evaluation.webtruth.parse_article``): title, kicker, subtitle, authors from ``author`` (names parted by
two spaces; a two-character name is padded with two spaces, ``常  钦``, so single characters
pair up; when the field is empty, the reporters the text credits in its dateline or a closing
credit, ``credited``), headings from ``**…**`` (bold lines that follow each other directly are
one heading on two lines, or two headings with no text between them: read either way it is
found, ``heading_found``; read as one it is also found whole), and each paragraph's start. A composite item (a package of signed
pieces the website gives as one article, ``pieces``) is cut into its pieces, each with its
title and byline. Photo captions and credits
(the leading paragraphs up to the last credit line, ``RE_CREDIT``), staff credits
(``版式设计：…``, ``RE_STAFF``: page furniture), the series label and the paragraphs that end no
sentence (``not_prose``: headings the website printed without bold, 依托绿水青山 / 发展生态康养,
（一）坚持…; labels, 核心阅读; credits, 本期统筹：…) are neither paragraphs nor errors: no start is
expected there and a start found there is ignored. (The last since 2026-12-04: before, each such
paragraph counted as a start, which a reader that reads it as a heading misses; the dev part's 42
and the held-out part's 58 are all headings, labels, dates, names or credits.)

Measures (canonical texts, ``evaluation.articles``): dumps whose output has as many articles
as the truth; true articles matched one-to-one to output articles by the most characters of
the output article's paragraphs inside the true article's stretch of the dump; titles exact
(main title; full title with kicker and subtitle as a second column); authors exact (names as
a set; an article without authors must come out without); headings found (as a section
heading of the matched article); paragraph-start precision, recall and F1 (a start is the
canonical offset where an output paragraph's text is found in the dump, in order).

The days are split: 20250405, 20250406 and 20250409 are the development part, 20250410,
20250411 and 20250412 the held-out part (its failures are not listed, only its figures).

>>> wrap("一二三四，五六", 4)
['一二三四，', '五六']
>>> wrap("共计AMOLED屏", 4), wrap("甲乙丙《丁》", 4)
(['共计AMOLED', '屏'], ['甲乙丙', '《丁》'])
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.articles import assign, canon, full_title_ok, names, same
from evaluation.report import Table
from evaluation.webtruth import WebArticle, not_prose, parse_article, pieces

DEV_DAYS = ("20250405", "20250406", "20250409")
HELDOUT_DAYS = ("20250410", "20250411", "20250412")
#: dumps composed per page, each with its own layout
VARIANTS = 3
WIDTHS = (12, 26)  # column width range, characters
INDENT = "\u3000\u3000"
#: a line never starts with these (they stay at the end of the line before)
NO_LINE_START = "，。、；：？！）》」』”’…—%％,.;:?!)"
#: a line never ends with these (they go down to the line after)
NO_LINE_END = "（《“‘「『("
RE_NOTE = re.compile(r"《人民日报》（[^）]*）\s*$")
#: targets: issue 9's for titles, authors and headings, the held-out dumps' for paragraphs
TARGET_FIELDS = 0.95
TARGET_F1 = 0.95

#: the first measurement, on main at b7d8ee5 (2026-12-03) before any change prompted by this
#: evaluation (shares rounded down to 3 places): the held-out part's is the honest figure
FIRST: dict[str, dict[str, float]] = {
    "dev": {"dumps_right": 0.483, "titles": 0.059, "full_titles": 0.014, "authors": 0.274,
            "headings": 0.408, "precision": 0.879, "recall": 0.847, "f1": 0.862},
    "heldout": {"dumps_right": 0.409, "titles": 0.017, "full_titles": 0.071, "authors": 0.202,
                "headings": 0.571, "precision": 0.881, "recall": 0.836, "f1": 0.858},
}
FIRST_MEASUREMENTS = (
    "First measurement (main at b7d8ee5, 2026-12-03, before any fix): development part "
    "(60 dumps) dumps with the right article count 29/60, main titles 8/135, full titles 2/135, "
    "authors 37/135, headings 60/147, paragraph starts P 0.879 R 0.847 F1 0.863; held-out part "
    "(66 dumps) 27/66, titles 3/168, full titles 12/168, authors 34/168, headings 60/105, "
    "P 0.881 R 0.836 F1 0.858.")
#: the floors: today's figures per part (rounded down); a figure below its floor fails
#: tests/test_eval_webcopy.py. Raise them as the reading improves; never lower them to pass.
#: The truth corrections of credited reporters, composite items and two-line headings (branch
#: webcopy2) were measured under the corrected truth: the held-out part read by main at a6997dd
#: gave dumps right 0.893, titles 0.861, authors 0.851, headings 0.576, F1 0.935; by the
#: webcopy2 reader, the floors below (measured once, at the end).
#: Raised 2026-12-03 (a later session, the dump heads' round 2 and a staff credit read as page
#: furniture in the truth): dev titles 0.966 → 0.98; held-out titles 0.887 → 0.918, full titles
#: 0.856 → 0.903, F1 0.939 → 0.941. Raised again (the next session: dump breaks from the dev
#: part's misses, helper branch parabreaks): dev F1 0.938 → 0.941, held-out 0.941 → 0.942.
#: Raised 2026-12-04 (rules from the development days in twelve more layouts, MORE_LAYOUTS):
#: dev full titles 0.953 → 0.96; held-out headings 0.795 → 0.833, F1 0.942 → 0.943.
#: F1 under the not_prose convention (2026-12-04, paragraphs that end no sentence expect no
#: start): dev 0.943 → 0.968, held-out 0.945 → 0.971 with no change to the reader. Then (bylines
#: cut by a narrow column): held-out authors 0.887 → 0.897, F1 0.971 → 0.972.
#: Raised 2026-12-04 (a later session: a dictionary word is no byline, an indented next line,
#: padded section words and clause headings wrapped at the text's measure): dev headings 0.955 →
#: 0.982, F1 0.941 → 0.943; held-out dumps right 0.924 → 0.939, headings 0.833 → 0.859, F1
#: 0.943 → 0.945.
#: Raised 2026-12-05 (a clause heading wrapped at the text's measure): dev headings 0.982 → 0.99,
#: F1 0.967 → 0.968; more layouts dev headings 0.981 → 0.99, F1 0.969 → 0.97, held-out
#: headings 0.842 → 0.852, titles 0.902.
#: Raised 2026-12-05 (later: bylines, an issue's staff credit, a long title clause after a blank
#: line, padded names cut; a short line alone over a title is its column's label, with the
#: truth's piece labels, 我与一座城, no kicker): dev full titles 0.959 → 0.98; held-out full titles
#: 0.902 → 0.917, F1 0.971 → 0.972; more layouts dev dumps right 0.995 → 1.0, titles 0.971 →
#: 0.975, full titles 0.954 → 0.976, authors 0.996 → 1.0; held-out full titles 0.889 → 0.898.
#: Raised again the same day (rules from the development part in thirty further layouts and from
#: the stress set of our own, the held-out part measured after): held-out titles 0.917 ->
#: 0.933, full titles 0.917 -> 0.928, authors 0.896 -> 0.907, F1 0.972 -> 0.973; more layouts
#: held-out titles 0.902 -> 0.917, full 0.898 -> 0.912, authors 0.896 -> 0.91, headings 0.852 ->
#: 0.855; dev headings 0.99 -> 0.993, F1 0.97 -> 0.971.
#: Raised 2026-12-05 (a later session; rules from the stress sets of our own, a third written
#: blind that day, and the development part; the held-out part measured after each): held-out
#: titles 0.933 -> 0.948, full titles 0.928 -> 0.943, authors 0.907 -> 0.938, headings 0.858 ->
#: 0.871 (names with no Han surname over the date note; headings of phrases parted by commas);
#: more layouts held-out titles 0.917 -> 0.934, full 0.912 -> 0.929, authors 0.91 -> 0.929; dev
#: F1 0.968 -> 0.969, more layouts dev headings 0.993 -> 0.995, F1 0.971 -> 0.972. The truth of
#: a credit keeps names only (（记者谭莹、通讯员刘超）, （本报记者  钱  坤  整理）): no real day's
#: figure moved with it.
#: Scoring, 2026-12-05 (a fourth session): a heading of two bold lines read as two headings
#: counts as found, as ``evaluation.news`` has counted since its round 3 (二、… over （一）… are
#: two headings; 一个子弹盒 / 记录烽火岁月 one on two lines, the reader's two an empty section over
#: a full one). No change to the reader: held-out headings 0.871 -> 0.974 (76 of 78; found
#: whole, the old measure, 68 of 78 = 0.872, printed beside it), more layouts held-out 0.855 ->
#: 0.961 (whole 0.855); the development part unchanged (0.991, every pair there read as one).
#: Raised 2026-12-06 (a seventh session; rules from the development days of nine new days of
#: the paper's website articles, measured apart; of them, an editor's note signed on a line of
#: its own ends there and a credit of who helped report names no author moved these):
#: held-out authors 0.938 -> 0.948; more layouts held-out dumps right 0.928 -> 0.946, titles
#: 0.935 -> 0.948, full titles 0.93 -> 0.943, authors 0.93 -> 0.95. Then (a line two short of
#: an unindented column, ending on a character under a full line ending a sentence, stands
#: alone): held-out headings 0.974 -> 0.987, more layouts held-out headings 0.961 -> 0.964. Then
#: (a line finishing a word cut above it is no byline, 增强消 / 费意愿; names before the date note
#: on a byline's line whatever their surname): held-out dumps right 0.939 -> 0.954, titles 0.948
#: -> 0.953, full titles 0.943 -> 0.948, authors 0.948 -> 0.953, F1 0.9736 -> 0.9733 (a paragraph
#: start); more layouts held-out dumps right 0.946 -> 0.954, titles 0.948 -> 0.951, full titles
#: 0.943 -> 0.946, authors 0.95 -> 0.952. Raised 2026-12-06 (an eighth session) for a change
#: of the truth, not of the reader: names alone in a dateline's brackets are reporters
#: (webtruth.credited; one held-out item, 本报南宁…电（庞革平、黄诗谊）, which the reader already
#: read so): held-out authors 0.954 -> 0.969, more layouts held-out authors 0.952 -> 0.967.
FLOORS: dict[str, dict[str, float]] = {
    "dev": {"dumps_right": 1.0, "titles": 0.98, "full_titles": 0.98, "authors": 1.0,
            "headings": 0.99, "f1": 0.969},
    "heldout": {"dumps_right": 0.954, "titles": 0.953, "full_titles": 0.948, "authors": 0.969,
                "headings": 0.987, "f1": 0.973},
}


# ---------------------------------------------------------------------------- composing
def wrap(text: str, width: int) -> list[str]:
    """``text`` cut into lines of ``width`` characters, except that a line never starts with
    closing punctuation (it stays on the line before), never ends with an opening bracket
    (it goes down) and an ASCII word is never cut."""
    lines: list[str] = []
    k = 0
    while k < len(text):
        end = min(k + width, len(text))
        while end < len(text) and (text[end] in NO_LINE_START or (
                text[end].isascii() and text[end].isalnum() and text[end - 1].isascii()
                and text[end - 1].isalnum())):
            end += 1
        if end < len(text) and end - 1 > k and text[end - 1] in NO_LINE_END:
            end -= 1  # an opening bracket goes down with what it opens
        lines.append(text[k:end])
        k = end
    return lines


@dataclass(frozen=True)
class Layout:
    width: int
    blank_lines: bool  # a blank line between paragraphs
    indent: bool  # paragraphs open with two ideographic spaces
    header_wrapped: bool  # title, byline and headings wrapped at the width too
    byline_split: bool  # names and date note on two lines

    @classmethod
    def draw(cls, seed: str) -> Layout:
        rng = random.Random(seed)
        return cls(rng.randint(*WIDTHS), rng.random() < 0.5, rng.random() < 0.5,
                   rng.random() < 0.5, rng.random() < 0.5)

    def describe(self) -> str:
        return (f"w{self.width}{' blank' if self.blank_lines else ''}"
                f"{' indent' if self.indent else ''}{' wrapped-head' if self.header_wrapped else ''}"
                f"{' split-byline' if self.byline_split else ''}")


@dataclass
class Dump:
    """A composed dump and where its truth lies, in canonical offsets of the dump."""

    name: str
    layout: Layout
    articles: list[WebArticle]
    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # each article's stretch
    starts: list[set[int]] = field(default_factory=list)  # each article's paragraph starts
    ignored: list[tuple[int, int]] = field(default_factory=list)  # pictures, series labels
    #: paragraph starts nothing in the dump shows: no blank line, no indent, and the line
    #: before is the full last line of another paragraph
    unseen: set[int] = field(default_factory=set)


def compose(name: str, articles: Sequence[WebArticle], layout: Layout) -> Dump:
    """Lay the articles out as one dump (see the module's docstring)."""
    d = Dump(name, layout, list(articles))
    parts: list[str] = []
    pos = 0  # canonical length so far

    def put(text: str) -> tuple[int, int]:
        nonlocal pos
        parts.append(text)
        start = pos
        pos += len(canon(text))
        return start, pos

    last = [0]  # length of the last line of the paragraph just laid, 0 after anything else

    def block(text: str, wrapped: bool, indent: bool = False, body: bool = False
              ) -> tuple[int, int]:
        lead = INDENT if indent else ""
        lines = wrap(lead + text, layout.width) if wrapped else [lead + text]
        if body and not layout.blank_lines and not indent and last[0] >= layout.width:
            d.unseen.add(pos)
        span = put("\n".join(lines) + "\n")
        last[0] = len(lines[-1]) if body else 0
        if layout.blank_lines:
            put("\n")
        return span

    for k, a in enumerate(articles):
        if k:
            put("\n")
            last[0] = 0
        for line in a.label.split("\n") if a.label else ():
            d.ignored.append(block(line, layout.header_wrapped))
        start = pos
        starts: set[int] = set()
        for line in (a.column, a.kicker, a.title, a.series, a.subtitle):
            if line:
                span = (block(line, True, layout.indent) if a.inline
                        else block(line, layout.header_wrapped))
                if line is a.series or line is a.column:
                    d.ignored.append(span)
        note = RE_NOTE.search(a.byline)
        if a.inline:
            block(a.byline, True, layout.indent)
        elif layout.byline_split and note and a.byline[:note.start()].strip():
            block(a.byline[:note.start()].strip(), layout.header_wrapped)
            block(note.group(0).strip(), layout.header_wrapped)
        elif a.byline:
            block(a.byline, layout.header_wrapped)
        for kind, text in a.body:
            if kind == "heading":
                block(text, layout.header_wrapped)
            elif kind == "picture":
                d.ignored.append(block(text, True))
            elif not_prose(text):  # set as a paragraph, but no start is expected there
                span = block(text, True, layout.indent, body=True)
                d.unseen.discard(span[0])
                d.ignored.append(span)
            else:
                starts.add(block(text, True, layout.indent, body=True)[0])
        d.spans.append((start, pos))
        d.starts.append(starts)
    d.text = "".join(parts)
    return d


def load_pages(corpus_dir: Path | None, days: Sequence[str]) -> list[tuple[str, list[WebArticle]]]:
    """(page name, its articles in order) for each page of the given days."""
    folder = corpus_dir / "rmrb" if corpus_dir else None
    out: list[tuple[str, list[WebArticle]]] = []
    for day in days:
        path = folder / f"articles_{day}.json" if folder else None
        if path is None or not path.is_file():
            continue
        pages: dict[str, list[WebArticle]] = {}
        for item in json.loads(path.read_text(encoding="utf-8")):
            key = f"{day}-{item['section_no']}{item['section_name']}"
            pages.setdefault(key, []).extend(pieces(parse_article(item)))
        out += list(pages.items())
    return out


def dumps(corpus_dir: Path | None, days: Sequence[str],
          variants: range = range(VARIANTS)) -> list[Dump]:
    """Every page of the days composed once per variant (``VARIANTS`` times by default), each
    with a layout drawn from the page's name and the variant's number."""
    return [compose(f"{page}#{v}", arts, Layout.draw(f"{page}#{v}"))
            for page, arts in load_pages(corpus_dir, days) for v in variants]


# ------------------------------------------------------------------------------ scoring
def locate(flat: str, texts: Sequence[str]) -> list[int | None]:
    """Where each text (canonical) is found in ``flat``, searched in order from just after
    the previous one found, then anywhere; None when it is not there at all."""
    out: list[int | None] = []
    cursor = 0
    for t in texts:
        c = canon(t)
        k = flat.find(c, cursor) if c else -1
        if k < 0 and c:
            k = flat.find(c)
        out.append(k if k >= 0 else None)
        if k >= 0:
            cursor = k + 1
    return out


def prf(got: set[Any], want: set[Any]) -> tuple[float, float, float]:
    """Precision, recall and F1 of a set of found items against the expected ones.

    >>> prf({1, 2, 3}, {2, 3, 4, 5})
    (0.6666666666666666, 0.5, 0.5714285714285715)
    """
    tp = len(got & want)
    p = tp / len(got) if got else float(not want)
    r = tp / len(want) if want else float(not got)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DumpScore:
    name: str
    n_true: int
    n_out: int | None
    titles: list[bool]
    full_titles: list[bool]
    authors: list[bool]
    #: (found, true, found whole) per article: found whole, a heading of two bold lines read
    #: as one heading (``heading_found``'s strict reading)
    headings: list[tuple[int, int, int]]
    got_starts: set[int]
    want_starts: set[int]
    unseen: int = 0  # expected starts nothing in the dump shows
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)
    error: str | None = None


def score_dump(d: Dump, articles: Sequence[Any] | None, error: str | None = None) -> DumpScore:
    """Score one dump's output articles against the articles it was composed from."""
    arts = list(articles or [])
    flat = canon(d.text)
    spans: list[list[tuple[int, int]]] = []  # per output article, its located paragraphs
    texts = [[p.text for s in a.sections for p in s.paragraphs] for a in arts]
    found = locate(flat, [t for ts in texts for t in ts])
    k = 0
    for ts in texts:
        spans.append([(f, f + len(canon(t))) for f, t in zip(found[k:k + len(ts)], ts)
                      if f is not None])
        k += len(ts)
    weights = [[sum(max(0, min(e, te) - max(s, ts_)) for s, e in sp) for sp in spans]
               for ts_, te in d.spans]
    match = assign(weights) if arts else [None] * len(d.articles)
    ignored = d.ignored
    got = {s for sp in spans for s, _ in sp if not any(a <= s < b for a, b in ignored)}
    score = DumpScore(d.name, len(d.articles), None if error else len(arts), [], [], [], [],
                      got, set().union(*d.starts) if d.starts else set(), len(d.unseen),
                      error=error)
    for i, (t, j) in enumerate(zip(d.articles, match)):
        a = arts[j] if j is not None else None
        heads = {canon(s.heading) for s in a.sections if s.heading} if a else set()
        score.titles.append(a is not None and same(a.title, t.title))
        score.full_titles.append(a is not None and full_title_ok(a, t.title_parts))
        score.authors.append(a is not None and names(a.authors) == names(t.authors))
        found = [heading_found(h, heads) for h in t.heading_lines]
        whole = sum(canon("".join(h)) in heads for h in t.heading_lines)
        score.headings.append((sum(found), len(found), whole))
        n = f"{i + 1} {t.title[:12]}"
        if not score.titles[-1]:
            score.misses.append(("title", n, t.title, (a.title or "–") if a else "(no match)"))
        if not score.authors[-1]:
            score.misses.append(("authors", n, "、".join(t.authors) or "–",
                                 ("、".join(a.authors) or "–") if a else "(no match)"))
        if score.headings[-1][0] < len(t.headings):
            score.misses.append(("headings", n, " / ".join(h for h, f in zip(t.headings, found)
                                                            if not f),
                                 " / ".join(s.heading for s in a.sections if s.heading) if a
                                 else "(no match)"))
    if score.n_out != score.n_true:
        score.misses.append(("articles", "", str(score.n_true), str(score.n_out)))
    return score


def heading_found(lines: Sequence[str], heads: set[str]) -> bool:
    """Whether a true heading (its bold lines) is among the canonical output headings
    ``heads``: read as one heading, or each of its lines read as a heading of its own (the
    same rule as ``evaluation.news``: two bold lines with no text between them may be one
    heading on two lines or two headings, 二、… over （一）…).

    >>> h = ("二、着力点", "（一）推动产业")
    >>> [heading_found(h, {canon(x) for x in got})
    ...  for got in (h, ["二、着力点（一）推动产业"], h[:1])]
    [True, True, False]
    """
    return (canon("".join(lines)) in heads
            or len(lines) > 1 and all(canon(x) in heads for x in lines))


def figures(scores: Sequence[DumpScore]) -> dict[str, float]:
    """Pooled figures over dumps: ``dumps_right`` a share of dumps, the others shares of true
    articles or headings; paragraph starts pooled over dumps."""
    n = sum(len(s.titles) for s in scores) or 1
    heads = [h for s in scores for h in s.headings]
    got = {(s.name, x) for s in scores for x in s.got_starts}
    want = {(s.name, x) for s in scores for x in s.want_starts}
    p, r, f1 = prf(got, want)
    return {
        "dumps_right": sum(1 for s in scores if s.n_out == s.n_true) / (len(scores) or 1),
        "titles": sum(x for s in scores for x in s.titles) / n,
        "full_titles": sum(x for s in scores for x in s.full_titles) / n,
        "authors": sum(x for s in scores for x in s.authors) / n,
        "headings": sum(h[0] for h in heads) / (sum(h[1] for h in heads) or 1),
        "headings_whole": sum(h[2] for h in heads) / (sum(h[1] for h in heads) or 1),
        "precision": p, "recall": r, "f1": f1,
    }


def _read(d: Dump) -> tuple[list[Any] | None, str | None]:
    from zhdoc.pipeline import analyze_text

    try:
        doc = analyze_text(d.text, name=f"{d.name}.txt")
    except Exception as exc:  # a broken pipeline is reported, not raised
        return None, f"{type(exc).__name__}: {exc}"
    if doc.structure is None:
        return None, doc.error or doc.status
    return list(doc.structure.articles), None


def score_part(corpus_dir: Path | None, days: Sequence[str],
               variants: range = range(VARIANTS)) -> list[DumpScore]:
    return [score_dump(d, *_read(d)) for d in dumps(corpus_dir, days, variants)]


#: the same pages in more layouts, drawn the same way (variants after the scored ones): whether
#: a reading holds beyond the three layouts the targets are measured on. Rules may be made on the
#: development part's; the held-out part's are measured only.
MORE_LAYOUTS = range(VARIANTS, VARIANTS + 12)
MORE_FIRST_MEASUREMENT = (
    "First measurement in the twelve more layouts (main at e7fd85d, 2026-12-04, before the "
    "session that added them): development part dumps right 0.979, main titles 0.935, full titles "
    "0.927, authors 0.985, headings 0.932, paragraph starts F1 0.942; held-out part 0.920, 0.886, "
    "0.879, 0.885, 0.785, F1 0.940.")
#: floors of the twelve more layouts (tests/test_eval_webcopy.py), as for FLOORS
#: Raised 2026-12-05 (a fifth session: a title of its own measure, a kicker as long as its
#: column, a head line cut inside a number): dev titles 0.975 -> 0.978; held-out titles 0.934
#: -> 0.935, full titles 0.929 -> 0.93, authors 0.929 -> 0.93, F1 0.97 -> 0.971.
MORE_FLOORS: dict[str, dict[str, float]] = {
    "dev": {"dumps_right": 1.0, "titles": 0.978, "full_titles": 0.976, "authors": 1.0,
            "headings": 0.995, "f1": 0.972},
    "heldout": {"dumps_right": 0.954, "titles": 0.951, "full_titles": 0.946, "authors": 0.967,
                "headings": 0.964, "f1": 0.971},
}


#: the pooled measures of the robustness tables, and their labels
LABELS = {"dumps_right": "dumps with the right number of articles", "titles": "main titles exact",
           "full_titles": "full titles exact", "authors": "authors exact", "headings": "bold headings found",
           "f1": "paragraph-start F1"}


def more_layouts_table(parts: dict[str, list[DumpScore]]) -> Table:
    """The pooled figures of both parts in ``MORE_LAYOUTS`` (no targets: a robustness measure)."""
    figs = {k: figures(v) for k, v in parts.items()}
    rows = tuple((lab, *(f"{figs[k][m]:.3f}" for k in parts)) for m, lab in LABELS.items())
    return Table(
        f"Composed website dumps in {len(MORE_LAYOUTS)} more layouts (variants "
        f"{MORE_LAYOUTS.start}-{MORE_LAYOUTS.stop - 1}), pooled",
        ("measure", *(f"{PARTS[k][0]} ({len(v)} dumps)" for k, v in parts.items())), rows,
        notes=(MORE_FIRST_MEASUREMENT,))


# ------------------------------------------------------------------------------- tables
PARTS = {"dev": ("development part", DEV_DAYS), "heldout": ("held-out part", HELDOUT_DAYS)}


def _of(k: float, n: float) -> str:
    return f"{k:g} of {n:g} ({k / n:.3f})" if n else "–"


#: a reporter credited in the text (本报北京4月8日电（记者 耿磊）), or a piece's own byline line
RE_REPORTER = re.compile(r"（(?:本报)?记者[^）]{1,30}）|^本报记者\s+\S")


def ambiguous_authors(articles: Sequence[WebArticle]) -> list[str]:
    """Titles of articles whose ``author`` is empty though their text credits a reporter (a
    dateline's （记者 …）, or the bylines of the pieces a composite item gathers): the truth
    wants no author there, a reader that takes the reporter is scored wrong."""
    return [a.title for a in articles if not a.authors and any(
        RE_REPORTER.search(t) for k, t in a.body if k == "paragraph")]


def overall_table(parts: dict[str, list[DumpScore]],
                  dumps_of: dict[str, list[list[WebArticle]]] | None = None) -> Table:
    """Both parts side by side with the targets; ``dumps_of`` (each part's dumps' articles)
    adds a note on the articles whose truth is ambiguous."""
    dumps_of = dumps_of or {k: [] for k in parts}
    cols = {}
    for key, scores in parts.items():
        heads = [h for s in scores for h in s.headings]
        n = sum(len(s.titles) for s in scores)
        f = figures(scores)
        cols[key] = (
            _of(sum(1 for s in scores if s.n_out == s.n_true), len(scores)),
            f"{sum(s.n_out or 0 for s in scores)} found, {sum(s.n_true for s in scores)} true",
            _of(sum(x for s in scores for x in s.titles), n),
            _of(sum(x for s in scores for x in s.full_titles), n),
            _of(sum(x for s in scores for x in s.authors), n),
            _of(sum(h[0] for h in heads), sum(h[1] for h in heads)),
            _of(sum(h[2] for h in heads), sum(h[1] for h in heads)),
            f"P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}",
        )
    labels = ("dumps with the right number of articles", "articles (output vs true)",
              "main titles exact", "full titles exact (with kicker/subtitle)",
              "authors exact (names, as a set)", "bold headings found",
              "bold headings found whole (two bold lines read as one heading)", "paragraph starts")
    targets = ("every dump", "", f"≥ {TARGET_FIELDS}", "", f"≥ {TARGET_FIELDS}",
               f"≥ {TARGET_FIELDS}", "", f"F1 ≥ {TARGET_F1}")
    rows = tuple((lab, *(cols[k][i] for k in parts), tgt)
                 for i, (lab, tgt) in enumerate(zip(labels, targets)))
    checks = []
    for key, scores in parts.items():
        f, label = figures(scores), PARTS[key][0]
        checks += [
            (f"{label}: the right number of articles in every dump", f["dumps_right"] == 1.0),
            (f"{label}: main titles exact ≥ {TARGET_FIELDS}", f["titles"] >= TARGET_FIELDS),
            (f"{label}: authors exact ≥ {TARGET_FIELDS}", f["authors"] >= TARGET_FIELDS),
            (f"{label}: headings found ≥ {TARGET_FIELDS}", f["headings"] >= TARGET_FIELDS),
            (f"{label}: paragraph-start F1 ≥ {TARGET_F1}", f["f1"] >= TARGET_F1),
        ]
    errors = [f"{s.name}: {s.error}" for scores in parts.values() for s in scores if s.error]
    unseen = ", ".join(f"{PARTS[k][0]} {sum(s.unseen for s in v)} of "
                       f"{sum(len(s.want_starts) for s in v)}" for k, v in parts.items())
    amb = {k: list(dict.fromkeys(ambiguous_authors([a for d in dumps_of[k] for a in d])))
           for k in parts}
    errors.insert(0, "Articles with no author in the JSON whose text credits a reporter (scored "
                     "as wanting no author; a reader that takes the reporter counts as wrong): "
                     + "; ".join(f"{PARTS[k][0]} {len(v)} ({', '.join(v)})"
                                 for k, v in amb.items()) + ".")
    n_plain = {k: sum(1 for d in dumps_of[k] for a in d for kind, t in a.body
                      if kind == "paragraph" and not_prose(t)) for k in parts}
    plain = ", ".join(f"{PARTS[k][0]} {n}" for k, n in n_plain.items())
    errors.insert(0, f"Paragraphs that end no sentence (``not_prose``: headings the website printed "
                     f"without bold, labels, credits), where no start is expected and one found is "
                     f"no error (since 2026-12-04; before, the reader's heading there missed a start): "
                     f"{plain}, over the dumps. Measured both ways on the reader of afb51e9: F1 "
                     f"0.943 → 0.968 (development), 0.945 → 0.971 (held-out).")
    errors.insert(0, f"Paragraph starts that nothing in the dump shows (no blank line, no indent, "
                     f"the line before a full last line of another paragraph): {unseen}; no "
                     f"reader can find those but by the sense of the text.")
    n_dumps = ", ".join(f"{PARTS[k][0]} {len(v)} dumps of days {', '.join(PARTS[k][1])}"
                        for k, v in parts.items())
    return Table(
        f"Dumps composed from real website articles (rmrb/; {VARIANTS} layouts per page), overall",
        ("measure", *(PARTS[k][0] for k in parts), "target"), rows,
        notes=(f"{n_dumps}.", FIRST_MEASUREMENTS, *errors), checks=tuple(checks))


def dev_table(scores: Sequence[DumpScore]) -> Table:
    """Per dump of the development part, with what is missed (the held-out part is given
    as figures only)."""
    rows = []
    for s in scores:
        p, r, f1 = prf(s.got_starts, s.want_starts)
        misses = "; ".join(f"{fld} {art}: want {_cut(w)} got {_cut(g)}"
                           for fld, art, w, g in s.misses[:4])
        rows.append((s.name, f"{s.n_out if s.n_out is not None else '–'} / {s.n_true}",
                     f"{sum(s.titles)}/{len(s.titles)}", f"{sum(s.authors)}/{len(s.authors)}",
                     f"{sum(h[0] for h in s.headings)}/{sum(h[1] for h in s.headings)}", f1,
                     misses or "–"))
    return Table("Composed website dumps, development part, per dump",
                 ("dump", "articles out / true", "titles", "authors", "headings",
                  "paragraph-start F1", "first misses"), tuple(rows))


def _cut(text: str | None, n: int = 24) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[:n] + "…"


def run(corpus_dir: Path | None) -> list[Table]:
    """The overall table (both parts, with the targets), the same pages in more layouts, and the
    development part per dump."""
    composed = {k: dumps(corpus_dir, days) for k, (_, days) in PARTS.items()}
    if not any(composed.values()):
        return [Table("Dumps composed from real website articles", ("measure",), (),
                      notes=("rmrb/ is absent: not measured.",))]
    parts = {k: [score_dump(d, *_read(d)) for d in ds] for k, ds in composed.items()}
    more = {k: score_part(corpus_dir, days, MORE_LAYOUTS) for k, (_, days) in PARTS.items()}
    return [overall_table(parts, {k: [d.articles for d in ds] for k, ds in composed.items()}),
            more_layouts_table(more), dev_table(parts["dev"])]
