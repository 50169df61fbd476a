"""Glyphs: overprints collapse, spacing by script, bold fonts, line joins."""

from __future__ import annotations

import pytest

from zhdoc.pdf.chars import Glyph, font_is_bold, glyphs_to_text, load_glyphs
from zhdoc.pdf.tables import join_lines


def _char(text: str, x0: float, top: float = 0.0, size: float = 10.0, w: float | None = None,
          fontname: str = "SimSun") -> dict:
    return dict(text=text, x0=x0, x1=x0 + (size if w is None else w), top=top,
                bottom=top + size, size=size, upright=True, fontname=fontname)


def _line(spec: list[tuple[str, float, float]], size: float = 10.0) -> list[Glyph]:
    return [Glyph(t, x, x + w, 0.0, size, size, False) for t, x, w in spec]


@pytest.mark.parametrize("passes, shift, expected, dups", [
    (1, 0.0, "安徽安利", 0),          # drawn once: unchanged
    (4, 0.24, "安徽安利", 12),        # p06: every glyph drawn four times, 0.24 pt apart
    (2, 0.35, "安徽安利", 4),         # fake bold: twice, a third of a point apart
])
def test_overprints_collapse(passes: int, shift: float, expected: str, dups: int) -> None:
    chars = [_char(t, 10 * i + k * shift, k * shift) for k in range(passes)
             for i, t in enumerate("安徽安利")]
    glyphs, n_dups, _, _ = load_glyphs(chars)
    assert "".join(g.text for g in glyphs) == expected
    assert n_dups == dups
    assert all(g.bold for g in glyphs) == (passes > 1)


@pytest.mark.parametrize("text", ["哈哈", "好好学习", "1000", "ll"])
def test_repeated_characters_side_by_side_are_kept(text: str) -> None:
    chars = [_char(t, 10 * i) for i, t in enumerate(text)]
    glyphs, dups, _, _ = load_glyphs(chars)
    assert "".join(g.text for g in glyphs) == text and dups == 0


def test_whitespace_vertical_and_unmapped_glyphs_are_dropped() -> None:
    chars = [_char("中", 0), _char(" ", 10), {**_char("竖", 20), "upright": False},
             _char("(cid:12)", 30), _char("国", 40)]
    glyphs, _, cids, vertical = load_glyphs(chars)
    assert [g.text for g in glyphs] == ["中", "国"] and cids == 1 and vertical == 1


@pytest.mark.parametrize("spec, expected", [
    # justified CJK: gaps never become spaces, however wide
    ([("中", 0, 10), ("国", 12, 10), ("经", 24, 10), ("济", 36, 10)], "中国经济"),
    ([("条", 0, 10), ("运", 60, 10), ("绿", 120, 10), ("农", 180, 10)], "条运绿农"),
    # CJK punctuation is set solid too
    ([("好", 0, 10), ("，", 10, 10), ("“", 25, 10), ("是", 35, 10)], "好，“是"),
    # Latin words: a space where the gap exceeds the letter gap
    ([("B", 0, 6), ("e", 6, 5), ("l", 11, 2), ("t", 13, 3), ("a", 18.5, 5), ("n", 23.5, 5),
      ("d", 28.5, 5)], "Belt and"),
    # numbers inside Chinese stay attached when set tight, spaced when the gap says so
    ([("增", 0, 10), ("长", 10, 10), ("5", 20, 5), (".", 25, 2), ("2", 27, 5), ("%", 32, 8)],
     "增长5.2%"),
    ([("使", 0, 10), ("用", 10, 10), ("M", 22.5, 8), ("a", 30, 5), ("t", 35, 3), ("h", 38, 5)],
     "使用 Math"),
    # a justified line with digits: tracking applies to them as well
    ([("1", 0, 5), (".", 55, 2), ("2", 107, 5), ("万", 162, 10), ("亿", 222, 10)], "1.2万亿"),
    ([("3", 0, 5), (".", 57, 2), ("5", 111, 5), ("%", 168, 8), ("它", 228, 10)], "3.5%它"),
    # page numbers keep their spaces
    ([("-", 0, 3), ("2", 5, 5), ("-", 12, 3)], "- 2 -"),
    # a letter-spaced chapter heading: the ordinal closes up, the title keeps one space
    ([("第", 0, 16), ("一", 20, 16), ("章", 40, 16), ("背", 72, 16), ("景", 88, 16)],
     "第一章 背景"),
    ([("第", 0, 14), ("1", 18, 8), ("节", 30, 14), ("模", 72, 14), ("板", 86, 14)],
     "第1节 模板"),
    # a dot leader in a table of contents closes up
    ([("目", 0, 10), ("录", 10, 10), (".", 20, 2), (".", 25, 2), (".", 30, 2), (".", 35, 2),
      ("2", 45, 5)], "目录.... 2"),
    # a wide gap without an ordinal in front stays closed
    ([("背", 0, 16), ("景", 40, 16), ("介", 80, 16)], "背景介"),
])
def test_spacing_by_script(spec: list[tuple[str, float, float]], expected: str) -> None:
    size = max(w for _, _, w in spec)  # the CJK glyphs are one em wide
    assert glyphs_to_text(_line(spec, size)) == expected


@pytest.mark.parametrize("fontname, bold", [
    ("ABCDEE+SimHei", True), ("Arial-BoldMT", True), (b"KXAQYK+\xba\xda\xcc\xe5", True),
    ("FZXBSJW--GB1-0", True), ("ABCDEE+SimSun", False), ("STSongStd-Light", False),
    ("TimesNewRomanPSMT", False), (b"ABCDEE+\xcb\xce\xcc\xe5", False),
])
def test_bold_from_font_name(fontname: str | bytes, bold: bool) -> None:
    assert font_is_bold(fontname) is bold


@pytest.mark.parametrize("lines, expected", [
    (["中国经济", "持续增长。"], "中国经济持续增长。"),
    (["the Belt and", "Road"], "the Belt and Road"),
    (["增长", "5.2%"], "增长5.2%"),
    (["GDP", "增长"], "GDP增长"),
    (["单行"], "单行"),
])
def test_wrapped_lines_join_by_script(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def _spaced(text: str, gaps: list[float], size: float = 10.0) -> list[Glyph]:
    """Full-width glyphs of ``text``, ``gaps[i]`` ems after the i-th one (0 when absent)."""
    out, x = [], 0.0
    for i, ch in enumerate(text):
        out.append(Glyph(ch, x, x + size, 0.0, size, size, False))
        x += size + size * (gaps[i] if i < len(gaps) else 0.0)
    return out


@pytest.mark.parametrize("text, gaps, expected", [
    # letter-spaced throughout: every wide gap a space (segmentation pairs the characters)
    ("□吕铁刘丹", [0.5, 1, 1, 1], "□ 吕 铁 刘 丹"),
    # two-character names padded by an em, names two ems apart: only the wider gaps part them
    ("□本报记者吕铁刘丹王小明", [0.3, 0, 0, 0, 1, 1, 2, 1, 2, 0, 0], "□ 本报记者 吕铁 刘丹 王小明"),
    ("本报记者张明李华", [0, 0, 0, 1, 0, 2], "本报记者 张明 李华"),
    ("作者：王晓明李娜", [0, 0, 0.2, 0, 0, 1.2], "作者：王晓明 李娜"),
    ("文／张三李四", [0, 0, 0, 1.5], "文／张三 李四"),
    # unchanged: tight bylines, and lines that are not bylines however wide their gaps
    ("□本报记者王晓明", [0.3], "□ 本报记者王晓明"),
    ("记者了解到，今年以来", [0.6] * 9, "记者了解到，今年以来"),
    ("中国经济持续增长", [0, 0, 1.5, 0, 0, 2, 0], "中国经济持续增长"),
    ("记者" + "的" * 45, [0, 0, 2] + [0] * 43, "记者" + "的" * 45),
])
def test_byline_gaps_part_names_and_nothing_else(text: str, gaps: list[float],
                                                 expected: str) -> None:
    assert glyphs_to_text(_spaced(text, gaps)) == expected


def _placed(text: str, x0: float, base: float, drop: float, size: float = 8.28,
            page_h: float = 1000.0) -> dict:
    """A char dict as pdfplumber gives it: its box hangs ``drop`` ems below its baseline."""
    bottom = base + drop * size
    return dict(text=text, x0=x0, x1=x0 + size, top=bottom - size, bottom=bottom, size=size,
                upright=True, fontname="NEU-B3", y1=page_h - (bottom - size),
                matrix=(size, 0, 0, size, x0, page_h - base))


def test_a_symbol_on_its_neighbours_baseline_stays_on_their_line() -> None:
    """rmrb2018012407: `12.7∶50.5`, the ratio sign from a font whose box hangs 0.8 em lower;
    an upright title's glyphs, set one under the other, are not moved."""
    chars = [_placed(t, 10 + 5 * i, 500.0, 0.23) for i, t in enumerate("12.7")]
    chars.append({**_placed("∶", 30, 500.0, 1.03), "fontname": "NEU-BZ"})
    chars += [_placed(t, 38 + 5 * i, 500.0, 0.23) for i, t in enumerate("50.5")]
    upright = [_placed(t, 300, 100.0 + 42 * i, 0.88, size=38.6) for i, t in enumerate("不断铸")]
    glyphs = load_glyphs([*chars, *upright]).glyphs
    assert {round(g.top, 2) for g in glyphs[:9]} == {round(500 + 0.23 * 8.28 - 8.28, 2)}
    assert [round(g.top, 1) for g in glyphs[9:]] == [
        round(100 + 42 * i + 0.88 * 38.6 - 38.6, 1) for i in range(3)]


def test_a_space_drawn_after_a_glyph_is_the_room_it_used_up() -> None:
    chars = [_char("2", 0.0, w=5.5), _char(" ", 5.5, w=5.5), _char("中", 30.0),
             _char(" ", 40.0, top=20.0, w=5.5)]  # a space on another line is nobody's
    glyphs = load_glyphs(chars).glyphs
    assert [(g.text, g.trail) for g in glyphs] == [("2", 5.5), ("中", 0.0)]
