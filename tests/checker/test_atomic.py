import os
import signal
import stat
from pathlib import Path

import pytest

from checker import atomic
from checker.atomic import OutputPathError, OutputSet, check_writable, write_atomic


def test_writes_exact_bytes(tmp_path):
    target = tmp_path / "report.html"
    write_atomic(target, "<p>Scholz – 2021</p>\n")
    assert target.read_bytes() == "<p>Scholz – 2021</p>\n".encode("utf-8")
    assert os.listdir(tmp_path) == ["report.html"]


def test_replaces_existing_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(str(target), "new\n")
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_umask_mode_not_0600(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "out.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o644


def test_encoding_failure_leaves_old_file_and_no_temp(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "lone surrogate \ud800")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["report.txt"]


def test_keyboard_interrupt_removes_temp(tmp_path, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "report.txt", "text")
    assert os.listdir(tmp_path) == []


def test_failed_replace_removes_temp(tmp_path):
    (tmp_path / "taken").mkdir()  # os.replace cannot put a file over a directory
    with pytest.raises(OSError):
        write_atomic(tmp_path / "taken", "text")
    assert os.listdir(tmp_path) == ["taken"]


def test_check_writable_accepts_good_path_and_leaves_nothing(tmp_path):
    check_writable(tmp_path / "report.html")
    assert os.listdir(tmp_path) == []


def test_check_writable_missing_directory(tmp_path):
    with pytest.raises(OutputPathError, match="directory .*nope does not exist") as info:
        check_writable(tmp_path / "nope" / "report.html")
    assert isinstance(info.value, OSError)


def test_check_writable_target_is_directory(tmp_path):
    with pytest.raises(OutputPathError, match="is a directory"):
        check_writable(tmp_path)


def test_check_writable_unwritable_directory(tmp_path, monkeypatch):
    # Simulated: chmod does not stop root, and tests may run as root.
    def denied(**kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(OutputPathError, match="is not writable \\(Permission denied\\)"):
        check_writable(tmp_path / "report.html")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="needs a non-root POSIX user")
def test_check_writable_real_readonly_directory(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputPathError, match="not writable"):
            check_writable(locked / "report.html")
    finally:
        locked.chmod(0o700)


def test_an_output_set_replaces_its_targets_in_the_order_added(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text("old a")
    renamed = []
    real_replace = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda src, dst: (renamed.append(Path(dst).name), real_replace(src, dst)))
    with OutputSet() as out:
        for name in ("a.html", "b.html", "index.html"):
            out.add(tmp_path / name, f"new {name}")
        assert (tmp_path / "a.html").read_text() == "old a"  # nothing in place before the end
    assert renamed == ["a.html", "b.html", "index.html"]
    assert sorted(os.listdir(tmp_path)) == ["a.html", "b.html", "index.html"]
    assert (tmp_path / "index.html").read_text() == "new index.html"


def test_an_output_set_cut_short_leaves_every_old_output_and_no_temp(tmp_path):
    (tmp_path / "r.json").write_text("previous report\n")
    (tmp_path / "a.html").write_text("previous a\n")
    with pytest.raises(KeyboardInterrupt):
        with OutputSet() as out:
            out.add(tmp_path / "r.json", "{}\n")
            out.add(tmp_path / "a.html", "<p>new</p>\n")
            raise KeyboardInterrupt  # Ctrl-C while the next report renders
    assert sorted(os.listdir(tmp_path)) == ["a.html", "r.json"]
    assert (tmp_path / "r.json").read_text() == "previous report\n"
    assert (tmp_path / "a.html").read_text() == "previous a\n"


def test_ctrl_c_during_the_renames_takes_effect_after_the_last(tmp_path, monkeypatch):
    real_replace = os.replace
    calls = []

    def replace_then_interrupt(src, dst):
        calls.append(dst)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # arrives between the first and second rename
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        with OutputSet() as out:
            for name in ("r.json", "a.html", "index.html"):
                out.add(tmp_path / name, name)
    assert sorted(os.listdir(tmp_path)) == ["a.html", "index.html", "r.json"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_failed_rename_in_a_set_removes_the_temps_not_yet_renamed(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):
        with OutputSet() as out:
            out.add(tmp_path / "first.txt", "1")
            out.add(tmp_path / "taken", "2")
            out.add(tmp_path / "last.txt", "3")
    assert sorted(os.listdir(tmp_path)) == ["first.txt", "taken"]
