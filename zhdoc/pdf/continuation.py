"""Does a line carry on the paragraph above it? A decision from named evidence.

Every cue is measured on the document itself (``zhdoc.pdf.seats``): the column's edges around
the line, the document's first-line indent, paragraph space and pitch. The cues:

* **fit**: the room left at the end of the line above against the width of the first piece of
  this line that a break could not part (a character with the marks that may not start a line,
  a Latin word or number). Had it fit, the typesetter would have set it there: the line above
  ended its paragraph.
* **indent**: this line indented (a paragraph's first line), or flush where the document
  opens its paragraphs with an indent (a line that carries one on).
* **space**: extra space above this line, against the column's pitch; no extra space where the
  document sets its paragraphs apart by space. Across a column or page end there is no space to
  measure: the other cues decide.
* **sentence**: the line above ends a sentence (weak: most sentences end inside paragraphs), or
  stops inside one (a paragraph never does).
* **style**: a change of size or weight ends a paragraph, a change of font (its Chinese
  characters') speaks against running on; headings and titles wrap by rules of their own (a
  close next line of the same size, weight and font).

``runs_on.decide(junction)`` weighs them; ``Decision.explain()`` says which fired.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from zhdoc.rules.markers import REFERENCE as RE_PDF_REFERENCE_ITEM
from zhdoc.pdf.chars import is_solid
from zhdoc.evidence import Cue, Decider, Decision, Hard
from zhdoc.pdf.seats import (MAX_INDENT, MAX_SPACE, MIN_SPACE, STYLE_SPREAD, Seat, Style, Styles,
                             first_unit, same_size)

#: relative size from which a line is set in heading or title type
HEADING_REL = 1.12
#: ... or set in another font than the body's, larger than it by this share at least
SAME_SIZE_UP = 1.02
#: a heading's next line runs on when its top is at most this many sizes under its bottom
HEADING_WRAP = 1.0
#: a paragraph in large type runs on into a line at most this many sizes under it (top to top)
LARGE_RUN_ON = 2.5
#: a line in large type is full when it ends at most this many ems short of its measure
LARGE_FULL = 1.2
#: a line is flush (no indent) when it starts within this many ems of its column's left edge
FLUSH = 0.35
#: the first unbreakable piece of the next line fits when the room left exceeds its width by
#: this many ems (letter spacing, compressed punctuation)
FIT_SLACK = 0.25
#: ... and after a Latin word or number, a word space this many ems wide goes before it
WORD_SPACE = 0.5
#: marks that end a sentence (a closing quote or bracket may follow them)
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》"
#: a first line indented by this many ems (low, high) against the next, holding this many
#: characters, its next line at most this many sizes under it, opens a paragraph set narrower
#: than its area
OPENING_INDENT = (1.5, 2.6)
OPENING_MIN_CHARS = 12
OPENING_STEP = 2.1
#: type smaller than this share of the body's is a caption's or a note's
SMALLER = 0.95
#: a line is centred under another when their centres are this many ems apart at most
CENTRED = 0.5
#: a hanging-indented line aligns to its entry's text within this many ems
HANGING_SLACK = 0.4

#: weights of the cues (a line runs on when their sum is positive)
W_FONT_CHANGES = -3.0
W_FILLS_LINE = 2.0
W_ROOM_LEFT = -4.0
W_INDENTED = -3.0
W_INDENTED_AS_PARAGRAPHS = -2.0
W_SET_APART = -3.0
W_CENTRED = 1.0
W_FLUSH = 3.0
W_SPACE_ABOVE = -3.0
W_WIDE_SPACE_ABOVE = -2.0
W_NO_SPACE = 2.0
W_MID_SENTENCE = 1.0
W_SENTENCE_END = -0.5


@dataclass(frozen=True, slots=True)
class Junction:
    """Two consecutive lines in reading order, and what is measured between them (lengths in
    ems of the line above: ``room`` left at its end, ``unit`` the width of the next line's first
    unbreakable piece, ``indent`` of the next line, ``excess`` space between them beyond the
    pitch, None when the next line is not under the line above in one column)."""

    prev: Seat
    cur: Seat
    opening: Seat
    style: Style  # the document's style in the size of the line above
    body_size: float  # the document's body size
    room: float
    unit: float
    indent: float
    excess: float | None
    entry: bool  # the paragraph is a reference entry (its lines hang under its text) ...
    hanging: bool  # ... and this line hangs so
    heading_type: bool  # the line above is set in heading or title type (large or bold)
    same_font: bool  # their Chinese characters are set in one font (or a font is unknown)
    fills: bool = False  # the next line's first piece would not have fit on the line above
    centred: bool = False  # the line is centred under a full line (see ``_centred_under``)


def junction(prev: Seat, cur: Seat, opening: Seat, style: Style, body_size: float,
             across: bool = False, body_font: str = "") -> Junction:
    """The junction between ``prev`` and ``cur`` (``opening``: the paragraph's first line;
    ``across``: something, a figure, is set between them, so their distance says nothing)."""
    p, c = prev.line, cur.line
    size = p.size or 1.0
    last = p.glyphs[-1]
    end = max(p.x1, last.x1 + last.trail)  # a space set after the last glyph used room too
    room = max(0.0, prev.right - end) / size
    unit = first_unit(c).width / size
    if not is_solid(last.text[0]):  # after a Latin word or a number, a word space goes first
        unit += WORD_SPACE
    hang = _hanging_at(opening)
    hanging = hang is not None and abs(c.x0 - hang) <= HANGING_SLACK * c.size
    indent = (c.ink[0] - cur.left) / (c.size or 1.0)
    excess = None
    if not across and prev.page == cur.page and c.top > p.top and (
            prev.region == cur.region or min(p.x1, c.x1) - max(p.x0, c.x0) > 0):
        pitch = prev.pitch or cur.pitch or style.pitch or 1.5 * size
        excess = (c.top - p.top - pitch) / size
    heading_type = p.size >= HEADING_REL * body_size or p.bold or bool(
        body_font and p.font and p.font != body_font and p.size > SAME_SIZE_UP * body_size)
    same_font = not p.font or not c.font or p.font == c.font
    j = Junction(prev, cur, opening, style, body_size, room, unit, indent, excess,
                 hang is not None, hanging, heading_type, same_font,
                 room < unit + FIT_SLACK)
    return replace(j, centred=_centred_under(j)) if j.fills and indent > FLUSH else j


def _hanging_at(opening: Seat) -> float | None:
    """Where a reference-list entry's text starts after its marker (`[3] 王某. 题名[J]…`): the
    x its hanging-indented lines align to; None for a line that opens no entry."""
    ln = opening.line
    m = RE_PDF_REFERENCE_ITEM.match(ln.text)
    if not m or ln.x0 - opening.left > 0.7 * ln.size:
        return None
    n = len(m.group().replace(" ", ""))
    return ln.glyphs[n].x0 if n < len(ln.glyphs) else None


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence (。！？… , a closing quote or bracket may follow)."""
    t = text.rstrip(CLOSERS)
    return bool(t) and t[-1] in SENTENCE_END


# hard rules ------------------------------------------------------------------------------

def _style_changes(j: Junction) -> bool:
    p, c = j.prev.line, j.cur.line
    return not same_size(p.size, c.size) or p.bold != c.bold


def _goes_back_up(j: Junction) -> bool:
    return j.prev.region == j.cur.region and j.cur.line.top <= j.prev.line.top


def _heading_runs_into_column(j: Junction) -> bool:
    """The short last line of a heading over columns, read into the column below it."""
    p, c = j.prev.line, j.cur.line
    return (j.heading_type and j.same_font and j.prev.region != j.cur.region
            and j.prev.page == j.cur.page and c.top > p.top and c.top - p.bottom < HEADING_WRAP * p.size
            and p.x0 - p.size <= c.x0 and c.x1 <= p.x1 + p.size)


def _heading_runs_over_column(j: Junction) -> bool:
    """A heading (or a pull quote) whose full last line ends a column, carried on at the top
    of the next, set as far in from the column's edge as the line above (a quote is indented
    on both sides), or centred like it."""
    p, c = j.prev.line, j.cur.line
    inset = (p.ink[0] - j.prev.left) / (p.size or 1.0)
    # an inset block is as far in from the right edge as from the left
    fills = j.fills or j.room - max(0.0, inset) < j.unit + FIT_SLACK
    centred = (abs(sum(p.ink) - j.prev.left - j.prev.right) <= 2 * CENTRED * p.size
               and abs(sum(c.ink) - j.cur.left - j.cur.right) <= 2 * CENTRED * c.size)
    return (j.heading_type and j.same_font and j.prev.last and j.cur.first
            and j.prev.region != j.cur.region and fills
            and (abs(j.indent - inset) < FLUSH or centred and inset > FLUSH))


def _heading_wraps(j: Junction) -> bool:
    p, c = j.prev.line, j.cur.line
    return (j.heading_type and j.same_font and j.prev.region == j.cur.region
            and c.top > p.top and c.top - p.bottom < HEADING_WRAP * p.size)


def _large_type_runs_on(j: Junction) -> bool:
    """A paragraph set in large type runs on from a full line to one not indented, a line or
    so below."""
    p, c = j.prev.line, j.cur.line
    return (p.size >= HEADING_REL * j.body_size and j.same_font and j.prev.region == j.cur.region
            and 0 < c.top - p.top <= LARGE_RUN_ON * p.size
            and j.prev.right - p.x1 <= LARGE_FULL * p.size and j.indent <= 0.7)


def _heading_ends(j: Junction) -> bool:
    return j.heading_type


def _new_entry(j: Junction) -> bool:
    return j.entry and bool(RE_PDF_REFERENCE_ITEM.match(j.cur.line.text))


def _indented_opening(j: Junction) -> bool:
    """A paragraph's first line, set where no measure is known (a line or two in an area as
    wide as the page), indented by about two ems against the next line and running on into it
    (no sentence end, a line's worth of text, longer than the next): a paragraph set narrower
    than the page (a cover's abstract)."""
    p, c = j.prev.line, j.cur.line
    if j.prev.measured or j.opening is not j.prev or j.prev.region != j.cur.region:
        return False
    indent = (p.x0 - c.x0) / c.size
    return (OPENING_INDENT[0] <= indent <= OPENING_INDENT[1] and len(p.text) >= OPENING_MIN_CHARS
            and p.text[-1] not in SENTENCE_END + CLOSERS + "；;：:" and p.x1 > c.x1
            and 0 < c.top - p.top <= OPENING_STEP * p.size)


# cues ------------------------------------------------------------------------------------

def _fills_line(j: Junction) -> bool:
    return j.fills


def _room_left(j: Junction) -> bool:
    return not _fills_line(j)


def _indented(j: Junction) -> bool:
    return not j.hanging and j.indent > 0.7 and not j.centred


def _centred_under(j: Junction) -> bool:
    """The line, in type smaller than the body's, is centred under a full line (a caption
    wrapped; titles wrap by the heading rules): indented, but by its centring: under a line
    that stops within an em of its measure, shorter than it by half an em or more at each end,
    its centre under the other's, and not indented by the document's paragraph indent."""
    p, c = j.prev.line, j.cur.line
    (x0, x1), (p0, p1) = c.ink, p.ink
    as_paragraphs = j.style.indent is not None and abs(j.indent - j.style.indent) <= 2 * CENTRED
    return (c.size < SMALLER * j.body_size and not as_paragraphs and j.room <= 2 * CENTRED
            and min(x0 - p0, p1 - x1) >= CENTRED * c.size
            and abs((x0 + x1) - (p0 + p1)) / 2 <= CENTRED * c.size)


def _set_apart(j: Junction) -> bool:
    return not j.hanging and j.indent > MAX_INDENT and not j.centred


def _indented_as_paragraphs(j: Junction) -> bool:
    return (not j.hanging and j.style.indent is not None and not j.centred
            and abs(j.indent - j.style.indent) <= STYLE_SPREAD + 0.15)


def _flush_where_paragraphs_indent(j: Junction) -> bool:
    return j.style.indent is not None and (j.hanging or j.indent < FLUSH)


def _space_threshold(style: Style) -> float:
    return max(MIN_SPACE, 0.5 * style.space) if style.space else MIN_SPACE


def _space_above(j: Junction) -> bool:
    return j.excess is not None and j.excess >= _space_threshold(j.style)


def _wide_space_above(j: Junction) -> bool:
    return j.excess is not None and j.excess > MAX_SPACE


def _no_space_where_paragraphs_are_spaced(j: Junction) -> bool:
    return (j.style.space is not None and j.excess is not None
            and abs(j.excess) < 0.5 * _space_threshold(j.style))


def stops_mid_sentence(text: str) -> bool:
    """Whether a line stops inside a sentence: on a character or a comma, not on a sentence
    end, a colon or a semicolon."""
    return bool(text) and not ends_sentence(text) and text[-1] not in "：:；;"


def _mid_sentence(j: Junction) -> bool:
    return stops_mid_sentence(j.prev.line.text)


def _sentence_end(j: Junction) -> bool:
    return ends_sentence(j.prev.line.text)


runs_on: Decider[Junction] = Decider(
    "the line carries on the paragraph above it",
    hard=(
        Hard("style_changes", False, "size or weight changes", _style_changes),
        Hard("goes_back_up", False, "the line is not below the one before in its region",
             _goes_back_up),
        Hard("heading_runs_into_column", True, "a heading's last line, read into the column "
             "under it", _heading_runs_into_column),
        Hard("heading_runs_over_column", True, "a heading's full line at a column's foot, "
             "carried on at the next column's top", _heading_runs_over_column),
        Hard("heading_wraps", True, "a heading or title line with a close next line of its "
             "style", _heading_wraps),
        Hard("large_type_runs_on", True, "a paragraph in large type, full line, next line a "
             "line below", _large_type_runs_on),
        Hard("heading_ends", False, "a heading or title that does not wrap", _heading_ends),
        Hard("new_entry", False, "a reference entry ends where the next one starts", _new_entry),
        Hard("indented_opening", True, "an indented first line runs on into its next line, "
             "in an area with no measure", _indented_opening),
    ),
    cues=(
        Cue("font_changes", W_FONT_CHANGES, "the two lines are set in different fonts",
            lambda j: not j.same_font),
        Cue("fills_line", W_FILLS_LINE, "the next line's first piece would not have fit at the "
            "end of the line above", _fills_line),
        Cue("room_left", W_ROOM_LEFT, "it would have fit", _room_left),
        Cue("indented", W_INDENTED, "the line is indented from its column's edge", _indented),
        Cue("centred_under", W_CENTRED, "centred under a full line (a centred block "
            "wrapped)", lambda j: j.centred),
        Cue("set_apart", W_SET_APART, "... farther than any paragraph indent (a signature, a "
            "date, a centred line)", _set_apart),
        Cue("indented_as_paragraphs", W_INDENTED_AS_PARAGRAPHS, "... by the document's "
            "paragraph indent", _indented_as_paragraphs),
        Cue("flush_where_paragraphs_indent", W_FLUSH, "the line is flush and the document "
            "indents its paragraphs' first lines", _flush_where_paragraphs_indent),
        Cue("space_above", W_SPACE_ABOVE, "extra space above the line, beyond the column's "
            "pitch", _space_above),
        Cue("wide_space_above", W_WIDE_SPACE_ABOVE, "space above the line for a block or "
            "figure", _wide_space_above),
        Cue("no_space_where_paragraphs_are_spaced", W_NO_SPACE, "no extra space, and the "
            "document sets its paragraphs apart by space", _no_space_where_paragraphs_are_spaced),
        Cue("mid_sentence", W_MID_SENTENCE, "the line above stops inside a sentence",
            _mid_sentence),
        Cue("sentence_end", W_SENTENCE_END, "the line above ends a sentence", _sentence_end),
    ),
)


def continues(prev: Seat, cur: Seat, opening: Seat, styles: Styles, across: bool = False
              ) -> Decision:
    """Whether ``cur`` carries on the paragraph whose last line is ``prev`` and first line
    ``opening`` (the document's ``styles``; ``across``: a figure is set between them), with
    the rules that decided it."""
    style = styles.of(prev.line.size)
    return runs_on.decide(junction(prev, cur, opening, style, styles.body_size, across,
                                   styles.body_font))
