"""Article heads on newspaper pages (zhdoc.pdf.heads): the forms the composed 2025 pages showed
(typesetters/news_pages.py, evaluation section news_composed), on small built pages."""

from __future__ import annotations

from zhdoc.pdf.chars import Glyph
from zhdoc.pdf.heads import split_page
from zhdoc.pdf.lines import Line

BODY = 10.0
_seq = [0]


def run(text: str, x: float, top: float, size: float = BODY, gap: float = 0.0) -> Line:
    """A run drawn next in the content stream."""
    glyphs = []
    for i, t in enumerate(text):
        x0 = x + (size + gap) * i
        glyphs.append(Glyph(t, x0, x0 + size, top, top + size, size, False, _seq[0]))
        _seq[0] += 1
    return Line(glyphs)


def body(x: float, top: float, n: int = 6, text: str = "正文的内容写在这里，一行又一行。") -> list[Line]:
    return [run(text, x, top + 14 * k) for k in range(n)]


def article(x: float, top: float, title: str, byline: list[tuple[str, float, float]], *,
            subtitle: str | None = None, label: str | None = None) -> list[Line]:
    """Label, title, subtitle, byline pieces ``(text, x, top)`` and text, drawn in that order."""
    lines = [run(label, x, top - 30, size=9)] if label else []
    lines.append(run(title, x + 20, top, size=30))
    y = top + 34
    if subtitle:
        lines.append(run(subtitle, x, y, size=16))
        y += 20
    for text, bx, by in byline:
        lines.append(run(text, bx, by))
    return lines + body(x, y + 24)


def heads(lines: list[Line]) -> list[tuple[str, str]]:
    page = split_page(lines, [], BODY, 1400.0)
    return [(h.title, h.byline) for h in page.heads]


def test_a_byline_under_the_subtitle_heads_its_article() -> None:
    a = article(0, 100, "第一篇的标题", [("本报记者 张三 李四", 120, 188)],
                subtitle="——副题写在这里说明主题")
    b = article(0, 500, "第二篇的标题", [("王五", 60, 536)])
    assert heads(a + b) == [("第一篇的标题", "本报记者 张三 李四"), ("第二篇的标题", "王五")]


def test_a_byline_set_to_the_right_edge_beyond_the_title() -> None:
    a = article(0, 100, "短标题", [("本报记者", 160, 136), ("赵六", 210, 136)])
    b = article(0, 500, "第二篇的标题", [("王五", 60, 536)])
    assert heads(a + b)[0] == ("短标题", "本报记者 赵六")


def test_a_byline_opened_by_a_mark() -> None:
    a = article(0, 100, "缅怀先烈传承作风", [("□ 孔方斌", 60, 136)])
    b = article(0, 500, "第二篇的标题", [("王五", 60, 536)])
    assert heads(a + b)[0] == ("缅怀先烈传承作风", "□ 孔方斌")


def test_a_column_label_before_a_head_is_furniture_not_the_last_line_of_the_article_before() -> None:
    a = article(0, 100, "第一篇的标题", [("张三", 60, 136)])
    b = article(0, 500, "第二篇的标题", [("王五", 60, 536)], label="思想纵横")
    page = split_page(a + b, [], BODY, 1400.0)
    assert ("思想纵横", "label") in [(ln.text, kind) for ln, kind in page.furniture]
    assert all("思想纵横" not in ln.text for g in page.groups for ln in g)


def test_a_banner_over_the_page_no_head_claims_is_a_label_a_text_block_is_not() -> None:
    banner = [run("深入学习贯彻新思想·学习文选专家", 0, 40, size=9), run("谈", 0, 52, size=9)]
    stray = body(600, 1200, n=3)  # text no head claims, several lines: it stays text
    a = article(0, 100, "第一篇的标题", [("张三", 60, 136)])
    b = article(0, 500, "第二篇的标题", [("王五", 60, 536)])
    page = split_page(banner + a + b + stray, [], BODY, 1400.0)
    labels = [ln.text for ln, kind in page.furniture if kind == "label"]
    assert "谈" in labels and any(t.startswith("深入学习") for t in labels)
    assert len(page.rest) == 3


def test_an_unsigned_title_with_a_subtitle_in_type_near_the_bodys_heads_its_text() -> None:
    # 辽宁有序推进废弃矿山治理复绿 (title type) over 年底前将完成…总目标 (1.19 × the body): a subtitle,
    # and the text under it is the unsigned item's
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    b = [run("辽宁推进矿山治理复绿", 620, 100, size=26), run("年底前将完成三年治理总目标", 640, 132, size=11.9),
         *body(600, 160)]
    page = split_page(a + b, [], BODY, 1400.0)
    assert [(h.title, h.subtitle, h.byline) for h in page.heads] == [
        ("第一篇的标题", "", "王五"), ("辽宁推进矿山治理复绿", "年底前将完成三年治理总目标", "")]


def test_a_label_in_small_type_over_a_head_is_furniture_whatever_its_commas() -> None:
    # 坚定信心，打开改革发展新天地 in 9 pt over a 10 pt body, drawn just before the head it sits
    # over: the column's label, not the last line of the article before; in the body's type
    # the same words are text
    def page(size: float) -> list[Line]:
        a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
        label = run("坚定信心，打开改革发展新天地", 0, 470, size=size)
        return a + [label] + article(0, 500, "第二篇的标题", [("赵六", 60, 536)])
    small = split_page(page(9.0), [], BODY, 1400.0)
    assert [ln.text for ln, kind in small.furniture if kind == "label"] == ["坚定信心，打开改革发展新天地"]
    same = split_page(page(BODY), [], BODY, 1400.0)
    assert not [ln for ln, kind in same.furniture if kind == "label"]


def test_a_byline_drawn_next_at_a_wide_articles_right_edge_signs_its_short_title() -> None:
    # a short title centred over five columns, its byline the next line drawn, just under it at
    # the article's right edge (farther than six title sizes from the title): the title's byline
    a = [run("短的标题", 300, 100, size=20), run("王万章", 760, 128), *body(0, 160)]
    b = article(0, 500, "第二篇的标题", [("赵六", 60, 536)])
    assert heads(a + b) == [("短的标题", "王万章"), ("第二篇的标题", "赵六")]
    # drawn after the text instead, it is no byline of the title
    c = [run("短的标题", 300, 100, size=20), *body(0, 160), run("王万章", 760, 128)]
    assert heads(c + b)[0][1] != "王万章"


def test_a_small_type_label_over_the_first_head_is_furniture_not_an_article() -> None:
    # no article before it to hold it: the label over the page's first head is left to no
    # article, and in type smaller than the body it is a label whatever its commas
    label = run("坚定信心，打开改革发展新天地", 0, 70, size=9)
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    b = article(0, 500, "第二篇的标题", [("赵六", 60, 536)])
    page = split_page([label, *a, *b], [], BODY, 1400.0)
    assert [ln.text for ln, kind in page.furniture if kind == "label"] == ["坚定信心，打开改革发展新天地"]
    assert not page.rest


def test_a_kicker_just_larger_than_the_body_centred_over_its_title_is_its_kicker() -> None:
    # 11 pt over a 10 pt body, drawn right before the title and centred over it: the kicker;
    # the same line set flush left in its column (a column's last line) is not
    def page(x: float) -> list[Line]:
        kicker = run("清明之际各地开展纪念活动", x, 70, size=11)
        a = [kicker, run("追寻最闪亮的坐标", 100, 90, size=20), run("王五", 160, 118), *body(0, 150)]
        return a + article(0, 500, "第二篇的标题", [("赵六", 60, 536)])
    centred = split_page(page(114), [], BODY, 1400.0)
    assert [h.kicker for h in centred.heads] == ["清明之际各地开展纪念活动", ""]
    flush = split_page(page(0), [], BODY, 1400.0)
    assert [h.kicker for h in flush.heads] == ["", ""]


def test_an_unsigned_title_heads_its_text_under_a_photo_and_its_caption() -> None:
    # 新疆吐鲁番雅尔湖石窟首次开放: a photo right under the title, its caption (smaller type) under
    # the photo, then the item's text; without the photo the same text is too far under the title
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    photo = (600.0, 140.0, 760.0, 260.0)
    b = [run("新疆石窟首次开放", 620, 100, size=24), run("游客参观石窟。刘健摄", 600, 264, size=8),
         *body(600, 280)]
    page = split_page(a + b, [photo], BODY, 1400.0)
    assert [h.title for h in page.heads] == ["第一篇的标题", "新疆石窟首次开放"]
    assert [h.title for h in split_page(a + b, [], BODY, 1400.0).heads] == ["第一篇的标题"]


def test_an_authors_trailer_over_the_next_head_stays_with_its_article() -> None:
    # the article's last line, （作者为…教授）, drawn just before the next head and set over it:
    # a trailer, never the next head's label; nor is a trailer's end cut onto the next column
    # (究员）, the rest of a bracket opened on the line before it)
    for tail in (["（作者为某某大学经济学院教授）"], ["（作者为某某大学经济学院研", "究员）"]):
        a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
        lines = a + [run(t, 0, 440 + 14 * k) for k, t in enumerate(tail)]
        page = split_page(lines + article(0, 500, "第二篇的标题", [("赵六", 60, 536)]), [], BODY, 1400.0)
        assert not [ln.text for ln, kind in page.furniture if kind == "label"], tail
        assert [ln.text for ln in page.groups[0][-len(tail):]] == tail


def test_a_caption_close_over_the_text_under_its_photo_is_furniture_not_text() -> None:
    # a photo under a head, its caption row right under it in smaller type, the column's text a
    # line's gap under that: the caption is furniture, though text follows within reach; the
    # same row in the text's own size, ending on no credit, is the column's text under a logo
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    photo = (0.0, 600.0, 300.0, 760.0)
    for caption, size, is_caption in ((["市民在街区游览。", "本报记者", "高", "炳摄"], 9.0, True),
                                      (["翟腾飞在华山中学辅导学生。", "黄陈美摄（人民视觉）"], 10.0, True),
                                      (["街区的改造从去年开始，", "商户们"], 10.0, False)):
        rows = [run(t, 0 + 90 * k, 763, size=size) for k, t in enumerate(caption)]
        b = [run("第二篇的标题", 20, 500, size=30), run("赵六", 60, 536), *body(0, 560, 2),
             *rows, *body(0, 775, 4)]
        page = split_page(a + b, [photo], BODY, 1400.0)
        got = [ln.text for ln, kind in page.furniture if kind == "caption"]
        assert got == (caption if is_caption else []), caption
        text = "".join(ln.text for g in page.groups for ln in g)
        assert (caption[0] in text) is not is_caption


def test_a_captions_rows_and_its_spread_credit_are_one_piece_of_furniture() -> None:
    # rows run on (a wrapped caption), a sentence's end parts the next row by two spaces, a credit
    # spread over its row is parted by a space, one set apart at the row's end by two; another
    # image's caption on the same row is a piece of its own
    from zhdoc.pdf.heads import furniture_pieces

    rows = [run("当前，人们对环境的要求日益增长。图为专", 0, 600, size=8),
            run("职保洁人员在河道内巡查。", 0, 611, size=8),
            run("新华社记者", 100, 622, size=8), run("徐", 148, 622, size=8), run("昱摄", 164, 622, size=8)]
    cartoon = [run("消费升级", 300, 600, size=8), run("翟桂溪作（新华社发）", 420, 600, size=8)]
    header = run("7 理论", 0, 10)
    furniture = [(header, "header"), *((r, "caption") for r in rows + cartoon)]
    got = furniture_pieces(furniture, [rows, cartoon])
    assert [(t, k) for t, k, _ in got] == [
        ("7 理论", "header"),
        ("当前，人们对环境的要求日益增长。图为专职保洁人员在河道内巡查。  新华社记者 徐 昱摄", "caption"),
        ("消费升级  翟桂溪作（新华社发）", "caption")]
    assert got[1][2] == (0.0, 600.0, 180.0, 630.0)


def test_an_unsigned_title_in_display_type_smaller_than_the_signed_ones_heads_its_text() -> None:
    # a wire story's title at 1.9 times the body (19 pt), under signed titles of 30 pt: in display
    # type, its text right under it, it heads that text (it was read as a label over the text)
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    b = [run("国务院印发关于做好工作的意见", 600, 100, size=19), *body(600, 126)]
    page = split_page(a + b, [], BODY, 1400.0)
    assert [(h.title, h.byline) for h in page.heads] == [("第一篇的标题", "王五"), ("国务院印发关于做好工作的意见", "")]


def test_display_type_with_text_under_it_but_smaller_than_display_heads_nothing() -> None:
    # 16 pt over a 10 pt body (1.6 times): a kicker's or heading's size, no unsigned title's
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    b = [run("国务院印发关于做好工作的意见", 600, 100, size=16), *body(600, 122)]
    assert [h.title for h in split_page(a + b, [], BODY, 1400.0).heads] == ["第一篇的标题"]


def test_a_byline_set_just_smaller_than_the_subtitle_over_it_is_no_line_of_the_subtitle() -> None:
    # ——写在…之际 in 11 pt, then 本报记者 / 郑一 / 何二 in 10.5 pt (within 5 % of it): the byline
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    b = [run("把文化瑰宝保护好、", 620, 500, size=20), run("传承好、传播好", 660, 525, size=20),
         run("——写在文化遗产日之际", 620, 552, size=11), run("本报记者", 640, 570, size=10.5),
         run("郑一", 700, 570, size=10.5), run("何二", 740, 570, size=10.5), *body(600, 596)]
    page = split_page(a + b, [], BODY, 1400.0)
    assert [(h.title, h.subtitle, h.byline) for h in page.heads][1] == (
        "把文化瑰宝保护好、传承好、传播好", "——写在文化遗产日之际", "本报记者 郑一 何二")


def test_an_unsigned_title_heads_the_text_under_a_photo_set_to_its_left() -> None:
    # 贴近需求 贴心服务, centred over its article, a photo under it at the article's left edge and
    # the text under the photo's caption at that edge, beyond the title's own width
    a = article(0, 100, "第一篇的标题", [("王五", 60, 136)])
    photo = (500.0, 140.0, 800.0, 260.0)
    b = [run("贴近需求贴心服务", 880, 100, size=22), run("工作人员正在除雪保通。刘健摄", 500, 264, size=8),
         *body(500, 280)]
    page = split_page(a + b, [photo], BODY, 1400.0)
    assert [h.title for h in page.heads] == ["第一篇的标题", "贴近需求贴心服务"]


def test_a_byline_describing_its_author_before_the_name_heads_its_article() -> None:
    # (posts with 、 in them, longer than any names: a piece of the byline all the same)
    a = article(0, 100, "守护古籍延续文脉", [("全国政协委员、某省图书馆古籍部主任", 0, 136), ("林思远", 380, 136)])
    b = article(0, 500, "第二篇的标题", [("王五", 60, 536)])
    assert heads(a + b) == [("守护古籍延续文脉", "全国政协委员、某省图书馆古籍部主任 林思远"), ("第二篇的标题", "王五")]
