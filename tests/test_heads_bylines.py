"""Bylines in text dumps that name no person the usual way: a description of the author before
the name (全国政协委员、…馆长  陈红彦), a body signing as the author (中共…党组), a box before the
reporters' role (□ 新华社记者 …); and what stays a title (a title ending on a post)."""

from __future__ import annotations

from tests.dump_cases import BODY, NOTE, PAGE_TOP, articles as _articles, heads as _heads


def test_a_byline_describing_its_author_before_the_name_gives_the_name() -> None:
    # (the posts before the name: no kicker over a title, no author; the name, with the
    # institutions as affiliations, whether the description wraps or not)
    one = "守护古籍  延续文脉\n全国政协委员、某省图书馆古籍部主任  林思远\n" + NOTE + "\n" + BODY
    wrapped = "守护古籍  延续文脉\n全国政协委员、某省图书馆古\n籍部主任\n林思远" + NOTE + "\n" + BODY
    for dump in (one, wrapped):
        (a,) = _articles(dump)
        assert (a.title, a.kicker, a.authors) == ("守护古籍  延续文脉", None, ("林思远",))
        assert a.affiliations == ("全国政协、某省图书馆古籍部",)


def test_a_body_signing_as_the_author_over_the_date_note_is_the_author() -> None:
    (a,) = _articles("推进新时代林草事业高质量发展\n中共某某省林业局党组\n" + NOTE + "\n" + BODY)
    assert (a.title, a.kicker, a.authors) == ("推进新时代林草事业高质量发展", None, ("中共某某省林业局党组",))


def test_a_title_ending_on_a_post_over_the_date_note_alone_stays_the_title() -> None:
    (a,) = _articles("二十年如一日扎根乡村服务群众\n争做新时代好干部\n" + NOTE + "\n" + BODY)
    assert (a.kicker, a.title, a.authors) == ("二十年如一日扎根乡村服务群众", "争做新时代好干部", ())


def test_a_described_or_body_byline_in_a_page_dump_heads_its_article() -> None:
    # (a page's dump has no date note: the line itself says it is a byline)
    page = (PAGE_TOP + "守护古籍  延续文脉\n全国政协委员、某省图书馆古籍部主任  林思远\n" + BODY
            + "推进新时代林草事业高质量发展\n中共某某省林业局党组\n" + BODY)
    assert _heads(page) == [("守护古籍  延续文脉", ("林思远",)),
                            ("推进新时代林草事业高质量发展", ("中共某某省林业局党组",))]


def test_a_box_before_the_reporters_role_opens_a_byline() -> None:
    page = PAGE_TOP + "第一篇的标题写在这里\n□ 新华社记者  王  明  李思远\n" + BODY
    assert _heads(page) == [("第一篇的标题写在这里", ("王明", "李思远"))]


def test_another_outlets_reporters_role_opens_a_byline() -> None:
    page = PAGE_TOP + "第一篇的标题写在这里\n健康时报记者  王  明  李思远\n" + BODY
    assert _heads(page) == [("第一篇的标题写在这里", ("王明", "李思远"))]


def test_a_padded_name_ending_on_wen_keeps_it() -> None:
    # (文 alone credits the text, 李明 文; after a single character it ends a padded name)
    page = PAGE_TOP + "第一篇的标题写在这里\n本报记者  张  文\n" + BODY
    assert _heads(page) == [("第一篇的标题写在这里", ("张文",))]


def test_a_documents_date_in_chinese_numerals_under_its_title_is_no_part_of_it() -> None:
    (a,) = _articles("某某办公厅关于做好某项工作的意见\n（二〇二四年八月三十日）\n" + NOTE + "\n" + BODY)
    assert a.title == "某某办公厅关于做好某项工作的意见"
