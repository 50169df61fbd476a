"""What a number mention is about: the ``entity`` of :mod:`zhdoc.extract.numbers`.

Two readings, both over the paragraph text and the mentions found in it (any objects with
``start``, ``end`` and ``kind``): the names of ``A、B和C…分别…x、y和z`` paired with the values
(:func:`respectively`), else the subject of the clause whose predicate (为/是/达到…) stands
right before the number (:func:`clause_subject`). The patterns are in
:mod:`zhdoc.rules.number_entities`.

>>> from zhdoc.extract.numbers import find_numbers
>>> [m.entity for m in find_numbers("2018年我国制造业劳动生产率为27382.27美元/人。")]
[None, '我国制造业劳动生产率']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from zhdoc.rules import number_entities as E
from zhdoc.rules.chars import CJK_CHAR, SENTENCE_ENDS

#: characters looked back from a number for its clause subject, and from 分别 for the names
_SUBJECT_WINDOW = 40
_NAMES_WINDOW = 60
#: the longest subject guessed for a number, and for the values of a 分别, which asserts a subject
#: for each (轻工业企业数字化研发设计工具普及率: 17)
_SUBJECT_CHARS = 16
_PAIRED_SUBJECT_CHARS = 20


class Span(Protocol):
    """A mention as far as its entity is concerned."""

    start: int
    end: int
    kind: str


def clause_subject(text: str, mm: Span, prev: Span | None, longest: int = _SUBJECT_CHARS) -> str | None:
    """The clause subject before a copula right before the number, or None."""
    left = text[max(0, mm.start - _SUBJECT_WINDOW):mm.start]
    c = E.COPULA.search(left)
    if not c:
        return None
    head = left[:c.start()]
    cut = max((x.end() for x in E.CLAUSE_START.finditer(head)), default=0)
    lo = mm.start - len(left) + cut
    if prev is not None and prev.end > lo:
        lo = prev.end  # a date or year before the subject is not part of it
        if prev.kind not in ("year", "date"):
            return None
        lo += bool(E.DATE_END.match(text, lo))  # 2024年底轻工业…: 底 ends the date
    subj = text[lo:mm.start - len(left) + c.start()]
    subj = E.SUBJECT_TAIL.sub("", E.SUBJECT_LEAD.sub("", subj.strip()))
    if 2 <= len(subj) <= longest and not any(ch.isdigit() for ch in subj) and CJK_CHAR.match(subj):
        return subj
    return None


def respectively(text: str, mentions: Sequence[Span]) -> dict[int, str]:
    """``A、B和C…分别…x、y和z`` → {index of x: A, …}; nothing when the counts differ."""
    found: dict[int, str] = {}
    last: tuple[int, list[str]] | None = None  # (sentence end, names) of the previous 分别
    for r in E.RESPECTIVELY.finditer(text):
        # the values: consecutive mentions after 分别 in its sentence, joined by 、/和
        e = SENTENCE_ENDS.search(text, r.end())
        stop = e.start() if e else len(text)
        idx = [i for i, mm in enumerate(mentions) if r.end() <= mm.start < stop]
        if len(idx) < 2:
            continue
        run, comma = [idx[0]], None
        for a, b in zip(idx, idx[1:]):
            join = text[mentions[a].end:mentions[b].start]
            if not E.VALUE_JOIN.match(join):
                break
            if comma is None and join in "，,":
                comma = len(run)  # 下降5.6%和4%，74个…: the list may end at a comma
            run.append(b)
        names = names_before(text, r.start())
        if not names and last is not None and last[0] == stop:
            names = last[1]  # …分别新增4部、10部，累计分别达到22部、31部: the same names
        if not names:
            names = clause_subjects_before(text, mentions, r.start(), len(run))
        if len(names) != len(run) and comma is not None and len(names) == comma:
            run = run[:comma]
        if len(names) != len(run):
            continue
        last = (stop, names)
        for i, name in zip(run, names):
            found[i] = name
    return found


def clause_subjects_before(text: str, mentions: Sequence[Span], pos: int, k: int) -> list[str]:
    """分别 opening a clause after ``k`` clauses of its sentence that each predicate one number of a
    subject of their own: those subjects (普及率达84.9%，…占比达47.2%，…占比达18.3%，分别高于全国平均水平
    0.8、2.0、2.8个百分点 → 普及率, …占比, …占比); [] otherwise."""
    if not E.RESPECTIVELY_OPENS.search(text, max(0, pos - 1), pos):
        return []
    start = max((x.end() for x in SENTENCE_ENDS.finditer(text, 0, pos)), default=0)
    clauses = E.CLAUSE_SPLIT.split(text[start:pos - 1])
    if len(clauses) < k:
        return []
    subjects, lo = [], pos - 1 - sum(len(c) + 1 for c in clauses[-k:]) + 1
    for c in clauses[-k:]:
        hi = lo + len(c)
        inside = [i for i, mm in enumerate(mentions) if lo <= mm.start and mm.end <= hi]
        values = [i for i in inside if mentions[i].kind not in ("year", "date")]
        if len(values) != 1:
            return []
        i = values[0]
        subject = clause_subject(text, mentions[i], mentions[i - 1] if i else None, _PAIRED_SUBJECT_CHARS)
        if subject is None:
            return []
        subjects.append(subject)
        lo = hi + 1
    return subjects


def names_before(text: str, pos: int) -> list[str]:
    """The enumerated names of the clause ending at ``pos``: ``而美国、日本、德国和韩国的这一数据``."""
    left = text[max(0, pos - _NAMES_WINDOW):pos]
    cut = max((x.end() for x in E.NAMES_CLAUSE.finditer(left)), default=0)
    m = E.NAME_LIST.search(left, cut)
    if not m:
        topic = _topic_list(left, cut)
        if topic:
            return topic
        # the names open an earlier clause of the same sentence (化学需氧量、二氧化硫排放总量…，
        # 比上年分别下降…): the clause must start the sentence or follow a comma
        e = max((x.end() for x in SENTENCE_ENDS.finditer(left)), default=0)
        starts = [x.end() for x in E.NAMES_CLAUSE.finditer(left, e, cut - 1)]
        if e or pos <= _NAMES_WINDOW:
            starts.insert(0, e)  # the sentence start, when it is in the window
        m = next((x for x in map(lambda s: E.NAME_LIST_OPENING.match(left, s), reversed(starts))
                  if x), None)
        if not m:
            return []
    names = [x.strip("“”\"") for x in E.NAME_SPLIT.split(m.group("names")) if x.strip("“”\"")]
    return _shared_measure(names)


#: names a clause of its own must list to be the topic of the 分别 after it (two, 出口、进口增长较快,
#: may be a subject with its predicate)
_TOPIC_NAMES = 3


def _topic_list(left: str, cut: int) -> list[str]:
    """分别 opens its clause and the clause before it is a list of three or more names and nothing
    else: those names (青年博士、优秀博士、科技人才，分别可申请5万元、10万元、30万元)."""
    if not cut or cut != len(left) or left[-1] not in "，,":
        return []
    head = left[:-1]
    prev = max((x.end() for x in E.NAMES_CLAUSE.finditer(head)), default=0)
    m = E.NAME_LIST.search(head, prev)
    if not m or m.end("names") != len(head):
        return []
    names = [x.strip("“”\"") for x in E.NAME_SPLIT.split(m.group("names")) if x.strip("“”\"")]
    return _shared_measure(names) if len(names) >= _TOPIC_NAMES else []


def _shared_measure(names: list[str]) -> list[str]:
    """Names without a lead of time or scope, the measure ending the last one given to the others:
    ``2024年全市新能源汽车产业、新材料产业、新能源产业增加值`` → ``新能源汽车产业增加值``, …"""
    if names and len(bare := E.NAME_LEAD.sub("", names[0])) >= 2:
        names[0] = bare  # not 2007年中 → 中
    tail = E.SHARED_MEASURE.search(names[-1]) if len(names) > 1 else None
    if (tail and len(tail.group()) < len(names[-1])
            and not any(E.SHARED_MEASURE.search(n) or E.MEASURE_END.search(n) for n in names[:-1])):
        names = [n + tail.group() for n in names[:-1]] + [names[-1]]
    return names
