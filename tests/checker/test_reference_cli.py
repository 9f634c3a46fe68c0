"""`factcheck reference stats|validate|lookup|import` and the [tool.factcheck] table."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker import cli, load, reference_cli
from checker.paths import bundled_reference_dir
from claims.dates import parse_iso

from .conftest import BASE, index_of, write_base


@pytest.fixture
def run(tmp_path):
    env = dict(os.environ)  # shares the session index cache (tests/conftest.py)

    def factcheck(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "checker", *map(str, args)], capture_output=True, text=True,
                              encoding="utf-8", env=env, cwd=cwd or tmp_path)

    return factcheck


def problems_of(folder: Path, text: str, name: str = "base.yaml") -> list[reference_cli.Problem]:
    write_base(folder, text, name)
    return reference_cli.validate(load.files_in(folder, "ref"))


def codes(problems) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in problems]


# --- stats ----------------------------------------------------------------------------------


def test_stats_counts_by_kind_source_and_seat(make_base):
    data = reference_cli.stats(index_of(make_base()))
    assert data["counts"] == {"sources": 1, "countries": 4, "offices": 4, "people": 11, "terms": 12,
                              "events": 0, "elections": 0}
    assert data["offices"] == {"single_seat": 4, "multi_seat": 0}
    (desk,) = data["sources"]
    assert (desk["id"], desk["horizon"], desk["counts"]["terms"]) == ("desk", "2023-06-30", 12)
    text = reference_cli.render_stats(data)
    assert "offices           4  (4 single-seat, 0 multi-seat)" in text
    assert "desk    2023-06-30" in text


def test_stats_of_the_bundled_base_as_json(run):
    result = run("reference", "stats", "--format", "json", "--quiet")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "factcheck.reference-stats/1"
    assert data["counts"]["people"] >= 20_000 and data["counts"]["terms"] >= 30_000
    assert data["offices"]["single_seat"] + data["offices"]["multi_seat"] == data["counts"]["offices"]
    horizons = {s["id"]: s["horizon"] for s in data["sources"]}
    assert horizons["wikidata"] == "2022-07-23" and horizons["pocom-missions"] == "2020-10-18"
    assert sum(s["counts"]["terms"] for s in data["sources"]) == data["counts"]["terms"]


# --- validate: the loader's errors, with codes ------------------------------------------------

SRC = "sources:\n  - {id: s, title: S, snapshot: 2020}\n"


@pytest.mark.parametrize("text, code, at", [  # `at`: where in the text the problem is reported
    ("people:\n  - {id: p, name: X, source: s, nick: Y}\n", "unknown-key", "Y}"),
    ("people:\n  - {id: p, source: s}\n", "missing-key", "{id: p"),
    ("people:\n  - {id: , name: X, source: s}\n", "missing-key", ", name"),
    ("people:\n  - {id: p, name: X, born: 2021-02-30, source: s}\n", "bad-date", "2021-02-30"),
    ("people:\n  - {id: p, name: '', source: s}\n", "bad-value", "''"),
    ("offices:\n  - {id: o, name: O, country: XX, forms: [T], source: s}\n", "unknown-country", "XX"),
    ("offices:\n  - {id: o, name: O, country: US, forms: [T], single_seat: 1, source: s}\n", "bad-flag", "1,"),
    ("terms:\n  - {person: nobody, office: us.president, start: 2020, source: s}\n", "unknown-person", "nobody"),
    ("terms:\n  - {person: Q76, office: nowhere, start: 2020, source: s}\n", "unknown-office", "nowhere"),
    ("terms:\n  - {person: Q76, office: us.president, start: 2020, end: 2019, source: s}\n", "end-before-start", "2019"),
    ("terms:\n  - {person: Q76, office: us.president, start: 2020, source: t}\n", "unknown-source", "t}"),
    ("events:\n  - {id: e, name: E, kind: party, start: 2020, source: s}\n", "bad-kind", "party"),
    ("people:\n  - {id: Q76, name: Barack Obama, source: s}\n", "duplicate-id", "Q76"),
    ("people:\n  - {id: p9, overrides: yes, name: X, source: s}\n", "override-without-target", "p9"),
    ("persons: []\n", "unknown-section", "[]"),
    ("people: {}\n", "not-a-list", "{}"),
    ("people:\n  - just text\n", "not-an-entry", "just"),
    ("people:\n  - {id: a, id: b, name: X, source: s}\n", "duplicate-key", "id: b"),
    ("people:\n  - &a {id: p, name: X, source: s}\n  - *a\n", "yaml-anchor", "&a"),
    ("people:\n  - !!python/object {id: p}\n", "yaml-tag", "!!python"),
])
def test_loader_errors_get_a_code_and_a_place(tmp_path, text, code, at):
    text = SRC + text
    before = text[:text.index(at)]
    line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
    problems = problems_of(tmp_path / "ref", BASE) + problems_of(tmp_path / "ref", text, "user.yaml")
    assert [(p.code, p.file, p.line, p.column) for p in problems if p.file == "ref/user.yaml"][:1] == [
        (code, "ref/user.yaml", line, column)], problems
    assert all(p.severity == "error" for p in problems)
    p = next(p for p in problems if p.file == "ref/user.yaml")
    assert p.text().startswith(f"ref/user.yaml:{line}:{column}: {code}: ")


def test_malformed_yaml(tmp_path):
    (problem,) = problems_of(tmp_path / "ref", SRC + "people: [\n")
    assert (problem.code, problem.file) == ("yaml-syntax", "ref/base.yaml")


def test_every_loader_message_pattern_names_a_distinct_code():
    found = [c for _pattern, c in reference_cli.LOADER_CODES]
    assert "invalid" not in found
    assert reference_cli.loader_problem("f.yaml:3:4: something new").code == "invalid"
    assert reference_cli.loader_problem("ref: not a folder") == reference_cli.Problem(
        "ref", 0, 0, "not-a-folder", "error", "not a folder")


# --- validate: consistency ----------------------------------------------------------------------


def test_the_test_base_is_consistent(tmp_path):
    assert problems_of(tmp_path / "ref", BASE) == []


def test_two_holders_of_a_single_seat_office_on_the_same_days(tmp_path):
    text = BASE + "  - {person: Q76, office: us.president, start: 2020-06-01, end: 2020-12-01, source: desk}\n"
    problems = problems_of(tmp_path / "ref", text)
    assert codes(problems) == [("overlapping-holders", "error")]
    p = problems[0]
    assert (p.file, p.line, p.column) == ("ref/base.yaml", text.count("\n"), 48)
    assert p.message.startswith("President of the United States (us.president) is single-seat, but Barack Obama (Q76) "
                                "holds it from 2020-06-01 while Donald Trump (Q22686) holds it 2017-01-20 – 2021-01-20 "
                                f"(ref/base.yaml:{BASE.count(chr(10)) - 2})")


def test_an_acting_holder_beside_the_formal_one_is_no_overlap(tmp_path):
    # "acting President Raúl Castro" while Fidel Castro was still president
    text = BASE + "  - {person: Q76, office: us.president, start: 2020-06-01, end: 2020-12-01, acting: yes, source: desk}\n"
    assert problems_of(tmp_path / "ref", text) == []


def test_the_handover_day_and_an_open_term_closed_by_the_next_are_no_overlap(tmp_path):
    # Q7747's open term from 2012 is closed by a later start; handover days are shared.
    text = BASE + "  - {person: Q23530, office: ru.president, start: 2023-05-07, source: desk}\n"
    assert problems_of(tmp_path / "ref", text) == []


def test_two_open_terms_starting_together_overlap(tmp_path):
    text = BASE + "  - {person: Q23530, office: ru.president, start: 2012-05-07, source: desk}\n"
    assert codes(problems_of(tmp_path / "ref", text)) == [("overlapping-holders", "error")]


def test_imprecise_dates_overlap_only_where_surely(tmp_path):
    # Q1 holds from "2020" (surely from 2020-12-31) to "2022-09" (surely to 2022-09-01).
    ok = BASE + "  - {person: Q76, office: us.ambassador.ru, start: 2022-09, source: desk}\n"
    assert problems_of(tmp_path / "a", ok) == []
    bad = BASE + "  - {person: Q76, office: us.ambassador.ru, start: 2021-05, end: 2021-07, source: desk}\n"
    assert codes(problems_of(tmp_path / "b", bad)) == [("overlapping-holders", "error")]


def test_a_multi_seat_office_may_have_many_holders(tmp_path):
    text = BASE.replace("forms: [Ambassador, Envoy], source: desk}", "forms: [Ambassador, Envoy], single_seat: no, source: desk}")
    text += "  - {person: Q76, office: us.ambassador.ru, start: 2021-05, end: 2021-07, source: desk}\n"
    assert problems_of(tmp_path / "ref", text) == []


EXCLUSION = "exclusions:\n  - {offices: [us.president, us.ambassador.ru], source: desk, cite: 'a rule'}\n"


def test_one_person_in_two_offices_that_exclude_each_other(tmp_path):
    after = "  - {person: Q76, office: us.ambassador.ru, start: 2017-01-20, end: 2017-06-01, source: desk}\n"
    assert problems_of(tmp_path / "a", BASE + after + EXCLUSION) == []  # the handover day is no overlap
    during = "  - {person: Q76, office: us.ambassador.ru, start: 2015, end: 2016, source: desk}\n"
    assert problems_of(tmp_path / "b", BASE + during) == []  # no rule, no problem
    problems = problems_of(tmp_path / "c", BASE + during + EXCLUSION)
    assert codes(problems) == [("exclusive-offices", "error")]
    assert problems[0].line == BASE.count("\n") + 1
    assert problems[0].message.startswith("Barack Obama (Q76) holds us.ambassador.ru from 2015 while holding "
                                          "us.president (2009-01-20 – 2017-01-20, ref/base.yaml:")


def test_an_exclusion_names_known_offices_and_at_least_two(tmp_path):
    text = BASE + "exclusions:\n  - {offices: [us.president, us.nowhere], source: desk}\n  - {offices: [us.president], source: desk}\n"
    messages = [p.message for p in problems_of(tmp_path / "ref", text)]
    assert any("unknown office 'us.nowhere'" in m for m in messages)
    assert any("at least two different office ids" in m for m in messages)


def test_a_term_before_birth_is_an_error_and_a_childhood_one_a_warning(tmp_path):
    text = BASE.replace("{id: Q76, name: Barack Obama, source: desk}", "{id: Q76, name: Barack Obama, born: 1961-08-04, source: desk}")
    text = text.replace("{id: Q207, name: George W. Bush, source: desk}", "{id: Q207, name: George W. Bush, born: 2005, source: desk}")
    text = text.replace("{id: Q6279, name: Joe Biden, source: desk}", "{id: Q6279, name: Joe Biden, born: 2005, source: desk}")
    problems = problems_of(tmp_path / "ref", text)
    assert codes(problems) == [("term-before-birth", "error"), ("young-holder", "warning")]
    assert "George W. Bush (Q207) starts in us.president on 2001-01-20, before being born (2005, ref/base.yaml:" in problems[0].message
    assert "Joe Biden (Q6279)" in problems[1].message


def test_a_name_shared_by_two_people_is_a_warning(tmp_path):
    text = BASE.replace("{id: Q1, name: John Sullivan, source: desk}",
                        "{id: Q1, name: John Sullivan, source: desk}\n  - {id: Q2, name: Jon Doe, aliases: [JOHN SULLIVAN], source: desk}")
    problems = problems_of(tmp_path / "ref", text)
    assert codes(problems) == [("shared-name", "warning")]
    assert problems[0].message.startswith("'JOHN SULLIVAN' also names John Sullivan (Q1) (ref/base.yaml:")
    assert problems[0].text().split(": ")[1:3] == ["shared-name", "warning"]


def test_a_term_after_its_sources_snapshot_is_a_warning(tmp_path):
    text = BASE + "  - {person: Q76, office: us.president, start: 2025-01-20, source: desk}\n"
    assert codes(problems_of(tmp_path / "ref", text)) == [("term-after-horizon", "warning")]


def test_consistency_is_checked_even_when_the_loader_finds_errors(tmp_path):
    text = BASE + ("  - {person: Q76, office: us.president, start: 2020-06-01, end: 2020-12-01, source: desk}\n"
                   "  - {person: Q76, office: us.president, start: 2020-06-01, nick: x, source: desk}\n")
    assert sorted(codes(problems_of(tmp_path / "ref", text))) == [("overlapping-holders", "error"), ("unknown-key", "error")]


def test_only_the_files_asked_for_are_reported(tmp_path):
    write_base(tmp_path / "bundled", BASE.replace("{id: Q1, name: John Sullivan, source: desk}",
                                                  "{id: Q1, name: John Sullivan, source: desk}\n  - {id: Q3, name: Angela Merkel, source: desk}"))
    write_base(tmp_path / "mine", "terms:\n  - {person: Q23530, office: de.chancellor, start: 2010, end: 2011, source: desk}\n")
    files = load.files_in(tmp_path / "bundled", "bundled") + load.files_in(tmp_path / "mine", "mine")
    everything = reference_cli.validate(files)
    assert sorted(codes(everything)) == [("overlapping-holders", "error"), ("shared-name", "warning")]
    mine = reference_cli.validate(files, {"mine/base.yaml"})
    assert [(p.code, p.file, p.line) for p in mine] == [("overlapping-holders", "mine/base.yaml", 2)]


def test_the_bundled_base_has_no_errors():
    # (The importers drop birth dates their terms contradict, such as POCOM's "1861" for
    # William Preston, minister to Spain from 1859.)
    problems = reference_cli.validate(load.files_in(bundled_reference_dir(), "reference"))
    errors = [p.text() for p in problems if p.severity == "error"]
    assert errors == []
    assert {p.code for p in problems} <= {"term-before-birth", "shared-name", "young-holder", "term-after-horizon"}


def test_validate_a_user_folder_with_the_bundled_base(run, tmp_path):
    mine = write_base(tmp_path / "mine", SRC + (
        "people:\n"
        "  - {id: 'mine:jane', name: Jane Example, born: 1980, source: s}\n"
        "  - {id: 'mine:vlad', name: Vladimir Putin, source: s}\n"
        "terms:\n"
        "  - {person: 'mine:jane', office: de.chancellor, start: 2010, end: 2011, source: s}\n"
        "  - {person: 'mine:jane', office: us.president, start: 1975, source: s, nick: x}\n"))
    result = run("reference", "validate", mine)
    assert result.returncode == 2, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "1 file(s) checked: 2 error(s), 1 warning(s)"
    assert all(line.startswith(f"{mine}/base.yaml:") for line in lines[:-1]), lines
    assert [line.split(": ")[1] for line in lines[:-1]] == ["shared-name", "overlapping-holders", "unknown-key"]
    assert "Angela Merkel (Q567)" in lines[1]
    result = run("reference", "validate", mine, "--no-warnings", "--format", "json")
    data = json.loads(result.stdout)
    assert (data["errors"], data["warnings"], len(data["problems"])) == (2, 0, 2)
    assert data["problems"][0]["file"] == f"{mine}/base.yaml" and data["problems"][0]["severity"] == "error"


@pytest.fixture
def small_bundled(tmp_path, monkeypatch):
    """The test base in place of the bundled one, for commands run in process."""
    folder = write_base(tmp_path / "bundled", BASE)
    monkeypatch.setattr(reference_cli, "bundled_reference_dir", lambda: folder)
    return folder


def test_validate_exits_0_with_warnings_only(small_bundled, tmp_path, capsys):
    mine = write_base(tmp_path / "mine", "people:\n  - {id: 'mine:vlad', name: Vladimir Putin, source: desk}\n")
    assert cli.main(["reference", "validate", str(mine)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{mine}/base.yaml:2:29: shared-name: warning: 'Vladimir Putin' also names Vladimir Putin (Q7747)")
    assert out[-1] == "1 file(s) checked: 0 error(s), 1 warning(s)"
    assert cli.main(["reference", "validate"]) == 0  # everything: the (small) bundled base is sound
    assert capsys.readouterr().out == "1 file(s) checked: 0 error(s), 0 warning(s)\n"


# --- lookup ---------------------------------------------------------------------------------------


@pytest.fixture
def index(make_base):
    return index_of(make_base())


def kinds(matches) -> list[tuple[str, str]]:
    return [(m["kind"], m["id"]) for m in matches]


@pytest.mark.parametrize("query, how", [
    ("Vladimir Putin", "exact"), ("vladimir PUTIN", "exact"), ("Putin", "surname"), ("Vladmir Putin", "fuzzy"),
    ("Q7747", "id"),
])
def test_lookup_finds_a_person_as_the_checker_matches_names(index, query, how):
    (m,) = reference_cli.lookup(index, query)
    assert (m["kind"], m["id"], m["match"]) == ("person", "Q7747", how)
    assert [(t["office"], t["start"], t["end"], t["end_used"]) for t in m["terms"]] == [
        ("ru.president", "2000-05-07", "2008-05-07", "2008-05-07"), ("ru.president", "2012-05-07", None, None)]
    assert m["terms"][0]["source"] == {"id": "desk", "title": "Test research desk", "horizon": "2023-06-30"}
    assert m["terms"][0]["ref"] == f"ref/base.yaml:{BASE[:BASE.index('{person: Q7747')].count(chr(10)) + 1}"


def test_lookup_through_an_alias_and_diacritics(index):
    assert kinds(reference_cli.lookup(index, "Gerhard Schroeder")) == [("person", "Q2530")]
    assert kinds(reference_cli.lookup(index, "gerhard schröder")) == [("person", "Q2530")]


def test_lookup_a_person_as_of_a_date(index):
    (m,) = reference_cli.lookup(index, "Dmitry Medvedev", parse_iso("2013"))
    assert [t["at_date"] for t in m["terms"]] == [None]
    (office,) = m["offices_at_date"]
    assert [t["person_name"] for t in office["held_by"]] == ["Vladimir Putin"]
    assert office["after_horizon"] is False
    text = reference_cli.render_lookup("Dmitry Medvedev", parse_iso("2013"), [m])
    assert "President of Russia (ru.president): Vladimir Putin (Q7747) 2012-05-07 – open" in text


def test_lookup_after_the_horizon_says_so(index):
    (m,) = reference_cli.lookup(index, "us.president", parse_iso("2024-02-01"))
    at = m["at_date"]
    assert at["after_horizon"] and at["horizon"] == "2023-06-30"
    assert [t["person_name"] for t in at["held_by"]] == [] and [t["person_name"] for t in at["maybe_held_by"]] == ["Joe Biden"]
    assert "after the base's horizon for this office, 2023-06-30" in reference_cli.render_lookup("x", None, [m])


@pytest.mark.parametrize("query, office", [
    ("us.president", "us.president"), ("President of Russia", "ru.president"), ("Russian President", "ru.president"),
    ("German chancellor", "de.chancellor"), ("US Ambassador to Russia", "us.ambassador.ru"),
    ("American envoy to Moscow", "us.ambassador.ru"), ("President of the United States", "us.president"),
])
def test_lookup_an_office(index, query, office):
    assert ("office", office) in kinds(reference_cli.lookup(index, query))


def test_lookup_an_office_lists_its_holders_and_who_held_it_then(index):
    (m,) = reference_cli.lookup(index, "Chancellor of Germany", parse_iso("2010-06"))
    assert [h["person_name"] for h in m["holders"]] == ["Gerhard Schröder", "Angela Merkel", "Olaf Scholz"]
    assert [t["person_name"] for t in m["at_date"]["held_by"]] == ["Angela Merkel"]
    assert (m["single_seat"], m["horizon"]) == (True, "2023-06-30")


@pytest.mark.parametrize("query", ["Russia", "RU", "ru", "Russian", "Moscow"])
def test_lookup_a_country(index, query):
    (m,) = reference_cli.lookup(index, query)
    assert (m["kind"], m["id"]) == ("country", "RU")
    assert [o["id"] for o in m["offices"]] == ["ru.president"]


def test_lookup_a_country_as_of_a_date(index):
    (m,) = reference_cli.lookup(index, "Germany", parse_iso("2006"))
    (office,) = m["offices_at_date"]
    assert [t["person_name"] for t in office["maybe_held_by"]] == [] and \
        [t["person_name"] for t in office["held_by"]] == ["Angela Merkel"]


def test_lookup_nothing(index):
    assert reference_cli.lookup(index, "Nobody Atall") == []


def test_lookup_on_the_command_line(run):
    result = run("reference", "lookup", "Vladmir Putin", "--date", "2022-03-03", "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("person Vladimir Putin (Q7747) — fuzzy match")
    assert "(age 69 at 2022-03-03)" in result.stdout
    assert "President of Russia (ru.president): Vladimir Putin (Q7747) 2012-05-07" in result.stdout
    result = run("reference", "lookup", "Angela Merkel", "--format", "json", "--quiet")
    data = json.loads(result.stdout)
    assert data["matches"][0]["id"] == "Q567" and data["matches"][0]["terms"][0]["office"] == "de.chancellor"
    result = run("reference", "lookup", "Nobody Atall", "--quiet")
    assert (result.returncode, result.stdout) == (1, "")
    assert "nothing in the reference base matches 'Nobody Atall'" in result.stderr
    result = run("reference", "lookup", "Putin", "--date", "2022-13", "--quiet")
    assert result.returncode == 2 and "no month 13" in result.stderr


# --- import ---------------------------------------------------------------------------------------


def test_import_runs_the_importer(monkeypatch, tmp_path, capsys):
    import checker.importers.__main__ as importers_main

    calls = []
    monkeypatch.setattr(importers_main, "main", lambda argv: calls.append(argv) or 0)
    assert cli.main(["reference", "import", "pocom", "data/pocom", str(tmp_path / "pocom.yaml")]) == 0
    assert calls == [["pocom", "data/pocom", str(tmp_path / "pocom.yaml")]]
    assert capsys.readouterr().out == f"pocom: {tmp_path / 'pocom.yaml'}\n"


def test_import_errors_exit_2(run, tmp_path):
    result = run("reference", "import", "no-such-importer", "src", "out.yaml")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    result = run("reference", "import", "congress-legislators", tmp_path / "missing", tmp_path / "out.yaml")
    assert result.returncode == 2 and result.stderr.startswith("factcheck: error: importing congress-legislators from")


# --- [tool.factcheck] in pyproject.toml --------------------------------------------------------------


def test_configured_folders_come_from_the_nearest_pyproject_with_the_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nreference = ["ref", "../elsewhere"]\n')
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no table: passed over
    (tmp_path / "pkg" / "deep").mkdir()
    found = reference_cli.configured_dirs(tmp_path / "pkg" / "deep")
    assert found == [((tmp_path / "ref").resolve(), "../../ref"), ((tmp_path.parent / "elsewhere").resolve(), "../../../elsewhere")]
    assert reference_cli.configured_dirs(tmp_path.parent) == [] or tmp_path.parent == Path("/")


@pytest.mark.parametrize("toml, message", [
    ('[tool.factcheck]\nreference = 3\n', "'reference' must be a list of folders"),
    ('[tool.factcheck]\nreferences = ["x"]\n', "unknown key 'references'"),
    ('[tool.factcheck]\nreference = [\n', "not valid TOML"),
])
def test_configuration_errors(tmp_path, toml, message):
    (tmp_path / "pyproject.toml").write_text(toml)
    with pytest.raises(load.ReferenceError) as exc:
        reference_cli.configured_dirs(tmp_path)
    assert exc.value.errors[0].startswith(f"{(tmp_path / 'pyproject.toml').resolve()}: ")
    assert message in exc.value.errors[0]


def test_reference_files_read_each_folder_once(tmp_path):
    write_base(tmp_path / "ref", "people: []\n")
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nreference = ["ref"]\n')
    files = reference_cli.reference_files([str(tmp_path / "ref"), str(bundled_reference_dir())], start=tmp_path)
    shown = [f.shown for f in files]
    assert shown[-1] == "ref/base.yaml" and shown.count("ref/base.yaml") == 1
    assert all(s.startswith("reference/") for s in shown[:-1])


def test_check_and_reference_read_the_configured_folders(small_bundled, tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    write_base(project / "fact-desk", "people:\n  - {id: x, name: X, source: nowhere}\n")
    (project / "pyproject.toml").write_text('[tool.factcheck]\nreference = ["fact-desk"]\n')
    (project / "articles").mkdir()
    (project / "articles" / "a.txt").write_text("Nothing to check.\n")
    monkeypatch.chdir(project / "articles")
    assert cli.main(["check", "a.txt", "--quiet"]) == 2
    assert "../fact-desk/base.yaml:2:30: unknown source 'nowhere'" in capsys.readouterr().err
    assert cli.main(["reference", "validate"]) == 2
    assert "../fact-desk/base.yaml:2:30: unknown-source: unknown source 'nowhere'" in capsys.readouterr().out
    (project / "fact-desk" / "base.yaml").write_text("people:\n  - {id: x, name: Jane Example, source: desk}\n")
    assert cli.main(["reference", "lookup", "Jane Example", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("person Jane Example (x)\n")


def test_lookup_finds_every_reading_of_a_place(make_base):
    text = BASE + """places:
  - {id: 'desk:ma', name: Massachusetts, kind: region, country: US, source: desk}
  - {id: 'desk:cambridge-de', name: Cambridge, kind: city, country: DE, lat: 52.2, lon: 0.1167, source: desk}
  - {id: 'desk:cambridge-us', name: Cambridge, aliases: [Cambridge MA], kind: city, country: US, region: Massachusetts,
     lat: 42.3751, lon: -71.1056, source: desk, cite: 'https://example.org/cambridge'}
"""
    index = index_of(make_base(text))
    found = reference_cli.lookup(index, "cambridge")
    assert kinds(found) == [("place", "desk:cambridge-de"), ("place", "desk:cambridge-us")]
    assert kinds(reference_cli.lookup(index, "desk:cambridge-us")) == [("place", "desk:cambridge-us")]
    shown = reference_cli.render_lookup("Cambridge", None, found)
    assert "place Cambridge (desk:cambridge-us), city in Massachusetts, US at 42.3751, -71.1056" in shown
    assert "aliases: Cambridge MA" in shown and "https://example.org/cambridge" in shown
