"""Words: jieba's tokenizer with the project dictionary, loaded once per process and cache
folder, and what the reading steps ask of it.

The keyword step (:mod:`zhdoc.extract.keywords`) cuts articles with it; the dump reader asks
whether a head line ends inside a word (:func:`ends_inside_word`: a line cut inside a word was
wrapped by the typesetter, 诚信是商家挺立潮 / 头的最好“船票”; a kicker set over its title ends on a
whole word) and whether a line that looks like a name is a word of the dictionary instead
(:func:`common_word`: 方向 left alone by a wrapped heading signs nothing). All use one
tokenizer, :func:`tokenizer`, on the prefix dictionary of :mod:`zhdoc.lexicon.dictionary` (built
and cached faster than jieba does) and the project user dictionary ``zhdoc/data/userdict.txt``.
Nothing happens at import time.

>>> ends_inside_word("持续深化整治形", "式主义为基层减负"), ends_inside_word("促进高校毕业生", "高质量充分就业")
(True, False)
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhdoc.lexicon.dictionary import prefix_dict
from zhdoc.settings import Settings

USERDICT = Path(__file__).resolve().parents[1] / "data" / "userdict.txt"
#: how much of each line :func:`ends_inside_word` cuts (a word across a line end is shorter)
_SPAN = 6


def import_jieba() -> Any:
    """``import jieba``, without importing ``pkg_resources`` for it.

    jieba's ``_compat`` imports ``pkg_resources`` (deprecated; ~75 ms, most of jieba's import)
    only to open jieba's own data files, and opens them by path when the import fails. Unless
    something imported ``pkg_resources`` already, it is hidden for that one import (a ``None``
    in ``sys.modules`` makes an import of it raise ImportError), then unhidden; only in a
    process with one thread (the workers' fork server), where no other import can meet it.
    """
    if "jieba" in sys.modules:
        import jieba  # waits for another thread still importing it (not sys.modules' half-made module)

        return jieba
    hide = "pkg_resources" not in sys.modules and threading.active_count() == 1
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if hide and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba



def writable(cache_dir: str) -> bool:
    """Whether the cache folder exists (it is made) and can be written to."""
    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        return os.access(cache_dir, os.W_OK)
    except OSError:
        return False


def dictionary_file(tokenizer: Any) -> Path:
    """The path of the jieba dictionary ``tokenizer`` is built on."""
    with tokenizer.get_dict_file() as f:
        return Path(f.name)


@lru_cache(maxsize=4)
def tokenizer(cache_dir: str) -> tuple[Any, dict[str, str]]:
    """(jieba's tokenizer with the prefix dictionary and the project dictionary, the project
    dictionary's words with their tags), built once per process and cache folder; the prefix
    dictionary is cached in ``cache_dir`` where it can be written."""
    jieba = import_jieba()

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    dict_file = dictionary_file(tok)
    tok.FREQ, tok.total = prefix_dict(dict_file, Path(cache_dir) if writable(cache_dir) else None)
    tok.initialized = True
    return tok, _load_userdict(tok, USERDICT)


def default_tools() -> tuple[Any, dict[str, str]]:
    """:func:`tokenizer` of the default settings' cache folder (the reading steps have no
    settings; the keyword step's is the same one unless a run names another folder)."""
    return tokenizer(str(Settings().resolved_jieba_cache_dir()))


def default_tokenizer() -> Any:
    """The tokenizer of :func:`default_tools`."""
    return default_tools()[0]


@lru_cache(maxsize=4096)
def _word_at_end(a: str, b: str) -> tuple[str, int]:
    """The word of ``a`` run into ``b`` that reaches the end of ``a``, and how far past that end
    it runs (0: it ends there), as jieba's dictionary route cuts the last characters of ``a``
    and the first of ``b`` (no HMM guesses for words it does not know, so the same text cuts the
    same way everywhere). Cached: the head readers ask of one pair of lines several times."""
    left = a[-_SPAN:]
    pos = 0
    for word in default_tokenizer().cut(left + b[:_SPAN], HMM=False):
        pos += len(word)
        if pos >= len(left):
            return word, pos - len(left)
    return "", 0


def _han_pair(a: str, b: str) -> bool:
    """Whether ``a`` ends and ``b`` starts on a Han character (a mark or a space ends a word)."""
    return bool(a and b and "\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff")


def ends_inside_word(a: str, b: str) -> bool:
    """Whether text ``a`` followed by ``b`` has a word across their boundary (Han characters on
    both sides), as ``_word_at_end`` cuts them."""
    return _han_pair(a, b) and _word_at_end(a, b)[1] > 0


#: degree adverbs, words that need the word they grade after them (城市更 / 文明): a line
#: ending on one, cut as a word of its own, goes on in the next (not 最: jieba cuts 之最 in two)
DEGREE_ADVERBS = frozenset("更很太越较")


def ends_on_degree(a: str, b: str) -> bool:
    """Whether text ``a`` followed by ``b`` stops on a degree adverb that grades what ``b``
    starts with (设施更“懂人” 城市更 / 文明): the adverb a word of its own as jieba cuts the two
    run together (``_word_at_end``), not the end of a word (变更, 超越, 之最).

    >>> ends_on_degree("城市更", "文明"), ends_on_degree("企业名称变更", "王明"), ends_on_degree("从首个到之最", "李华")
    (True, False, False)
    """
    return _han_pair(a, b) and a[-1] in DEGREE_ADVERBS and _word_at_end(a, b) == (a[-1], 0)


@lru_cache(maxsize=4096)
def common_word(text: str) -> bool:
    """Whether ``text`` is one word of the dictionary (jieba's with the project's) that is not a
    person's name: a line holding only 方向 or 简评 is the end of a wrapped line, not a byline,
    though its first character is a surname. jieba's dictionary tags the names it holds (nr,
    nrfg, nrt: 高峰, 李志民) and holds few names (of the 70 authors of the development
    material, one); a name it does not hold is no word of it (吴汉东, 常钦). Cached, as
    :func:`ends_inside_word` is.

    >>> common_word("方向"), common_word("简评"), common_word("吴汉东"), common_word("高峰")
    (True, True, False, False)
    """
    if not text or text != text.strip() or " " in text:
        return False
    tok, tags = default_tools()
    if not tok.FREQ.get(text):
        return False
    tag = tags.get(text)
    return not tag.startswith("nr") if tag is not None else text not in _dictionary_names()


@lru_cache(maxsize=4096)
def all_words(text: str) -> bool:
    """Whether ``text`` is wholly common words of two or more characters (``common_word``), as
    jieba's dictionary route cuts it: a title's first line (宁夏规范驻外: 宁夏 / 规范 / 驻外), never
    names run together (龚红果曾国安: 龚 / 红果 / 曾 / 国安), whose characters a word rarely
    covers all of.

    >>> all_words("宁夏规范驻外"), all_words("龚红果曾国安"), all_words("任务的关系")
    (True, False, False)
    """
    words = list(default_tokenizer().cut(text, HMM=False)) if text else []
    return bool(words) and all(len(w) >= 2 and common_word(w) for w in words)


@lru_cache(maxsize=1)
def _dictionary_names() -> frozenset[str]:
    """The words jieba's own dictionary tags as a person's name (~80,000; read once, ~0.1 s)."""
    text = dictionary_file(default_tokenizer()).read_text(encoding="utf-8")
    return frozenset(re.findall(r"^(\S+) \d+ nr\w*$", text, re.M))


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


