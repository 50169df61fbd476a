"""Running headers, footers and page numbers: which outer rows are furniture."""

from __future__ import annotations

import pytest

from zhdoc.rules.kinds import PAGE_NUMBER as RE_PDF_PAGE_NUMBER
from zhdoc.pdf.furniture import candidates, find_furniture

H = 800.0


@pytest.mark.parametrize("text, is_number", [
    ("- 2 -", True), ("— 12 —", True), ("- ii -", True), ("173", True), ("第 3 页", True),
    ("第3页 共9页", True), ("页数 1 / 2", True), ("3/9", True), ("Page 2 of 9", True),
    ("2018 年第一季度报告", False), ("第一章 背景介绍", False), ("- 2 - 附录", False),
    ("营业收入 1,234", False), ("12.5%", False),
])
def test_page_number_pattern(text: str, is_number: bool) -> None:
    assert bool(RE_PDF_PAGE_NUMBER.match(text)) is is_number


def _pages(rows_by_page: dict[int, list[tuple[str, float]]],
           rules: tuple[float, ...] = ()) -> tuple[dict, dict]:
    cands = {p: candidates([(t, (50.0, top, 300.0, top + 10)) for t, top in rows], H, rules)
             for p, rows in rows_by_page.items()}
    return cands, {p: H for p in rows_by_page}


def test_running_header_and_page_numbers_are_found_on_every_page() -> None:
    pages = {p: [("东北电气发展股份有限公司2018年第一季度报告全文", 40.0), ("正文第一行", 100.0),
                 ("正文末行", 700.0), (str(p), 780.0)] for p in (1, 2, 3)}
    drop, found = find_furniture(*_pages(pages))
    assert drop == {1: {0, 3}, 2: {0, 3}, 3: {0, 3}}
    assert [(f.page, f.kind) for f in found] == [
        (p, k) for p in (1, 2, 3) for k in ("header", "page_number")]


def test_header_with_a_changing_number_still_repeats() -> None:
    pages = {p: [(f"人民日报 第{p}版", 40.0), (f"正文{p}", 100.0)] for p in (1, 2)}
    drop, _ = find_furniture(*_pages(pages))
    assert drop == {1: {0}, 2: {0}}


@pytest.mark.parametrize("rows", [
    # a first line that does not repeat is body text, even in the top band
    {1: [("本报北京11月25日电", 40.0), ("正文", 100.0)], 2: [("另一篇的导语", 40.0), ("正文", 100.0)]},
    # repeated text in the middle of the page is not furniture
    {1: [("正文", 100.0), ("重复的一句话", 400.0)], 2: [("正文", 100.0), ("重复的一句话", 400.0)]},
    # a single page: nothing repeats, nothing is removed but page numbers
    {1: [("安徽省建设用地使用标准", 40.0), ("正文", 100.0)]},
])
def test_body_rows_stay(rows: dict) -> None:
    drop, found = find_furniture(*_pages(rows))
    assert drop == {} and found == []


def test_inner_row_only_goes_with_the_outer_one() -> None:
    # the second row repeats, but the outer row is body text: both stay
    pages = {p: [(f"第{p}篇标题", 30.0), ("编者按", 60.0), ("正文", 150.0)] for p in (1, 2)}
    pages[2][0] = ("完全不同的开头", 30.0)
    drop, _ = find_furniture(*_pages(pages))
    assert drop == {}


@pytest.mark.parametrize("rules, dropped", [
    ((55.0,), {1: {0}}),        # a rule under the first row: a header, on a single page too
    ((), {}),                   # no rule: the first row of a single page stays
    ((200.0,), {}),             # a rule lower down (under a title, say) says nothing
])
def test_a_rule_sets_a_header_apart(rules: tuple[float, ...], dropped: dict) -> None:
    rows = {1: [("安徽省建设用地使用标准（2020年版）", 40.0), ("正文", 100.0), ("正文", 300.0)]}
    drop, found = find_furniture(*_pages(rows, rules))
    assert drop == dropped
    assert [f.kind for f in found] == (["header"] if dropped else [])


def _row(parts: list[tuple[str, float]], top: float, size: float = 9.0) -> tuple:
    """A row of parts (text, x0), each 10 pt a character, as the reader hands it over."""
    runs = tuple((t, x, x + 10.0 * len(t)) for t, x in parts)
    return (" ".join(t for t, _ in parts), (runs[0][1], top, runs[-1][2], top + size), runs,
            size)


BODY = [_row([("正" * 40, 50.0)], 100.0 + 16 * k, 10.0) for k in range(30)]


@pytest.mark.parametrize("first, dropped", [
    # issue 10: a single page's header, its parts at the text's edges (srl03, slo10)
    (_row([("理论周刊", 50.0), ("第 12 期", 385.0)], 40.0), True),
    # ... one part, smaller than the body, with an issue mark (slo01)
    (_row([("工作动态 2017年第3期", 50.0)], 40.0), True),
    # a date line in the body's size: the start of a letter, not a header
    (_row([("2008年3月5日", 50.0)], 40.0, 10.0), False),
    # the first lines of two columns: long parts
    (_row([("正" * 18, 50.0), ("文" * 18, 250.0)], 40.0, 10.0), False),
    # a short sentence at the top in small type
    (_row([("本文根据讲话录音整理，有删节。", 50.0)], 40.0), False),
])
def test_a_single_page_header_by_its_form(first: tuple, dropped: bool) -> None:
    cands = {1: candidates([first, *BODY], H)}
    drop, found = find_furniture(cands, {1: H}, body_size=10.0)
    assert (drop == {1: {0}}) is dropped


def test_a_mirrored_header_repeats_by_its_parts() -> None:
    """Two pages, the header's parts swapped on the even one (slo09, rl08)."""
    pages = {1: [_row([("理论学习", 50.0), ("专题摘编", 410.0)], 40.0, 10.0), *BODY],
             2: [_row([("专题摘编", 50.0), ("理论学习", 410.0)], 40.0, 10.0), *BODY]}
    cands = {p: candidates(rows, H) for p, rows in pages.items()}
    drop, _ = find_furniture(cands, {1: H, 2: H}, body_size=10.0)
    assert drop == {1: {0}, 2: {0}}
