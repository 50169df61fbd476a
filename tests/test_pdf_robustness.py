"""read_pdf on generated documents in random styles: sizes, leading, gutters down to one em,
paragraphs without indent, bold body-size headings, lines drawn in random order, side bars."""

from __future__ import annotations

import re
from functools import lru_cache

from typesetters import pdfgen
import pytest

from evaluation.pdf import cer, paragraph_f1
from zhdoc.rules.chars import CJK
from zhdoc.model import PdfLayout
from zhdoc.pdf import read_pdf
from zhdoc.settings import Settings

DOCS = {d.name: d for d in pdfgen.random_set(8, seed=3)}


@lru_cache(maxsize=None)
def layout(name: str) -> PdfLayout:
    return read_pdf(DOCS[name].data, Settings(), name)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_random_styles_meet_the_targets(name: str) -> None:
    truth = DOCS[name].truth
    prose = [b.text for b in layout(name).blocks if b.role != "table"]
    assert cer("\n".join(prose), "\n".join(truth.texts())) <= 0.005
    assert paragraph_f1(prose, truth.texts()) >= 0.97
    assert not re.search(f"[{CJK}] +[{CJK}]", layout(name).text)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_random_styles_headings_by_size_or_weight(name: str) -> None:
    by_text = {b.text: b for b in layout(name).blocks}
    for kind, text in DOCS[name].truth.paragraphs:
        if kind in ("heading", "title"):
            assert by_text[text].role in ("heading", "title")
        elif kind in ("body", "abstract"):
            assert by_text[text].role is None


def test_the_random_set_covers_the_hard_cases() -> None:
    styles = [(d.truth.columns, d.name) for d in DOCS.values()]
    assert {c for c, _ in styles} == {1, 2, 3}
