"""The claim grammars for an index, built with the compiled patterns of an earlier run.

Building the grammars compiles regexes made of the whole vocabulary (see claims.patterns);
their compiled programs are stored beside the index cache, keyed by the index's digest,
so a warm start loads them instead. The file is read only when its header and checksum
hold; a missing, damaged or foreign one means compiling (slower, never different).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checker import cache
from checker.index import ReferenceIndex
from claims.extract import Extractor
from claims.patterns import Patterns

_MAGIC = b"factcheck-patterns 1\n"


def extractor(index: ReferenceIndex, cache_dir: Path | None = None) -> Extractor:
    path = (cache_dir or cache.default_dir()) / f"patterns-{index.digest[:40]}.marshal"
    saved = cache.read_stored(path, _MAGIC, index.digest)
    patterns = Patterns(saved if isinstance(saved, dict) else None)

    def keep() -> None:  # now, and again when a grammar built on first use compiled more
        if not patterns.complete():
            cache.write_stored(path, _MAGIC, index.digest, patterns.saved())

    built = Extractor(replace(index.vocabulary(), patterns=patterns), on_built=keep)
    keep()
    return built
