"""Number evaluation: hand-labelled mentions (evaluation/truth/labels/numbers_*.json) against ``find_numbers``.

A label file names a document of the corpus and lists every number mention in it (for the
``txt`` reports: in a contiguous, inclusive range of blank-line paragraphs, 0-based), labelled
by reading; conventions in evaluation/truth/labels/numbers_README.md. Mentions are matched per document by
surface (spaces ignored: a justified line's spacing is layout) and occurrence order, never by
offsets, so any paragraph segmentation of the seed can be scored. Value, unit and kind are
compared on the matched mentions; entities where the label gives one (the ``分别`` pairs).

The seed's paragraphs come from ``zhdoc.pipeline.analyze_text`` when the pipeline runs, else
from joining its lines: lines are stripped and joined within blank-line blocks, and a block is
joined to the previous one when that one ends without sentence-final punctuation.

Real news (issue 9, "Numbers on real pages"): label files with an ``article`` name one article of
``rmrb/articles_YYYYMMDD.json`` (its index in the array; ``paragraphs`` ranges over the lines of
its ``content``) or of a ``news_pdf/*.truth.md`` (its number, from 1; ``paragraphs`` ranges over
the article's lines after its title and byline, ``## `` headings without their mark). They were
labelled blind and are scored apart, as the ``numbers_news`` section (``run_news``), with its
targets (precision and recall ≥ 0.97, value+unit+kind ≥ 0.95 of the matched). The second held-out
set (``numbers_heldout2_*.json``, ``labelled_by`` with "second held-out set") was sealed until the
lead measured it once (``FIRST_HELDOUT2``); it is development data since round 2, scored in the
same section as rows of its own (``HELDOUT2_NAME``) with floors of its own.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from evaluation.corpus import LABELS, corpus_part
from evaluation.report import Table
from zhdoc.model import NumberMention
from zhdoc.extract.numbers import find_numbers
from zhdoc.rules.chars import CLOSERS, SENTENCE_END

LABELS_DIR = LABELS
_BLOCKS = re.compile(r"\n[ \t\u3000]*\n")
#: the four 分别 pairs of the seed: (surface, entity)
SEED_PAIRS = (("5.85倍", "美国"), ("3.62倍", "日本"), ("3.39倍", "德国"), ("3.17倍", "韩国"))


@dataclass(frozen=True)
class Score:
    """One document's (or the total's) counts."""

    name: str
    labelled: int
    found: int
    matched: int
    value_ok: int
    unit_ok: int
    kind_ok: int
    all_ok: int
    entities: int  # labelled mentions with an entity that were matched
    entities_ok: int
    missed: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    approx_ok: int = 0  # matched mentions whose approximate flag is right

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    def share(self, n: int) -> float:
        return n / self.matched if self.matched else 1.0


#: the mark of the second held-out set of real news (``numbers_heldout2_*.json``): sealed until
#: the lead measured it once before round 2 (``FIRST_HELDOUT2``), development data since
HELDOUT2_MARK = "second held-out set"
#: the name of its rows' total in the numbers_news table
HELDOUT2_NAME = "held out 2 (measured once before round 2, then used to fix)"


def is_heldout2(label: dict) -> bool:
    """A label file of the second held-out set (its ``labelled_by`` says so)."""
    return HELDOUT2_MARK in label.get("labelled_by", "")


#: the mark of the third held-out set of real news (``numbers_heldout3_*.json``), labelled blind
#: after round 2 and measured once by the lead (``FIRST_HELDOUT3``)
HELDOUT3_MARK = "held out 3"
#: the name of its rows' total in the numbers_news table
HELDOUT3_NAME = "held out 3 (measured once after round 2)"


def is_heldout3(label: dict) -> bool:
    """A label file of the third held-out set (its ``labelled_by`` says so)."""
    return label.get("labelled_by", "").startswith(HELDOUT3_MARK)


#: the mark of the fourth held-out set of real news (``numbers_heldout4_*.json``), labelled blind
#: after round 3 by three helpers who neither read nor ran the extractor, measured once by the
#: lead (``FIRST_HELDOUT4``)
HELDOUT4_MARK = "held out 4"
#: the name of its rows' total in the numbers_news table
HELDOUT4_NAME = "held out 4 (measured once after round 3)"


def is_heldout4(label: dict) -> bool:
    """A label file of the fourth held-out set (its ``labelled_by`` says so)."""
    return label.get("labelled_by", "").startswith(HELDOUT4_MARK)


def news_set(label: dict) -> int:
    """Which real-news set a label file belongs to: 1, 2, 3 or 4."""
    return 4 if is_heldout4(label) else 3 if is_heldout3(label) else 2 if is_heldout2(label) else 1


def load_labels(labels_dir: Path = LABELS_DIR) -> list[dict]:
    """Every numbers_*.json label file, sorted by name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(labels_dir.glob("numbers_*.json"))]


def is_real_news(label: dict) -> bool:
    """A label file of the real-news set: it names an article of rmrb/ or news_pdf/."""
    return "article" in label


def rmrb_lines(path: Path, index: int) -> list[str]:
    """The lines of ``content`` of article ``index`` of an ``rmrb/articles_YYYYMMDD.json``."""
    return json.loads(path.read_text(encoding="utf-8"))[index]["content"].split("\n")


def truth_article_lines(text: str, number: int) -> list[str]:
    """Article ``number`` (from 1) of a ``news_pdf`` truth file: its lines after the ``# `` title
    and the ``作者：`` line, ``## `` headings without their mark."""
    blocks = [b for b in re.split(r"^---\s*$", text, flags=re.M)[1:] if b.strip().startswith("# ")]
    lines = [ln.strip() for ln in blocks[number - 1].splitlines() if ln.strip()]
    return [ln[3:].strip() if ln.startswith("## ") else ln
            for ln in lines if not ln.startswith("# ") and not ln.startswith("作者：")]


def article_lines(label: dict, corpus_dir: Path) -> list[str]:
    """All lines of the article a real-news label file names."""
    path = corpus_dir / label["document"]
    if path.suffix == ".json":
        return rmrb_lines(path, label["article"])
    return truth_article_lines(path.read_text(encoding="utf-8"), label["article"])


def paragraph_blocks(text: str) -> list[str]:
    """Blank-line blocks with their lines stripped and joined (the ``txt`` paragraphs)."""
    return ["".join(line.strip() for line in b.splitlines()) for b in _BLOCKS.split(text)]


def joined_paragraphs(text: str) -> list[str]:
    """Blocks, with a block joined to the previous one when that one has no sentence end."""
    out: list[str] = []
    for b in paragraph_blocks(text):
        if not b:
            continue
        if out and not out[-1].rstrip(CLOSERS).endswith(tuple(SENTENCE_END)) and _continues(out[-1]):
            out[-1] += b
        else:
            out.append(b)
    return out


def _continues(prev: str) -> bool:
    """A block cut by a column break ends mid-sentence (it has clause punctuation)."""
    return any(c in prev for c in "，、；：,;")


def seed_paragraphs(text: str) -> list[str]:
    """The seed as paragraphs (and headings), as the pipeline gives them."""
    from zhdoc.pipeline import analyze_text

    work = analyze_text(text)
    paras = [p.text for a in work.structure.articles for _, _, p in a.paragraphs()]
    heads = [s.heading for a in work.structure.articles for s in a.sections if s.heading]
    if paras:
        return heads + paras  # headings hold numbers too (四方面, 六大举措)
    return joined_paragraphs(text)  # the pipeline found no paragraphs: join lines instead


def _key(surface: str) -> str:
    return surface.replace(" ", "").replace("\u3000", "")


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def pair(found: list[NumberMention], labels: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Match labels to found mentions by (surface, occurrence order): the (label, found) index
    pairs, the labels missed and the found mentions left over (false mentions), as indices."""
    by_surface: dict[str, list[int]] = defaultdict(list)
    for j, m in enumerate(found):
        by_surface[_key(m.surface)].append(j)
    seen: Counter[str] = Counter()
    pairs, missed = [], []
    for i, lab in enumerate(labels):
        k = _key(lab["surface"])
        n = seen[k]
        seen[k] += 1
        if n < len(by_surface[k]):
            pairs.append((i, by_surface[k][n]))
        else:
            missed.append(i)
    extra = [j for k, js in by_surface.items() for j in js[seen[k]:]]
    return pairs, missed, extra


def score(name: str, found: list[NumberMention], labels: list[dict]) -> Score:
    """Match by (surface, occurrence order) and compare the matched pairs."""
    pairs, missed_i, extra_j = pair(found, labels)
    value_ok = unit_ok = kind_ok = all_ok = ents = ents_ok = approx_ok = 0
    wrong = []
    for i, j in pairs:
        lab, m = labels[i], found[j]
        v = _same_value(m.value, lab["value"])
        u = m.unit == lab["unit"]
        kd = m.kind == lab["kind"]
        value_ok, unit_ok, kind_ok, all_ok = value_ok + v, unit_ok + u, kind_ok + kd, all_ok + (v and u and kd)
        approx_ok += m.approximate == bool(lab.get("approximate"))
        if not (v and u and kd):
            wrong.append(f"{lab['surface']}: {m.value:g}/{m.unit}/{m.kind}" if m.value is not None
                         else f"{lab['surface']}: –/{m.unit}/{m.kind}")
        if lab.get("entity"):
            ents += 1
            ents_ok += m.entity == lab["entity"]
    missed = [labels[i]["surface"] for i in missed_i]
    extra = [found[j].surface for j in extra_j]
    return Score(name, len(labels), len(found), len(pairs), value_ok, unit_ok, kind_ok, all_ok,
                 ents, ents_ok, tuple(missed), tuple(extra), tuple(wrong), approx_ok)


def evaluate_file(label: dict, corpus_dir: Path) -> tuple[Score, list[NumberMention]]:
    """One label file → its score and the mentions found."""
    if is_real_news(label):
        first, last = label["paragraphs"]
        paras = article_lines(label, corpus_dir)[first:last + 1]
        found = [m for p in paras for m in find_numbers(p)]
        return score(news_name(label), found, label["mentions"]), found
    text = (corpus_dir / label["document"]).read_text(encoding="utf-8")
    if "paragraphs" in label:
        first, last = label["paragraphs"]
        paras = paragraph_blocks(text)[first:last + 1]
        name = f"{Path(label['document']).name} ¶{first}–{last}"
    else:
        paras = seed_paragraphs(text)
        name = Path(label["document"]).name
    found = [m for p in paras for m in find_numbers(p)]
    return score(name, found, label["mentions"]), found


def _total(scores: list[Score]) -> Score:
    def s(attr: str) -> int:
        return sum(getattr(x, attr) for x in scores)

    return Score("all", s("labelled"), s("found"), s("matched"), s("value_ok"), s("unit_ok"),
                 s("kind_ok"), s("all_ok"), s("entities"), s("entities_ok"), approx_ok=s("approx_ok"))


def run(corpus_dir: Path | None) -> list[Table]:
    """The number tables: mentions found, values right, 分别 pairs."""
    if corpus_dir is None or not Path(corpus_dir).is_dir():
        return [Table("Numbers: hand-labelled mentions", ("text",), (),
                      notes=("../shared/corpus is absent: nothing to evaluate.",))]
    corpus_dir = Path(corpus_dir)
    scores, seed_found, held_out, round2 = [], [], [], []
    for label in (lab for lab in load_labels() if not is_real_news(lab)):
        sc, found = evaluate_file(label, corpus_dir)
        scores.append(sc)
        if "held out" in label.get("labelled_by", ""):
            held_out.append(sc)
            if "round 2" in label["labelled_by"]:
                round2.append(sc)
        if "paragraphs" not in label:
            seed_found = found
    total = _total(scores)
    summary = [total]
    if held_out:
        summary.append(replace(_total(held_out), name="held out only"))
    if round2:
        summary.append(replace(_total(round2), name="held out, round 2"))
    rows = tuple(
        (x.name, x.labelled, x.found, x.matched, x.precision, x.recall, x.share(x.all_ok),
         x.share(x.value_ok), x.share(x.unit_ok), x.share(x.kind_ok))
        for x in [*scores, *summary]
    )
    notes = ["Held out: label files marked so were labelled after the rules were frozen and scored "
             "before any change; the others were labelled while the rules were refined. Round 2: "
             "labelled after the fixes the first held-out files prompted. Real news (issue 9) is "
             "scored apart, in the numbers_news section."]
    for x in scores:
        for what, items in (("missed", x.missed), ("extra", x.extra), ("value/unit/kind wrong", x.wrong)):
            if items:
                notes.append(f"{x.name} — {what}: " + ", ".join(items[:12]) + (" …" if len(items) > 12 else ""))
    mentions = Table(
        "Numbers: hand-labelled mentions (surface match, then value/unit/kind of the matched)",
        ("text", "labelled", "found", "matched", "precision", "recall", "value+unit+kind",
         "value", "unit", "kind"),
        rows,
        notes=tuple(notes),
        checks=(
            (f"precision ≥ 0.95 (all: {total.precision:.3f})", total.precision >= 0.95),
            (f"recall ≥ 0.95 (all: {total.recall:.3f})", total.recall >= 0.95),
            (f"value, unit and kind right on ≥ 0.9 of the found (all: {total.share(total.all_ok):.3f})",
             total.share(total.all_ok) >= 0.9),
        ),
    )
    pairs_found = {(m.surface, m.entity) for m in seed_found}
    pair_rows = tuple((s, e, next((m.entity for m in seed_found if m.surface == s), None))
                      for s, e in SEED_PAIRS)
    n_pairs = sum((s, e) in pairs_found for s, e in SEED_PAIRS)
    entities = Table(
        "Numbers: entities (分别 pairs and labelled subjects)",
        ("text", "labelled with entity", "entity right"),
        tuple((x.name, x.entities, x.entities_ok) for x in [*scores, total]),
        notes=("Seed 分别 pairs (value, labelled entity, found entity): "
               + "; ".join(f"{s} → {e} / {f}" for s, e, f in pair_rows),),
        checks=((f"the seed's 4 分别 pairs ({n_pairs}/4)", n_pairs == 4),),
    )
    return [mentions, entities]


# -- real news (issue 9: "Numbers on real pages") ------------------------------------------------

#: issue 9's target on real text, abstracts and ledes included
TARGET_NEWS = 0.97
#: value, unit and kind right on this share of the matched mentions
TARGET_NEWS_VUK = 0.95
#: the first measurement on the real-news set: the one run after the labels were committed
#: (numbers branch at abbcf85 on main 8526f0a, 2026-12-03), before any change to the extractor;
#: the honest figure for real text. Also in evaluation/truth/labels/numbers_README.md.
FIRST_NEWS: str | None = (
    "First measurement (2026-12-03, extractor of main 8526f0a, labels abbcf85, before any change): "
    "407 labelled, 383 found, 359 matched: precision 0.937, recall 0.882; of the matched, value, "
    "unit and kind right 341 (0.950), value 353, unit 355, kind 343, approximate 359 of 359; "
    "分别 entities 1 of 4. One label was then corrected (质量第一 had been left out: 408 labelled, "
    "360 matched, precision 0.940, recall 0.882, value+unit+kind 0.947). The 48 misses: "
    "(a) classifier or unit not known, the mention missed or cut before it, 20: 马力 (220马力, "
    "180马力), 样 (两样 ×2, 三样), 袋 (1596袋, 850袋左右, 7000多袋; 不到10袋 → 不到10), 首 "
    "(2000多首 → 2000多), 部门 (16部门 → 16部, 8部门, 三部门), 个季度/个年头 (13个季度 → 13个, "
    "近30个年头 → 近30个), 檐 (四檐 ×2), 重 (三重), an ordinal's classifier (第一台 → 第一, "
    "第一卷 → 第一); (b) magnitudes without a digit, 11: 数/几 + magnitude (数千年, 数百万株, "
    "数百年, 数千元, 几百元, 几千元; 几十个 → 十个), a bare magnitude with a unit (百公里, 千吨级, "
    "千米之外), 上百亿元; (c) ranges of adjacent numerals, 4: 八九种, 七八个, 三四个月, 四五次; "
    "(d) qualifiers dropped, 3: 过千亿元 → 千亿元, 近1万年 → 1万年, 前三季度 → 三季度; (e) words "
    "for multiples and shares, 4: 翻倍, 倍增, 两成五 → 两成, 六分(熟); (f) ratios of three terms "
    "cut to two, 2 (12.7∶50.5∶36.8 → 12.7∶50.5); (g) 约1/3 → 约1; (h) a month range read as one "
    "(3月到4月, labelled as two dates), 2; (i) 14亿多 read with 人口 as unit 人, 1. The 23 false "
    "mentions: 19 are the cut or widened forms above; 4 are not numbers: set phrases 四位一体, "
    "三位一体 (四位, 三位), the idiom 十天半月 (十天), the congress name 党的八大 (八大). The 19 "
    "matched with value, unit or kind wrong: 第一 as an ordinal where it ranks (第一要务, 第一动力, "
    "质量第一), 8; ratios a∶1 inverted (1.9∶1 → 0.526, 2.43∶1), 2; kinds the label conventions do "
    "not have: month for 3月/8月 (labels: date, date_iso --MM), 4, and day for 6日游/3日踏春游 "
    "(labels: duration), 2; ordinals taken as counts (二次销售, 二级能效), 2; the year range "
    "2024—2035 without 年 read as a bare number, 1.")
#: after the rules were generalised from the first measurement's misses (numbers branch,
#: 2026-12-03): tuned on these very mentions, so no evidence of generalisation; a fresh blind
#: set measures that
AFTER_NEWS: str | None = (
    "After the misses above were turned into general rules (numbers branch, 2026-12-03): 408 "
    "labelled, 408 found, 408 matched, value, unit and kind right on all 408, approximate on all "
    "408; 分别 entities 1 of 4 (unchanged: the entity readers were left as they were). These rules "
    "were written while reading these mentions: the figure is the tuned one, not a held-out one.")
#: the second held-out set (numbers_heldout2_*.json), measured once before round 2: the one run
#: by the lead (2026-12-03, extractor of the numbers branch at 6460c45) before any change for it;
#: the honest figure for new real text after the first round. Also in numbers_README.md.
FIRST_HELDOUT2: str | None = (
    "Second held-out set, measured once before round 2 (2026-12-03, extractor of 6460c45, by the "
    "lead, before any change for it): 336 labelled, 317 found, 302 matched: precision 0.953, "
    "recall 0.899; of the matched, value, unit and kind right 298 (0.987), value 302, unit 300, "
    "kind 300, approximate 302 of 302; 分别 entities 2 of 2. The 34 misses: units or classifiers "
    "not known (摄氏度 ×3, 口 ×3, 字 ×3 with 2万余字 → 2万余, 夜, 地, 3000个/立方厘米 → 3000个); 近N年 "
    "without 近 (近5年 ×4, 近两年); 半 after a classifier or unit (1个半小时 → 1个, 一年半); 十数米; "
    "上世纪90年代 → 90年代; Roman-numeral grades (Ⅱ类以上, Ⅲ类, Ⅰ级); the range 一两个月; a bare year "
    "(健康中国2030); 500强 (a rank); 百余份; military units and school grades (5旅, 13团, 一二〇师 ×2, "
    "六年级 → 六年, 二班). The 15 false mentions: 10 cut forms of those; 八项 ×2 inside a 《…》 title, "
    "第七 of 第七医学中心, 三支 of “三支一扶”, 第二次 of 第二次世界大战. Matched but wrong: 2024年度 ×2 "
    "(unit 年, labels 年度), 2023届 and 2019届 as ordinals (labels: year).")
#: floors held by tests/test_eval_numbers_news.py: what the extractor reaches (raised from the
#: first measurement, 0.937/0.882/0.947, as the rules were generalised). Raise them as the
#: extractor improves; never lower them to pass.
FLOORS_NEWS: dict[str, float] = {"precision": 1.0, "recall": 1.0, "value+unit+kind": 1.0,
                                 "value": 1.0, "unit": 1.0, "kind": 1.0}
#: after round 2 (numbers branch, 2026-12-03): the second set's misses as general rules; tuned on
#: these mentions, so no evidence of generalisation (FIRST_HELDOUT2 is that)
AFTER_HELDOUT2: str | None = (
    "After round 2 (numbers branch, 2026-12-03): each category of the second set's misses became a "
    "general rule (units and classifiers, a half after a unit, 十数, 一两, 百余, 上世纪N年代, Roman "
    "grades, numbered units and school grades, a year in a title, 500强, 2023届; no number in a "
    "title of a work but calendar ones, in a slogan abbreviating words or in an event's name; 近 a "
    "qualifier before a duration too, one report label corrected to match, see numbers_README.md): "
    "336 labelled, 336 found, 336 matched, value, unit and kind right on all, approximate on all. "
    "Tuned on these mentions: the figure before round 2 above is the honest one.")
#: the second held-out set's floors (its total row, ``HELDOUT2_NAME``): from its one measurement
#: before round 2 (0.953/0.899/0.987), raised to what round 2 reaches; never lowered
FLOORS_HELDOUT2: dict[str, float] = {"precision": 1.0, "recall": 1.0, "value+unit+kind": 1.0,
                                     "value": 1.0, "unit": 1.0, "kind": 1.0}
#: the third held-out set (numbers_heldout3_*.json: 12 more rmrb articles, 352 mentions, labelled
#: blind after round 2, with new decisions the README records: caps 最高/最长 as qualifiers,
#: three-digit hotlines no numbers, nouns as classifiers 两侧/三面), measured once by the lead
#: (2026-12-03, extractor of main at 05d76b7) before any change for it: the honest figure for new
#: real text after two rounds. Also in numbers_README.md.
FIRST_HELDOUT3: str | None = (
    "Third held-out set, measured once after round 2 (2026-12-03, extractor of 05d76b7, by the "
    "lead, before any change for it): 352 labelled, 333 found, 315 matched: precision 0.946, "
    "recall 0.895; of the matched, value, unit and kind right 312 (0.990), value 313, unit 315, "
    "kind 312, approximate 315 of 315; 分别 entities 1 of 9. The misses: caps before an amount or "
    "a term (最高10万元, 最长3年 ×6 found without 最高/最长, 2年内, 7×24小时), nouns as classifiers "
    "(两侧 ×2, 两端, 三面, 四面, 三国, 两杯, 两季 ×2), 几十杯, quoted target years (“2035”, “2049”), "
    "2025版, 百年/千年 as measures of time, 89.0/69.2 (bare scores), 150兆帕 (unit not known), "
    "2500余通, 90后, 4楼, ‘万元户’ → 万元; 前两天 → 两天. False: 一个百分点, 十年 (in a set phrase), "
    "a hotline code 1314. Wrong: times of day 9:30/16:00 read as ratios, 第一 as an ordinal where "
    "the label says rank.")
#: after round 3 (numbers3 branch, 2026-12-03): the third set's misses as general rules; tuned on
#: these mentions, so no evidence of generalisation (FIRST_HELDOUT3 is that)
AFTER_HELDOUT3: str | None = (
    "After round 3 (numbers3 branch, 2026-12-03): each category of the third set's misses became a "
    "general rule (caps 最高/最长… and 内 after a duration as bounds; 兆帕, 年期, 杯, 侧, 端, 季, 面 "
    "before 环/临, 通 and the floor 楼 after digits, N国 after a list of names; times of day as dates "
    "T09:30 in date_iso, products 7×24小时 with no value, 90后 cohorts; quoted target years, 2025版, "
    "scores after 指数/水平, codes after 编号 none; 以百年、千年为计, 万元户; 前两天; 一 after 任何 a "
    "determiner; 分别 over a topic list, a measure shared by a list), checked against every mention "
    "the extractor gives on the whole corpus before and after; two older labels corrected to the "
    "convention on nouns as classifiers (四面 in numbers_rmrb_20250412_0, 两端 ×2 in the seed; see "
    "numbers_README.md): 352 labelled, 352 found, 352 matched, value, unit and kind right on all, "
    "approximate on all; 分别 entities 8 of 9. Tuned on these mentions: the figure before round 3 "
    "above is the honest one for new text.")
#: the third set's floors (its total row, ``HELDOUT3_NAME``): from its one measurement before
#: round 3 (0.946/0.895/0.990), raised to what round 3 reaches; never lowered
FLOORS_HELDOUT3: dict[str, float] = {"precision": 1.0, "recall": 1.0, "value+unit+kind": 1.0,
                                     "value": 1.0, "unit": 1.0, "kind": 1.0}
#: after round 4 (2026-12-06): the fourth set's misses as general rules; tuned on these mentions,
#: so no evidence of generalisation (FIRST_HELDOUT4 is that)
AFTER_HELDOUT4: str | None = (
    "After round 4 (2026-12-06): each category of the fourth set's misses but one became a general "
    "rule (部分, 省份, 基 after digits, 河 as classifiers, a noun classifier in a quoted saying none; "
    "floors in Chinese numerals 二楼; a magnitude alone after 超/破/近, 超千万; comparisons 低于/高于/"
    "少于/多于 right before the number as bounds; a part of the day setting the hour, 晚上8点 → T20:00; "
    "Arabic numbers listed before the last one's unit share it, 0.8、2.0、2.8个百分点; 届 after a verb "
    "of holding a count; a year and 级 beside a school or a student a class, year; 第二课堂-like "
    "terms, a numbered unit in an institution's name, the period 五代, the idiom 从0到1 none; 分别 "
    "after clauses each predicating one number pairs their subjects), checked against every mention "
    "the extractor gives on the whole corpus before and after: 293 labelled, 292 found, 292 matched: "
    "precision 1.000, recall 0.997, value, unit and kind right on all, approximate on all; 分别 "
    "entities 3 of 3. Left: 翻番 without a numeral (labelled 2 倍 here, unlabelled in "
    "numbers_beijing_2025.json ¶11, 均实现翻番: the two label sets disagree, and no label was "
    "changed). Tuned on these mentions: the figure before round 4 above is the honest one for new "
    "text.")
#: the fourth set's floors (its total row, ``HELDOUT4_NAME``): from its one measurement before
#: round 4 (0.965/0.952/0.989), raised to what round 4 reaches (recall 292/293, rounded down);
#: never lowered
FLOORS_HELDOUT4: dict[str, float] = {"precision": 1.0, "recall": 0.996, "value+unit+kind": 1.0,
                                     "value": 1.0, "unit": 1.0, "kind": 1.0}


#: the fourth held-out set (numbers_heldout4_*.json: 19 more rmrb articles of the shared days none
#: of the earlier sets labelled, 293 mentions, labelled blind after round 3; a twentieth, 20250411
#: #5, was dropped: the website prints it twice, and #0 is in the third set), measured once by the
#: lead (2026-12-06, extractor of main at 3a858f6) before any change for it: the honest figure for
#: new real text after three rounds. Also in numbers_README.md.
FIRST_HELDOUT4: str | None = (
    "Fourth held-out set, measured once after round 3 (2026-12-06, extractor of 3a858f6, by the "
    "lead, before any change for it): 293 labelled, 289 found, 279 matched: precision 0.965, "
    "recall 0.952; of the matched, value, unit and kind right 276 (0.989), value 279, unit 279, "
    "kind 276, approximate 279 of 279; 分别 entities 0 of 1. The misses: a classifier word cut "
    "short (第一部分 → 第一部 ×2), units not known (14省份, 26基, 两河 after a numeral), floors in "
    "Chinese numerals (二楼, 三楼), magnitudes alone (超千万, 千万), 翻番 without a numeral, "
    "numbers of a list sharing the last one's unit (0.8、2.0、2.8个百分点 → only the last), bounds "
    "(低于20% → 20%, 晚上8点 → 8点). False: ordinals inside names (第二师 of a school's name, "
    "“第二课堂”, 第二居所), the period 五代, the slogan “从0到1”. Wrong: 4届 (editions held, a "
    "count) as an ordinal, 1987级/2010级 (classes named by year) as ordinals.")


def news_name(label: dict) -> str:
    """A real-news row's name: day, article index, page and line range; or truth file and article."""
    doc = Path(label["document"])
    first, last = label["paragraphs"]
    if doc.suffix == ".json":
        day = doc.stem.removeprefix("articles_")
        page = f" ({label['page']})" if label.get("page") else ""
        return f"rmrb {day} #{label['article']}{page} ¶{first}–{last}"
    return f"{doc.name.removesuffix('.truth.md')} article {label['article']}"


@dataclass(frozen=True)
class NewsRun:
    """One real-news label file scored: where each labelled and found mention is."""

    label: dict
    score: Score
    paras: list[str]
    found: list[NumberMention]
    found_para: list[int]  # the paragraph (index into paras) of each found mention

    @property
    def label_spans(self) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) of each labelled mention, found in its paragraph in order."""
        first = self.label["paragraphs"][0]
        cursor: Counter[int] = Counter()
        spans = []
        for lab in self.label["mentions"]:
            p = lab["p"] - first
            k = self.paras[p].find(lab["surface"], cursor[p])
            spans.append((p, k, k + len(lab["surface"])) if k >= 0 else (p, -1, -1))
            if k >= 0:
                cursor[p] = k + len(lab["surface"])
        return spans


def run_news_file(label: dict, corpus_dir: Path) -> NewsRun:
    first, last = label["paragraphs"]
    paras = article_lines(label, corpus_dir)[first:last + 1]
    found, where = [], []
    for i, p in enumerate(paras):
        ms = find_numbers(p)
        found += ms
        where += [i] * len(ms)
    return NewsRun(label, score(news_name(label), found, label["mentions"]), paras, found, where)


def boundaries(run: NewsRun) -> tuple[list[str], list[str], list[str]]:
    """The misses and false mentions of one file by position: of the labelled and found mentions
    the score did not pair (by surface and order), labelled mentions found with other bounds
    (``labelled → found``), labelled mentions with nothing found over them, and found mentions
    over no labelled one. (A surface occurring twice in a paragraph, once unlabelled in a
    《…》 title, may place its label on the wrong one: pairing first keeps such labels out.)"""
    labels = run.label["mentions"]
    paired, _, _ = pair(run.found, labels)
    done_labels, done_found = {i for i, _ in paired}, {j for _, j in paired}
    over: dict[int, list[int]] = {}  # label → the found mentions over it
    for i, (p, s, e) in enumerate(run.label_spans):
        if i in done_labels:
            continue
        over[i] = [j for j, m in enumerate(run.found)
                   if j not in done_found and run.found_para[j] == p and m.start < e and s < m.end]
    other, none = [], []
    for i, js in over.items():
        p, s, e = run.label_spans[i]
        if any(run.found[j].start == s and run.found[j].end == e for j in js):
            continue
        if js:
            other.append(f"{labels[i]['surface']} → " + " + ".join(run.found[j].surface for j in js))
        else:
            none.append(labels[i]["surface"])
    touched = {j for js in over.values() for j in js} | done_found
    false = [m.surface for j, m in enumerate(run.found) if j not in touched]
    return other, none, false


def news_runs(corpus_dir: Path, *, sets: tuple[int, ...] = (1, 2, 3, 4)) -> list[NewsRun]:
    """The real-news label files of the given sets (``news_set``) scored."""
    return [run_news_file(lab, corpus_dir) for lab in load_labels()
            if is_real_news(lab) and news_set(lab) in sets]


def _news_row(x: Score) -> tuple:
    return (x.name, x.labelled, x.found, x.matched, x.precision, x.recall, x.share(x.all_ok),
            x.share(x.value_ok), x.share(x.unit_ok), x.share(x.kind_ok), x.share(x.approx_ok))


def _news_checks(x: Score, where: str) -> list[tuple[str, bool]]:
    """Issue 9's targets on one set's total: precision and recall, value, unit and kind."""
    vuk = x.share(x.all_ok)
    return [(f"precision ≥ {TARGET_NEWS} {where} ({x.precision:.3f})", x.precision >= TARGET_NEWS),
            (f"recall ≥ {TARGET_NEWS} {where} ({x.recall:.3f})", x.recall >= TARGET_NEWS),
            (f"value, unit and kind right on ≥ {TARGET_NEWS_VUK} of the matched {where} "
             f"({vuk:.3f})", vuk >= TARGET_NEWS_VUK)]


def run_news(corpus_dir: Path | None) -> list[Table]:
    """Numbers on real news: the blind labels of 人民日报 articles, scored per article and in all."""
    title = "Numbers on real news (held out, issue 9): hand-labelled mentions"
    if corpus_part(corpus_dir, "rmrb") is None:
        return [Table(title, ("text",), (), notes=("../shared/corpus/rmrb is absent: nothing to evaluate.",))]
    runs = news_runs(Path(corpus_dir))
    first = [r for r in runs if news_set(r.label) == 1]
    second = [replace(r, score=replace(r.score, name=f"2: {r.score.name}"))
              for r in runs if news_set(r.label) == 2]
    third = [replace(r, score=replace(r.score, name=f"3: {r.score.name}"))
             for r in runs if news_set(r.label) == 3]
    fourth = [replace(r, score=replace(r.score, name=f"4: {r.score.name}"))
              for r in runs if news_set(r.label) == 4]
    scores = [r.score for r in first]
    web = [r.score for r in first if r.label["document"].startswith("rmrb/")]
    pdf = [r.score for r in first if not r.label["document"].startswith("rmrb/")]
    total = replace(_total(scores), name="held out (real news)")
    total2 = replace(_total([r.score for r in second]), name=HELDOUT2_NAME)
    total3 = replace(_total([r.score for r in third]), name=HELDOUT3_NAME)
    total4 = replace(_total([r.score for r in fourth]), name=HELDOUT4_NAME)
    summary = [replace(_total(web), name="website articles (rmrb, 2025)"),
               replace(_total(pdf), name="theory articles (news_pdf truth, 2018)"), total]
    notes = ["Labelled blind by reading (numbers_rmrb_*, numbers_news_pdf_* in "
             "evaluation/truth/labels), captions, ledes and headings included, before the extractor "
             "was read or run on them; matched by surface and order like the other label files. "
             "The last column: matched mentions whose approximate flag is right. Rows 2: … are the "
             "second held-out set (numbers_heldout2_*), labelled blind later, measured once before "
             "round 2 and development data since; its total follows them. Rows 3: … are the third "
             "held-out set (numbers_heldout3_*), labelled blind after round 2 and measured once; "
             "its total follows them. Rows 4: … are the fourth held-out set (numbers_heldout4_*), "
             "labelled blind after round 3 and measured once; its total is the last row."]
    for x in (total, total2, total3, total4):
        if x.entities:
            notes.append(f"分别 pairs ({x.name}): the entity is right for {x.entities_ok} of the "
                         f"{x.entities} matched mentions labelled with one.")
    if FIRST_NEWS:
        notes.append(FIRST_NEWS)
    if AFTER_NEWS:
        notes.append(AFTER_NEWS)
    if FIRST_HELDOUT2:
        notes.append(FIRST_HELDOUT2)
    if AFTER_HELDOUT2:
        notes.append(AFTER_HELDOUT2)
    if FIRST_HELDOUT3:
        notes.append(FIRST_HELDOUT3)
    if AFTER_HELDOUT3:
        notes.append(AFTER_HELDOUT3)
    if FIRST_HELDOUT4:
        notes.append(FIRST_HELDOUT4)
    if AFTER_HELDOUT4:
        notes.append(AFTER_HELDOUT4)
    for r in [*first, *second, *third, *fourth]:
        other, none, false = boundaries(r)
        for what, items in (("found with other bounds (labelled → found)", other),
                            ("missed, nothing found there", none), ("false mentions", false),
                            ("value/unit/kind wrong", r.score.wrong)):
            if items:
                notes.append(f"{r.score.name} — {what}: " + "; ".join(items))
    return [Table(
        title,
        ("text", "labelled", "found", "matched", "precision", "recall", "value+unit+kind",
         "value", "unit", "kind", "approximate"),
        tuple(_news_row(x) for x in [*scores, *summary, *(r.score for r in second), total2,
                                     *(r.score for r in third), total3, *(r.score for r in fourth), total4]),
        notes=tuple(notes),
        checks=(
            *_news_checks(total, "on real news (issue 9)"),
            *_news_checks(total2, "on the second held-out set"),
            *_news_checks(total3, "on the third held-out set"),
            *_news_checks(total4, "on the fourth held-out set"),
        ),
    )]
