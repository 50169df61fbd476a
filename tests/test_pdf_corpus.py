"""read_pdf on the real PDFs in ../shared/corpus/pdf (skipped when the corpus is absent)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from zhdoc.rules.chars import CJK
from zhdoc.model import PdfLayout
from zhdoc.pdf import read_pdf
from zhdoc.pdf.tables import CELL_SEP
from zhdoc.settings import Settings

pytestmark = pytest.mark.corpus


@lru_cache(maxsize=None)
def _read(path: Path) -> PdfLayout:
    return read_pdf(path.read_bytes(), Settings(), path.name)


def layout(corpus_dir: Path, prefix: str) -> PdfLayout:
    paths = sorted((corpus_dir / "pdf").glob(f"{prefix}_*.pdf"))
    if not paths:
        pytest.skip(f"no {prefix} PDF in the corpus")
    return _read(paths[0])


@pytest.mark.parametrize("prefix, header", [
    ("p05", "东北电气发展股份有限公司"),
    ("p12", "比亚迪股份有限公司"),
    ("p11", None),  # no running header; page numbers `- 2 -`
])
def test_running_headers_and_page_numbers_leave_the_body(corpus_dir: Path, prefix: str,
                                                         header: str | None) -> None:
    lay = layout(corpus_dir, prefix)
    headers = {f.text for f in lay.furniture if f.kind == "header"}
    numbers = [f for f in lay.furniture if f.kind == "page_number"]
    assert len(numbers) >= lay.n_pages - 1
    if header:
        assert len([f for f in lay.furniture if f.kind == "header"]) == lay.n_pages
        assert all(header in h for h in headers)
    body = [b.text for b in lay.blocks if b.role != "table"]
    assert not any(h in t for h in headers for t in body)
    assert not any(t.strip() in {f.text for f in numbers} for t in body)


def test_overprinted_cover_has_no_duplicated_characters(corpus_dir: Path) -> None:
    lay = layout(corpus_dir, "p06")
    assert lay.blocks[0].text.startswith("安徽安利合成革股份有限公司")
    assert not re.search(f"([{CJK}])\\1\\1", lay.text)
    assert lay.blocks[0].bold  # drawn four times: fake bold


def test_letter_spaced_chapter_headings(corpus_dir: Path) -> None:
    lay = layout(corpus_dir, "p11")
    chapters = [b for b in lay.blocks if re.match("^第[一二三四五六七]章", b.text)]
    body_chapters = [b for b in chapters if b.page and b.page > 2]  # after the contents page
    assert [b.text for b in body_chapters][:3] == ["第一章 背景介绍", "第二章 正文要求说明",
                                                   "第三章 公式排版"]
    assert all(b.role == "heading" and b.font_size > 1.2 for b in body_chapters)


@pytest.mark.parametrize("prefix", ["p05", "p08", "p12"])
def test_tables_stay_out_of_prose(corpus_dir: Path, prefix: str) -> None:
    lay = layout(corpus_dir, prefix)
    rows = [b.text for b in lay.blocks if b.role == "table"]
    assert len(rows) >= 10
    prose = [b.text.replace(" ", "") for b in lay.blocks if b.role != "table"]
    for row in rows:
        cells = row.replace(" ", "").split(CELL_SEP.strip())
        if len(cells) >= 2 and len("".join(cells)) >= 8:
            assert not any("".join(cells) in p for p in prose), row


@pytest.mark.parametrize("prefix", ["p05", "p06", "p08", "p11", "p12"])
def test_blocks_carry_pages_and_boxes(corpus_dir: Path, prefix: str) -> None:
    lay = layout(corpus_dir, prefix)
    assert lay.blocks
    for b in lay.blocks:
        assert lay.text[b.start:b.end] == b.text
        assert b.page and b.bboxes and len(b.bbox_pages) == len(b.bboxes)


def test_the_cover_abstract_is_one_paragraph(corpus_dir: Path) -> None:
    lay = layout(corpus_dir, "p11")
    abstract = [b for b in lay.blocks if b.text.startswith("摘要：")]
    assert len(abstract) == 1 and abstract[0].n_lines == 2
    assert abstract[0].text.endswith("标题使用摘要标题样式，这这一部分是摘要主体。关键字部分可以类似实现。")
