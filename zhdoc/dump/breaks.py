"""Where a paragraph ends in a text dump: the evidence between two lines, as named rules.

For every line end, :data:`PARAGRAPH_END` decides whether the block being built ends there. Its
hard rules come first (running headers stand apart, a line ending in ``，`` runs on, a trailer
ends where its bracket closes …); otherwise the cues add up: punctuation, the line's length
against the column width, what the next line looks like, list markers and heading marks,
indentation and blank lines, each with its named weight. :func:`zhdoc.dump.repair.explain_breaks`
shows which fired at each line.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhdoc.dump.lines import DumpLine, finishes_word
from zhdoc.dump.widths import PULLED, double_spaced
from zhdoc.dump.wrapping import overruns
from zhdoc.evidence import Cue, Decider, Hard
from zhdoc.lexicon import ends_inside_word
from zhdoc.rules.bylines import NAME_LINE, PADDED_WORD, POSITION_END
from zhdoc.rules.chars import (COLON_HEADING, HAS_FINAL, HAS_SENT_PUNCT, LEAD_IN_QUOTE, TAIL_PAST_COLUMN, WHOLE_QUOTE,
                               comma_phrases, open_count, two_phrase_label)
from zhdoc.rules.kinds import DATELINE, DOC_TITLE
from zhdoc.rules.limits import (BARE_MAX, HEADING_COMMAS, HEADING_MAX, LEAD_IN_MAX, OVER_COLUMN, WRAPPED_HEADING_LINES,
                                WRAPPED_HEADING_MAX)


@dataclass(slots=True)
class DumpLayout:
    """What holds for the whole dump."""

    lines: list[DumpLine]
    blank_separated: bool  # blank lines separate paragraphs (else they are column breaks)
    indent_evidence: bool  # indentation is rare, so an indented line starts something
    first_short: bool  # a paragraph's first line is short by its (dropped) indent
    heading_joins: set[int]  # lines continuing a heading set over several lines
    wrapped: set[int]  # last lines of headings wrapped in running text (each ends after it)
    wrapped_starts: set[int]  # first lines of such headings (each starts a block)
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


def blank_lines_part_paragraphs(lines: list[DumpLine], w_back: list[float | None]) -> bool:
    """Whether the dump's blank lines part paragraphs (else they are column or page breaks): most
    come after a sentence end or after a heading (a short line with no sentence punctuation: a
    page of many headings has as many blank lines after them as after its paragraphs), or every
    line is a block of its own (repaired text)."""
    ends = [(lines[i - 1], w_back[i - 1]) for i, x in enumerate(lines) if x.gap_before]
    parted = sum(e.ending in ("final", "colon")
                 or (e.ending == "other" and not e.punct and w is not None and e.n <= w - 2)
                 for e, w in ends)
    return (len(ends) >= 3 and parted >= 0.5 * len(ends)) or (len(ends) >= 1 and len(ends) == len(lines) - 1)


def first_lines_full_after_blanks(lines: list[DumpLine], w_fwd: list[float | None]) -> bool:
    """Where blank lines part paragraphs, whether the lines after them (a paragraph's first, after
    one ending a sentence or a heading's last, unpunctuated) mostly fill the column: the
    paragraphs are not indented, so a full line after a blank line is no continuation."""
    short = full = 0
    for i in range(1, len(lines) - 1):
        p, x, w = lines[i - 1], lines[i], w_fwd[i]
        after_end = p.ending == "final" or (p.ending == "other" and not p.punct)
        if (w is None or not x.gap_before or not after_end or x.kind != "body" or not x.punct
                or x.ending == "final" or x.last_in_block or x.opening):
            continue
        if w - 3.5 <= x.n <= w - 1.0:
            short += 1
        elif x.n >= w - 0.5:
            full += 1
    return full >= 2 and full > short


@dataclass(slots=True)
class OpenBlock:
    """The block being built: its first line and what its text holds so far."""

    first: int
    length: int = 0
    punct: bool = False  # any sentence punctuation
    stop: bool = False  # any 。；：！？
    open: int = 0  # quotes and brackets opened and not closed

    def add(self, x: DumpLine) -> None:
        self.length += len(x.text)
        self.punct = self.punct or x.punct
        self.stop = self.stop or x.stop
        self.open += open_count(x.text)


def starts_block(x: DumpLine) -> bool:
    """A line opening with a heading mark, a heading number or a list marker."""
    return x.opening in ("strong", "item")


def _undated(x: DumpLine) -> bool:
    """A line that opens no dateline (本报北京4月8日电, 新华社…电)."""
    return not DATELINE.match(x.text.strip())


def _marked(x: DumpLine) -> bool:
    """A line opening as a heading may (``starts_block``): a dateline opens a unit too, but a
    paragraph, never a heading (本报北京4月8日电  （记者耿磊）近 / 日，记者从…)."""
    return starts_block(x) and _undated(x)


def _standalone(x: DumpLine) -> bool:
    """A line that may stand alone: unpunctuated (heading, signature, date), or a short call
    or salutation ending in ！ or ： (各位代表！, 同志们：)."""
    if not x.punct:
        return True
    return len(x.text) <= 8 and x.text[-1] in "！!：:" and not HAS_SENT_PUNCT.search(x.text[:-1])


def _alone_like(x: DumpLine) -> bool:
    """A line that may stand alone (:func:`_standalone`), or one ending on a character with no
    sentence or clause stop in it (以全球治理新理念为基石，推动): short there, it is no line of
    wrapped text, which runs to the column's end or ends its sentence."""
    return _standalone(x) or (x.ending == "other" and not x.stop)


def _comma_heading(doc: DumpLayout, a: DumpLine, w_a: float | None, b: DumpLine, w_b: float | None) -> bool:
    """Whether a short line alone may be a heading of phrases parted by commas (夯实基层组织，筑牢
    治理根基, longer than a column's label): nothing else of a sentence in it, no 、 (a list
    runs on), its last word whole (a line the content stream breaks at a bold run or a quote
    ends inside a word: …司法案例，看司法机 / 关…), and the next line no short bare line ending on
    a character (the heading's second line: 以新发展理念为引领，带来关系 / 我国发展全局的一场深刻变革)
    but a paragraph's first: as long as the column, or short of it by an indent at most, or a
    paragraph of one line, ending a sentence (记者：如何抓好《意见》贯彻落实？ under a heading)."""
    if not comma_phrases(a.text, HEADING_COMMAS) or "、" in a.text or ends_inside_word(a.text, b.text):
        return False
    return _paragraph_under(doc, a, w_a, b, w_b)


def _paragraph_under(doc: DumpLayout, a: DumpLine, w_a: float | None, b: DumpLine, w_b: float | None) -> bool:
    """Whether line ``b`` can open a paragraph under a heading: as long as the column (with a
    mark in it, indented, or filling it whole: 中华文明是世界上唯一绵延不断且以国家形态发展至今的伟),
    or short of it by an indent at most, or a paragraph of one line ending a sentence; after a
    blank line where blank lines part paragraphs; and not opening on a word the line before could not hold
    (a number, a quote or a title pushed down: the line before is short for that, 4月7日，省政府印发
    / 《关于…》, 主要预期目标是：国内生产总值增长 / 6.5%左右)."""
    if doc.blank_separated and not b.gap_before:
        return False
    if (b.lead_word or b.lead_opener) and (w_a is None or a.n > w_a - doc.slack(b) - 4.0):
        return False  # (short by no more than the word pushed down and an indent)
    return w_b is not None and (b.n >= w_b - 3.5 and (b.punct or b.ending != "other" or b.indented
                                                       or b.n >= w_b - 0.5)
                                or b.ending in ("final", "colon"))


def _ends_field_list(a: DumpLine, b: DumpLine, w_b: float | None) -> bool:
    """Whether ``b`` is the end of the list a field line ``a`` holds (``关键词：数字普惠金融；县域
    经济；面板数`` / ``据；熵值法``): a short body line with the list's separator and no
    sentence-final punctuation."""
    sep = next((c for c in "；;、" if c in a.text), None)
    return bool(
        sep and b.kind == "body" and sep in b.text and b.ending == "other"
        and not HAS_FINAL.search(b.text) and w_b is not None and b.n <= w_b - 2
    )


class Gap:
    """The line end between line ``k - 1`` (``a``, the last of the open block) and line ``k``
    (``b``), with what the decision reads there: the column widths, whether ``a`` is short or
    full, whether the block so far looks like a heading, and what the next line looks like."""

    __slots__ = ("doc", "block", "k", "a", "b", "first", "w_a", "w_b", "width", "short", "overfull",
                 "under_wrapped", "heading_like", "colon_heading", "_next")

    def __init__(self, doc: DumpLayout, block: OpenBlock, k: int) -> None:
        lines = doc.lines
        self.doc, self.block, self.k = doc, block, k
        a, b = self.a, self.b = lines[k - 1], lines[k]
        first = self.first = lines[block.first]
        w_a, w_b = doc.w_back[k - 1], doc.w_fwd[k]
        # a one-line block between two column breaks belongs to the column its length fits
        if w_a is not None and a.first_in_block and a.last_in_block and a.n > w_a + 1:
            w_a = doc.w_fwd[k - 1]
        if w_b is not None and b.first_in_block and b.last_in_block and b.n > w_b + 1:
            w_b = doc.w_back[k]
        # a line far longer than the column is not wrapped at it (a paragraph per line)
        # (or set in another measure: double-spaced lines)
        w_a = double_spaced(lines, k - 1) if w_a is not None and a.n > 1.5 * w_a + 2 else w_a
        w_b = double_spaced(lines, k) if w_b is not None and b.n > 1.5 * w_b + 2 else w_b
        self.w_a, self.w_b = w_a, w_b
        # a's length against the column: "none" (no width evidence: every line stands alone),
        # "short", "full", "nearly_full" (full only if the next line's first word did not fit), ""
        self.short = w_a is None
        self.overfull = False  # a one-line block too long to be a paragraph's first (indented) line
        self.width = "none" if w_a is None else ""
        if w_a is not None:
            slack = doc.slack(b)
            cap = (w_a - 2 if k - 1 == block.first and doc.first_short else w_a) - slack
            if a.n <= cap - 2 and not a.spaced:
                self.width, self.short = "short", True
            elif _over_column(a, w_a, doc.ascii_width):
                self.width = "over"
            elif a.n >= cap + slack - 0.5 or a.spaced:
                self.width = "full"
                self.overfull = k - 1 == block.first and a.n >= w_a - 1 and doc.first_short
            elif a.n >= cap - 0.5:
                self.width = "nearly_full"
            if not a.spaced and a.n < cap + slack - 0.5 and k - 1 == block.first:
                self.short = True  # a first line that does not fill its line: the block ended
        # the block so far may be a heading: no sentence or clause end, not the text right under
        # a heading wrapped in running text (that is its paragraph), and bare (short and
        # unpunctuated, not a first line short by just its paragraph's indent) or marked (一、,
        # （一）) and short
        self.under_wrapped = block.first - 1 in doc.wrapped
        first_like = (k - 1 == block.first and doc.first_short and w_a is not None
                      and w_a - 3.5 <= a.n <= w_a - 1.5 and not a.spaced)
        # (bare: no punctuation, or a short line of phrases parted by a comma, its quotes closed:
        # 科研支撑，产品更高端 (``two_phrase_label``), or the block's one line, ``_comma_heading``;
        # 当前，我国“ 四 is a clause cut by a narrow column)
        bare = not block.punct or (self.short and open_count(a.text) == 0 and (
            two_phrase_label(a.text) or k - 1 == block.first and _comma_heading(doc, a, w_a, b, w_b)))
        # (or a clause heading wrapped at the text's measure: lines after a sentence end, a comma
        # but no stop in them, what they open closed, the last short, shorter than the line over
        # it: 高校毕业生规模连续3年超千万，将解决好人力资 / 源供需不匹配的结构性就业矛盾; text never
        # ends on a character; a dateline opens a story's first paragraph, never a heading)
        wrapped_clause = (k - 1 > block.first and self.short and block.open == 0
                          and not DATELINE.match(first.text.strip())
                          and a.n <= doc.lines[k - 2].n - 2
                          and block.length <= WRAPPED_HEADING_MAX
                          and (block.first == 0 or doc.lines[block.first - 1].ending in ("final", "colon")))
        # (a dateline opens a paragraph, never a heading: 本报南昌12月30日电 / （记者徐帆）记者从当地)
        self.heading_like = a.ending == "other" and not block.stop and not self.under_wrapped and _undated(first) and (
            bare and not first_like and (self.short and block.length <= BARE_MAX
                                                    or self.overfull and block.length <= HEADING_MAX)
            or _marked(first) and block.length <= HEADING_MAX
            or wrapped_clause
        )
        # (or a lead and its phrase parted by a colon, alone on a line short of the column,
        # longer than it (not wrapped at it) or not indented where paragraphs are, over a paragraph,
        # what it opens closed: “最先一公里”：产地预冷设施补短板, not 习近平总书记强调：“圆满实现,
        # a line the content stream breaks at a quote; its block is marked a heading)
        self.colon_heading = (k - 1 == block.first and not self.under_wrapped and a.kind == "body"
                              and (self.short or w_a is not None and overruns(a, w_a)
                                   or b.indented and not a.indented)
                              and bool(COLON_HEADING.match(a.text.strip())) and open_count(a.text) == 0
                              and _paragraph_under(doc, a, w_a, b, w_b)
                              and (k - 1 == 0 or lines[k - 2].ending in ("final", "colon")))
        self._next: str | None | bool = False  # not looked at yet

    @property
    def next_shape(self) -> str | None:
        if self._next is False:
            self._next = self._next_shape()
        return self._next  # type: ignore[return-value]

    def _next_shape(self) -> str | None:
        """What the next line is: a full continuation line ("full"), the short-by-the-indent
        first line of a paragraph, the line after it full ("first"), or a line standing alone
        ("alone"); None where its length tells nothing (paragraphs start after blank lines here,
        or on full lines, or there is no width evidence)."""
        doc, k, a, b, w_b = self.doc, self.k, self.a, self.b, self.w_b
        lines = doc.lines
        if doc.blank_separated and not b.gap_before and not (self.short and a.ending == "final"):
            return None  # paragraphs start after a blank line here: a short first line is weak evidence
        if w_b is None or k + 1 >= len(lines):
            return None
        c = lines[k + 1]
        w_c = w_b if c.block == b.block else (doc.w_fwd[k + 1] or w_b)
        if not doc.first_short:  # paragraphs open on full lines here: a short line after a
            # sentence end, ending on a character with no stop in it, over a full line or a
            # marked one, stands alone (深刻认识一带一路建设的重大意义, over its paragraph)
            if a.ending in ("final", "colon") and _alone_like(b) and b.n <= w_b - 2 and (
                    c.n >= w_c - 0.5 or starts_block(c)):
                return "alone"
            return None
        s_c = doc.slack(c)
        s_d = doc.slack(lines[k + 2]) if k + 2 < len(lines) else 0.0
        c_full = c.spaced or c.n >= w_c - 0.5 - s_d
        # (a spaced-out line is justified to its measure: full, but a first line's measure is
        # two characters short, so only its length tells which)
        first_like = w_b - 3.5 - s_c <= b.n <= w_b - (1.0 if b.text[-1] in PULLED else 1.5)
        full_like = b.n >= w_b - 0.5 - s_c
        if b.n >= w_b - 0.5 or (full_like and not first_like):
            return "full"
        if first_like and c_full and not full_like:
            return "first"
        if a.ending in ("final", "colon") and _alone_like(b) and b.n <= w_b - 3 and not c_full and (
            w_c - 3.5 - s_d <= c.n or starts_block(c) or (not c.punct and c.n <= w_c - 3)
        ):
            return "alone"
        return None


def _over_column(x: DumpLine, w: float | None, ascii_width: float = 1.0) -> bool:
    """A line clearly wider than its column, with no sentence or clause stop in it, that ends
    on an ideograph or on closing marks after one (a line of wrapped text overruns its column
    only by pushed-back marks or an unbroken Latin word, which are not counted: ``…健康中国2030”``
    in a column of 18): it was not wrapped at the column (a heading or title set whole), so it
    stands apart."""
    if not (w is not None and x.n > w + OVER_COLUMN and x.ending == "other" and not x.spaced
            and x.kind == "body" and not x.stop and not x.text[-1].isascii()):
        return False
    tail = TAIL_PAST_COLUMN.search(x.text)
    past = sum(ascii_width if c.isascii() else 1.0 for c in tail.group()) if tail else 0.0
    return x.n - past > w + OVER_COLUMN


def _speaker_name_cut(g: Gap) -> bool:
    """国务院总理 李 / 克强: a name cut by the column runs on."""
    a, b, w_a = g.a, g.b, g.w_a
    return (g.first.kind == "speaker" and g.k - 1 == g.block.first and w_a is not None
            and a.n >= w_a - 2.5 and len(b.text) <= 2 and not b.punct)


def _field_runs_on(g: Gap) -> bool:
    """关键词：… runs on from a full line, or into the end of its list."""
    a, b = g.a, g.b
    return g.first.kind == "field" and a.ending in ("other", "cont") and not b.opening and (
        g.w_a is not None and a.n >= g.w_a - 1 or _ends_field_list(a, b, g.w_b))


def _marked_heading_alone(g: Gap) -> bool:
    """一、… alone on a line it does not fill (not a dateline: ``_marked``)."""
    return (g.a.ending == "other" and not g.block.stop and not g.under_wrapped and g.first.opening == "strong"
            and _marked(g.first) and g.short and not g.block.punct and g.k - 1 == g.block.first)


def _lead_in_line(x: DumpLine, w: float | None, apart: bool) -> bool:
    """A short line ending with a dash, no sentence in it (江苏苏州——, 降费用——): half its column
    at most (a dash a sentence runs on through is set in a full line); with no column to
    measure, ``apart`` (a blank line after it: repaired text, a block a line, keeps it apart as
    it was read)."""
    t = x.text.strip()
    return t.endswith("——") and not x.punct and len(t) <= LEAD_IN_MAX and (x.n <= w / 2 if w is not None else apart)


def _lead_in_heading(g: Gap) -> bool:
    """A block of one lead-in line (``_lead_in_line``) started after a sentence end: a lead-in
    heading over what follows, not a clause running on."""
    a, w_a = g.a, g.w_a
    return (g.k - 1 == g.block.first and _lead_in_line(a, w_a, g.b.gap_before)
            and (g.block.first == 0 or g.doc.lines[g.block.first - 1].ending in ("final", "colon")
                 or a.gap_before))


def _alone_between_blanks(g: Gap) -> bool:
    """Where blank lines part paragraphs, a block between two after a sentence end (a line, or
    lines wrapped at the column), ending on a character with no stop in it, its commas parting
    HEADING_COMMAS phrases at most, what it opens closed, its last line short of the column
    (以全球治理新理念为基石，推动构建人类命运共同体 in a column of 24): a heading; a paragraph ends on
    a mark, and one cut by a column break (a blank line too) ends on a full line. A line alone
    longer than the column (``overruns``: 夯实基层组织，筑牢治理根基, 14 characters in a column of
    13) was not wrapped at it: a heading set whole, however full."""
    doc, f, a = g.doc, g.block.first, g.a
    text = "".join(x.text for x in doc.lines[f:g.k])
    return (doc.blank_separated and g.b.gap_before and doc.lines[f].gap_before
            and g.k - f <= WRAPPED_HEADING_LINES and len(text) <= WRAPPED_HEADING_MAX
            and not any(x.gap_before for x in doc.lines[f + 1:g.k])
            and (f == 0 or doc.lines[f - 1].ending in ("final", "colon"))
            and a.ending == "other" and not g.block.stop
            and (g.width not in ("full", "nearly_full") or g.k - f == 1 and overruns(a, g.w_a))
            and text.count("，") <= HEADING_COMMAS and open_count(text) == 0)


def _next_block_heading_like(g: Gap) -> bool:
    """Where blank lines part paragraphs, the blank-line block after a sentence end is short
    and holds no sentence mark, ending on a character: a heading set over lines (``高校毕业生
    规模连续3年超千`` / ``万，将解决好…`` / ``…结构性就业矛盾``), not the rest of a paragraph."""
    doc, k = g.doc, g.k
    if not (doc.blank_separated and g.b.gap_before and g.a.ending == "final"):
        return False
    lines = doc.lines
    e = k + 1
    while e < len(lines) and not lines[e].gap_before:
        e += 1
    run = lines[k:e]
    return (e < len(lines) and sum(len(x.text) for x in run) <= HEADING_MAX
            and run[-1].ending == "other" and not any(x.stop or HAS_FINAL.search(x.text) for x in run)
            and all(x.kind == "body" for x in run))


def _second_heading_line(g: Gap) -> bool:
    """A line alone in its block, unpunctuated, ending on a character, short of a full line,
    right after a one-line heading (unpunctuated, ending on a character, between a sentence end
    and this line), with a paragraph starting after it: the second heading of a pair (更加注重“提质” /
    推进国土绿化高质量发展), not the first line of a paragraph."""
    first, a, w_a = g.block.first, g.a, g.w_a
    if g.k - 1 != first or first < 2 or w_a is None or a.punct or a.ending != "other":
        return False
    if g.doc.lines[first - 2].ending not in ("final", "colon"):
        return False  # (the heading before is one line after a sentence end: a pair of one-line
        #              headings; the last line of a heading set over several is no such pair)
    prev = g.doc.lines[first - 1]
    return (not prev.punct and prev.ending == "other" and prev.kind == "body" and not a.gap_before
            and a.kind == "body" and a.n <= w_a - 1.5 and g.next_shape == "first")


def _next_ends_the_sentence(g: Gap) -> bool:
    """The next line opens with a sentence of one or two characters (``向。``, ``程。始终…``): no
    paragraph does, so it is the end of this line's sentence, cut where the content stream
    breaks a line at a bold lead sentence's end (以构建全面开放新格局为努力方 / 向。). Not so for a
    line that is a block of its own over a blank line (a heading, or the paragraph the reader
    made before: its text may open on such a sentence, and reading it again must not join it)."""
    return g.a.ending == "other" and finishes_word(g.b, "。！？；") and not (g.b.gap_before and g.k - 1 == g.block.first)


def _dateline_alone(g: Gap) -> bool:
    """A block that is a dateline alone (本报银川4月8日电, its （记者 …） cut onto the next line):
    a dateline opens its story's first paragraph, never stands as one."""
    if g.k - 1 != g.block.first or g.b.gap_before:
        return False
    m = DATELINE.match(g.a.text.strip())
    return m is not None and m.end() == len(g.a.text.strip())


def _lead_in_quoted(g: Gap) -> bool:
    """A block of one line that is a lead-in and its quoted heading (``LEAD_IN_QUOTE``: 湖南沅溪——
    “把戏送到田间地头”), started after a sentence end: a heading, however much of its line (or
    more) it fills."""
    a, first = g.a, g.block.first
    return (g.k - 1 == first and bool(LEAD_IN_QUOTE.match(a.text.strip()))
            and (first == 0 or g.doc.lines[first - 1].ending in ("final", "colon")))


def _lead_in_next(g: Gap) -> bool:
    """After a sentence end, the next line is a lead-in heading alone (巴西圣保罗——, short for its
    column, no sentence in it), or one with its quote (``LEAD_IN_QUOTE``): what is before it
    ends, even a full line (a heading after a paragraph's full last line)."""
    a, b = g.a, g.b
    if a.ending not in ("final", "colon") or b.kind != "body":
        return False
    return _lead_in_line(b, g.w_b, True) or bool(LEAD_IN_QUOTE.match(b.text.strip()))


def _quoted_heading(g: Gap) -> bool:
    """A block of one line that is one quotation without a sentence mark inside it, started
    after a lead-in heading (江苏苏州——) or a sentence end: a quoted heading, however much of
    its line it fills."""
    a, first = g.a, g.block.first
    return (g.k - 1 == first and first > 0 and bool(WHOLE_QUOTE.match(a.text.strip()))
            and (g.doc.lines[first - 1].text.endswith("——")
                 or g.doc.lines[first - 1].ending in ("final", "colon")))


#: does the open block end between line k-1 and line k?
PARAGRAPH_END: Decider[Gap] = Decider(
    "paragraph end",
    hard=(
        Hard("furniture", True, "running headers and page numbers stand apart, even in mid-sentence",
             lambda g: g.a.kind == "furniture" or g.b.kind == "furniture"),
        Hard("lead_in_heading", True, "江苏苏州—— alone on a short line after a sentence: a lead-in heading",
             _lead_in_heading),
        Hard("next_lead_in", True, "after a sentence end, the next line is a lead-in heading (巴西圣保罗——): "
             "what is before it ends", _lead_in_next),
        Hard("lead_in_quoted_heading", True, "湖南沅溪——  “…” a lead-in and its quote alone on a line "
             "after a sentence end: a heading", _lead_in_quoted),
        Hard("quoted_heading", True, "“…” one quotation alone on a line after a lead-in or a sentence end: "
             "a quoted heading", _quoted_heading),
        Hard("dateline_runs_on", False, "本报银川4月8日电 alone on its line runs on into its story",
             _dateline_alone),
        Hard("ends_mid_clause", False, "the line ends with ，、；“（— …: the sentence runs on",
             lambda g: g.a.ending == "cont"),
        Hard("next_starts_with_closer", False, "the next line starts with ，。”）…: it closes what runs on",
             lambda g: g.b.opening == "closer"),
        Hard("trailer_closed", True, "a trailer ends where its bracket closes",
             lambda g: g.first.kind == "trailer" and g.block.open <= 0),
        Hard("trailer_open", False, "a trailer runs on until its bracket closes",
             lambda g: g.first.kind == "trailer"),
        Hard("speaker_name_cut", False, "国务院总理 李 / 克强: a speaker's name cut by the column runs on",
             _speaker_name_cut),
        Hard("speaker_line", True, "a speaker line (国务院总理 李克强) stands alone",
             lambda g: g.first.kind == "speaker"),
        Hard("field_runs_on", False, "a field line (关键词：…) runs on from a full line, or into its list's end",
             _field_runs_on),
        Hard("field_line", True, "a field line (关键词：…) stands alone", lambda g: g.first.kind == "field"),
        Hard("standalone_kind", True, "a byline, source line or column label stands alone",
             lambda g: g.first.kind in ("byline", "source", "label")),
        Hard("next_of_a_kind", True, "the next line is a byline, trailer, speaker, source, field or label",
             lambda g: g.b.kind != "body"),
        Hard("heading_set_over_lines", False, "a short unpunctuated block of 2–4 lines is one heading",
             lambda g: g.k in g.doc.heading_joins),
        Hard("wrapped_heading_ends", True, "a heading wrapped over short lines in running text ends",
             lambda g: g.k - 1 in g.doc.wrapped),
        Hard("wrapped_heading_starts", True, "a heading wrapped over short lines in running text starts",
             lambda g: g.k in g.doc.wrapped_starts),
        Hard("document_title", True, "关于…的通知 stands alone, even where it fills its line",
             lambda g: g.k - 1 == g.block.first and not g.a.punct and bool(DOC_TITLE.match(g.a.text))),
        Hard("heading_with_open_quote", False, "a heading with an open quote runs on: “一带 / 一路”; "
             "so does a short line that opens a quote the next line goes on with (“要坚 / 持用唯物史观…，)",
             lambda g: g.block.open > 0 and g.block.length < HEADING_MAX and not g.block.punct),
        Hard("next_ends_a_word", False, "the next line's first sentence is a character or two (…努力方 / 向。): "
             "it ends this line's sentence", _next_ends_the_sentence),
        Hard("position_then_name", False, "四川省人民政府省长 / 施小琳: a position, then the name cut onto the next line",
             lambda g: g.k - 1 == g.block.first and bool(POSITION_END.search(g.a.text))
             and bool(NAME_LINE.match(g.b.text))),
        Hard("padded_section_word", True, "引  言, 结  语 alone on its line, padded to a name's width: a heading",
             lambda g: g.k - 1 == g.block.first and bool(PADDED_WORD.match(g.a.text.strip()))),
        Hard("marked_heading_alone", True, "一、… alone on a line it does not fill: a heading",
             _marked_heading_alone),
        Hard("colon_heading", True, "“最先一公里”：产地预冷设施补短板, a lead and its phrase parted by a colon, "
             "alone on a short line after a sentence end, over a paragraph: a heading",
             lambda g: g.colon_heading),
        Hard("heading_between_blanks", True, "headings stand between blank lines where paragraphs do",
             lambda g: g.heading_like and g.doc.blank_separated and g.b.gap_before
             and (g.short or g.overfull)),
    ),
    cues=(
        Cue("ends_sentence", 3.0, "the line ends with 。！？… or ：", lambda g: g.a.ending in ("final", "colon")),
        Cue("ends_on_character", -3.0, "the line ends with a character, not punctuation",
            lambda g: g.a.ending not in ("final", "colon")),
        Cue("no_width_evidence", 2.0, "no wrapped lines around: every line stands alone",
            lambda g: g.width == "none"),
        Cue("short_line", 2.0, "the line is clearly shorter than the column", lambda g: g.width == "short"),
        Cue("full_line", -3.0, "the line fills the column", lambda g: g.width == "full"),
        Cue("over_column", 5.0, "the line is clearly wider than the column and ends on a character: "
            "not wrapped at it, it stands apart", lambda g: g.width == "over"),
        Cue("next_over_column", 4.0, "the next line is clearly wider than the column and ends on a "
            "character: it stands apart", lambda g: _over_column(g.b, g.doc.w_fwd[g.k], g.doc.ascii_width)),
        Cue("next_block_heading_like", 3.0, "a blank line after a sentence end, and the blank-line block "
            "after it short, with no sentence mark: a heading", _next_block_heading_like),
        Cue("alone_between_blanks", 4.0, "one line between blank lines after a sentence end, ending on "
            "a character with no stop: a heading, however full", _alone_between_blanks),
        Cue("nearly_full_line", -1.5, "the line fills the column unless the next line's first word did not fit",
            lambda g: g.width == "nearly_full"),
        Cue("looks_like_heading", 4.0, "the block so far looks like a heading (short, unpunctuated or marked)",
            lambda g: g.heading_like and (not g.doc.blank_separated or g.b.gap_before or starts_block(g.b))),
        Cue("next_line_full", -3.0, "the next line fills the column and runs on: a continuation line "
            "(not of a short line that looks like a heading: its paragraph opens full, with no "
            "indent or none after a heading; nor, where paragraphs open on an indent, of one too "
            "short to be a paragraph's first line, half the column at most: 课堂搬进大棚 over a full line)",
            lambda g: g.next_shape == "full" and not (g.short and g.heading_like and (
                not g.doc.first_short or g.w_a is not None
                and g.a.n <= min(g.w_a - 4, g.w_a / 2) and not g.b.lead_word))),
        Cue("next_line_first", 3.0, "the next line is short by the dropped indent, and the one after it full",
            lambda g: g.next_shape == "first"),
        Cue("second_heading_line", 3.0, "a short unpunctuated line right after a heading, a paragraph "
            "starting after it: the second heading of a pair", _second_heading_line),
        Cue("next_line_alone", 3.0, "the next line is short, unpunctuated or ending on a character with no stop in it, "
            "and a paragraph starts after it",
            lambda g: g.next_shape == "alone"),
        Cue("next_strong_start", 4.0, "the next line starts with ▎, 一、, ——, 第X章 …",
            lambda g: g.b.opening == "strong"),
        Cue("next_list_item", 2.0, "the next line starts with 一是, （一）, 第一，…", lambda g: g.b.opening == "item"),
        Cue("next_indented", 4.0, "the next line is indented, where indentation is rare: it opens a "
            "paragraph, so what is before it ends, even a full line ending on a character (a heading "
            "with a comma set whole over an indented paragraph)",
            lambda g: g.doc.indent_evidence and g.b.indented),
        Cue("blank_line_between_paragraphs", 2.0, "a blank line, where blank lines separate paragraphs",
            lambda g: g.doc.blank_separated and g.b.gap_before),
        Cue("no_blank_line", -5.0, "no blank line, where blank lines separate paragraphs",
            lambda g: g.doc.blank_separated and not g.b.gap_before),
        Cue("blank_line", 0.5, "a blank line, where blank lines are column breaks",
            lambda g: not g.doc.blank_separated and g.b.gap_before),
    ),
)
