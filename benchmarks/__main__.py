"""Run every benchmark (or those named): ``python -m benchmarks [pipeline pdf extraction]``."""

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([str(here)])
                   if m.name.startswith("bench_"))
    for name in argv or names:
        if name not in names:
            print(f"error: no benchmark {name!r}; there are {', '.join(names)}", file=sys.stderr)
            return 2
        print(f"\n=== bench {name} ===", flush=True)
        importlib.import_module(f"benchmarks.bench_{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
