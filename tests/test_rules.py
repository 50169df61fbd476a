"""Every rule's examples and counter-examples (the rules' corpus: a rule is its examples)."""

from __future__ import annotations

import pytest

from zhdoc.rules import bylines, chars, kinds, markers, number_entities, numbers, numerals, pdf
from zhdoc.rules.kinds import KINDS, kind_of

TABLES = (chars, kinds, bylines, markers, numbers, number_entities, pdf)
RULES = [(t.__name__.rsplit(".", 1)[-1], r) for t in TABLES for r in t.RULES]


def test_every_rule_is_named_once_and_has_a_meaning_and_an_example():
    names = [r.name for _, r in RULES]
    assert sorted(n for n in names if names.count(n) > 1) == []
    assert [r.name for _, r in RULES if not r.meaning or not r.examples] == []


@pytest.mark.parametrize("table, rule, text", [
    pytest.param(t, r, x, id=f"{t}.{r.name}:{x}") for t, r in RULES for x in r.examples])
def test_rule_example(table, rule, text):
    assert rule.applies(text), f"{table}.{rule.name} ({rule.meaning}) must hold for {text!r}"


@pytest.mark.parametrize("table, rule, text", [
    pytest.param(t, r, x, id=f"{t}.{r.name}:{x}") for t, r in RULES for x in r.counter])
def test_rule_counter_example(table, rule, text):
    assert not rule.applies(text), f"{table}.{rule.name} ({rule.meaning}) must not hold for {text!r}"


@pytest.mark.parametrize("row, text", [
    pytest.param(row, x, id=f"{row.kind}:{x}") for row in KINDS for x in row.examples])
def test_kind_example(row, text):
    assert kind_of(text) == row.kind


@pytest.mark.parametrize("row, text", [
    pytest.param(row, x, id=f"{row.kind}:{x}") for row in KINDS for x in row.counter])
def test_kind_counter_example(row, text):
    assert not row.applies(text)


#: the numeral decoders and their corpora: (decoder, what it must read, what it must refuse)
NUMERAL_CORPORA = ((numerals.zh_to_int, numerals.EXAMPLES, numerals.COUNTER),
                   (numerals.zh_adjacent, numerals.ADJACENT, numerals.NOT_ADJACENT))


@pytest.mark.parametrize("read, text, value", [
    pytest.param(f, t, v, id=f"{f.__name__}:{t}") for f, ex, _ in NUMERAL_CORPORA for t, v in ex.items()])
def test_numeral(read, text, value):
    assert read(text) == value


@pytest.mark.parametrize("read, text", [
    pytest.param(f, t, id=f"{f.__name__}:{t}") for f, _, counter in NUMERAL_CORPORA for t in counter])
def test_not_a_numeral(read, text):
    assert read(text) is None


@pytest.mark.parametrize("rule", markers.MARKERS, ids=lambda r: r.name)
def test_every_marker_example_is_found_with_its_style(rule):
    for text in rule.examples:
        m = markers.marker_at_start(text)
        assert m is not None and m.style == rule.name, text
