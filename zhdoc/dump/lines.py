"""The lines of a text dump, read and classified: what each line is and how it starts and ends.

:func:`read_lines` splits a dump into its non-blank lines with their offsets, the blank-line
block each belongs to, and what a paragraph decision needs to know about each: its kind
(body, byline, speaker, trailer, source), how it ends (sentence-final, colon, mid-clause),
how it starts (closing punctuation, a heading mark, a list marker) and whether it was spaced
out character by character (justified type, closed up by :func:`despace`).
"""

from __future__ import annotations

from dataclasses import dataclass

from zhdoc import patterns as P

#: a line at most this long may be a source line (来源：…)
_SOURCE_MAX = 40
#: a running header or page-number line is at most this long
_FURNITURE_MAX = 24
#: a line recurring in the dump is a running header (理论, 人民日报) only when at most this long
#: (a line of prose may recur: two articles quoting one sentence)
_RECUR_MAX = 12


@dataclass(slots=True)
class Line:
    start: int  # offsets of the stripped content in the input
    end: int
    text: str  # cleaned content (spaced-out characters closed up)
    block: int  # index of its blank-line-delimited block
    gap_before: bool  # one or more blank lines before it
    indented: bool
    kind: str  # "body", "byline", "speaker", "trailer", "source", "field" (关键词：…), "label"
    #            (【热点观察】), "furniture" (running headers, page numbers)
    ending: str  # "final", "colon", "cont", "other"
    punct: bool  # holds sentence punctuation
    stop: bool  # holds punctuation that ends a sentence or clause (。；：！？)
    spaced: bool  # was spaced out character by character (justified: a full line)
    opening: str  # how it starts: "closer" (，。”…), "strong" (▎ 一、 1.1 引言), "item" (一是 （一）), ""
    lead_word: int  # length of a Latin word or number it starts with (never split), else 0
    lead_opener: bool  # starts with an opening quote or bracket (never left at a line end)
    n: float = 0.0  # length in the document's width measure
    first_in_block: bool = False
    last_in_block: bool = False



def read_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    block = -1
    gap = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            gap = True
        else:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            if gap:
                block += 1
            out.append(classify(stripped, start, start + len(stripped), block, gap and bool(out), lead > 0))
            gap = False
        pos += len(raw) + 1
    for i, line in enumerate(out):
        line.first_in_block = i == 0 or out[i - 1].block != line.block
        line.last_in_block = i == len(out) - 1 or out[i + 1].block != line.block
    _mark_furniture(out)
    return out


def _mark_furniture(lines: list[Line]) -> None:
    """Mark running headers and page numbers left in the dump (kind "furniture").

    A run of consecutive short lines without punctuation, each a page number (``7``,
    ``第7版``), an issue date with its weekday (``2024年3月5日 星期二``) or a line that recurs
    in the dump (``理论`` on every page), is furniture when it holds at most one page number
    and either an issue date, or a page number with a recurring line, or a page number alone
    between blank lines or marked as one (``- 12 -``, ``第7版``); and the line after it does
    not start with closing punctuation. A jump line (``（下转第3版）``) is furniture too.
    """
    def key(x: Line) -> str | None:
        if x.kind != "body" or len(x.text) > _FURNITURE_MAX or P.RE_REPAIR_SENT_PUNCT.search(x.text):
            return None
        return P.RE_REPAIR_DIGITS.sub("#", "".join(x.text.split()))

    keys = [key(x) for x in lines]
    seen: dict[str, int] = {}
    for k in keys:
        if k is not None:
            seen[k] = seen.get(k, 0) + 1
    pages = [bool(k is not None and P.RE_REPAIR_PAGE_NUMBER.match(x.text)) for x, k in zip(lines, keys)]
    dates = [bool(k is not None and P.RE_REPAIR_ISSUE_DATE.match(x.text)) for x, k in zip(lines, keys)]
    recur = [k is not None and seen[k] >= 2 and not p and not d and len(k) <= _RECUR_MAX
             for k, p, d in zip(keys, pages, dates)]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (pages[j] or dates[j] or recur[j]):
            j += 1
        n_pages = sum(pages[i:j])
        marked = any(P.RE_REPAIR_PAGE_MARKED.match(lines[k].text) for k in range(i, j))
        alone = lines[i].gap_before or i == 0
        alone = alone and (j == len(lines) or lines[j].gap_before)
        if j == i and P.RE_REPAIR_JUMP.match(lines[i].text) and lines[i].kind == "body":
            lines[i].kind = "furniture"  # （下转第3版）
        elif (
            j > i and n_pages <= 1
            and (any(dates[i:j]) or (n_pages and (any(recur[i:j]) or alone or marked)))
            and not (j < len(lines) and lines[j].opening == "closer")
        ):
            for k in range(i, j):
                lines[k].kind = "furniture"
        i = max(j, i + 1)


def classify(s: str, start: int, end: int, block: int, gap: bool, indented: bool) -> Line:
    if P.RE_REPAIR_BYLINE.match(s) or P.RE_REPAIR_AUTHOR_LIST.match(s) or P.RE_PAPER_NOTE.search(s):
        kind = "byline"
    elif P.RE_SEG_SPEAKER.match(s):
        kind = "speaker"
    elif P.RE_REPAIR_TRAILER.match(s) or P.RE_REPAIR_AFFILIATION.match(s):
        kind = "trailer"  # (a journal's affiliation line behaves the same: it ends with its bracket)
    elif P.RE_REPAIR_LABEL.match(s):
        kind = "label"
    elif P.RE_REPAIR_SOURCE.match(s) and len(s) <= _SOURCE_MAX:
        kind = "source"
    elif P.RE_REPAIR_FIELD.match(s):
        kind = "field"
    else:
        kind = "body"
    spaced = False
    if kind == "body":
        t = despace(s)
        spaced, s = t != s, t
    tail = s[-8:]
    if P.RE_REPAIR_END_CONT.search(tail):
        ending = "cont"
    elif P.RE_REPAIR_END_FINAL.search(tail):
        ending = "final"
    elif P.RE_REPAIR_END_COLON.search(tail):
        ending = "colon"
    else:
        ending = "other"
    if P.RE_REPAIR_START_CLOSER.match(s):
        opening = "closer"
    elif P.RE_REPAIR_STRONG_START.match(s) or P.RE_REPAIR_NUM_HEADING.match(s):
        opening = "strong"
    elif P.RE_REPAIR_ITEM_START.match(s):
        opening = "item"
    else:
        opening = ""
    word = P.RE_REPAIR_LEAD_WORD.match(s)
    return Line(start, end, s, block, gap, indented, kind, ending, bool(P.RE_REPAIR_SENT_PUNCT.search(s)),
                 bool(P.RE_REPAIR_STOP_PUNCT.search(s)), spaced, opening, len(word.group()) if word else 0,
                 bool(P.RE_REPAIR_START_OPENER.match(s)))


def despace(s: str) -> str:
    """Close up a line spaced out character by character (justified type); others unchanged.

    Runs of two or more spaces between Latin letters or digits keep one space, so two Latin
    words are never glued together.

    >>> despace("和 金 融 服 务 立 体 化 布")
    '和金融服务立体化布'
    >>> despace("国务院总理 李克强")
    '国务院总理 李克强'
    """
    spaces = s.count(" ")
    if spaces < 3 or spaces * 4 < len(s) - spaces:
        return s
    tokens = s.split(" ")
    words = [t for t in tokens if t]
    singles = [t for t in words if len(t) == 1]
    if len(singles) < 0.7 * len(words) or sum(not t.isascii() for t in singles) * 2 < len(singles):
        return s
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

