"""The importers reproduce the committed reference files byte for byte, and spot-checks."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.importers import IMPORTERS
from checker.importers.__main__ import run_one
from checker.importers.common import PRECEDENCE

PROJECT = Path(__file__).parents[2]
DATA = PROJECT.parent / "shared" / "data"
IMPORTED = PROJECT / "reference" / "imported"


def _load(name: str) -> dict:
    with open(IMPORTED / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def _terms(data: dict, person: str, office: str) -> list[tuple[str, str | None]]:
    return [(t["start"], t.get("end")) for t in data["terms"]
            if t["person"] == person and t["office"] == office]


@pytest.fixture(scope="module")
def reimported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All importers re-run, in their order of precedence, into a fresh folder."""
    if not DATA.exists():
        pytest.skip(f"{DATA} not available")
    out = tmp_path_factory.mktemp("imported")
    for name in PRECEDENCE:
        run_one(name, DATA / IMPORTERS[name][1], out / f"{name}.yaml")
    return out


@pytest.mark.parametrize("name", sorted(IMPORTERS))
def test_importer_reproduces_committed_file(name: str, reimported: Path) -> None:
    assert (reimported / f"{name}.yaml").read_bytes() == (IMPORTED / f"{name}.yaml").read_bytes()


def test_scale() -> None:
    people = sum(len(_load(n).get("people") or []) for n in IMPORTERS)
    terms = sum(len(_load(n).get("terms") or []) for n in IMPORTERS)
    assert people >= 20_000 and terms >= 30_000


def test_no_person_defined_twice() -> None:
    ids = [p["id"] for n in IMPORTERS for p in _load(n).get("people") or []]
    assert len(ids) == len(set(ids))


def test_biden_presidency_and_trump_open() -> None:
    data = _load("congress-legislators")
    assert _terms(data, "Q6279", "us.president") == [("2021-01-20", "2025-01-20")]
    assert _terms(data, "Q6279", "us.vice-president") == [("2009-01-20", "2017-01-20")]
    assert _terms(data, "Q22686", "us.president") == [("2017-01-20", "2021-01-20"),
                                                      ("2025-01-20", None)]
    names = {p["id"]: p["name"] for p in data["people"]}
    assert names["Q207"] == "George W. Bush"
    assert names["Q6279"] == "Joe Biden"


def test_blinken_secretary_of_state() -> None:
    data = _load("pocom")
    # joined to Wikidata through us-cabinet's Secretary of State row
    assert _terms(data, "Q7821917", "us.secretary-of-state") == [
        ("2021-01-26", "2025-01-20")]
    assert _terms(data, "Q6241291", "us.ambassador.ru") == [  # John J. Sullivan
        ("2020-01-16", "2022-09-04")]


def test_putin_terms() -> None:
    data = _load("wikidata")
    president = [t for t in data["terms"] if t["person"] == "Q7747"
                 and t["office"] == "ru.president"]
    assert [(t["start"], t.get("end"), t.get("acting")) for t in president] == [
        ("1999-12-31", "2000-05-07", "yes"),
        ("2000-05-07", "2008-05-07", None),
        ("2012-05-07", None, None),
    ]
    assert _terms(data, "Q7747", "ru.prime-minister") == [
        ("1999-08-16", "2000-05-07"), ("2008-05-08", "2012-05-07")]
    assert sum(1 for p in data["people"] if p["id"] == "Q7747") == 1


def _event(data: dict, ident: str) -> dict:
    (found,) = [e for e in data["events"] if e["id"] == ident]
    return found


def test_biden_geneva_trip() -> None:
    data = _load("hsg-travels")
    trip = _event(data, "hsg-travels:4115")
    assert (trip["start"], trip["end"], trip["place"], trip["country"]) == ("2021-06-15", "2021-06-16", "Geneva", "CH")
    assert trip["kind"] == "visit" and trip["participants"] == ["US", "CH"]
    assert trip["people"][0] == "Q6279"  # the traveller first: Joe Biden, joined through us.president
    assert "Q7747" in trip["people"]  # "a summit meeting with Russian President Vladimir Putin"
    assert trip["cite"] == "https://history.state.gov/departmenthistory/travels/president/biden-joseph-r"
    assert data["sources"][0]["snapshot"] == "2025-02-19"  # the last trip's end (README: coverage)


def test_blinken_trip_and_counterparts_by_title() -> None:
    trips = [e for e in _load("hsg-travels")["events"]
             if e.get("people", [""])[0] == "Q7821917" and e["start"] == "2021-05-05"]
    (kyiv,) = trips
    assert (kyiv["end"], kyiv["place"], kyiv["country"]) == ("2021-05-06", "Kyiv", "UA")
    # "Met with President Zelenskyy and Foreign Minister Kuleba": by title and surname
    assert "Q3874799" in kyiv["people"]


def test_visit_record() -> None:
    data = _load("hsg-visits")
    visit = _event(data, "hsg-visits:2991")
    assert (visit["start"], visit.get("end"), visit["country"], visit["participants"]) == (
        "2020-01-07", None, "US", ["GR", "US"])
    assert visit["people"] == ["Q552751"]  # Kyriakos Mitsotakis, Prime Minister of Greece then
    assert "place" not in visit  # the record names no city: none is guessed
    assert visit["cite"] == "https://history.state.gov/departmenthistory/visits/greece"
    assert data["sources"][0]["snapshot"] == "2024-11-12"


def test_counts_and_no_alias_clash() -> None:
    """Every trip and visit is imported; none has an alias, and no name equals a curated
    event's name or alias (it would join that event's candidates)."""
    travels, visits = _load("hsg-travels")["events"], _load("hsg-visits")["events"]
    assert (len(travels), len(visits)) == (832 + 3439, 3264)
    with open(PROJECT / "reference" / "curated" / "events.yaml", encoding="utf-8") as f:
        curated = yaml.load(f, Loader=yaml.BaseLoader)["events"]
    taken = {n.casefold() for e in curated for n in [e["name"], *e.get("aliases", [])]}
    assert not any(e.get("aliases") or e["name"].casefold() in taken for e in travels + visits)
