"""The articles of the composed pages (typesetters/news_pages.py): a 人民日报 website record
(../shared/corpus/rmrb/) read into a story (title parts, names, affiliation, caption, blocks of
text and headings) and the story's truth in the form ``evaluation.news.parse_truth`` reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

@dataclass
class Story:
    """One article as the page prints it."""

    key: str  # day/index in the day's JSON
    main: str
    kicker: str | None
    subtitle: str | None
    label: str | None  # column tag or 系列 label, printed in a box, not in the truth
    reporter: bool  # the byline has 本报记者
    authors: list[str]  # names as the paper prints them (两字 names padded: 王  珂)
    affiliation: str | None  # （作者为…） note
    blocks: list[tuple[str, str]]  # ("p" | "h", text) in reading order
    caption: str | None = None  # photo caption (+ credit)


RE_CREDIT = re.compile(r"(摄|供图|绘|摄影报道)(（[^）]*）)?$")
RE_CAPTION = re.compile(r"^(图[①-⑩]?[为：:]|数据来源：|制图：|版式设计：)")
RE_AFF = re.compile(r"^（作者(为|单位：)(.+)）$")


def one_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def split_tag(title: str) -> tuple[str, str | None]:
    """A title and its trailing （…） column tag (nested brackets allowed)."""
    if not title.endswith("）"):
        return title, None
    depth = 0
    for i in range(len(title) - 1, -1, -1):
        if title[i] == "）":
            depth += 1
        elif title[i] == "（":
            depth -= 1
            if depth == 0:
                main = title[:i].strip()
                return (main, title[i + 1:-1]) if main else (title, None)
    return title, None


def author_names(author: str) -> list[str]:
    """The names of an ``author`` field: runs of 2+ spaces part names, and two one-character
    pieces in a row are one padded name (``王  珂``)."""
    parts = [p for p in re.split(r"\s{2,}", author.strip()) if p]
    out: list[str] = []
    i = 0
    while i < len(parts):
        if len(parts[i]) == 1 and i + 1 < len(parts) and len(parts[i + 1]) == 1:
            out.append(parts[i] + "  " + parts[i + 1])
            i += 2
        else:
            out.append(parts[i])
            i += 1
    return out


def story(record: dict, key: str) -> Story:
    paras = [p.strip() for p in record["markdown_body"].split("\n\n") if p.strip()]
    kicker = subtitle = label = None
    reporter = False
    main = ""
    blocks: list[tuple[str, str]] = []
    captions: list[str] = []
    affiliation = None
    for p in paras:
        if p.startswith("### "):
            kicker = one_space(p[4:])
        elif p.startswith("# "):
            first, *rest = p.split("\n")
            main, tag = split_tag(first[2:].strip())
            main = one_space(main)
            series = [r[2:].strip().removeprefix("系列：") for r in rest if r.startswith("> ")]
            label = tag or (series[0] if series else None)
        elif p.startswith("## "):
            subtitle = one_space(p[3:])
        elif p.startswith("> "):
            reporter = "本报记者" in p
        elif p.startswith("**") and p.endswith("**") and p.count("**") == 2:
            blocks.append(("h", p[2:-2].strip()))
        elif RE_CAPTION.match(p) or (RE_CREDIT.search(p) and len(p) < 40):
            captions.append(p)
        elif RE_AFF.match(p):
            affiliation = RE_AFF.match(p).group(2)  # type: ignore[union-attr]
        else:
            blocks.append(("p", p.replace("**", "")))
    # a caption is the short paragraph right before a credit at the head of the body
    caption = None
    if captions:
        caption = "  ".join(c for c in captions if not c.startswith(("数据来源", "制图", "版式设计")))
    return Story(key, main, kicker, subtitle, label, reporter, author_names(record["author"]),
                 affiliation, blocks, caption or None)


def caption_lead(record: dict) -> list[str]:
    """Short paragraphs before the first credit line: photo captions set as body text by the
    markdown (``中外游客体验湘西苗族传统服饰。`` before ``吴东林摄``)."""
    paras = [p.strip() for p in record["markdown_body"].split("\n\n") if p.strip()]
    body = [p for p in paras if not p.startswith(("#", ">"))]
    out = []
    for i, p in enumerate(body[:8]):
        if RE_CREDIT.search(p) and len(p) < 40 and i > 0 and len(body[i - 1]) < 60 \
                and not RE_CREDIT.search(body[i - 1]):
            out.append(body[i - 1])
    return out


def load_story(record: dict, key: str) -> Story:
    s = story(record, key)
    lead = caption_lead(record)
    if lead:
        s.blocks = [b for b in s.blocks if not (b[0] == "p" and b[1] in lead)]
        s.caption = "  ".join([*lead, *(s.caption.split("  ") if s.caption else [])])
    return s


def truth_names(s: Story) -> list[str]:
    """The authors the truth names: the byline's, or where the page prints none, the reporters
    the text credits (a dateline's （记者刘洪超）, a closing （本报记者赵政、刘佳华）), as the website
    copies' truth has it (``evaluation.webcopy.credited``: one definition of who wrote an
    unsigned item)."""
    from evaluation.webtruth import RE_NOT_NAME, credited

    if s.authors:  # (a role or posts printed with the names, 新华社记者, …馆长, name no one)
        return ["".join(n.split()) for n in s.authors if not RE_NOT_NAME.search("".join(n.split()))]
    return list(credited([("paragraph", t) for k, t in s.blocks if k == "p"]))


def truth_text(s: Story) -> str:
    title = f"{s.kicker}  {s.main}" if s.kicker else s.main
    lines = [f"# {title}"]
    if s.subtitle:
        lines.append(s.subtitle)
    aff = f"（{s.affiliation}）" if s.affiliation else ""
    lines.append("作者：" + "；".join(n + aff for n in truth_names(s)))
    lines.append("")
    for kind, text in s.blocks:
        lines += [f"## {text}" if kind == "h" else text, ""]
    return "\n".join(lines)
