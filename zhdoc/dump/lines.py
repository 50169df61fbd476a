"""The lines of a text dump, read and classified: what each line is and how it starts and ends.

:func:`read_lines` splits a dump into its non-blank lines with their offsets, the blank-line
block each belongs to, and what a paragraph decision needs to know about each: its kind
(body, byline, speaker, trailer, source), how it ends (sentence-final, colon, mid-clause),
how it starts (closing punctuation, a heading mark, a list marker) and whether it was spaced
out character by character (justified type, closed up by :func:`despace`).
"""

from __future__ import annotations

from dataclasses import dataclass

from zhdoc.rules.bylines import PADDED_RUN_ON, PAPER_NOTE, SIGN_OFF, caption_with_credit, name_like, staff_credit
from zhdoc.rules.chars import (
    DIGITS, ENDS_COLON, ENDS_FINAL, ENDS_MID_CLAUSE, HAS_SENT_PUNCT, HAS_STOP, LEAD_WORD, STARTS_CLOSER,
    STARTS_OPENER,
)
from zhdoc.rules.kinds import ABSTRACT, DATELINE, ISSUE_DATE, JUMP_LINE, PAGE_NUMBER, PAGE_NUMBER_MARKED, SUBTITLE
from zhdoc.rules.kinds import Kind, kind_of
from zhdoc.rules.limits import FURNITURE_MAX, RECUR_MAX
from zhdoc.rules.rule import any_of
from zhdoc.rules.markers import (
    CHAPTER, DECIMAL_HEADING_LINE, DUN_CN, HEADING_MARK, PARAGRAPH_STYLES, SECTION, Marker, marker_at_start,
)

#: the kinds a dump line keeps (others read as running text, "body"); an affiliation line
#: behaves as a trailer: it ends with its bracket
_LINE_KINDS = {Kind.BYLINE: "byline", Kind.SPEAKER: "speaker", Kind.TRAILER: "trailer",
               Kind.AFFILIATION: "trailer", Kind.LABEL: "label", Kind.SOURCE: "source", Kind.FIELD: "field"}
#: the marks after which some tools break every line (poppler's pdftotext -raw): a dump where at
#: least this share of its lines (of at least this many) ends on one had its lines broken there
COMMA_BREAK = ("，", "、")
COMMA_BROKEN_SHARE, COMMA_BROKEN_MIN_LINES = 0.3, 12
#: openings that surely start a block
_STRONG_START = any_of(
    "strong_start", (HEADING_MARK, SUBTITLE, CHAPTER, SECTION, DUN_CN, DATELINE, ABSTRACT, DECIMAL_HEADING_LINE),
    "a heading mark (▎), a —— lead-in, 第X章/节, 一、, a dateline, 摘要：, a decimal-numbered heading alone (1 引言)")


@dataclass(slots=True)
class DumpLine:
    start: int  # offsets of the stripped content in the input
    end: int
    text: str  # cleaned content (spaced-out characters closed up)
    block: int  # index of its blank-line-delimited block
    gap_before: bool  # one or more blank lines before it
    indented: bool
    kind: str  # "body", "byline", "speaker", "trailer", "source", "field" (关键词：…), "label"
    #            (【热点观察】), "furniture" (running headers, page numbers): see _LINE_KINDS
    ending: str  # "final", "colon", "cont", "other"
    punct: bool  # holds sentence punctuation
    stop: bool  # holds punctuation that ends a sentence or clause (。；：！？)
    spaced: bool  # was spaced out character by character (justified: a full line)
    opening: str  # how it starts: "closer" (，。”…), "strong" (▎ 一、 1.1 引言), "item" (一是 （一）), ""
    marker: Marker | None  # the list marker it opens with (of the styles that open paragraphs)
    lead_word: int  # length of a Latin word or number it starts with (never split), else 0
    lead_opener: bool  # starts with an opening quote or bracket (never left at a line end)
    n: float = 0.0  # length in the document's width measure
    first_in_block: bool = False
    last_in_block: bool = False



def read_lines(text: str) -> list[DumpLine]:
    r"""The non-blank lines of a dump, read and classified.

    >>> [(x.text, x.kind, x.opening) for x in read_lines("□ 吕 铁\n\n一是稳增长，\n促改革。")]
    [('□ 吕 铁', 'byline', ''), ('一是稳增长，', 'body', 'item'), ('促改革。', 'body', '')]
    """
    out: list[DumpLine] = []
    pieces: list[tuple[str, int, int, bool, bool]] = []  # (text, start, block, gap, indented)
    pos = 0
    block = -1
    gap = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            gap = True
        else:
            lead = len(raw) - len(raw.lstrip())
            if gap:
                block += 1
            pieces.append((stripped, pos + lead, block, gap and bool(pieces), lead > 0))
            gap = False
        pos += len(raw) + 1
    for stripped, start, end, blk, gap_before, indented in _visual_lines(pieces, text):
        out.append(read_line(stripped, start, end, blk, gap_before, indented))
    for i, line in enumerate(out):
        line.first_in_block = i == 0 or out[i - 1].block != line.block
        line.last_in_block = i == len(out) - 1 or out[i + 1].block != line.block
    _mark_furniture(out)
    return out


def _visual_lines(pieces: list[tuple[str, int, int, bool, bool]], text: str
                  ) -> list[tuple[str, int, int, int, bool, bool]]:
    """(text, start, end, block, gap before, indented) of each line as it was set: a dump whose
    tool broke its lines after every comma (poppler's ``pdftotext -raw`` does, after ， and 、:
    ``调，`` / ``在新时代的征程上，`` / ``全党同志一定要…``), told by the share of its lines ending so,
    has those pieces joined again (a line set to end on a comma then runs on into the next).

    >>> pieces = [("调，", 0, 0, False, False), ("在新时代的征程上，", 3, 0, False, False),
    ...           ("全党同志一定要", 13, 0, False, False), ("落实。", 21, 0, False, False)] * 3
    >>> [t for t, *_ in _visual_lines(pieces, "")][:2]
    ['调，在新时代的征程上，全党同志一定要', '落实。']
    """
    plain = [(t, start, start + len(t), blk, gap, ind) for t, start, blk, gap, ind in pieces]
    broken = [t.endswith(COMMA_BREAK) for t, *_ in pieces]
    if len(pieces) < COMMA_BROKEN_MIN_LINES or sum(broken) < COMMA_BROKEN_SHARE * len(pieces):
        return plain
    out: list[tuple[str, int, int, int, bool, bool]] = []
    for t, start, end, blk, gap, ind in plain:
        if out and not gap and out[-1][0].endswith(COMMA_BREAK):
            t0, s0, _, b0, g0, i0 = out[-1]
            out[-1] = (t0 + t, s0, end, b0, g0, i0)
        else:
            out.append((t, start, end, blk, gap, ind))
    return out


def _mark_furniture(lines: list[DumpLine]) -> None:
    """Mark running headers and page numbers left in the dump (kind "furniture").

    A run of consecutive short lines without punctuation, each a page number (``7``,
    ``第7版``), an issue date with its weekday (``2024年3月5日 星期二``) or a line that recurs
    in the dump (``理论`` on every page), is furniture when it holds at most one page number
    and either an issue date, or a page number with a recurring line, or a page number alone
    between blank lines or marked as one (``- 12 -``, ``第7版``); and the line after it does
    not start with closing punctuation. A jump line (``（下转第3版）``) is furniture too.
    """
    def key(x: DumpLine) -> str | None:
        if x.kind != "body" or len(x.text) > FURNITURE_MAX or HAS_SENT_PUNCT.search(x.text):
            return None
        return DIGITS.sub("#", "".join(x.text.split()))

    keys = [key(x) for x in lines]
    seen: dict[str, int] = {}
    for k in keys:
        if k is not None:
            seen[k] = seen.get(k, 0) + 1
    pages = [bool(k is not None and PAGE_NUMBER.match(x.text)) for x, k in zip(lines, keys)]
    dates = [bool(k is not None and ISSUE_DATE.match(x.text)) for x, k in zip(lines, keys)]
    recur = [k is not None and seen[k] >= 2 and not p and not d and len(k) <= RECUR_MAX
             for k, p, d in zip(keys, pages, dates)]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (pages[j] or dates[j] or recur[j]):
            j += 1
        n_pages = sum(pages[i:j])
        marked = any(PAGE_NUMBER_MARKED.match(lines[k].text) for k in range(i, j))
        alone = lines[i].gap_before or i == 0
        alone = alone and (j == len(lines) or lines[j].gap_before)
        if j == i and JUMP_LINE.match(lines[i].text) and lines[i].kind == "body":
            lines[i].kind = "furniture"  # （下转第3版）
        elif (
            j > i and n_pages <= 1
            and (any(dates[i:j]) or (n_pages and (any(recur[i:j]) or alone or marked)))
            and not (j < len(lines) and lines[j].opening == "closer")
        ):
            for k in range(i, j):
                lines[k].kind = "furniture"
        i = max(j, i + 1)


def read_line(s: str, start: int, end: int, block: int, gap: bool, indented: bool) -> DumpLine:
    """One stripped line: its kind, how it ends and how it starts."""
    kind = _LINE_KINDS.get(kind_of(s), "body")  # type: ignore[arg-type]
    if kind == "body" and PAPER_NOTE.search(s):
        kind = "byline"  # names before the paper's note (孙  琨  王  干《人民日报》（…）): never closed up
    elif kind == "body" and (staff_credit(s) or caption_with_credit(s)):
        kind = "furniture"  # 本版责编：宋  词  马  超, a photo's caption and credit: the page's
    spaced = False
    if kind == "body" and not name_like(s) and not PADDED_RUN_ON.match(s):  # (padded names pair
        #                                          up: 孙  琨  王  干, 雨  常  钦 stay)
        t = despace(s)
        spaced, s = t != s, t
    tail = s[-8:]
    if ENDS_MID_CLAUSE.search(tail):
        ending = "cont"
    elif ENDS_FINAL.search(tail) or SIGN_OFF.search(s):  # (a note signed ——编  者 ends there)
        ending = "final"
    elif ENDS_COLON.search(tail):
        ending = "colon"
    else:
        ending = "other"
    marker = marker_at_start(s, PARAGRAPH_STYLES)
    if STARTS_CLOSER.match(s):
        opening = "closer"
    elif _STRONG_START.match(s):
        opening = "strong"
    elif marker is not None:
        opening = "item"
    else:
        opening = ""
    word = LEAD_WORD.match(s)
    return DumpLine(start, end, s, block, gap, indented, kind, ending, bool(HAS_SENT_PUNCT.search(s)),
                    bool(HAS_STOP.search(s)), spaced, opening, marker, len(word.group()) if word else 0,
                    bool(STARTS_OPENER.match(s)))


def despace(s: str) -> str:
    """Close up a line spaced out character by character (justified type); others unchanged.

    Runs of two or more spaces between Latin letters or digits keep one space, so two Latin
    words are never glued together.

    >>> despace("和 金 融 服 务 立 体 化 布")
    '和金融服务立体化布'
    >>> despace("国务院总理 李克强")
    '国务院总理 李克强'
    >>> despace("员  钟海燕  何  平")  # a byline's names after a role cut by the column
    '员  钟海燕  何  平'
    """
    spaces = s.count(" ")
    if spaces < 3 or spaces * 4 < len(s) - spaces:
        return s
    tokens = s.split(" ")
    words = [t for t in tokens if t]
    singles = [t for t in words if len(t) == 1]
    if len(singles) < 0.7 * len(words) or sum(not t.isascii() for t in singles) * 2 < len(singles):
        return s
    if "  " in s and any(len(t) >= 2 and not t.isascii() for t in words):
        return s  # names padded and parted by wide spaces (员  钟海燕  何  平), not a line spaced out
    out: list[str] = []
    run = 0
    for t in tokens:
        if not t:
            run += 1
            continue
        if out and run >= 1 and latin(out[-1][-1]) and latin(t[0]):
            out.append(" ")
        out.append(t)
        run = 0
    return "".join(out)


def latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def finishes_word(x: DumpLine, marks: str = "，、。；：！？") -> bool:
    r"""Whether a line opens with the last character or two of a word cut at the line before,
    then one of ``marks`` (``向。``, ``调，``): the rest of the line before, not a start.

    >>> from zhdoc.dump.lines import read_lines
    >>> [finishes_word(x) for x in read_lines("向。新的一段\n首先要看到，\n，多余")]
    [True, False, False]
    """
    t = x.text
    return bool(t) and t[0] not in "，、。；：！？" and any(c in marks for c in t[1:3])
