"""The evidence framework: hard rules in order, cues summed against the threshold, explained."""

import pytest

from zhdoc.evidence import Cue, Decider, Decision, Hard

BIG = Cue("big", 2.0, "over 10", lambda n: n > 10)
ODD = Cue("odd", -1.0, "odd", lambda n: n % 2 == 1)
NEGATIVE = Hard("negative", False, "below zero", lambda n: n < 0)
SMALL_NEGATIVE = Hard("small_negative", True, "from -3 to -1", lambda n: -3 <= n < 0)
DECIDER = Decider("test", hard=(NEGATIVE, SMALL_NEGATIVE), cues=(BIG, ODD))


@pytest.mark.parametrize("n, yes, score, fired, by", [
    (12, True, 2.0, (("big", 2.0),), None),
    (13, True, 1.0, (("big", 2.0), ("odd", -1.0)), None),
    (4, False, 0.0, (), None),  # the threshold is strict: a zero sum is no
    (3, False, -1.0, (("odd", -1.0),), None),
    (-2, False, 0.0, (), "negative"),  # the first hard rule that fires wins
])
def test_decide(n, yes, score, fired, by):
    assert DECIDER.decide(n) == Decision(yes, score, fired, by)


def test_threshold():
    assert Decider("t", cues=(BIG,), threshold=2.0).decide(12).yes is False
    assert Decider("t", cues=(BIG,), threshold=1.5).decide(12).yes is True


def test_explain_names_what_fired():
    assert DECIDER.decide(13).explain() == "yes, score +1.0: big +2.0, odd -1.0"
    assert DECIDER.decide(4).explain() == "no, score +0.0: no cue fired"
    assert DECIDER.decide(-1).explain() == "no, by negative"


def test_rules_lists_every_rule_with_its_weight():
    assert DECIDER.rules() == [("negative", "no", "below zero"), ("small_negative", "yes", "from -3 to -1"),
                               ("big", "+2.0", "over 10"), ("odd", "-1.0", "odd")]


def test_rule_names_are_unique():
    with pytest.raises(ValueError, match="big"):
        Decider("t", cues=(BIG, Cue("big", 1.0, "again", lambda n: True)))
