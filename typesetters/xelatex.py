"""Typeset fixtures with XeLaTeX: ``xeCJK`` for Chinese, ``multicol`` for columns, ``fancyhdr``
for running headers and footers, ``lastpage`` for "of N".

What TeX brings: its own paragraph builder (xeCJK's punctuation compression and line-break
rules, glue stretched for justification), Latin digits in Latin Modern inside CJK lines,
multicol's balanced last columns and stretched \\parskip, two-sided mirrored headers, page
numbering from any number, booktabs tables (rules, no cell boxes), boxed pictures drawn with
rules.

    python -m typesetters.xelatex [--out tests/fixtures/typeset/xelatex] [--keep-tex DIR]

Needs ``xelatex`` with xeCJK (Debian: texlive-xetex, texlive-lang-chinese) and the Noto CJK
and AR PL fonts. Runs with SOURCE_DATE_EPOCH fixed, so the PDFs are reproducible.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from typesetters.features import layout_features
from typesetters.source import Para, Spec, excerpt, with_extras
from typesetters.truth import Furniture, Truth, write

TYPESETTER = "xelatex"
OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "typeset" / TYPESETTER
FONTS = {
    "serif": "Noto Serif CJK SC", "sans": "Noto Sans CJK SC", "sungti": "AR PL SungtiL GB",
    "kai": "AR PL KaitiM GB", "ming": "AR PL UMing CN",
}
#: when the PDFs say they were made (SOURCE_DATE_EPOCH): 2026-12-03
EPOCH = "1796256000"


@dataclass(frozen=True)
class Look:
    paper: str = "a4paper"  # a geometry paper name
    landscape: bool = False
    margins: str = "left=2cm,right=2cm,top=2.2cm,bottom=2cm"
    columns: int = 2
    column_sep: str = "1.5em"
    column_rule: bool = False
    body_font: str = "serif"
    body_pt: float = 10.5
    baseline: float = 1.6  # baselineskip / size
    indent: bool = True
    justify: bool = True
    heading_font: str = "sans"
    heading_pt: float = 13.0
    title_pt: float = 22.0
    header: tuple[str, str] | None = None  # left and right
    mirrored: bool = False  # two-sided: header parts swap on even pages
    footer: str | None = "{n}"  # {n}: page number, {total}: last page's number
    footer_pos: str = "C"  # fancyhdr position: L, C, R, or O (outer, two-sided)
    first_page: int = 1
    quote_font: str = "kai"


@dataclass
class Doc:
    spec: Spec
    look: Look


_TEX_SPECIAL = {"\\": r"\textbackslash{}", "%": r"\%", "$": r"\$", "&": r"\&", "#": r"\#",
                "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                "^": r"\textasciicircum{}"}


def tex_escape(text: str) -> str:
    r"""Text as TeX source.

    >>> tex_escape("增长6.7%，{x}")
    '增长6.7\\%，\\{x\\}'
    """
    return "".join(_TEX_SPECIAL.get(c, c) for c in text)


def _footer_tex(fmt: str) -> str:
    return tex_escape(fmt).replace(r"\{n\}", r"\thepage{}").replace(
        r"\{total\}", r"\pageref{LastPage}")


def _item(it: Para, look: Look, fig: int) -> str:
    t = tex_escape(it.text)
    b = look.body_pt
    if it.role == "title":
        return (f"{{\\centering\\{look.heading_font}fam\\bfseries\\fontsize{{{look.title_pt}}}"
                f"{{{look.title_pt * 1.3:.1f}}}\\selectfont {t}\\par}}\\vspace{{0.6em}}")
    if it.role == "subtitle":
        return f"{{\\centering\\fontsize{{{b + 2}}}{{{(b + 2) * 1.4:.1f}}}\\selectfont {t}\\par}}\\vspace{{0.4em}}"
    if it.role == "byline":
        return f"{{\\centering\\kaifam\\fontsize{{{b + 1}}}{{{(b + 1) * 1.4:.1f}}}\\selectfont {t}\\par}}\\vspace{{0.8em}}"
    if it.role == "heading":
        size = look.heading_pt if it.level == 1 else max(b + 0.5, look.heading_pt - 1.5)
        return (f"\\Needspace{{4\\baselineskip}}\\par\\vspace{{0.6em}}{{\\noindent\\{look.heading_font}fam"
                f"\\bfseries\\fontsize{{{size}}}{{{size * 1.35:.1f}}}\\selectfont {t}\\par}}"
                "\\nopagebreak\\vspace{0.3em}")
    if it.role == "quote":
        return (f"\\par\\vspace{{0.5em}}{{\\centering\\color{{quote}}\\rule{{0.8\\linewidth}}{{1.2pt}}\\par"
                f"\\vspace{{0.3em}}\\{look.quote_font}fam\\fontsize{{{b + 2.5}}}{{{(b + 2.5) * 1.45:.1f}}}"
                f"\\selectfont\\color{{black}} {t}\\par\\vspace{{0.2em}}\\color{{quote}}"
                f"\\rule{{0.8\\linewidth}}{{1.2pt}}\\par}}\\vspace{{0.6em}}")
    if it.role == "caption":
        h = 2.2 + (fig % 3) * 0.4
        return (f"\\par\\vspace{{0.4em}}{{\\centering\\color{{picture}}\\rule{{0.9\\linewidth}}{{{h:.1f}cm}}\\par"
                f"\\vspace{{0.2em}}\\kaifam\\color{{black}}\\fontsize{{{b - 1.5}}}{{{(b - 1.5) * 1.4:.1f}}}"
                f"\\selectfont {t}\\par}}\\vspace{{0.6em}}")
    if it.role == "table":
        ncol = len(it.rows[0])
        rows = [" & ".join(tex_escape(c) for c in r) + r" \\" for r in it.rows]
        return (f"\\par\\vspace{{0.4em}}{{\\centering\\fontsize{{{b - 1.5}}}{{{(b - 1.5) * 1.5:.1f}}}\\selectfont"
                f"\\begin{{tabular}}{{l{'c' * (ncol - 1)}}}\\toprule {rows[0]}\\midrule "
                + " ".join(rows[1:]) + r"\bottomrule\end{tabular}\par}\vspace{0.6em}")
    return t + "\\par"


def tex(doc: Doc) -> str:
    look = doc.look
    b = look.body_pt
    opts = ",".join(filter(None, [look.paper, "landscape" if look.landscape else "",
                                  "twoside" if look.mirrored else ""]))
    head = []
    if look.header:
        left, right = (tex_escape(p) for p in look.header)
        if look.mirrored:
            head += [f"\\fancyhead[LE]{{{right}}}", f"\\fancyhead[RE]{{{left}}}",
                     f"\\fancyhead[LO]{{{left}}}", f"\\fancyhead[RO]{{{right}}}"]
        else:
            head += [f"\\fancyhead[L]{{{left}}}", f"\\fancyhead[R]{{{right}}}"]
    rule = "0.4pt" if look.header else "0pt"
    if look.footer:
        pos = {"O": "[LE,RO]"}.get(look.footer_pos, f"[{look.footer_pos}]")
        head.append(f"\\fancyfoot{pos}{{{_footer_tex(look.footer)}}}")
    items = doc.spec.items
    n_head = 0
    while n_head < len(items) and items[n_head].role in ("title", "subtitle", "byline"):
        n_head += 1
    fig = 0
    top, body = [], []
    for i, it in enumerate(items):
        (top if i < n_head else body).append(_item(it, look, fig))
        fig += it.role == "caption"
    cols_begin = (f"\\begin{{multicols}}{{{look.columns}}}" if look.columns > 1 else "")
    cols_end = "\\end{multicols}" if look.columns > 1 else ""
    par = ("\\setlength{\\parindent}{2em}\\setlength{\\parskip}{0pt plus 0.5pt}" if look.indent
           else "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{0.7em plus 0.3em}")
    return "\n".join([
        f"\\documentclass[{opts}]{{article}}",
        f"\\usepackage[{look.margins},headsep=0.6cm,footskip=1cm]{{geometry}}",
        "\\usepackage{xeCJK,multicol,fancyhdr,lastpage,xcolor,booktabs,needspace}",
        f"\\setCJKmainfont{{{FONTS[look.body_font]}}}[BoldFont={FONTS['sans']} Bold]",
        *(f"\\newCJKfontfamily\\{k}fam{{{v}}}" + ("[BoldFont=Noto Sans CJK SC Bold]" if k == "sans"
                                                  else "[AutoFakeBold=2]")
          for k, v in FONTS.items()),
        "\\definecolor{picture}{HTML}{9FB4C7}\\definecolor{quote}{HTML}{8B0000}",
        "\\pagestyle{fancy}\\fancyhf{}",
        f"\\renewcommand{{\\headrulewidth}}{{{rule}}}",
        *head,
        f"\\setlength{{\\columnsep}}{{{look.column_sep}}}",
        f"\\setlength{{\\columnseprule}}{{{'0.4pt' if look.column_rule else '0pt'}}}",
        "\\widowpenalty=150 \\clubpenalty=150 \\brokenpenalty=0",
        "\\setlength{\\multicolsep}{0pt}",
        "\\begin{document}",
        f"\\setcounter{{page}}{{{look.first_page}}}",
        f"\\{look.body_font}fam\\fontsize{{{b}}}{{{b * look.baseline:.1f}}}\\selectfont",
        # \raggedright sets \parindent to 0: the paragraph style goes after it
        "" if look.justify else "\\raggedright", par,
        *top, cols_begin, *body, cols_end,
        "\\end{document}", ""])


def compile_tex(source: str, name: str, keep: Path | None = None) -> bytes:
    """Run xelatex twice (``lastpage`` needs the second run) with a fixed date."""
    xelatex = shutil.which("xelatex")
    if not xelatex:
        raise RuntimeError("xelatex is not installed (Debian: texlive-xetex, texlive-lang-chinese)")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
    with tempfile.TemporaryDirectory(prefix="zhdoc-tex-") as tmp:
        src = Path(tmp) / f"{name}.tex"
        src.write_text(source, encoding="utf-8")
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, keep / src.name)
        for _ in range(2):
            r = subprocess.run([xelatex, "-interaction=nonstopmode", "-halt-on-error", src.name],
                               cwd=tmp, env=env, capture_output=True, timeout=300)
            if r.returncode:
                log = (Path(tmp) / f"{name}.log").read_text(errors="replace")
                raise RuntimeError(f"{name}: xelatex failed:\n{log[-3000:]}")
        return (Path(tmp) / f"{name}.pdf").read_bytes()


def _furniture(look: Look, n_pages: int) -> list[Furniture]:
    out = []
    last = look.first_page + n_pages - 1
    for i in range(1, n_pages + 1):
        number = look.first_page + i - 1
        for part in look.header or ():
            out.append(Furniture(i, "header", part))
        if look.footer:
            text = look.footer.format(n=number, total=last)
            kind = "page_number" if text.strip("-—·  ").isdigit() else "footer"
            out.append(Furniture(i, kind, text))
    return out


def render_pdf(doc: Doc, keep: Path | None = None) -> tuple[bytes, Truth]:
    import pdfplumber

    data = compile_tex(tex(doc), doc.spec.name, keep)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n_pages = len(pdf.pages)
    look = doc.look
    furniture = _furniture(look, n_pages)
    style = {
        "paper": look.paper + (" landscape" if look.landscape else ""), "columns": look.columns,
        "body_pt": look.body_pt, "body_font": FONTS[look.body_font],
        "baselineskip": f"{look.baseline}×",
        "paragraphs": "first-line indent 2 em" if look.indent else "no indent, space between",
        "align": "justified" if look.justify else "ragged right",
        "header": "mirrored" if look.mirrored else ("yes" if look.header else "none"),
        "footer": look.footer or "none", "first_page": look.first_page,
        "column_rule": look.column_rule,
    }
    truth = Truth(TYPESETTER, doc.spec.name, doc.spec.source, n_pages, style,
                  tuple(doc.spec.items), tuple(furniture),
                  tuple(layout_features(data, doc.spec.items, [f.text for f in furniture])))
    return data, truth


def documents() -> list[Doc]:
    docs = []

    def add(name: str, year: int, start: int, n: int, look: Look, *, title: str | None = None,
            subtitle: str | None = None, **extra) -> None:
        rng = random.Random(name)
        items, source = excerpt(year, start, n)
        items = with_extras(items, rng, year=year, **extra)
        head = [Para("title", title)] if title else []
        head += [Para("subtitle", subtitle)] if subtitle else []
        docs.append(Doc(Spec(name, source, head + items), look))

    add("tx01_one_column_12pt_title", 2008, 0, 2600,
        Look(columns=1, body_pt=12, margins="left=2.8cm,right=2.8cm,top=2.6cm,bottom=2.4cm",
             header=("政府工作报告", "2008年3月5日"), footer="第 {n} 页 共 {total} 页"),
        title="政府工作报告", subtitle="——2008年3月5日在第十一届全国人民代表大会第一次会议上")
    add("tx02_two_columns_quote", 2017, 5, 4400,
        Look(header=("2017年3月6日　星期一", "学习专刊"), footer="{n}"), quote_after=4)
    add("tx03_three_columns_spaced_ragged", 2008, 60, 4200,
        Look(columns=3, body_pt=9, indent=False, justify=False, column_sep="1.2em",
             margins="left=1.6cm,right=1.6cm,top=2cm,bottom=1.8cm",
             header=("理论版", "2008年3月7日"), footer="第 {n} 版"),
        title="2008年主要任务", figure_after=2)
    add("tx04_four_columns_a3", 2017, 41, 6500,
        Look(paper="a3paper", columns=4, body_pt=9.5, column_sep="1.3em",
             margins="left=1.5cm,right=1.5cm,top=2cm,bottom=1.8cm", title_pt=30,
             header=("2017年3月7日　星期二", "第 4 版　政府工作报告解读"), footer=None),
        title="今年重点工作任务")
    add("tx05_single_page_header", 2008, 45, 1300,
        Look(body_pt=10, header=("学习笔记", "2008年3月"), footer=None))
    add("tx06_two_columns_rule_table", 1998, 21, 3600,
        Look(body_pt=11, column_rule=True, header=("1998年3月6日", "文件选编"),
             footer="- {n} -"), table_after=4)
    add("tx07_two_columns_mirrored_sans", 2008, 2, 4800,
        Look(body_font="sans", body_pt=10, heading_font="serif", mirrored=True,
             header=("政府工作报告", "过去五年工作回顾"), footer="{n}", footer_pos="O"))
    add("tx08_a5_one_column_ragged", 1998, 66, 2600,
        Look(paper="a5paper", columns=1, body_pt=10, justify=False,
             margins="left=1.8cm,right=1.8cm,top=2cm,bottom=1.8cm",
             header=("读本", "国际形势和外交工作"), footer="{n}", footer_pos="R"),
        quote_after=3, figure_after=6)
    add("tx09_three_columns_subheads", 2017, 42, 3300,
        Look(columns=3, body_pt=10, body_font="sungti", column_sep="1em",
             margins="left=1.5cm,right=1.5cm,top=2cm,bottom=1.8cm",
             header=("经济", "2017年3月9日"), footer="{n} / {total}"), subheads=True)
    add("tx10_b5_two_columns_from_page_21", 1998, 2, 3600,
        Look(paper="b5paper", body_pt=9.5, body_font="ming",
             margins="left=1.6cm,right=1.6cm,top=2cm,bottom=1.8cm",
             header=("第一章", "关于过去五年的政府工作"), footer="— {n} —", first_page=21))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m typesetters.xelatex")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", nargs="*", help="names (prefixes) to regenerate")
    ap.add_argument("--keep-tex", type=Path, help="also write the .tex sources here")
    args = ap.parse_args(argv)
    for doc in documents():
        if args.only and not any(doc.spec.name.startswith(o) for o in args.only):
            continue
        data, truth = render_pdf(doc, args.keep_tex)
        write(truth, data, args.out)
        print(f"{truth.name}: {truth.pages} pp, {len(data) // 1024} KiB, "
              f"{', '.join(truth.features) or 'no breaks inside paragraphs'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
