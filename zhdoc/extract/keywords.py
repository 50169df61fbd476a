"""Keywords per article: TF-IDF and TextRank over jieba's segmentation, each article cut once.

jieba is used through its own ``jieba.Tokenizer`` instance, never the global one: the
dictionary cache (:mod:`~zhdoc.lexicon.dictionary`, which builds jieba's prefix dictionary
faster than jieba) goes to ``Settings.resolved_jieba_cache_dir()``, jieba's logger is quieted,
nothing happens at import time, and the tables are loaded once per process and cache dir
(:func:`jieba_tools`, on :func:`zhdoc.lexicon.tokenizer`, which the dump reader shares).
``jieba.analyse`` and ``jieba.posseg`` are not imported (each loads its tables again at
import): an article is cut once (``Tokenizer.lcut``'s tokens, HMM on,
by :class:`~zhdoc.extract.keywords_cut.Cutter`, which finds them in half jieba's time) and
both methods work on those tokens. TF-IDF is jieba's formula with
its IDF table; TextRank is jieba's graph (window 5, damping 0.85, 10 iterations) over the
nouns and verbs of the same tokens, tagged from jieba's dictionary. The IDF and tag tables
are cached (marshal) beside the dictionary cache.

The project user dictionary ``zhdoc/data/userdict.txt`` keeps domain terms whole (``一带一路``,
``高质量发展``, ``人民币国际化``, ``劳动生产率`` …); every entry has a part-of-speech tag, because
TextRank keeps only ``ns n vn v`` words. ``zhdoc/data/stopwords.txt`` drops function words and
report boilerplate (``进一步``, ``加强``, ``一是``) in both methods.

Output is deterministic: weights rounded to 6 decimals, ties broken by the word.
"""

from __future__ import annotations

import heapq
import logging
import marshal
import os
import re
import sys
from array import array
from collections import Counter, deque
from itertools import accumulate, chain, zip_longest
from operator import itemgetter, mul
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhdoc.extract.keywords_cut import Cutter
from zhdoc import lexicon
from zhdoc.lexicon import USERDICT, import_jieba  # noqa: F401  (the project dictionary; jieba, imported lightly)
from zhdoc.lexicon.dictionary import CACHE_FILE, write_cache  # noqa: F401  (CACHE_FILE: the dictionary cache's name)
from zhdoc.model import Keyword
from zhdoc.rules.chars import CJK_CHAR
from zhdoc.settings import Settings

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
STOPWORDS = DATA_DIR / "stopwords.txt"
#: file name of the IDF and part-of-speech tables' cache beside it
TABLES_CACHE_FILE = "zhdoc-jieba-tables.cache"
#: parts of speech TextRank keeps (jieba's default)
TEXTRANK_POS = frozenset(("ns", "n", "vn", "v"))
#: jieba's own stop words (``KeywordExtractor.STOP_WORDS``), kept so weights stay jieba's
JIEBA_STOP_WORDS = frozenset((
    "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as",
    "on", "with", "can", "if", "from", "which", "you", "it", "this", "then", "at", "have",
    "all", "not", "one", "has", "or",
))
#: TextRank: co-occurrence window, damping, iterations (jieba's)
TEXTRANK_SPAN, TEXTRANK_DAMPING, TEXTRANK_ITERATIONS = 5, 0.85, 10
#: ``sum()`` adds floats left to right, as jieba's loop does, before Python 3.12; from 3.12
#: on it compensates, which would change the weights, so the sums are accumulated instead
_SUM_IN_ORDER = sys.version_info < (3, 12)


@dataclass(frozen=True)
class JiebaTools:
    """One process's jieba tables, built on one tokenizer with the project dictionary."""

    tokenizer: Any  # jieba.Tokenizer
    cut: Callable[[str], list[str]]  # its lcut (accurate, HMM), faster: a keywords_cut.Cutter
    nouns_verbs: frozenset[str]  # words TextRank keeps: tagged ns/n/vn/v in jieba's dictionary
    #                              or the user dictionary
    idf: Mapping[str, float]  # word → inverse document frequency (jieba's table)
    median_idf: float  # the IDF of a word missing from the table
    stopwords: frozenset[str]  # the project's and jieba's


def load_stopwords(path: Path = STOPWORDS) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=4)
def jieba_tools(cache_dir: str) -> JiebaTools:
    """The keyword tables (once per process and cache dir) on the tokenizer of ``zhdoc.lexicon``."""
    tokenizer, user_tags = lexicon.tokenizer(cache_dir)
    dict_file = lexicon.dictionary_file(tokenizer)
    writable = lexicon.writable(cache_dir)
    kept, idf, median = _tables(Path(cache_dir) if writable else None, dict_file)
    kept.difference_update(user_tags)
    kept.update(w for w, tag in user_tags.items() if tag in TEXTRANK_POS)
    return JiebaTools(tokenizer, Cutter(tokenizer), frozenset(kept), idf, median,
                      load_stopwords() | JIEBA_STOP_WORDS)


#: the tables' cache format (part of its stamp: a cache of another format is rebuilt)
TABLES_CACHE_FORMAT = 3
#: a line of jieba's dictionary (``word freq tag``) whose tag TextRank keeps: the word
_TEXTRANK_LINE = re.compile(rf"^([^ \n]+) [^ \n]+ (?:{'|'.join(sorted(TEXTRANK_POS))})\r?$", re.MULTILINE)


def _tables(cache_dir: Path | None, dict_file: Path) -> tuple[set[str], dict[str, float], float]:
    """(TextRank's words, idf, median idf) from jieba's dictionary and IDF file, through a
    cache beside the dictionary cache.

    Both files are read whole, not line by line (one regex over the dictionary, one split of
    the IDF file: ~0.2 s instead of ~0.35 s). The cache holds each word list as one string and
    the IDF values as the bytes of an ``array('d')``: splitting a string and zipping it with
    an array builds the tables in ~0.1 s, where ``marshal`` took 0.3 s to load them as a
    270,000-entry dict and a 170,000-word list.
    """
    stamp = _stamp(dict_file)
    cache = cache_dir / TABLES_CACHE_FILE if cache_dir else None
    if cache is not None and (got := _read_tables(cache, stamp)) is not None:
        return got
    kept = set(_TEXTRANK_LINE.findall(dict_file.read_bytes().decode("utf-8")))
    idf_file = Path(stamp[3])
    fields = idf_file.read_bytes().decode("utf-8").split()  # word value word value …
    if len(fields) % 2:
        raise ValueError(f"{idf_file}: expected 'word value' lines")
    idf = dict(zip(fields[::2], map(float, fields[1::2])))
    median = sorted(idf.values())[len(idf) // 2]
    if cache is not None:  # (the stamp first, alone: read without the tables, prepare_tables)
        write_cache(cache, stamp, ["\n".join(kept), "\n".join(idf), array("d", idf.values()).tobytes(),
                                   median])
    return kept, idf, median


def _jieba_file(*parts: str) -> Path:
    """A data file of jieba's package, found without importing jieba (and, with it,
    ``pkg_resources``), by the path jieba opens it by (``jieba._compat.get_module_res``)."""
    from importlib.util import find_spec

    origin = find_spec("jieba").origin
    return Path(os.path.normpath(os.path.join(os.path.dirname(origin), *parts)))


def _stamp(dict_file: Path) -> list[object]:
    """What the tables' cache was built from (format, files and their times)."""
    idf_file = _jieba_file("analyse", "idf.txt")
    return [TABLES_CACHE_FORMAT, str(dict_file), os.path.getmtime(dict_file), str(idf_file),
            os.path.getmtime(idf_file)]


def _read_tables(cache: Path, stamp: list[object], stamp_only: bool = False) -> Any:
    """The tables in ``cache`` (True with ``stamp_only``), or None when it is missing, stale
    or unreadable."""
    try:
        with open(cache, "rb") as f:
            if marshal.load(f) != stamp:
                return None
            if stamp_only:
                return True
            kept_words, idf_words, idf_values, median = marshal.load(f)
        values = array("d")
        values.frombytes(idf_values)
        return set(kept_words.split("\n")), dict(zip(idf_words.split("\n"), values)), median
    except (OSError, EOFError, ValueError, TypeError):
        return None


def prepare_tables(cache_dir: str) -> None:
    """Write the tables' cache in ``cache_dir`` unless it is there (and writable) already.

    The run's process calls it in a thread (:func:`zhdoc.pipeline.pool.worker_context`)
    while the workers' fork server imports the steps and loads jieba's dictionary, which is
    longer: on a first run the server then loads the tables (~0.1 s) instead of building
    them (~0.27 s). Should the server get there first, it builds them itself, as without it.
    jieba is not imported here: the run's process never cuts a text.
    """
    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        if not os.access(cache_dir, os.W_OK):
            return
        dict_file = _jieba_file("dict.txt")
        if not _read_tables(Path(cache_dir) / TABLES_CACHE_FILE, _stamp(dict_file), stamp_only=True):
            _tables(Path(cache_dir), dict_file)
    except Exception:  # noqa: BLE001  (only a head start: the workers build what is missing)
        logging.getLogger(__name__).debug("keyword tables not prepared", exc_info=True)


def _keep(word: str, stopwords: frozenset[str]) -> bool:
    return len(word) >= 2 and word not in stopwords and CJK_CHAR.search(word) is not None


def tfidf(tokens: Sequence[str], tools: JiebaTools) -> list[tuple[str, float]]:
    """jieba's ``extract_tags`` weights over already cut tokens (each distinct token judged
    once: a count of whole numbers as floats, as jieba's ``+= 1.0``, is exact)."""
    stopwords = tools.stopwords
    freq = {w: float(n) for w, n in Counter(tokens).items()
            if len(w.strip()) >= 2 and w.lower() not in stopwords}
    total = sum(freq.values())
    idf, median = tools.idf, tools.median_idf
    return [(w, f * (idf.get(w, median) / total)) for w, f in freq.items()]


def textrank(tokens: Sequence[str], tools: JiebaTools) -> list[tuple[str, float]]:
    """jieba's ``textrank`` weights over already cut tokens (nouns and verbs, window 5).

    The same sums in the same order as jieba's, over words numbered in jieba's update order
    (sorted): pairs counted in the order jieba meets them (its edge lists' order), each
    node's sum added left to right, the nodes updated in place in sorted order.
    """
    nouns_verbs, stopwords = tools.nouns_verbs, tools.stopwords
    words = sorted(w for w in set(tokens)
                   if w in nouns_verbs and len(w.strip()) >= 2 and w.lower() not in stopwords)
    n_words = len(words)
    numbers = list(map({w: i for i, w in enumerate(words)}.get, tokens))  # None: not kept
    at = [i for i, x in enumerate(numbers) if x is not None]  # positions of kept tokens
    kept = [numbers[i] for i in at]
    # the pair (a, b) as a * n_words + b, for each kept b within the window after a kept a:
    # gap g between their places among the kept tokens, in jieba's order (by a, then by b)
    by_gap = [[a * n_words + b if j - i < TEXTRANK_SPAN else None
               for i, j, a, b in zip(at, at[g:], kept, kept[g:])]
              for g in range(1, TEXTRANK_SPAN)]
    co = Counter([k for k in chain.from_iterable(zip_longest(*by_gap)) if k is not None])
    nbrs: list[list[int]] = [[] for _ in range(n_words)]
    weights: list[list[int]] = [[] for _ in range(n_words)]
    for key, weight in co.items():  # first met first, as jieba's dict
        a, b = divmod(key, n_words)
        nbrs[a].append(b)
        weights[a].append(weight)
        nbrs[b].append(a)
        weights[b].append(weight)
    nodes = [i for i in range(n_words) if nbrs[i]]
    if not nodes:
        return []
    out_sum = [float(sum(x)) for x in weights]  # whole numbers: exact
    # each edge's weight / the neighbour's out-sum: jieba's e[2] / outSum[e[1]]
    shares = [[w / out_sum[m] for m, w in zip(nbrs[i], weights[i])] for i in range(n_words)]
    ws = [1.0 / len(nodes)] * n_words
    d = TEXTRANK_DAMPING
    get = ws.__getitem__
    for _ in range(TEXTRANK_ITERATIONS):
        if _SUM_IN_ORDER:
            for i in nodes:
                ws[i] = (1 - d) + d * sum(map(mul, shares[i], map(get, nbrs[i])))
        else:
            for i in nodes:
                last = deque(accumulate(map(mul, shares[i], map(get, nbrs[i]))), maxlen=1)
                ws[i] = (1 - d) + d * (last[0] if last else 0)
    lo = min(ws[i] for i in nodes)
    hi = max(ws[i] for i in nodes)
    return [(words[i], (ws[i] - lo / 10.0) / (hi - lo / 10.0)) for i in nodes]


def extract_keywords(text: str, settings: Settings) -> tuple[Keyword, ...]:
    """Top-k keywords of a text per method in ``settings.keyword_methods``.

    >>> import tempfile
    >>> s = Settings(keywords_top_k=3, jieba_cache_dir=tempfile.mkdtemp())
    >>> kws = extract_keywords("共建“一带一路”需强化金融支持。一带一路建设推动高质量发展。", s)
    >>> [k.word for k in kws if k.method == "tfidf"][0]
    '一带一路'
    >>> sorted({k.method for k in kws}), max(k.rank for k in kws)
    (['textrank', 'tfidf'], 3)
    """
    if not text.strip():
        return ()
    tools = jieba_tools(str(settings.resolved_jieba_cache_dir()))
    tokens = tools.cut(text)  # once, for both methods
    out: list[Keyword] = []
    for method in settings.keyword_methods:
        scored = tfidf(tokens, tools) if method == "tfidf" else textrank(tokens, tools)
        ranked = top(scored, settings.keywords_top_k, tools.stopwords)
        out.extend(
            Keyword(word=w, weight=x, method=method, rank=i)
            for i, (w, x) in enumerate(ranked, 1)
        )
    return tuple(out)


#: more than rounding to 6 decimals moves a weight (5e-7, and a float's error)
_ROUNDING = 2e-6


def top(scored: Sequence[tuple[str, float]], k: int, stopwords: frozenset[str]) -> list[tuple[str, float]]:
    """The ``k`` best words that :func:`_keep` keeps, weights rounded to 6 decimals, by weight
    then word: ``sorted((w, round(x, 6)) for kept words, key=(-weight, word))[:k]``.

    Only the words near the top are tested and rounded (an article scores a thousand words or
    more, it keeps ten): rounding never puts a smaller weight above a larger one, it may only
    tie them, so the best ``k`` kept words by rounded weight are among the kept words whose
    weight is at least the ``k``-th kept word's less what rounding can move (``_ROUNDING``).

    >>> top([("金融", 0.30000001), ("改革", 0.3), ("的", 0.9), ("发展", 0.1)], 2, frozenset())
    [('改革', 0.3), ('金融', 0.3)]
    """
    near: list[tuple[str, float]] = []
    floor = None
    for w, x in sorted(scored, key=itemgetter(1), reverse=True):
        if floor is not None and x < floor:
            break
        if _keep(w, stopwords):
            near.append((w, round(float(x), 6)))
            if len(near) == k:
                floor = x - _ROUNDING
    return heapq.nsmallest(k, near, key=lambda wx: (-wx[1], wx[0]))
