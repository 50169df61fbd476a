"""A rule: a named, precompiled pattern with its meaning, the examples it must match and the
counter-examples it must not (``tests/test_rules.py`` runs them all).

A rule is used like the compiled pattern it holds (``rule.match(text)``, ``rule.search(text)``,
``rule.sub(…)``); ``rule.applies(text)`` tests it the way its examples are tested (``how``:
``match`` at the start, ``search`` anywhere, ``fullmatch`` the whole text; ``flat``: on the text
with its whitespace removed).

>>> r = Rule("source_line", r"(?:来源|出处)\\s*[：:]", "a source line: 来源：北京日报",
...          examples=("来源：北京日报",), counter=("新闻来源广泛",))
>>> bool(r.match("来源：北京日报")), r.applies("新闻来源广泛")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Literal


#: the compiled pattern's methods a rule offers as its own
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str
    meaning: str
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    how: Literal["match", "search", "fullmatch"] = "match"
    flat: bool = False  # applies() reads the text with its whitespace removed
    flags: int = 0
    # compiled on first use, not at import: for a long pattern only a rare path needs (every
    # rule is compiled in the workers' fork server before the first document: ~0.05 s saved)
    lazy: bool = False
    rx: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # the compiled pattern's methods, bound at construction (a rule reads like the pattern it
    # is, at the pattern's speed): rule.match(text, pos), rule.search(…), rule.sub(…) …
    # (a lazy rule's ``rx`` exists once one of them has run)
    match: Callable[..., re.Match[str] | None] = field(init=False, repr=False, compare=False)
    search: Callable[..., re.Match[str] | None] = field(init=False, repr=False, compare=False)
    fullmatch: Callable[..., re.Match[str] | None] = field(init=False, repr=False, compare=False)
    finditer: Callable[..., Iterator[re.Match[str]]] = field(init=False, repr=False, compare=False)
    findall: Callable[..., list] = field(init=False, repr=False, compare=False)
    sub: Callable[..., str] = field(init=False, repr=False, compare=False)
    split: Callable[..., list] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.lazy:
            self._compile()
            return
        for name in _METHODS:  # each compiles the pattern (binding them all), then runs
            object.__setattr__(self, name, partial(self._compile_then, name))

    def _compile(self) -> re.Pattern[str]:
        rx = re.compile(self.pattern, self.flags)
        object.__setattr__(self, "rx", rx)
        for name in _METHODS:
            object.__setattr__(self, name, getattr(rx, name))
        return rx

    def _compile_then(self, method: str, *args: object, **kwargs: object) -> object:
        return getattr(self._compile(), method)(*args, **kwargs)

    def applies(self, text: str, flat: str | None = None) -> bool:
        """Whether the rule holds for ``text`` the way its examples are tested (``flat``: the
        text without whitespace, when the caller has it already)."""
        if self.flat:
            text = "".join(text.split()) if flat is None else flat
        return getattr(self, self.how)(text) is not None


def any_of(name: str, rules: tuple[Rule, ...] | list[Rule], meaning: str) -> Rule:
    """One rule that holds where any of ``rules`` matches at the start (one pattern: one scan);
    their named groups are dropped. Its examples are theirs.

    >>> r = any_of("a_or_b", [Rule("a", "a", "a"), Rule("b", "(?P<x>b)", "b")], "a or b")
    >>> bool(r.match("b")), r.pattern
    (True, '(?:a)|(?:(?:b))')
    """
    assert all(r.how == "match" and not r.flat and not r.flags for r in rules)
    return Rule(name, "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", r.pattern) + ")" for r in rules), meaning,
                examples=tuple(x for r in rules for x in r.examples))


def rules_of(namespace: dict[str, object]) -> tuple[Rule, ...]:
    """The rules a table module defines, in the order it defines them (its ``RULES``)."""
    return tuple(v for v in namespace.values() if isinstance(v, Rule))
