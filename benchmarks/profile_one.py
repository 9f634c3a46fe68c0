"""Profile checking one generated 700-word article at a large reference base.

    python benchmarks/profile_one.py [--people 100000] [--repeat 20] [--top 30]

Uses the same generated base and corpus as benchmarks/run.py (benchmarks/out/), and prints
cProfile's top functions by own time and by cumulative time, plus the time per stage. The
two event grammars share a cache of the sentence's event mentions: here each is timed
alone, so both pay for finding them, where in a check the second finds them cached (the
line "both event grammars" times them as a check runs them, sentence by sentence).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_base  # noqa: E402
import bench_corpus  # noqa: E402

from checker import cache  # noqa: E402
from checker.judge import as_of, check_article  # noqa: E402
from claims import anchors, segment  # noqa: E402
from claims.extract import _FOLDS_ODDLY, Extractor  # noqa: E402
from claims.read import parse  # noqa: E402

OUT = HERE / "out"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--grammar", help="profile only this grammar's extraction (class name)")
    args = ap.parse_args()
    bundled = bench_base.bundled_index(OUT / "cache")
    art = bench_corpus.CorpusGenerator(bundled, bench_base.core_people(bundled.base), seed=args.seed).article(0)
    files, _ = bench_base.make_base_dir(bundled.base, args.people, OUT / "bases" / f"{args.people}-seed{args.seed}", args.seed)
    del bundled
    index = cache.load_index(files, OUT / "cache")
    extractor = Extractor(index.vocabulary())
    article = parse(art.text, art.path)
    when = as_of(article, None, date(2026, 1, 1))
    check_article(article, extractor, index, when)
    t = time.perf_counter()
    for _ in range(args.repeat):
        report = check_article(article, extractor, index, when)
    ms = (time.perf_counter() - t) / args.repeat * 1000
    print(f"{len(art.text.split())} words, {len(report.verdicts)} claims, {ms:.1f} ms/article (no profiler)")
    # time per stage: segmentation, each grammar (on the sentences its `might_match` lets
    # through, as in Extractor.claims), time anchors, judgement
    t = time.perf_counter()
    for _ in range(args.repeat):
        sentences = list(segment.sentences(article.text, article.body_start))
    print(f"  {'segmenting':<28} {(time.perf_counter() - t) / args.repeat * 1000:7.2f} ms")
    # each sentence lower-cased as Extractor.claims hands it to `might_match`
    folded = [None if _FOLDS_ODDLY.search(s.text) else s.text.lower() for s in sentences]
    for grammar, might_match in zip(extractor.grammars, extractor.filters):
        t = time.perf_counter()
        for _ in range(args.repeat):
            for i, s in enumerate(sentences):
                if might_match is None or might_match(s.text, folded[i]):
                    grammar.extract(article.text, s, i)
        print(f"  {type(getattr(grammar, 'built', grammar)).__name__:<28} {(time.perf_counter() - t) / args.repeat * 1000:7.2f} ms")
    events = [(g, f) for g, f in zip(extractor.grammars, extractor.filters) if type(g).__name__ == "EventAspectGrammar"]
    t = time.perf_counter()
    for _ in range(args.repeat):
        for i, s in enumerate(sentences):
            for grammar, might_match in events:
                if might_match is None or might_match(s.text, folded[i]):
                    grammar.extract(article.text, s, i)
    print(f"  {'both event grammars':<28} {(time.perf_counter() - t) / args.repeat * 1000:7.2f} ms")
    t = time.perf_counter()
    for _ in range(args.repeat):
        for s in sentences:
            if any(c.isdigit() for c in s.text):
                anchors.anchors_in(s.text)
    print(f"  {'time anchors (dated sentences)':<28} {(time.perf_counter() - t) / args.repeat * 1000:7.2f} ms")
    claims = extractor.claims(article)
    from checker.judge import judge_claim
    from checker.resolve import ArticleContext
    t = time.perf_counter()
    for _ in range(args.repeat):
        ctx = ArticleContext()
        for c in claims:
            judge_claim(c, when.date, index, ctx)
    print(f"  {'judgement':<28} {(time.perf_counter() - t) / args.repeat * 1000:7.2f} ms")
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(args.repeat):
        if args.grammar:
            for grammar in extractor.grammars:
                if type(getattr(grammar, "built", grammar)).__name__ == args.grammar:
                    for i, s in enumerate(sentences):
                        grammar.extract(article.text, s, i)
        else:
            check_article(article, extractor, index, when)
    prof.disable()
    st = pstats.Stats(prof)
    st.sort_stats("tottime").print_stats(args.top)
    st.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
