"""A newspaper page holding one story (zhdoc.pdf.reader): the page's masthead carries its issue
date, so the one head on it heads the page's text, as two or more heads would (a wire story's
title over its columns, no byline). Pages of days the rules were not made on showed such pages
read with no title, the kicker and title as headings of the text."""

from __future__ import annotations

import io
import random

import pytest

from typesetters import pdfgen
from zhdoc.pipeline import process_document

TEXT = ("新华社北京1月4日电  有关部门近日印发关于做好冬季农业生产工作的通知，要求各地抓好田间管理，"
        "保障蔬菜和肉蛋奶供应。通知指出，当前正值冬春交替时节，各地要加强监测预警，及时发布天气信息，"
        "指导农户做好防寒保暖。通知强调，要落实责任，细化措施，确保各项工作落到实处。各地要组织技术人员"
        "深入田间地头，帮助农户解决实际困难，推动农业生产平稳有序开展。")


def page(shuffle: bool = False) -> bytes:
    """One page: masthead, date line, kicker, a title over three columns of 10 pt text (lines
    wrapped at 16 characters), drawn in reading order, or its text lines in a random order."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(600, 800), invariant=1)
    font = pdfgen._font()

    def draw(text: str, size: float, x: float, top: float) -> None:
        c.setFont(font, size)
        c.drawString(x, 800 - top - size * 0.88, text)

    draw("人民日报", 28, 40, 30)
    draw("2026年1月5日  星期一", 10, 420, 44)
    draw("加强监测预警  保障市场供应", 13, 200, 90)
    draw("做好冬季农业生产工作", 22, 190, 110)
    rows = [TEXT[i:i + 16] for i in range(0, len(TEXT), 16)]
    per = -(-len(rows) // 3)
    lines = [(row, 40 + 180 * (k // per), 150 + 15 * (k % per)) for k, row in enumerate(rows)]
    if shuffle:
        random.Random(5).shuffle(lines)
    for row, x, top in lines:
        draw(row, 10, x, top)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_one_story_under_a_dated_masthead_has_its_title_and_kicker() -> None:
    doc = process_document("one_story.pdf", page())
    arts = doc.structure.articles
    assert [(a.title, "".join((a.kicker or "").split())) for a in arts] == [("做好冬季农业生产工作", "加强监测预警保障市场供应")]
    text = "".join(p.text for s in arts[0].sections for p in s.paragraphs)
    assert text.replace(" ", "") == TEXT.replace(" ", "")


@pytest.mark.parametrize("shuffle", [False, True])
def test_the_story_text_is_read_whole_and_in_order_whatever_the_stream_order(shuffle: bool) -> None:
    # drawn in a random order, the stream's order says nothing: the page is laid out by geometry,
    # not cut by the stream under its head
    doc = process_document("one_story.pdf", page(shuffle))
    flat = "".join(b.text for b in doc.blocks).replace(" ", "")
    assert TEXT.replace(" ", "") in flat


def test_a_stream_drawn_in_reading_order_is_told_from_a_shuffled_one() -> None:
    from zhdoc.pdf.chars import Glyph
    from zhdoc.pdf.lines import Line
    from zhdoc.pdf.reader import _stream_in_order

    spots = [(40 + 180 * (k // 8), 150 + 15 * (k % 8)) for k in range(24)]  # three columns of 8 lines

    def lines(order: list[int]) -> list[Line]:
        return [Line([Glyph("字", spots[k][0] + 10 * i, spots[k][0] + 10 * (i + 1), spots[k][1],
                            spots[k][1] + 10, 10.0, False, 20 * n + i) for i in range(16)])
                for n, k in enumerate(order)]

    shuffled = list(range(24))
    random.Random(5).shuffle(shuffled)
    assert _stream_in_order(lines(list(range(24))), 10.0)
    assert not _stream_in_order(lines(shuffled), 10.0)
