"""The claim grammars for an index, built with the compiled patterns of an earlier run.

Building the grammars compiles regexes made of the whole vocabulary (see claims.patterns);
their compiled programs are stored beside the index cache, keyed by the index's digest,
so a warm start loads them instead. The file is read only when its header and checksum
hold; a missing, damaged or foreign one means compiling (slower, never different).
"""
from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
import zlib
from dataclasses import replace
from pathlib import Path

from checker import cache
from checker.index import ReferenceIndex
from claims.extract import Extractor
from claims.patterns import Patterns

_MAGIC = b"factcheck-patterns 1\n"


def extractor(index: ReferenceIndex, cache_dir: Path | None = None) -> Extractor:
    path = (cache_dir or cache.default_dir()) / f"patterns-{index.digest[:40]}.marshal"
    patterns = Patterns(_read(path, index.digest))
    built = Extractor(replace(index.vocabulary(), patterns=patterns))
    if not patterns.complete():
        _write(path, index.digest, patterns.saved())
    return built


def _read(path: Path, key: str) -> dict | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = _MAGIC + key.encode() + b"\n"
    checksum, payload = data[len(head):len(head) + 9], memoryview(data)[len(head) + 9:]
    if not data.startswith(head) or checksum != b"%08x\n" % zlib.crc32(payload):
        return None
    try:
        saved = marshal.loads(payload)
    except Exception:  # truncated or from another Python: compile instead
        return None
    return saved if isinstance(saved, dict) else None


def _write(path: Path, key: str, saved: dict) -> None:
    # Like the index cache: an optimisation, written atomically, skipped if it cannot be.
    with contextlib.suppress(OSError, ValueError):
        payload = marshal.dumps(saved)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + key.encode() + b"\n" + b"%08x\n" % zlib.crc32(payload))
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
