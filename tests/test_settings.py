import pytest

from zhdoc.settings import Settings, SettingsError


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"keywords_top_k": 0}, "keywords_top_k=0: must be an integer from 1 to 200"),
        ({"keywords_top_k": True}, "keywords_top_k=True"),
        ({"batch_size": 0}, "batch_size=0"),
        ({"keyword_methods": ("bm25",)}, "keyword_methods=('bm25',): must be a tuple of tfidf, textrank"),
        ({"keyword_methods": "tfidf"}, "keyword_methods='tfidf'"),
        ({"pdf_time_limit_s": -1}, "pdf_time_limit_s=-1: must be a positive number"),
    ],
)
def test_bad_values_name_the_setting_and_what_is_allowed(kwargs, message):
    with pytest.raises(SettingsError) as e:
        Settings(**kwargs)
    assert message in str(e.value)


def test_round_trip_through_a_dict():
    s = Settings(keywords_top_k=7, keyword_methods=("tfidf",))
    assert Settings.from_dict(s.to_dict()) == s


def test_unknown_settings_are_refused():
    with pytest.raises(SettingsError, match="unknown setting"):
        Settings.from_dict({"top_k": 3})


def test_jieba_cache_dir_default_is_the_user_cache_folder_not_the_working_dir(tmp_path, monkeypatch):
    """Defect 10 of issue 11: the default was <cwd>/.cache/jieba."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Settings().resolved_jieba_cache_dir() == tmp_path / "xdg" / "zhdoc" / "jieba"
    assert Settings(jieba_cache_dir="/x").resolved_jieba_cache_dir().as_posix() == "/x"
