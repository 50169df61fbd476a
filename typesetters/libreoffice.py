"""Typeset fixtures with LibreOffice Writer: a flat ODT (``.fodt``) per document, converted by
``soffice --headless --convert-to pdf``.

What Writer brings that the reportlab fixtures do not: sections with their own column count
(a title over the columns is a one-column section above a two-column one; columns balanced at
a section's end), Noto CJK (OpenType/CFF) and AR PL faces embedded as subsets, Writer's own
CJK line breaking and justification, running headers with a left and a right part on tab
stops, mirrored headers, page-number and page-count fields, a page numbering that starts
mid-book, images anchored as characters, tables with ruled cells.

    python -m typesetters.libreoffice [--out tests/fixtures/typeset/libreoffice] [--keep-fodt]

Needs ``soffice`` (Debian: libreoffice-writer-nogui) and ``fonts-noto-cjk``, ``fonts-arphic-*``.
"""

from __future__ import annotations

import argparse
import base64
import random
import shutil
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from typesetters.features import layout_features
from typesetters.source import Para, Spec, excerpt, with_extras
from typesetters.truth import Furniture, Truth, write

TYPESETTER = "libreoffice"
OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "typeset" / TYPESETTER
SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"
SUNG, KAI, MING = "AR PL SungtiL GB", "AR PL KaitiM GB", "AR PL UMing CN"
#: page sizes in cm
A4, B5, A3, K16 = (21.0, 29.7), (18.2, 25.7), (29.7, 42.0), (18.4, 26.0)


@dataclass(frozen=True)
class Look:
    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (2.0, 2.0, 1.6, 1.6)  # l, r, t, b (cm)
    columns: int = 2
    gap_cm: float = 0.6
    column_rule: bool = False
    body_font: str = SERIF
    body_pt: float = 10.5
    line_height: int = 150  # percent
    indent: bool = True
    justify: bool = True
    hanging: bool = False  # hanging punctuation (style:punctuation-wrap); unused: Writer 7.4
    #                        leaves a hanging 、 out of the PDF's text layer
    heading_font: str = SANS
    heading_pt: float = 13.0
    title_pt: float = 20.0
    header: tuple[str, str] | None = None  # left and right parts
    header_even: tuple[str, str] | None = None  # mirrored: the even pages' header
    header_rule: bool = True
    footer: str | None = "第 {n} 页"  # {n}: page number field, {total}: page count field
    footer_align: str = "center"
    first_page_number: int = 1
    quote_font: str = KAI
    intro_columns: int | None = None  # the opening paragraphs in a section of their own
    intro_paragraphs: int = 0


@dataclass
class Doc:
    spec: Spec
    look: Look


def _png(width: int, height: int, seed: int) -> bytes:
    """A small PNG (bars on a tinted ground), written by hand: no imaging library needed."""
    rng = random.Random(seed)
    bars = [(int(width * (i + 0.3) / 6), int(width * (i + 0.75) / 6),
             int(height * rng.uniform(0.1, 0.7))) for i in range(6)]
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            dark = any(a <= x < b and y >= top for a, b, top in bars)
            row += bytes((74, 107, 138) if dark else (223, 231, 238))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _text_props(font: str, pt: float, bold: bool = False) -> str:
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="{font}" fo:font-size="{pt}pt" '
            f'style:font-name-asian="{font}" style:font-size-asian="{pt}pt" fo:language="zh" '
            f'fo:country="CN" style:language-asian="zh" style:country-asian="CN"{weight}/>')


def _styles(look: Look) -> str:
    b = look.body_pt
    wrap = "hanging" if look.hanging else "simple"
    body_para = (f'fo:text-align="{"justify" if look.justify else "start"}" '
                 f'fo:text-indent="{2 * b if look.indent else 0}pt" '
                 f'fo:line-height="{look.line_height}%" fo:orphans="1" fo:widows="1" '
                 f'fo:margin-top="0pt" fo:margin-bottom="{0 if look.indent else b * 0.7}pt" '
                 f'style:line-break="strict" style:punctuation-wrap="{wrap}"')
    tab = (look.page[0] - look.margins[0] - look.margins[1])
    rule = ' fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.08cm"' \
        if look.header_rule else ""
    return f"""
  <style:default-style style:family="paragraph">{_text_props(look.body_font, b)}</style:default-style>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties {body_para}/>{_text_props(look.body_font, b)}</style:style>
  <style:style style:name="Heading1" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="{b * 0.8}pt" fo:margin-bottom="{b * 0.5}pt" fo:keep-with-next="always" fo:line-height="130%"/>{_text_props(look.heading_font, look.heading_pt, True)}</style:style>
  <style:style style:name="Heading2" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="{b * 0.5}pt" fo:margin-bottom="{b * 0.3}pt" fo:keep-with-next="always" fo:line-height="130%"/>{_text_props(look.heading_font, max(b + 0.5, look.heading_pt - 1.5), True)}</style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="{b * 0.6}pt"/>{_text_props(SANS, look.title_pt, True)}</style:style>
  <style:style style:name="Subtitle" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="{b * 0.4}pt"/>{_text_props(look.body_font, b + 2)}</style:style>
  <style:style style:name="Byline" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="{b}pt"/>{_text_props(KAI, b + 1)}</style:style>
  <style:style style:name="Quote" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-left="{b}pt" fo:margin-right="{b}pt" fo:margin-top="{b * 0.8}pt" fo:margin-bottom="{b * 0.8}pt" fo:padding="4pt" fo:border-top="1.2pt solid #8b0000" fo:border-bottom="1.2pt solid #8b0000" fo:border-left="none" fo:border-right="none" fo:line-height="140%"/>{_text_props(look.quote_font, b + 2.5)}</style:style>
  <style:style style:name="Figure" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="{b * 0.6}pt"/></style:style>
  <style:style style:name="Caption" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="2pt" fo:margin-bottom="{b}pt"/>{_text_props(KAI, b - 1.5)}</style:style>
  <style:style style:name="Cell" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>{_text_props(look.body_font, b - 1.5)}</style:style>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties{rule}><style:tab-stops><style:tab-stop style:position="{tab}cm" style:type="right"/></style:tab-stops></style:paragraph-properties>{_text_props(look.body_font, b - 1.5)}</style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties fo:text-align="{look.footer_align}"/>{_text_props(look.body_font, b - 1.5)}</style:style>"""


def _auto_styles(look: Look) -> str:
    w, h = look.page
    l, r, t, b = look.margins
    sep = ('<style:column-sep style:width="0.5pt" style:color="#000000" style:height="100%"/>'
           if look.column_rule else "")

    def section(name: str, n: int) -> str:
        return (f'<style:style style:name="{name}" style:family="section"><style:section-properties>'
                f'<style:columns fo:column-count="{n}" fo:column-gap="{look.gap_cm}cm">{sep}'
                f'</style:columns></style:section-properties></style:style>')

    usage = ' style:page-usage="mirrored"' if look.header_even else ""
    return f"""
  <style:page-layout style:name="pm1"{usage}>
   <style:page-layout-properties fo:page-width="{w}cm" fo:page-height="{h}cm" fo:margin-left="{l}cm" fo:margin-right="{r}cm" fo:margin-top="{t}cm" fo:margin-bottom="{b}cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="First" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="Standard">
   <style:paragraph-properties style:page-number="{look.first_page_number}"/></style:style>
  <style:style style:name="FirstBody" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="Standard">
   <style:paragraph-properties style:page-number="{look.first_page_number}"/></style:style>
  <style:style style:name="FirstHeading" style:family="paragraph" style:parent-style-name="Heading1" style:master-page-name="Standard">
   <style:paragraph-properties style:page-number="{look.first_page_number}"/></style:style>
  {section("Cols", look.columns)}
  {section("Intro", look.intro_columns or 1)}
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{min(10.0, (w - l - r) / look.columns - 0.2)}cm" table:align="center" fo:margin-top="4pt" fo:margin-bottom="8pt"/></style:style>
  <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>"""


def _header(parts: tuple[str, str] | None) -> str:
    if not parts:
        return ""
    left, right = (escape(p) for p in parts)
    return f'<text:p text:style-name="Header">{left}<text:tab/>{right}</text:p>'


def _footer(fmt: str | None) -> str:
    if not fmt:
        return ""
    text = escape(fmt).replace("{n}", '<text:page-number text:select-page="current"/>')
    text = text.replace("{total}", "<text:page-count/>")
    return f'<text:p text:style-name="Footer">{text}</text:p>'


def _master(look: Look) -> str:
    head = _header(look.header)
    even = (f"<style:header-left>{_header(look.header_even)}</style:header-left>"
            if look.header_even else "")
    foot = _footer(look.footer)
    return (f'<style:master-page style:name="Standard" style:page-layout-name="pm1">'
            + (f"<style:header>{head}</style:header>{even}" if head else "")
            + (f"<style:footer>{foot}</style:footer>" if foot else "")
            + "</style:master-page>")


def _body(doc: Doc, first: bool = True) -> str:
    """The items as ODT paragraphs, tables and framed images; ``first``: they open the
    document (its first paragraph sets the page numbering)."""
    look = doc.look
    out: list[str] = []
    fig = table = 0
    for it in doc.spec.items:
        t = escape(it.text)
        if it.role == "table":
            ncol = len(it.rows[0])
            rows = "".join(
                "<table:table-row>" + "".join(
                    f'<table:table-cell table:style-name="TblCell" office:value-type="string">'
                    f'<text:p text:style-name="Cell">{escape(c)}</text:p></table:table-cell>'
                    for c in r) + "</table:table-row>" for r in it.rows)
            table += 1
            out.append(f'<table:table table:name="T{table}" table:style-name="Tbl">'
                       f'<table:table-column table:number-columns-repeated="{ncol}"/>{rows}'
                       "</table:table>")
            continue
        if it.role == "caption":
            png = base64.b64encode(_png(180, 100, fig)).decode()
            fig += 1
            out.append(f'<text:p text:style-name="Figure"><draw:frame draw:name="fig{fig}" '
                       f'text:anchor-type="as-char" svg:width="{min(6.5, look.page[0] / look.columns - 2.2):.2f}cm" '
                       f'svg:height="{min(6.5, look.page[0] / look.columns - 2.2) * 0.55:.2f}cm">'
                       f"<draw:image><office:binary-data>{png}</office:binary-data></draw:image>"
                       "</draw:frame></text:p>")
        style = {"title": "Title", "subtitle": "Subtitle", "byline": "Byline", "body": "Body",
                 "quote": "Quote", "caption": "Caption",
                 "heading": "Heading2" if it.level == 2 else "Heading1"}[it.role]
        if first and look.first_page_number != 1:  # the numbering a book chapter starts with
            style = {"Title": "First", "Body": "FirstBody", "Heading1": "FirstHeading"}.get(
                style, style)
        first = False
        out.append(f'<text:p text:style-name="{style}">{t}</text:p>')
    return "\n".join(out)


def _sections(doc: Doc) -> str:
    """The title block in one column over all columns, the intro (if any) in its own section,
    the rest in the columned section."""
    items = doc.spec.items
    n_head = 0
    while n_head < len(items) and items[n_head].role in ("title", "subtitle", "byline"):
        n_head += 1
    n_intro = n_head + doc.look.intro_paragraphs
    head = _body(Doc(Spec("", "", items[:n_head]), doc.look))
    intro = _body(Doc(Spec("", "", items[n_head:n_intro]), doc.look),
                  first=not n_head) if n_intro > n_head else ""
    rest = _body(Doc(Spec("", "", items[n_intro:]), doc.look), first=n_intro == 0)
    out = head
    if intro:
        out += f'\n<text:section text:style-name="Intro" text:name="Intro">{intro}</text:section>'
    out += f'\n<text:section text:style-name="Cols" text:name="Body">{rest}</text:section>'
    return out


def fodt(doc: Doc) -> str:
    """The document as flat ODT XML."""
    look = doc.look
    fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>'
                    for f in (SERIF, SANS, SUNG, KAI, MING))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>{fonts}</office:font-face-decls>
 <office:styles>{_styles(look)}
 </office:styles>
 <office:automatic-styles>{_auto_styles(look)}
 </office:automatic-styles>
 <office:master-styles>{_master(look)}</office:master-styles>
 <office:body><office:text>
{_sections(doc)}
 </office:text></office:body>
</office:document>
"""


def convert(fodt_text: str, name: str, keep: Path | None = None) -> bytes:
    """Run ``soffice --headless --convert-to pdf`` on one document (a private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("soffice is not installed (Debian: libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="zhdoc-lo-") as tmp:
        src = Path(tmp) / f"{name}.fodt"
        src.write_text(fodt_text, encoding="utf-8")
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, keep / src.name)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        return (Path(tmp) / f"{name}.pdf").read_bytes()


def _furniture(look: Look, n_pages: int) -> list[Furniture]:
    out = []
    for i in range(1, n_pages + 1):
        number = look.first_page_number + i - 1
        header = look.header_even if (look.header_even and number % 2 == 0) else look.header
        for part in header or ():
            if part:
                out.append(Furniture(i, "header", part))
        if look.footer:
            text = look.footer.format(n=number, total=n_pages)
            kind = "page_number" if text.strip("-—·  ").isdigit() else "footer"
            out.append(Furniture(i, kind, text))
    return out


def render_pdf(doc: Doc, keep: Path | None = None) -> tuple[bytes, Truth]:
    import io

    import pdfplumber

    data = convert(fodt(doc), doc.spec.name, keep)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n_pages = len(pdf.pages)
    look = doc.look
    furniture = _furniture(look, n_pages)
    style = {
        "page": f"{look.page[0]}x{look.page[1]} cm", "columns": look.columns,
        "intro_columns": look.intro_columns, "body_pt": look.body_pt,
        "body_font": look.body_font, "line_height": f"{look.line_height}%",
        "paragraphs": "first-line indent 2 em" if look.indent else "no indent, space between",
        "align": "justified" if look.justify else "ragged right",
        "punctuation": "hanging" if look.hanging else "kept inside",
        "header": "mirrored" if look.header_even else ("yes" if look.header else "none"),
        "footer": look.footer or "none", "first_page_number": look.first_page_number,
        "column_rule": look.column_rule,
    }
    truth = Truth(TYPESETTER, doc.spec.name, doc.spec.source, n_pages, style,
                  tuple(doc.spec.items), tuple(furniture),
                  tuple(layout_features(data, doc.spec.items, [f.text for f in furniture])))
    return data, truth


def documents() -> list[Doc]:
    docs = []

    def add(name: str, year: int, start: int, n: int, look: Look, *, title: str | None = None,
            subtitle: str | None = None, byline: str | None = None, **extra) -> None:
        rng = random.Random(name)
        items, source = excerpt(year, start, n)
        items = with_extras(items, rng, year=year, **extra)
        head = [Para("title", title)] if title else []
        head += [Para("subtitle", subtitle)] if subtitle else []
        head += [Para("byline", byline)] if byline else []
        docs.append(Doc(Spec(name, source, head + items), look))

    add("lo01_book_two_columns", 2008, 60, 3000,
        Look(page=K16, margins=(1.8, 1.8, 1.8, 1.6), body_pt=10, column_rule=False,
             header=("政府工作报告选读", "第二章　主要任务"),
             header_even=("第二章　主要任务", "政府工作报告选读"),
             footer="{n}", footer_align="center", first_page_number=37, line_height=160),
        title="第二章　2008年主要任务", subtitle="——2008年3月5日在第十一届全国人民代表大会第一次会议上")
    add("lo02_three_columns_newspaper", 2017, 41, 5200,
        Look(page=A3, margins=(1.5, 1.5, 1.6, 1.4), columns=3, gap_cm=0.5, body_pt=10,
             column_rule=True, header=("2017年3月6日　星期一", "第 5 版　要闻"), footer=None,
             title_pt=28), title="今年重点工作任务", quote_after=4, figure_after=2)
    add("lo03_two_columns_spaced", 2008, 14, 3800,
        Look(indent=False, justify=False, body_font=SANS, body_pt=10,
             header=("理论学习", "2008年3月10日"), footer="- {n} -"), table_after=3)
    add("lo04_one_column_report_12pt", 2017, 0, 2400,
        Look(columns=1, body_pt=12, body_font=SUNG, margins=(2.6, 2.6, 2.2, 2.2),
             header=("政府工作报告", "2017年3月5日"), footer="第 {n} 页 共 {total} 页",
             line_height=170))
    add("lo05_single_page_header_only", 1998, 2, 1000,
        Look(body_pt=10.5, header=("学习参考资料", "1998年3月"), footer=None))
    add("lo06_four_columns_9pt", 1998, 21, 7000,
        Look(page=A3, columns=4, gap_cm=0.45, body_pt=9, margins=(1.4, 1.4, 1.5, 1.3),
             header=("1998年3月6日　星期五", "第 3 版　特别报道"), footer="第 {n} 版",
             footer_align="end", title_pt=30),
        title="关于1998年政府工作的建议", figure_after=6)
    add("lo07_intro_then_two_columns", 2017, 5, 4200,
        Look(intro_columns=1, intro_paragraphs=2, body_pt=11,
             header=("2017年3月5日", "政府工作报告"), footer="{n}", footer_align="end"),
        title="一年来我们主要做了以下工作", quote_after=5)
    add("lo08_two_columns_ming_ragged", 2008, 124 - 9, 3000,
        Look(body_font=MING, justify=False, body_pt=11, column_rule=True,
             header=("专题", "2008年3月"), footer="第 {n} 页"), table_after=1)
    add("lo09_three_columns_a4_spaced", 2017, 42, 4000,
        Look(columns=3, gap_cm=0.5, body_pt=9.5, indent=False, margins=(1.6, 1.6, 1.6, 1.5),
             header=("经济观察", "2017年3月8日"), footer="{n} / {total}"),
        title="用改革的办法深入推进“三去一降一补”", figure_after=3)
    add("lo10_b5_two_columns_sans", 1998, 66, 3200,
        Look(page=B5, margins=(1.6, 1.6, 1.6, 1.5), body_font=SANS, body_pt=9.5,
             header=("国际形势和外交工作", "1998"), header_even=("1998", "国际形势和外交工作"),
             footer="· {n} ·", first_page_number=12), quote_after=2)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m typesetters.libreoffice")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", nargs="*", help="names (prefixes) to regenerate")
    ap.add_argument("--keep-fodt", type=Path, help="also write the .fodt sources here")
    args = ap.parse_args(argv)
    for doc in documents():
        if args.only and not any(doc.spec.name.startswith(o) for o in args.only):
            continue
        data, truth = render_pdf(doc, args.keep_fodt)
        write(truth, data, args.out)
        print(f"{truth.name}: {truth.pages} pp, {len(data) // 1024} KiB, "
              f"{', '.join(truth.features) or 'no breaks inside paragraphs'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
