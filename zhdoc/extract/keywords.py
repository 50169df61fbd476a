"""Keywords per article: TF-IDF and TextRank over jieba's segmentation, each article cut once.

jieba is used through its own ``jieba.Tokenizer`` instance, never the global one: the
dictionary cache goes to ``Settings.resolved_jieba_cache_dir()``, jieba's logger is quieted,
nothing happens at import time, and the tables are loaded once per process and cache dir
(:func:`jieba_tools`). ``jieba.analyse`` and ``jieba.posseg`` are not imported (each loads
its tables again at import): an article is cut once (``Tokenizer.cut``, HMM on, what
``jieba.lcut`` does) and both methods work on those tokens. TF-IDF is jieba's formula with
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

import logging
import marshal
import os
import sys
from collections import defaultdict, deque
from itertools import accumulate
from operator import mul
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhdoc.model import Keyword
from zhdoc.patterns import RE_CJK_CHAR
from zhdoc.settings import Settings

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
USERDICT = DATA_DIR / "userdict.txt"
STOPWORDS = DATA_DIR / "stopwords.txt"
#: file name of jieba's dictionary cache inside the configured cache dir
CACHE_FILE = "zhdoc-jieba.cache"
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


@dataclass(frozen=True)
class JiebaTools:
    """One process's jieba tables, built on one tokenizer with the project dictionary."""

    tokenizer: Any  # jieba.Tokenizer
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
    """Build (once per process and cache dir) jieba's tokenizer and the keyword tables."""
    import jieba

    logger = logging.getLogger("jieba")
    logger.setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = cache_dir
    tokenizer.cache_file = CACHE_FILE
    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        writable = os.access(cache_dir, os.W_OK)
    except OSError:
        writable = False
    if writable:
        tokenizer.initialize()
    else:  # no cache (a read-only folder): build the tables, skip jieba's failing dump
        logger.setLevel(logging.CRITICAL)
        try:
            tokenizer.initialize()
        finally:
            logger.setLevel(logging.WARNING)
    user_tags = _load_userdict(tokenizer, USERDICT)
    with tokenizer.get_dict_file() as f:
        dict_file = Path(f.name)
    kept, idf, median = _tables(Path(cache_dir) if writable else None, dict_file)
    kept = (kept - set(user_tags)) | {w for w, tag in user_tags.items() if tag in TEXTRANK_POS}
    return JiebaTools(tokenizer, frozenset(kept), idf, median, load_stopwords() | JIEBA_STOP_WORDS)


def _tables(cache_dir: Path | None, dict_file: Path) -> tuple[set[str], dict[str, float], float]:
    """(TextRank's words, idf, median idf) from jieba's dictionary and IDF file, through a
    marshal cache."""
    import jieba

    idf_file = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    stamp = [str(dict_file), os.path.getmtime(dict_file), str(idf_file), os.path.getmtime(idf_file)]
    cache = cache_dir / TABLES_CACHE_FILE if cache_dir else None
    if cache is not None and cache.is_file():
        try:
            with open(cache, "rb") as f:
                got = marshal.load(f)
            if got[0] == stamp:
                return set(got[1]), got[2], got[3]
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            pass
    kept: set[str] = set()
    for line in dict_file.read_bytes().decode("utf-8").splitlines():
        parts = line.strip().split(" ")
        if len(parts) == 3 and parts[2] in TEXTRANK_POS:
            kept.add(parts[0])
    idf: dict[str, float] = {}
    for line in idf_file.read_bytes().decode("utf-8").splitlines():
        word, freq = line.strip().split(" ")
        idf[word] = float(freq)
    median = sorted(idf.values())[len(idf) // 2]
    if cache is not None:
        tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as f:
                marshal.dump([stamp, sorted(kept), idf, median], f)
            os.replace(tmp, cache)
        except OSError:
            try:
                os.remove(tmp)
            except OSError:
                pass
    return kept, idf, median


def _load_userdict(tokenizer: Any, path: Path) -> dict[str, str]:
    """Add ``word freq tag`` lines to the tokenizer; return the tags (every line has one)."""
    tags = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) != 3 or not parts[1].isdigit():
            raise ValueError(f"{path}:{n}: {line!r}: expected 'word frequency tag'")
        word, freq, tag = parts
        tokenizer.add_word(word, int(freq), tag)
        tags[word] = tag
    return tags


def _keep(word: str, stopwords: frozenset[str]) -> bool:
    return len(word) >= 2 and word not in stopwords and RE_CJK_CHAR.search(word) is not None


def tfidf(tokens: Sequence[str], tools: JiebaTools) -> list[tuple[str, float]]:
    """jieba's ``extract_tags`` weights over already cut tokens."""
    freq: dict[str, float] = {}
    for w in tokens:
        if len(w.strip()) < 2 or w.lower() in tools.stopwords:
            continue
        freq[w] = freq.get(w, 0.0) + 1.0
    total = sum(freq.values())
    for k in freq:
        freq[k] *= tools.idf.get(k, tools.median_idf) / total
    return list(freq.items())


def textrank(tokens: Sequence[str], tools: JiebaTools) -> list[tuple[str, float]]:
    """jieba's ``textrank`` weights over already cut tokens (nouns and verbs, window 5)."""

    def keep(w: str) -> bool:
        return (w in tools.nouns_verbs and len(w.strip()) >= 2
                and w.lower() not in tools.stopwords)

    kept = [keep(w) for w in tokens]
    co: dict[tuple[str, str], int] = defaultdict(int)
    for i, w in enumerate(tokens):
        if kept[i]:
            for j in range(i + 1, min(i + TEXTRANK_SPAN, len(tokens))):
                if kept[j]:
                    co[(w, tokens[j])] += 1
    graph: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), weight in co.items():
        graph[a].append((b, weight))
        graph[b].append((a, weight))
    order = sorted(graph)  # jieba updates the nodes in this order
    index = {n: i for i, n in enumerate(order)}
    out_sum = [sum((e[1] for e in graph[n]), 0.0) for n in order]
    # each edge as (neighbour, weight / neighbour's out-sum): jieba's e[2] / outSum[e[1]]
    nbrs = [[index[m] for m, _ in graph[n]] for n in order]
    shares = [[w / out_sum[index[m]] for m, w in graph[n]] for n in order]
    ws = [1.0 / (len(order) or 1.0)] * len(order)
    d = TEXTRANK_DAMPING
    get = ws.__getitem__
    for _ in range(TEXTRANK_ITERATIONS):
        for i in range(len(order)):
            # the sum added left to right, as jieba's loop does (not sum(): from Python 3.12
            # on it compensates, which would change the weights)
            last = deque(accumulate(map(mul, shares[i], map(get, nbrs[i]))), maxlen=1)
            ws[i] = (1 - d) + d * (last[0] if last else 0)
    lo, hi = sys.float_info[0], sys.float_info[3]
    for w in ws:
        lo = min(lo, w)
        hi = max(hi, w)
    return [(n, (ws[index[n]] - lo / 10.0) / (hi - lo / 10.0)) for n in graph]


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
    tokens = list(tools.tokenizer.cut(text))  # once, for both methods
    out: list[Keyword] = []
    for method in settings.keyword_methods:
        scored = tfidf(tokens, tools) if method == "tfidf" else textrank(tokens, tools)
        ranked = sorted(
            ((w, round(float(x), 6)) for w, x in scored if _keep(w, tools.stopwords)),
            key=lambda wx: (-wx[1], wx[0]),
        )
        out.extend(
            Keyword(word=w, weight=x, method=method, rank=i)
            for i, (w, x) in enumerate(ranked[: settings.keywords_top_k], 1)
        )
    return tuple(out)
