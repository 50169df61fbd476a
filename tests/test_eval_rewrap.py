"""The re-wrapped-text evaluation: generator invariants, baselines and scoring."""

from __future__ import annotations

import re

import pytest

from evaluation import rewrap as rw
from evaluation.report import Table

PARAS = rw.split_paragraphs(rw.OWN_TEXTS["digital_economy"]) + rw.split_paragraphs(
    rw.OWN_TEXTS["startup_abroad"]) * 3
MODES = [True, False]


def _nonws(s: str) -> str:
    return "".join(s.split())


def _width(line: str) -> float:
    """Display width of a dump line, pulled-up punctuation and spacing not counted."""
    return rw._width(_nonws(line).rstrip(rw.NO_LINE_START))


@pytest.mark.parametrize("blank_lines", MODES)
def test_deterministic(blank_lines: bool) -> None:
    a = rw.rewrap(PARAS, 7, blank_lines)
    assert a == rw.rewrap(PARAS, 7, blank_lines)
    assert a.text != rw.rewrap(PARAS, 8, blank_lines).text


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("blank_lines", MODES)
def test_keeps_every_non_whitespace_character_in_order(seed: int, blank_lines: bool) -> None:
    r = rw.rewrap(PARAS, seed, blank_lines)
    assert _nonws(r.text) == _nonws("".join(PARAS))
    assert r.ends[-1] == len(_nonws(r.text))
    assert len(r.ends) == len(r.paragraphs) == len(PARAS)


@pytest.mark.parametrize("seed", range(6))
def test_columns_width_10_to_24_and_18_to_60_lines(seed: int) -> None:
    r = rw.rewrap(PARAS, seed, blank_lines=False)
    columns = [b.splitlines() for b in rw.RE_BLANK_LINE.split(r.text) if b.strip()]
    assert len(columns) == len(r.widths) >= 3
    assert all(10 <= w <= 24 for w in r.widths)
    assert all(a != b for a, b in zip(r.widths, r.widths[1:]))  # width changes between columns
    for width, lines in zip(r.widths, columns):
        assert len(lines) <= 60
        assert all(_width(line) <= width for line in lines), (width, lines)
    assert all(len(c) >= 18 for c in columns[:-1])


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("blank_lines", MODES)
def test_no_line_starts_with_closing_punctuation(seed: int, blank_lines: bool) -> None:
    r = rw.rewrap(PARAS, seed, blank_lines)
    starts = [line[0] for line in r.text.splitlines() if line]
    assert not [c for c in starts if c in rw.NO_LINE_START]
    assert not [line for line in r.text.splitlines() if line and line[-1] in rw.NO_LINE_END]


def test_first_line_indent_dropped_and_breaks_mid_paragraph() -> None:
    r = rw.rewrap(PARAS, 3, blank_lines=True)
    lines = r.text.splitlines()
    assert not [line for line in lines if line != line.lstrip()]
    # a column break inside a paragraph: a blank line not at a paragraph end
    pos, mid_breaks = 0, 0
    for line in lines:
        if not line and pos not in r.ends:
            mid_breaks += 1
        pos += len(_nonws(line))
    assert mid_breaks >= 1


def test_some_lines_spaced_out() -> None:
    long = PARAS * 4
    r = rw.rewrap(long, 1, blank_lines=False)
    lines = [line for line in r.text.splitlines() if line]
    spaced = [line for line in lines if re.search(f"[{rw.CJK}] [{rw.CJK}] [{rw.CJK}]", line)]
    assert 0.005 < len(spaced) / len(lines) < 0.08


@pytest.mark.parametrize("blank_lines", MODES)
def test_latin_words_never_split(blank_lines: bool) -> None:
    words = ["GDP", "OpenHarmony", "5G-A", "1865.3", "PFlops", "Wi-Fi", "iPhone"]
    para = "。".join(f"这是一段很长的测试文字，其中有{w}这个词" for w in words * 6) + "。"
    for seed in range(8):
        r = rw.rewrap([para], seed, blank_lines)
        lines = r.text.splitlines()
        assert sum(line.count(w) for line in lines for w in words) == len(words) * 6


@pytest.mark.parametrize("blank_lines, ends_followed_by_blank", [(True, True), (False, False)])
def test_blank_line_mode(blank_lines: bool, ends_followed_by_blank: bool) -> None:
    r = rw.rewrap(PARAS, 2, blank_lines)
    lines = r.text.splitlines()
    pos, after_end = 0, []
    for i, line in enumerate(lines):
        pos += len(_nonws(line))
        if line and pos in r.ends[:-1]:
            after_end.append(i + 1 < len(lines) and lines[i + 1] == "")
    assert all(after_end) if ends_followed_by_blank else not all(after_end)
    if blank_lines:
        assert rw.score(rw.baseline_blocks(r.text), r.paragraphs).recall == 1.0


@pytest.mark.parametrize("fn, dump, expected", [
    (rw.baseline_lines, "甲乙\n丙。\n\n丁\n", ["甲乙", "丙。", "丁"]),
    (rw.baseline_lines, "甲乙丙。\n", ["甲乙丙。"]),  # unchanged
    (rw.baseline_blocks, "甲乙\n丙。\n\n丁\n戊\n", ["甲乙丙。", "丁戊"]),
    (rw.baseline_blocks, "甲\n \n乙", ["甲", "乙"]),  # a blank line holding a space
    (rw.baseline_punct, "甲，\n\n乙。\n\n丙", ["甲，乙。", "丙"]),
    (rw.baseline_punct, "说：“好。”\n\n乙？\n\n丙！）\n\n丁", ["说：“好。”", "乙？", "丙！）", "丁"]),
    (rw.baseline_punct, "标题\n\n正文。", ["标题正文。"]),
])
def test_baselines(fn, dump: str, expected: list[str]) -> None:
    assert fn(dump) == expected


TRUE = ["甲乙丙。", "丁戊。", "己庚辛壬。"]


@pytest.mark.parametrize("pred, p, r, fidelity", [
    (["甲乙丙。", "丁戊。", "己庚辛壬。"], 1.0, 1.0, True),  # perfect
    (["甲 乙\n丙。", "丁戊。", "己庚辛壬。"], 1.0, 1.0, True),  # whitespace does not count
    (["甲乙丙。丁戊。", "己庚辛壬。"], 1.0, 0.5, True),  # one boundary missing
    (["甲乙丙。", "丁", "戊。", "己庚辛壬。"], 2 / 3, 1.0, True),  # one extra
    (["甲乙丙。", "丁戊。", "己庚壬。"], 1.0, 1.0, False),  # a character lost
])
def test_score(pred: list[str], p: float, r: float, fidelity: bool) -> None:
    s = rw.score(pred, TRUE)
    assert (s.precision, s.recall, s.fidelity) == pytest.approx((p, r, fidelity))
    assert s.f1 == pytest.approx(2 * p * r / (p + r))
    assert (s.first_diff is None) == fidelity


def test_score_reports_first_difference() -> None:
    s = rw.score(["甲乙丙。丁戊。己庚壬。"], TRUE)
    assert s.first_diff is not None and s.first_diff.startswith("@9:")


@pytest.mark.parametrize("pred, true, expected", [
    (["和 金 融", "服务。"], ["和金融", "服务。"], 1),
    (["局 ， 满足", "甲 乙"], ["局，满足", "甲乙"], 2),
    (["总理 李强。"], ["总理 李强。"], 0),  # a space the truth has is not an error
    (["增长 5%，GDP 增长"], ["增长5%，GDP增长"], 0),  # next to Latin: not counted
])
def test_zh_space_count(pred: list[str], true: list[str], expected: int) -> None:
    assert rw.score(pred, true).zh_spaces == expected


def test_run_without_corpus_gives_one_table_per_mode() -> None:
    tables = rw.run(None)
    assert [type(t) for t in tables] == [Table, Table]
    for t in tables:
        assert [row[0] for row in t.rows] == [f"own:{n}" for n in rw.OWN_TEXTS]
        assert len(t.checks) == 3 and len(t.columns) == len(t.rows[0])
        baselines = [row[6:9] for row in t.rows]
        assert all(0.0 <= f <= 1.0 for row in baselines for f in row)


@pytest.mark.corpus
def test_run_on_corpus_covers_every_txt_file(corpus_dir) -> None:
    names = sorted(p.name for p in (corpus_dir / "txt").iterdir())
    items = rw.inputs(corpus_dir)
    assert [n for n, _ in items][len(rw.OWN_TEXTS):] == names
    for _, paras in items:
        r = rw.rewrap(paras, 0, blank_lines=True)
        assert rw.score(rw.baseline_blocks(r.text), r.paragraphs).recall == 1.0


def test_run_scores_whatever_the_repair_returns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rw, "pipeline_paragraphs", rw.baseline_blocks)
    blank, none = rw.run(None)
    for row in blank.rows:  # the pipeline columns equal the block baseline's
        assert row[4] == pytest.approx(row[7]) and row[9] is True
    assert [ok for _, ok in none.checks][:2] == [False, True]  # F1 fails, fidelity holds


def test_run_survives_a_failing_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(dump: str) -> list[str]:
        raise ValueError("bad input")

    monkeypatch.setattr(rw, "pipeline_paragraphs", boom)
    for table in rw.run(None):
        assert all(row[2:6] == (None,) * 4 for row in table.rows)
        assert any("ValueError: bad input" in n for n in table.notes)
        assert not any(ok for _, ok in table.checks)


@pytest.mark.parametrize("pred, expected", [
    (["用Think globally和Wi-Fi 6。"], 0),  # unchanged
    (["用Thinkglobally和Wi-Fi 6。"], 1),  # glued
    (["用Think glob ally和Wi-Fi 6。"], 1),  # split
    (["用Think globally和Wi-Fi6。"], 1),
    (["用 Think globally 和 Wi-Fi 6 。"], 0),  # spaces next to Chinese do not count
])
def test_latin_joins(pred: list[str], expected: int) -> None:
    assert rw.score(pred, ["用Think globally和Wi-Fi 6。"]).latin == expected


def test_latin_words_survive_the_rewrap_for_a_careful_repair() -> None:
    para = "标语是Think globally, act locally，产品叫Hanzi Go。" * 8
    for seed in range(5):
        r = rw.rewrap([para], seed, blank_lines=False)
        # joining lines with a space between Latin words and nothing elsewhere is exact
        joined = re.sub(r"(?<=[A-Za-z,])\n(?=[A-Za-z])", " ", r.text)
        joined = re.sub(r"\s*\n\s*", "", joined)
        assert rw._latin_spaces([joined]) >= rw._latin_spaces(r.paragraphs)
