"""Keywords per article: jieba's TF-IDF and TextRank, wrapped.

jieba is used through its own ``jieba.Tokenizer`` instance, never the global one: the
dictionary cache goes to ``Settings.resolved_jieba_cache_dir()``, jieba's logger is quieted,
nothing happens at import time, and the tokenizer is loaded once per process and cache dir
(:func:`jieba_tools`). The project user dictionary ``zhdoc/data/userdict.txt`` keeps domain
terms whole (``一带一路``, ``高质量发展``, ``人民币国际化``, ``劳动生产率`` …); every entry has a
part-of-speech tag, because TextRank keeps only ``ns n vn v`` words. ``zhdoc/data/stopwords.txt``
drops function words and report boilerplate (``进一步``, ``加强``, ``一是``) in both methods.

Output is deterministic: weights rounded to 6 decimals, ties broken by the word.
"""

from __future__ import annotations

import logging
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
#: parts of speech TextRank keeps (jieba's default)
TEXTRANK_POS = ("ns", "n", "vn", "v")


@dataclass(frozen=True)
class JiebaTools:
    """One process's jieba objects, built on one tokenizer with the project dictionary."""

    tokenizer: Any  # jieba.Tokenizer
    postokenizer: Any  # jieba.posseg.POSTokenizer
    tfidf: Any  # jieba.analyse.TFIDF
    textrank: Any  # jieba.analyse.TextRank
    stopwords: frozenset[str]


def load_stopwords(path: Path = STOPWORDS) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=4)
def jieba_tools(cache_dir: str) -> JiebaTools:
    """Build (once per process and cache dir) jieba's tokenizer and extractors."""
    import jieba
    import jieba.analyse
    import jieba.posseg
    from jieba.analyse.tfidf import DEFAULT_IDF

    logging.getLogger("jieba").setLevel(logging.WARNING)
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = cache_dir
    tokenizer.cache_file = CACHE_FILE
    tokenizer.initialize()
    tags = _load_userdict(tokenizer, USERDICT)
    postokenizer = jieba.posseg.POSTokenizer(tokenizer)
    postokenizer.word_tag_tab.update(tags)
    stopwords = load_stopwords()

    tfidf = jieba.analyse.TFIDF(DEFAULT_IDF)
    tfidf.tokenizer, tfidf.postokenizer = tokenizer, postokenizer
    textrank = jieba.analyse.TextRank()
    textrank.tokenizer = textrank.postokenizer = _DictOnlyPOS(postokenizer)
    for extractor in (tfidf, textrank):
        extractor.stop_words = set(extractor.stop_words) | stopwords
    return JiebaTools(tokenizer, postokenizer, tfidf, textrank, stopwords)


class _DictOnlyPOS:
    """POS tagging without jieba's HMM, for TextRank: 4–5× faster (measured: 0.22 s against
    1.0 s for 39k characters). The HMM only guesses words missing from the dictionary;
    TextRank would drop most of them anyway (it keeps 2+ character n/ns/vn/v words), the
    project dictionary holds the domain terms, and TF-IDF keeps the HMM."""

    def __init__(self, postokenizer: Any) -> None:
        self._pos = postokenizer

    def cut(self, sentence: str) -> Any:
        return self._pos.cut(sentence, HMM=False)


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
    out: list[Keyword] = []
    for method in settings.keyword_methods:
        if method == "tfidf":
            scored = tools.tfidf.extract_tags(text, topK=None, withWeight=True)
        else:
            scored = tools.textrank.textrank(
                text, topK=None, withWeight=True, allowPOS=TEXTRANK_POS
            )
        ranked = sorted(
            ((w, round(float(x), 6)) for w, x in scored if _keep(w, tools.stopwords)),
            key=lambda wx: (-wx[1], wx[0]),
        )
        out.extend(
            Keyword(word=w, weight=x, method=method, rank=i)
            for i, (w, x) in enumerate(ranked[: settings.keywords_top_k], 1)
        )
    return tuple(out)
