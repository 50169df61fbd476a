"""A byline's names in a text dump: which lines hold names, and the names they hold.

A dump keeps a byline's lines where the page broke them: names padded to a three-character
name's width (王  强), several on a line, a name or a role the column cut (黄明轩  本 / 报通讯员,
古丽米拉·阿不 / 都), names one a line, a title's characters set upright with its author's under
it. What tells names from a title's or a text's words is their shape (lengths, padding, a
middle dot, surnames), the dictionary (a phrase of its words is no name) and where the line
stands (cut from the line before it, it is that line's rest). :mod:`zhdoc.dump.heads` finds the
bylines with these and reads their names.
"""

from __future__ import annotations

from collections.abc import Sequence

from zhdoc.dump.lines import DumpLine
from zhdoc.dump.wrapping import phrase_pair, runs_on
from zhdoc.lexicon import all_words, common_word, default_tokenizer
from zhdoc.rules.bylines import (DOTTED_NAME, INSTITUTION_AUTHOR, ROLE_WORDS, author_description, described_names,
                                 name_like, parted_names)
from zhdoc.rules.limits import NOTE_LINES


def names_text(lines: Sequence[DumpLine]) -> str:
    """Names on byline lines, a space between two: one a line (``龚红果`` / ``曾国安``), one
    character a line run together (``叶`` / ``帆`` → ``叶帆``), two names run together parted
    (``龚红果曾国安`` → ``龚红果 曾国安``).

    >>> from zhdoc.dump.lines import read_lines
    >>> names_text(read_lines("叶\\n帆")), names_text(read_lines("龚红果曾国安")), names_text(read_lines("李正辉\\n石锦建"))
    ('叶帆', '龚红果 曾国安', '李正辉 石锦建')
    >>> names_text(read_lines("本报记者  黄明轩  本报通讯员  吴\\n小雨"))
    '本报记者 黄明轩 本报通讯员 吴小雨'
    """
    if stacked(lines, 0, len(lines)):
        words = ["".join(x.text for x in lines)]
    else:  # (lines the column cut run together: 本报记者  黄明轩  本报通讯员  吴 / 小雨)
        words = join_name_lines([x.text.strip() for x in lines]).split()
    return " ".join(parted_names(w) for w in words)


def described_byline(lines: Sequence[DumpLine], b: int) -> tuple[int, bool] | None:
    """Where a byline that opens on line ``b`` with its author's description goes on to the
    names, as (the line the paper's date note starts on, whether the note stands alone there):
    the description and the names on the lines from ``b`` (``全国政协委员、国家图书馆古籍馆馆长  陈红彦``,
    wrapped anywhere, inside a word or a name), the note under them or after the names on their
    last line (``…研究所`` / ``所长  徐  星《人民日报》…``); or a body signing as the author
    (``中共国家林业和草原局党组``, ``INSTITUTION_AUTHOR``), the note under it. None otherwise: only
    a date note makes such a line a byline (a title may end on a post or a body)."""
    if lines[b].stop or not any("《" in x.text for x in lines[b:b + NOTE_LINES + 1]):
        return None  # (no date note within reach, or a clause on the first line: the common case, cheaply)
    texts = [""]  # the lines so far, run on at each line's end with a space and without
    for k in range(b, min(b + NOTE_LINES, len(lines))):
        if k > b and lines[k].gap_before:
            return None
        line = lines[k].text.strip()
        texts = [t + sep + line for t in texts for sep in ((" ", "") if t else ("",))]
        if "《" in line and (before := line.split("《")[0]) != line:
            if any(described_names(t[:len(t) - len(line)] + before) for t in texts):
                return k, False
            return None
        if any(described_names(t) or INSTITUTION_AUTHOR.match(t) for t in texts):
            return k + 1, True
    return None


def stacked(lines: Sequence[DumpLine], a: int, b: int) -> bool:
    return b - a >= 2 and all(len(x.text) == 1 for x in lines[a:b])


def name_line(text: str) -> bool:
    """Whether a line alone is names (``name_like``), none of them a word of the dictionary:
    a title's last characters wrapped onto a line of their own read like names run together
    (三、处理好长远目标与当前 / 任务的关系: 任务的 + 关系, each opening with a surname), nor
    wholly words (a title's first line, 宁夏规范驻外: 宁夏规 + 范驻外, cut 宁夏 / 规范 / 驻外); a
    name run together with another is no word (龚红果曾国安); names parted by spaces are a
    byline's (孙  琨  王  干).

    >>> name_line("龚红果曾国安"), name_line("任务的关系"), name_line("方向"), name_line("吴汉东")
    (True, False, False, True)
    >>> name_line("宁夏规范驻外")
    False
    >>> name_line("孙  琨  王  干")
    True
    """
    t = text.strip()
    return name_like(t) and (" " in t or not any(common_word(w) for w in (t, *parted_names(t).split()))
                             and not all_words(t))


def dotted_names(text: str) -> bool:
    """Whether a line alone is a byline of names written with a middle dot (热依拉·买买提), maybe
    with other names: each dotted name's first part holds no word of the dictionary (a column's
    label joins words with the dot: 经济新方位·探访智能工厂, 人与自然·走进零碳园区).

    >>> dotted_names("热依拉·买买提"), dotted_names("阿依古丽·吐尔逊  王  强")
    (True, True)
    >>> dotted_names("经济新方位·探访智能工厂"), dotted_names("人与自然·走进零碳园区"), dotted_names("王  强")
    (False, False, False)
    """
    words = text.split()
    dotted = [w for w in words if DOTTED_NAME.match(w)]
    return bool(dotted) and len(words) <= 4 and all(
        DOTTED_NAME.match(w) or name_like(w) or len(w) == 1 for w in words) and not any(
        _holds_words(w.split("·")[0]) for w in dotted)


def bare_names(text: str) -> bool:
    """Whether a line over the paper's date note alone can be names whatever their surnames: up
    to four words parted by spaces, each a name's length (two to four ideographs, or a name with
    a middle dot), or single characters pairing up as padded two-character names (孙  韬
    阿依努尔, 次仁央金); not parallel phrases of one length (政策找人  服务上门, a title), nor a
    word of the dictionary.

    >>> bare_names("孙  韬  阿依努尔"), bare_names("次仁央金"), bare_names("米热古丽·买买提")
    (True, True, True)
    >>> bare_names("政策找人  服务上门"), bare_names("守牢安全防线"), bare_names("春天"), bare_names("提质增效")
    (False, False, False, False)
    """
    words = text.split()
    singles = [w for w in words if len(w) == 1]
    if not words or len(words) > 4 or len(singles) % 2 or phrase_pair(text):
        return False
    return all(len(w) == 1 and _han(w) or DOTTED_NAME.match(w) or 2 <= len(w) <= 4 and _han(w)
               and not _holds_words(w) for w in words)


def _holds_words(word: str) -> bool:
    """Whether ``word`` holds a word of the dictionary of two characters or more that is no
    name (提质增效: 增效, 治理合作, 总目标): a phrase, the tail of a wrapped title, not a name
    with no Han surname (次仁央金, 阿依努尔, 乌兰图雅), which cuts into single characters or words
    the dictionary does not hold."""
    return any(len(p) >= 2 and common_word(p) for p in default_tokenizer().cut(word, HMM=False))


def title_tail(lines: Sequence[DumpLine], b: int) -> bool:
    """Whether line ``b`` is the last of a head line wrapped at the text's column: the line
    before stops inside a word it finishes (…全球气候治 / 理合作) or on one that needs more, or
    ``b`` runs on from it where a blank line parts it from the note under it (…三年复绿治理43.7万亩
    / 总目标): then it is no line of names. (Whether the line before fills the column says
    little: a title set whole is as long as a narrow column often enough.)"""
    if b == 0:
        return False
    prev, x = lines[b - 1], lines[b]
    if runs_on(prev.text, x.text):
        return True
    if b + 1 < len(lines) and lines[b + 1].gap_before and not x.gap_before:
        return True  # (a blank line parts the note from it, none parts it from the line before)
    return False


def names_run_on(before: Sequence[str], names: str) -> bool:
    """Whether ``names``, the names on a byline's next line before its date note, run on from
    the byline's lines ``before``: run together (``join_name_lines``), the words after the
    byline's roles are names, a one-character word paired with the next (``常`` / ``钦``, ``杨`` /
    ``迅  王  丹``: padded two-character names cut by a narrow column; ``张  华  李`` / ``明远``: a
    name cut by it).

    >>> names_run_on(["本报记者  张  华  李"], "明远"), names_run_on(["本报记者  杨"], "迅  王  丹")
    (True, True)
    >>> names_run_on(["本报记者  张  华"], "明远"), names_run_on(["本报记者  张  华"], "发展")
    (False, False)
    >>> names_run_on(["本报记者  张  华  本"], "报通讯员  李明远"), names_run_on(["本报记者  袁  泉  琼"], "达卓嘎")
    (True, True)
    >>> names_run_on(["本报记者  次仁卓嘎  本报通讯员  扎西顿"], "珠"), names_run_on(["本报记者  阿依古丽·买"], "买提  王  伟")
    (True, True)
    """
    if not names.split() or not _han("".join(names.split()).replace("·", "")):
        return False
    joined = join_name_lines([*before, names])
    words = [w for w in joined.split()
             if ROLE_WORDS.sub("", w)]  # (roles anywhere: 本报记者, 本报通 / 讯员, 实习生)
    # a name the column cut (its parts run together across the line's end) is a name by the
    # byline's own padding, whatever its first character (袁  泉  琼 / 达卓嘎); the names of the
    # lines before were read as a byline's already (次仁卓嘎, no Han surname): only the new
    # line's words must be names
    cut = (joined.split()[-len(names.split())] if before and before[-1].split()
           and joined != join_name_lines(before) + " " + names.strip() else None)
    known = len([w for w in join_name_lines(before).split() if ROLE_WORDS.sub("", w)]) - (cut is not None)
    # (a role ending the line before wants a name, whatever its shape: 本报通讯员 / 扎西顿珠)
    after_role = bool(before and before[-1].split() and not ROLE_WORDS.sub("", before[-1].split()[-1]))
    k = 0
    while k < len(words):
        if len(words[k]) == 1:
            if k + 1 == len(words):
                return bool(before) and k > 0  # (the first of a padded name the next line ends,
                #                                 in a byline run on: 赵 / 钱)
            if len(words[k + 1]) != 1:
                return False
            k += 2  # a padded two-character name, whatever its surname (虎  权)
        elif (k < known or name_like(words[k]) or DOTTED_NAME.match(words[k])
              or words[k] == cut and len(words[k]) <= 5 or k == known and after_role and len(words[k]) <= 6):
            k += 1
        else:
            return False
    return True


def name_cut(stack: str) -> int | None:
    """Where a stack of upright characters (a title and its author's name) is cut: before its
    last three characters when they are a name, else before its last two."""
    for k in (3, 2):
        if len(stack) >= k + 4 and name_like(stack[-k:]):
            return len(stack) - k
    return None


def join_name_lines(texts: Sequence[str]) -> str:
    """Byline lines run together: a line's names end on it (``董丝雨`` / ``常  钦``) unless it
    ends on a character left unpaired by the padded two-character names before it, the first
    of a name cut by the column (``袁  泉  琼`` / ``达卓嘎``, ``李明`` / ``远``), or on the first of
    a role cut by it (``本报通`` / ``讯员``).

    >>> join_name_lines(["本报记者  顾仲阳  董丝雨", "常  钦"]), join_name_lines(["本报记者  袁  泉  琼", "达卓嘎"])
    ('本报记者  顾仲阳  董丝雨 常  钦', '本报记者  袁  泉  琼达卓嘎')
    >>> join_name_lines(["本报记者  张  华  本报通", "讯员  李明远"])  # a role cut by the column
    '本报记者  张  华  本报通讯员  李明远'
    >>> join_name_lines(["本报记者  张  华  李明", "远"]), join_name_lines(["本报记者  李明", "王  强"])
    ('本报记者  张  华  李明远', '本报记者  李明 王  强')
    >>> join_name_lines(["本报记者  袁  泉  琼达", "卓嘎"]), join_name_lines(["本报记者  李明", "王强"])
    ('本报记者  袁  泉  琼达卓嘎', '本报记者  李明 王强')
    >>> join_name_lines(["本报记者  顾仲阳  董丝", "雨  常  钦"])  # 雨 pairs with nothing: 常  钦 pair
    '本报记者  顾仲阳  董丝雨  常  钦'
    >>> join_name_lines(["本报记者  次仁卓嘎  本报通讯员  扎西顿", "珠"])  # the byline's last line
    '本报记者  次仁卓嘎  本报通讯员  扎西顿珠'
    >>> join_name_lines(["本报记者  周  南  古丽米拉·阿不", "都"]), join_name_lines(["本报记者  周  南  古丽", "米拉·阿不都"])
    ('本报记者  周  南  古丽米拉·阿不都', '本报记者  周  南  古丽米拉·阿不都')
    """
    out = ""
    texts = [t for t in texts if t]
    for n_text, t in enumerate(texts):
        last, words = (out.split() or [""])[-1], t.split() or [""]
        first = words[0]
        role_cut = bool(last and first and ROLE_WORDS.sub("", last) and not ROLE_WORDS.sub("", last + first))
        # (a byline pads a two-character name: two characters run together, then one alone
        # that pairs with nothing, are a three-character name cut by the column, 李明 / 远; on
        # the byline's last line, where nothing after it can pair, whatever the name, 扎西顿 / 珠)
        singles = next((n for n, w in enumerate(words) if len(w) != 1), len(words))
        name_cut = (len(last) in (2, 3) and len(first) == 1 and singles % 2 == 1
                    and ROLE_WORDS.sub("", last) == last and _han(last)
                    and (name_like(last + first) or n_text == len(texts) - 1 and singles == len(words)))
        # (... and where it pads them, two characters run together at a line's end are no
        # two-character name: a longer one cut by the column, 袁  泉  琼达 / 卓嘎)
        # (... and a name with a middle dot cut right after it, 阿依古丽·买 / 买提)
        name_cut = name_cut or ("·" in last and len(last.rsplit("·", 1)[1]) <= 1 and "·" not in first
                                and _han(first))
        # (... or later in its last part, the line after holding the rest alone, 古丽米拉·阿不 / 都;
        # or before its dot, 古丽 / 米拉·阿不都, what ends the line no name of its own)
        name_cut = name_cut or ("·" in last and "·" not in first and len(words) == 1 and len(first) <= 2
                                and _han(first))
        name_cut = name_cut or ("·" in first and "·" not in last and 2 <= len(last) <= 4 and _han(last)
                                and not name_like(last) and ROLE_WORDS.sub("", last) == last)
        name_cut = name_cut or (len(last) == 2 == len(first) and _pads(out)
                                and ROLE_WORDS.sub("", last) == last
                                and _han(last + first))
        out += ("" if not out or _single_tail(out) % 2 or role_cut or name_cut else " ") + t
    return out.strip()


def _han(text: str) -> bool:
    """Whether ``text`` is ideographs only (a name's characters, no mark or Latin in it)."""
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _pads(text: str) -> bool:
    """Whether a byline pads its two-character names (``袁  泉``: two one-character words)."""
    words = text.split()
    return any(len(a) == len(b) == 1 for a, b in zip(words, words[1:]))


def _single_tail(text: str) -> int:
    """How many one-character words ``text`` ends with (a padded name is two of them)."""
    tail = 0
    for w in reversed(text.split()):
        if len(w) != 1:
            break
        tail += 1
    return tail
