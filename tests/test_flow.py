"""End-to-end: ``python -m flows.ingest`` under one Prefect test harness per session."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from zhdoc import SCHEMA_VERSION
from zhdoc.output.rows import TABLES
from zhdoc.output.schema import VERSION_KEY

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CJK_SPACE = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")

pytestmark = pytest.mark.flow


def ingest(*argv: str) -> int:
    from flows.ingest import main

    return main(list(argv))


def counts(out: Path) -> dict[str, int]:
    return {t: ds.dataset(out / t).to_table().num_rows for t in TABLES}


@pytest.fixture()
def samples(tmp_path: Path) -> Path:
    shutil.copytree(SAMPLES, tmp_path / "in", ignore=shutil.ignore_patterns("generated"))
    return tmp_path / "in"


def test_samples_end_to_end_and_idempotent(prefect_harness, samples, tmp_path, capsys):
    out = tmp_path / "out"
    assert ingest(str(samples), "--out", str(out)) == 0
    first = counts(out)
    for table in ("documents", "articles", "sections", "paragraphs", "lists", "list_items",
                  "numbers", "keywords"):
        assert first[table] > 0, table
    for part in out.glob("*/*.parquet"):
        assert pq.read_schema(part).metadata[VERSION_KEY] == SCHEMA_VERSION.encode()
    docs = ds.dataset(out / "documents").to_table().to_pylist()
    assert {d["status"] for d in docs} == {"ok"}
    assert {d["encoding"] for d in docs} >= {"utf-8", "gb18030"}
    for d in docs:
        summary = json.loads((out / "summaries" / f"{d['doc_id']}.json").read_text())
        assert summary["schema_version"] == SCHEMA_VERSION
        assert summary["status"] == "ok"
    assert "rows written" in capsys.readouterr().out

    # a second run skips everything and changes nothing; --force rewrites the same rows
    assert ingest(str(samples), "--out", str(out)) == 0
    assert counts(out) == first
    reports = sorted((out / "runs").glob("*.json"))
    assert json.loads(reports[-1].read_text())["n_processed"] == 0
    assert ingest(str(samples), "--out", str(out), "--force") == 0
    assert counts(out) == first
    ids = sorted(r["paragraph_id"] for r in ds.dataset(out / "paragraphs").to_table().to_pylist())
    assert len(ids) == len(set(ids))

    # a changed file replaces its rows; the others stay
    target = samples / "magazine_article.txt"
    old_id = next(d["doc_id"] for d in docs if d["source_path"].endswith("magazine_article.txt"))
    target.write_text(target.read_text(encoding="utf-8") + "\n补充一段新的内容。\n", encoding="utf-8")
    assert ingest(str(samples), "--out", str(out)) == 0
    after = ds.dataset(out / "documents").to_table().to_pylist()
    assert len(after) == len(docs)
    assert old_id not in {d["doc_id"] for d in after}
    assert not (out / "summaries" / f"{old_id}.json").exists()
    paras = ds.dataset(out / "paragraphs").to_table().to_pylist()
    assert all(p["doc_id"] != old_id for p in paras)


def test_bad_files_are_recorded_and_the_batch_goes_on(prefect_harness, tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("一是加强金融支持。\n\n二是深化改革开放。\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "latin.txt").write_bytes(b"text \x80\xff\x80\xff end")  # neither UTF-8 nor GB18030
    (src / "notes.docx").write_bytes(b"PK\x03\x04")  # in a folder: ignored, listed in the report
    (src / "named.docx").write_bytes(b"PK\x03\x04")  # named on the command line: recorded
    out = tmp_path / "out"
    assert ingest(str(src), str(src / "named.docx"), "--out", str(out)) == 1
    docs = {Path(d["source_path"]).name: d for d in ds.dataset(out / "documents").to_table().to_pylist()}
    assert docs["good.txt"]["status"] == "ok"
    for name in ("empty.txt", "binary.txt", "latin.txt"):
        assert docs[name]["status"] == "failed", name
        assert name in docs[name]["error"]
    assert docs["named.docx"]["status"] == "unsupported"
    assert "notes.docx" not in docs
    report = json.loads(max((out / "runs").glob("*.json")).read_text())
    assert [Path(p).name for p in report["ignored"]] == ["notes.docx"]
    assert ds.dataset(out / "paragraphs").to_table().num_rows == 2
    printed = capsys.readouterr().out
    assert "failed" in printed and "Traceback" not in printed


def test_missing_path_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "flows.ingest", "no/such/dir"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: no such file or folder: no/such/dir"


@pytest.mark.corpus
def test_seed_comes_out_clean(prefect_harness, corpus_dir, seed_text, tmp_path):
    out = tmp_path / "out"
    seed = corpus_dir / "seed" / "000_5dcec531bf597a03.txt"
    assert ingest(str(seed), "--out", str(out)) == 0
    doc = ds.dataset(out / "documents").to_table().to_pylist()[0]
    assert doc["status"] == "ok" and doc["n_articles"] >= 1
    paras = ds.dataset(out / "paragraphs").to_table().to_pylist()
    assert paras and not [p["text"] for p in paras if CJK_SPACE.search(p["text"])]
    # offsets point back into the decoded input
    for p in paras:
        raw = seed_text[p["raw_start"]:p["raw_end"]]
        assert re.sub(r"\s", "", p["text"])[:4] == re.sub(r"\s", "", raw)[:4]
