"""The chained steps and the rows they become: statuses, determinism, offsets, IDs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation.corpus import GOLDEN
from zhdoc.pipeline import steps as pipeline  # the steps' module: patched below
from zhdoc.pipeline import analyze_text, process_document
from zhdoc.output.records import summary, to_rows
from zhdoc.output.schema import to_arrow

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGE = (SAMPLES / "newspaper_page.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "data", "status", "words"),
    [
        ("a.txt", "一是加强。\n\n二是深化。".encode(), "ok", None),
        ("a.txt", b"", "failed", "empty"),
        ("a.txt", b"\x00\x01\x02" * 100, "failed", "binary"),
        ("a.txt", b"text \x80\xff\x80\xff end", "failed", "not valid UTF-8 or GB18030"),
        ("a.docx", b"PK\x03\x04", "unsupported", "unsupported file type"),
        ("a.pdf", b"%PDF-1.4 not really a pdf", "failed", "a.pdf"),
        ("missing/none.txt", None, "failed", "cannot read"),
    ],
)
def test_statuses_and_messages(name, data, status, words):
    if data is None:
        w = pipeline.run_step("read", pipeline.step_read, [pipeline.Document(name, "")], pipeline.Settings())[0]
    else:
        w = process_document(name, data)
    assert w.status == status
    if words:
        assert words in w.error and name in w.error
    rows = to_rows(w)
    assert rows["documents"][0].status == status
    if status != "ok":
        assert set(rows) == {"documents"}  # a failed document has only its documents row


def test_an_enrichment_failure_makes_a_partial_document(monkeypatch):
    def boom(text):
        raise RuntimeError("bad grammar")

    monkeypatch.setattr(pipeline, "find_numbers", boom)
    w = process_document("a.txt", PAGE.encode())
    assert w.status == "partial"
    assert "internal error in step numbers" in w.warnings[-1]
    rows = to_rows(w)
    assert rows["paragraphs"] and "numbers" not in rows


def test_same_input_same_ids_and_rows():
    a = to_rows(process_document("x/page.txt", PAGE.encode()))
    b = to_rows(process_document("x/page.txt", PAGE.encode()))
    assert a == b
    assert summary(process_document("x/page.txt", PAGE.encode())) == summary(
        process_document("x/page.txt", PAGE.encode()))


def test_ids_are_readable_and_nested():
    w = process_document("page.txt", PAGE.encode())
    rows = to_rows(w)
    doc = w.doc_id
    assert re.fullmatch(r"[0-9a-f]{16}", doc)
    assert [r.article_id for r in rows["articles"]] == [f"{doc}-a{i + 1}" for i in range(len(rows["articles"]))]
    for p in rows["paragraphs"]:
        assert p.paragraph_id.startswith(p.section_id + "-p")
        assert p.section_id.startswith(p.article_id + "-s")
    for item in rows["list_items"]:
        assert item.item_id.startswith(item.list_id + "-i")
    for n in rows["numbers"]:
        assert n.number_id.startswith((n.paragraph_id or n.section_id or n.article_id) + "-")
    for table, r in rows.items():
        assert to_arrow(table, r).num_rows == len(r)


def test_raw_offsets_point_into_the_decoded_input_with_crlf():
    text = "标题行\r\n\r\n第一段文字很长很长，\r\n继续写完。\r\n\r\n第二段。\r\n"
    w = process_document("crlf.txt", text.encode("gb18030"))
    assert w.decoded.encoding == "gb18030"
    for p in to_rows(w)["paragraphs"]:
        raw = w.decoded.text[p.raw_start:p.raw_end]
        assert re.sub(r"\s", "", raw) == re.sub(r"\s", "", p.text)


def test_numbers_in_titles_and_headings_are_kept():
    w = analyze_text("正确处理四方面关系\n\n金融支持是系统工程，需要处理好多种关系。\n")
    rows = to_rows(w)["numbers"]
    assert any(n.surface.startswith("四方面") and n.source == "heading" and n.paragraph_id is None
               for n in rows)


def test_numbers_in_an_abstract_of_its_own_are_kept_once():
    """Issue 9: numbers of an abstract that is no paragraph (■ summaries) are extracted, with
    source abstract; a lede that is a paragraph gives its numbers once, as a paragraph."""
    text = ("乡村振兴的金融答卷\n\n■ 去年涉农贷款增长12.5%，达到3.2万亿元。\n\n本报记者 王晓明\n\n"
            "近年来，金融机构累计发放贷款5000亿元。\n\n各地创新推出30多种金融产品。\n")
    w = analyze_text(text)
    assert w.structure.articles[0].abstract == "去年涉农贷款增长12.5%，达到3.2万亿元。"
    rows = to_rows(w)["numbers"]
    assert [(n.source, n.surface) for n in rows] == [
        ("abstract", "12.5%"), ("abstract", "3.2万亿元"), ("paragraph", "5000亿元"), ("paragraph", "30多种")]
    abstract = [n for n in rows if n.source == "abstract"]
    assert all(n.number_id.startswith(n.article_id + "-ab-n") and n.section_id is None
               and n.paragraph_id is None for n in abstract)
    assert w.structure.articles[0].abstract[abstract[0].start:abstract[0].end] == "12.5%"
    lede = analyze_text("金融服务创新\n\n本报记者 王晓明\n\n今年一季度，贷款增长8%，创新高。\n\n"
                        "一、主要做法\n\n推出20项措施。\n")
    assert [n.source for n in to_rows(lede)["numbers"] if n.surface == "8%"] == ["paragraph"]


def test_sample_page_has_two_articles_with_bylines_and_trailers():
    w = analyze_text(PAGE)
    arts = w.structure.articles
    assert len(arts) == 2
    assert arts[0].affiliations == ("江南大学经济学院",)
    assert arts[1].title == "乡村振兴中的金融服务创新"
    assert arts[1].authors == ("张明", "李华")
    assert not any(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", p.text)
                   for a in arts for _, _, p in a.paragraphs())


def test_sample_pdf_goes_through_the_same_structure():
    data = (SAMPLES / "two_column_page.pdf").read_bytes()
    w = process_document("two_column_page.pdf", data)
    assert w.status == "ok" and w.media_type == "application/pdf" and w.n_pages == 1
    (art,) = w.structure.articles
    assert art.title == "以标准化建设推动公共服务提质增效"
    assert art.authors == ("陈晓林",)
    assert art.affiliations == ("东方公共管理研究院",)
    assert [s.heading for s in art.sections][1:] == ["明确服务清单与质量要求", "强化数字赋能与评价反馈"]
    rows = to_rows(w)
    texts = [p.text for p in rows["paragraphs"]]
    assert sum(len(s.paragraphs) for s in art.sections) == 5
    assert not any("公共管理周刊" in t or "- 1 -" in t for t in texts)
    assert {(f.kind, f.page) for f in rows["page_furniture"]} >= {("page_number", 1)}
    assert all(p.page == 1 and p.bboxes for p in rows["paragraphs"])


def test_running_headers_left_in_a_text_dump_reach_page_furniture():
    dump = GOLDEN / "heldout" / "running_header.txt"
    text = dump.read_text(encoding="utf-8")
    w = process_document("running_header.txt", text.encode())
    rows = to_rows(w)
    furniture = rows["page_furniture"]
    assert furniture and all(f.page is None for f in furniture)
    assert {f.kind for f in furniture} <= {"header", "page_number"}
    for f in furniture:
        assert text[f.raw_start:f.raw_end].strip() == f.text.strip()
    body = " ".join(p.text for p in rows["paragraphs"])
    assert not any(f.text.strip() in body for f in furniture if len(f.text.strip()) > 4)


def test_a_page_dumps_labels_and_captions_reach_page_furniture_with_their_kinds():
    # a column's label over a head is a `label` row, a photo's captions and credit under a byline
    # one `caption` row (its lines joined), neither a paragraph; each row's span holds its text
    from tests.dump_cases import BODY, PAGE_TOP, wrap

    text = wrap(BODY.replace("\n", "") * 2, 17)
    dump = (PAGE_TOP + "思想纵横\n让城市更新更有温度\n王  珂\n河北省承德市滦平县金山岭长城。  周万\n平摄（人民视觉）\n"
            + text + "城市书房首次开放\n本报记者  张  华\n" + text)
    rows = to_rows(process_document("page.txt", dump.encode()))
    kinds = {f.text: f.kind for f in rows["page_furniture"]}
    assert kinds["思想纵横"] == "label"
    assert kinds["河北省承德市滦平县金山岭长城。  周万平摄（人民视觉）"] == "caption"
    for f in rows["page_furniture"]:
        assert "".join(dump[f.raw_start:f.raw_end].split()) == "".join(f.text.split())
    assert not any("金山岭" in p.text or "纵横" in p.text for p in rows["paragraphs"])
