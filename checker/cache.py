"""Compile the YAML base once into a pickled index, keyed by the files' content.

Parsing YAML is slow (seconds for tens of thousands of records); unpickling the index is
fast. The key is a digest of every file's path and bytes plus the tool version, so any
edit, added file or upgrade rebuilds the cache; a corrupt or foreign cache file is
ignored and rebuilt, never trusted.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from checker import __version__, load
from checker.index import ReferenceIndex

_FORMAT = 3  # bump when ReferenceIndex's pickled shape changes


def digest(files: list[load.RefFile]) -> str:
    h = hashlib.sha256(f"factcheck {__version__} index {_FORMAT}\n".encode())
    for rf in files:
        data = rf.path.read_bytes()
        h.update(f"{rf.shown}\n{len(data)}\n".encode())
        h.update(data)
    return h.hexdigest()


def default_dir() -> Path:
    if os.environ.get("FACTCHECK_CACHE_DIR"):
        return Path(os.environ["FACTCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


def load_index(
    files: list[load.RefFile],
    cache_dir: Path | None = None,
    on_build: Callable[[], None] | None = None,
) -> ReferenceIndex:
    """The index for `files`, from the cache when it is there and sound."""
    try:
        key = digest(files)
    except OSError as exc:
        raise load.ReferenceError([f"cannot read the reference base: {exc}"]) from None
    path = (cache_dir or default_dir()) / f"index-{key[:40]}.pickle"
    index = _read(path, key)
    if index is None:
        if on_build:
            on_build()
        index = ReferenceIndex(load.load(files), key)
        _write(path, index)
    # The index is a large, long-lived object graph: keep the garbage collector from
    # re-scanning it at every collection (that cost more than building the grammars).
    gc.freeze()
    return index


def _read(path: Path, key: str) -> ReferenceIndex | None:
    try:
        with path.open("rb") as fh:
            gc.disable()  # unpickling creates a million objects; collecting meanwhile is waste
            try:
                index = pickle.load(fh)
            finally:
                gc.enable()
    except FileNotFoundError:
        return None
    except Exception:  # truncated, foreign or from another version: rebuild
        return None
    if not isinstance(index, ReferenceIndex) or index.digest != key:
        return None
    return index


def _write(path: Path, index: ReferenceIndex) -> None:
    # A cache is an optimisation: if it cannot be written, run without it.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
