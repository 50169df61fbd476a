import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhdoc.normalize import _TABLE, normalize, normalize_chars


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＧＤＰ增长５．３％", "GDP增长5．3％"),  # letters/digits only; punctuation kept
        ("２０１８年", "2018年"),
        ("⼀带⼀路", "一带一路"),  # Kangxi radicals U+2F00 → 一
        ("全\u3000面", "全 面"),  # ideographic space
        ("a\u00a0b\u2009c", "a b c"),  # no-break and thin spaces
        ("一\r\n二\r三\n", "一\n二\n三\n"),
        ("零\u200b宽\ufeff", "零宽"),
        # must not change: Chinese punctuation and ordinary text
        ("，。“”：；（）《》、！？…—", "，。“”：；（）《》、！？…—"),
        ("共建“一带一路”倡议", "共建“一带一路”倡议"),
        ("①②③ Ⅳ", "①②③ Ⅳ"),  # NFKC would make these 1 2 3 IV: not safe
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw).text == expected


def test_change_counts():
    n = normalize("２\u3000⼀\r\n")
    assert n.changes == {"fullwidth_ascii": 1, "radicals_compat": 1, "spaces": 1, "line_ends": 1}


@given(st.text(alphabet=st.sampled_from("一二a１\r\n\u200b\ufeff\u3000 。")))
def test_offset_map_points_at_the_source_character(raw):
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        src = raw[n.to_raw(i)]
        assert normalize_chars(src) == ch or (ch == "\n" and src == "\r")


def test_normalize_chars_keeps_length():
    s = "ＡＢ\u3000⼀\r"
    assert len(normalize_chars(s)) == len(s)


@given(st.text(alphabet=st.one_of(st.sampled_from(sorted(map(chr, _TABLE))), st.characters())))
def test_mapping_is_str_translate_with_the_table(text):
    """The characters are mapped by a regex and a lookup per match, not ``str.translate``
    (which looks up every character): the same text."""
    assert normalize_chars(text) == text.translate(_TABLE)
