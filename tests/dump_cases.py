"""What the dump-head tests share: the paper's date note, a page's top and an article's text,
and a dump read into its articles, their heads, or text cut at a column's width."""

from __future__ import annotations

from zhdoc.pipeline import analyze_text

NOTE = "《人民日报》（2025年04月09日第 05 版）"
#: the top of a page's dump: masthead, date line, staff credits
PAGE_TOP = "人民日报\n2026年1月5日  星期一\n本版责编：王  明  李  华\n版式设计：赵  芳\n"
#: an article's text wrapped at 16-17 characters, the same under every head of a test page
BODY = ("城市更新，是推动城市治理现代化的\n重要抓手。各地因地制宜、保留特色，\n提升了环境、丰富了业态、服务了商户\n"
        "和居民，老街区焕发出新的活力，吸\n引了众多市民和游客前来体验。\n")


def articles(text: str):
    doc = analyze_text(text, name="t.txt")
    return list(doc.structure.articles)


def heads(text: str) -> list[tuple]:
    return [(a.title, a.authors) for a in articles(text)]


def wrap(text: str, width: int) -> str:
    """``text`` cut into lines of ``width`` characters (a paragraph a line of the input)."""
    out = []
    for para in text.splitlines():
        out += [para[k:k + width] for k in range(0, len(para), width)]
    return "\n".join(out) + "\n"
