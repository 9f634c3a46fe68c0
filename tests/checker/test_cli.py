"""The factcheck command as a user runs it: exit codes, outputs, errors, the example article."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ukraine-diplomacy.txt"


@pytest.fixture
def run(tmp_path):
    env = dict(os.environ)  # shares the session index cache (tests/conftest.py)

    def factcheck(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "checker", *map(str, args)], input=stdin, capture_output=True,
            text=True, encoding="utf-8", env=env, cwd=tmp_path,
        )

    return factcheck


def test_example_article_gets_the_right_verdict_for_every_claim(run):
    result = run("check", EXAMPLE, "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    (article,) = report["articles"]
    assert (article["date"], article["date_source"]) == ("2022-03-03", "dateline")
    got = {(c["text"], c["verdict"]) for c in article["claims"]}
    assert {c["kind"] for c in article["claims"] if c["text"] == "Vladmir Putin"} == {"spelling"}
    conflicting = {
        "Russian Prime Minister Dmitry Medvedev",  # Mishustin since 2020-01-16
        "German Chancellor Angela Merkel",  # Scholz since 2021-12-08
        "Italian Prime Minister Giuseppe Conte",  # Draghi since 2021-02-13
        "Monday, March 1",  # a Tuesday in 2022
        "Vladmir Putin",  # spelling: Vladimir
    }
    verified = {
        "U.S. President Joe Biden", "Ukrainian President Volodymyr Zelensky", "Wednesday, March 2, 2022",
        "Secretary of State Antony Blinken", "Russian President Vladimir Putin", "Thursday, Feb. 24",
        "Sunday, February 27", "French President Emmanuel Macron", "British Prime Minister Boris Johnson",
        "US Ambassador to Russia John Sullivan", "Russia's ambassador to the US, Anatoly Antonov",
        "then-Vice President Joe Biden", "Former President Donald Trump", "Russian President Vladmir Putin",
        "Japanese Prime Minister Fumio Kishida", "Chinese President Xi Jinping", "Indian Prime Minister Narendra Modi",
    }
    assert got == {(t, "conflicting") for t in conflicting} | {(t, "verified") for t in verified}
    merkel = next(c for c in article["claims"] if c["text"] == "German Chancellor Angela Merkel")
    assert merkel["explanation"].startswith("as of 2022-03-03 the Chancellor of Germany is Olaf Scholz (since 2021-12-08)")
    assert merkel["evidence"][0]["ref"].startswith("reference/curated/germany.yaml:")
    assert article["summary"] == {"verified": 17, "conflicting": 5, "unknown": 0}


def test_json_offsets_index_the_text_and_output_is_deterministic(run):
    first, second = run("check", EXAMPLE, "--format", "json"), run("check", EXAMPLE, "--format", "json")
    assert first.stdout == second.stdout
    text = EXAMPLE.read_text(encoding="utf-8")
    report = json.loads(first.stdout)
    assert report["schema"] == "factcheck.report/1"
    assert report["reference"]["facts"] > 500 and len(report["reference"]["digest"]) == 64
    for claim in report["articles"][0]["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
        line = text.splitlines()[claim["line"] - 1]
        assert line[claim["column"] - 1:].startswith(claim["text"].split("\n")[0])


def test_text_output_is_linter_style_with_a_summary(run):
    result = run("check", EXAMPLE)
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{EXAMPLE}:7:1: conflicting: \"German Chancellor Angela Merkel\" — as of 2022-03-03")
               for line in lines)
    assert lines[-1] == f"{EXAMPLE}: 17 verified, 5 conflicting, 0 unknown (as of 2022-03-03, from dateline)"
    # two sources state Mishustin's term: the explanation names him once
    medvedev = next(line for line in lines if '"Russian Prime Minister Dmitry Medvedev"' in line)
    assert "the Prime Minister of Russia is Mikhail Mishustin (since 2020-01-16); Dmitry Medvedev held" in medvedev


def test_date_option_overrides_the_dateline(run):
    result = run("check", EXAMPLE, "--format", "json", "--date", "2015-06-01")
    article = json.loads(result.stdout)["articles"][0]
    assert article["date_source"] == "option"
    merkel = next(c for c in article["claims"] if c["text"] == "German Chancellor Angela Merkel")
    assert merkel["verdict"] == "verified"


def test_standard_input_and_front_matter_date(run):
    text = "---\ndate: 2019-05-01\ntitle: Test\n---\nGerman Chancellor Angela Merkel met reporters.\n"
    result = run("check", "-", "--format", "json", stdin=text)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["articles"][0]
    assert (article["path"], article["date"], article["date_source"]) == ("-", "2019-05-01", "front-matter")
    assert article["claims"][0]["verdict"] == "verified"


def test_no_date_anywhere_falls_back_to_today(run):
    result = run("check", "-", "--format", "json", stdin="Nothing checkable here.\n")
    assert json.loads(result.stdout)["articles"][0]["date_source"] == "today"


def test_html_report_is_written_and_escapes_the_article(run, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text("March 3, 2022\n\n<script>alert(1)</script> German Chancellor Angela Merkel {{ 7*7 }}\n", encoding="utf-8")
    result = run("check", article, "--html", tmp_path / "out.html")
    assert result.returncode == 1, result.stderr
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "Olaf Scholz" in html


def test_a_bad_reference_file_stops_the_run_with_its_location(run, tmp_path):
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "people.yaml").write_text("people:\n  - id: x1\n    name: Jane Doe\n    born: 2021-02-30\n    source: desk\n")
    result = run("check", EXAMPLE, "--reference", extra, "--html", tmp_path / "out.html")
    assert result.returncode == 2
    assert f"{extra}/people.yaml:4:11: 'born': '2021-02-30' is not a day of the calendar" in result.stderr
    assert f"{extra}/people.yaml:5:13: unknown source 'desk'" in result.stderr
    assert result.stdout == "" and not (tmp_path / "out.html").exists()


def test_a_users_reference_folder_extends_the_base(run, tmp_path):
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "desk.yaml").write_text(
        "sources:\n  - {id: desk, title: Our desk, snapshot: 2022-06-01}\n"
        "offices:\n  - {id: ru.mayor.moscow, name: Mayor of Moscow, country: RU, forms: [Mayor], source: desk}\n"
        "people:\n  - {id: Q3, name: Sergei Sobyanin, source: desk}\n"
        "terms:\n  - {person: Q3, office: ru.mayor.moscow, start: 2010-10-21, source: desk}\n"
    )
    result = run("check", "-", "--reference", extra, "--date", "2022-03-03", stdin="Russian Mayor Sergei Sobyanin spoke.")
    assert "verified: \"Russian Mayor Sergei Sobyanin\"" in result.stdout, result.stdout + result.stderr


def test_an_unreadable_article_does_not_stop_the_others(run, tmp_path):
    (tmp_path / "good.txt").write_text("March 3, 2022\n\nGerman Chancellor Olaf Scholz spoke.\n")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    result = run("check", tmp_path / "bad.txt", tmp_path / "good.txt", tmp_path / "binary.txt", "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert [a["path"] for a in report["articles"]] == [str(tmp_path / "good.txt")]
    assert "invalid byte 0xe9 at byte offset 3" in result.stderr and "binary file" in result.stderr
    assert {f["path"] for f in report["failures"]} == {str(tmp_path / "bad.txt"), str(tmp_path / "binary.txt")}


def test_usage_errors_exit_2(run, tmp_path):
    assert run("check", EXAMPLE, "--date", "2022-02-30").returncode == 2
    assert run("check", EXAMPLE, "--html", tmp_path / "missing" / "r.html").returncode == 2
    assert run("frobnicate").returncode == 2


def test_version(run):
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("factcheck 0.")
