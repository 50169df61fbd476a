"""Where Prefect runs talk to: a configured API, or a temporary server that dies with its parent.

``api_configured()`` tells, without importing Prefect, whether runs have a Prefect API to
talk to (``PREFECT_API_URL`` in the environment or in the active profile). Without one,
``flows.ingest`` runs the same batches in-process without Prefect, unless asked to use
Prefect, in which case ``temporary_server`` starts Prefect's API (uvicorn) in a child process
that the kernel stops when this process dies, however it dies (``PR_SET_PDEATHSIG``, Linux),
with its home and SQLite database in a folder removed afterwards. Call it from the main
thread: the kernel signals the child when the thread that started it ends.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from zhdoc.output.folder import process_alive

#: environment every Prefect process of ours gets (no telemetry, no UI in a temporary server)
QUIET_ENV = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}


def api_configured(environ: dict[str, str] | None = None) -> str | None:
    """The Prefect API URL runs use, from the environment or the active profile, or None."""
    env = os.environ if environ is None else environ
    if env.get("PREFECT_API_URL"):
        return env["PREFECT_API_URL"]
    home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles = Path(env.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(profiles.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    active = env.get("PREFECT_PROFILE") or data.get("active")
    url = data.get("profiles", {}).get(active or "", {}).get("PREFECT_API_URL")
    return str(url) if url else None


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent(parent: int) -> None:
    """Run in the child before exec: ask the kernel for SIGTERM when the parent dies."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def server_command(port: int) -> list[str]:
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    app_dir = str(Path(spec.origin).parent.parent) if spec and spec.origin else "."
    return [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
            "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]


def remove_stale_homes(out: Path) -> list[Path]:
    """Remove ``OUT/.prefect-<pid>`` folders of temporary servers whose run is gone (a run
    killed before it could remove its own)."""
    removed = []
    for home in out.glob(".prefect-*"):
        pid = home.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(home, ignore_errors=True)
            removed.append(home)
    return removed


@contextlib.contextmanager
def temporary_server(home: Path, timeout: float = 120.0) -> Iterator[dict]:
    """Start Prefect's API for this process only; yields ``{"url", "pid", "start_s"}``.

    Sets ``PREFECT_HOME`` and ``PREFECT_API_URL`` in this process's environment (call it before
    Prefect is imported); on exit stops the server and removes ``home``.
    """
    remove_stale_homes(home.parent)
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {**os.environ, **QUIET_ENV, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "0",
           "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}"}
    env.pop("PREFECT_API_URL", None)
    t0 = time.perf_counter()
    parent = os.getpid()
    log = open(home / "server.log", "wb")
    proc = subprocess.Popen(server_command(port), env=env, stdout=log, stderr=subprocess.STDOUT,
                            preexec_fn=lambda: _die_with_parent(parent))
    log.close()
    url = f"http://127.0.0.1:{port}/api"
    saved = {k: os.environ.get(k) for k in ("PREFECT_HOME", "PREFECT_API_URL")}
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                tail = (home / "server.log").read_text(errors="replace")[-500:]
                raise RuntimeError(f"the temporary Prefect server exited ({proc.returncode}): {tail}")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the temporary Prefect server did not answer within {timeout:g} s")
            time.sleep(0.1)
        os.environ.update(QUIET_ENV)
        os.environ["PREFECT_HOME"] = str(home)
        os.environ["PREFECT_API_URL"] = url
        yield {"url": url, "pid": proc.pid, "start_s": round(time.perf_counter() - t0, 3)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(home, ignore_errors=True)
