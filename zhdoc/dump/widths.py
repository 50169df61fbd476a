"""Column widths of a text dump, estimated locally: a dump's column width changes from column
to column (the seed has 11-, 17- and 20-character columns), so each line's width is read
from the wrapped lines around it.
"""

from __future__ import annotations

from zhdoc.dump.lines import DumpLine
from zhdoc.rules.chars import PULLED as _PULLED

#: lines looked at on each side when estimating the local column width
_WINDOW = 6
#: share of the wrapped lines near a column width for it to be one (else lines are not wrapped)
_WRAPPED_SHARE = 0.34
#: a double-spaced line is at least this long (shorter lines may be headings or a list)
_DOUBLE_MIN = 12
#: punctuation a typesetter pulls up onto the end of a line (it may overhang the column)
PULLED = frozenset(_PULLED)


def measure(lines: list[DumpLine]) -> float:
    """Set each line's length ``n`` in the measure (characters, or display width with ASCII
    counted as half) under which the lines that wrap are most even; return an ASCII
    character's width in it."""
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
    half = spread_disp < spread_len
    for x, n in zip(lines, disp if half else lens):
        x.n = n
    return 0.5 if half else 1.0


def _fill(x: DumpLine) -> float:
    """How much of the column a wrapped line fills: punctuation pulled up onto its end may
    overhang the column, so it is not counted."""
    return x.n - 1.0 if x.text[-1] in PULLED and len(x.text) > 1 else x.n


def _is_inner(x: DumpLine) -> bool:
    """A line that wrapped: not the last of its block, body text."""
    return not x.last_in_block and x.kind == "body"


def widths(lines: list[DumpLine], apart: frozenset[int] = frozenset()) -> tuple[list[float | None], list[float | None]]:
    """The local column width at each line, looking back first and looking ahead first.

    It is the upper quartile length of the nearly full wrapped lines of the line's block
    within a few lines; if its block has too few, of the nearest wrapped lines on one side
    (a column break may lie between), else on the other; else (double-spaced text) the
    length the line shares with a neighbouring one-line block; else None (no evidence).
    Lines in ``apart`` (an article's head: set in its own type, maybe across columns) are no
    evidence of the width of the text around them.
    """
    n = len(lines)
    fills = [_fill(x) if _is_inner(x) and k not in apart else None for k, x in enumerate(lines)]

    def nearest(i: int, step: int) -> list[float]:
        vals: list[float] = []
        k = i + step
        while 0 <= k < n and abs(k - i) <= 2 * _WINDOW and len(vals) < _WINDOW:
            v = fills[k]
            if v is not None:
                vals.append(v)
            k += step
        return vals

    back: list[float | None] = []
    fwd: list[float | None] = []
    near = inner = 0  # wrapped lines, and those near their block's width
    for i, x in enumerate(lines):
        lo, hi = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
        own = [v for k in range(lo, hi) if (v := fills[k]) is not None and lines[k].block == x.block]
        if len(own) >= 2:
            w = _upper(own)
            back.append(w)
            fwd.append(w)
            if fills[i] is not None:
                inner += 1
                near += w - 2.5 <= fills[i] <= w + 1
            continue
        before, after = nearest(i, -1), nearest(i, +1)
        for out, first, second in ((back, before, after), (fwd, after, before)):
            vals = first if len(first) >= 2 else second or own
            out.append(_upper(vals) if vals else double_spaced(lines, i))
    if inner >= 5 and near < _WRAPPED_SHARE * inner:  # not wrapped: a paragraph per line
        return [None] * n, [None] * n
    return back, fwd


def _upper(vals: list[float]) -> float:
    """The upper quartile of the lines that (nearly) fill the column."""
    ordered = sorted(vals)
    mid = ordered[len(ordered) // 2]
    near = [v for v in ordered if v >= 0.75 * mid]  # drop the short last lines
    return near[(3 * len(near)) // 4]  # above the indented first lines


def double_spaced(lines: list[DumpLine], i: int) -> float | None:
    """The width a one-line block shares with neighbouring ones (double-spaced text: it and
    at least two of the one-line blocks within a few lines are of about one length, none
    ending a sentence)."""

    def alike(k: int) -> bool:
        y = lines[k]
        return (y.first_in_block and y.last_in_block and y.n >= _DOUBLE_MIN
                and y.ending in ("other", "cont") and abs(y.n - lines[i].n) <= 3)

    if not alike(i):
        return None
    near = [lines[k].n for k in range(max(0, i - _WINDOW), min(len(lines), i + _WINDOW + 1))
            if k != i and alike(k)]
    return max(lines[i].n, *near) if len(near) >= 2 else None


def first_lines_short(lines: list[DumpLine], w_fwd: list[float | None], default: bool = True) -> bool:
    """Whether the paragraphs' first lines are short by an indent (kept or dropped), judged
    from the lines that follow a clear paragraph end (a short line ending a sentence) and run
    on: False when most of them fill the column (the dump's paragraphs are not indented);
    ``default`` where no line says, or one alone (an article of a page whose other articles may:
    one paragraph's first line is no evidence against the page's)."""
    short = full = 0
    for i in range(1, len(lines) - 1):
        p, x, w = lines[i - 1], lines[i], w_fwd[i]
        w_p = w_fwd[i - 1]
        if w is None or w_p is None or x.kind != "body" or x.ending == "final":
            continue
        if not x.punct and x.n < w - 0.5:
            continue  # (a short line with no punctuation may be a heading; a full one is text)
        if p.ending != "final" or p.n > w_p - 3 or x.last_in_block or x.opening:
            continue
        if w - 3.5 <= x.n <= w - 1.0:
            short += 1
        elif x.n >= w - 0.5:
            full += 1
    if short + full <= 1:
        return default
    return not (full >= 2 and full > short)
