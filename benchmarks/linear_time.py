"""Time per MB of checking ever larger articles: it must stay flat (linear time).

    python benchmarks/linear_time.py [--max-mb 32] [--shape prose|one-line|names]

Doubles the input from 1 MB up to --max-mb and prints the seconds per MB at each size.
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


def make(size: int, shape: str) -> str:
    unit = "".join(SENTENCES)
    if shape == "one-line":
        unit = unit.replace(". ", " and ")
    elif shape == "names":
        unit = "President Vladimir Putin Prime Minister Boris Johnson Chancellor Olaf Scholz Joe Biden Monday March "
    out = (unit * (size // len(unit) + 1))[:size]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=int, default=32)
    ap.add_argument("--shape", choices=("prose", "one-line", "names"), default="prose")
    args = ap.parse_args()
    index = cache.load_index(load.files_in(bundled_reference_dir(), "reference"))
    extractor = Extractor(index.vocabulary())
    print(f"shape: {args.shape}")
    print(f"{'MB':>4} {'seconds':>9} {'s/MB':>7} {'claims':>8}")
    mb = 1
    while mb <= args.max_mb:
        article = parse(make(mb * 1_000_000, args.shape), "bench.txt")
        t0 = time.perf_counter()
        report = check_article(article, extractor, index, AsOf(date(2022, 3, 3), "option"))
        dt = time.perf_counter() - t0
        print(f"{mb:>4} {dt:>9.2f} {dt / mb:>7.2f} {len(report.verdicts):>8}", flush=True)
        mb *= 2


if __name__ == "__main__":
    main()
