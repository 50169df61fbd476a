"""Truth files for typeset fixtures: ``NAME.truth.json`` beside ``NAME.pdf``.

A truth file lists what the page sets, in reading order (``paragraphs``: title, subtitle,
byline, heading, body, quote, caption; a table as ``rows`` of cells), and the furniture
(running headers, footers, page numbers) per page, which must appear in no paragraph. It also
records the style choices that vary across fixtures and the layout features found in the
typeset PDF (a paragraph crossing a column or a page, a paragraph's last line alone at the top
of a column). Reading it needs nothing but the standard library.

>>> t = Truth("x", "d", "s", 1, {}, (Para("heading", "一、回顾"), Para("body", "正文。")),
...           (Furniture(1, "footer", "- 1 -"),))
>>> Truth.from_json(t.to_json()) == t, t.texts(), t.furniture_texts()
(True, ['一、回顾', '正文。'], ['- 1 -'])
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from typesetters.source import Para

FORMAT = "zhdoc-typeset-truth/1"
RE_SPACE = re.compile(r"\s+")
FURNITURE_KINDS = ("header", "footer", "page_number")


def squeeze(text: str) -> str:
    """Text without whitespace: how fixtures are compared (a typesetter's spaces are not text)."""
    return RE_SPACE.sub("", text)


@dataclass(frozen=True)
class Furniture:
    page: int  # 1-based
    kind: str  # "header", "footer" or "page_number"
    text: str


@dataclass(frozen=True)
class Truth:
    typesetter: str
    name: str
    source: str
    pages: int
    style: dict
    paragraphs: tuple[Para, ...]
    furniture: tuple[Furniture, ...]
    features: tuple[str, ...] = field(default=())

    def prose(self) -> list[Para]:
        """Every paragraph but tables, in reading order."""
        return [p for p in self.paragraphs if p.role != "table"]

    def texts(self) -> list[str]:
        return [p.text for p in self.prose()]

    def table_rows(self) -> list[tuple[str, ...]]:
        return [row for p in self.paragraphs if p.role == "table" for row in p.rows]

    def furniture_texts(self) -> list[str]:
        """Distinct furniture texts, in page order."""
        return list(dict.fromkeys(f.text for f in self.furniture))

    def all_text(self) -> str:
        """Everything the PDF sets as text: paragraphs, table cells, furniture."""
        return "".join([*self.texts(), *(c for r in self.table_rows() for c in r),
                        *(f.text for f in self.furniture)])

    def to_json(self) -> str:
        paras = []
        for p in self.paragraphs:
            d: dict = {"role": p.role}
            if p.role == "table":
                d["rows"] = [list(r) for r in p.rows]
            else:
                d["text"] = p.text
            if p.role == "heading":
                d["level"] = p.level
            paras.append(d)
        obj = {
            "format": FORMAT, "typesetter": self.typesetter, "name": self.name,
            "source": self.source, "pages": self.pages, "style": self.style,
            "features": list(self.features), "paragraphs": paras,
            "furniture": [{"page": f.page, "kind": f.kind, "text": f.text}
                          for f in self.furniture],
        }
        return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Truth":
        d = json.loads(text)
        if d.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file (format {d.get('format')!r})")
        paras = tuple(
            Para(p["role"], p.get("text", ""), tuple(tuple(r) for r in p.get("rows", ())),
                 p.get("level", 1)) for p in d["paragraphs"])
        furn = tuple(Furniture(f["page"], f["kind"], f["text"]) for f in d["furniture"])
        for f in furn:
            if f.kind not in FURNITURE_KINDS:
                raise ValueError(f"furniture kind {f.kind!r} is not one of {FURNITURE_KINDS}")
        return cls(d["typesetter"], d["name"], d["source"], d["pages"], d["style"], paras, furn,
                   tuple(d.get("features", ())))

    @classmethod
    def load(cls, path: Path) -> "Truth":
        return cls.from_json(path.read_text(encoding="utf-8"))


def pdf_chars(data: bytes) -> tuple[int, str]:
    """Page count and the non-whitespace characters of a PDF's text layer (pdfplumber), in
    the content streams' order; a glyph may stand for several characters (one glyph for ——)."""
    import io

    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n = len(pdf.pages)
        for page in pdf.pages:
            out += [ch for c in page.chars for ch in c["text"] if not ch.isspace()]
            page.close()
    return n, "".join(out)


def pdf_char_counts(data: bytes) -> tuple[int, Counter]:
    """Page count and the multiset of a PDF's non-whitespace characters."""
    n, chars = pdf_chars(data)
    return n, Counter(chars)


def mismatch(truth: Truth, data: bytes, chars: tuple[int, str] | None = None) -> list[str]:
    """How a PDF's characters differ from its truth (empty when every character set is in the
    truth and every truth character is set, counted with multiplicity); ``chars``: the PDF's
    ``pdf_chars`` if already read."""
    n, stream = chars or pdf_chars(data)
    pdf = Counter(stream)
    want = Counter(squeeze(truth.all_text()))
    out = []
    if n != truth.pages:
        out.append(f"{n} pages, truth says {truth.pages}")
    missing, extra = want - pdf, pdf - want
    if missing:
        out.append("in the truth, not the PDF: " + "".join(sorted(missing.elements()))[:80])
    if extra:
        out.append("in the PDF, not the truth: " + "".join(sorted(extra.elements()))[:80])
    return out


def write(truth: Truth, data: bytes, folder: Path) -> Path:
    """Write ``NAME.pdf`` and ``NAME.truth.json`` after checking that they agree."""
    problems = mismatch(truth, data)
    if problems:
        raise ValueError(f"{truth.typesetter}/{truth.name}: " + "; ".join(problems))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{truth.name}.pdf").write_bytes(data)
    path = folder / f"{truth.name}.truth.json"
    path.write_text(truth.to_json(), encoding="utf-8")
    return path
