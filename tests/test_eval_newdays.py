"""evaluation.newdays: the readers on days of the paper none of the rules were made on, for any
folder in the shared corpus's rmrb/ form; tried here on a stress set of our own (same form)."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation import newdays

FOLDER = Path(__file__).parent / "fixtures" / "webstress"


def test_the_days_of_a_folder_are_found_and_an_empty_folder_is_refused(tmp_path: Path, capsys) -> None:
    assert newdays.days_in(FOLDER) == ["29991231"]
    assert newdays.main([str(tmp_path)]) == 2
    assert "no rmrb/articles_YYYYMMDD.json" in capsys.readouterr().err


def test_the_website_copies_of_a_day_are_composed_read_and_scored() -> None:
    pages = {a["section_no"] for a in json.loads((FOLDER / "rmrb" / "articles_29991231.json").read_text("utf-8"))}
    n, figures, _ = newdays.web_figures(FOLDER, ["29991231"], range(1))
    assert n == len(pages)
    assert all(0.0 <= figures[m] <= 1.0 for m in newdays.WEB_MEASURES)
    assert figures["titles"] > 0.5  # (a reading, not a failure: the set's floors hold far more)


def test_page_plans_are_drawn_the_same_way_each_time_each_of_one_page() -> None:
    a, b = newdays.page_plans(FOLDER, "29991231"), newdays.page_plans(FOLDER, "29991231")
    assert [(p.page, p.arts, p.body_pt, p.heading) for p in a] == [(p.page, p.arts, p.body_pt, p.heading) for p in b]
    records = json.loads((FOLDER / "rmrb" / "articles_29991231.json").read_text("utf-8"))
    assert all(len({records[i]["section_no"] for i in p.arts}) == 1 and 1 <= len(p.arts) <= 4 for p in a)


def test_the_command_prints_each_part(capsys) -> None:
    assert newdays.main([str(FOLDER), "--dev", "29991231"]) == 0
    out = capsys.readouterr().out
    assert "development days: 29991231" in out and "measured days" not in out
    assert out.count("website copies") == 2
