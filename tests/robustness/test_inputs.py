"""Whatever lands on the desk, through the CLI: a correct result or a clear error (exit 2).

Offsets index the decoded text (`text[start:end] == claim text`), and line/column count
\\r\\n, \\r and \\n as line ends, so editors that show CRLF or old-Mac files agree.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ukraine-diplomacy.txt"


def report_of(result) -> dict:
    """The single article of a `--format json` run."""
    (article,) = json.loads(result.stdout)["articles"]
    return article

PROSE = (
    "German Chancellor Angela Merkel met Russian President Vladimir Putin on Wednesday, March 2, 2022.\n"
    "\n"
    "US President Joe Biden spoke on Monday, March 1."
)


def _json(run, path, *extra):
    result = run("check", path, "--format", "json", "--date", "2022-03-03", "--quiet", *extra)
    assert result.returncode in (0, 1), result.stderr
    return result, report_of(result)


def _claims(article):
    return [(c["text"], c["line"], c["column"]) for c in article["claims"]]


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n  \n", b"\r\r\r", b"\n" * 1000, "\u00a0\u2003\n".encode()])
def test_empty_and_blank_articles_have_no_claims(run, tmp_path, content):
    (tmp_path / "a.txt").write_bytes(content)
    result, article = _json(run, tmp_path / "a.txt")
    assert result.returncode == 0 and article["claims"] == []
    assert article["summary"] == {"verified": 0, "conflicting": 0, "unknown": 0}


@pytest.mark.parametrize("content, offset", [
    (b"\x00", 0),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 8),
    (b"President Joe Biden" + b"\x00" * 3, 19),
    ("Chancellor Angela Merkel, \u00e9t\u00e9".encode("utf-16"), 3),  # UTF-16 has NULs in ASCII
])
def test_binary_input_is_refused_naming_the_nul_byte(run, tmp_path, content, offset):
    (tmp_path / "b.txt").write_bytes(content)
    result = run("check", tmp_path / "b.txt", "--quiet")
    assert result.returncode == 2
    assert f"b.txt: binary file (NUL byte at byte offset {offset}), not an article" in result.stderr


@pytest.mark.parametrize("content, offset, byte", [
    (b"caf\xe9 au lait", 3, 0xE9),  # Latin-1
    ("President Joe Biden met reporters. ".encode() + b"\xff\xfe", 35, 0xFF),
    ("\u00e9l\u00e8ve ".encode() + b"\xe2\x82", 8, 0xE2),  # truncated at the end
    (b"\xed\xa0\x80", 0, 0xED),  # a UTF-8 encoded surrogate
])
def test_invalid_utf8_names_the_byte_offset(run, tmp_path, content, offset, byte):
    (tmp_path / "bad.txt").write_bytes(content)
    result = run("check", tmp_path / "bad.txt", "--quiet", "--format", "json")
    assert result.returncode == 2
    assert f"bad.txt: not UTF-8 text (invalid byte 0x{byte:02x} at byte offset {offset})" in result.stderr
    data = json.loads(result.stdout)  # the failure is in the report too, not silently dropped
    assert data["articles"] == [] and "byte offset" in data["failures"][0]["error"]


def test_invalid_utf8_on_standard_input(run):
    result = run("check", "-", "--quiet", stdin=b"Merkel \xc3\x28")
    assert result.returncode == 2 and "-: not UTF-8 text (invalid byte 0xc3 at byte offset 7)" in result.stderr


@pytest.mark.parametrize("variant", ["lf", "bom", "crlf", "cr", "bom-crlf"])
def test_bom_and_line_ends_keep_offsets_lines_and_columns(run, tmp_path, variant):
    text = PROSE.replace("\n", {"lf": "\n", "bom": "\n", "crlf": "\r\n", "cr": "\r", "bom-crlf": "\r\n"}[variant])
    data = ("\ufeff" if variant.startswith("bom") else "") .encode() + text.encode()
    (tmp_path / "a.txt").write_bytes(data)
    _, article = _json(run, tmp_path / "a.txt")
    for claim in article["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    # Same claims, lines and columns whatever the line ends (the BOM is not a column).
    assert _claims(article) == [
        ("German Chancellor Angela Merkel", 1, 1),
        ("Russian President Vladimir Putin", 1, 37),
        ("Wednesday, March 2, 2022", 1, 73),
        ("US President Joe Biden", 3, 1),
        ("Monday, March 1", 3, 33),
    ]


def test_text_lines_match_json_positions_with_lone_cr(run, tmp_path):
    (tmp_path / "a.txt").write_bytes(PROSE.replace("\n", "\r").encode())
    result = run("check", tmp_path / "a.txt", "--quiet", "--date", "2022-03-03", "--color", "never")
    assert "a.txt:3:1: verified: \"US President Joe Biden\"" in result.stdout


def test_a_megabyte_line_without_a_newline(run, tmp_path):
    unit = "Russian President Vladimir Putin met German Chancellor Angela Merkel and "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    t0 = time.monotonic()
    _, article = _json(run, tmp_path / "long.txt")
    assert time.monotonic() - t0 < 240
    claims = article["claims"]
    # Every occurrence is a claim (none silently dropped), on line 1, at its column.
    complete = text.count(unit)
    assert len(claims) >= 2 * complete
    for claim in claims:
        assert claim["line"] == 1 and claim["column"] == claim["start"] + 1
        assert text[claim["start"]:claim["end"]] == claim["text"]
    assert {c["text"] for c in claims} >= {"Russian President Vladimir Putin", "German Chancellor Angela Merkel"}


def _large_article(size: int) -> bytes:
    body = EXAMPLE.read_text(encoding="utf-8").split("\n", 2)[2]  # without the dateline
    unit = (body.strip() + "\n\n").encode()
    return (unit * (size // len(unit) + 1))[:size]


def test_a_few_megabytes_every_copy_gives_the_same_claims(run, tmp_path):
    """Linearity is proved by benchmarks/linear_time.py; here: nothing is lost at size."""
    body = EXAMPLE.read_text(encoding="utf-8").split("\n", 2)[2].strip() + "\n\n"
    (tmp_path / "one.txt").write_text(body, encoding="utf-8")
    copies = 3_000_000 // len(body.encode())
    (tmp_path / "big.txt").write_text(body * copies, encoding="utf-8")
    _, single = _json(run, tmp_path / "one.txt")
    _, big = _json(run, tmp_path / "big.txt")
    assert len(big["claims"]) == copies * len(single["claims"])
    assert big["summary"] == {k: v * copies for k, v in single["summary"].items()}


@pytest.mark.slow
def test_fifty_megabytes(run, tmp_path):
    (tmp_path / "huge.txt").write_bytes(_large_article(50_000_000))
    result = run("check", tmp_path / "huge.txt", "--quiet", "--date", "2022-03-03", "--json", tmp_path / "r.json",
                 timeout=3600)
    assert result.returncode == 1
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["articles"][0]["summary"]["conflicting"] > 0


def test_a_name_list_gives_no_conflict_from_run_together_names(run, tmp_path):
    names = ["Vladimir Putin", "Joe Biden", "Angela Merkel", "Olaf Scholz", "Emmanuel Macron", "Boris Johnson",
             "President", "Prime Minister", "Chancellor", "Secretary of State"]
    text = "\n".join(names * 300) + "\n"
    (tmp_path / "names.txt").write_text(text, encoding="utf-8")
    result, article = _json(run, tmp_path / "names.txt")
    for claim in article["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    # A bare list asserts nothing about who holds what: nothing may be called wrong.
    assert article["summary"]["conflicting"] == 0


def test_a_table_of_dates_checks_every_row(run, tmp_path):
    import datetime as dt
    rows = []
    for n in range(400):
        d = dt.date(2021, 1, 1) + dt.timedelta(days=n)
        rows.append(f"| {d:%A}, {d:%B} {d.day}, {d.year} | {d.isoformat()} | {d:%A} {d.day} {d:%B} {d.year} |")
    text = "\n".join(rows) + "\n"
    (tmp_path / "dates.txt").write_text(text, encoding="utf-8")
    _, article = _json(run, tmp_path / "dates.txt")
    weekdays = [c for c in article["claims"] if c["kind"] == "weekday"]
    assert len(weekdays) == 2 * len(rows)
    assert all(c["verdict"] == "verified" for c in weekdays)
    # One wrong weekday in the table is found, on its row.
    wrong = text.replace("Monday, January 4, 2021", "Tuesday, January 4, 2021")
    (tmp_path / "dates.txt").write_text(wrong, encoding="utf-8")
    result, article = _json(run, tmp_path / "dates.txt")
    bad = [c for c in article["claims"] if c["verdict"] == "conflicting"]
    assert result.returncode == 1 and [(c["text"], c["line"]) for c in bad] == [("Tuesday, January 4, 2021", 4)]


@pytest.mark.parametrize("depth", [50, 400, 5000, 100_000])
def test_deeply_nested_html_is_read_or_refused_clearly(run, tmp_path, depth):
    pytest.importorskip("trafilatura")
    page = ("<html><head><title>Talks</title></head><body>" + "<div>" * depth
            + "<p>German Chancellor Angela Merkel met Russian President Vladimir Putin in Moscow on Monday.</p>"
            + "</div>" * depth + "</body></html>")
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    old = sys.getrecursionlimit()
    result = run("check", tmp_path / "deep.html", "--quiet", "--date", "2022-03-03", "--format", "json")
    assert sys.getrecursionlimit() == old
    if result.returncode == 2:
        assert "deep.html: " in result.stderr and "RecursionError" not in result.stderr
        assert json.loads(result.stdout)["failures"][0]["path"].endswith("deep.html")
    else:
        article = report_of(result)
        assert {c["text"] for c in article["claims"]} >= {"German Chancellor Angela Merkel"}


def test_one_bad_article_never_stops_the_others_and_each_failure_is_named(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01")
    (tmp_path / "in" / "latin.txt").write_bytes(b"caf\xe9")
    (tmp_path / "in" / "front.md").write_text("---\ndate: yesterday\n---\nText.\n", encoding="utf-8")
    result = run("check", tmp_path / "in", tmp_path / "missing.txt", "--format", "json", "--quiet")
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert [a["path"].rsplit("/", 1)[-1] for a in data["articles"]] == ["good.txt"]
    failed = {f["path"].rsplit("/", 1)[-1]: f["error"] for f in data["failures"]}
    assert set(failed) == {"bin.txt", "latin.txt", "front.md", "missing.txt"}
    assert "NUL byte" in failed["bin.txt"] and "byte offset 3" in failed["latin.txt"]
    assert "front matter date" in failed["front.md"] and "cannot read" in failed["missing.txt"]
    for name in failed:
        assert name in result.stderr
