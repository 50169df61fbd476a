"""Decisions as named evidence: named rules whose weights add up to a decision that can say why
it was taken (the PDF reader's copy, to be replaced by ``zhdoc.evidence`` when that lands: the
same ``Cue`` / ``Hard`` / ``Decider`` / ``Decision``).

A :class:`Hard` rule decides alone when it fires (the first that fires wins); otherwise every
:class:`Cue` that fires adds its named weight to the score, and the answer is yes when the score
is above the decider's threshold.

>>> full = Cue("fills_line", 2.0, "the line is full", lambda x: len(x) >= 10)
>>> ends = Cue("sentence_end", -0.5, "the line ends a sentence", lambda x: x.endswith("。"))
>>> empty = Hard("empty", False, "nothing follows", lambda x: not x)
>>> runs_on = Decider("runs on", hard=(empty,), cues=(full, ends))
>>> runs_on.decide("我国制造业发展取得突出成就。").explain()
'yes, score +1.5: fills_line +2.0, sentence_end -0.5'
>>> runs_on.decide("").explain()
'no, by empty'
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
    fired: tuple[tuple[str, float], ...] = ()
    by: str | None = None

    def __bool__(self) -> bool:
        return self.yes

    def explain(self) -> str:
        """One line: the answer and the rules behind it."""
        answer = "yes" if self.yes else "no"
        if self.by is not None:
            return f"{answer}, by {self.by}"
        cues = ", ".join(f"{name} {weight:+.1f}" for name, weight in self.fired) or "no cue fired"
        return f"{answer}, score {self.score:+.1f}: {cues}"


@dataclass(frozen=True, slots=True)
class Decider(Generic[C]):
    """One decision: its hard rules (the first that fires wins), then its cues summed against
    the threshold (yes when the sum is greater)."""

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

    def rules(self) -> list[tuple[str, str, str]]:
        """(name, weight or answer, meaning) of every rule, hard rules first."""
        out = [(h.name, "yes" if h.yes else "no", h.meaning) for h in self.hard]
        return out + [(c.name, f"{c.weight:+.1f}", c.meaning) for c in self.cues]
