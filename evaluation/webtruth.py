"""The truth of the website articles of ``rmrb/``: each JSON article parsed into its title,
kicker, subtitle, series label, byline, authors and body (``parse_article``), a composite item
cut into its signed pieces (``pieces``), the reporters a text credits when the ``author`` field
is empty (``credited``), and the paragraphs that end no sentence (``not_prose``).
``evaluation.webcopy`` composes dumps from these and scores a reading against them.

>>> parse_authors("顾仲阳  董丝雨  常  钦"), parse_authors("窦  皓  孙  超  范昊天"), parse_authors("")
(('顾仲阳', '董丝雨', '常钦'), ('窦皓', '孙超', '范昊天'), ())
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: a photo or chart credit: …摄, …摄（人民视觉）, …摄影报道, …供图, …绘, 制图：…, 数据来源：…
#: a staff credit the website gives as a paragraph (版式设计：张芳曼): page furniture (issue 9)
RE_STAFF = re.compile(r"^(?:本版)?(?:责编|责任编辑|版式设计|美术编辑|图片编辑)[：:]")
RE_CREDIT = re.compile(r"(?:摄|摄影报道|供图|绘)(?:（[^）]*）)?$|^(?:制图|数据来源)：")
#: how many leading body paragraphs are looked at for pictures, and how long a caption may be
PICTURE_SCAN, CAPTION_MAX = 8, 160
RE_BOLD = re.compile(r"^\*\*(.+)\*\*$")
#: a website paragraph that ends no sentence (no 。！？ in it, its last character no closing mark
#: nor a colon): not prose but a heading the website printed without bold (依托绿水青山 / 发展生态
#: 康养, （一）坚持绿色低碳发展方向，…, 降费用——), a box's label (核心阅读) or a credit (本期统筹：…)
RE_PLAIN_END = re.compile(r"[。！？…”’）」』：:!?)]$")
RE_STOP = re.compile(r"[。！？!?]")


@dataclass(frozen=True)
class WebArticle:
    title: str
    kicker: str | None
    subtitle: str | None
    series: str | None  # the series label line (系列：…), as published
    byline: str  # the byline as published: names (after 本报记者) and the date note
    authors: tuple[str, ...]
    #: the body in order: ("heading" | "paragraph" | "picture", text)
    body: tuple[tuple[str, str], ...]

    #: a label laid out before the article and not part of it: the head of a composite item
    #: that has no text of its own (a column name such as 纵横, and its date note)
    label: str | None = None
    #: a piece of a composite item: its head (kicker, title, byline) is laid out as the
    #: website gives it, as paragraphs of the item's text
    inline: bool = False
    #: a piece's column label, laid out over its title where a kicker would be (我与一座城)
    column: str | None = None

    @property
    def heading_lines(self) -> list[tuple[str, ...]]:
        """The bold headings, each as its bold lines: bold lines that follow each other
        directly are one heading printed on two lines (``一个子弹盒`` / ``记录烽火岁月``,
        ``江苏苏州——`` / ``“…”``) or two headings with no text between them (``二、…`` /
        ``（一）…``)."""
        out: list[tuple[str, ...]] = []
        prev = None
        for k, t in self.body:
            if k == "heading" and prev == "heading":
                out[-1] += (t,)
            elif k == "heading":
                out.append((t,))
            prev = k
        return out

    @property
    def headings(self) -> list[str]:
        """The bold headings, the lines of one joined by two spaces."""
        return ["  ".join(h) for h in self.heading_lines]

    @property
    def title_parts(self) -> list[str]:
        return [p for p in (self.kicker, self.title, self.subtitle) if p]


def not_prose(text: str) -> bool:
    """Whether a website paragraph ends no sentence (``RE_PLAIN_END``): a plain heading, a
    label or a credit, where a reader's paragraph start is neither expected nor an error.

    >>> not_prose("依托绿水青山"), not_prose("降费用——"), not_prose("核心阅读"), not_prose("他说：")
    (True, True, True, False)
    >>> not_prose("文旅市场呈现勃勃生机。"), not_prose("“这是真的。”"), not_prose("第一句。第二句没有句号")
    (False, False, False)
    """
    t = text.strip()
    return bool(t) and not RE_PLAIN_END.search(t) and not RE_STOP.search(t)


#: what an ``author`` field holds beside the names (from 2025-01-22 on, none in the shared days):
#: a reporter's role with the outlet (新华社记者, 健康时报记者), the author's posts
#: (全国政协委员、国家图书馆古籍馆馆长  陈红彦): no name
RE_NOT_NAME = re.compile(r"(?:记者|通讯员)$|、|(?:委员|馆长|所长|院长|主任|教授|研究员|书记|部长|局长|校长|会长|主席)$")


def parse_authors(author: str) -> tuple[str, ...]:
    """The names of an ``author`` field: parted by two or more spaces, where a run of single
    characters pairs up (a two-character name is printed with two spaces inside); roles and
    posts beside them dropped (``RE_NOT_NAME``).

    >>> parse_authors("新华社记者  黄  玥  董博婷"), parse_authors("全国政协委员、国家图书馆古籍馆馆长  陈红彦")
    (('黄玥', '董博婷'), ('陈红彦',))
    >>> parse_authors("中共国家林业和草原局党组")
    ('中共国家林业和草原局党组',)
    """
    tokens = [t for t in re.split(r"\s{2,}", author.strip()) if t and not RE_NOT_NAME.search(t)]
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if len(tokens[k]) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1:
            out.append(tokens[k] + tokens[k + 1])
            k += 2
        else:
            out.append(tokens[k])
            k += 1
    return tuple(out)


def _pictures(paragraphs: Sequence[str]) -> int:
    """How many leading paragraphs are photo captions and credits: up to the last credit
    among the first ``PICTURE_SCAN``, when none before it is longer than a caption."""
    last = 0
    for i, p in enumerate(paragraphs[:PICTURE_SCAN]):
        if len(p) > CAPTION_MAX:
            break
        if RE_CREDIT.search(p.strip()):
            last = i + 1
    return last


def parse_article(item: dict[str, Any]) -> WebArticle:
    """One JSON article → its truth and the lines to compose from."""
    kicker = title = subtitle = series = None
    byline = ""
    body: list[tuple[str, str]] = []
    for line in (ln.strip() for ln in item["markdown_body"].split("\n")):
        if not line:
            continue
        if line.startswith("### "):
            kicker = line[4:].strip()
        elif line.startswith("## "):
            subtitle = line[3:].strip()
        elif line.startswith("# "):
            title = line[2:].strip()
        elif line.startswith("> 系列："):
            series = line[2:].strip()
        elif line.startswith("> "):
            byline = line[2:].strip()
        elif m := RE_BOLD.match(line):
            body.append(("heading", m.group(1).strip()))
        else:
            body.append(("paragraph", line))
    lead = []  # the paragraphs before the first heading
    for kind, text in body:
        if kind != "paragraph":
            break
        lead.append(text)
    n_pic = _pictures(lead)
    body = [("picture", t) if i < n_pic or (k == "paragraph" and RE_STAFF.match(t)) else (k, t)
            for i, (k, t) in enumerate(body)]
    authors = parse_authors(item.get("author") or "") or credited(body)
    return WebArticle(title or item["title"], kicker, subtitle, series, byline, authors,
                      tuple(body))


#: the reporters a dateline credits (本报北京4月8日电  （记者耿磊）), at the opening of the text;
#: names alone in its brackets are reporters too (本报长春6月10日电  （郑智文、彭浩）, since
#: 2026-12-06: before, such an article wanted no author)
RE_DATELINE = re.compile(r"^本报\S{0,16}电\s*（(?:(?:本报)?记者\s*([^）]{2,30})"
                         r"|((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}))）")
#: the reporters a closing credit names (（本报记者赵政、刘佳华、李蕊、徐靖）), as the last paragraph
RE_CLOSING = re.compile(r"^（本报记者\s*([^）]{2,40})）$")


def credited(body: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """The reporters an article's text credits when its ``author`` field is empty (the
    website takes the field from the byline alone): the dateline's （记者 …） at the opening
    of the first paragraph, or a closing （本报记者 …） paragraph; names parted by 、.

    >>> credited([("paragraph", "本报沈阳4月8日电  （记者刘洪超）记者日前获悉……")])
    ('刘洪超',)
    >>> credited([("paragraph", "正文。"), ("paragraph", "（本报记者赵政、刘佳华）")])
    ('赵政', '刘佳华')
    >>> credited([("paragraph", "正文提到（记者耿磊）。")])
    ()
    >>> credited([("paragraph", "本报长春6月10日电  （郑智文、彭浩）记者从…获悉")])
    ('郑智文', '彭浩')

    Names only: a role before a name (（记者谭莹、通讯员刘超）) and who compiled the text
    (（本报记者  钱  坤  整理）) are no part of it, and a padded name is one name.

    >>> credited([("paragraph", "本报某地12月28日电  （记者谭莹、通讯员刘超）近日，…")])
    ('谭莹', '刘超')
    >>> credited([("paragraph", "正文。"), ("paragraph", "（本报记者  钱  坤  整理）")])
    ('钱坤',)
    """
    texts = [t.strip() for k, t in body if k == "paragraph"]
    m = (RE_DATELINE.match(texts[0]) if texts else None) or (
        RE_CLOSING.match(texts[-1]) if texts else None)
    if not m:
        return ()
    names = re.sub(r"\s*(?:采访)?整理$", "", (m.group(1) or m.group(2)).strip())
    return tuple(n for part in re.split(r"[、，]", names)
                 for n in parse_authors(re.sub(rf"^\s*{_PIECE_ROLE}\s*", "", part)) if n)


#: a piece's byline inside a composite item: names alone, after roles or not (王  丹, 虎  权,
#: 本报记者  黄明轩  本报通讯员  吴小雨)
_PIECE_ROLE = r"(?:本报记者|本报通讯员|通讯员|实习生|见习记者)"
RE_PIECE_BYLINE = re.compile(rf"^(?:{_PIECE_ROLE}\s+)?[\u4e00-\u9fff]{{1,4}}"
                             rf"(?:\s{{2,}}(?:{_PIECE_ROLE}\s+)?[\u4e00-\u9fff]{{1,4}})*$")
#: how long a piece's title or kicker may be, and the marks a title never ends with
PIECE_TITLE_MAX, SENTENCE_END = 40, "。！？…；：，、"
#: over a piece's title, its kicker: a line ending with —— (…播撒红色种子——); or a short line
#: with no sentence mark, its column's label (我与一座城, a column of the paper's 城市味道 pages),
#: laid out before the piece and no part of its title (as the composed and the real pages'
#: truth keep column names out of titles)
KICKER_MAX = 16


def _piece_at(body: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether ``body[i]`` is the byline of a piece: names alone, right under its title (a
    short paragraph that does not end a sentence), the title's first paragraph of its own."""
    kind, text = body[i]
    if kind != "paragraph" or i == 0 or not RE_PIECE_BYLINE.match(text.strip()):
        return False
    names = parse_authors(re.sub(rf"{_PIECE_ROLE}\s+", "", text.strip()))
    k, t = body[i - 1]
    return (all(2 <= len(n) <= 4 for n in names) and k == "paragraph"
            and len(t) <= PIECE_TITLE_MAX and t.strip()[-1] not in SENTENCE_END)


def pieces(a: WebArticle) -> list[WebArticle]:
    """A composite item cut into its pieces: the website gives some pages' packages as one
    article (纵横 with two signed commentaries; a lead text and three reports each under its
    own title and 本报记者 byline), whose ``author`` is empty though each piece is signed. Each
    piece (a title paragraph, and a short kicker paragraph above it, over a byline paragraph
    of names alone) becomes an article with its own title and authors; the item's head keeps
    the text before the first piece, or becomes a label when it has none."""
    cuts = [i for i in range(len(a.body)) if _piece_at(a.body, i)]
    if not cuts:
        return [a]
    out: list[WebArticle] = []
    starts = []
    for i in cuts:
        s = i - 1  # the title
        k, t = a.body[s - 1] if s > 0 else ("", "")
        if k == "paragraph" and (t.strip().endswith("——") or (
                len(t) <= KICKER_MAX and t.strip()[-1] not in SENTENCE_END + "）")) and (
                not starts or s - 1 > starts[-1][2]):
            s -= 1
        starts.append((s, i - 1, i))
    head = a.body[:starts[0][0]]
    label = None
    if any(k != "picture" for k, _ in head):
        out.append(WebArticle(a.title, a.kicker, a.subtitle, a.series, a.byline, a.authors,
                              tuple(head)))
    else:
        label = "\n".join(p for p in (a.kicker, a.title, a.series, a.subtitle, a.byline) if p)
    for n, (s, t, b) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(a.body)
        names = parse_authors(re.sub(rf"{_PIECE_ROLE}\s+", "", a.body[b][1].strip()))
        over = a.body[s][1].strip() if s < t else None
        kicker = over if over and over.endswith("——") else None
        out.append(WebArticle(a.body[t][1].strip(), kicker, None, None, a.body[b][1].strip(), names,
                              tuple(a.body[b + 1:end]), label=label if n == 0 else None, inline=True,
                              column=None if kicker else over))
    return out
