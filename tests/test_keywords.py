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
    import jieba

    tools = jieba_tools(settings.jieba_cache_dir)
    assert tools.tokenizer is not jieba.dt
    assert tools.tfidf.tokenizer is tools.tokenizer
    assert tools.textrank.postokenizer._pos is tools.postokenizer
    assert logging.getLogger("jieba").getEffectiveLevel() >= logging.WARNING
    extract_keywords(TEXT, settings)
    assert not jieba.dt.initialized  # the global tokenizer is never loaded


def test_tokenizer_is_built_once_per_cache_dir(settings):
    assert jieba_tools(settings.jieba_cache_dir) is jieba_tools(settings.jieba_cache_dir)


USERDICT_WORDS = ["一带一路", "高质量发展", "人民币国际化", "劳动生产率"]


@pytest.mark.parametrize("word", USERDICT_WORDS)
def test_userdict_words_stay_whole_in_segmentation(settings, word):
    tools = jieba_tools(settings.jieba_cache_dir)
    assert word in tools.tokenizer.lcut(f"推进{word}建设")
    assert tools.postokenizer.word_tag_tab[word] == "n"  # tagged: TextRank keeps it


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
