"""Stress sets of our own: website copies written for the project, read as dumps.

Each set is 40 articles on 8 pages that a helper session wrote for the project, blind to the
code, in the schema of the 人民日报 website copies (``shared/corpus/rmrb``), with invented text:
``tests/fixtures/webstress*/`` (the markdown source, and the JSON that
``tests/fixtures/build_webstress.py`` makes of it and checks).
They are composed and scored exactly as the real website copies are (:mod:`evaluation.webcopy`),
in ``LAYOUTS`` layouts each, and hold what the six real days lack:

- ``heads``: head and byline conventions (names with a middle dot or no Han surname, mixed
  roles, collective signatures, signed columns, wire copy, photo stories, series labels,
  composite items, trailers, datelines);
- ``structure``: in-text structure (bold headings of many shapes, interviews in question and
  answer, lists in paragraphs, short and long paragraphs, lead-in headings);
- ``bylines``: heads and bylines again, written later by another session blind to the code
  (names with no Han surname or a compound one, reporters abroad, wire bylines, titles of 6 to
  34 characters with column names, numbers and colons, kickers and subtitles with and without
  dashes, trailers naming who compiled a text);
- ``pages``: page types the other sets barely hold (理论 with two levels of numbering, 视点
  features, 读者来信 and 记者调查, 服务窗, 数读, 科技, 健康, 国际, 副刊 essays and poems) and the
  in-article headings they print (box labels, bare section marks, questions, sentences ending
  with 。 or ！, colon and comma headings, place and quote pairs), written by a fourth helper
  session blind to the code.

Rules have been made on them: they are development material, committed and measured in every
``make test`` (floors in ``FLOORS``), with no targets. Their first figures are the honest ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from evaluation.report import Table
from evaluation.webcopy import LABELS, DumpScore, _read, dumps, figures, score_dump

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
LAYOUTS = range(15)


@dataclass(frozen=True)
class StressSet:
    name: str
    folder: Path
    day: str
    about: str
    first: str  # the first measurement, and what was done after
    left: str  # what is left, and why


SETS = (
    StressSet(
        "heads", FIXTURES / "webstress", "29991231", "head and byline conventions",
        "First read (main at 450209c, 2026-12-05, before any rule made on it): dumps right 0.867, "
        "main titles 0.936, full titles 0.981, authors 0.859, headings 0.785, paragraph-start F1 "
        "0.948. Then (the same day): a title in 《》 over the note, names the column cuts, a role "
        "ending a line, a piece's wrapped byline, page-level indent evidence, a compiler's trailer; "
        "the truth's composite items take piece bylines with roles (本报通讯员). Later that day: "
        "a piece's byline the column cuts (吴 / 小雨), headings with commas (authors 0.910, "
        "headings 0.907). A later session: a wire story's dateline reporter (新华社…电（记者 …）) "
        "is no author, as every truth of the project has it (authors 0.932).",
        "Left, where the set's truth and the reader differ by convention, not by error: a "
        "collective signature (本报评论员, 本报评论部, 本报调研组) is the reader's author and no "
        "personal author in the truth; a subtitle with no dash under its title is read as the title (a "
        "head's last part is its title: kickers are far commoner than dashless subtitles in the "
        "real pages)."),
    StressSet(
        "structure", FIXTURES / "webstress2", "29991230", "in-text structure",
        "First read (main at b6df131, 2026-12-05, before any rule made on it): dumps right 0.992, "
        "main titles 0.995, full titles 0.998, authors 0.954, headings 0.706, paragraph-start F1 "
        "0.930. Then (the same day): a heading too short to be an indented first line stands "
        "over a full line (headings 0.717, F1 0.933). Later that day: a heading of phrases parted "
        "by commas, a line past its column between blank lines, short questions standing apart "
        "(two or more in an article) as its headings, a note signed ——编  者, a lead-in with its "
        "quote on one line, a lead-in after a full line (headings 0.901, F1 0.963). A later "
        "session: colon headings in more shapes, a wire story's dateline reporter no author "
        "(headings 0.904, authors 0.977, F1 0.964; a lone question among unnumbered headings "
        "read as a heading took headings to 0.917 but misfired on the held-out website days, "
        "so it was reverted).",
        "Left: a question heading in an article with no other heading, or with numbered ones "
        "(it stays a paragraph: a development day's commentary prints such paragraphs under "
        "its （一）（二）); headings of two parallel phrases; headings "
        "after a paragraph whose last line fills the column (nothing in a dump without indents or "
        "blank lines tells them from the paragraph's next line)."),
    StressSet(
        "bylines", FIXTURES / "webstress3", "29991229", "heads and bylines, a second set",
        "First read (main at b883581, 2026-12-05, before any rule made on it): dumps right 1.000, "
        "main titles 0.908, full titles 0.943, authors 0.827, headings 0.767, paragraph-start F1 "
        "0.935. Then (the same day): names with no Han surname over the date note, a dotted "
        "name cut by the column, colon headings (“最先一公里”：…), a lead-in after a full line; "
        "the truth's credits keep names only (（记者谭莹、通讯员刘超）, （本报记者  钱  坤  整理）): "
        "titles 0.925, authors 0.897, headings 0.833, F1 0.944. A later session: colon headings "
        "closing on a quote, or unindented among indented paragraphs (headings 0.869, F1 0.947); "
        "a wire story's dateline reporter no author (authors 0.944).",
        "Left, by convention as in 'heads': collective signatures (本报评论员, 本报调研组) are "
        "authors to the reader, none to the truth; dashless subtitles "
        "are read as the title; a short title under a kicker in a wide column (各地开展…大检查 / "
        "守牢安全防线) is read as the kicker's rest (a width rule for it won one layout and "
        "risked the PDF dumps' titles set in their own measure)."),
    StressSet(
        "pages", FIXTURES / "webstress4", "29991228", "page types and in-article headings",
        "First read (main at bf7e659, 2026-12-05, before any rule made on it): dumps right 0.983, "
        "main titles 0.948, full titles 0.988, authors 0.913, headings 0.598, paragraph-start F1 "
        "0.898. Then (the same day): colon headings closing on a quote (症结一：物业不愿意，“怕担责”), "
        "unindented among indented paragraphs, or over a line filling its column; a label "
        "opening with a reporter's role (记者手记) is no byline; a dotted name, a padded name "
        "beside a whole one, a last name cut onto its own line; a wire story's dateline "
        "reporter no author: titles 0.952, full titles 0.992, authors 0.990, headings 0.661, "
        "F1 0.906.",
        "Left, mostly the set's conventions (its NOTES.md): interview questions set in bold "
        "(记者：…？, 问：…？, 16 headings) are headings to it, while a development day prints "
        "them plain, as paragraphs; short sentences ending with 。 or ！ standing as headings "
        "(基层首诊，让小病不出村。) read like a commentary's one-sentence paragraphs; a lone "
        "question among unnumbered headings (a real held-out day prints such a question as a "
        "paragraph); box labels "
        "(相关阅读, 短评) where the real days print 核心阅读 plain; a dashless subtitle under its "
        "title (县域医共体建设观察 / 小病不出县  大病有通道)."),
)

#: floors (tests/test_eval_webstress.py): today's figures, rounded down; raise them as the
#: reading improves, never lower them to pass. Raised 2026-12-05 (a fifth session): structure
#: titles 0.995 -> 0.996; bylines titles 0.925 -> 0.934, full titles 0.961 -> 0.972, authors 0.944
#: -> 0.951 (a head line cut inside a number, …超16 / 万场); pages titles 0.951 -> 0.957
FLOORS: dict[str, dict[str, float]] = {
    "heads": {"dumps_right": 0.991, "titles": 0.953, "full_titles": 0.997, "authors": 0.931,
              "headings": 0.929, "f1": 0.973},
    "structure": {"dumps_right": 1.0, "titles": 0.996, "full_titles": 0.999, "authors": 0.976,
                  "headings": 0.915, "f1": 0.964},
    "bylines": {"dumps_right": 1.0, "titles": 0.934, "full_titles": 0.972, "authors": 0.952,
                "headings": 0.895, "f1": 0.952},
    "pages": {"dumps_right": 0.991, "titles": 0.959, "full_titles": 0.993, "authors": 0.991,
              "headings": 0.679, "f1": 0.909},
}


@lru_cache(maxsize=None)
def scores(s: StressSet) -> tuple[DumpScore, ...]:
    """A set's dumps, read and scored (empty where its fixture is absent; cached: the tests'
    floors, their tables and the report share one pass)."""
    return tuple(score_dump(d, *_read(d)) for d in dumps(s.folder, (s.day,), LAYOUTS))


def table(s: StressSet, got: Sequence[DumpScore]) -> Table:
    """A set's pooled figures (no targets)."""
    f = figures(got)
    return Table(
        f"Stress set '{s.name}' of our own ({s.about}; {s.folder.relative_to(FIXTURES.parents[1])}: "
        f"40 articles, {len(LAYOUTS)} layouts, {len(got)} dumps), pooled", ("measure", "zhdoc"),
        tuple((lab, f"{f[m]:.3f}") for m, lab in LABELS.items()), notes=(s.first, s.left))


def run(corpus_dir: Path | None) -> list[Table]:
    """One table per stress set (they are committed: ``corpus_dir`` is not read)."""
    return [table(s, scores(s)) for s in SETS]
