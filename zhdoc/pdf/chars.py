"""Characters: pdfplumber's char dicts to glyphs, overprints collapsed, text spaced by script.

One pass over ``page.chars``: whitespace glyphs are dropped (spaces are decided from the gaps
between the visible glyphs), overprinted duplicates (fake bold, a glyph drawn several times a
fraction of a point apart) collapse to one glyph marked bold.

>>> a = Glyph("安", 10.0, 20.0, 5.0, 15.0, 10.0, False)
>>> b = Glyph("徽", 20.0, 30.0, 5.0, 15.0, 10.0, False)
>>> glyphs_to_text([a, b])
'安徽'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from zhdoc.rules.bylines import BYLINE_OPENING_PDF as RE_PDF_BYLINE, ROLE_END_PDF as RE_PDF_BYLINE_ROLE_END
from zhdoc.rules.chars import SOLID as RE_PDF_SOLID
from zhdoc.rules.markers import CHAPTER_ORDINAL_PDF as RE_PDF_HEADING_ORDINAL
from zhdoc.rules.pdf import BOLD_FONT as RE_PDF_BOLD_FONT, CID as RE_PDF_CID, SPACED_LEADER as RE_PDF_SPACED_LEADER

#: a glyph within this fraction of its size of an identical one is an overprint
OVERPRINT_TOLERANCE = 0.3
#: extra gap, in ems beyond the line's usual letter gap, that reads as a word space
SPACE_GAP = 0.17
#: a glyph on its neighbour's baseline (within ``SAME_BASELINE`` ems) whose box hangs this many
#: ems off the neighbour's takes the neighbour's box's place
BOX_DRIFT = 0.25
SAME_BASELINE = 0.05
#: gap, in ems, after a heading ordinal (`第一章`) that keeps one space before the title
ORDINAL_GAP = 0.6
#: gap, in ems, between two CJK characters of a byline that parts names (or pads a short one)
BYLINE_GAP = 0.3
#: longest byline, in glyphs
BYLINE_MAX_GLYPHS = 40
#: wide byline gaps this many times wider than the narrower ones part names; the narrower pad
#: a two-character name to a three-character name's width (`吕　铁  王小明`)
BYLINE_LEVELS = 1.5


class Glyph:
    """One visible character: text, box (x0, x1, top, bottom), font size, boldness, its
    place in the page's content stream (``seq``: the order the PDF draws it in), its font's
    name (its subset prefix aside), and the width of a space drawn right after it (``trail``:
    room a line ending in it has used up)."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "size", "bold", "seq", "font", "trail")

    def __init__(self, text: str, x0: float, x1: float, top: float, bottom: float,
                 size: float, bold: bool, seq: int = 0, font: str = "") -> None:
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.size = size
        self.bold = bold
        self.seq = seq
        self.font = font
        self.trail = 0.0

    def __repr__(self) -> str:
        return f"Glyph({self.text!r}, x={self.x0:.1f}-{self.x1:.1f}, top={self.top:.1f})"


def font_is_bold(fontname: Any) -> bool:
    """Whether a font name says bold; pdfminer may hand the name over as bytes (GBK).

    >>> font_is_bold("ABCDEE+SimHei"), font_is_bold(b"KXAQYK+\\xba\\xda\\xcc\\xe5"), font_is_bold("SimSun")
    (True, True, False)
    """
    if isinstance(fontname, bytes):
        try:
            fontname = fontname.decode("gbk")
        except UnicodeDecodeError:
            fontname = fontname.decode("latin-1")
    return bool(RE_PDF_BOLD_FONT.search(str(fontname).split("+", 1)[-1]))


def _family(fontname: Any) -> str:
    """A font's name without the subset prefix a PDF gives it.

    >>> _family("ABCDEF+SimSun"), _family(b"KXAQYK+Kai"), _family("STSong-Light")
    ('SimSun', 'Kai', 'STSong-Light')
    """
    if isinstance(fontname, bytes):
        fontname = fontname.decode("latin-1")
    return str(fontname).split("+", 1)[-1]


class Loaded(NamedTuple):
    glyphs: list[Glyph]
    overprints: int  # duplicate glyphs collapsed
    unmapped: int  # glyphs without a Unicode mapping, `(cid:123)`, dropped
    vertical: int  # non-upright (vertical or rotated) glyphs, dropped


def load_glyphs(chars: Iterable[dict[str, Any]]) -> Loaded:
    """Glyphs from pdfplumber char dicts, with counts of what was dropped.

    Non-upright (vertical or rotated) characters and whitespace are skipped.

    >>> c = dict(text="安", x0=10.0, x1=20.0, top=5.0, bottom=15.0, size=10.0,
    ...          upright=True, fontname="SimSun")
    >>> glyphs, dups, cids, vertical = load_glyphs([c, {**c, "x0": 10.2, "x1": 20.2}, {**c, "text": " "}])
    >>> [g.text for g in glyphs], glyphs[0].bold, dups
    (['安'], True, 1)
    """
    glyphs: list[Glyph] = []
    seen: dict[tuple[str, int, int], Glyph] = {}
    bold_cache: dict[Any, bool] = {}
    family: dict[Any, str] = {}
    dups = cids = vertical = 0
    marks: list[tuple[float, float]] = []  # per glyph, its baseline and its box's drop below it
    for seq, c in enumerate(chars):
        text = c["text"]
        if not text or text.isspace():
            if text and glyphs:  # a space right after the last glyph, on its line
                g = glyphs[-1]
                if abs(c["top"] - g.top) < 0.3 * g.size and -0.1 * g.size <= c["x0"] - g.x1 < 0.5 * g.size:
                    g.trail = max(g.trail, c["x1"] - g.x1)
            continue
        if not c.get("upright", True):
            vertical += 1
            continue
        if len(text) > 1 and RE_PDF_CID.match(text):
            cids += 1
            continue
        x0 = c["x0"]
        top = c["top"]
        size = c["size"] or (c["bottom"] - top) or 1.0
        q = size * OVERPRINT_TOLERANCE
        kx = int(x0 // q)
        ky = int(top // q)
        dup = None
        for dx in (0, -1, 1):
            for dy in (0, -1, 1):
                g = seen.get((text, kx + dx, ky + dy))
                if g is not None and abs(g.x0 - x0) < q and abs(g.top - top) < q:
                    dup = g
                    break
            if dup is not None:
                break
        if dup is not None:
            dup.bold = True
            dups += 1
            continue
        fontname = c.get("fontname", "")
        bold = bold_cache.get(fontname)
        if bold is None:
            bold = bold_cache[fontname] = font_is_bold(fontname)
            family[fontname] = _family(fontname)
        g = Glyph(text, x0, c["x1"], top, c["bottom"], size, bold, seq, family[fontname])
        seen[(text, kx, ky)] = g
        glyphs.append(g)
        m = c.get("matrix")
        if m is not None and "y1" in c:  # the baseline, top down: the page's height less m[5]
            base = top + c["y1"] - m[5]
            marks.append((base, (c["bottom"] - base) / size))
    if len(marks) == len(glyphs) and glyphs:
        _to_baseline(glyphs, marks)
    return Loaded(glyphs, dups, cids, vertical)


def _to_baseline(glyphs: list[Glyph], marks: list[tuple[float, float]]) -> None:
    """A glyph drawn on the baseline of the glyph before or after it in the stream, its box
    hanging from that baseline ``BOX_DRIFT`` ems or more off theirs (a symbol font's box, `∶`
    in `12.7∶50.5`), takes their box's place, so that it stays on their line. ``marks``: per
    glyph, (its baseline, its box's bottom below it in ems). Glyphs set one under the other (an
    upright title, whose font puts the origin at the top) share no baseline and stay. Only a
    box off the page's usual drop moves, to a neighbour's that is not."""
    drops = sorted(d for _, d in marks)
    usual = drops[len(drops) // 2]
    for i, (g, (base, drop)) in enumerate(zip(glyphs, marks)):
        if abs(drop - usual) <= BOX_DRIFT:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(glyphs):
                continue
            other, (o_base, o_drop) = glyphs[j], marks[j]
            if (abs(o_base - base) < SAME_BASELINE * g.size and abs(other.size - g.size) < 0.05 * g.size
                    and abs(o_drop - usual) <= BOX_DRIFT):
                shift = (o_drop - drop) * g.size
                g.top += shift
                g.bottom += shift
                break


def is_solid(ch: str) -> bool:
    """Whether a character is set solid (no spaces) in Chinese text: ideographs, CJK punctuation.

    >>> is_solid("中"), is_solid("，"), is_solid("A"), is_solid("5")
    (True, True, False, False)
    """
    return bool(RE_PDF_SOLID.match(ch))


def glyphs_to_text(glyphs: Sequence[Glyph]) -> str:
    """The text of glyphs on one line, in x order, with spaces where the script wants them.

    Never a space between two CJK characters or CJK punctuation, however wide the gap (justified
    and letter-spaced lines); elsewhere (Latin words, numbers, Latin next to CJK) a space where
    the gap exceeds the line's usual letter gap (its tracking) by ``SPACE_GAP`` ems. A chapter
    or section ordinal opening the line (`第 一 章`, `第 1 节`) is closed up, and keeps one space
    before its title when a wide gap or a space sets it apart: `第一章 背景介绍`. A short line
    opening as a byline (`□`, `本报记者`, `作者`, `文／`) keeps one space at each gap between
    CJK characters that parts names (see ``byline_spaces``).

    >>> def g(t, x0, w=10.0): return Glyph(t, x0, x0 + w, 0.0, 10.0, 10.0, False)
    >>> glyphs_to_text([g("中", 0), g("国", 40)])
    '中国'
    >>> glyphs_to_text([g("中", 0), g("国", 10), g("G", 20, 6), g("D", 26, 6), g("P", 32, 6),
    ...                 g("a", 42, 5), g("b", 47, 5)])
    '中国GDP ab'
    >>> glyphs_to_text([g("第", 0), g("一", 13), g("章", 26), g("背", 52), g("景", 62)])
    '第一章 背景'
    >>> glyphs_to_text([g("第", 0), g("1", 14, 5), g("节", 23), g("模", 33), g("板", 43)])
    '第1节模板'
    >>> glyphs_to_text([g("□", 0), g("吕", 15), g("铁", 35), g("刘", 55), g("丹", 75)])
    '□ 吕 铁 刘 丹'
    """
    n = len(glyphs)
    if n == 0:
        return ""
    if n == 1:
        return glyphs[0].text
    gaps = [glyphs[i + 1].x0 - glyphs[i].x1 for i in range(n - 1)]
    # the line's letter gap (its tracking): the median gap between two CJK characters when it
    # has any; the smallest gap when every gap is over half an em (`3.5%它` justified across a
    # column); else the lower quartile (not a word gap or a leader) when there are enough gaps
    # to tell; a short line like `- 2 -` has no letter gap to learn from
    solid = [is_solid(g.text[0]) for g in glyphs]
    cjk_gaps = sorted(gaps[i] for i in range(n - 1) if solid[i] and solid[i + 1])
    if cjk_gaps:
        base = cjk_gaps[len(cjk_gaps) // 2]
    elif min(gaps) > 0.5 * glyphs[0].size:  # letter-spaced throughout: a justified short line
        base = min(gaps)
    else:
        base = sorted(gaps)[(n - 1) // 4] if n > 6 else 0.0
    if base < 0:
        base = 0.0
    out = [glyphs[0].text]
    wide_at: list[int] = []  # output lengths where a wide gap between solid characters fell
    cjk_at: list[tuple[int, float]] = []  # output lengths and widths (ems) of solid-solid gaps
    prev = glyphs[0]
    pos = len(prev.text)
    for i in range(1, n):
        g = glyphs[i]
        gap = gaps[i - 1]
        size = prev.size if prev.size < g.size else g.size
        if solid[i - 1] and solid[i]:
            if gap > ORDINAL_GAP * size:
                wide_at.append(pos)
            cjk_at.append((pos, gap / size if size > 0 else 0.0))
        elif gap > base + SPACE_GAP * size and gap > 0.1 * size:
            out.append(" ")
            pos += 1
        out.append(g.text)
        pos += len(g.text)
        prev = g
    text = "".join(out)
    if n <= BYLINE_MAX_GLYPHS and cjk_at and RE_PDF_BYLINE.match(text):
        text = byline_spaces(text, cjk_at)
    if ". ." in text:
        text = RE_PDF_SPACED_LEADER.sub(lambda m: m.group().replace(" ", ""), text)
    m = RE_PDF_HEADING_ORDINAL.match(text)
    if m:
        rest = text[m.end():]
        gap = " " if m.end() in wide_at or rest.startswith(" ") else ""
        text = m.group().replace(" ", "") + gap + rest.lstrip(" ")
    return text


def byline_spaces(text: str, gaps: Sequence[tuple[int, float]]) -> str:
    """A byline's text with one space at each gap between CJK characters that parts names.

    ``gaps``: (offset in ``text``, width in ems) of each gap between two CJK characters. The
    wide ones (over ``BYLINE_GAP``) part names; when they come in two widths (the wider at least
    ``BYLINE_LEVELS`` times the narrower), the narrower pad two-character names and only the
    wider part them, except after a role word (`本报记者 吕铁`). A role word set with wide gaps
    itself is a letter-spaced (justified) line, not a byline: left closed.

    >>> byline_spaces("□吕铁刘丹王小明", [(2, 1.0), (3, 2.0), (4, 1.0), (5, 2.0), (6, 0), (7, 0)])
    '□ 吕铁 刘丹 王小明'
    >>> byline_spaces("本报记者吕铁刘丹", [(1, 0), (2, 0), (3, 0), (4, 1.0), (5, 1.0), (6, 2.0), (7, 1.0)])
    '本报记者 吕铁 刘丹'
    >>> byline_spaces("记者了解到", [(1, 0.5), (2, 0.5), (3, 0.5), (4, 0.5)])
    '记者了解到'
    """
    wide = sorted(w for _, w in gaps if w > BYLINE_GAP)
    if not wide:
        return text
    m = RE_PDF_BYLINE.match(text)
    marker_end = m.end() if m else 0
    if any(w > BYLINE_GAP and pos < marker_end for pos, w in gaps):
        return text  # the role word itself letter-spaced: a justified line, not a byline
    cut = wide[0]
    for a, b in zip(wide, wide[1:]):
        if b >= BYLINE_LEVELS * a:
            cut = b
            break
    keep = [pos for pos, w in gaps
            if w >= cut or (w > BYLINE_GAP and RE_PDF_BYLINE_ROLE_END.search(text, 0, pos))]
    for pos in reversed(keep):
        text = text[:pos] + " " + text[pos:]
    if text[0] in "□■◎" and len(text) > 1 and text[1] != " ":
        text = text[0] + " " + text[1:]  # the marker stands apart (a letter-spaced line's
    return text                           # tracking may hide its gap)
