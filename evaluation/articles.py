"""Scoring whole articles read from a page: the comparisons the ``news`` and ``webcopy``
sections share.

Every comparison is on the *canonical* form of a text: NFKC (full-width forms, compatibility
characters) with all whitespace removed, applied alike to the truth and to what zhdoc gives, so
that neither spacing (``叶 帆``, a justified line) nor a full-width digit counts as an error.

>>> canon(" 叶 帆\\u3000（１）")
'叶帆(1)'
>>> split_sentences("他说：“好。”我们走吧！还有")
['他说：“好。”', '我们走吧！', '还有']
>>> in_order([[5], [2], [9]]), in_order([[5], [], [9]]), in_order([[7, 1], [3], [8]])
(2, 2, 3)
>>> assign([[3, 0], [5, 4]])  # true article 0 → output 0, true article 1 → output 1
[0, 1]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

#: where a sentence ends: 。！？ (full or half width), with the closing quotes and brackets
#: that follow it (“…。” belongs to the sentence it closes)
RE_SENTENCE = re.compile(r".+?(?:[。！？!?]+[”’\"」』）)】]*|$)", re.S)


#: dashes that open a printed 副题 (——…)
DASHES = "—―–-"


#: separators inside a list of affiliations
RE_AFF_SEP = re.compile(r"[、，,；;]")


def canon(text: str | None) -> str:
    """NFKC, then every whitespace character removed."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, in order: each runs to 。！？ and the closing quotes or
    brackets after it; a trailing piece without an end mark is a sentence too."""
    return [s for s in (m.group(0).strip() for m in RE_SENTENCE.finditer(text)) if canon(s)]


def occurrences(hay: str, needle: str) -> list[int]:
    """Every start of ``needle`` in ``hay`` (overlapping ones included)."""
    out, k = [], hay.find(needle) if needle else -1
    while k >= 0:
        out.append(k)
        k = hay.find(needle, k + 1)
    return out


def in_order(positions: Sequence[Sequence[int]]) -> int:
    """How many items can be read in order: the longest chain of items, taken in their
    order, with strictly increasing positions, each item using at most one of its positions
    (an item found nowhere has none). Each item's positions are listed in decreasing order
    and the longest strictly increasing subsequence of the whole list is taken, which can
    use at most one position per item (patience sorting, O(n log n))."""
    tails: list[int] = []
    for pos in positions:
        for p in sorted(set(pos), reverse=True):
            k = bisect_left(tails, p)
            if k == len(tails):
                tails.append(p)
            else:
                tails[k] = p
    return len(tails)


def assign(weights: Sequence[Sequence[int]]) -> list[int | None]:
    """One-to-one matching of rows (true articles) to columns (output articles) with the
    largest total weight; a row left without a column of weight > 0 is unmatched (None).
    Exhaustive (a page has a handful of articles); among equal totals the first found wins,
    trying for each row its columns in order and "none" last, so the result is
    deterministic."""
    n = len(weights)
    best: list[Any] = [-1, [None] * n]

    def walk(i: int, used: frozenset[int], total: int, chosen: list[int | None]) -> None:
        if i == n:
            if total > best[0]:
                best[0], best[1] = total, list(chosen)
            return
        for j, w in enumerate(weights[i]):
            if w > 0 and j not in used:
                walk(i + 1, used | {j}, total + w, [*chosen, j])
        walk(i + 1, used, total, [*chosen, None])

    walk(0, frozenset(), 0, [])
    return best[1]


def article_parts(article: Any) -> list[str]:
    """An output article's text in output order: kicker, title, subtitle, the abstract when it is
    not also a paragraph (an article without a lede paragraph), then each section's heading
    and paragraphs. Authors, affiliations and page furniture are not text."""
    parts = [getattr(article, "kicker", None) or "", article.title or "", article.subtitle or ""]
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    if article.abstract and not any(p.role == "lede" for p in paragraphs):
        parts.append(article.abstract)
    for s in article.sections:
        parts.append(s.heading or "")
        parts.extend(p.text for p in s.paragraphs)
    return [p for p in parts if p]


def article_text(article: Any) -> str:
    """``article_parts`` joined, canonical."""
    return canon("".join(article_parts(article)))


def same(a: str | None, b: str | None) -> bool:
    """Equal once canonical (both empty counts as equal)."""
    return canon(a) == canon(b)


def full_title_ok(article: Any, parts: Sequence[str]) -> bool:
    """Whether the output's kicker, title and subtitle, in printed order, are exactly the true
    title's parts joined in printed order (引题, main title, 副题): nothing missing, nothing
    added. An output without a kicker may hold the 引题 in its subtitle (title and subtitle then
    count in either order). The dash that opens a printed 副题 (``——…``) is not part of it.

    >>> from types import SimpleNamespace as A
    >>> full_title_ok(A(kicker="引题", title="主题", subtitle=None), ["引题", "主题"])
    True
    >>> full_title_ok(A(kicker=None, title="主题", subtitle="引题"), ["引题", "主题"])
    True
    >>> full_title_ok(A(kicker=None, title="主题", subtitle=None), ["引题", "主题"])
    False
    >>> full_title_ok(A(kicker=None, title="主题", subtitle="——副题"), ["主题", "副题"])
    True
    """
    want = canon("".join(p.lstrip(DASHES) for p in parts))
    k = canon(getattr(article, "kicker", None))
    t, s = canon(article.title), canon(article.subtitle).lstrip(DASHES)
    return want == k + t + s or (not k and want == s + t)


def names(values: Sequence[str]) -> set[str]:
    """A set of canonical names (empty ones dropped)."""
    return {canon(v) for v in values if canon(v)}


def institutions(values: Sequence[str]) -> list[str]:
    """A truth's affiliations with the positions its text marks removed: the paper's website
    parts an institution from the author's position by a space (``中共中央党校 教授``,
    ``中国政治学会 副会长、上海市…研究中心 研究员``); what follows the space in each part parted
    by 、 is a position, and a part that is a position alone goes (``最高人民法院 党组副书记、常务副院长``).
    An affiliation names the institution (``zhdoc.segment.bylines.parse_affiliations``).

    >>> institutions(["中共中央党校 教授"]), institutions(["最高人民法院 党组副书记、常务副院长"])
    (['中共中央党校'], ['最高人民法院'])
    >>> institutions(["中国社会科学院 学部委员、澳门大学 讲座教授"]), institutions(["山东大学校长"])
    (['中国社会科学院、澳门大学'], ['山东大学校长'])
    """
    out = []
    for v in values:
        keep, marked = [], False
        for part in (p.strip() for p in v.split("、")):
            if " " in part:
                keep.append(part.split(" ")[0])
            elif not marked:
                keep.append(part)
            marked = " " in part  # (an unmarked part after a marked one is a second position)
        out.append("、".join(keep))
    return out


def affiliations_key(values: Sequence[str]) -> str:
    """Affiliations compared as one text: canonical, repeats dropped, in order, with the
    separators 、，；, removed, so that one trailer split at 、 into two affiliations
    compares equal to it whole.

    >>> affiliations_key(["甲大学、乙中心"]) == affiliations_key(["甲大学", "乙中心", "甲大学"])
    True
    """
    seen: list[str] = []
    for v in values:
        c = RE_AFF_SEP.sub("", canon(v))
        if c and c not in seen:
            seen.append(c)
    return "".join(seen)
