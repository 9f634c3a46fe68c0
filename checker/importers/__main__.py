"""Command line: ``python -m checker.importers NAME SRC_DIR OUT_FILE`` or ``all DATA_DIR OUT_DIR``."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from checker.importers import IMPORTERS
from checker.importers.common import PRECEDENCE


def run_one(name: str, src: Path, out: Path) -> None:
    module_name, _folder = IMPORTERS[name]
    module = importlib.import_module(module_name)
    module.run(src, out)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or (argv[0] != "all" and argv[0] not in IMPORTERS):
        names = ", ".join(sorted(IMPORTERS))
        print(f"usage: python -m checker.importers {{{names}}} SRC_DIR OUT_FILE\n"
              f"       python -m checker.importers all DATA_DIR OUT_DIR", file=sys.stderr)
        return 2
    name, src, out = argv[0], Path(argv[1]), Path(argv[2])
    if name == "all":
        out.mkdir(parents=True, exist_ok=True)
        for n in PRECEDENCE:  # later importers read the files of the earlier ones
            folder = IMPORTERS[n][1]
            run_one(n, src / folder, out / f"{n}.yaml")
            print(f"{n}: {out / (n + '.yaml')}")
    else:
        run_one(name, src, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
