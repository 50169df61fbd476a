"""Metrics shared by evaluation sections: text compared with whitespace ignored.

A typesetter's spaces and line breaks are not text (justification spreads CJK lines, a
reader may or may not keep a space between a digit and a CJK character), so these compare
texts ``squeeze``d of all whitespace. The edit distance is ``evaluation.pdf.levenshtein``.

>>> cer_squeezed("中国 经济\\n增长", "中国经济增长"), cer_squeezed("中国经纪", "中国经济")
(0.0, 0.25)
>>> paragraph_f1_squeezed(["一、回顾", "正文 第一段。", "第二"], ["一、回顾", "正文第一段。", "第二段。"])
0.6666666666666666
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

from evaluation.pdf import levenshtein

RE_SPACE = re.compile(r"\s+")
#: furniture this long or longer counts as leaked wherever it turns up inside a paragraph;
#: shorter furniture (page numbers) only as a whole paragraph or at a paragraph's start or end
LEAK_MIN_CHARS = 4


def squeeze(text: str) -> str:
    """Text without whitespace."""
    return RE_SPACE.sub("", text)


def cer_squeezed(got: str, truth: str) -> float:
    """Edit distance between the two texts without whitespace, over the truth's length."""
    g, t = squeeze(got), squeeze(truth)
    return levenshtein(g, t) / max(1, len(t))


def paragraph_f1_squeezed(got: list[str], truth: list[str]) -> float:
    """F1 of exact paragraph matches, whitespace ignored, counted as multisets: a paragraph
    split in two, run into its neighbour, holding a leaked header or one wrong character is
    a miss (and its pieces are false positives)."""
    g = Counter(s for s in map(squeeze, got) if s)
    t = Counter(s for s in map(squeeze, truth) if s)
    hit = sum((g & t).values())
    if not hit:
        return 0.0
    p, r = hit / sum(g.values()), hit / sum(t.values())
    return 2 * p * r / (p + r)


def furniture_leaks(got: list[str], truth: list[str], furniture: list[str]) -> int:
    """How many times furniture text (running headers, footers, page numbers) turns up in the
    paragraphs ``got`` beyond what the true paragraphs themselves hold (a running header may
    repeat the title). Furniture of ``LEAK_MIN_CHARS`` or more counts wherever it occurs;
    shorter furniture counts as a whole paragraph, or at a paragraph's start or end.

    >>> furniture_leaks(["政府工作报告", "学习周刊 正文。", "正文。3"], ["政府工作报告", "正文。", "正文。"],
    ...                 ["学习周刊", "政府工作报告", "3"])
    2
    """
    g = [s for s in map(squeeze, got) if s]
    t = [s for s in map(squeeze, truth) if s]
    leaks = 0
    for f in {squeeze(f) for f in furniture if squeeze(f)}:
        if len(f) >= LEAK_MIN_CHARS:
            n_got = sum(p.count(f) for p in g)
            n_true = sum(p.count(f) for p in t)
        else:
            def hits(ps: list[str]) -> int:
                return sum(1 for p in ps if p == f or (p.startswith(f) and not p[len(f):][:1].isdigit())
                           or (p.endswith(f) and not p[:-len(f)][-1:].isdigit()))
            n_got, n_true = hits(g), hits(t)
        leaks += max(0, n_got - n_true)
    return leaks


def first_differences(got: str, truth: str, n: int = 3, context: int = 8) -> list[str]:
    """The first ``n`` places where two texts (whitespace ignored) differ, each as
    ``…context«got»context… ≠ …«truth»…``.

    >>> first_differences("中国经纪增长很快", "中国经济增长很快", context=2)
    ['…国经«纪»增长… ≠ «济»']
    """
    g, t = squeeze(got), squeeze(truth)
    out = []
    ops = difflib.SequenceMatcher(None, g, t, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        out.append(f"…{g[max(0, i1 - context):i1]}«{g[i1:i2][:40]}»{g[i2:i2 + context]}… ≠ "
                   f"«{t[j1:j2][:40]}»")
        if len(out) >= n:
            break
    return out
