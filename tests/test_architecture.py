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


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def test_core_never_imports_orchestration_evaluation_or_tests():
    outside = {"prefect", "tasks", "flows", "evaluation", "typesetters", "tests", "benchmarks"}
    offenders = [f"{path.relative_to(ROOT)}: {n}" for path in (ROOT / "zhdoc").rglob("*.py")
                 for n in _imports(path) if n.split(".")[0] in outside]
    assert offenders == []


#: the core's stages, earliest first: a module may import its own stage and earlier ones,
#: never a later one (output sits below the orchestrator, not above it)
LAYERS = (
    ("zhdoc.model", "zhdoc.errors", "zhdoc.settings", "zhdoc.evidence", "zhdoc.rules", "zhdoc.lexicon"),
    ("zhdoc.read", "zhdoc.normalize", "zhdoc.inputs"),
    ("zhdoc.dump", "zhdoc.pdf"),
    ("zhdoc.segment",),
    ("zhdoc.extract",),
    ("zhdoc.output",),
    ("zhdoc.pipeline",),
)


def _layer(module: str) -> int | None:
    for i, names in enumerate(LAYERS):
        if any(module == n or module.startswith(n + ".") for n in names):
            return i
    return None


def test_core_stages_import_only_earlier_stages():
    offenders = []
    for path in (ROOT / "zhdoc").rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        mine = _layer(module)
        for n in _imports(path):
            theirs = _layer(n) if n.startswith("zhdoc.") else None
            if mine is not None and theirs is not None and theirs > mine:
                offenders.append(f"{module} imports {n}")
    assert offenders == []


def test_every_core_module_has_a_stage():
    assert [m for m in _core_modules() if _layer(m) is None] == []


def test_importing_the_whole_core_loads_no_prefect():
    code = (
        "import importlib, sys\n"
        f"for m in {_core_modules()!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'prefect')\n"
        "assert not bad, bad[:5]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_module_grows_into_a_god_file():
    # (virtual environments by any name: a folder holding pyvenv.cfg)
    envs = {".venv"} | {d.name for d in ROOT.iterdir() if (d / "pyvenv.cfg").is_file()}
    too_long = {p.relative_to(ROOT).as_posix(): n for p in ROOT.glob("*/**/*.py")
                if not envs & set(p.parts) and (n := len(p.read_text(encoding="utf-8").splitlines())) > 800}
    assert too_long == {}
