"""Caches are never trusted blindly; outputs are all or nothing, and the same every time."""
from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import cache, load

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ukraine-diplomacy.txt"

BASE = """\
sources:
  - {id: desk, title: Desk, snapshot: 2023-06-30}
countries:
  - {id: DE, name: Germany, demonyms: [German], source: desk}
offices:
  - {id: de.chancellor, name: Chancellor of Germany, country: DE, forms: [Chancellor], source: desk}
people:
  - {id: Q567, name: Angela Merkel, source: desk}
terms:
  - {person: Q567, office: de.chancellor, start: 2005-11-22, end: 2021-12-08, source: desk}
"""


@pytest.fixture
def base(tmp_path):
    folder = tmp_path / "ref"
    folder.mkdir()
    (folder / "base.yaml").write_text(BASE, encoding="utf-8")
    return folder


def _load(folder, cache_dir, built):
    return cache.load_index(load.files_in(folder, "ref"), cache_dir, on_build=lambda: built.append(1))


def _cached(cache_dir) -> Path:
    (path,) = Path(cache_dir).glob("index-*.marshal")
    return path


@pytest.mark.parametrize("content", [
    b"",  # empty
    b"\x80",  # a pickle protocol byte and nothing else
    pickle.dumps({"not": "an index"}),  # unpickles to the wrong type
    pickle.dumps(None),
    b"\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x08no_such_module\x94\x8c\x01X\x94\x93\x94.",  # missing class
    os.urandom(4096),
])
def test_a_bad_cache_file_is_rebuilt(base, tmp_path, content):
    built = []
    _load(base, tmp_path / "c", built)
    _cached(tmp_path / "c").write_bytes(content)
    index = _load(base, tmp_path / "c", built)
    assert built == [1, 1] and "Q567" in index.people
    again = _load(base, tmp_path / "c", built)  # and the rebuilt cache is good again
    assert built == [1, 1] and again.digest == index.digest


def test_an_index_of_another_base_under_this_name_is_not_trusted(base, tmp_path):
    built = []
    _load(base, tmp_path / "c", built)
    good = _cached(tmp_path / "c")
    other = tmp_path / "ref2"
    other.mkdir()
    (other / "base.yaml").write_text(BASE.replace("Angela Merkel", "Angela D. Merkel"), encoding="utf-8")
    _load(other, tmp_path / "c2", [])
    good.write_bytes(_cached(tmp_path / "c2").read_bytes())  # right type, wrong digest
    index = _load(base, tmp_path / "c", built)
    assert built == [1, 1] and index.people["Q567"].name == "Angela Merkel"


def test_a_cache_of_another_version_is_not_used(base, tmp_path, monkeypatch):
    built = []
    monkeypatch.setattr(cache, "__version__", "0.0.0-old")
    old = _load(base, tmp_path / "c", built)
    monkeypatch.undo()
    new = _load(base, tmp_path / "c", built)
    assert built == [1, 1] and old.digest != new.digest
    assert len(list((tmp_path / "c").glob("index-*.marshal"))) == 2


def test_a_changed_or_added_file_rebuilds(base, tmp_path):
    built = []
    _load(base, tmp_path / "c", built)
    (base / "more.yaml").write_text("people:\n  - {id: Q1, name: Someone, source: desk}\n", encoding="utf-8")
    index = _load(base, tmp_path / "c", built)
    assert built == [1, 1] and "Q1" in index.people
    (base / "more.yaml").unlink()
    index = _load(base, tmp_path / "c", built)  # back to the first base: its cache again
    assert built == [1, 1] and "Q1" not in index.people


def test_a_cache_dir_that_is_a_file_or_a_cache_file_that_is_a_dir(base, tmp_path):
    blocker = tmp_path / "c"
    blocker.write_text("I am a file")
    built = []
    assert "Q567" in _load(base, blocker, built).people  # no cache, but a result
    other = tmp_path / "c2"
    _load(base, other, built)
    path = _cached(other)
    path.unlink()
    path.mkdir()  # the cache file's name is taken by a folder
    assert "Q567" in _load(base, other, built).people and built == [1, 1, 1]


def test_the_cli_with_an_unusable_cache_dir_still_checks(run, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = run("check", "-", "--quiet", "--date", "2020-01-01", stdin=b"German Chancellor Angela Merkel spoke.\n",
                 env={"FACTCHECK_CACHE_DIR": str(blocker / "sub")})
    assert result.returncode == 0 and "verified" in result.stdout


# --- outputs ---------------------------------------------------------------------------

@pytest.mark.parametrize("option, target, words", [
    ("--json", "missing-dir/r.json", "does not exist"),
    ("--json", ".", "is a directory"),
    ("--html", "missing-dir/r.html", "does not exist"),
    ("--json", "afile/r.json", "does not exist"),
])
def test_an_unwritable_output_is_refused_before_any_work(run, tmp_path, option, target, words):
    (tmp_path / "afile").write_text("x")
    fresh = tmp_path / "fresh-cache"  # an index build would be the first work done
    t0 = time.monotonic()
    result = run("check", EXAMPLE, option, target, env={"FACTCHECK_CACHE_DIR": str(fresh)})
    assert result.returncode == 2 and "factcheck: error: cannot write" in result.stderr and words in result.stderr
    assert not fresh.exists() and "building" not in result.stderr and result.stdout == ""
    assert time.monotonic() - t0 < 30


def test_a_read_only_output_folder_is_refused_before_any_work(run, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        result = run("check", EXAMPLE, "--json", ro / "r.json")
    finally:
        ro.chmod(0o700)
    assert result.returncode == 2 and "not writable" in result.stderr


def _batch(folder: Path, copies: int, size: int) -> Path:
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    body = text * (size // len(text) + 1)
    for n in range(copies):
        (folder / f"a{n:03d}.txt").write_text(body, encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_mid_run_leaves_no_partial_file(tmp_path, jobs):
    # enough articles that checking them (even with a warm index and 2 processes) outlasts the
    # 8 s several times over: 9 MB once did, until checking got faster and the signal came
    # while the finished run was writing its reports
    articles = _batch(tmp_path / "in", 600, 100_000)
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.json").write_text("previous report\n")  # an older report stays intact
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", str(articles), "--jobs", jobs, "--quiet",
         "--json", str(out / "r.json"), "--html", str(out / "html") + "/"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, start_new_session=True,
    )
    time.sleep(8)  # the index is loaded and articles are being checked
    assert proc.poll() is None, proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)  # as the terminal does: the whole process group
    _, err = proc.communicate(timeout=120)
    err = err.decode()
    assert proc.returncode == 130, err
    assert "factcheck: interrupted" in err and "Traceback" not in err, err
    assert (out / "r.json").read_text() == "previous report\n"
    leftovers = [p.name for p in out.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    assert leftovers == []
    assert not (out / "html").exists() or list((out / "html").iterdir()) == []


def test_ctrl_c_while_the_reports_are_written_leaves_the_previous_set_whole(tmp_path, monkeypatch):
    # the run is finished and its reports are being rendered and written: the JSON file is
    # already rendered and the first HTML report too when Ctrl-C comes
    from checker import batch, cli

    articles = _batch(tmp_path / "in", 3, 2_000)
    out = tmp_path / "out"
    (out / "html").mkdir(parents=True)
    (out / "r.json").write_text("previous report\n")
    (out / "html" / "index.html").write_text("previous index\n")
    rendered = []
    real_render = batch.render_html

    def render_then_interrupt(*args, **kwargs):
        rendered.append(1)
        if len(rendered) == 2:
            raise KeyboardInterrupt
        return real_render(*args, **kwargs)

    monkeypatch.setattr(batch, "render_html", render_then_interrupt)
    code = cli.main(["check", str(articles), "--quiet", "--json", str(out / "r.json"), "--html", str(out / "html") + "/"])
    assert code == 130 and len(rendered) == 2
    assert (out / "r.json").read_text() == "previous report\n"
    assert sorted(p.name for p in out.rglob("*")) == ["html", "index.html", "r.json"]  # no temps
    assert (out / "html" / "index.html").read_text() == "previous index\n"


def test_outputs_are_byte_identical_across_runs_and_jobs(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    (folder / "plain.txt").write_text(text, encoding="utf-8")
    (folder / "crlf.txt").write_bytes(("\ufeff" + text).replace("\n", "\r\n").encode())
    (folder / "cr.txt").write_bytes(text.replace("\n", "\r").encode())
    (folder / "hostile.md").write_text("---\ntitle: <script>alert(1)</script>\n---\n" + text + "\n{{ 7*7 }} </textarea>\n",
                                       encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff")
    outputs = []
    for n, jobs in enumerate(["1", "2", "1", "2"]):
        result = run("check", folder, "--jobs", jobs, "--quiet", "--json", f"r{n}.json", "--html", f"h{n}/",
                     "--format", "json")
        assert result.returncode == 2
        html = {p.name: p.read_bytes() for p in sorted((tmp_path / f"h{n}").iterdir())}
        outputs.append(((tmp_path / f"r{n}.json").read_bytes(), result.stdout, html))
    assert all(o == outputs[0] for o in outputs)
    data = json.loads(outputs[0][0])
    assert len(data["articles"]) == 4 and [f["path"].rsplit("/", 1)[-1] for f in data["failures"]] == ["bad.txt"]
