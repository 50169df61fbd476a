"""Repair: the lines of a newspaper text dump → paragraph-sized blocks.

A dump of a Chinese newspaper page is wrapped at the column width (which changes from column to
column), cut by column and page breaks that show up as blank lines in mid-sentence, sometimes has
no blank line between paragraphs at all, and has the odd justified line spaced out character by
character. :func:`repair` decides, for every line end, whether a paragraph ends there, from the
evidence such dumps carry:

* punctuation: a paragraph ends after 。！？…： and never after ，、；“ (nor before a line that
  starts with closing punctuation);
* line length against the column width, estimated locally from the lines around (a short line
  ends a paragraph; the first line of a paragraph is short by the dropped two-character indent);
* list markers (一是, 第一，, （一）, 1.) and heading marks (▎, 一、, ——) that start a unit;
* heading-like units (short, no sentence punctuation), bylines (``□ 吕 铁 刘 丹``), trailers
  (``（作者单位：…）``) and source lines, which always stand alone;
* blank lines, weighted by how the document uses them (paragraph separators or column breaks).

Repair never drops, adds or reorders a non-whitespace character, and runs in linear time.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhdoc import patterns as P
from zhdoc.model import Block

#: lines looked at on each side when estimating the local column width
_WINDOW = 6
#: a unit at most this long with no sentence punctuation may be a heading
_HEADING_MAX = 40
#: evidence weights (a paragraph break is decided when their sum is positive)
_W_FINAL = 3.0  # line ends with 。！？… or ：
_W_OTHER = -3.0  # line ends with a character, not punctuation
_W_SHORT = 2.0  # line clearly shorter than the column
_W_FULL = -2.0  # line fills the column
_W_NEXT_FIRST = 3.0  # next line is short by the dropped indent and continues
_W_NEXT_FULL = -3.0  # next line fills the column and continues: a continuation line
_W_STRONG = 4.0  # next line starts with ▎, 一、, ——, 第X章 …
_W_ITEM = 2.0  # next line starts with 一是, （一）, 第一， …
_W_HEADING = 4.0  # the unit so far looks like a heading
_W_INDENT = 2.0  # next line is indented (where indentation is rare)


@dataclass(slots=True)
class _Line:
    start: int  # offsets of the stripped content in the input
    end: int
    text: str  # cleaned content (spaced-out characters closed up)
    block: int  # index of its blank-line-delimited block
    gap_before: bool  # one or more blank lines before it
    indented: bool
    kind: str  # "body", "byline", "trailer", "source"
    ending: str  # "final", "colon", "cont", "other"
    punct: bool  # holds sentence punctuation
    n: float = 0.0  # length in the document's width measure
    first_in_block: bool = False
    last_in_block: bool = False


def repair(text: str) -> tuple[Block, ...]:
    """Join wrapped lines into paragraph-sized blocks, each with its source span in ``text``.

    >>> blocks = repair("共建“一带\\n一路”倡议，\\n\\n得到响应。\\n正确处理关系\\n金融支持是系统工程。")
    >>> [b.text for b in blocks]
    ['共建“一带一路”倡议，得到响应。', '正确处理关系', '金融支持是系统工程。']
    >>> blocks[0].start, blocks[0].end, blocks[0].n_lines
    (0, 18, 3)
    """
    lines = _read_lines(text)
    if not lines:
        return ()
    _measure(lines)
    units = _decide(lines)
    return tuple(_to_block(lines[i:j]) for i, j in units)


# Lines ------------------------------------------------------------------------------------


def _read_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
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
            out.append(_classify(stripped, start, start + len(stripped), block, gap and bool(out), lead > 0))
            gap = False
        pos += len(raw) + 1
    for i, line in enumerate(out):
        line.first_in_block = i == 0 or out[i - 1].block != line.block
        line.last_in_block = i == len(out) - 1 or out[i + 1].block != line.block
    return out


def _classify(s: str, start: int, end: int, block: int, gap: bool, indented: bool) -> _Line:
    if P.RE_REPAIR_BYLINE.match(s):
        kind = "byline"
    elif P.RE_REPAIR_TRAILER.match(s):
        kind = "trailer"
    elif P.RE_REPAIR_SOURCE.match(s) and len(s) <= _HEADING_MAX:
        kind = "source"
    else:
        kind = "body"
        s = despace(s)
    tail = s[-8:]
    if P.RE_REPAIR_END_CONT.search(tail):
        ending = "cont"
    elif P.RE_REPAIR_END_FINAL.search(tail):
        ending = "final"
    elif P.RE_REPAIR_END_COLON.search(tail):
        ending = "colon"
    else:
        ending = "other"
    return _Line(start, end, s, block, gap, indented, kind, ending, bool(P.RE_REPAIR_SENT_PUNCT.search(s)))


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
    if spaces < 3 or spaces * 2 < len(s) - spaces - 2:
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
        if out and run >= 1 and _latin(out[-1][-1]) and _latin(t[0]):
            out.append(" ")
        out.append(t)
        run = 0
    return "".join(out)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _join(a: str, b: str) -> str:
    """The separator between two wrapped lines: a space only between two Latin words/numbers."""
    return " " if _latin(a[-1]) and _latin(b[0]) else ""


# Widths -----------------------------------------------------------------------------------


def _measure(lines: list[_Line]) -> None:
    """Set each line's length ``n`` in the measure (characters, or display width with ASCII
    counted as half) under which the lines that wrap are most even."""
    lens = [float(len(x.text)) for x in lines]
    disp = [len(x.text) - 0.5 * len(x.text.encode("ascii", "ignore")) for x in lines]
    spread_len = spread_disp = 0.0
    i = 0
    while i < len(lines):
        j = i
        while not lines[j].last_in_block:
            j += 1
        inner = [k for k in range(i + 1, j) if lines[k].kind == "body"]  # neither first nor last
        if len(inner) >= 2:
            for vals, acc in ((lens, 0), (disp, 1)):
                m = sorted(vals[k] for k in inner)[len(inner) // 2]
                d = sum(abs(vals[k] - m) for k in inner)
                if acc == 0:
                    spread_len += d
                else:
                    spread_disp += d
        i = j + 1
    chosen = disp if spread_disp < spread_len else lens
    for x, n in zip(lines, chosen):
        x.n = n


def _is_inner(x: _Line) -> bool:
    """A line that wrapped: not the last of its block, body text."""
    return not x.last_in_block and x.kind == "body"


def _width(lines: list[_Line], i: int) -> float | None:
    """The local column width around line ``i``: the (upper) median length of the wrapped
    lines of its block within a few lines; if its block has too few, of the wrapped lines
    nearby whatever their block; else (double-spaced text) the length it shares with a
    neighbouring one-line block; else None (no evidence)."""
    n = len(lines)
    block = lines[i].block
    lo, hi = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
    vals = [lines[k].n for k in range(lo, hi) if lines[k].block == block and _is_inner(lines[k])]
    if len(vals) < 3:
        lo, hi = max(0, i - 2 * _WINDOW), min(n, i + 2 * _WINDOW + 1)
        vals = [lines[k].n for k in range(lo, hi) if _is_inner(lines[k])]
    if vals:
        vals.sort()
        return vals[len(vals) // 2]
    x = lines[i]
    if x.first_in_block and x.last_in_block and x.n >= 16:
        for k in (i - 1, i + 1):
            if 0 <= k < n:
                y = lines[k]
                if y.first_in_block and y.last_in_block and abs(y.n - x.n) <= 2:
                    return max(x.n, y.n)
    return None


# Decisions --------------------------------------------------------------------------------


def _heading_blocks(lines: list[_Line]) -> set[int]:
    """Indices of lines to join to the previous one because both belong to a short block of
    2–4 lines without sentence punctuation (a heading set over several lines)."""
    joins: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].block == lines[i].block and lines[j].kind == "body":
            j += 1
        run = lines[i:j]
        if (
            2 <= len(run) <= 4
            and not any(x.punct for x in run)
            and sum(len(x.text) for x in run) <= _HEADING_MAX
            and not any(_starts_unit(x.text) for x in run[1:])
        ):
            joins.update(range(i + 1, j))
        k = j
        while k < len(lines) and lines[k].block == lines[i].block:
            k += 1
        i = max(k, i + 1)
    return joins


def _starts_unit(s: str) -> bool:
    return bool(P.RE_REPAIR_STRONG_START.match(s) or P.RE_REPAIR_ITEM_START.match(s))


def _decide(lines: list[_Line]) -> list[tuple[int, int]]:
    """Split the lines into units: (first index, end index) pairs."""
    gaps = [x for x in lines if x.gap_before]
    ends = [lines[i - 1] for i, x in enumerate(lines) if x.gap_before]
    blank_mode = len(gaps) >= 3 and sum(e.ending in ("final", "colon") for e in ends) >= 0.5 * len(ends)
    indent_evidence = sum(x.indented for x in lines) < 0.5 * len(lines)
    heading_joins = _heading_blocks(lines)
    widths = [_width(lines, i) for i in range(len(lines))]

    units: list[tuple[int, int]] = []
    first = 0
    u_len = len(lines[0].text)
    u_punct = lines[0].punct
    u_open = _open_count(lines[0].text)
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        cut = _is_break(
            lines, k, first, u_len, u_punct, u_open, blank_mode, indent_evidence, heading_joins,
            widths[k - 1], widths[k],
        )
        if cut:
            units.append((first, k))
            first, u_len, u_punct, u_open = k, 0, False, 0
        u_len += len(b.text)
        u_punct = u_punct or b.punct
        u_open += _open_count(b.text)
        del a
    units.append((first, len(lines)))
    return units


def _open_count(s: str) -> int:
    return s.count("“") - s.count("”") + s.count("（") - s.count("）") + s.count("(") - s.count(")")


def _is_break(
    lines: list[_Line],
    k: int,
    first: int,
    u_len: int,
    u_punct: bool,
    u_open: int,
    blank_mode: bool,
    indent_evidence: bool,
    heading_joins: set[int],
    w_a: float | None,
    w_b: float | None,
) -> bool:
    a, b = lines[k - 1], lines[k]
    # Hard evidence first.
    if a.ending == "cont" or P.RE_REPAIR_START_CLOSER.match(b.text):
        return False
    if a.kind == "trailer":
        return u_open <= 0
    if a.kind in ("byline", "source") or b.kind != "body":
        return True
    if k in heading_joins:
        return False
    if u_open > 0 and u_len < _HEADING_MAX and not u_punct:
        return False  # a heading with an open quote: “一带\n一路”
    # Weighed evidence.
    score = {"final": _W_FINAL, "colon": _W_FINAL}.get(a.ending, _W_OTHER)
    short = w_a is None
    if w_a is not None:
        cap = w_a - 2 if k - 1 == first else w_a
        if a.n <= cap - 2:
            score += _W_SHORT
            short = True
        elif a.n >= cap - 1:
            score += _W_FULL
    if not u_punct and u_len <= _HEADING_MAX and a.ending == "other":
        marked = bool(P.RE_REPAIR_STRONG_START.match(lines[first].text))
        if short or (marked and (b.gap_before or not blank_mode)):
            score += _W_HEADING
    if w_b is not None and k + 1 < len(lines) and lines[k + 1].block == b.block:
        c = lines[k + 1]
        if w_b - 3 <= b.n <= w_b - 1.5 and c.n >= w_b - 1:
            score += _W_NEXT_FIRST
        elif b.n >= w_b - 1:
            score += _W_NEXT_FULL
    if P.RE_REPAIR_STRONG_START.match(b.text):
        score += _W_STRONG
    elif P.RE_REPAIR_ITEM_START.match(b.text):
        score += _W_ITEM
    if indent_evidence and b.indented:
        score += _W_INDENT
    if blank_mode:
        score += 2.0 if b.gap_before else -1.0
    elif b.gap_before:
        score += 0.5
    return score > 0


def _to_block(unit: list[_Line]) -> Block:
    parts = [unit[0].text]
    for prev, x in zip(unit, unit[1:]):
        parts.append(_join(prev.text, x.text))
        parts.append(x.text)
    return Block(text="".join(parts), start=unit[0].start, end=unit[-1].end, n_lines=len(unit))
