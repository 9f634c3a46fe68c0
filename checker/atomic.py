"""Write output files so a reader sees either the old file or the complete new one.

`check_writable` runs before any work, so a bad --output path fails in a second rather
than after a long run; `write_atomic` then writes a temp file beside the target and
renames it over (rename is atomic only within one filesystem, hence the same directory).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class OutputPathError(OSError):
    """The output path cannot be written; the message says why, for the user."""


def check_writable(path: str | os.PathLike[str]) -> None:
    target = Path(path)
    directory = target.parent
    if target.is_dir():
        raise OutputPathError(f"cannot write {target}: it is a directory")
    if not directory.is_dir():
        raise OutputPathError(f"cannot write {target}: directory {directory} does not exist")
    try:
        # Probe by creating a file: os.access misses read-only mounts, ACLs and root.
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".probe", dir=directory)
    except OSError as exc:
        raise OutputPathError(
            f"cannot write {target}: directory {directory} is not writable ({exc.strerror})"
        ) from exc
    os.close(fd)
    os.unlink(probe)


def write_atomic(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    target = Path(path)
    # newline="": write "\n" as is, so output bytes do not depend on the platform.
    tmp = tempfile.NamedTemporaryFile(
        "w", encoding=encoding, newline="", dir=target.parent,
        prefix=f".{target.name}.", suffix=".tmp", delete=False,
    )
    try:
        with tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp.name, _mode_for(target))
        os.replace(tmp.name, target)
    except BaseException:  # KeyboardInterrupt too: never leave a stray temp file behind
        with contextlib.suppress(OSError):
            os.unlink(tmp.name)
        raise
    _fsync_directory(target.parent)


def _mode_for(target: Path) -> int:
    """Keep an existing file's mode; otherwise what a plain open() would give.

    mkstemp creates files 0600, which would make a report unreadable to others.
    """
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)  # reading the umask means setting it; restore at once
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
