"""Bad PDFs fail with specific errors that name the file (and page) and say what to do."""

from __future__ import annotations

import io

from typesetters import pdfgen
import pytest

from zhdoc.errors import Encrypted, MalformedPDF, NoTextLayer, TimeLimit, TooLarge
from zhdoc.pdf import read_pdf
from zhdoc.settings import Settings


def _canvas_pdf(draw, **kw) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, **kw)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _text(c) -> None:
    c.setFont(pdfgen._font(), 12)
    c.drawString(72, 700, "中国经济持续增长。")


def _scan(c) -> None:  # no text, only drawing (what a scan looks like to a text extractor)
    c.rect(72, 72, 400, 600, fill=1)


@pytest.fixture(scope="module")
def small_doc() -> bytes:
    return pdfgen.standard_set()[0].data


def test_encrypted_pdf() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _canvas_pdf(_text, encrypt=StandardEncryption("secret", canPrint=0))
    with pytest.raises(Encrypted, match=r"^locked\.pdf: encrypted PDF"):
        read_pdf(data, Settings(), "locked.pdf")


def test_scan_without_text_layer() -> None:
    with pytest.raises(NoTextLayer, match=r"^scan\.pdf: no text layer.*OCR is not supported"):
        read_pdf(_canvas_pdf(_scan), Settings(), "scan.pdf")
    assert NoTextLayer.status == "no_text_layer"


@pytest.mark.parametrize("data", [
    b"", b"hello, world", b"%PDF-1.4\n% nothing else\n", b"\x00" * 64,
])
def test_malformed_bytes(data: bytes) -> None:
    with pytest.raises(MalformedPDF, match=r"^bad\.pdf: .*PDF"):
        read_pdf(data, Settings(), "bad.pdf")


def test_truncated_pdf(small_doc: bytes) -> None:
    with pytest.raises(MalformedPDF, match=r"^cut\.pdf: "):
        read_pdf(small_doc[: len(small_doc) // 3], Settings(), "cut.pdf")


def test_page_limit(small_doc: bytes) -> None:
    with pytest.raises(TooLarge, match=r"^big\.pdf: 2 pages, over the limit of 1 \(pdf_max_pages\)"):
        read_pdf(small_doc, Settings(pdf_max_pages=1), "big.pdf")


def test_time_limit_is_checked_between_pages(small_doc: bytes) -> None:
    with pytest.raises(TimeLimit, match=r"^slow\.pdf: stopped at page \d+: over the time limit"):
        read_pdf(small_doc, Settings(pdf_time_limit_s=1e-9), "slow.pdf")


def test_a_good_pdf_passes_with_the_same_settings(small_doc: bytes) -> None:
    lay = read_pdf(small_doc, Settings(pdf_max_pages=2), "ok.pdf")
    assert lay.n_pages == 2 and lay.blocks


def _image(c) -> None:
    from PIL import Image

    c.drawInlineImage(Image.new("L", (40, 40), 128), 72, 400, 300, 300)


def test_a_scan_only_pdf_and_a_scanned_page_among_text_pages() -> None:
    with pytest.raises(NoTextLayer, match=r"^scan\.pdf: no text layer .*1 images: a scan"):
        read_pdf(_canvas_pdf(_image), Settings(), "scan.pdf")

    def two_pages(c) -> None:
        _text(c)
        c.showPage()
        _image(c)

    lay = read_pdf(_canvas_pdf(two_pages), Settings(), "mixed.pdf")
    assert lay.n_pages == 2 and lay.text == "中国经济持续增长。"
    assert any("page(s) 2 have images and no text layer" in w for w in lay.warnings)


def test_vertical_text_is_left_out_with_a_warning() -> None:
    def draw(c) -> None:
        _text(c)
        c.saveState()
        c.translate(300, 300)
        c.rotate(90)
        c.setFont(pdfgen._font(), 12)
        c.drawString(0, 0, "竖排文字")
        c.restoreState()

    lay = read_pdf(_canvas_pdf(draw), Settings(), "v.pdf")
    assert lay.text == "中国经济持续增长。"
    assert any("4 vertical or rotated glyphs" in w for w in lay.warnings)
