"""Byline fields: the names in a byline and the affiliations in a trailer (what a byline is:
``Kind.BYLINE`` in :mod:`zhdoc.rules.kinds`).

Chinese bylines pad two-character names with a space (``□ 吕 铁 刘 丹`` is 吕铁 and 刘丹),
put roles before the names (``本报记者``, ``作者：``) and affiliations in brackets after them.
"""

from __future__ import annotations

from zhdoc.rules.bylines import (
    AFFILIATION_NUMBER, AFFILIATION_POSTCODE, AUTHOR_MARK, COLLECTIVE_BYLINE, INSTITUTION_AUTHOR, NAME_AFFILIATION,
    NAME_TAIL, POSITION, ROLE_WORDS, TRAILER_AFFILIATIONS, described_names,
)


def collective_author(byline: str) -> str | None:
    """The collective author a byline names (本报评论员), or the body signing as the author
    (中共国家林业和草原局党组), else None.

    >>> collective_author("本报评论员"), collective_author("本报记者 王晓明"), collective_author("中共教育部党组")
    ('本报评论员', None, '中共教育部党组')
    """
    flat = "".join(byline.split())
    return flat if COLLECTIVE_BYLINE.match(flat) or INSTITUTION_AUTHOR.match(flat) else None


def described_affiliations(byline: str) -> list[str]:
    """The institutions in a byline's description of its author, each position removed whole
    (``POSITION``), as a trailer's are (``parse_affiliations``).

    >>> described_affiliations("全国政协委员、国家图书馆古籍馆馆长 陈红彦"), described_affiliations("本报记者 王晓明")
    (['全国政协、国家图书馆古籍馆'], [])
    """
    found = described_names(byline)
    institutions = _institutions(found[0]) if found is not None else ""
    return [institutions] if institutions else []


def parse_authors(byline: str) -> list[str]:
    """The names in a byline; Chinese bylines pad two-character names with a space.

    >>> parse_authors("□ 吕 铁 刘 丹")
    ['吕铁', '刘丹']
    >>> parse_authors("本报记者 王晓明 李 娜 报道")
    ['王晓明', '李娜']
    >>> parse_authors("作者：张三、李四")
    ['张三', '李四']
    >>> parse_authors("作者：李文（北京大学经济学院）")
    ['李文']
    >>> parse_authors("陈思远1，王 琳2")
    ['陈思远', '王琳']
    >>> parse_authors("全国政协委员、中国科学院古脊椎动物与古人类研究所所长  徐  星")
    ['徐星']
    >>> parse_authors("本报记者  张  文"), parse_authors("李明 文  王芳 图")
    (['张文'], ['李明', '王芳'])
    """
    described = described_names(byline)
    if described is not None:
        byline = described[1]  # (who the author is, before the names: no name of them)
    s = ROLE_WORDS.sub(" ", NAME_AFFILIATION.sub(" ", byline))
    tokens = [t for t in "".join(c if c not in "、，,;；/|｜" else " " for c in s).split()]
    tokens = [NAME_TAIL.sub("", t) or t for t in tokens]
    tokens = [AUTHOR_MARK.sub("", t) or t for t in tokens]  # 陈思远1, 王琳*
    tokens = [t for k, t in enumerate(tokens) if t not in ("报道", "摄", "整理", "等") and not (
        t in ("文", "图") and not (k > 0 and len(tokens[k - 1]) == 1))]  # (李明 文 / 图, not 张  文)
    names: list[str] = []
    run: list[str] = []
    for t in [*tokens, ""]:
        if len(t) == 1:
            run.append(t)
            continue
        if len(run) == 3:
            names.append("".join(run))
        else:
            names += ["".join(run[k : k + 2]) for k in range(0, len(run), 2)]
        run = []
        if t:
            names.append(t)
    return names


def parse_affiliations(trailer: str) -> list[str]:
    """The affiliations in a trailer: the institutions, each position removed whole
    (``POSITION``), a part that is a position alone (常务副院长, the author's second post in
    the institution before it) dropped, parts parted by 、 as printed.

    >>> parse_affiliations("（作者单位：兰州财经大学金融学院）")
    ['兰州财经大学金融学院']
    >>> parse_affiliations("（作者为中国人民大学经济学院教授）")
    ['中国人民大学经济学院']
    >>> parse_affiliations("（作者为中国社会科学院学部委员、澳门大学讲座教授）")
    ['中国社会科学院、澳门大学']
    >>> parse_affiliations("（作者为最高人民法院党组副书记、常务副院长）")
    ['最高人民法院']
    """
    m = TRAILER_AFFILIATIONS.match("".join(trailer.split()))
    if not m:
        return []
    return [inst for part in m.group("aff").replace(";", "；").split("；") if (inst := _institutions(part))]


def _institutions(posts: str) -> str:
    """The institutions of an author's posts parted by 、, each position removed whole
    (``POSITION``), a post that is a position alone dropped ("" where all are).

    >>> _institutions("中国社会科学院学部委员、澳门大学讲座教授"), _institutions("常务副院长")
    ('中国社会科学院、澳门大学', '')
    """
    return "、".join(p for p in (POSITION.sub("", x).strip() for x in posts.split("、")) if p)


def parse_affiliation_line(line: str) -> list[str]:
    """The affiliations on a journal article's affiliation line, numbering and city with
    postcode removed.

    >>> parse_affiliation_line("（1.复旦大学经济学院，上海 200433；2.上海财经大学金融学院，上海 200433）")
    ['复旦大学经济学院', '上海财经大学金融学院']
    """
    inner = "".join(line.split()).strip("（）()")
    out = []
    for part in inner.replace(";", "；").split("；"):
        part = AFFILIATION_POSTCODE.sub("", AFFILIATION_NUMBER.sub("", part)).strip()
        if part:
            out.append(part)
    return out
