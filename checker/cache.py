"""Compile the YAML base once into a stored index, keyed by the files' content.

Parsing YAML is slow (seconds for tens of thousands of records); reading the stored index
is fast: it is the index's plain tables (`ReferenceIndex.tables()`: dicts and tuples of
strings and numbers) written with `marshal`, one `marshal.loads` to read back, with the
records decoded only when a check asks for them.

The key is a digest of every file's path and bytes, the tool version, this format, the
Python version (marshal's format is Python's) and the code that shapes the index, so any
edit, added file or upgrade rebuilds the cache. A file is used only if it starts with the
same key and its checksum holds; a corrupt, stale or foreign cache file is ignored and
rebuilt, never trusted. Files are written to a temporary name and renamed into place.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

from checker import __version__, load
from checker.index import ReferenceIndex, build_tables, packed, schema

_FORMAT = 7  # bump when the stored tables change shape or meaning (4: marshal of plain tables, was
# pickle; 5: people_by_name also holds given names' other romanisations, exact names first;
# 6: the gazetteer's tables packed, unpacked on first use; 7: each of its rows packed too,
# and the places of each region listed)
_MAGIC = b"factcheck-index\n"
_PACKAGE = Path(__file__).resolve().parent
# The code that decides what the index holds: an edit to it (in a development tree) must
# not be hidden by a cache built before it.
_SHAPING_CODE = ("checker/index.py", "checker/names.py", "checker/load.py", "checker/facts.py",
                 "checker/yamlsafe.py", "claims/dates.py")


def digest(files: list[load.RefFile]) -> str:
    h = hashlib.sha256(f"factcheck {__version__} index {_FORMAT} python {sys.version_info[:2]} marshal {marshal.version}\n"
                       f"{schema()}\n".encode())
    for name in _SHAPING_CODE:
        with contextlib.suppress(OSError):
            h.update((_PACKAGE.parent / name).read_bytes())
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
    path = (cache_dir or default_dir()) / f"index-{key[:40]}.marshal"
    index = _read(path, key)
    if index is None:
        if on_build:
            on_build()
        # Loading and indexing the YAML creates millions of objects that all stay alive until
        # the tables are built: a collection meanwhile only re-scans them (seconds, cold).
        enabled = gc.isenabled()
        gc.disable()
        try:
            table = build_tables(load.load(files), key)  # the loaded records are dropped here
        finally:
            if enabled:
                gc.enable()
        write_stored(path, _MAGIC, key, packed(table))
        index = ReferenceIndex.from_tables(table)
    # The index is a large, long-lived object graph: keep the garbage collector from
    # re-scanning it at every collection (that cost more than building the grammars).
    gc.freeze()
    return index


def _read(path: Path, key: str) -> ReferenceIndex | None:
    table = read_stored(path, _MAGIC, key)
    if not isinstance(table, dict) or table.get("digest") != key:
        return None
    try:
        return ReferenceIndex.from_tables(table)
    except Exception:  # from another version of the tables: rebuild
        return None


# --- stored files: a header (magic, key, checksum), then a marshal payload ---------------

def read_stored(path: Path, magic: bytes, key: str):
    """The value stored at `path` under `magic` and `key`, or None if the file is missing,
    unreadable, for another key, truncated or damaged: a stored file is never trusted."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = magic + key.encode() + b"\n"
    if not data.startswith(head) or len(data) < len(head) + 9:
        return None
    checksum, payload = data[len(head):len(head) + 9], memoryview(data)[len(head) + 9:]
    if checksum != b"%08x\n" % zlib.crc32(payload):
        return None
    gc.disable()  # loading creates a million objects; collecting meanwhile is waste
    try:
        return marshal.loads(payload)
    except Exception:  # from another Python's marshal: rebuild
        return None
    finally:
        gc.enable()


def write_stored(path: Path, magic: bytes, key: str, value) -> None:
    """Store `value` atomically (a temporary file in the same folder, then a rename). A
    stored file is an optimisation: if it cannot be written, the run goes on without it."""
    with contextlib.suppress(OSError, ValueError):
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(magic + key.encode() + b"\n" + b"%08x\n" % zlib.crc32(payload))
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
