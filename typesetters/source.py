"""Public-domain source text for the typeset fixtures, and the document model they share.

The State Council government work reports in ``../shared/corpus/txt/t_gwr_national_*.txt``
have one paragraph per blank-line block, so they give paragraph truth for free. A fixture is
an excerpt of one report (a run of whole paragraphs, headings kept where the report has them),
plus what a page adds: a title, a pull quote (a sentence repeated from the text), a figure with
its caption, a table of figures the text cites. The excerpts end up inside the committed PDFs
and their truth files; the .txt files themselves are never copied into the repository.

>>> classify("一、2016年工作回顾"), classify("（二）大力推进改革开放，注重制度建设和创新")
('heading', 'heading')
>>> classify("各位代表："), classify("第一，进一步稳定和加强农业"), classify("结束语")
('body', 'heading', 'heading')
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.corpus import SHARED_CORPUS

CORPUS_TXT = SHARED_CORPUS / "txt"

#: a numbered heading as the reports set them: 一、…  （一）…  第一，…
RE_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+，)")
#: paragraph roles a truth file may use
ROLES = ("title", "subtitle", "byline", "heading", "body", "quote", "caption", "table")


@dataclass(frozen=True)
class Para:
    """One unit in reading order: its role and text (a table has rows of cells instead)."""

    role: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    level: int = 1  # headings: 1 for 一、, 2 for （一） and unnumbered subheads

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role {self.role!r} is not one of {ROLES}")
        if (self.role == "table") != bool(self.rows):
            raise ValueError("a table has rows and no text; other roles have text")


@dataclass
class Spec:
    """What one fixture sets: its content in reading order and the style choices that vary."""

    name: str
    source: str  # provenance of the text: report and paragraph range
    items: list[Para]
    style: dict = field(default_factory=dict)


def report_path(year: int) -> Path:
    return CORPUS_TXT / f"t_gwr_national_{year}.txt"


def load_report(year: int) -> list[str]:
    """A report's paragraphs, as published (one per blank-line block)."""
    path = report_path(year)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is absent: the fixtures are made from ../shared/corpus "
                                "(regenerating them needs it; reading them does not)")
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def classify(p: str) -> str:
    """A report paragraph's role: a short line without a full stop that is numbered, or the
    closing ``结束语``, is a heading; everything else (salutations too) is body."""
    if len(p) <= 40 and not p.endswith(("。", "；", "：", "！")):
        if RE_NUMBERED.match(p) or p == "结束语":
            return "heading"
    return "body"


def heading_level(p: str) -> int:
    return 2 if p.startswith("（") or p.startswith("第") else 1


def excerpt(year: int, start: int, n_chars: int) -> tuple[list[Para], str]:
    """Whole paragraphs of a report from index ``start`` until at least ``n_chars`` characters
    (a heading never ends an excerpt); with their provenance."""
    paras = load_report(year)
    out: list[Para] = []
    total = 0
    i = start
    while i < len(paras) and (total < n_chars or out[-1].role == "heading"):
        p = paras[i]
        role = classify(p)
        out.append(Para(role, p, level=heading_level(p) if role == "heading" else 1))
        total += len(p)
        i += 1
    return out, f"t_gwr_national_{year}.txt paragraphs {start}-{i - 1}"


def first_clause(p: str, max_len: int = 14) -> str | None:
    """A subhead taken from a paragraph's opening clause (扎实有效去产能。…), if short."""
    m = re.match(r"^([^，。；：！？、“”（）]{4,%d})[。，]" % max_len, p)
    return m.group(1) if m else None


def sentences(p: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]+[。！？]", p)]


def pull_quote(items: list[Para], rng, min_len: int = 18, max_len: int = 48) -> str:
    """A sentence of the excerpt, repeated as a pull quote (as newspapers do)."""
    pool = [s for it in items if it.role == "body" for s in sentences(it.text)
            if min_len <= len(s) <= max_len and "“" not in s]
    return rng.choice(pool)


def with_extras(items: list[Para], rng: random.Random, *, quote_after: int | None = None,
          figure_after: int | None = None, table_after: int | None = None, year: int = 2017,
          subheads: bool = False) -> list[Para]:
    """Insert a pull quote, a figure caption and a table after the given body paragraphs
    (counted among body paragraphs), and unnumbered subheads before paragraphs whose opening
    clause is short."""
    out: list[Para] = []
    quote = pull_quote(items, rng) if quote_after is not None else None
    n_body = 0
    for it in items:
        if subheads and it.role == "body" and n_body > 1:
            head = first_clause(it.text)
            if head:
                out.append(Para("heading", head, level=2))
        out.append(it)
        if it.role != "body":
            continue
        n_body += 1
        if n_body == quote_after:
            out.append(Para("quote", quote))
        if n_body == figure_after:
            out.append(Para("caption", rng.choice(CAPTIONS)))
        if n_body == table_after:
            out.append(Para("table", rows=TABLES[year]))
    return out


#: tables of figures the reports state, by report year (every cell is in the report's text)
TABLES: dict[int, tuple[tuple[str, ...], ...]] = {
    2017: (("指标", "2016年", "2017年预期目标"),
           ("国内生产总值", "增长6.7%", "增长6.5%左右"),
           ("居民消费价格", "上涨2%", "涨幅3%左右"),
           ("城镇新增就业", "1314万人", "1100万人以上"),
           ("农村贫困人口", "减少1240万", "再减少1000万以上")),
    2008: (("项目", "2007年", "2008年"),
           ("国内生产总值", "24.66万亿元", "增长8%左右"),
           ("居民消费价格", "上涨4.8%", "涨幅4.8%左右"),
           ("财政收入", "5.13万亿元", "—"),
           ("外汇储备", "超过1.52万亿美元", "—")),
    1998: (("项目", "1997年"),
           ("国内生产总值", "74772亿元"),
           ("外汇储备", "1399亿美元")),
}

#: image captions, written for the fixtures (the pictures are drawn shapes)
CAPTIONS = (
    "图为某地工业园区新建的生产线（示意图）",
    "图1　2012—2016年国内生产总值及其增长速度（示意）",
    "图为农村公路建设现场（资料图）",
    "图2　城镇新增就业人数（示意）",
    "图为一处新建保障性住房小区（示意图）",
    "图为科研人员在实验室工作（资料图）",
)
