"""``python -m flows.serve``: the schedule (checked without waiting) and one real run through a
real ``prefect server start`` on a free 127.0.0.1 port, everything stopped by PID."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from flows import serve

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.flow


def test_the_schedule_fires_every_hour_on_the_hour_without_waiting(tmp_path):
    from prefect.server.schemas.schedules import CronSchedule

    args = serve.parse_args(["--inbox", str(tmp_path / "inbox"), "--out", str(tmp_path / "out")])
    d = serve.deployment(args)
    (sched,) = d.schedules
    assert sched.schedule.cron == "0 * * * *" and sched.schedule.timezone == "UTC"
    assert d.concurrency_limit == 1
    assert d.parameters["paths"] == [str(tmp_path / "inbox")] and d.parameters["out"] == str(tmp_path / "out")
    start = datetime(2026, 12, 3, 10, 17, tzinfo=timezone.utc)
    dates = asyncio.run(CronSchedule(cron=sched.schedule.cron, timezone="UTC").get_dates(3, start=start))
    assert [x.isoformat() for x in dates] == [
        "2026-12-03T11:00:00+00:00", "2026-12-03T12:00:00+00:00", "2026-12-03T13:00:00+00:00"]
    every_minute = serve.deployment(serve.parse_args(["--cron", "* * * * *"]))
    later = asyncio.run(CronSchedule(cron=every_minute.schedules[0].schedule.cron, timezone="UTC")
                        .get_dates(2, start=start))
    assert later[1] - later[0] == timedelta(minutes=1)


def test_serving_without_a_server_is_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    assert serve.main(["--inbox", str(tmp_path / "inbox")]) == 2
    assert "prefect server start" in capsys.readouterr().err


def _free_port() -> int:
    from flows.server import free_port

    return free_port()


def _stop(proc: subprocess.Popen) -> None:
    """Stop a process we started, and its children (its own process group), by its PID."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_a_served_deployment_runs_on_a_real_prefect_server(tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", PREFECT_UI_ENABLED="0", PYTHONPATH=str(ROOT))
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / "a.txt").write_text("一是加强金融支持。\n\n二是深化改革开放。\n", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host",
                               "127.0.0.1", "--port", str(port)], cwd=tmp_path, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    served = None
    try:
        _wait_for(lambda: _get(f"{api}/health") == "true", "the server")
        env["PREFECT_API_URL"] = api
        served = subprocess.Popen([sys.executable, "-m", "flows.serve", "--inbox", str(inbox), "--out",
                                   str(out), "--cron", "0 0 1 1 *", "--name", "test", "--workers", "1"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        code = ("from prefect.deployments import run_deployment\n"
                "r = run_deployment('ingest/test', timeout=600)\n"
                "print(r.state.type.value)\n")
        _wait_for(lambda: _deployment_exists(api), "the deployment")
        run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=900)
        assert run.stdout.strip().splitlines()[-1] == "COMPLETED", run.stderr[-2000:]
        docs = ds.dataset(out / "documents").to_table().to_pylist()
        assert [Path(d["source_path"]).name for d in docs] == ["a.txt"] and docs[0]["status"] == "ok"
        report = json.loads(max((out / "runs").glob("*.json")).read_text(encoding="utf-8"))
        assert report["n_processed"] == 1
    finally:
        for proc in (served, server):
            if proc is not None:
                _stop(proc)


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode()
    except OSError:
        return None


def _deployment_exists(api: str) -> bool:
    req = urllib.request.Request(f"{api}/deployments/name/ingest/test")
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status == 200
    except OSError:
        return False


def _wait_for(check, what: str, limit: float = 180) -> None:
    deadline = time.monotonic() + limit  # a guard against hanging, not a speed target
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not come up")
        time.sleep(0.5)
