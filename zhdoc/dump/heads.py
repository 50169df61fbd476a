"""Article heads in a text dump of a page, and the dump cut into its articles.

A dump copied out of a newspaper page (or out of a website's copy of its articles) holds
several articles, each with its *head*: a title line, maybe a kicker (引题) over it and a
subtitle (副题, ``——…``) under it, and a byline — the names of its authors (``龚文密``;
``叶`` / ``帆`` one character a line; ``本报记者  吴  丹``; ``本报记者  吴  丹《人民日报》（2025年04月09日第 02
版）``, or the paper's date note alone). A page dump prints each head where the page's content
stream has it: after its article's text (人民日报's pages) or before it (a website copy). A
title set upright comes one character a line, its byline after it the same way.

A head is found from its byline, which a title or a heading never has: a line of names (two to
four characters, the first a surname), a stack of one-character lines ending in such a name,
or a byline proper. The title lines are the short lines right before the byline that hold no
sentence; they start where the text before them ends (a sentence end, a trailer, a blank line,
the top of the dump). Whether the heads of a dump come before or after their articles' text is
estimated per dump: the text at the end with no head of its own is the shorter.

>>> from zhdoc.dump.lines import read_lines
>>> dump = "正文第一段写完了。\\n（作者为某大学教授）\\n第一篇的标题\\n张三丰\\n第二篇的正文。\\n第二篇的标题\\n李\\n四\\n"
>>> split = split_dump(read_lines(dump))
>>> [(h.text(h.title), h.byline_text()) for h in split.heads], split.heads_trail
([('第一篇的标题', '张三丰'), ('第二篇的标题', '李四')], True)
>>> [[line.text for line in split.lines[a:b]] for a, b in split.bodies]
[['正文第一段写完了。', '（作者为某大学教授）'], ['第二篇的正文。']]
"""

from __future__ import annotations

import re
from copy import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from zhdoc.dump.lines import DumpLine, finishes_word
from zhdoc.dump.names import (bare_names, described_byline, dotted_names, join_name_lines, name_cut, name_line,
                              names_run_on, names_text, stacked, title_tail)
from zhdoc.dump.widths import first_lines_short, measure, widths
from zhdoc.dump.wrapping import DASHES, one_measure, overruns, whole_note, wrapped
from zhdoc.lexicon import all_words, ends_inside_word, ends_on_degree
from zhdoc.model import Block
from zhdoc.rules.bylines import AUTHOR_LIST, CREDIT, PAPER_NOTE as RE_PAPER_NOTE, REPORTER_ROLE as RE_REPORTERS
from zhdoc.rules.bylines import (COLUMN_NAME, DOTTED_NAME, INSTITUTION_AUTHOR, SERIES_LABEL, WIRE_TRAILER,
                                 described_names, ends_on_credit, join_caption, name_like, padded_name, parted_names)
from zhdoc.rules.chars import MIDDLE_DOTS, NOT_IN_TITLE as _NOT_IN_TITLE, open_count, two_phrase_label
from zhdoc.rules.kinds import ISSUE_DATE
from zhdoc.rules.kinds import DATE_LINE, DATELINE
from zhdoc.rules.limits import (CAPTION_LINES, HEAD_LINE_MAX, HEAD_PART_MIN, MASTHEAD_LINES,
                               MASTHEAD_MAX, NOTE_LINES, TITLE_LINES)

_ASKS_ON = re.compile(r"[！？!?](?=[^”’）)》！？!?\s])")  # a question or exclamation with more after it


@dataclass
class DumpHead:
    """An article's head in a dump: line index ranges (start, end) of each part; a title set
    upright with its byline under it is one stack of lines, cut at ``title[1]``."""

    kicker: tuple[int, int]
    title: tuple[int, int]
    subtitle: tuple[int, int]
    byline: tuple[int, int]
    lines: Sequence[DumpLine] = field(repr=False, default=())
    label: tuple[int, int] = (0, 0)  # a series label or date line between title and byline
    tag: tuple[int, int] = (0, 0)  # the column's label over the head (思想纵横)

    @property
    def start(self) -> int:
        return min(r[0] for r in (self.tag, self.kicker, self.title, self.subtitle, self.byline) if r[1] > r[0])

    @property
    def end(self) -> int:
        return self.byline[1]

    def text(self, part: tuple[int, int]) -> str:
        """A part's text: its lines run on, a space where a blank line parts two; a line the
        same as the one before it is one line drawn twice (a title in fake bold)."""
        out = ""
        prev = None
        for x in self.lines[part[0]:part[1]]:
            if x.text != prev or len(x.text) == 1:  # (a title set upright may repeat a character)
                out += (" " if out and x.gap_before else "") + x.text
            prev = x.text
        return out

    def byline_text(self) -> str:
        """The byline's names (see ``names_text``)."""
        return names_text(self.lines[self.byline[0]:self.byline[1]])


@dataclass
class DumpSplit:
    """A dump cut into articles: ``heads[k]`` heads the lines ``bodies[k]`` (start, end);
    ``aside`` are (start, end, kind) ranges of the page's furniture (the masthead over the
    first article, labels and captions after the last); ``indents``: whether the page's
    paragraphs open short by an indent, what an article's text goes by where it says nothing."""

    lines: Sequence[DumpLine]
    heads: list[DumpHead]
    bodies: list[tuple[int, int]]
    heads_trail: bool
    aside: list[tuple[int, int, str]]
    indents: bool = True


def _one_char(x: DumpLine) -> bool:
    return len(x.text) == 1 and "\u3400" <= x.text <= "\u9fff" and x.kind == "body"


def _title_like(x: DumpLine) -> bool:
    """A line a title, kicker or subtitle may hold: no sentence inside it, not long, not
    opening with a list or heading number (（四）坚持绿色低碳战略 is a heading in the text)."""
    t = x.text
    return (x.kind == "body" and 1 <= len(t) <= HEAD_LINE_MAX and not _NOT_IN_TITLE.search(t)
            and (x.marker is None or x.marker.end >= len(t))
            and not t.endswith(("。", "…", "，", "：", ":")) and not WIRE_TRAILER.match(t))  # (（新华社北京6月10日电）)


def _title_clause(lines: Sequence[DumpLine], k: int, top: int, text_n: float = 0.0) -> bool:
    """Whether line ``k``, ending on a comma, is a title's first clause wrapped in a narrow
    column (缅怀先烈， / 传承优良作风): too short to be a part (HEAD_PART_MIN), or half as long
    as the text's lines under the head at most, ``text_n`` (a line of text ends on a comma
    only where it fills its column: 资本越有耐心， / 创新越有活力 over a 28-character column), where text has
    ended before it (a sentence end, a trailer, the top), or only a kicker or a column's label
    (今日谈), two lines at most, stands between (美丽中国 / 河北丰宁千松坝林场植绿超百万亩，筑牢京津
    生态屏障 / 20多年， / 种出又一个塞罕坝); a longer one where a blank line stands over it too
    (本期统筹：陈圆圆 / (blank) / 山东理工大学：聚焦教师发展， / 推动教育教学提质增效) or under a
    kicker leading into it with a dash (…混线生产—— / 智造“铁牛”， / 产线真“柔”)."""
    x = lines[k]
    if not (x.kind == "body" and x.text.endswith("，") and x.text.count("，") == 1
            and (len(x.text) < HEAD_PART_MIN or x.n <= text_n / 2 or k == top == 0 or x.gap_before
                 or k > top and lines[k - 1].text.endswith(DASHES))
            and not _NOT_IN_TITLE.search(x.text[:-1])):
        return False  # (at the top of the dump, or after a blank line, any such line: a kicker's
        #               first clause, 河北丰宁千松坝林场植绿超百万亩， / 筑牢京津生态屏障)
    for before in range(k - 1, max(top - 1, k - 3) - 1, -1):  # over it: a kicker, a label
        if before < top or _ends_text(lines[before]):
            return True
        if not _title_like(lines[before]):
            return False
    return False


def _bracket_clause(x: DumpLine) -> bool:
    """Whether line ``x``, ending on a comma inside a bracket it opens, is a title's line wrapped
    within its bracketed column name (向高端创新  向未来迈进（走企业， / 看高质量发展）): no sentence in it."""
    return _clause_line(x) and open_count(x.text) > 0


def _open_from_start(lines: Sequence[DumpLine], t0: int, t1: int) -> int:
    """The first line of ``[t0, t1)`` from which its brackets balance: lines that close a
    bracket opened before them (``员）``, the end of a trailer) are not the title's."""
    start = t0
    depth = 0
    for k in range(t0, t1):
        t = lines[k].text
        depth += t.count("（") + t.count("(") - t.count("）") - t.count(")")
        if depth < 0:
            start, depth = k + 1, 0
    return start


def _ends_text(x: DumpLine) -> bool:
    """Whether a line can be the last of an article's text (or of what stands before a head)."""
    return x.kind in ("trailer", "furniture") or x.ending in ("final", "colon") or x.text.endswith(("）", ")"))


def _note_end(lines: Sequence[DumpLine], b: int, alone: bool = False) -> int | None:
    """The end of a website copy's date note (``《人民日报》（2025年04月09日第 02 版）``, wrapped
    over up to three lines) that starts on line ``b`` and ends a line; ``alone``: with no names
    before it on its line. None when there is none."""
    text = ""
    for n in range(b, min(b + NOTE_LINES, len(lines))):
        if n > b and lines[n].gap_before:
            break
        text += lines[n].text.strip()
        m = RE_PAPER_NOTE.search(text)
        if m:
            if "》" in text[:m.start()]:
                return None  # (what stands before the note is no names: a title in 《》 over it)
            return n + 1 if not (alone and m.start() > 0) else None
        if n == b and "《" not in text:
            return None
    return None


def _anchor(lines: Sequence[DumpLine], b: int) -> tuple[int, int] | None:
    """The byline starting at line ``b``: (its end, the line a stacked title ends at, or -1)."""
    x = lines[b]
    e = _note_end(lines, b)
    if e is not None:  # names and the paper's date note, or the note alone (maybe wrapped)
        return e, -1
    if (at := described_byline(lines, b)) is not None and (e := _note_end(lines, at[0], alone=at[1])) is not None:
        return e, -1  # (who the author is before the names: 全国政协委员、…馆长  陈红彦, the note under them)
    if x.kind == "byline" or RE_REPORTERS.match(x.text) or (
            name_like(x.text) or names_run_on((), x.text) or bare_names(x.text)) and not title_tail(lines, b):
        if (e := _note_end(lines, b + 1, alone=True)) is not None:
            return e, -1  # the names on one line, the note on the next
        if (b + 2 < len(lines) and len(lines[b + 1].text) <= 2 and names_run_on([x.text], lines[b + 1].text)
                and (e := _note_end(lines, b + 2, alone=True)) is not None):
            return e, -1  # the last name cut onto a line of its own (皇甫清  林  溪  宋知 / 远), the note
    if x.kind == "byline" or RE_REPORTERS.match(x.text):
        end = b + 1  # (a piece's byline, no note after it: its names may wrap, 吴  迪  马 / 骏)
        for n in range(b + 1, min(b + NOTE_LINES, len(lines))):  # names wrapped, then the note
            if lines[n].gap_before:
                break
            names = lines[n].text.split("《")[0]  # (the note may follow the last names: 常  钦《人民日报》…,
            #                                     whatever their surnames: 门杰伟《人民日报》…)
            if names != lines[n].text and (name_like(names) or padded_name(names) or bare_names(names) or names_run_on(
                    [x.text for x in lines[b:n]], names)):
                e = _note_end(lines, n)
                if e is not None:
                    return e, -1
            run_on = names_run_on([x.text for x in lines[b:n]], lines[n].text)
            if not (name_like(lines[n].text) or run_on) and len(lines[n].text) > 4:
                break  # (names run on: 本报记者  张  华  本报通 / 讯员  李明远)
            e = _note_end(lines, n + 1, alone=True)
            if e is not None:
                return e, -1
            if run_on and end == n and lines[n].kind == "body" and not lines[n].punct:
                end = n + 1
        return end, -1
    if _one_char(x):  # a stack: a title set upright and its byline, or a byline alone
        e = b
        while e < len(lines) and _one_char(lines[e]):
            e += 1
        if e - b < 2:
            return None
        stack = "".join(x.text for x in lines[b:e])
        if e - b <= 4 and name_like(stack):
            return e, -1
        cut = name_cut(stack)
        return (e, b + cut) if cut is not None else None
    if x.kind == "body" and not _finishes_word_above(lines, b) and (
            padded_name(x.text) or name_line(x.text) or dotted_names(x.text) and not (
            title_tail(lines, b) or b + 1 < len(lines) and RE_REPORTERS.match(lines[b + 1].text))
            or described_names(x.text) or INSTITUTION_AUTHOR.match(x.text.strip())):  # (…馆长  陈红彦, 中共…党组)
        # (a dotted name ending a subtitle wrapped over the byline under it is no byline:
        # ——访…高级研究员 / 卢卡斯·门德斯 / 本报驻巴西记者  时  雨)
        e = b + 1
        while e < len(lines) and lines[e].kind == "body" and name_line(lines[e].text):
            e += 1  # one name a line: 龚红果 / 曾国安
        return e, -1
    return None


def _finishes_word_above(lines: Sequence[DumpLine], b: int) -> bool:
    """Whether line ``b`` finishes a word the line over it cut (…增强消 / 费意愿), or what a degree
    adverb ending that line grades (城市更 / 文明): it runs on from that line, whatever name it
    looks like."""
    return b > 0 and lines[b - 1].kind == "body" and lines[b - 1].ending == "other" and (
        ends_inside_word(lines[b - 1].text, lines[b].text) or ends_on_degree(lines[b - 1].text, lines[b].text))


def _after_text(lines: Sequence[DumpLine], t0: int, t1: int) -> int:
    """Where a head's lines ``[t0, t1)`` start: after the last line over its title that ends a
    sentence (``…为之奋斗吧！看你们的了！”``, the end of the text before: a kicker never ends
    one; a title may, its column's name under it, ``_note_line``, maybe wrapped over lines
    (零碳生产是如何实现的？ / （人与自然·走进零碳园区 / （工厂）看转型）), and at a line where text
    before it has ended (a blank line, a sentence end), when ``t0`` is not one (the lines
    before it run on from a clause: ``…伟大的时代，`` / ``有着…``)."""
    sub = next((k for k in range(t0 + 1, t1) if lines[k].text.startswith(DASHES)), t1)
    ends = [k + 1 for k in range(t0, sub - 1) if lines[k].ending == "final"
            and not (_note_line(lines[k + 1]) or whole_note("".join(x.text for x in lines[k + 1:sub])))]
    start = ends[-1] if ends else t0
    if start > 0 and start < sub and not (lines[start].gap_before or _ends_text(lines[start - 1])):
        start = next((k for k in range(start + 1, sub)
                      if lines[k].gap_before or _ends_text(lines[k - 1])), start)
    return start


def _note_line(x: DumpLine) -> bool:
    """Whether a line is wholly a bracketed note: a title's column name set under it (占用水泵10年不还，
    肥水流进“谁家田”？ / （整治群众身边不正之风和腐败问题）), never a part of its own."""
    t = x.text.strip()
    return t.startswith("（") and t.endswith("）") and t.count("（") == 1


def _title_run(lines: Sequence[DumpLine], b: int, after_head: int) -> tuple[int, int] | None:
    """The title lines [t0, t1) right over line ``b`` (a byline, or an unsigned story's first
    text line): the short lines holding no sentence, from where the text before them ends (or
    the last head's end, ``after_head``); None when there are none."""
    t0 = t1 = b
    text_n = max((x.n for x in lines[b:b + 4] if x.kind == "body"), default=0.0)  # (the text's lines under it)
    while t0 > after_head and t1 - t0 < TITLE_LINES and (
            _title_like(lines[t0 - 1]) or SERIES_LABEL.match(lines[t0 - 1].text)
            or _title_clause(lines, t0 - 1, after_head, text_n) or _bracket_clause(lines[t0 - 1])
            or _lead_in_sentence(lines, t0 - 1, t1)):
        t0 -= 1
    t0 = _open_from_start(lines, t0, t1)
    t0 = _after_text(lines, t0, t1)
    while t0 < t1 and lines[t0].text.startswith(DASHES):
        t0 += 1  # a dash line right after text signs it (——编  者): no title's
    # a series label (系列：…) or a date line (（2024年11月3日）) under the title is no part of it
    t1 = next((k for k in range(t0 + 1, t1) if SERIES_LABEL.match(lines[k].text)
               or DATE_LINE.match(lines[k].text)), t1)
    if t1 == t0 or not (t0 == after_head or lines[t0].gap_before or _ends_text(lines[t0 - 1])):
        return None
    return t0, t1


def _lead_in_sentence(lines: Sequence[DumpLine], k: int, t1: int) -> bool:
    """Whether line ``k`` is a line of a kicker that holds a sentence and leads into the title
    with a dash (一线人员彻夜坚守，助力商品走向 / 世界。记者在重庆实地探访—— over 铁路集装箱中心站的
    24小时): its last line ends on the dash, and its lines over that end no sentence. A kicker may
    tell what happened before it leads in."""
    x = lines[k]
    if x.kind != "body" or len(x.text) > HEAD_LINE_MAX or x.ending in ("final", "colon"):
        return False
    return x.text.endswith(DASHES) or any(lines[j].kind == "body" and lines[j].text.endswith(DASHES)
                                          for j in range(k + 1, t1))


def _text_chars(lines: Sequence[DumpLine], a: int, b: int) -> int:
    """How much text (lines with sentence punctuation) lines ``[a, b)`` hold."""
    return sum(len(x.text) for x in lines[a:b] if x.punct)


def _heads_lead(lines: Sequence[DumpLine], first_start: int, last_end: int, n_heads: int) -> bool:
    """Whether a dump's heads stand before their articles' text (a website copy, a page whose
    content stream draws each head first), the first head starting at ``first_start``, the
    last ending at ``last_end``: no more text before the first head than after the last, or
    after the last a good part of an article's text (a third of the dump's text per head; where
    heads trail their text, only captions and furniture follow the last: a story with no byline
    before the first head, undetected, is more text than the last article's), or the text after
    the last closing on its trailer (（作者为永济市文联主席，本报记者付明丽 / 整理）: where heads trail
    their text, a trailer stands over its article's head, never after the last)."""
    last = next((k for k in range(len(lines) - 1, last_end - 1, -1) if lines[k].kind != "furniture"), None)
    if last is not None and _trailer_end(lines, last):
        return True
    after = _text_chars(lines, last_end, len(lines))
    return _text_chars(lines, 0, first_start) <= after or 3 * n_heads * after >= _text_chars(lines, 0, len(lines))


def _top_run(lines: Sequence[DumpLine], first: int) -> tuple[tuple[int, int, tuple[int, int]] | None, bool]:
    """A story with no byline opening the dump under its masthead, before the first head found
    (starting at line ``first``): its title lines over its text (a photo story: 新疆吐鲁番雅尔 /
    湖石窟首次开放 over its captions and credits; an advertorial, 山东理工大学：聚焦教师发展，推动
    教育教学提质增效 over its text), as (t0, t1, (d, d)), None when there is none, and whether
    it is sure (see below). Its title lines
    hold no sentence (a colon inside, 山东理工大学：…, is a title's), and each ends short of the
    text's column, which a line of text wrapped at it fills, or runs longer than that column (a
    title set across the columns); a dateline's story is found by ``_unsigned_runs``, a source
    line (来源：四川日报) heads a document."""
    top = _masthead_end(lines, first)
    while top < first and lines[top].kind == "furniture":
        top += 1  # (the page's staff credits: 本版责编：…)
    ahead = widths(lines)[1]

    def title_line(x: DumpLine, w: float | None) -> bool:
        # (a title may hold a colon, 山东理工大学：聚焦…, not a sentence's end before more text)
        return (_title_like(x) and not _ASKS_ON.search(x.text) and not DATELINE.match(x.text)
                and w is not None and (x.n < w - 2 or overruns(x, w)))  # (not a text's first line, short by an indent)

    dated = next((k for k in range(top + 1, min(first, top + TITLE_LINES + 1)) if DATE_LINE.match(lines[k].text)), None)
    if dated is not None and dated + 1 < first and all(_title_like(x) for x in lines[top:dated]):
        return (top, dated, (dated + 1, dated + 1)), True  # (a document's title over its date: 中共中央办公厅…的意见 /
        #                                                    （二〇二四年八月三十日）, its lines as long as the text's)
    d = next((k for k in range(top, first) if not title_line(lines[k], ahead[k])), None)
    if d is None or d <= top or lines[d].kind not in ("body", "furniture") or (
            DATELINE.match(lines[d].text) and _captions_end(lines, d, first) == d):
        return None, False  # (a photo's caption may open as a dateline does: 本报记者韩鑫为…指引。  …摄)
    lead = _title_run(lines, d, top)
    if lead is None:
        return None, False
    # (sure where its title runs across the columns, or where the dump's paragraphs open short
    # by an indent and the text under it does: the first line of a page's text trailing its
    # head may be as short as a title, but runs on into a full line)
    return (*lead, (d, d)), any(ahead[k] is not None and overruns(lines[k], ahead[k]) for k in range(*lead))


def _unsigned_runs(lines: Sequence[DumpLine], runs: Sequence[tuple[int, int, tuple[int, int]]],
                   lead: tuple[int, int, tuple[int, int]] | None) -> list[tuple[int, int, tuple[int, int]]]:
    """Heads with no byline in a dump whose heads lead their text: ``lead``, the one at the
    dump's top (``_top_run``), title lines over a story's dateline (辽宁有序推进废弃矿山治理复绿
    over 本报沈阳4月8日电  （记者刘洪超）…), title lines over a photo's captions and credit after
    an article's last sentence (``_photo_title``), or title lines between an article's closing
    trailer (（作者为…）) and text, where no article's text goes on after its trailer. Each as (t0, t1,
    (d, d)): no byline lines, the text from line ``d``."""
    taken = {k for t0, _, by in runs for k in range(t0, by[1])}
    ends = sorted(by[1] for _, _, by in runs)
    ahead: list[float | None] | None = None  # the columns' widths ahead of each line, when first needed
    out: list[tuple[int, int, tuple[int, int]]] = []
    if lead is not None:
        out.append(lead)
        taken.update(range(lead[0], lead[1]))
    for d, x in enumerate(lines):
        if d in taken or x.kind not in ("body", "furniture"):
            continue
        run: tuple[int, int] | None = None
        if x.kind == "furniture":
            if CREDIT.search(x.text):
                run = _photo_title(lines, d, _last_end(ends, d))
        elif DATELINE.match(x.text):
            run = _title_run(lines, d, _last_end(ends, d))
        elif x.punct and d > 0 and lines[d - 1].ending == "other":
            # text after title lines after a trailer, the last of them short of the text's
            # column (a line of text wrapped at it fills it); a title wrapped at a clause may
            # end a line on its comma (山东理工大学：聚焦教师发展， / 推动教育教学提质增效)
            if ahead is None:
                ahead = widths(lines)[1]
            w = ahead[d]
            k = d - 1
            while (w is not None and lines[d - 1].n < w - 2 and k >= 0 and d - k <= TITLE_LINES
                   and k not in taken and not _trailer_end(lines, k) and not lines[k].opening
                   and (_title_like(lines[k]) or _clause_line(lines[k]))):
                k -= 1
            if (k >= 0 and k < d - 1 and k not in taken and _trailer_end(lines, k)
                    and open_count("".join(x.text for x in lines[k + 1:d])) >= 0):
                run = (k + 1, d)  # (not the rest of a trailer wrapped over three lines: …干 / 部）)
        if run is not None and not taken.intersection(range(*run)):
            out.append((*run, (d, d)))
    return out


def _last_end(ends: Sequence[int], d: int) -> int:
    """The last of the heads' ends at or before line ``d`` (0 where none is)."""
    return max((e for e in ends if e <= d), default=0)


def _photo_title(lines: Sequence[DumpLine], c: int, after_head: int) -> tuple[int, int] | None:
    """The title lines of a photo story with no byline over its captions, credited on line ``c``
    (新疆吐鲁番雅尔湖石窟首次开放 / 4月5日拍摄的新疆吐鲁番雅尔湖石窟。  4月5 / 日，游客参观… / …刘宇杰摄（新华社发）):
    title lines, holding no sentence, over caption lines (sentences, NOTE_LINES at most) over
    the credit or a caption on the credit's line, where text has ended over the title. A head
    leads its captions and its text; an article's heading over a photo's caption is none (its
    paragraph opens under it)."""
    k = c
    while k > after_head and c - k < NOTE_LINES and lines[k - 1].kind in ("body", "furniture") and lines[k - 1].punct:
        k -= 1
    if not lines[c].punct and k == c:
        return None  # (a credit alone under a line: no caption, no photo story's shape)
    if k <= after_head or lines[k - 1].punct:
        return None
    run = _title_run(lines, k, after_head)
    if run is None or run[1] != k or (run[0] > 0 and lines[run[0] - 1].ending != "final"
                                      and not _trailer_end(lines, run[0] - 1)):
        return None
    return run


def _clause_line(x: DumpLine) -> bool:
    """A title's line ending on a comma, with no sentence in it."""
    return (x.kind == "body" and x.text.endswith("，") and len(x.text) <= HEAD_LINE_MAX
            and not _NOT_IN_TITLE.search(x.text[:-1]))


def _trailer_end(lines: Sequence[DumpLine], k: int) -> bool:
    """Whether line ``k`` ends a trailer (（作者为…）, maybe wrapped: ``（作者为永济市文联主席，本报记`` /
    ``者付明丽整理）``)."""
    return lines[k].kind == "trailer" or (k > 0 and lines[k - 1].kind == "trailer"
                                          and lines[k].text.endswith(("）", ")")))


def find_heads(lines: list[DumpLine]) -> tuple[list[DumpHead], bool]:
    """The heads of a dump, in dump order (see the module's docstring), and whether its
    paragraphs open short by an indent (``first_lines_short`` on the whole dump, the heads
    apart)."""
    measure(lines)
    found_runs: list[tuple[int, int, tuple[int, int]]] = []  # title run, byline
    b = 0
    after_head = 0  # the first line a new head may take
    while b < len(lines):
        found = _anchor(lines, b)
        if found is None:
            b += 1
            continue
        end, cut = found
        if cut >= 0:  # a stacked title with its byline
            run: tuple[int, int] | None = (b, cut)
            by = (cut, end)
        else:
            run, by = _title_run(lines, b, after_head), (b, end)
        if run is None:
            b += 1
            continue
        found_runs.append((*run, by))
        after_head = end
        b = end
    # (the first head may be a story with no byline at the dump's top, where ``_top_run``
    # is sure of it)
    top, spans = _top_run(lines, found_runs[0][0]) if found_runs else (None, False)
    if not found_runs and _dated_masthead(lines):
        # a page of one story with no byline (a wire story under its title, an advertorial):
        # the title lines under the page's masthead over its text, or over its dateline, are its head
        top = _top_run(lines, len(lines))[0]
        if top is None:
            m = _masthead_end(lines, len(lines))
            d = next((k for k in range(m, len(lines)) if lines[k].kind != "furniture"
                      and (lines[k].punct or DATELINE.match(lines[k].text))), None)
            run = _title_run(lines, d, m) if d is not None and DATELINE.match(lines[d].text) else None
            top = (*run, (d, d)) if run is not None else None
        found_runs = [top] if top is not None else []
    if found_runs and _heads_lead(lines, top[0] if top and spans else found_runs[0][0], found_runs[-1][2][1],
                                  len(found_runs)):
        found_runs = sorted(found_runs + _unsigned_runs(lines, found_runs, top))
    # the width of the columns at a head, from the text around it (not from the head's own
    # lines); heads wrapped at the column's measure fill it; a dump whose heads run longer than
    # its columns (a website copy's whole header lines) does not wrap them: no line of theirs does
    back, ahead = widths(lines, frozenset(k for t0, t1, _ in found_runs for k in range(t0, t1)))
    # (a head leading its article sits at the top of its article's column: the one ahead)
    width = [a if a is not None else b for b, a in zip(back, ahead)]
    if any(width[k] is not None and overruns(lines[k], width[k])
           for t0, t1, _ in found_runs for k in range(t0, t1)):
        width = [None] * len(lines)
    # ... nor does a dump whose heads, where a line of theirs is cut inside a word (wrapped),
    # stop well short of the column: they are set in type and a measure of their own (a page's
    # titles, larger than its text), so a head line as long as the column fills no measure
    cut = [k - 1 for t0, t1, _ in found_runs for k in range(t0 + 1, t1)
           if width[k - 1] is not None and ends_inside_word(lines[k - 1].text, lines[k].text)]
    if cut and all(lines[k].n < width[k] - 2.5 for k in cut):
        width = [None] * len(lines)
    # a part's first line is short of the column by an indent only where the paragraphs' are
    indents = first_lines_short(lines, ahead)
    return [replace(_parts(lines, t0, t1, by, width, indents), label=(t1, by[0]))
            for t0, t1, by in found_runs], indents


def _parts(lines: Sequence[DumpLine], t0: int, t1: int, by: tuple[int, int],
           width: Sequence[float | None], indents: bool = True) -> DumpHead:
    """A head's title lines [t0, t1) parted into kicker, title and subtitle: a subtitle opens
    with a dash (and runs to the byline); the title is the last part before it, the kicker what
    is over it. Parts are parted by blank lines where the dump has them, else one a line (a
    line that fills the column ``width`` of the text around it is wrapped: its part runs on;
    a part's first line may be short of it by an indent where ``indents``, the dump's
    paragraphs' first lines are)."""
    sub = next((k for k in range(t0 + 1, t1) if lines[k].text.startswith(DASHES)), t1)
    if stacked(lines, t0, sub):
        return DumpHead((t0, t0), (t0, sub), (sub, t1), by, lines)
    last = sub - 1
    if AUTHOR_LIST.match(lines[by[0]].text):
        last = t0  # a journal article's title (its authors marked 陈思远1，王 琳2): no kicker
    elif lines[by[0]].gap_before or any(lines[k].gap_before for k in range(t0 + 1, sub)):
        # blank lines part the parts (the byline stands apart): a part's lines are one part
        while last > t0 and not lines[last].gap_before:
            last -= 1
    else:  # one part a line, but a line that fills its column (wrapped) or stops on a word
        #    that needs more runs on; a line cut inside a word filled its measure, which is
        #    the next line's too (a title wrapped at a measure of its own)
        measures = [lines[k - 1].n if k > t0 and ends_inside_word(lines[k - 1].text, lines[k].text)
                    else width[k] for k in range(t0, sub)]
        while last > t0:
            if _inside_bracket(lines, t0, last):
                last -= 1  # (no part ends inside a bracket opened above: …新贡献（深入 / 学习贯彻… / …纵横谈）)
                continue
            runs_on_above = last - 1 > t0 and wrapped(lines[last - 2], lines[last - 1], width[last - 2], False)
            if not (wrapped(lines[last - 1], lines[last], measures[last - 1 - t0],
                            (indents or lines[last - 1].indented) and not runs_on_above, lines[last:sub])
                    or last == sub - 1 and not runs_on_above and one_measure(lines[last - 1], lines[last])):
                break  # (two short lines of one length are a title wrapped at its own measure,
            last -= 1  # unless the first is a kicker's last line: 清明之际，…形式的 / 纪念活动缅怀英烈)
    while last > t0 and lines[last - 1].text == lines[last].text and len(lines[last].text) > 1:
        last -= 1  # a title drawn twice (fake bold) comes twice
    tag = t0  # the column's label over the head, [t0, tag)
    if not lines[by[0]].gap_before and not any(lines[k].gap_before for k in range(t0 + 1, sub)):
        # a head has one kicker: over it, a line of a few words (no clause in it) is the
        # column's label (探访·城市更新, 政策解读); a kicker wrapped over lines ends on its short
        # last line, and the lines between it and the title are the title's first lines
        # (将经过…保障有力 / 的服务体系 / 促进高校毕业生 / 高质量充分就业)
        cuts = [k for k in range(t0 + 1, last) if not _inside_bracket(lines, t0, k) and not wrapped(
            lines[k - 1], lines[k], width[k - 1], k - 1 == t0, lines[k:last], title=False)]
        parts = list(zip([t0, *cuts], [*cuts, last])) if last > t0 else []
        while len(parts) >= 2 and parts[0][1] - parts[0][0] == 1 and _label_line(lines[parts[0][0]]):
            tag = parts.pop(0)[1]  # (a couplet, 既提高就业数量 / 又提高就业质量, is one part)
        if len(parts) >= 2 and parts[0][1] - parts[0][0] >= 2:
            last = parts[0][1]
        if len(parts) == 1 and (parts == [(t0, t0 + 1)] and _column_label(lines[t0]) or _column_name(
                "".join(x.text for x in lines[slice(*parts[0])]))):
            tag = parts[0][1]  # (alone over the title: 今日谈 / 创新思政课  传承精气神; a column's
            #                    name with its middle dot however long, maybe wrapped)
    elif last > t0 and _column_label(lines[t0]):
        tag = t0 + 1  # a short line over a kicker, or alone over the title (我与一座城)
    return DumpHead((tag, last), (last, sub), (sub, t1), by, lines, tag=(t0, tag))


def _inside_bracket(lines: Sequence[DumpLine], t0: int, k: int) -> bool:
    """Whether a bracket or quote opened in head lines [t0, k) is still open at line ``k``: no
    part of a head (kicker, title) ends inside one, however many lines it runs over."""
    return open_count("".join(x.text for x in lines[t0:k])) > 0


def _label_line(x: DumpLine) -> bool:
    """A line a column's label may be: a few words, no clause or sentence mark in it (or two
    short phrases parted by a comma, 走企业，看高质量发展), not leading into the title (广西柳州——)."""
    return (not x.punct or two_phrase_label(x.text)) and not x.text.endswith(DASHES)


def _column_label(x: DumpLine) -> bool:
    """Whether the first line over a head's kicker, or the line alone over its title, may be its
    column's label (专题深思, 政策解读, 今日谈, 人民时评): a line too short to be a kicker
    (HEAD_PART_MIN), no clause in it, not leading into the title (广西柳州——), or a column's
    name with a middle dot, however long (``COLUMN_NAME``: 解码·文化数字化). A paper sets a
    column's name in a box over the title, no part of it (the website puts it in brackets after
    the title: 贴标签不如练内功（人民时评）)."""
    return x.n < HEAD_PART_MIN and _label_line(x) or _column_name(x.text)


def _column_name(text: str) -> bool:
    """Whether ``text`` is a column's name with a middle dot (``COLUMN_NAME``: 解码·文化数字化, its
    parts words of the dictionary), not a name written with one (阿依古丽·买买提: its are none).

    >>> _column_name("解码·文化数字化"), _column_name("阿依古丽·买买提"), _column_name("探访·城市更新")
    (True, False, True)
    """
    return bool(COLUMN_NAME.match(text)) and not (DOTTED_NAME.match(text) and not all(
        all_words(p) for p in re.split(f"[{MIDDLE_DOTS}]", text)))


def _masthead_end(lines: Sequence[DumpLine], limit: int) -> int:
    """Where the masthead at the top of a page's dump ends: after its date line (``2018 年1 月
    15 日星期一``) among its first few short lines, and the page's series banner right under it
    (``认真学习宣传贯彻党的十九大精神``: a line of a few words before the first text, where no
    article opens with a heading), else after its leading furniture lines."""
    date = _issue_date_line(lines, limit)
    if date is not None:
        m = date + 1
        ahead = widths(lines)[1]
        while (m + 1 < limit and m < MASTHEAD_LINES + 2 and lines[m].kind in ("body", "furniture")
               and _label_line(lines[m]) and len(lines[m].text) <= MASTHEAD_MAX
               and any(x.punct for x in lines[m + 1:m + 3])
               and not (ahead[m] is not None and ahead[m] - 3.5 <= lines[m].n <= ahead[m] + 1)
               and not finishes_word(lines[m + 1])):
            m += 1  # (a banner is set to no column's measure, and the next line does not
            #         finish its word: a text's first line fills its column but for an indent,
            #         or runs on, 强 / 调，)
        return m
    m = 0
    while m < limit and lines[m].kind == "furniture":
        m += 1
    return m


def _issue_date_line(lines: Sequence[DumpLine], limit: int) -> int | None:
    """The line of a page's issue date (``2025年3月6日  星期四``) among the dump's first few short
    lines (its masthead), before line ``limit``; None where there is none."""
    for m in range(min(MASTHEAD_LINES, limit)):
        x = lines[m]
        if x.punct or len(x.text) > MASTHEAD_MAX:
            return None
        if ISSUE_DATE.match(x.text):
            return m
    return None


def _dated_masthead(lines: Sequence[DumpLine]) -> bool:
    """Whether the dump opens with a page's masthead holding its issue date: a newspaper page's."""
    return _issue_date_line(lines, len(lines)) is not None


def _opens_dump(lines: Sequence[DumpLine], head: DumpHead) -> bool:
    """Whether ``head`` opens the dump (nothing but the masthead and furniture over it) and has a byline proper
    (``本报记者…``, the paper's date note), not only a line of names."""
    byline = lines[head.byline[0]:head.byline[1]]
    return (all(x.kind == "furniture" for x in lines[_masthead_end(lines, head.start):head.start])
            and (any(x.kind == "byline" or RE_REPORTERS.match(x.text) for x in byline)
                 or bool(RE_PAPER_NOTE.search("".join(x.text.strip() for x in byline)))))


def split_dump(lines: list[DumpLine]) -> DumpSplit | None:
    """The dump cut into articles under its heads, when it holds two or more, or one that opens
    the dump with a byline proper (a website copy of one article); else None (the dump is one
    document, segmented as a whole)."""
    heads, indents = find_heads(lines)
    if len(heads) < 2 and not (heads and (_opens_dump(lines, heads[0]) or _dated_masthead(lines))):
        return None
    trail = not _heads_lead(lines, heads[0].start, heads[-1].end, len(heads))
    if trail:  # a page's heads, set across its columns: their lines are not wrapped at a column
        none: list[float | None] = [None] * len(lines)
        heads = [replace(_parts(lines, h.start, h.subtitle[1], h.byline, none), label=h.label)
                 for h in heads]
    bodies: list[tuple[int, int]] = []
    aside: list[tuple[int, int, str]] = []
    if trail:
        prev = 0
        for k, h in enumerate(heads):
            a = prev
            if k == 0:  # the masthead over the first text
                m = _masthead_end(lines, h.start)
                if m > a:
                    aside.append((a, m, "header"))
                a = m
            bodies.append((a, h.start))
            prev = h.end
        if prev < len(lines):
            aside.append((prev, len(lines), "label" if not _text_chars(lines, prev, len(lines)) else "caption"))
    else:
        if heads[0].start > 0:
            aside.append((0, heads[0].start, "header"))
        # a head with no text before the next head is a column's label over it (纵横 and the
        # paper's date note over a column's signed pieces), not an article
        empty = {k for k in range(len(heads) - 1) if heads[k + 1].start <= heads[k].end}
        aside += [(heads[k].start, heads[k].end, "label") for k in sorted(empty)]
        heads = [h for k, h in enumerate(heads) if k not in empty]
        for k, h in enumerate(heads):
            nxt = heads[k + 1].start if k + 1 < len(heads) else len(lines)
            a = _captions_end(lines, h.end, nxt)
            if a > h.end:
                aside.append((h.end, a, "caption"))
            bodies.append((a, nxt))
    return DumpSplit(lines, heads, bodies, trail, aside, indents)


def _captions_end(lines: Sequence[DumpLine], a: int, b: int) -> int:
    """Where a photo's captions end when they open an article's text [a, b) under its head, else
    ``a``: a few lines (CAPTION_LINES at most) of sentences closed by the photo's credit
    (``ends_on_credit``: 河北省承德市滦平县金山岭长城。  周万 / 平摄（人民视觉）; 图①：… 图②：…
    新华社记者  王毓国摄). A paper sets them under the photo at its head; the dump brings them
    between the byline and the text."""
    joined = ""
    for k in range(a, min(b, a + CAPTION_LINES)):
        joined += lines[k].text
        if ends_on_credit(joined):
            return k + 1
        joined += "\n"
    return a


def article_blocks(split: DumpSplit, paragraphs: Callable[[list[DumpLine]], list[Block]]) -> list[Block]:
    """The blocks of a dump cut into articles: per article, its head's parts (roles kicker,
    title, subtitle, byline; a website copy's date note as ``source``), then its text made into
    paragraphs by ``paragraphs``, every block marked with its article (``group``); the page's
    furniture (masthead, labels, captions after the last article) as ``furniture`` blocks.
    Articles come in dump order, each where its text starts, its head first."""
    lines = list(split.lines)
    keyed: list[tuple[tuple[int, int], Block]] = []  # (place, block): articles in place of their text
    for k, (head, (a, b)) in enumerate(zip(split.heads, split.bodies)):
        group = k + 1
        blocks = [Block(x.text, x.start, x.end, 1, role="furniture", furniture="label")
                  for x in lines[head.tag[0]:head.tag[1]]]
        for role, part in (("kicker", head.kicker), ("title", head.title), ("subtitle", head.subtitle)):
            if part[1] > part[0]:
                blocks.append(_head_block(head, part, role, group))
        blocks += [Block(x.text, x.start, x.end, 1, role="furniture") for x in lines[head.label[0]:head.label[1]]]
        blocks += _byline_blocks(head, group)
        if b > a:
            blocks += [replace(x, group=group) for x in paragraphs(_apart(lines[a:b]))]
        at = min(x.start for x in blocks)
        keyed += [((at, n), x) for n, x in enumerate(blocks)]
    for a, b, kind in split.aside:
        if kind == "caption" and b > a and ends_on_credit("\n".join(x.text for x in lines[a:b])):
            # (a photo's captions and credit, one piece of furniture however wrapped)
            text = join_caption(x.text for x in lines[a:b])
            keyed.append(((lines[a].start, 0), Block(text, lines[a].start, lines[b - 1].end, b - a,
                                                     role="furniture", furniture="caption")))
            continue
        known = kind if kind in ("label", "caption") else None  # (a masthead's lines: by their text)
        keyed += [((x.start, 0), Block(x.text, x.start, x.end, 1, role="furniture", furniture=known))
                  for x in lines[a:b]]
    return [x for _, x in sorted(keyed, key=lambda kx: kx[0])]


def _apart(lines: list[DumpLine]) -> list[DumpLine]:
    """Copies of an article's lines, its first and last lines the first and last of their
    blank-line blocks (the lines around them belong to other articles)."""
    out = [copy(x) for x in lines]
    for i, x in enumerate(out):
        x.first_in_block = i == 0 or out[i - 1].block != x.block
        x.last_in_block = i == len(out) - 1 or out[i + 1].block != x.block
    return out


def _head_block(head: DumpHead, part: tuple[int, int], role: str, group: int) -> Block:
    xs = head.lines[part[0]:part[1]]
    return Block(head.text(part), xs[0].start, xs[-1].end, len(xs), role=role, group=group)


def _byline_blocks(head: DumpHead, group: int) -> list[Block]:
    """The byline's names as a ``byline`` block and a website copy's date note after them
    (``《人民日报》（2025年04月09日第 02 版）``, maybe wrapped) as a ``source`` block of its own."""
    xs = list(head.lines[head.byline[0]:head.byline[1]])
    if not xs:
        return []  # an unsigned item
    joined = "".join(x.text.strip() for x in xs)
    m = RE_PAPER_NOTE.search(joined)
    if m is None:
        return [Block(names_text(xs), xs[0].start, xs[-1].end, len(xs), role="byline", group=group)]
    # the line the note starts on (k), and its offset there
    pos, k = m.start(), 0
    while pos >= len(xs[k].text.strip()):
        pos -= len(xs[k].text.strip())
        k += 1
    at = xs[k].start + pos
    out: list[Block] = []
    names = join_name_lines([x.text.strip() for x in xs[:k]] + [xs[k].text.strip()[:pos]])
    if names:
        out.append(Block(" ".join(parted_names(w) for w in names.split()), xs[0].start, at, k + 1,
                         role="byline", group=group))
    out.append(Block(m.group().strip(), at, xs[-1].end, len(xs) - k, role="source", group=group))
    return out
