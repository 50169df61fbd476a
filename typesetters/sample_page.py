"""Typeset ``samples/two_column_page.pdf`` from text written for this project.

    .venv/bin/python typesetters/sample_page.py

A two-column page as newspapers print it: a title and a byline across both columns, body
text justified in two columns with a first-line indent, a heading in larger type, a running
header and a page number, paragraphs running from column to column and onto page 2.
reportlab's built-in ``STSong-Light`` CID font needs no font file (it is not embedded, so the
PDF stays small; pdfplumber reads the text back).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
W, H = 595.0, 842.0
MARGIN, TOP, BOTTOM, GUTTER = 56.0, 90.0, 70.0, 20.0
BODY, LEADING = 10.5, 16.0
OUT = Path(__file__).resolve().parent / "two_column_page.pdf"

TITLE = "以标准化建设推动公共服务提质增效"
BYLINE = "□ 陈 晓 林"
ARTICLE = [
    ("body", "公共服务标准化是提升治理效能的重要抓手。近年来，各地围绕教育、医疗、养老、"
             "就业等领域制定服务清单和办事指南，群众办事更加便利，服务质量明显提高。"),
    ("heading", "▎明确服务清单与质量要求"),
    ("body", "推进标准化建设，首先要把服务事项说清楚。截至2024年底，全国已有28个省份发布"
             "基本公共服务实施标准，覆盖服务对象、服务内容、服务标准和支出责任等要素。"
             "一是细化服务流程，明确每一个环节的办理时限；二是统一服务规范，减少不同窗口"
             "之间的标准差异；三是公开服务承诺，接受群众和社会监督。"),
    ("body", "与此同时，也要看到标准执行中存在的问题。部分基层单位人员不足、经费紧张，"
             "标准落实打了折扣；一些服务事项标准过于原则，难以考核。对此，需要建立动态"
             "调整机制，根据经济社会发展水平适时修订标准，使标准既可执行又可评价。"),
    ("heading", "▎强化数字赋能与评价反馈"),
    ("body", "数字技术为公共服务标准化提供了新工具。通过统一的数据平台，可以实时掌握服务"
             "供给和群众需求，服务满意度调查的覆盖面扩大约3倍。要推动服务数据互联互通，"
             "打破部门之间的信息壁垒，让数据多跑路、群众少跑腿。"),
    ("body", "评价反馈是检验标准成效的关键环节。应当引入第三方评估，把群众满意度作为"
             "重要指标，定期发布评价结果，对评价靠后的单位督促整改，形成制定标准、执行"
             "标准、评价改进的完整闭环，持续提升公共服务的质量和效率。"),
    ("body", "（作者单位：东方公共管理研究院）"),
]


def _lines(text: str, width: float, size: float, indent: float) -> list[str]:
    """Break text into lines that fit ``width`` (first line narrower by ``indent``)."""
    lines, line = [], ""
    avail = width - indent
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, FONT, size) > avail and line:
            if ch in "，。、；：！？”）》":  # keep closing punctuation off line starts
                line += ch
                continue
            lines.append(line)
            line, avail = "", width
        line += ch
    if line:
        lines.append(line)
    return lines


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1)
    col_w = (W - 2 * MARGIN - GUTTER) / 2
    page = 1

    def furniture() -> None:
        c.setFont(FONT, 8)
        c.drawString(MARGIN, H - 50, "公共管理周刊")
        c.drawRightString(W - MARGIN, H - 50, "2026年11月26日")
        c.line(MARGIN, H - 55, W - MARGIN, H - 55)
        c.drawCentredString(W / 2, 40, f"- {page} -")

    furniture()
    c.setFont(FONT, 22)
    c.drawCentredString(W / 2, H - TOP - 10, TITLE)
    c.setFont(FONT, 12)
    c.drawCentredString(W / 2, H - TOP - 36, BYLINE)
    top = H - TOP - 70
    col, y = 0, top
    for kind, text in ARTICLE:
        size = 13.0 if kind == "heading" else BODY
        indent = 0.0 if kind == "heading" else 2 * BODY
        lines = _lines(text, col_w, size, indent)
        if kind == "heading":
            y -= 6
        for i, line in enumerate(lines):
            if y < BOTTOM:
                col += 1
                y = top
                if col == 2:
                    c.showPage()
                    page += 1
                    furniture()
                    col, top = 0, H - TOP
                    y = top
            x = MARGIN + col * (col_w + GUTTER) + (indent if i == 0 else 0)
            c.setFont(FONT, size)
            last = i == len(lines) - 1
            if last or kind == "heading":
                c.drawString(x, y, line)
            else:  # justify by character spacing
                natural = pdfmetrics.stringWidth(line, FONT, size)
                target = col_w - (indent if i == 0 else 0)
                t = c.beginText(x, y)
                t.setFont(FONT, size)
                t.setCharSpace((target - natural) / max(1, len(line) - 1))
                t.textLine(line)
                c.drawText(t)
            y -= LEADING if kind != "heading" else LEADING + 4
    c.showPage()
    c.save()
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {page} pages)")


if __name__ == "__main__":
    main()
