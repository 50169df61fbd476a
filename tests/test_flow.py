"""End-to-end: ``python -m flows.ingest`` under one Prefect test harness per session."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
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


# ---- issue 11: one test per defect, end to end ------------------------------------------------
def run_cli(*argv: str, cwd: Path = ROOT, env: dict | None = None, timeout: int = 300):
    """``python -m flows.ingest`` in a child process (timeout: a guard against hanging)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "flows.ingest", *argv], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, env={**base, **(env or {})})


def last_report(out: Path) -> dict:
    return json.loads(max((out / "runs").glob("*.json")).read_text(encoding="utf-8"))


def validate(out: Path) -> None:
    import jsonschema

    schemas = ROOT / "zhdoc" / "output"
    run_schema = json.loads((schemas / "run_report.schema.json").read_text())
    summary_schema = json.loads((schemas / "summary.schema.json").read_text())
    for p in (out / "runs").glob("*.json"):
        jsonschema.validate(json.loads(p.read_text(encoding="utf-8")), run_schema)
    for p in (out / "summaries").glob("*.json"):
        jsonschema.validate(json.loads(p.read_text(encoding="utf-8")), summary_schema)


def small_inputs(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(f"第{i}号文件。\n\n一是加强金融支持。\n\n二是深化改革{i}。\n",
                                             encoding="utf-8")
    return folder


def test_summaries_and_run_reports_match_their_json_schemas(tmp_path, samples):
    out = tmp_path / "out"
    assert ingest(str(samples), "--out", str(out), "--workers", "0") == 0
    assert ingest(str(samples), "--out", str(out), "--workers", "0") == 0  # nothing new
    validate(out)


def test_defect_02_a_second_run_on_the_same_output_refuses_or_waits(tmp_path):
    from zhdoc.output.folder import OutputLock

    src, out = small_inputs(tmp_path / "in", 3), tmp_path / "out"
    lock = OutputLock(out).acquire()
    refused = run_cli(str(src), "--out", str(out), "--workers", "0")
    assert refused.returncode == 2
    assert refused.stderr.strip().startswith("error: ") and "in use by another run" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    waiting = subprocess.Popen([sys.executable, "-m", "flows.ingest", str(src), "--out", str(out),
                                "--workers", "0", "--wait"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert "waiting" in waiting.stderr.readline()
    lock.release()
    assert waiting.wait(timeout=300) == 0
    assert counts(out)["documents"] == 3


def test_defect_02_two_runs_at_once_lose_nothing(tmp_path):
    """Same output, different inputs, started together: each waits its turn, all documents land."""
    a, b = small_inputs(tmp_path / "a", 8), small_inputs(tmp_path / "b", 8)
    for p in b.iterdir():
        p.write_text(p.read_text(encoding="utf-8") + "乙。\n", encoding="utf-8")
    out = tmp_path / "out"
    procs = [subprocess.Popen([sys.executable, "-m", "flows.ingest", str(d), "--out", str(out),
                               "--workers", "0", "--batch-size", "2", "--wait"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for d in (a, b)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    docs = ds.dataset(out / "documents").to_table().to_pylist()
    assert len(docs) == 16 and len({d["source_path"] for d in docs}) == 16
    assert not list(out.rglob("*.tmp"))


def test_defect_03_and_05_loops_fifos_and_devices_are_recorded_and_the_run_goes_on(tmp_path):
    src = small_inputs(tmp_path / "in", 2)
    os.symlink("loop.txt", src / "loop.txt")
    os.symlink("..", src / "up")
    os.mkfifo(src / "pipe.txt")
    os.symlink("/dev/zero", src / "zero.txt")
    os.mkfifo(tmp_path / "named.fifo")
    out = tmp_path / "out"
    proc = run_cli(str(src), str(tmp_path / "named.fifo"), "--out", str(out), "--workers", "0",
                   timeout=120)
    assert proc.returncode == 1, proc.stderr
    report = last_report(out)
    status = {Path(x["path"]).name: x["status"] for x in report["failures"]}
    assert status == {"loop.txt": "failed", "pipe.txt": "unsupported", "zero.txt": "unsupported",
                      "named.fifo": "unsupported"}
    assert counts(out)["documents"] == 2


def test_defect_04_a_file_name_that_is_not_utf8_is_processed_and_recorded(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    raw = os.path.join(os.fsencode(src), b"bericht-\xe4\xf6.txt")
    with open(raw, "wb") as f:
        f.write("一是加强金融支持。\n\n二是深化改革。\n".encode())
    out = tmp_path / "out"
    proc = run_cli(str(src), "--out", str(out), "--workers", "0")
    assert proc.returncode == 0, proc.stderr
    (doc,) = ds.dataset(out / "documents").to_table().to_pylist()
    assert doc["source_path"].endswith("bericht-\\xe4\\xf6.txt") and doc["status"] == "ok"
    (name,) = last_report(out)["undecodable_names"]
    assert bytes.fromhex(name["bytes_hex"]).endswith(b"bericht-\xe4\xf6.txt")
    assert run_cli(str(src), "--out", str(out), "--workers", "0").returncode == 0
    assert last_report(out)["files"]["unchanged"] == 1  # recognised on the next run


def test_defect_06_a_failed_file_is_retried_and_an_empty_pdf_is_its_own_document(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "empty.pdf").write_bytes(b"")
    out = tmp_path / "out"
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 1
    docs = {Path(d["source_path"]).name: d for d in ds.dataset(out / "documents").to_table().to_pylist()}
    assert set(docs) == {"empty.txt", "empty.pdf"}
    assert all(d["status"] == "failed" for d in docs.values())
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 1  # not "unchanged"
    report = last_report(out)
    assert report["files"]["retried"] == 2 and report["n_processed"] == 2
    assert counts(out)["documents"] == 2


def test_defect_07_two_files_with_the_same_content_each_keep_their_rows(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = "一是加强金融支持。\n\n二是深化改革开放。\n"
    (src / "a.txt").write_text(text, encoding="utf-8")
    (src / "b.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 0
    first = counts(out)
    assert first["documents"] == 2 and first["paragraphs"] == 2  # content rows once
    (src / "a.txt").write_text(text + "三是扩大内需。\n", encoding="utf-8")
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 0
    docs = {Path(d["source_path"]).name: d["doc_id"] for d in ds.dataset(out / "documents").to_table().to_pylist()}
    paras = ds.dataset(out / "paragraphs").to_table().to_pylist()
    assert {p["doc_id"] for p in paras} == set(docs.values())  # b's content is still there
    assert sum(p["doc_id"] == docs["b.txt"] for p in paras) == 2
    assert (out / "summaries" / f"{docs['b.txt']}.json").exists()
    (src / "b.txt").write_text("另一篇。\n", encoding="utf-8")  # now nobody holds the old content
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 0
    ids = {d["doc_id"] for d in ds.dataset(out / "documents").to_table().to_pylist()}
    assert {p["doc_id"] for p in ds.dataset(out / "paragraphs").to_table().to_pylist()} <= ids
    assert {p.stem for p in (out / "summaries").glob("*.json")} == ids


def test_defect_09_an_output_that_is_a_file_is_exit_2_with_one_line(tmp_path):
    src = small_inputs(tmp_path / "in", 1)
    (tmp_path / "out").write_text("not a folder")
    proc = run_cli(str(src), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"error: {tmp_path / 'out'}: exists and is not a folder; "
                                        "name a folder for --out"]


def test_defect_09_a_full_disk_is_found_before_any_work_and_reported(tmp_path, monkeypatch):
    src = small_inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    monkeypatch.setattr("zhdoc.output.folder.free_bytes", lambda p: 1_000_000)
    assert ingest(str(src), "--out", str(out)) == 2
    report = last_report(out)
    assert report["outcome"] == "refused" and "MB free" in report["error"]
    assert not (out / "documents").exists()


def test_defect_09_a_disk_that_fills_mid_run_stops_it_with_exit_2_and_no_temporary_files(
        tmp_path, monkeypatch):
    from zhdoc.output.store import Store

    src, out = small_inputs(tmp_path / "in", 4), tmp_path / "out"
    real = Store._write_tmp_parquet
    written = []

    def fill(self, final, table):
        written.append(final)
        if len(written) > 12:  # the second batch's parts
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, final, table)

    monkeypatch.setattr(Store, "_write_tmp_parquet", fill)
    assert ingest(str(src), "--out", str(out), "--workers", "0", "--batch-size", "2") == 2
    report = last_report(out)
    assert report["outcome"] == "output failed" and "No space left" in report["error"]
    assert not list(out.rglob("*.tmp"))
    assert counts(out)["documents"] == 2  # the first batch stays committed
    monkeypatch.undo()
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 0
    assert counts(out)["documents"] == 4


def test_defect_10_nothing_is_written_outside_the_output_folder(tmp_path):
    src = small_inputs(tmp_path / "in", 2)
    cwd, home, out = tmp_path / "cwd", tmp_path / "home", tmp_path / "out"
    cwd.mkdir()
    home.mkdir()
    env = {"HOME": str(home), "XDG_CACHE_HOME": "", "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    proc = run_cli(str(src), "--out", str(out), "--workers", "1", cwd=cwd, env=env)
    assert proc.returncode == 0, proc.stderr
    assert list(cwd.iterdir()) == [] and list(home.iterdir()) == []
    assert (out / ".cache" / "jieba").is_dir()
    assert counts(out)["keywords"] > 0


def test_defect_10_and_11_a_temporary_prefect_server_leaves_nothing_and_dies_with_its_parent(tmp_path):
    src = small_inputs(tmp_path / "in", 2)
    home, out = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    env = {"HOME": str(home), "PREFECT_HOME": "", "PYTHONPATH": str(ROOT)}
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    proc = subprocess.Popen([sys.executable, "-m", "flows.ingest", str(src), "--out", str(out),
                             "--workers", "0", "--prefect", "yes"], cwd=ROOT,
                            env={**base, **{k: v for k, v in env.items() if v}},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = _wait_for_child(proc.pid, "uvicorn")
    proc.send_signal(signal.SIGKILL)  # the parent dies mid-run: its server must go too
    proc.wait()
    deadline = time.monotonic() + 60  # a guard against hanging, not a speed target
    while _alive(server) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(server)
    # a whole run with a temporary server: its state removed, nothing in HOME
    done = run_cli(str(src), "--out", str(out), "--workers", "0", "--prefect", "yes",
                   env={"HOME": str(home)})
    assert done.returncode == 0, done.stderr
    assert last_report(out)["prefect_server_start_s"] > 0
    assert not list(out.glob(".prefect-*")) or all(not _alive(int(p.name.split("-")[1]))
                                                   for p in out.glob(".prefect-*"))
    assert [p.name for p in out.glob(".prefect-*") if p.name != f".prefect-{proc.pid}"] == []
    assert list(home.iterdir()) == []


def _wait_for_child(parent: int, word: str) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                stat = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
                cmd = Path(f"/proc/{d}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat[1]) == parent and word.encode() in cmd:
                return int(d)
        time.sleep(0.1)
    raise AssertionError(f"no {word} child of {parent}")


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_defect_12_limits_are_set_on_the_command_line_and_named_in_the_errors(tmp_path):
    src = small_inputs(tmp_path / "in", 1)
    (src / "000.txt").write_text("政府工作报告指出，经济运行总体平稳。\n\n" * 500, encoding="utf-8")
    (src / "big.txt").write_text("经济运行总体平稳。\n\n" * 5000, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(str(src), "--out", str(out), "--workers", "1", "--time-limit", "0.001",
                   "--max-file-bytes", "50000")
    assert proc.returncode == 1
    failures = {Path(x["path"]).name: x["error"] for x in last_report(out)["failures"]}
    assert "--max-file-bytes" in failures["big.txt"]
    assert "--time-limit" in failures["000.txt"]
    settings = last_report(out)["settings"]
    assert settings["time_limit_s"] == 0.001 and settings["max_file_bytes"] == 50000
    assert run_cli(str(src), "--out", str(out), "--time-limit", "-1").returncode == 2


def test_nothing_new_exits_before_prefect_or_jieba_is_imported(tmp_path, samples):
    """Nor pyarrow: the first run cached the documents table's keys (Store.known)."""
    out = tmp_path / "out"
    assert ingest(str(samples), "--out", str(out), "--workers", "0") == 0
    code = ("import sys\nfrom flows.ingest import main\n"
            f"rc = main([{str(samples)!r}, '--out', {str(out)!r}])\n"
            "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'prefect', 'jieba', 'pyarrow'}))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.stdout.strip().splitlines()[-1] == "0 []"
    assert "nothing new" in proc.stdout


def test_a_prefect_run_gives_the_same_rows_and_its_artifacts(prefect_harness, tmp_path, samples,
                                                              capfd):
    direct, flow_out = tmp_path / "direct", tmp_path / "flow"
    assert ingest(str(samples), "--out", str(direct), "--workers", "0") == 0
    capfd.readouterr()
    assert ingest(str(samples), "--out", str(flow_out), "--workers", "1", "--prefect", "yes") == 0
    printed = capfd.readouterr()
    assert "Task run" not in printed.err + printed.out  # Prefect's per-task lines: --verbose only
    for table in TABLES:
        a = ds.dataset(direct / table).to_table().sort_by([("doc_id", "ascending")]).drop(["source_path"] if table == "documents" else [])
        b = ds.dataset(flow_out / table).to_table().sort_by([("doc_id", "ascending")]).drop(["source_path"] if table == "documents" else [])
        assert a.num_rows == b.num_rows, table
    from prefect.artifacts import Artifact

    summary = Artifact.get("zhdoc-run-summary")
    assert summary is not None and last_report(flow_out)["run_id"] in summary.data


def test_the_flow_runs_on_a_dask_cluster_of_two_workers(prefect_harness, tmp_path):
    """--runner dask --dask-address: batches as task runs on an existing Dask cluster."""
    distributed = pytest.importorskip("distributed")
    import dask

    src, out = small_inputs(tmp_path / "in", 6), tmp_path / "out"
    with dask.config.set({"distributed.worker.daemon": False}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                     dashboard_address=None) as cluster:
        rc = ingest(str(src), "--out", str(out), "--runner", "dask", "--dask-address",
                    cluster.scheduler_address, "--batch-size", "2", "--workers", "1")
        with distributed.Client(cluster) as client:
            ran_on = client.run(lambda: __import__("sys").modules.get("tasks.batch") is not None)
    assert rc == 0
    assert counts(out)["documents"] == 6 and counts(out)["paragraphs"] == 18
    assert any(ran_on.values())  # the process task ran on the cluster's workers
    assert last_report(out)["options"]["runner"] == "dask"


def test_tables_are_exported_to_a_filesystem_url(tmp_path):
    """--export URL mirrors the committed tables (here file://; s3:// and others the same way)."""
    src, out, dest = small_inputs(tmp_path / "in", 3), tmp_path / "out", tmp_path / "remote"
    assert ingest(str(src), "--out", str(out), "--workers", "0", "--export", f"file://{dest}") == 0
    assert ds.dataset(dest / "documents").to_table().num_rows == 3
    (src / "000.txt").write_text("改了。\n", encoding="utf-8")
    assert ingest(str(src), "--out", str(out), "--workers", "0", "--export", f"file://{dest}") == 0
    for table in TABLES:
        assert (ds.dataset(dest / table).to_table().sort_by("doc_id")
                == ds.dataset(out / table).to_table().sort_by("doc_id")), table
    assert sorted(p.name for p in (dest / "summaries").iterdir()) == sorted(
        p.name for p in (out / "summaries").iterdir())


def test_export_works_through_an_fsspec_filesystem(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    import pyarrow.fs as pafs

    from zhdoc.output.export import export

    src, out = small_inputs(tmp_path / "in", 2), tmp_path / "out"
    assert ingest(str(src), "--out", str(out), "--workers", "0") == 0
    mem = fsspec.filesystem("memory")
    fs = pafs.PyFileSystem(pafs.FSSpecHandler(mem))
    done = export(out, (fs, "/bucket/zhdoc"))
    assert done["copied"] >= len(TABLES) and mem.exists("/bucket/zhdoc/documents")
    again = export(out, (fs, "/bucket/zhdoc"))  # no modification times here: copied again
    assert again["deleted"] == 0
    import pyarrow.parquet as pq

    (part,) = mem.glob("/bucket/zhdoc/documents/*.parquet")
    assert pq.read_table(mem.open(part, "rb")).num_rows == 2


def test_progress_bar_on_a_terminal_and_silent_otherwise():
    import io

    from flows.ingest import Progress

    shown, quiet = io.StringIO(), io.StringIO()
    bar, off = Progress(4, enabled=True, stream=shown), Progress(4, enabled=False, stream=quiet)
    for _ in range(4):
        bar.advance()
        off.advance()
    assert "4/4 documents" in shown.getvalue() and "ETA" in shown.getvalue()
    assert shown.getvalue().endswith("\n") and quiet.getvalue() == ""
