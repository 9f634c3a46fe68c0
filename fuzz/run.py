"""Run one fuzz target for a set time, seeded with the project's own inputs.

    python fuzz/run.py extract --minutes 15 [--jobs 1]
    python fuzz/run.py yaml --minutes 15

Seeds `fuzz/corpus-<target>/` (kept between runs, ignored by git) with the example articles
and hostile shapes (extract), or with the curated reference files and slices of the imported
ones (yaml); then runs `fuzz_targets.py` under atheris for the time given. A crash leaves its
input as `fuzz/crashes/crash-<sha1>`; replay it with
`python fuzz/fuzz_targets.py <target> fuzz/crashes/crash-<sha1>`. Exit status: 0 when the
time ran out without a crash (with --keep-going it fuzzes on after a crash, for the
rest of the time, and exits with the last crash's status).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "fuzz"

EXTRA_ARTICLES = [
    b"",
    b"\xef\xbb\xbfWASHINGTON, June 20, 2021 \xe2\x80\x94 President Joe Biden met Russian President Vladimir Putin.\r\n",
    b"On Sunday, June 20, 2021,\rGerman Chancellor Angela Merkel\rsaid.\r",
    b"---\ndate: 2022-03-03\ntitle: x\n---\nRussia's ambassador to the US, Anatoly Antonov, was summoned on Monday, March 1.\n",
    b"Biden's predecessor, Donald Trump, who succeeded Barack Obama, lost the 2020 election to Joe Biden. Putin, 69, met Merkel (67).\n",
    b"In 2014, then-Vice President Joe Biden visited Kyiv after Russia's 2014 annexation of Crimea and the Geneva summit on June 16, 2021.\n",
    b"President Prime Minister Chancellor Secretary of State of the of the of the Vladimir Vladimir Putin Putin, , , , Monday March 2 2022\n",
]


def seed(target: str, corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if target == "extract":
        seeds = [p.read_bytes() for p in sorted((ROOT / "examples").glob("*.txt"))] + EXTRA_ARTICLES
    else:
        seeds = [p.read_bytes() for p in sorted((ROOT / "reference" / "curated").glob("*.yaml"))]
        for p in sorted((ROOT / "reference" / "imported").glob("*.yaml")):
            head = p.read_bytes()[:6000]
            seeds.append(head[: head.rfind(b"\n") + 1])  # the importers' shape (the fast reader)
    for n, data in enumerate(seeds):
        (corpus / f"seed-{n:03d}").write_bytes(data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target", choices=("extract", "yaml"))
    ap.add_argument("--minutes", type=float, default=15)
    ap.add_argument("--keep-going", action="store_true", help="after a crash, fuzz on until the time is up")
    ap.add_argument("--max-len", type=int, default=8192, help="largest generated input, bytes")
    args, extra = ap.parse_known_args()
    corpus = HERE / f"corpus-{args.target}"
    seed(args.target, corpus)
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    deadline = time.monotonic() + args.minutes * 60
    status = 0
    while True:  # after a crash, go on fuzzing for the rest of the time (--keep-going)
        left = int(deadline - time.monotonic())
        if left < 10:
            return status
        cmd = [
            sys.executable, str(HERE / "fuzz_targets.py"), args.target,
            f"-max_total_time={left}", f"-max_len={args.max_len}",
            f"-artifact_prefix={crashes}/", "-timeout=20", "-rss_limit_mb=4096", "-print_final_stats=1",
            *extra, str(corpus),
        ]
        rc = subprocess.call(cmd, cwd=ROOT)
        if rc == 0:
            return status
        status = rc
        print(f"fuzz/run.py: {args.target} stopped with status {rc} (see {crashes})", flush=True)
        if not args.keep_going:
            return status


if __name__ == "__main__":
    sys.exit(main())
