"""read_pdf_isolated: read_pdf in a forked child, killed at the time limit; errors cross intact."""

from __future__ import annotations

import faulthandler
import os
import signal
import time

from typesetters import pdfgen
import pytest

from zhdoc.errors import Encrypted, MalformedPDF, NoTextLayer, TimeLimit
from zhdoc.pdf import read_pdf, read_pdf_isolated, reader
from zhdoc.settings import Settings, SettingsError


@pytest.fixture(scope="module")
def small_doc() -> bytes:
    return pdfgen.standard_set()[0].data


def test_the_child_gives_the_same_layout_as_read_pdf(small_doc: bytes) -> None:
    settings = Settings()
    assert read_pdf_isolated(small_doc, settings, "a.pdf") == read_pdf(small_doc, settings, "a.pdf")


def _sleep(*_args, **_kw):
    time.sleep(60)


def _segfault(*_args, **_kw):
    faulthandler.disable()  # pytest's, inherited by the child: no traceback dump for this one
    os.kill(os.getpid(), signal.SIGSEGV)


def _exit(*_args, **_kw):
    os._exit(3)


def _memory(*_args, **_kw):
    raise MemoryError


def _bug(*_args, **_kw):
    raise ValueError("unexpected")


def _encrypted(*_args, **_kw):
    raise Encrypted("locked.pdf: encrypted PDF (a password is needed to open it)")


def _scan(*_args, **_kw):
    raise NoTextLayer("scan.pdf: no text layer; OCR is not supported")


def test_a_hanging_reader_is_killed_at_the_limit(monkeypatch, small_doc: bytes) -> None:
    monkeypatch.setattr(reader, "read_pdf", _sleep)
    t = time.monotonic()
    with pytest.raises(TimeLimit, match=r"^slow\.pdf: reading the PDF was stopped after 0\.3 s, "
                                        r"the time limit \(pdf_time_limit_s\)"):
        read_pdf_isolated(small_doc, Settings(pdf_time_limit_s=0.3), "slow.pdf")
    assert time.monotonic() - t < 5


@pytest.mark.parametrize("fn, reason", [
    (_segfault, r"died while reading this file \(killed by SIGSEGV\)"),
    (_exit, r"died while reading this file \(exit code 3\)"),
    (_memory, r"failed on this file \(ran out of memory\)"),
    (_bug, r"failed on this file \(ValueError: unexpected\)"),
])
def test_a_child_that_dies_or_fails_oddly_is_a_malformed_pdf(monkeypatch, small_doc: bytes,
                                                             fn, reason: str) -> None:
    monkeypatch.setattr(reader, "read_pdf", fn)
    with pytest.raises(MalformedPDF, match=r"^bad\.pdf: the PDF reader " + reason):
        read_pdf_isolated(small_doc, Settings(), "bad.pdf")


@pytest.mark.parametrize("fn, error", [(_encrypted, Encrypted), (_scan, NoTextLayer)])
def test_errors_of_the_reader_cross_unchanged(monkeypatch, small_doc: bytes, fn, error) -> None:
    monkeypatch.setattr(reader, "read_pdf", fn)
    with pytest.raises(error) as e:
        read_pdf_isolated(small_doc, Settings(), "x.pdf")
    with pytest.raises(error) as direct:
        fn()
    assert type(e.value) is error and str(e.value) == str(direct.value)


def test_a_real_error_crosses_with_its_message() -> None:
    with pytest.raises(MalformedPDF) as isolated:
        read_pdf_isolated(b"%PDF-1.4\n% nothing else\n", Settings(), "bad.pdf")
    with pytest.raises(MalformedPDF) as direct:
        read_pdf(b"%PDF-1.4\n% nothing else\n", Settings(), "bad.pdf")
    assert str(isolated.value) == str(direct.value)


@pytest.mark.parametrize("value", [1, "yes", None])
def test_pdf_isolate_must_be_a_bool(value) -> None:
    with pytest.raises(SettingsError, match=rf"pdf_isolate={value!r}: must be True or False"):
        Settings(pdf_isolate=value)


def test_the_pipeline_reads_pdfs_in_a_child_when_asked(monkeypatch, small_doc: bytes) -> None:
    from zhdoc.pipeline import process_document

    monkeypatch.setattr(reader, "read_pdf", _sleep)
    w = process_document("slow.pdf", small_doc, Settings(pdf_time_limit_s=0.3))
    assert w.status == "failed" and "stopped after 0.3 s" in w.error
