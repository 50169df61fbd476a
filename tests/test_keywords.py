"""zhdoc.extract.keywords: wrapped jieba, user dictionary, stopwords, top-k, determinism, cache dir."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from zhdoc.extract.keywords import CACHE_FILE, extract_keywords, jieba_tools, load_stopwords
from zhdoc.settings import Settings

TEXT = (
    "共建“一带一路”需强化金融支持。金融是现代经济的核心，强化共建“一带一路”的金融支持，"
    "有助于发展更高层次开放型经济。我国制造业劳动生产率持续增长，推动制造业高质量发展。"
    "需要加快推进人民币国际化，加强人民币跨境业务创新。进一步完善金融配套服务体系。"
)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("jieba")


@pytest.fixture(scope="session")
def settings(cache_dir: Path) -> Settings:
    """Settings with a per-session cache dir; the tokenizer loads once for the session."""
    s = Settings(jieba_cache_dir=str(cache_dir), keywords_top_k=20)
    jieba_tools(str(s.resolved_jieba_cache_dir()))
    return s


def words(kws, method: str) -> list[str]:
    return [k.word for k in kws if k.method == method]


def test_cache_file_lands_in_the_configured_dir(settings, cache_dir):
    assert (cache_dir / CACHE_FILE).is_file()


def test_own_tokenizer_not_the_global_one_and_quiet_logger(settings):
    import sys

    import jieba

    tools = jieba_tools(settings.jieba_cache_dir)
    assert tools.tokenizer is not jieba.dt
    assert logging.getLogger("jieba").getEffectiveLevel() >= logging.WARNING
    extract_keywords(TEXT, settings)
    assert not jieba.dt.initialized  # the global tokenizer is never loaded
    # jieba.analyse and jieba.posseg load their tables again at import: never imported
    assert "jieba.analyse" not in sys.modules and "jieba.posseg" not in sys.modules


def test_each_text_is_cut_once(settings, monkeypatch):
    from zhdoc.extract.keywords_cut import Cutter

    calls = []
    real = Cutter.__call__
    monkeypatch.setattr(Cutter, "__call__", lambda self, text: calls.append(1) or real(self, text))
    assert {k.method for k in extract_keywords(TEXT, settings)} == {"tfidf", "textrank"}
    assert len(calls) == 1


def test_same_weights_as_jiebas_own_extractors(settings):
    """TF-IDF is jieba's extract_tags; TextRank is jieba's textrank over the same tokens
    (run in a child process: importing jieba.analyse loads its tables again)."""
    import json
    import subprocess
    import sys

    from zhdoc.extract.keywords import textrank, tfidf

    tools = jieba_tools(settings.jieba_cache_dir)
    tokens = list(tools.tokenizer.cut(TEXT))
    ours = {"tfidf": dict(tfidf(tokens, tools)), "textrank": dict(textrank(tokens, tools))}
    code = (
        "import json, sys, jieba.analyse as A, jieba.posseg as P\n"
        "from collections import namedtuple\n"
        f"from zhdoc.extract.keywords import jieba_tools\n"
        f"t = jieba_tools({settings.jieba_cache_dir!r}); tokens = json.load(sys.stdin)\n"
        "class Cut:\n"
        "    def __init__(self, pairs): self.pairs = pairs\n"
        "    def cut(self, *_a, **_k): return iter(self.pairs)\n"
        "tf = A.TFIDF(); tf.tokenizer = Cut(tokens); tf.stop_words = set(t.stopwords)\n"
        "tr = A.TextRank(); tr.stop_words = set(t.stopwords)\n"
        "tr.tokenizer = Cut([P.pair(w, 'n' if w in t.nouns_verbs else 'x') for w in tokens])\n"
        "print(json.dumps({'tfidf': dict(tf.extract_tags('', topK=None, withWeight=True)),\n"
        "  'textrank': dict(tr.textrank('', topK=None, withWeight=True, allowPOS=('n',)))}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(tokens),
                          capture_output=True, text=True, check=True)
    theirs = json.loads(proc.stdout)
    for method in ("tfidf", "textrank"):
        assert ours[method].keys() == theirs[method].keys(), method
        assert all(ours[method][w] == pytest.approx(theirs[method][w], rel=1e-12)
                   for w in ours[method]), method


def test_tokenizer_is_built_once_per_cache_dir(settings):
    assert jieba_tools(settings.jieba_cache_dir) is jieba_tools(settings.jieba_cache_dir)


USERDICT_WORDS = ["一带一路", "高质量发展", "人民币国际化", "劳动生产率"]


@pytest.mark.parametrize("word", USERDICT_WORDS)
def test_userdict_words_stay_whole_in_segmentation(settings, word):
    tools = jieba_tools(settings.jieba_cache_dir)
    assert word in tools.tokenizer.lcut(f"推进{word}建设")
    assert word in tools.nouns_verbs  # tagged n: TextRank keeps it


@pytest.mark.parametrize("method", ["tfidf", "textrank"])
@pytest.mark.parametrize("word", USERDICT_WORDS)
def test_userdict_words_stay_whole_in_both_methods(settings, method, word):
    kws = extract_keywords(TEXT + f"推进{word}，落实{word}。", settings)
    got = words(kws, method)
    assert word in got
    assert not any(w != word and w in word and len(w) >= 2 for w in got[:3])


@pytest.mark.parametrize("k", [1, 3, 7])
def test_top_k_and_ranks(settings, k):
    kws = extract_keywords(TEXT, Settings(jieba_cache_dir=settings.jieba_cache_dir,
                                          keywords_top_k=k))
    for method in ("tfidf", "textrank"):
        ranks = [x.rank for x in kws if x.method == method]
        assert ranks == list(range(1, k + 1))


@pytest.mark.parametrize("methods", [("tfidf",), ("textrank",), ("tfidf", "textrank")])
def test_methods_from_settings(settings, methods):
    s = Settings(jieba_cache_dir=settings.jieba_cache_dir, keyword_methods=methods)
    assert sorted({k.method for k in extract_keywords(TEXT, s)}) == sorted(methods)


def test_deterministic_and_ties_sorted_by_word(settings):
    first = extract_keywords(TEXT, settings)
    assert first == extract_keywords(TEXT, settings)
    for method in ("tfidf", "textrank"):
        got = [(-k.weight, k.word) for k in first if k.method == method]
        assert got == sorted(got)


def test_stopwords_and_non_words_are_dropped(settings):
    stop = load_stopwords()
    assert {"进一步", "加强", "一是"} <= stop
    kws = extract_keywords(TEXT + "2018年增长5.85倍。", settings)
    assert not {k.word for k in kws} & stop
    assert all(len(k.word) >= 2 and not k.word.isdigit() for k in kws)


@pytest.mark.parametrize("text", ["", "   \n", "。，"])
def test_empty_text_gives_no_keywords(settings, text):
    assert extract_keywords(text, settings) == ()


def test_top_is_the_full_sort_of_kept_words_cut_at_k():
    """``top`` tests and rounds only the words near the top: the same list as rounding every
    kept word and sorting them all, ties at 6 decimals included."""
    from hypothesis import given, settings as hsettings, strategies as st

    from zhdoc.extract.keywords import _keep, top

    stop = frozenset({"我们", "加强"})
    words = st.sampled_from(["金融", "改革", "发展", "我们", "加强", "a", "ab", "经济", "中", "数字化",
                             "创新", "开放", "x1", "民生", "就业"])
    base = st.sampled_from([0.1, 0.3, 1.0, 0.12345649, 0.1234565, 0.12345651, 0.9999995])
    weights = st.builds(lambda b, e: b + e, base, st.sampled_from([0.0, 1e-7, -1e-7, 4e-7, 6e-7, 1e-6]))

    @hsettings(max_examples=300, deadline=None)
    @given(st.dictionaries(words, weights), st.integers(0, 8))
    def check(scored, k):
        full = sorted(((w, round(x, 6)) for w, x in scored.items() if _keep(w, stop)),
                      key=lambda wx: (-wx[1], wx[0]))[:k]
        assert top(list(scored.items()), k, stop) == full

    check()


def test_tables_read_whole_are_the_tables_read_line_by_line(tmp_path):
    """``_tables`` reads jieba's files whole (a regex, a split) and caches them as strings and
    an array: the same tables as reading them line by line, built or loaded from the cache."""
    import jieba

    from zhdoc.extract.keywords import TEXTRANK_POS, _tables

    dict_file = Path(jieba.__file__).parent / "dict.txt"
    idf_file = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    kept = set()
    for line in dict_file.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split(" ")
        if len(parts) == 3 and parts[2] in TEXTRANK_POS:
            kept.add(parts[0])
    idf = {}
    for line in idf_file.read_text(encoding="utf-8").splitlines():
        word, value = line.strip().split(" ")
        idf[word] = float(value)
    median = sorted(idf.values())[len(idf) // 2]
    for _ in ("built", "cached"):
        got_kept, got_idf, got_median = _tables(tmp_path, dict_file)
        assert got_kept == kept and got_idf == idf and got_median == median
        assert list(got_idf) == list(idf)


def _in_a_new_process(code: str) -> None:
    """Run ``code`` in a fresh interpreter (no module imported yet); its asserts must hold."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code], check=True)


def test_jieba_is_imported_without_pkg_resources_which_stays_importable():
    # (setuptools 81 and later no longer hold pkg_resources, nor do Python 3.12's new venvs:
    # where it is not installed, nothing may stand in its place either)
    code = ("import importlib.util, sys\ninstalled = importlib.util.find_spec('pkg_resources') is not None\n"
            "from zhdoc.extract.keywords import import_jieba, jieba_tools\n"
            "import_jieba()\nassert 'pkg_resources' not in sys.modules\n"
            "import tempfile\nassert jieba_tools(tempfile.mkdtemp()).tokenizer.lcut('金融支持')\n"
            "if installed:\n    import pkg_resources\n"
            "else:\n    assert importlib.util.find_spec('pkg_resources') is None\n")
    _in_a_new_process(code)


def test_prepared_tables_are_the_tables_a_worker_loads(tmp_path):
    """``prepare_tables`` (the run's process, while the fork server starts) writes the cache
    that ``jieba_tools`` then loads; a second call finds it and leaves it as it is. It does
    not import jieba (the run's process never cuts a text)."""
    code = ("import sys\nfrom zhdoc.extract.keywords import prepare_tables\n"
            f"prepare_tables({str(tmp_path / 'other')!r})\nassert 'jieba' not in sys.modules\n")
    _in_a_new_process(code)
    from zhdoc.extract.keywords import TABLES_CACHE_FILE, prepare_tables

    assert (tmp_path / "other" / TABLES_CACHE_FILE).is_file()

    folder = tmp_path / "jieba"
    prepare_tables(str(folder))
    cache = folder / TABLES_CACHE_FILE
    assert cache.is_file()
    written = cache.stat().st_mtime_ns
    prepare_tables(str(folder))
    assert cache.stat().st_mtime_ns == written
    tools = jieba_tools(str(folder))
    assert "金融" in tools.nouns_verbs and tools.idf["金融"] > 0
    assert cache.stat().st_mtime_ns == written  # loaded as it was: the same stamp, not rebuilt


def test_import_jieba_waits_for_another_thread_still_importing_it():
    """The run's tables thread imports jieba while a pool in the same process may load the
    tools: import_jieba returned sys.modules' half-made module (no ``Tokenizer`` yet), a flaky
    test_pool failure."""
    code = ("import sys, threading\nfrom zhdoc.extract.keywords import import_jieba\n"
            "threading.Thread(target=import_jieba).start()\n"
            "while 'jieba' not in sys.modules: pass\n"
            "assert hasattr(import_jieba(), 'Tokenizer')\n")
    _in_a_new_process(code)


def test_prefix_dictionary_is_jiebas_built_or_cached(tmp_path):
    """zhdoc.lexicon.dictionary builds jieba's prefix dictionary its own way and caches it in its own
    form: the same dict (words, prefixes at 0) and total as ``Tokenizer.gen_pfdict``."""
    import jieba

    from zhdoc.lexicon.dictionary import CACHE_FILE as DICT_CACHE, _build, prefix_dict

    dict_file = Path(jieba.__file__).parent / "dict.txt"
    with open(dict_file, "rb") as f:
        theirs = jieba.Tokenizer.gen_pfdict(f)
    for _ in ("built", "cached"):
        assert prefix_dict(dict_file, tmp_path) == theirs
    assert (tmp_path / DICT_CACHE).is_file()
    assert prefix_dict(dict_file, None) == theirs
    # a repeated word: its last frequency, both counted in the total; a word that is also a
    # prefix keeps its frequency whatever the order; other layouts are left to jieba
    assert _build("一带一路 5 n\n一带 3 n\n一带 4 n\n") == (
        {"一": 0, "一带": 4, "一带一": 0, "一带一路": 5}, 12)
    assert _build("一带 3\n") is None and _build("一带  3 n\n") is None and _build("") is None
