"""Serve the ingest flow as a Prefect deployment: every ``--cron`` tick, process what is new or
changed in ``--inbox`` into ``--out``.

    prefect server start                                  # terminal 1 (UI on :4200)
    PREFECT_API_URL=http://127.0.0.1:4200/api python -m flows.serve --inbox inbox --out output

Needs a real Prefect server (Prefect's temporary API cannot schedule). Runs never overlap
(``limit=1``, and each run holds the output folder's lock); stopping this process leaves the
schedule active (``pause_on_shutdown=False``), so runs resume when it is started again.
Exit status 2 when no Prefect API is configured.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

DEFAULT_CRON = "0 * * * *"  # hourly, on the hour
DEFAULT_NAME = "zhdoc-inbox"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m flows.serve", description=__doc__.split("\n")[0])
    ap.add_argument("--inbox", default="inbox", help="folder that keeps receiving files (default: inbox/)")
    ap.add_argument("--out", default="output", help="output folder (default: output/)")
    ap.add_argument("--cron", default=DEFAULT_CRON, help="schedule (default: hourly, %(default)r)")
    ap.add_argument("--timezone", default="UTC", help="the cron's time zone (default: %(default)s)")
    ap.add_argument("--name", default=DEFAULT_NAME, help="deployment name (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="worker processes per run (default: %(default)s)")
    return ap.parse_args(argv)


def parameters(args: argparse.Namespace) -> dict[str, Any]:
    """The flow run parameters every scheduled run gets (absolute paths: the runner's working
    directory is not the user's)."""
    return {"paths": [str(Path(args.inbox).absolute())], "out": str(Path(args.out).absolute()),
            "force": False, "workers": args.workers}


def deployment(args: argparse.Namespace) -> Any:
    """The deployment ``main`` serves (built without a server: what the schedule test checks)."""
    from prefect.schedules import Cron

    from flows.ingest_flow import ingest

    return ingest.to_deployment(name=args.name, schedule=Cron(args.cron, timezone=args.timezone),
                                parameters=parameters(args), concurrency_limit=1,
                                description="zhdoc: new or changed files of the inbox → Parquet tables")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from flows.server import api_configured

    if api_configured() is None:
        print("error: serving needs a Prefect server: start one with `prefect server start` and "
              "set PREFECT_API_URL=http://127.0.0.1:4200/api (Prefect's temporary API cannot "
              "schedule runs)", file=sys.stderr)
        return 2
    Path(args.inbox).mkdir(parents=True, exist_ok=True)
    from prefect.schedules import Cron

    from flows.ingest_flow import ingest

    ingest.serve(name=args.name, schedule=Cron(args.cron, timezone=args.timezone),
                 parameters=parameters(args), limit=1, pause_on_shutdown=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
