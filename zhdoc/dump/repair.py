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
* list markers (一是, 第一，, （一）, 1.) and heading marks (▎, 一、, ——) that start a block;
* heading-like blocks (short, no sentence punctuation, possibly wrapped over two short lines),
  document titles (关于…的通知), bylines (``□ 吕 铁 刘 丹``), trailers (``（作者单位：…）``),
  source lines and field lines (``关键词：…``), which stand alone;
* running headers and page numbers left in the dump (``2024年3月5日 星期二`` / ``理论`` /
  ``7``), which stand apart as blocks with role ``"furniture"``, even in mid-sentence;
* blank lines, weighted by how the document uses them (paragraph separators or column breaks).

Repair never drops, adds or reorders a non-whitespace character, and runs in linear time.
The lines are read and classified in :mod:`zhdoc.dump.lines`; column widths are estimated in
:mod:`zhdoc.dump.widths`; the evidence at each line end is the decision ``PARAGRAPH_END`` of
:mod:`zhdoc.dump.breaks` (named rules and weights); this module runs it and builds the blocks.
:func:`explain_breaks` (or ``python -m zhdoc.dump.repair --explain FILE``) shows, for each line,
the rules that decided whether a paragraph ends after it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zhdoc.dump.breaks import (
    PARAGRAPH_END, DumpLayout, Gap, OpenBlock, blank_lines_part_paragraphs, first_lines_full_after_blanks, starts_block,
)
from zhdoc.dump.heads import article_blocks, split_dump
from zhdoc.dump.lines import DumpLine, despace, latin, read_lines
from zhdoc.dump.widths import first_lines_short, measure, widths
from zhdoc.evidence import Decision
from zhdoc.model import Block
from zhdoc.rules.bylines import NAME_LINE, POSITION_END, name_like
from zhdoc.rules.chars import open_count
from zhdoc.rules.kinds import DATE_LINE
from zhdoc.rules.limits import HEADING_COMMAS, HEADING_MAX, WRAPPED_HEADING_LINES, WRAPPED_HEADING_MAX

__all__ = ["despace", "explain_breaks", "repair"]

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
    split = split_dump(lines)
    if split is not None:  # a page of several articles, each under its head (and the page's
        #                    indents, where an article's text says nothing of its own)
        return tuple(article_blocks(split, lambda run: _paragraphs(run, indents=split.indents)))
    return tuple(_paragraphs(lines))


def _paragraphs(lines: list[DumpLine], explained: list[Decision] | None = None,
                indents: bool = True) -> list[Block]:
    """The blocks of a run of lines (a whole dump, or one article's text in it, ``indents``
    what the page says of its paragraphs' first lines); with ``explained``, the decision at
    each line end is appended to it."""
    decided, headings = _decide(lines, measure(lines), explained, indents)
    spans = _split_list_starts(lines, decided, explained)
    return [_to_block(lines[i:j], "heading" if i in headings else None) for i, j in spans]


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
            and not any(starts_block(x) or DATE_LINE.match(x.text) for x in run[1:])
        ):
            joins.update(range(i + 1, j))
        k = j
        while k < len(lines) and lines[k].block == lines[i].block:
            k += 1
        i = max(k, i + 1)
    return joins


def _wrapped_headings(lines: list[DumpLine], w_back: list[float | None]) -> tuple[set[int], set[int], set[int]]:
    """(indices of lines continuing a heading wrapped over two to six short lines in running
    text (``让年轻人愿意\n回到乡村来``; a narrow column's ``坚定不移巩固党\n的执政地位和执政\n根基``)
    between a sentence end and a paragraph: lines without punctuation, each clearly shorter
    than the column, none shorter than the next by much (but the last), the lines after the
    first neither a list marker, a date nor a lone name (a signature, a byline) nor wider than
    the heading's own measure (the paragraph's first line after it), and text after them (a line
    with punctuation, or one as long as a paragraph's first); indices of the first lines of such
    headings (each starts a block), and of their last lines (each ends after it))."""
    joins: set[int] = set()
    starts: set[int] = set()
    ends: set[int] = set()
    i = 0
    while i < len(lines) - 2:
        w = w_back[i]
        run_end = _heading_run(lines, i, w)
        if run_end is None:
            run_end = _clause_heading_run(lines, i, w)
        if run_end is None:
            i += 1
            continue
        joins.update(range(i + 1, run_end))
        starts.add(i)
        ends.add(run_end - 1)
        i = run_end
    return joins, starts, ends


def _heading_run(lines: list[DumpLine], i: int, w: float | None) -> int | None:
    """The end of a heading wrapped over lines ``i``… (see ``_wrapped_headings``), or None.

    A long heading may hold commas (``…重大政治论断，深入学习领会…``): a run of three or more
    lines each clearly short of the column is no paragraph, whose lines fill it."""
    x = lines[i]
    if w is None or x.kind != "body" or x.stop or x.spaced:
        return None
    if i > 0 and not x.gap_before and lines[i - 1].ending not in ("final", "colon"):
        return None  # not at a block start
    if x.n > w - 2:
        return None  # (a line short by an indent is a paragraph's first)
    j = i + 1
    widest = x.n  # the heading's measure: its lines after the first (which may be indented)
    while j < len(lines) and j - i < WRAPPED_HEADING_LINES:
        y = lines[j]
        if (y.gap_before or y.kind != "body" or y.stop or y.opening or y.indented
                or y.ending == "cont" or y.n > w - 2 or y.n > widest + (4 if j == i + 1 else 2)):
            break
        if DATE_LINE.match(y.text) or name_like(y.text):
            break
        if j > i + 1 and lines[j - 1].n < widest - 2:
            break  # the line before was shorter than the heading's measure: its last
        widest = y.n if j == i + 1 else max(widest, y.n)
        j += 1
    if j > i + 2 and sum(open_count(y.text) for y in lines[i:j]) > 0:
        while j > i + 2 and sum(open_count(y.text) for y in lines[i:j]) > 0:
            j -= 1  # a heading closes what it opens: a line leaving a quote open (“总书记强调，
            #         更加注重) is the first of the paragraph after it
        widest = max(y.n for y in lines[i + 1:j])
    total = sum(len(y.text) for y in lines[i:j])
    if j == i + 1 or j >= len(lines) or total > WRAPPED_HEADING_MAX:
        return None
    if any(x.punct for x in lines[i:j]) and (j - i < 3 or any(x.n > w - 3 for x in lines[i:j])
                                             and not _own_measure(lines[i:j], lines[j], w)):
        return None  # commas in lines that are not all clearly short: a paragraph
    remainder = lines[j - 1].n < widest - 2  # the last line is the heading's remainder
    if not remainder and not lines[j].punct and lines[j].n < w - 4:
        return None  # text follows: a line with punctuation, or one as long as a paragraph's first
    if lines[j - 1].n > w - 4 and j - i == 2:
        return None  # two lines, the second nearly full: a paragraph's first lines
    return j


def _clause_heading_run(lines: list[DumpLine], i: int, w: float | None) -> int | None:
    """The end of a heading with a clause in it wrapped at the text's measure, starting on line
    ``i`` after a sentence end: lines that fill the column with no stop in them, then a short
    line ending on a character (要以产业端人才需求和就业端评价反 / 馈为指引，全链条优化就业服务 over
    ``记者：…``). A paragraph never ends on a character, so the short line ends something that
    is no text; the run is one where its commas part at most HEADING_COMMAS phrases, what it
    opens it closes, and it holds WRAPPED_HEADING_MAX characters at most; or None."""
    if w is None or i == 0 or lines[i - 1].ending not in ("final", "colon"):
        return None
    j = i
    while j < len(lines) and j - i < WRAPPED_HEADING_LINES:
        y = lines[j]
        if y.kind != "body" or y.stop or y.spaced or (j > i and (y.gap_before or y.opening or y.indented)):
            return None
        if y.n < w - 1:
            break  # (its last line, short of the column)
        if y.n > w + 1:
            return None  # (longer than the column: not wrapped at it)
        j += 1
    if j == i or j + 1 >= len(lines) or j - i >= WRAPPED_HEADING_LINES:
        return None
    run = lines[i:j + 1]
    text = "".join(y.text for y in run)
    if (lines[j].ending != "other" or not "\u4e00" <= text[-1] <= "\u9fff" or len(text) > WRAPPED_HEADING_MAX
            or text.count("，") > HEADING_COMMAS or sum(open_count(y.text) for y in run) != 0):
        return None
    return j + 1


def _own_measure(run: list[DumpLine], nxt: DumpLine, w: float) -> bool:
    """Three or more lines set to one measure short of the column, the inner ones ending on a
    character, the last no longer (``高校毕业生规模连续3年超`` / ``千万，将解决好人力资源供`` /
    ``需不匹配的结构性就业矛盾`` under a column of 14): a heading in larger type, not a paragraph,
    whose lines after its first fill the column up to its last. The line after it does not
    fill the column either (a paragraph's first, indented, or a short question: 记者：…); after
    a full one, the run's last line was the first of that paragraph, which runs on. What it
    opens it closes (a run ending in ``…历史性`` / ``“窗口`` goes on: ``期”，既面临…``)."""
    inner = run[1:-1]
    return (len(run) >= 3 and all(y.n <= w - 2 and y.ending == "other" for y in inner)
            and max(y.n for y in run[:-1]) - min(y.n for y in run[:-1]) <= 1
            and run[-1].n <= max(y.n for y in run[:-1]) and nxt.n <= w - 2
            and sum(open_count(y.text) for y in run) == 0)


def _decide(lines: list[DumpLine], ascii_width: float, explained: list[Decision] | None = None,
            indents: bool = True) -> tuple[list[tuple[int, int]], set[int]]:
    """Split the lines into blocks: (first index, end index) pairs; and the first lines of the
    blocks that are headings by their shape (wrapped in running text, or a colon heading). With
    ``explained``, the decision at each line end (after line k - 1: entry k - 1) is appended to
    it."""
    w_back, w_fwd = widths(lines)
    wrapped_joins, wrapped_starts, wrapped = _wrapped_headings(lines, w_back)
    blank_separated = blank_lines_part_paragraphs(lines, w_back)
    doc = DumpLayout(
        lines=lines,
        blank_separated=blank_separated,
        indent_evidence=sum(x.indented for x in lines) < 0.5 * len(lines),
        first_short=first_lines_short(lines, w_fwd, indents)
        and not (blank_separated and first_lines_full_after_blanks(lines, w_fwd)),
        heading_joins=_heading_blocks(lines) | wrapped_joins,
        wrapped=wrapped,
        wrapped_starts=wrapped_starts,
        w_back=w_back,
        w_fwd=w_fwd,
        ascii_width=ascii_width,
    )
    spans: list[tuple[int, int]] = []
    headings = set(wrapped_starts)
    block = OpenBlock(0)
    block.add(lines[0])
    for k in range(1, len(lines)):
        gap = Gap(doc, block, k)
        if explained is None:
            ends_here = PARAGRAPH_END.holds(gap)
        else:
            decision = PARAGRAPH_END.decide(gap)
            explained.append(decision)
            ends_here = decision.yes
        if ends_here:
            spans.append((block.first, k))
            if gap.colon_heading:
                headings.add(block.first)  # (a heading by its shape: its colon says nothing else)
            block = OpenBlock(k)
        block.add(lines[k])
    spans.append((block.first, len(lines)))
    return spans, headings


def _split_list_starts(lines: list[DumpLine], spans: list[tuple[int, int]],
                       explained: list[Decision] | None = None) -> list[tuple[int, int]]:
    """Lists keep one layout: where a block starts with item 2 (二是, （二）, 第二，, 2.) and
    item 1 of the same style starts a line after a sentence end inside the block before it,
    item 1 starts a block too (``…务实举措。\\n一是…`` followed by ``二是…``)."""
    out: list[tuple[int, int]] = []
    for n, (i, j) in enumerate(spans):
        nxt = _item(lines[spans[n + 1][0]]) if n + 1 < len(spans) else None
        if nxt and nxt[1] == 2:
            for k in range(i + 1, j):
                m = _item(lines[k])
                if m == (nxt[0], 1) and lines[k - 1].ending in ("final", "colon"):
                    out.append((i, k))
                    if explained is not None:
                        explained[k - 1] = Decision(True, by="item_1_before_item_2")
                    i = k
                    break
        out.append((i, j))
    return out


def _item(x: DumpLine) -> tuple[str, int] | None:
    """(style, ordinal) of the list marker a line opens with, for ordinals 1 and 2."""
    m = x.marker
    return (m.style, m.ordinal) if m is not None and m.ordinal in (1, 2) else None


def _to_block(lines: list[DumpLine], role: str | None = None) -> Block:
    parts = [lines[0].text]
    for prev, x in zip(lines, lines[1:]):
        parts.append(_join(prev.text, x.text))
        parts.append(x.text)
    role = "furniture" if lines[0].kind == "furniture" else role
    return Block(text="".join(parts), start=lines[0].start, end=lines[-1].end, n_lines=len(lines), role=role)


# Explanations -----------------------------------------------------------------------------


def explain_breaks(text: str) -> list[tuple[str, Decision]]:
    r"""Every line of a dump with the decision at its end: (the line, whether a block ends after
    it and the rules that said so). A dump cut into articles (:mod:`zhdoc.dump.heads`) has its
    articles' heads and the page's furniture apart (``by article_head``, ``by page_furniture``).

    >>> for line, d in explain_breaks("改革开放以来，我国\n制造业发展取得突出成就。\n\n一是稳增长。"):
    ...     print(line, "|", d.explain())
    改革开放以来，我国 | no, score -9.0: ends_on_character -3.0, full_line -3.0, next_line_full -3.0
    制造业发展取得突出成就。 | yes, score +2.5: ends_sentence +3.0, full_line -3.0, next_list_item +2.0, blank_line +0.5
    一是稳增长。 | yes, by text_ends
    """
    lines = read_lines(text)
    why: dict[int, Decision] = {}  # by line start

    split = split_dump(lines) if lines else None

    def paragraphs(run: list[DumpLine]) -> list[Block]:
        explained: list[Decision] = []
        blocks = _paragraphs(run, explained, split.indents if split else True)
        why.update((x.start, d) for x, d in zip(run, explained))
        why[run[-1].start] = Decision(True, by="text_ends")
        return blocks

    if split is None:
        if lines:
            paragraphs(lines)
    else:
        article_blocks(split, paragraphs)
        for head in split.heads:
            for a, b in (head.kicker, head.title, head.subtitle, head.byline):
                why.update((lines[i].start, Decision(i == b - 1, by="article_head")) for i in range(a, b))
        for a, b, _ in split.aside:
            why.update((lines[i].start, Decision(True, by="page_furniture")) for i in range(a, b))
    return [(x.text, why.get(x.start, Decision(True, by="article_head"))) for x in lines]


def main(argv: list[str] | None = None) -> int:
    """``python -m zhdoc.dump.repair --explain FILE``: each line of a dump with the decision at
    its end and the rules that fired; ``--rules``: every rule with its weight and meaning."""
    parser = argparse.ArgumentParser(prog="python -m zhdoc.dump.repair", description=main.__doc__)
    parser.add_argument("--explain", metavar="FILE", type=Path, help="a UTF-8 text dump")
    parser.add_argument("--rules", action="store_true", help="list the rules of the decision")
    args = parser.parse_args(argv)
    if args.rules:
        for name, weight, meaning in PARAGRAPH_END.rules():
            print(f"{name:32} {weight:>5}  {meaning}")
    if args.explain:
        for line, d in explain_breaks(args.explain.read_text(encoding="utf-8")):
            print(f"{line}\n    {'¶' if d.yes else '→'} {d.explain()}")
    if not (args.rules or args.explain):
        parser.print_usage()
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
