"""Time per MB of checking ever larger articles: it must stay flat (linear time).

    python benchmarks/linear_time.py [--max-mb 32] [--shape prose|one-line|names|all]

Doubles the input from 1 MB up to --max-mb and prints the seconds per MB at each size, then
the ratio of the slowest to the fastest s/MB; exits 1 when that exceeds 2 for any shape.
Shapes: `prose` (newswire-like sentences dense with titles, names and dates), `one-line`
(the same with no newline or sentence end at all: one giant sentence) and `names` (a list
of capitalised names and titles without punctuation).
"""
from __future__ import annotations

import argparse
import time
from datetime import date

from checker import cache, load
from checker.judge import AsOf, check_article
from checker.paths import bundled_reference_dir
from claims.extract import Extractor
from claims.read import parse

SENTENCES = (
    "On Wednesday, March 2, 2022, Russian President Vladimir Putin spoke with French President Emmanuel Macron. ",
    "German Chancellor Angela Merkel, who met U.S. President Joe Biden in June 2021, said little. ",
    "In 2014, then-Vice President Joe Biden visited Kyiv, and Secretary of State John Kerry followed. ",
    "Russia's ambassador to the US, Anatoly Antonov, was summoned on Monday, March 1. ",
    "Officials said the talks, held in Geneva, would resume after the holidays. ",
)


SHAPES = ("prose", "one-line", "names")


def make(size: int, shape: str) -> str:
    unit = "".join(SENTENCES)
    if shape == "one-line":
        unit = unit.replace(". ", " and ")
    elif shape == "names":
        unit = "President Vladimir Putin Prime Minister Boris Johnson Chancellor Olaf Scholz Joe Biden Monday March "
    out = (unit * (size // len(unit) + 1))[:size]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=int, default=32)
    ap.add_argument("--shape", choices=(*SHAPES, "all"), default="prose")
    args = ap.parse_args()
    index = cache.load_index(load.files_in(bundled_reference_dir(), "reference"))
    extractor = Extractor(index.vocabulary())
    status = 0
    for shape in SHAPES if args.shape == "all" else (args.shape,):
        print(f"shape: {shape}", flush=True)
        print(f"{'MB':>4} {'seconds':>9} {'s/MB':>7} {'claims':>8}", flush=True)
        # Warm up first (lazily built matchers and caches), so 1 MB does not pay for them.
        check_article(parse(make(200_000, shape), "warm.txt"), extractor, index, AsOf(date(2022, 3, 3), "option"))
        per_mb = []
        mb = 1
        while mb <= args.max_mb:
            article = parse(make(mb * 1_000_000, shape), "bench.txt")
            t0 = time.perf_counter()
            report = check_article(article, extractor, index, AsOf(date(2022, 3, 3), "option"))
            dt = time.perf_counter() - t0
            per_mb.append(dt / mb)
            print(f"{mb:>4} {dt:>9.2f} {dt / mb:>7.2f} {len(report.verdicts):>8}", flush=True)
            del article, report
            mb *= 2
        spread = max(per_mb) / min(per_mb)
        flat = spread <= 2
        status |= not flat
        print(f"{shape}: slowest / fastest s/MB = {spread:.2f} ({'flat' if flat else 'NOT FLAT'} within 2x)", flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
