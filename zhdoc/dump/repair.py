"""Repair: the lines of a newspaper text dump → paragraph-sized blocks.

A dump of a Chinese newspaper page is wrapped at the column width (which changes from column to
column), cut by column and page breaks that show up as blank lines in mid-sentence, sometimes has
no blank line between paragraphs at all, and has the odd justified line spaced out character by
character. :func:`repair` decides, for every line end, whether a paragraph ends there, from the
evidence such dumps carry:

* punctuation: a paragraph ends after 。！？…： and never after ，、；“ (nor before a line that
  starts with closing punctuation);
* line length against the column width, estimated locally from the lines around (a short line
  ends a paragraph; where the dump shows it, the first line of a paragraph is short by the
  dropped two-character indent — where paragraphs start on full lines, that is no evidence);
* list markers (一是, 第一，, （一）, 1.) and heading marks (▎, 一、, ——) that start a unit;
* heading-like units (short, no sentence punctuation, possibly wrapped over two short lines),
  document titles (关于…的通知), bylines (``□ 吕 铁 刘 丹``), trailers (``（作者单位：…）``),
  source lines and field lines (``关键词：…``), which stand alone;
* running headers and page numbers left in the dump (``2024年3月5日 星期二`` / ``理论`` /
  ``7``), which stand apart as blocks with role ``"furniture"``, even in mid-sentence;
* blank lines, weighted by how the document uses them (paragraph separators or column breaks).

Repair never drops, adds or reorders a non-whitespace character, and runs in linear time.
The lines are read and classified in :mod:`zhdoc.dump.lines`; column widths are estimated in
:mod:`zhdoc.dump.widths`; this module weighs the evidence and builds the blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhdoc.dump.lines import DumpLine, despace, latin, read_lines
from zhdoc.dump.widths import PULLED, double_spaced, measure, widths
from zhdoc.model import Block
from zhdoc.rules.bylines import NAME_LINE, POSITION_END
from zhdoc.rules.chars import HAS_FINAL, HAS_SENT_PUNCT
from zhdoc.rules.kinds import DATE_LINE, DOC_TITLE
from zhdoc.rules.limits import BARE_MAX, HEADING_MAX

__all__ = ["despace", "repair"]

#: evidence weights (a paragraph break is decided when their sum is positive)
_W_FINAL = 3.0  # line ends with 。！？… or ：
_W_OTHER = -3.0  # line ends with a character, not punctuation
_W_SHORT = 2.0  # line clearly shorter than the column
_W_FULL = -3.0  # line fills the column
_W_NEXT_FIRST = 3.0  # next line is short by the dropped indent and continues
_W_NEXT_FULL = -3.0  # next line fills the column and continues: a continuation line
_W_NEXT_HEADING = 3.0  # next line is short, unpunctuated, and a paragraph starts after it
_W_STRONG = 4.0  # next line starts with ▎, 一、, ——, 第X章 …
_W_ITEM = 2.0  # next line starts with 一是, （一）, 第一， …
_W_HEADING = 4.0  # the unit so far looks like a heading
_W_INDENT = 2.0  # next line is indented (where indentation is rare)


def repair(text: str) -> tuple[Block, ...]:
    r"""Join wrapped lines into paragraph-sized blocks, each with its source span in ``text``.

    >>> dump = "共建“一带一路”\n倡议自提出以来，得到\n越来越多国家响应。\n\n正确处理四方面关系\n\n"
    >>> dump += "金融支持“一带\n一路”建设是个系统工\n\n程，包括政府与市场的\n关系。"
    >>> blocks = repair(dump)
    >>> [b.text for b in blocks]
    ['共建“一带一路”倡议自提出以来，得到越来越多国家响应。', '正确处理四方面关系', '金融支持“一带一路”建设是个系统工程，包括政府与市场的关系。']
    >>> [(b.start, b.end, b.n_lines) for b in blocks]
    [(0, 29, 3), (31, 40, 1), (42, 76, 4)]
    """
    lines = read_lines(text)
    if not lines:
        return ()
    units = _split_list_starts(lines, _decide(lines, measure(lines)))
    return tuple(_to_block(lines[i:j]) for i, j in units)


def _join(a: str, b: str) -> str:
    """The separator between two wrapped lines: a space only between two Latin words/numbers,
    or between a position and the name cut onto the next line (四川省人民政府省长 施小琳)."""
    if latin(a[-1]) and latin(b[0]):
        return " "
    return " " if POSITION_END.search(a) and NAME_LINE.match(b) else ""



# Decisions --------------------------------------------------------------------------------


def _heading_blocks(lines: list[DumpLine]) -> set[int]:
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
            and sum(len(x.text) for x in run) <= HEADING_MAX
            and not any(_starts_unit(x) or DATE_LINE.match(x.text) for x in run[1:])
        ):
            joins.update(range(i + 1, j))
        k = j
        while k < len(lines) and lines[k].block == lines[i].block:
            k += 1
        i = max(k, i + 1)
    return joins


def _wrapped_headings(lines: list[DumpLine], w_back: list[float | None]) -> set[int]:
    """Indices of lines continuing a heading wrapped over two short lines in running text
    (``让年轻人愿意\n回到乡村来`` between a sentence end and a paragraph): two short lines
    without punctuation, the first not clearly the shorter, the second neither a list marker, a
    date nor a lone name (a signature, a byline), and a line with punctuation after them."""
    joins: set[int] = set()
    for i in range(len(lines) - 2):
        x, y, z = lines[i], lines[i + 1], lines[i + 2]
        w = w_back[i]
        if w is None or y.gap_before or x.kind != "body" or y.kind != "body":
            continue
        if i > 0 and not x.gap_before and lines[i - 1].ending not in ("final", "colon"):
            continue  # not at a unit start
        if x.punct or y.punct or x.spaced or y.spaced or y.opening or y.indented or not z.punct:
            continue
        if x.n > w - 2 or y.n > w - 4 or len(x.text) + len(y.text) > HEADING_MAX:
            continue  # (a line short by an indent is a paragraph's first)
        if x.n < y.n - 2:
            continue  # a wrapped line is not the shorter one: a column label over a title
        if DATE_LINE.match(y.text) or NAME_LINE.match(y.text):
            continue
        joins.add(i + 1)
    return joins


def _standalone(x: DumpLine) -> bool:
    """A line that may stand alone: unpunctuated (heading, signature, date), or a short call
    or salutation ending in ！ or ： (各位代表！, 同志们：)."""
    if not x.punct:
        return True
    return len(x.text) <= 8 and x.text[-1] in "！!：:" and not HAS_SENT_PUNCT.search(x.text[:-1])


def _starts_unit(x: DumpLine) -> bool:
    return x.opening in ("strong", "item")


@dataclass(slots=True)
class _Doc:
    """What holds for the whole dump."""

    lines: list[DumpLine]
    blank_separated: bool  # blank lines separate paragraphs (else they are column breaks)
    indent_evidence: bool  # indentation is rare, so an indented line starts something
    first_short: bool  # a paragraph's first line is short by its (dropped) indent
    heading_joins: set[int]  # lines continuing a heading set over several lines
    wrapped: set[int]  # lines continuing a heading wrapped in running text (it ends after them)
    w_back: list[float | None]  # column width at each line, looking back first
    w_fwd: list[float | None]  # … looking ahead first
    ascii_width: float  # an ASCII character's width in the lines' measure

    def slack(self, nxt: DumpLine) -> float:
        """How much shorter than the column a full line may be, given how the next one
        starts: an opening quote/bracket is pushed down whole, a Latin word or number is never
        split (the line is at most the word's width short)."""
        if nxt.lead_word:
            return max(0.0, self.ascii_width * nxt.lead_word - 1.0)
        return 1.0 if nxt.lead_opener else 0.0


@dataclass(slots=True)
class _Unit:
    """The unit being built: its first line and what its text holds so far."""

    first: int
    length: int = 0
    punct: bool = False  # any sentence punctuation
    stop: bool = False  # any 。；：！？
    open: int = 0  # quotes and brackets opened and not closed

    def add(self, x: DumpLine) -> None:
        self.length += len(x.text)
        self.punct = self.punct or x.punct
        self.stop = self.stop or x.stop
        self.open += _open_count(x.text)


def _decide(lines: list[DumpLine], ascii_width: float) -> list[tuple[int, int]]:
    """Split the lines into units: (first index, end index) pairs."""
    ends = [lines[i - 1] for i, x in enumerate(lines) if x.gap_before]
    w_back, w_fwd = widths(lines)
    after_sentence = sum(e.ending in ("final", "colon") for e in ends)
    wrapped = _wrapped_headings(lines, w_back)
    doc = _Doc(
        lines=lines,
        blank_separated=(len(ends) >= 3 and after_sentence >= 0.5 * len(ends))
        or (len(ends) >= 1 and len(ends) == len(lines) - 1),  # every line its own block (repaired text)
        indent_evidence=sum(x.indented for x in lines) < 0.5 * len(lines),
        first_short=_first_lines_short(lines, w_fwd),
        heading_joins=_heading_blocks(lines) | wrapped,
        wrapped=wrapped,
        w_back=w_back,
        w_fwd=w_fwd,
        ascii_width=ascii_width,
    )
    units: list[tuple[int, int]] = []
    unit = _Unit(0)
    unit.add(lines[0])
    for k in range(1, len(lines)):
        if _is_break(doc, unit, k):
            units.append((unit.first, k))
            unit = _Unit(k)
        unit.add(lines[k])
    units.append((unit.first, len(lines)))
    return units


def _first_lines_short(lines: list[DumpLine], w_fwd: list[float | None]) -> bool:
    """Whether the paragraphs' first lines are short by an indent (kept or dropped), judged
    from the lines that follow a clear paragraph end (a short line ending a sentence) and run
    on: False when most of them fill the column (the dump's paragraphs are not indented)."""
    short = full = 0
    for i in range(1, len(lines) - 1):
        p, x, w = lines[i - 1], lines[i], w_fwd[i]
        w_p = w_fwd[i - 1]
        if w is None or w_p is None or x.kind != "body" or not x.punct or x.ending == "final":
            continue
        if p.ending != "final" or p.n > w_p - 3 or x.last_in_block or x.opening:
            continue
        if w - 3.5 <= x.n <= w - 1.0:
            short += 1
        elif x.n >= w - 0.5:
            full += 1
    return not (full >= 2 and full > short)


def _split_list_starts(lines: list[DumpLine], units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lists keep one layout: where a unit starts with item 2 (二是, （二）, 第二，, 2.) and
    item 1 of the same style starts a line after a sentence end inside the unit before it,
    item 1 starts a unit too (``…务实举措。\\n一是…`` followed by ``二是…``)."""
    out: list[tuple[int, int]] = []
    for n, (i, j) in enumerate(units):
        nxt = _item(lines[units[n + 1][0]]) if n + 1 < len(units) else None
        if nxt and nxt[1] == 2:
            for k in range(i + 1, j):
                m = _item(lines[k])
                if m == (nxt[0], 1) and lines[k - 1].ending in ("final", "colon"):
                    out.append((i, k))
                    i = k
                    break
        out.append((i, j))
    return out


def _item(x: DumpLine) -> tuple[str, int] | None:
    """(style, ordinal) of the list marker a line opens with, for ordinals 1 and 2."""
    m = x.marker
    return (m.style, m.ordinal) if m is not None and m.ordinal in (1, 2) else None


def _open_count(s: str) -> int:
    return s.count("“") - s.count("”") + s.count("（") - s.count("）") + s.count("(") - s.count(")")


def _is_break(doc: _Doc, unit: _Unit, k: int) -> bool:
    """Whether a paragraph ends between line ``k - 1`` (the last of ``unit``) and line ``k``."""
    lines, first = doc.lines, unit.first
    w_back, w_fwd, blank_mode = doc.w_back, doc.w_fwd, doc.blank_separated
    a, b = lines[k - 1], lines[k]
    w_a, w_b = w_back[k - 1], w_fwd[k]
    # a one-line block between two column breaks belongs to the column its length fits
    if w_a is not None and a.first_in_block and a.last_in_block and a.n > w_a + 1:
        w_a = w_fwd[k - 1]
    if w_b is not None and b.first_in_block and b.last_in_block and b.n > w_b + 1:
        w_b = w_back[k]
    # a line far longer than the column is not wrapped at it (a paragraph per line)
    # (or set in another measure: double-spaced lines)
    w_a = double_spaced(lines, k - 1) if w_a is not None and a.n > 1.5 * w_a + 2 else w_a
    w_b = double_spaced(lines, k) if w_b is not None and b.n > 1.5 * w_b + 2 else w_b
    # Hard evidence first.
    if a.kind == "furniture" or b.kind == "furniture":
        return True  # running headers and page numbers stand apart, even in mid-sentence
    if a.ending == "cont" or b.opening == "closer":
        return False
    if lines[first].kind == "trailer":
        return unit.open <= 0  # a trailer ends where its bracket closes
    if lines[first].kind == "speaker":  # 国务院总理 李克强; a name cut by the column runs on
        name_cut = k - 1 == first and w_a is not None and a.n >= w_a - 2.5 and len(b.text) <= 2
        return not (name_cut and not b.punct)
    if lines[first].kind == "field":  # 关键词：…; it runs on from a full line, or into its list's end
        return not (a.ending in ("other", "cont") and not b.opening and (
            w_a is not None and a.n >= w_a - 1 or _ends_field_list(a, b, w_b)))
    if lines[first].kind in ("byline", "source", "label") or b.kind != "body":
        return True
    if k in doc.heading_joins:
        return False
    if k - 1 in doc.wrapped:
        return True  # a heading wrapped in running text ends with its second line
    if k - 1 == first and not a.punct and DOC_TITLE.match(a.text):
        return True  # 关于…的通知 stands alone, even where it fills its line
    if unit.open > 0 and unit.length < HEADING_MAX and not unit.punct and not b.punct:
        return False  # a heading with an open quote: “一带\n一路”
    if k - 1 == first and POSITION_END.search(a.text) and NAME_LINE.match(b.text):
        return False  # 四川省人民政府省长\n施小琳
    # Weighed evidence.
    score = {"final": _W_FINAL, "colon": _W_FINAL}.get(a.ending, _W_OTHER)
    short = w_a is None  # no width evidence (no wrapped lines around): every line stands alone
    overfull = False  # a one-line unit too long to be a paragraph's first (indented) line
    if w_a is None:
        score += _W_SHORT
    else:
        slack = doc.slack(b)
        cap = (w_a - 2 if k - 1 == first and doc.first_short else w_a) - slack
        if a.n <= cap - 2 and not a.spaced:
            score += _W_SHORT
            short = True
        elif a.n >= cap + slack - 0.5 or a.spaced:
            score += _W_FULL
            overfull = k - 1 == first and a.n >= w_a - 1 and doc.first_short
        elif a.n >= cap - 0.5:
            score += _W_FULL / 2  # full only if the next line's first word did not fit
        if not a.spaced and a.n < cap + slack - 0.5 and k - 1 == first:
            short = True  # a first line that does not fill its line: the unit ended
    if a.ending == "other" and not unit.stop:
        marked = _starts_unit(lines[first])  # （十）更大力度保护生态环境，推进…
        bare = not unit.punct and (
            short and unit.length <= BARE_MAX or overfull and unit.length <= HEADING_MAX
        )
        if marked and short and not unit.punct and k - 1 == first and lines[first].opening == "strong":
            return True  # 一、… alone on a line it does not fill: a heading
        if bare or (marked and unit.length <= HEADING_MAX):
            if not blank_mode:
                score += _W_HEADING
            elif b.gap_before and (short or overfull):
                return True  # headings stand between blank lines where paragraphs do
            elif b.gap_before or _starts_unit(b):
                score += _W_HEADING  # (a full line before a blank may be a column's last)
    if blank_mode and not b.gap_before and not (short and a.ending == "final"):
        pass  # paragraphs start after a blank line here: a short first line is weak evidence
    elif w_b is not None and k + 1 < len(lines):
        # What the next line is: a full continuation line, the short-by-the-indent first line of
        # a paragraph (then the line after it is full), or a heading-like line standing alone.
        c = lines[k + 1]
        w_c = w_b if c.block == b.block else (w_fwd[k + 1] or w_b)
        s_c = doc.slack(c)
        s_d = doc.slack(lines[k + 2]) if k + 2 < len(lines) else 0.0
        c_full = c.spaced or c.n >= w_c - 0.5 - s_d
        # (a spaced-out line is justified to its measure: full, but a first line's measure is
        # two characters short, so only its length tells which)
        first_like = w_b - 3.5 - s_c <= b.n <= w_b - (1.0 if b.text[-1] in PULLED else 1.5)
        full_like = b.n >= w_b - 0.5 - s_c
        if not doc.first_short:
            pass  # paragraphs start on full lines here: the next line's length tells nothing
        elif b.n >= w_b - 0.5 or (full_like and not first_like):
            score += _W_NEXT_FULL
        elif first_like and c_full and not full_like:
            score += _W_NEXT_FIRST
        elif a.ending in ("final", "colon") and _standalone(b) and b.n <= w_b - 3 and not c_full and (
            w_c - 3.5 - s_d <= c.n or _starts_unit(c) or (not c.punct and c.n <= w_c - 3)
        ):
            score += _W_NEXT_HEADING  # a line standing alone: signature, date, heading, 各位代表！
    if b.opening == "strong":
        score += _W_STRONG
    elif b.opening == "item":
        score += _W_ITEM
    if doc.indent_evidence and b.indented:
        score += _W_INDENT
    if blank_mode:
        score += 2.0 if b.gap_before else -5.0
    elif b.gap_before:
        score += 0.5
    return score > 0


def _ends_field_list(a: DumpLine, b: DumpLine, w_b: float | None) -> bool:
    """Whether ``b`` is the end of the list a field line ``a`` holds (``关键词：数字普惠金融；县域
    经济；面板数`` / ``据；熵值法``): a short body line with the list's separator and no
    sentence-final punctuation."""
    sep = next((c for c in "；;、" if c in a.text), None)
    return bool(
        sep and b.kind == "body" and sep in b.text and b.ending == "other"
        and not HAS_FINAL.search(b.text) and w_b is not None and b.n <= w_b - 2
    )


def _to_block(unit: list[DumpLine]) -> Block:
    parts = [unit[0].text]
    for prev, x in zip(unit, unit[1:]):
        parts.append(_join(prev.text, x.text))
        parts.append(x.text)
    role = "furniture" if unit[0].kind == "furniture" else None
    return Block(text="".join(parts), start=unit[0].start, end=unit[-1].end, n_lines=len(unit), role=role)

