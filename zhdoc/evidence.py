"""Decisions as named evidence: small named rules whose weights add up to a decision that can
say why it was taken.

Where several cues decide one thing (does a paragraph end between these two lines? does this
PDF line continue the paragraph above? is this block a title?), each cue is a small named
function of one context, and a :class:`Decider` runs them:

* a :class:`Hard` rule decides alone when it fires (yes or no, fixed by the rule); the hard rules
  are tried in order and the first that fires wins;
* otherwise every :class:`Cue` that fires adds its named weight to the score, and the answer
  is yes when the score is above the decider's threshold.

The :class:`Decision` keeps what fired, so a wrong decision is explained by its rules, and the
weights, being named data, can later be fitted on labelled data without rewriting the rules.

>>> ends = Cue("ends_sentence", 3.0, "the line ends with 。！？", lambda x: x.endswith("。"))
>>> full = Cue("fills_column", -2.0, "the line fills its column", lambda x: len(x) >= 10)
>>> empty = Hard("empty", True, "an empty line always ends a paragraph", lambda x: not x)
>>> ends_paragraph = Decider("paragraph end", hard=(empty,), cues=(ends, full))
>>> d = ends_paragraph.decide("我国制造业发展取得突出成就。")
>>> d.yes, d.score, d.explain()
(True, 1.0, 'yes, score +1.0: ends_sentence +3.0, fills_column -2.0')
>>> ends_paragraph.decide("").explain()
'yes, by empty'
>>> bool(ends_paragraph.decide("我国制造业发展取得"))
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class Cue(Generic[C]):
    """A piece of evidence: when ``test(context)`` holds, ``weight`` is added to the score."""

    name: str
    weight: float
    meaning: str
    test: Callable[[C], bool]


@dataclass(frozen=True, slots=True)
class Hard(Generic[C]):
    """A rule that decides alone: when ``test(context)`` holds, the answer is ``yes``."""

    name: str
    yes: bool
    meaning: str
    test: Callable[[C], bool]


@dataclass(frozen=True, slots=True)
class Decision:
    """An answer with what gave it: the hard rule (``by``), or the cues that fired and their sum."""

    yes: bool
    score: float = 0.0
    fired: tuple[tuple[str, float], ...] = ()  # (cue name, weight), in the decider's order
    by: str | None = None  # the hard rule that decided, else None (the score decided)

    def __bool__(self) -> bool:
        return self.yes

    def explain(self) -> str:
        """One line: the answer and the rules behind it.

        >>> Decision(False, -1.5, (("ends_on_character", -3.0), ("short_line", 1.5))).explain()
        'no, score -1.5: ends_on_character -3.0, short_line +1.5'
        """
        answer = "yes" if self.yes else "no"
        if self.by is not None:
            return f"{answer}, by {self.by}"
        cues = ", ".join(f"{name} {weight:+.1f}" for name, weight in self.fired) or "no cue fired"
        return f"{answer}, score {self.score:+.1f}: {cues}"


@dataclass(frozen=True, slots=True)
class Decider(Generic[C]):
    """One decision: its hard rules (first that fires wins), then its cues summed against the
    threshold (the answer is yes when the sum is greater)."""

    name: str
    hard: Sequence[Hard[C]] = ()
    cues: Sequence[Cue[C]] = ()
    threshold: float = 0.0

    def __post_init__(self) -> None:
        names = [r.name for r in self.hard] + [c.name for c in self.cues]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"decider {self.name!r}: rule names must be unique, {twice} repeat")

    def decide(self, context: C) -> Decision:
        for rule in self.hard:
            if rule.test(context):
                return Decision(rule.yes, by=rule.name)
        fired = tuple((cue.name, cue.weight) for cue in self.cues if cue.test(context))
        score = sum(weight for _, weight in fired)
        return Decision(score > self.threshold, score, fired)

    def holds(self, context: C) -> bool:
        """The answer alone (what ``decide(context).yes`` says, without recording why)."""
        for rule in self.hard:
            if rule.test(context):
                return rule.yes
        score = 0.0
        for cue in self.cues:
            if cue.test(context):
                score += cue.weight
        return score > self.threshold

    def rules(self) -> list[tuple[str, str, str]]:
        """(name, weight or answer, meaning) of every rule, hard rules first: the decision's
        documentation, printed by the developer CLIs."""
        out = [(h.name, "yes" if h.yes else "no", h.meaning) for h in self.hard]
        return out + [(c.name, f"{c.weight:+.1f}", c.meaning) for c in self.cues]
