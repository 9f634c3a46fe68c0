"""Loading the reference base: strict YAML, validation with file:line:col, no partial base."""
from __future__ import annotations

import pytest

from checker import load
from checker.paths import bundled_reference_dir


def _errors(make_base, text: str) -> list[str]:
    folder = make_base(text)
    with pytest.raises(load.ReferenceError) as exc:
        load.load(load.files_in(folder, "ref"))
    return exc.value.errors


def test_loads_the_test_base_with_all_records(make_base):
    base = load.load(load.files_in(make_base(), "ref"))
    assert len(base.people) == 11 and len(base.terms) == 12 and len(base.countries) == 4
    assert base.facts == 4 + 4 + 11 + 12


def test_no_implicit_booleans_norway_stays_a_country_code(make_base):
    base = load.load(load.files_in(make_base(), "ref"))
    assert "NO" in {c.id for c in base.countries}


def test_dates_keep_their_precision(make_base):
    base = load.load(load.files_in(make_base(), "ref"))
    sullivan = next(t for t in base.terms if t.person == "Q1")
    assert sullivan.start.text == "2020" and sullivan.start.precision == "year"
    assert sullivan.end.text == "2022-09" and sullivan.end.hi.isoformat() == "2022-09-30"


def test_impossible_date_is_reported_with_its_place(make_base, base_text):
    text = base_text.replace("end: 2021-12-08, source: desk}", "end: 2021-02-30, source: desk}", 1)
    errors = _errors(make_base, text)
    assert len(errors) == 1
    assert errors[0].startswith("ref/base.yaml:")
    line = int(errors[0].split(":")[1])
    assert "2021-02-30" in text.splitlines()[line - 1]
    assert "not a day of the calendar" in errors[0]


@pytest.mark.parametrize(
    "change, message",
    [
        (("name: Angela Merkel,", "name: Angela Merkel, nickname: Mutti,"), "unknown key 'nickname'"),
        (("{person: Q567, office", "{person: Q999, office"), "unknown person 'Q999'"),
        (("{person: Q567, office: de.chancellor", "{person: Q567, office: de.kanzler"), "unknown office 'de.kanzler'"),
        (("{id: Q76, name: Barack Obama, source: desk}", "{id: Q76, source: desk}"), "missing required key 'name'"),
        (("{id: Q76, name: Barack Obama, source: desk}", "{id: Q76, name: Barack Obama, source: nowhere}"), "unknown source 'nowhere'"),
        (("{id: Q1, name: John Sullivan", "{id: Q76, name: John Sullivan"), "duplicate person id 'Q76'"),
        (("start: 2012-05-07, source", "start: 2012-05-07, end: 2010, source"), "ends (2010) before it starts"),
    ],
)
def test_validation_errors_name_file_line_and_column(make_base, base_text, change, message):
    errors = _errors(make_base, base_text.replace(*change, 1))
    assert any(message in e for e in errors), errors
    assert all(e.startswith("ref/base.yaml:") and e.split(":")[1].isdigit() and e.split(":")[2].isdigit() for e in errors)


@pytest.mark.parametrize(
    "text, message",
    [
        ("people: [\n", "malformed YAML"),
        ("people:\n  - id: a\n    id: b\n", "duplicate key 'id'"),
        ("sources:\n  - &s {id: x, title: y, snapshot: 2020}\n  - *s\n", "anchors and aliases are not allowed"),
        ("people:\n  - !!python/object:os.system {id: x}\n", "is not allowed"),
        ("persons: []\n", "unknown section 'persons'"),
        ("\tpeople: []\n", "malformed YAML"),
    ],
)
def test_malformed_yaml_is_refused_with_a_location(make_base, text, message):
    errors = _errors(make_base, text)
    assert message in errors[0]
    assert errors[0].startswith("ref/base.yaml:")


def test_billion_laughs_is_refused_quickly(make_base):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
    errors = _errors(make_base, "\n".join(lines) + "\n")
    assert "anchors and aliases are not allowed" in errors[0]


def test_bundled_base_loads_without_errors():
    base = load.load(load.files_in(bundled_reference_dir(), "reference"))
    assert len(base.people) > 150 and len(base.terms) > 200
    offices = {o.id for o in base.offices}
    for office in ("us.president", "us.vice-president", "us.secretary-of-state", "ru.president",
                   "ru.prime-minister", "de.chancellor", "gb.prime-minister", "us.ambassador.ru", "ru.ambassador.us"):
        assert office in offices
