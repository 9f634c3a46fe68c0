"""Write output files so a reader sees either the old file or the complete new one.

`check_writable` runs before any work, so a bad --output path fails in a second rather
than after a long run; `write_atomic` then writes a temp file beside the target and
renames it over (rename is atomic only within one filesystem, hence the same directory).
A run's outputs (the JSON file, one HTML report per article and their index) form one
`OutputSet`: each file is written to its temporary name as it is rendered, and only when all
are written are they renamed into place, Ctrl-C held off during the renames, so an
interrupted or failed run leaves the previous outputs as they were, all of them, and no
temporary file.
"""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
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
    with OutputSet() as out:
        out.add(path, text, encoding)


class OutputSet:
    """Files that replace their targets all together or not at all.

    `add` writes a file's text to a temporary name beside its target at once (the texts are
    not all held in memory); leaving the `with` block renames each over its target, or, when
    the block ends with an exception (KeyboardInterrupt too), removes them all and leaves
    every target as it was. (A rename that fails, or a crash of the machine halfway through
    the renames, can still leave some of them done: each file is whole either way.)"""

    def __init__(self) -> None:
        self._staged: list[tuple[str, Path]] = []  # (temporary file, its target)

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    def add(self, path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
        target = Path(path)
        # newline="": write "\n" as is, so output bytes do not depend on the platform.
        tmp = tempfile.NamedTemporaryFile(
            "w", encoding=encoding, newline="", dir=target.parent,
            prefix=f".{target.name}.", suffix=".tmp", delete=False,
        )
        self._staged.append((tmp.name, target))
        with tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp.name, _mode_for(target))

    def commit(self) -> None:
        """Rename every file over its target; Ctrl-C waits until the last one is done."""
        folders = {target.parent for _, target in self._staged}
        self._staged.reverse()  # renamed in the order added (an HTML index last), popped from the end
        try:
            with _interrupts_held():
                while self._staged:
                    name, target = self._staged[-1]
                    os.replace(name, target)
                    self._staged.pop()
        except BaseException:
            # a rename failed (a directory in the way): those before it are done, the rest not
            self.discard()
            raise
        for folder in sorted(folders):
            _fsync_directory(folder)

    def discard(self) -> None:
        """Remove the temporary files not yet renamed."""
        for name, _ in self._staged:
            with contextlib.suppress(OSError):
                os.unlink(name)
        self._staged.clear()


@contextlib.contextmanager
def _interrupts_held():
    """Ctrl-C during the block takes effect when it ends, as it would have at its start.

    Only the main thread receives signals in Python (elsewhere the block runs as is)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught and callable(previous):  # (ignored before: stays ignored)
        previous(signal.SIGINT, None)


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
