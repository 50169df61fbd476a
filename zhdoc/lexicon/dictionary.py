"""jieba's prefix dictionary (``Tokenizer.FREQ`` and ``Tokenizer.total``), built and cached
faster than jieba does.

jieba reads its dictionary line by line (``Tokenizer.gen_pfdict``, ~0.5 s) and caches the
result with marshal, which takes ~0.45 s to load back (a dict of 500,000 entries). Here the
file is read whole and split; every word's prefixes go in at 0 (words sliced by length, not a
loop per word), then the words with their frequencies, so a word's own frequency wins over a
prefix's 0 and a repeated word's last one wins, as in jieba: ~0.3 s. The cache holds the keys
as one string and the values as the bytes of an ``array('q')``: loaded in ~0.1 s. A file not
made of ``word freq tag`` lines is left to jieba's own reader. Same dict, same total: a test
holds it to ``gen_pfdict``.
"""

from __future__ import annotations

import marshal
import os
import threading
from array import array
from bisect import bisect_left
from itertools import chain, repeat
from operator import getitem
from pathlib import Path

#: the cache file's name in the jieba cache folder
CACHE_FILE = "zhdoc-jieba-dict.cache"
#: the cache's format (part of its stamp: a cache of another format is rebuilt)
CACHE_FORMAT = 1


def prefix_dict(dict_file: Path, cache_dir: Path | None) -> tuple[dict[str, int], int]:
    """(FREQ, total) of jieba's dictionary file, through a cache in ``cache_dir`` (None: no
    cache, a read-only folder)."""
    stamp = [CACHE_FORMAT, str(dict_file), os.path.getmtime(dict_file), os.path.getsize(dict_file)]
    cache = cache_dir / CACHE_FILE if cache_dir is not None else None
    if cache is not None and (got := _read(cache, stamp)) is not None:
        return got
    with open(dict_file, "rb") as f:
        data = f.read()
    built = _build(data.decode("utf-8"))
    if built is None:  # not plain "word freq tag" lines: jieba's own reader
        import jieba

        with open(dict_file, "rb") as f:
            built = jieba.Tokenizer.gen_pfdict(f)
    if cache is not None:
        _write(cache, stamp, *built)
    return built


def _build(text: str) -> tuple[dict[str, int], int] | None:
    """(FREQ, total) of a dictionary whose every line is ``word freq tag``, else None."""
    lines = text.count("\n") + (not text.endswith("\n"))
    fields = text.split()
    # three fields a line, parted by single spaces: nothing else (no tab, no CR, no blank line)
    if not text or len(fields) != 3 * lines or text.count(" ") != 2 * lines:
        return None
    words = fields[0::3]
    freqs = list(map(int, fields[1::3]))
    by_length = sorted(words, key=len, reverse=True)
    shorter = [-len(w) for w in by_length]  # ascending
    # the prefixes of length k of the words longer than k, for every k, at 0
    prefixes = chain.from_iterable(
        map(getitem, by_length[:bisect_left(shorter, -k)], repeat(slice(0, k)))
        for k in range(1, -shorter[0]))
    freq = dict.fromkeys(prefixes, 0)
    freq.update(zip(words, freqs))
    return freq, sum(freqs)


def _read(cache: Path, stamp: list[object]) -> tuple[dict[str, int], int] | None:
    try:
        with open(cache, "rb") as f:
            if marshal.load(f) != stamp:
                return None
            keys, values, total = marshal.load(f)
        freqs = array("q")
        freqs.frombytes(values)
        freq = dict(zip(keys.split("\n"), freqs))
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return (freq, total) if len(freq) == len(freqs) else None


def _write(cache: Path, stamp: list[object], freq: dict[str, int], total: int) -> None:
    write_cache(cache, stamp, ["\n".join(freq), array("q", freq.values()).tobytes(), total])


def write_cache(cache: Path, stamp: object, payload: object) -> None:
    """Write a marshal cache whole or not at all: ``stamp`` first, alone (read without the
    tables to tell whether they are current), then ``payload``; a temporary file of this
    process and thread renamed over ``cache``; a cache that cannot be written is skipped."""
    tmp = cache.with_name(f".{cache.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as f:
            marshal.dump(stamp, f)
            marshal.dump(payload, f)
        os.replace(tmp, cache)
    except OSError:
        try:
            os.remove(tmp)
        except OSError:
            pass
