"""Typeset fixtures with reportlab platypus: page templates of frames, one frame per column.

Written apart from ``tests/pdfgen.py`` (no shared code): its own styles, fonts (the built-in
``STSong-Light`` CID font and three embedded, subset TrueType faces: AR PL SungtiL GB, AR PL
KaitiM GB, Droid Sans Fallback), a title frame over the columns on the first page, running
headers and footers drawn by the page callback (recorded as they are drawn), pull quotes
between rules, drawn figures with captions, ruled tables.

    python -m typesetters.reportlab_frames [--out tests/fixtures/typeset/reportlab]
"""

from __future__ import annotations

import argparse
import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from typesetters.source import Para, Spec, excerpt, with_extras
from typesetters.truth import Furniture, Truth, write

TYPESETTER = "reportlab"
OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "typeset" / TYPESETTER
TTF = {
    "sungti": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "kai": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "hei": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
}
A4 = (595.27, 841.89)
A3 = (841.89, 1190.55)
A5 = (419.53, 595.27)


@dataclass(frozen=True)
class Look:
    """The style choices of one document."""

    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (56, 56, 64, 60)  # left, right, top, bottom
    columns: int = 2
    gutter: float = 18
    body_font: str = "song"
    body_pt: float = 10.0
    leading: float = 1.6  # times the body size
    indent: bool = True  # first-line indent of 2 em; else space between paragraphs
    justify: bool = True
    heading_font: str = "hei"
    heading_pt: float = 13.0
    title_pt: float = 22.0
    title_span: bool = True  # title, subtitle and byline in a frame over all columns
    header: tuple[str, str] | None = None  # left and right running-header texts
    mirrored: bool = False  # header text on the outer side: right on odd pages, left on even
    header_rule: bool = True
    footer: str | None = "第 {n} 页"  # {n}: page number, {total}: page count
    footer_align: str = "center"
    quote_font: str = "kai"


@dataclass
class Doc:
    spec: Spec
    look: Look
    spacer_before: int | None = None  # item index: search a spacer that leaves a paragraph's
    #                                    last line alone at the top of the next column
    furniture: list[Furniture] = field(default_factory=list)


#: closing punctuation that must not start a line; reportlab's own list (Japanese) lacks the
#: full-width comma and its kin, so they would start lines. Added, they hang in the margin.
CANNOT_START = "，；：？！”’》〉）】、。…"


def _fonts() -> None:
    import reportlab.lib.textsplit as rlsplit
    import reportlab.platypus.paragraph as rlpara

    for mod in (rlsplit, rlpara):  # one text run wraps in textsplit, several in paragraph
        if not mod.ALL_CANNOT_START.endswith(CANNOT_START):
            mod.ALL_CANNOT_START += CANNOT_START
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if "sungti" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    for name, path in TTF.items():
        pdfmetrics.registerFont(TTFont(name, path))


def _font(name: str) -> str:
    return "STSong-Light" if name == "song" else name


def _furniture_font(look: Look) -> str:
    return "STSong-Light" if look.body_font == "hei" else _font(look.body_font)


def _markup(text: str, font: str) -> str:
    """Paragraph markup. Droid Sans Fallback has no Latin digits, dashes or curly quotes: in
    it, runs of ASCII are set in Helvetica and those marks in AR PL SungtiL (mixed faces in
    one line, as word processors do with a fallback font)."""
    text = escape(text)
    if font != "hei":
        return text
    text = re.sub(r"([\x21-\x7e]+)", lambda m: f'<font name="Helvetica">{m.group(1)}</font>',
                  text)
    return re.sub(r"([“”‘’—…·]+)", lambda m: f'<font name="sungti">{m.group(1)}</font>', text)


def _styles(look: Look) -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    size = look.body_pt
    body = ParagraphStyle(
        "body", fontName=_font(look.body_font), fontSize=size, leading=size * look.leading,
        firstLineIndent=2 * size if look.indent else 0,
        spaceAfter=0 if look.indent else size * 0.8,
        alignment=TA_JUSTIFY if look.justify else TA_LEFT, wordWrap="CJK",
        allowWidows=1, allowOrphans=1)
    return {
        "body": body,
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=_font(look.heading_font), fontSize=look.heading_pt,
            leading=look.heading_pt * 1.4, firstLineIndent=0, spaceBefore=size * 0.9,
            spaceAfter=size * 0.5, alignment=TA_LEFT),
        "heading2": ParagraphStyle(
            "heading2", parent=body, fontName=_font(look.heading_font),
            fontSize=max(size + 0.5, look.heading_pt - 2), leading=look.heading_pt * 1.3,
            firstLineIndent=0, spaceBefore=size * 0.6, spaceAfter=size * 0.3,
            alignment=TA_LEFT),
        "title": ParagraphStyle(
            "title", parent=body, fontName=_font("hei"), fontSize=look.title_pt,
            leading=look.title_pt * 1.3, firstLineIndent=0, alignment=TA_CENTER,
            spaceAfter=look.title_pt * 0.4),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontName=_font(look.body_font), fontSize=size + 2,
            leading=(size + 2) * 1.4, firstLineIndent=0, alignment=TA_CENTER,
            spaceAfter=size * 0.4),
        "byline": ParagraphStyle(
            "byline", parent=body, fontName=_font("kai"), fontSize=size + 1,
            leading=(size + 1) * 1.4, firstLineIndent=0, alignment=TA_CENTER,
            spaceAfter=size * 1.2),
        "quote": ParagraphStyle(
            "quote", parent=body, fontName=_font(look.quote_font), fontSize=size + 2.5,
            leading=(size + 2.5) * 1.45, firstLineIndent=0, alignment=TA_CENTER,
            leftIndent=size, rightIndent=size),
        "caption": ParagraphStyle(
            "caption", parent=body, fontName=_font("kai"), fontSize=size - 1.5,
            leading=(size - 1.5) * 1.4, firstLineIndent=0, alignment=TA_CENTER,
            spaceBefore=3, spaceAfter=size),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1.5, firstLineIndent=0),
    }


def _figure(width: float, seed: int):
    """A drawn picture (shapes only, no text): bars on a tinted ground."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    rng = random.Random(seed)
    h = width * 0.55
    d = Drawing(width, h + 4)
    d.add(Rect(0, 4, width, h, fillColor=colors.HexColor("#dfe7ee"), strokeColor=None))
    n = 6
    for i in range(n):
        bh = h * rng.uniform(0.25, 0.9)
        d.add(Rect(width * (i + 0.3) / n, 4, width * 0.45 / n, bh,
                   fillColor=colors.HexColor("#4a6b8a"), strokeColor=None))
    return d


def _flowables(doc: Doc, styles: dict, col_w: float, spacer: float) -> tuple[list, list]:
    """(title flowables, column flowables) for the document's items."""
    from reportlab.lib import colors
    from reportlab.platypus import (CondPageBreak, HRFlowable, Paragraph, Spacer, Table,
                                    TableStyle)

    look = doc.look
    head: list = []
    body: list = []
    fig = 0
    for i, it in enumerate(doc.spec.items):
        target = head if (look.title_span and it.role in ("title", "subtitle", "byline")
                          and not body) else body
        if i == doc.spacer_before and spacer:
            body.append(Spacer(1, spacer))
        if it.role == "table":
            t = Table([list(r) for r in it.rows], hAlign="CENTER")
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), _font(look.body_font), look.body_pt - 1.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            body += [Spacer(1, look.body_pt * 0.6), t, Spacer(1, look.body_pt * 0.8)]
        elif it.role == "quote":
            body += [Spacer(1, look.body_pt * 0.5),
                     HRFlowable(width="80%", thickness=1.2, spaceAfter=5),
                     Paragraph(_markup(it.text, look.quote_font), styles["quote"]),
                     HRFlowable(width="80%", thickness=1.2, spaceBefore=5,
                                spaceAfter=look.body_pt * 0.8)]
        elif it.role == "caption":
            body += [Spacer(1, look.body_pt * 0.4), _figure(col_w, seed=fig),
                     Paragraph(_markup(it.text, "kai"), styles["caption"])]
            fig += 1
        else:
            key = "heading2" if it.role == "heading" and it.level == 2 else it.role
            if it.role == "heading" and target is body:  # no heading alone at a column's foot
                body.append(CondPageBreak(look.heading_pt * 1.4 + 3 * look.body_pt * look.leading))
            target.append(Paragraph(_markup(it.text, styles[key].fontName), styles[key]))
    return head, body


def _build(doc: Doc, total: int, spacer: float = 0.0) -> tuple[bytes, list[Furniture]]:
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

    _fonts()
    look = doc.look
    pw, ph = look.page
    ml, mr, mt, mb = look.margins
    col_w = (pw - ml - mr - (look.columns - 1) * look.gutter) / look.columns
    styles = _styles(look)
    head, body = _flowables(doc, styles, col_w, spacer)
    furniture: list[Furniture] = []

    def columns(top: float, pid: str) -> list:
        return [Frame(ml + i * (col_w + look.gutter), mb, col_w, top - mb, id=f"{pid}{i}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for i in range(look.columns)]

    def furnish(canvas, template) -> None:
        n = canvas.getPageNumber()
        canvas.saveState()
        if look.header:
            left, right = look.header
            if look.mirrored:  # the outer side only: odd pages right, even pages left
                left, right = ("", left + "　" + right) if n % 2 else (left + "　" + right, "")
            y = ph - mt + look.body_pt * 1.6
            canvas.setFont(_furniture_font(look), look.body_pt - 1)
            for text, draw in ((left, canvas.drawString), (right, canvas.drawRightString)):
                if text:
                    draw(ml if draw == canvas.drawString else pw - mr, y, text)
                    for part in text.split("　"):
                        furniture.append(Furniture(n, "header", part))
            if look.header_rule:
                canvas.setLineWidth(0.6)
                canvas.line(ml, y - 4, pw - mr, y - 4)
        if look.footer:
            text = look.footer.format(n=n, total=total)
            canvas.setFont(_furniture_font(look), look.body_pt - 1)
            x = {"center": pw / 2, "right": pw - mr, "left": ml}[look.footer_align]
            draw = {"center": canvas.drawCentredString, "right": canvas.drawRightString,
                    "left": canvas.drawString}[look.footer_align]
            draw(x, mb - look.body_pt * 2.2, text)
            kind = "page_number" if text.strip("-—·  ").isdigit() else "footer"
            furniture.append(Furniture(n, kind, text))
        canvas.restoreState()

    buf = io.BytesIO()
    tpl = BaseDocTemplate(buf, pagesize=look.page, invariant=1, title=doc.spec.name,
                          author="zhdoc fixtures", leftMargin=ml, rightMargin=mr, topMargin=mt,
                          bottomMargin=mb)
    later = PageTemplate("later", frames=columns(ph - mt, "c"), onPage=furnish)
    if head:
        title_h = sum(f.wrap(pw - ml - mr, ph)[1] + f.getSpaceAfter() for f in head) + 8
        title = Frame(ml, ph - mt - title_h, pw - ml - mr, title_h, id="title", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        first = PageTemplate("first", frames=[title, *columns(ph - mt - title_h - 6, "f")],
                             onPage=furnish)
        tpl.addPageTemplates([first, later])
        story = [NextPageTemplate("later"), *head, *body]
    else:
        tpl.addPageTemplates([later])
        story = body
    tpl.build(story)
    return buf.getvalue(), furniture


def render_pdf(doc: Doc) -> tuple[bytes, Truth]:
    from typesetters.features import layout_features

    data, furniture = _build(doc, total=0)
    total = len({f.page for f in furniture}) or 1
    spacer = 0.0
    if doc.spacer_before is not None:  # the smallest spacer that leaves a tail alone
        step = doc.look.body_pt * doc.look.leading / 3
        for k in range(60):
            data, furniture = _build(doc, total, spacer=k * step)
            feats = layout_features(data, doc.spec.items, [f.text for f in furniture])
            if any(f.startswith("last line alone") for f in feats):
                spacer = k * step
                break
        else:
            raise RuntimeError(f"{doc.spec.name}: no spacer leaves a last line alone")
    data, furniture = _build(doc, total, spacer=spacer)
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n_pages = len(pdf.pages)
    if n_pages != total:
        data, furniture = _build(doc, n_pages, spacer=spacer)
    look = doc.look
    style = {
        "page": f"{look.page[0]:.0f}x{look.page[1]:.0f} pt", "columns": look.columns,
        "body_pt": look.body_pt, "body_font": _font(look.body_font),
        "paragraphs": "first-line indent 2 em" if look.indent else "no indent, space between",
        "align": "justified" if look.justify else "ragged right",
        "header": "mirrored" if look.mirrored else ("yes" if look.header else "none"),
        "footer": look.footer or "none",
        "title_over_columns": bool(look.title_span and any(
            p.role == "title" for p in doc.spec.items)),
        "spacer_before_item": doc.spacer_before if spacer else None,
    }
    truth = Truth(TYPESETTER, doc.spec.name, doc.spec.source, n_pages, style,
                  tuple(doc.spec.items), tuple(dict.fromkeys(furniture)),
                  tuple(layout_features(data, doc.spec.items, [f.text for f in furniture])))
    return data, truth


# ---------------------------------------------------------------------------- the documents
def documents() -> list[Doc]:
    docs = []

    def add(name: str, year: int, start: int, n: int, look: Look, *, title: str | None = None,
            spacer_before: int | None = None, **extra) -> None:
        rng = random.Random(name)
        items, source = excerpt(year, start, n)
        items = with_extras(items, rng, year=year, **extra)
        if title:
            items = [Para("title", title), *items]
        docs.append(Doc(Spec(name, source, items), look, spacer_before))

    add("rl01_one_column_title_2pp", 2017, 0, 2600,
        Look(columns=1, body_pt=11, header=("学习参考　2017年3月6日 星期一", "政府工作报告摘编"),
             footer="第 {n} 页 共 {total} 页"))
    add("rl02_two_columns_quote", 2008, 2, 4200,
        Look(body_font="sungti", body_pt=10, header=("2008年3月6日 星期四", "学习周刊"),
             footer="第 {n} 版", footer_align="right"), quote_after=3)
    add("rl03_three_columns_spaced_ragged", 2017, 41, 4000,
        Look(columns=3, body_pt=9, indent=False, justify=False, gutter=14, title_pt=26,
             header=("理论周刊", "2017年3月7日"), footer="{n}"),
        title="政府工作报告重点工作任务摘编", figure_after=2)
    add("rl04_four_columns_a3", 1998, 21, 6200,
        Look(page=A3, columns=4, body_pt=9.5, gutter=16, margins=(40, 40, 60, 50),
             header=("1998年3月6日 星期五", "特刊：政府工作报告"), footer="第 {n} 版"),
        title="关于1998年政府工作的建议")
    add("rl05_single_page_header", 2017, 16, 1500,
        Look(body_pt=10.5, header=("内部学习材料", "2017年3月"), footer=None))
    add("rl06_two_columns_12pt_table", 2008, 60, 3400,
        Look(body_pt=12, indent=False, leading=1.5, header=("2008年3月5日", "文件汇编"),
             footer="- {n} -"), table_after=2)
    add("rl07_tail_at_column_top", 2017, 42, 3600,
        Look(body_pt=10, header=("要闻解读", "2017年3月6日"), footer="第 {n} 版"),
        subheads=True, spacer_before=4)
    add("rl08_three_columns_mirrored_header", 1998, 2, 5200,
        Look(columns=3, body_pt=10, gutter=15, header=("政府工作报告", "1998年3月5日"),
             mirrored=True, footer="- {n} -"))
    add("rl09_a5_one_column_ragged_figure", 2008, 14, 3000,
        Look(page=A5, columns=1, body_pt=9, margins=(44, 44, 52, 50), justify=False,
             header=("读本（2008）", "过去五年工作回顾"), footer="{n}", footer_align="right"),
        quote_after=2, figure_after=5)
    add("rl10_two_columns_sans_11pt", 2017, 5, 5200,
        Look(body_font="hei", body_pt=11, heading_font="sungti", heading_pt=14,
             header=("2017年3月5日 星期日", "政府工作报告"), footer="{n} / {total}"),
        subheads=True)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m typesetters.reportlab_frames")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", nargs="*", help="names (prefixes) to regenerate")
    args = ap.parse_args(argv)
    for doc in documents():
        if args.only and not any(doc.spec.name.startswith(o) for o in args.only):
            continue
        data, truth = render_pdf(doc)
        write(truth, data, args.out)
        print(f"{truth.name}: {truth.pages} pp, {len(data) // 1024} KiB, "
              f"{', '.join(truth.features) or 'no breaks inside paragraphs'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
