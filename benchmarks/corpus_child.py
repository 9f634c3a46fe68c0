"""One system's passes over the benchmark corpus, in a process of its own.

    python benchmarks/corpus_child.py SPEC.json     (run by benchmarks/run.py)

The whole-corpus figures compare systems that, in real use, each run alone. Measured in one
process that also holds the other systems (every base size's index and the spaCy peers, over a
gigabyte), each ran slower by about a quarter for reasons no user meets (a larger heap to walk
for every look-up), and which one suffered more depended on the order of the runs. Here a
process loads the base, builds one system (`ours`, `tuned` or `untuned`; ours with all its
grammars), warms it up on the first article and checks the corpus `runs` times; it prints one
JSON line: the seconds of each pass, each article's seconds, the claims found in the last pass
(kind, start, end) and, for ours, the seconds to render each pass's reports and one article's
check repeated.
"""
from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402  (its measuring functions; its main() does not run)

from checker import cache, load  # noqa: E402
from checker.judge import as_of, check_article  # noqa: E402
from claims.extract import Extractor  # noqa: E402
from claims.read import parse  # noqa: E402


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    files = [load.RefFile(Path(p), shown) for p, shown in spec["files"]]
    index = cache.load_index(files, Path(spec["cache"]))
    articles = [SimpleNamespace(path=a["path"], text=a["text"])
                for a in json.loads(Path(spec["articles"]).read_text(encoding="utf-8"))]
    out: dict = {"secs": [], "per": [], "render": [], "one_ms": []}
    if spec["system"] == "ours":
        extractor = Extractor(index.vocabulary())
        for grammar in extractor.grammars:
            # The grammars built on first use (tenure, taking office: their regexes hold every
            # title of the base) built now, as the warm-up: `factcheck check` stores their
            # compiled patterns after its first run, so a first pass compiles nothing.
            getattr(grammar, "built", None)
        first = parse(articles[0].text, articles[0].path)
        check_article(first, extractor, index, as_of(first, None, bench.TODAY))
        gc.collect()
        gc.freeze()
        for _ in range(spec["runs"]):
            secs, reports, per = bench.check_corpus(articles, extractor, index)
            out["secs"].append(secs)
            out["per"] += per
            out["render"].append(bench.render_all(reports, index))
            out["found"] = [[(v.claim.kind, v.claim.start, v.claim.end) for v in r.verdicts] for r in reports]
            del reports
        for _ in range(max(5, spec["runs"] * 5)):
            t = time.perf_counter()
            check_article(first, extractor, index, as_of(first, None, bench.TODAY))
            out["one_ms"].append((time.perf_counter() - t) * 1000)
    else:
        import bench_peer

        peer = bench_peer.SpacyPeer(index, tuned=spec["system"] == "tuned")
        peer.claims(articles[0].text)
        gc.collect()
        gc.freeze()
        for _ in range(spec["runs"]):
            secs, found, per = bench.peer_pass(peer, articles)
            out["secs"].append(secs)
            out["per"] += per
            out["found"] = found
    print(json.dumps(out))


if __name__ == "__main__":
    main()
