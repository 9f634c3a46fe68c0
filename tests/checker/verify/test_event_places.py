"""Event places compared through the gazetteer (`places:`, checker/places.py): a wrong place
conflicts when every reading of it is far from the event's place; a place holding the event's
(its country, region, county), or near it, verifies; ambiguous and unknown names do not
conflict unless every reading is far."""
from __future__ import annotations

import re

import pytest

from checker import load, places
from checker.index import ReferenceIndex

# Coordinates and populations as GeoNames has them (reference/imported/places.yaml).
EXTRA = """\
  - {id: geonames, title: GeoNames gazetteer, url: 'https://www.geonames.org', licence: CC BY 4.0, snapshot: 2026-07}
countries:
  - {id: GB, name: United Kingdom, names: [Britain, UK], demonyms: [British], capital: London, source: desk}
  - {id: PL, name: Poland, demonyms: [Polish], capital: Warsaw, source: desk}
  - {id: IT, name: Italy, demonyms: [Italian], capital: Rome, source: desk}
  - {id: FR, name: France, demonyms: [French], capital: Paris, source: desk}
"""

EVENTS = """\
events:
  - {id: ev.g8-2005, name: 31st G8 summit, kind: summit, aliases: [G8 summit], start: 2005-07-06, end: 2005-07-08,
     place: Gleneagles, country: GB, source: desk}
  - {id: ev.g8-2009, name: 35th G8 summit, kind: summit, aliases: [G8 summit], start: 2009-07-08, end: 2009-07-10,
     place: "L'Aquila", country: IT, source: desk}
  - {id: ev.g8-2012, name: 38th G8 summit, kind: summit, aliases: [G8 summit], start: 2012-05-18, end: 2012-05-19,
     place: Camp David, country: US, source: desk}
  - {id: ev.g7-2021, name: 47th G7 summit, kind: summit, aliases: [G7 summit], start: 2021-06-11, end: 2021-06-13,
     place: Carbis Bay, country: GB, source: desk}
  - {id: ev.g7-2022, name: 48th G7 summit, kind: summit, aliases: [G7 summit], start: 2022-06-26, end: 2022-06-28,
     place: Schloss Elmau, country: DE, source: desk}
  - {id: ev.nato-2016, name: 2016 NATO summit, kind: summit, aliases: [NATO summit], start: 2016-07-08, end: 2016-07-09,
     place: Warsaw, country: PL, source: desk}
  - {id: ev.cop21, name: COP21 climate conference, kind: summit, aliases: [COP21 conference, COP21], start: 2015-11-30,
     end: 2015-12-12, place: Le Bourget, country: FR, source: desk}
  - {id: ev.harvard, name: 2019 Harvard summit, kind: summit, aliases: [Harvard summit], start: 2019-04-10,
     place: Boston, country: US, source: desk}
places:
  - {id: gb.eng, name: England, kind: region, country: GB, source: geonames}
  - {id: gb.sct, name: Scotland, kind: region, country: GB, source: geonames}
  - {id: gb.cornwall, name: Cornwall, kind: region, country: GB, region: England, lat: 50.40, lon: -4.90, source: desk}
  - {id: gb.devon, name: Devon, kind: region, country: GB, region: England, lat: 50.72, lon: -3.80, source: desk}
  - {id: us.md, name: Maryland, kind: region, country: US, source: geonames}
  - {id: us.ma, name: Massachusetts, kind: region, country: US, source: geonames}
  - {id: us.dc, name: District of Columbia, kind: region, country: US, source: geonames}
  - {id: us.al, name: Alabama, kind: region, country: US, source: geonames}
  - {id: 'geonames:2650225', name: Edinburgh, country: GB, region: Scotland, lat: 55.9521, lon: -3.1965, population: 514990, source: geonames}
  - {id: 'geonames:2643743', name: London, country: GB, region: England, lat: 51.5085, lon: -0.1257, population: 8961989, source: geonames}
  - {id: 'geonames:2653941', name: Cambridge, country: GB, region: England, lat: 52.2, lon: 0.1167, population: 145674, source: geonames}
  - {id: 'geonames:2641589', name: Plymouth, country: GB, region: England, lat: 50.3715, lon: -4.1431, population: 260203, source: geonames}
  - {id: 'geonames:2635412', name: Truro, country: GB, region: England, lat: 50.2653, lon: -5.0544, population: 23041, source: geonames}
  - {id: 'geonames:3094802', name: Kraków, aliases: [Cracow], country: PL, lat: 50.0614, lon: 19.9366, population: 816614, source: geonames}
  - {id: 'geonames:756135', name: Warsaw, country: PL, lat: 52.2298, lon: 21.0118, population: 1702139, source: geonames}
  - {id: 'geonames:3176959', name: Florence, country: IT, lat: 43.7793, lon: 11.2463, population: 367150, source: geonames}
  - {id: 'geonames:4061234', name: Florence, country: US, region: Alabama, lat: 34.7998, lon: -87.6773, population: 40026, source: geonames}
  - {id: 'geonames:3182210', name: "L'Aquila", country: IT, lat: 42.3506, lon: 13.3995, population: 33691, source: geonames}
  - {id: 'geonames:2988507', name: Paris, country: FR, lat: 48.8534, lon: 2.3488, population: 2138551, source: geonames}
  - {id: 'geonames:4717560', name: Paris, country: US, lat: 33.6609, lon: -95.5555, population: 24782, source: geonames}
  - {id: 'geonames:2995469', name: Marseille, country: FR, lat: 43.297, lon: 5.3811, population: 877215, source: geonames}
  - {id: 'geonames:3005866', name: Le Bourget, country: FR, lat: 48.934, lon: 2.4358, population: 12690, source: geonames}
  - {id: 'geonames:4140963', name: Washington, country: US, region: District of Columbia, lat: 38.8951, lon: -77.0364, population: 689545, source: geonames}
  - {id: 'geonames:4931972', name: Cambridge, country: US, region: Massachusetts, lat: 42.3751, lon: -71.1056, population: 110402, source: geonames}
  - {id: 'geonames:4930956', name: Boston, country: US, region: Massachusetts, lat: 42.3584, lon: -71.0598, population: 653833, source: geonames}
  - {id: curated.gleneagles, name: Gleneagles, kind: site, country: GB, region: Scotland, lat: 56.2836, lon: -3.7508, source: desk}
  - {id: curated.carbis-bay, name: Carbis Bay, kind: site, country: GB, region: England, subregion: Cornwall, lat: 50.1968, lon: -5.4637, source: desk}
  - {id: curated.camp-david, name: Camp David, kind: site, country: US, region: Maryland, lat: 39.6483, lon: -77.465, source: desk}
"""


def _text(base_text: str) -> str:
    sources_end = base_text.index("countries:\n")
    head, tail = base_text[:sources_end], base_text[sources_end:]
    countries, rest = EXTRA.split("countries:\n")
    tail = tail.replace("countries:\n", "countries:\n" + rest, 1)
    return head + countries + tail + EVENTS


@pytest.fixture
def index(make_base, base_text):
    return ReferenceIndex(load.load(load.files_in(make_base(_text(base_text)), "ref")), "test")


def place_verdict(judge_text, index, sentence, as_of="2024-01-10"):
    (v,) = [v for v in judge_text(index, sentence, as_of) if v.claim.kind == "event-place"]
    return v


@pytest.mark.parametrize("sentence, suggestion, words", [
    ("Leaders met at the 2005 G8 summit in Edinburgh.", "Gleneagles", "not in Edinburgh, 50 km away"),
    ("NATO's 2016 summit in Krakow agreed to send battalions.", "Warsaw", "not in Krakow, 253 km away"),
    ("NATO's 2016 summit in Cracow agreed to send battalions.", "Warsaw", "km away"),  # an alias
    # Florence, Italy and Florence, Alabama: every reading is far from L'Aquila
    ("The 2009 G8 summit in Florence was moved after the earthquake.", "L'Aquila", "not in Florence, 236 km away"),
    ("The COP21 conference, held in Marseille in December 2015, reached a deal.", "Le Bourget", "not in Marseille"),
    ("The 2021 G7 summit in Devon ended on Sunday.", "Carbis Bay", "(Carbis Bay is in Cornwall)"),
    ("The 2012 G8 summit in Washington was moved to Camp David.", "Camp David", "not in Washington, 92 km away"),
    ("The 2021 G7 summit in Plymouth ended on Sunday.", "Carbis Bay", "not in Plymouth"),
])
def test_a_place_far_from_the_events_conflicts(index, judge_text, sentence, suggestion, words):
    v = place_verdict(judge_text, index, sentence)
    assert (v.verdict, v.reason, v.suggestion) == ("conflicting", "event-place-mismatch", suggestion), v.explanation
    assert words in v.explanation
    # the event's record, and the gazetteer's records that decided
    assert v.evidence[0].ref.startswith("ref/base.yaml:") and f"in {suggestion} (" in v.evidence[0].fact
    assert any(e.source in ("GeoNames gazetteer", "Test research desk") and e.fact.startswith(suggestion) for e in v.evidence)


def test_the_conflict_cites_geonames(index, judge_text):
    v = place_verdict(judge_text, index, "NATO's 2016 summit in Krakow agreed to send battalions.")
    geo = [e for e in v.evidence if e.source == "GeoNames gazetteer"]
    assert [e.fact.split(":")[0] for e in geo] == ["Warsaw", "Kraków"]
    assert geo[0].url == "https://www.geonames.org" and geo[0].ref.startswith("ref/base.yaml:")
    assert "52.2298, 21.0118" in geo[0].fact


@pytest.mark.parametrize("sentence, words", [
    ("Leaders met at the 2005 G8 summit in Scotland.", "in Scotland"),  # its region
    ("Leaders met at the 2005 G8 summit in Britain.", ""),  # its country
    ("The 2021 G7 summit in Cornwall ended on Sunday.", "in Cornwall"),  # its county
    ("The 2021 G7 summit in England ended on Sunday.", "in England"),
    ("The COP21 conference in Paris reached a deal.", "11 km from Paris"),  # near: within 25 km
    ("The 2019 Harvard summit in Cambridge drew crowds.", "4 km from Cambridge"),  # Cambridge, Massachusetts
    ("The 2016 NATO summit in Warsaw, Poland, agreed to send battalions.", ""),
])
def test_a_place_holding_or_near_the_events_verifies(index, judge_text, sentence, words):
    v = place_verdict(judge_text, index, sentence)
    assert (v.verdict, v.reason) == ("verified", "event-place-matches"), v.explanation
    assert words in v.explanation


@pytest.mark.parametrize("sentence", [
    "Leaders met at the 2005 G8 summit at Bolotnaya Square.",  # a site the gazetteer lacks
    "Leaders met at the 2005 G8 summit at Balmoral Castle.",
    "The 2021 G7 summit in Truro ended on Sunday.",  # 30 km: neither near nor surely elsewhere
    "The 2022 G7 summit in Garmisch ended on Tuesday.",  # neither place known to the gazetteer
])
def test_unknown_or_undecided_places_never_conflict(index, judge_text, sentence):
    v = place_verdict(judge_text, index, sentence)
    assert v.verdict == "unknown", v.explanation


def test_a_place_the_gazetteer_lacks_is_judged_by_name_as_before(index, judge_text):
    """Schloss Elmau is not in this gazetteer: a capital the grammar knows still conflicts by name."""
    v = place_verdict(judge_text, index, "The 2022 G7 summit in Paris ended on Tuesday.")
    assert (v.verdict, v.suggestion) == ("conflicting", "Schloss Elmau"), v.explanation
    assert "km" not in v.explanation


def test_an_ambiguous_name_with_one_near_reading_does_not_conflict(index):
    """Cambridge, England is 5,200 km from Boston; Cambridge, Massachusetts is 5 km."""
    event = index.event_records["ev.harvard"]
    relation = places.relate(index, "Cambridge", event)
    assert relation.verdict == "match" and relation.stated.country == "US" and relation.km < 6
    assert {r.country for r in places.readings(index, "Cambridge")} == {"GB", "US"}
    assert places.relate(index, "Cambridge", event, within="England").verdict == "conflict"


def test_readings_and_distances(index):
    assert places.distance_km(55.9521, -3.1965, 56.2836, -3.7508) == pytest.approx(50.5, abs=0.5)
    assert [r.level for r in places.readings(index, "Britain")] == [places.COUNTRY]
    assert places.readings(index, "London") and not places.readings(index, "Atlantis")
    assert places.readings(index, "Moscow") == []  # a capital the gazetteer lacks is no country
    # an event's place is read in its country
    (gleneagles,) = places.event_readings(index, index.event_records["ev.g8-2005"])
    assert (gleneagles.level, gleneagles.region) == (places.POINT, "scotland")
    assert places.event_readings(index, index.event_records["ev.g7-2022"]) == []


USER = """\
sources:
  - {id: my-desk, title: My research desk, snapshot: 2024-05-01}
places:
  - {id: 'my-desk:chequers', name: Chequers, kind: site, country: GB, region: England, lat: 51.758, lon: -0.784, source: my-desk, cite: 'https://en.wikipedia.org/wiki/Chequers'}
events:
  - {id: my-desk:chequers-2018, name: Chequers cabinet meeting, kind: other, aliases: [Chequers meeting], start: 2018-07-06,
     place: Chequers, country: GB, source: my-desk}
"""


def test_a_users_place_is_loaded_and_used(make_base, base_text, judge_text):
    folder = make_base(_text(base_text))
    (folder / "user.yaml").write_text(USER, encoding="utf-8")
    index = ReferenceIndex(load.load(load.files_in(folder, "ref")), "test")
    v = place_verdict(judge_text, index, "The July 2018 Chequers meeting in London ended in resignations.")
    assert (v.verdict, v.suggestion) == ("conflicting", "Chequers"), v.explanation
    assert "53 km away" in v.explanation
    (mine,) = [e for e in v.evidence if e.ref == "ref/user.yaml:4"]  # the place, cited as written
    assert (mine.source, mine.url) == ("My research desk", "https://en.wikipedia.org/wiki/Chequers")


# (row, the key whose value is at fault or None for the entry, words of the message)
BAD = [
    ("{id: p1, name: Nowhere, country: GB, source: desk}", None, "a city needs 'lat' and 'lon'"),
    ("{id: p2, name: Pole, country: GB, lat: 95, lon: 0, source: desk}", "lat", "'lat' must be a number of degrees from -90 to 90, not '95'"),
    ("{id: p3, name: Edge, country: GB, lat: 50, lon: east, source: desk}", "lon", "'lon' must be a number"),
    ("{id: p4, name: Town, kind: town, country: GB, lat: 50, lon: 0, source: desk}", "kind", "unknown place kind 'town'"),
    ("{id: p5, name: Atlantis City, country: GB, region: Atlantis, lat: 50, lon: 0, source: desk}", "region", "unknown region 'Atlantis' of GB"),
    ("{id: p6, name: Lone, country: GB, subregion: Cornwall, lat: 50, lon: 0, source: desk}", "subregion", "'subregion' needs the 'region'"),
    ("{id: p7, name: Many, country: GB, lat: 50, lon: 0, population: many, source: desk}", "population", "'population' must be a whole number"),
    ("{id: p8, name: Far, country: XX, lat: 50, lon: 0, source: desk}", "country", "unknown country 'XX'"),
    ("{id: p9, name: Kent, kind: region, country: GB, region: England, subregion: Kent, source: desk}", "subregion", "no 'subregion'"),
    ("{id: p10, name: Inland, country: GB, region: England, subregion: Devon, lat: 50, lon: 0, source: desk}", "subregion", "unknown subregion 'Devon'"),
    ("{id: gb.eng, name: Again, country: GB, lat: 50, lon: 0, source: desk}", "id", "duplicate place id 'gb.eng'"),
]


@pytest.mark.parametrize("rows", [False, True], ids=["block file", "one place a line"])
def test_malformed_places_are_reported_with_file_and_line(tmp_path, rows):
    """Every problem at once, each at its file:line:col, in a file of the importer's shape (one
    place a line, read by its own fast reader) as in any other."""
    if rows:
        head = "sources:\n  - {id: desk, title: Desk, snapshot: 2024-01-01}\n"
    else:
        head = "sources:\n  - id: desk\n    title: Desk\n    snapshot: 2024-01-01\n"
    regions = "  - {id: gb.eng, name: England, kind: region, country: GB, source: desk}\n"
    text = head + "countries:\n  - {id: GB, name: United Kingdom, source: desk}\nplaces:\n" + regions + \
        "".join(f"  - {row}\n" for row, _, _ in BAD)
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(load.ReferenceError) as err:
        load.load(load.files_in(tmp_path, "ref"))
    errors = err.value.errors
    first = text.split("\n").index("  - " + BAD[0][0]) + 1
    for i, (row, key, words) in enumerate(BAD):
        # "  - " then the row: its first character is in column 5
        column = 5 if key is None else 5 + re.search(rf"[{{ ]{key}: ", row).end()
        assert any(e.startswith(f"ref/bad.yaml:{first + i}:{column}: ") and words in e for e in errors), (row, errors)


def test_the_row_reader_reads_as_libyaml(tmp_path):
    """The one-place-a-line reader gives the records libyaml's reading gives (the block shape
    of the same entries), quotes, lists and colons included."""
    rows = ("sources:\n  - {id: desk, title: 'Desk: places', snapshot: 2024-01-01}\n"
            "countries:\n  - {id: GB, name: United Kingdom, source: desk}\n"
            "places:\n"
            "  - {id: gb.eng, name: England, aliases: [Angleterre], kind: region, country: GB, source: desk}\n"
            "  - {id: 'geonames:1', name: 'St. John''s', aliases: ['St Johns', Saint John's Town], country: GB, region: England, "
            "lat: -0.5, lon: -1.25, population: 1200, source: desk, cite: 'https://example.org/a:b'}\n"
            "  - {id: geonames:2, name: Köln-on-Sea, country: GB, lat: 51, lon: 0, source: desk}\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p.yaml").write_text(rows, encoding="utf-8")
    fast = load.load_all(load.files_in(tmp_path / "a", "ref"), located=False)
    located = load.load_all(load.files_in(tmp_path / "a", "ref"), located=True)
    assert fast.errors == located.errors == []
    assert fast.base.places == located.base.places
    # the same entries as a libyaml file (the trailing tab comment makes it no fast shape)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "p.yaml").write_text(rows + "#\tend\n", encoding="utf-8")
    slow = load.load_all(load.files_in(tmp_path / "b", "ref"), located=False)
    assert slow.errors == [] and slow.base.places == fast.base.places
    p = fast.base.places[1]
    assert (p.name, p.aliases, p.lat, p.lon, p.population, p.cite) == (
        "St. John's", ("St Johns", "Saint John's Town"), -0.5, -1.25, 1200, "https://example.org/a:b")


@pytest.mark.parametrize("name", ["Edinburgh", "New York", "St. John's", "Winston-Salem", "  Two  spaces ", "D.C.",
                                  "O'Fallon", "Köln", "Łódź", "Kraków", "L'Aquila", "ABC 12", "Saint\tJohn"])
def test_the_indexs_quick_fold_of_place_names_is_fold(name):
    from checker.index import _fold_name
    from checker.names import fold

    assert _fold_name(name) == fold(name)
