"""The house rules that a reviewer would otherwise have to remember."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import zhdoc

ROOT = Path(__file__).resolve().parents[1]


def _core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(zhdoc.__path__, "zhdoc."))


def test_core_never_imports_prefect_in_its_source():
    offenders = []
    for path in (ROOT / "zhdoc").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"prefect", "tasks", "flows"}]
    assert offenders == []


def test_importing_the_whole_core_loads_no_prefect():
    code = (
        "import importlib, sys\n"
        f"for m in {_core_modules()!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'prefect')\n"
        "assert not bad, bad[:5]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_module_grows_into_a_god_file():
    too_long = {p.relative_to(ROOT).as_posix(): n for p in ROOT.glob("*/**/*.py")
                if ".venv" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 800}
    assert too_long == {}
