"""Paragraph building on synthetic lines: what runs on and what stays apart."""

from __future__ import annotations

import pytest

from zhdoc.pdf.blocks import build_blocks
from zhdoc.pdf.chars import Glyph
from zhdoc.pdf.columns import Region
from zhdoc.pdf.lines import Line

SIZE = 10.0


def line(text: str, x: float, top: float, size: float = SIZE) -> Line:
    return Line([Glyph(t, x + size * i, x + size * (i + 1), top, top + size, size, False)
                 for i, t in enumerate(text)])


def blocks_of(lines: list[Line]) -> list[str]:
    # a spanning area as wide as the page (body text elsewhere sets its frame), the lines
    # centred in it: their own edges are not known
    region = Region(lines, (0.0, 500.0), columned=False)
    return [b.text for b in build_blocks([(1, [region])], SIZE)[1]]


OPENING = "摘要：这一部分为摘要，使用摘要相关的样式。标题使用摘要标题"
SECOND = "样式，这一部分是摘要主体。关键字部分可以类似实现。"


@pytest.mark.parametrize("lines, expected", [
    # a cover abstract set narrower than the page: first line indented two ems, running on
    ([line(OPENING, 120, 0), line(SECOND, 100, 15)], [OPENING + SECOND]),
    # unchanged: the first line ends a sentence
    ([line(OPENING[:-2] + "。", 120, 0), line(SECOND, 100, 15)], [OPENING[:-2] + "。", SECOND]),
    # unchanged: a short label line, not a line of text
    ([line("作者姓名张三李四", 120, 0), line("学号：您的学号专业：您的专业", 100, 15)],
     ["作者姓名张三李四", "学号：您的学号专业：您的专业"]),
    # unchanged: offset by four ems (centred lines), not a first-line indent
    ([line(OPENING, 140, 0), line(SECOND, 100, 15)], [OPENING, SECOND]),
    # unchanged: the next line sits far below
    ([line(OPENING, 120, 0), line(SECOND, 100, 40)], [OPENING, SECOND]),
])
def test_an_indented_opening_runs_on_only_into_its_own_next_line(lines, expected) -> None:
    assert blocks_of(lines) == expected


def entry(marker: str, n: int, top: float) -> Line:
    return line(marker + "文" * n, 0, top)


def hanging(n: int, top: float) -> Line:
    return line("献" * n, 30, top)  # under the entry's text, after `[1]`


@pytest.mark.parametrize("lines, expected", [
    # a reference list set with hanging indents: each entry one paragraph
    ([entry("[1]", 27, 0), hanging(20, 15), entry("[2]", 27, 30), hanging(27, 45),
      hanging(10, 60), entry("[3]", 10, 75)],
     ["[1]" + "文" * 27 + "献" * 20, "[2]" + "文" * 27 + "献" * 37, "[3]" + "文" * 10]),
    # an entry that fills its last line still ends where the next entry starts
    ([entry("[1]", 27, 0), hanging(27, 15), entry("［2］", 27, 30)],
     ["[1]" + "文" * 27 + "献" * 27, "［2］" + "文" * 27]),
    # unchanged: an indented line after a paragraph that opens with no entry marker
    ([line("正" * 30, 0, 0), line("段" * 27, 30, 15), line("落" * 30, 0, 30)],
     ["正" * 30, "段" * 27 + "落" * 30]),
])
def test_reference_entries_with_hanging_indents(lines, expected) -> None:
    region = Region(lines, (0.0, 300.0), columned=False)
    assert [b.text for b in build_blocks([(1, [region])], SIZE)[1]] == expected
