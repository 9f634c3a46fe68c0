"""Cold and warm start of `factcheck check` on one article, in fresh processes.

    python benchmarks/load_time.py [ARTICLE] [--runs N]

Cold: the index cache is empty (a new temporary FACTCHECK_CACHE_DIR), so the YAML base is
parsed, validated, indexed and stored. Warm: the same cache, already built. Prints the
figures; it asserts nothing (a benchmark, not a test). Targets: warm < 0.5 s, cold < 5 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _run(article: str, cache: str) -> float:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": cache, "PYTHONPATH": str(PROJECT)}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checker", "check", article, "--quiet"], cwd=PROJECT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("article", nargs="?", default="examples/ukraine-diplomacy.txt")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    cold, warm = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            cold.append(_run(args.article, cache))
            warm.append(_run(args.article, cache))
    print(f"cold start (cache rebuilt): median {statistics.median(cold):.2f} s  runs {', '.join(f'{x:.2f}' for x in cold)}")
    print(f"warm start (cache present): median {statistics.median(warm):.2f} s  runs {', '.join(f'{x:.2f}' for x in warm)}")


if __name__ == "__main__":
    main()
