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

RULES = rules_of(globals())
