"""Batch runs: report names that never collide, --jobs N output identical to --jobs 1,
the index, failures, and the progress bar only on a terminal."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from checker.batch import report_names
from checker.progress import Progress, should_show

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ukraine-diplomacy.txt"


def test_names_are_stems_when_unique():
    assert report_names(["news/a.txt", "news/b.md"]) == ["a.html", "b.html"]


def test_same_stem_in_different_folders():
    names = report_names(["in/world/a.txt", "in/us/a.txt", "in/b.txt"])
    assert names == ["world--a.html", "us--a.html", "b.html"]


def test_same_stem_different_extension_and_case():
    names = report_names(["x/a.txt", "x/a.md", "x/A.txt", "x/index.txt", "-"])
    assert len({n.lower() for n in names}) == 5
    assert "index.html" not in names and names[-1] == "stdin.html"
    assert all(n.endswith(".html") for n in names)


def test_unsafe_characters_never_reach_a_name():
    names = report_names(["x/<script> & \"q\".txt", "x/../..hidden.txt", "x/#?%.txt"])
    for name in names:
        assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name), name
        assert not name.startswith(".")
    assert len(set(names)) == 3


def test_progress_only_on_a_terminal_with_several_articles():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert not should_show(1, Tty())
    assert not should_show(5, io.StringIO())
    assert not should_show(5, Tty(), quiet=True)
    assert should_show(5, Tty())
    out = Tty()
    with Progress(3, out, enabled=True, min_interval=0) as progress:
        for name in ("a.txt", "b\x1b[31m.txt", "c.txt"):
            progress.advance(name)
    text = out.getvalue()
    assert "3/3" in text and "100%" in text and "\x1b[31m" not in text
    assert text.endswith("\r\x1b[K")
    assert len(Progress(3, out, enabled=True).line("x" * 500, 60)) <= 60


@pytest.fixture(scope="module")
def cache_dir(shared_index_cache):
    return shared_index_cache  # one index build for the whole session (tests/conftest.py)


@pytest.fixture
def run(tmp_path, cache_dir):
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(cache_dir))

    def factcheck(*args):
        return subprocess.run([sys.executable, "-m", "checker", *map(str, args)], capture_output=True,
                              text=True, encoding="utf-8", env=env, cwd=tmp_path)

    return factcheck


def corpus(folder: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    for sub in ("world", "us"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "talks.txt").write_text(text, encoding="utf-8")
    (folder / "us" / "quiet.md").write_text(
        "---\ndate: 2019-05-01\ntitle: A quiet day\n---\nGerman Chancellor Angela Merkel met reporters.\n",
        encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"caf\xe9")
    (folder / "notes.csv").write_text("not an article")
    return folder


def test_folder_to_folder_with_index_and_failures(run, tmp_path):
    articles = corpus(tmp_path / "in")
    result = run("check", articles, "--html", tmp_path / "out/", "--quiet")
    assert result.returncode == 2
    assert "bad.txt: not UTF-8" in result.stderr and "checking" not in result.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "quiet.html", "us--talks.html", "world--talks.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.index('href="us--talks.html"') < index.index('href="quiet.html"')  # conflicts first
    assert "A quiet day" in index and "bad.txt" in index and "Not checked" in index
    report = (out / "quiet.html").read_text(encoding="utf-8")
    assert '<a href="index.html">' in report and "A quiet day" in report
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


def test_jobs_give_byte_identical_output(run, tmp_path):
    articles = corpus(tmp_path / "in")
    one = run("check", articles, "--html", tmp_path / "one/", "--json", tmp_path / "one.json", "-j", "1")
    four = run("check", articles, "--html", tmp_path / "four/", "--json", tmp_path / "four.json", "--jobs", "4")
    assert one.returncode == four.returncode == 2
    assert one.stdout == four.stdout
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "four.json").read_bytes()
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "four").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "four" / name).read_bytes()


def test_json_alone_is_the_json_written_beside_full_reports(run, tmp_path):
    # `--format json` alone keeps only each article's JSON and its count of conflicts in the
    # parent; the text must be what a run that keeps the reports writes, exit codes too.
    articles = corpus(tmp_path / "in")
    (articles / "bad.txt").unlink()
    full = run("check", articles, "--json", tmp_path / "full.json", "--quiet")
    for jobs in ("1", "2"):
        alone = run("check", articles, "--format", "json", "--jobs", jobs, "--quiet")
        assert alone.stdout.encode("utf-8") == (tmp_path / "full.json").read_bytes()
        assert alone.returncode == full.returncode == 1  # the example article has conflicts
    quiet = run("check", articles / "us" / "quiet.md", "--format", "json", "--quiet")
    assert quiet.returncode == 0 and '"conflicting": 0' in quiet.stdout


def test_bad_jobs_value_is_a_usage_error(run):
    assert run("check", EXAMPLE, "--jobs", "x").returncode == 2
    assert run("check", EXAMPLE, "--jobs", "-1").returncode == 2


def test_reports_inside_the_articles_folder_are_not_read_back(run, tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "b.txt").write_text("March 3, 2022\n\nGerman Chancellor Olaf Scholz spoke.\n", encoding="utf-8")
    for _ in range(2):
        result = run("check", articles, "--html", articles / "reports/")
        assert result.returncode == 1, result.stderr
    assert sorted(p.name for p in (articles / "reports").iterdir()) == ["a.html", "b.html", "index.html"]


def test_a_bug_met_on_one_article_is_reported_and_the_others_are_checked(tmp_path, monkeypatch, cache_dir):
    from checker import batch, cache, load
    from checker.paths import bundled_reference_dir
    from claims.grammars import common

    (tmp_path / "a.txt").write_text("President Joe Biden spoke.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("President Joe Biden spoke on March 1, 2022.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("German Chancellor Olaf Scholz spoke.\n", encoding="utf-8")
    monkeypatch.setattr(common, "MONTHS", {})  # reading "March" now fails, as a grammar's bug would
    index = cache.load_index(load.files_in(bundled_reference_dir(), "reference"), cache_dir)
    jobs = [batch.Job(str(tmp_path / n), None) for n in ("a.txt", "b.txt", "c.txt")]
    outcomes = batch.check_all(jobs, index, date(2022, 3, 3), date(2022, 3, 3))
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert outcomes[1].error.startswith(f"{tmp_path / 'b.txt'}: internal error, please report it: KeyError: 'march' ")
    assert outcomes[1].error.endswith(f"(claims/grammars/common.py:{common.month_number.__code__.co_firstlineno + 1})")
    assert [v.verdict for v in outcomes[0].report.verdicts + outcomes[2].report.verdicts] == ["verified", "verified"]
