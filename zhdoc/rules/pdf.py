"""PDF layout: what a PDF's fonts, glyphs and table cells say (the rules the PDF reader needs
beyond those of the text: page numbers are in :mod:`zhdoc.rules.kinds`, byline openings in
:mod:`zhdoc.rules.bylines`, chapter ordinals and reference markers in :mod:`zhdoc.rules.markers`)."""

from __future__ import annotations

import re

from zhdoc.rules.rule import Rule, rules_of

BOLD_FONT = Rule(
    "bold_font", r"bold|heavy|black|semibold|demi|hei|黑|xbs|biaosong|标宋|粗",
    "a font name that says bold (SimHei, 黑体, Arial-BoldMT, FZXiaoBiaoSong)",
    examples=("SimHei", "Arial-BoldMT", "FZXiaoBiaoSong"), counter=("SimSun", "STSong-Light"),
    how="search", flags=re.I,
)
SPACED_LEADER = Rule(
    "spaced_leader", r"\.(?: \.){2,}", "a dot leader set with spaces (. . . ., tables of contents), closed up",
    examples=(". . . .",), counter=("...",), how="search",
)
CID = Rule(
    "cid", r"^\(cid:\d+\)$", "an unmapped glyph pdfminer reports as (cid:123)",
    examples=("(cid:123)",), counter=("cid",),
)
NUMERIC_CELL = Rule(
    "numeric_cell", r"^(?:[-+−–(（]?[¥$€]?\d[\d,，.]*(?:%|‰)?[)）]?|[-—–]{1,2})$",
    "a table cell holding a number: 7.3%, -12.5, 1,234,567.00, (3.2), ¥5, a dash for none",
    examples=("7.3%", "-12.5", "1,234,567.00", "(3.2)", "¥5", "—"), counter=("合计", "7.3亿"),
)

RUNNING_MARK = Rule(
    "running_mark", r"\d{4}\s*年\s*(?:\d{1,2}\s*月|第)|星期[一二三四五六日天]"
    r"|第\s*[\d一二三四五六七八九十百]+\s*[期版卷号]",
    "a running header's or footer's date, weekday, issue or edition mark (a page's own header "
    "tells itself by it)",
    examples=("2017年3月6日 星期一", "第 3 版", "理论周刊 第12期", "工作动态 2017年第3期",
              "总第 58 期"),
    counter=("本报北京11月25日电", "安徽省建设用地使用标准（2020年版）", "第一章 背景介绍", "1998"),
    how="search",
)

RULES = rules_of(globals())
