"""Event grammars: named events with a date (event-date) or a place (event-place)."""
from __future__ import annotations

import pytest

from claims.extract import Extractor
from claims.read import parse
from claims.vocabulary import Vocabulary

TITLES = ("President", "Vice President", "Prime Minister", "Chancellor", "Secretary of State")
COUNTRIES = ("Russia", "Russian", "US", "U.S.", "United States", "America", "American", "Britain", "British",
             "UK", "Ukraine", "Ukrainian", "France", "French", "Syria", "Switzerland", "Finland")
CAPITALS = ("Moscow", "Washington", "Kyiv", "Paris")


def assert_located(text, claim):
    assert text[claim.start : claim.end] == claim.text
    for key, (lo, hi) in claim.slot_spans.items():
        assert text[lo:hi] == claim.slots[key], key

EVENT_ALIASES = (
    "annexation of Crimea", "Crimea's annexation", "intervention in Syria", "Brexit referendum",
    "EU membership referendum", "invasion of Ukraine", "Minsk agreements", "Good Friday Agreement",
    "attack on the Capitol", "visit to Hiroshima", "G7 summit", "NATO summit", "Trump-Kim summit",
    "Helsinki summit", "Geneva summit", "Paris Agreement", "invasion of Iraq", "US-led invasion of Iraq",
)
PLACES = ("Geneva", "Helsinki", "Biarritz", "Vilnius", "Hanoi", "Vienna", "Glasgow", "Madrid")


@pytest.fixture(scope="module")
def run():
    vocabulary = Vocabulary(titles=TITLES, countries=COUNTRIES,
                            capitals=CAPITALS, event_aliases=EVENT_ALIASES, event_places=PLACES)
    extractor = Extractor(vocabulary)

    def claims(text: str, kind: str) -> list:
        found = extractor.claims(parse(text, "a.txt"))
        for c in found:
            assert_located(text, c)
        return [c for c in found if c.kind == kind]

    return claims


DATES = [
    ("Russia's 2014 annexation of Crimea drew sanctions.", "Russia's 2014 annexation of Crimea",
     {"event": "annexation of Crimea", "date_iso": "2014", "agent": "Russia"}),
    ("Moscow defended its 2015 intervention in Syria.", "its 2015 intervention in Syria",
     {"event": "intervention in Syria", "date_iso": "2015", "agent": "its"}),
    ("Markets fell after the 2016 Brexit referendum.", "2016 Brexit referendum", {"date_iso": "2016"}),
    ("Markets fell after the June 2016 Brexit referendum.", "June 2016 Brexit referendum", {"date_iso": "2016-06"}),
    ("The Brexit referendum of June 23, 2016, split families.", "Brexit referendum of June 23, 2016",
     {"date_iso": "2016-06-23", "date_position": "after"}),
    ("Sanctions followed the annexation of Crimea by Russia in March 2014.",
     "annexation of Crimea by Russia in March 2014", {"agent": "Russia", "date_iso": "2014-03"}),
    ("The leaders met at the Geneva summit on June 16, 2021, for four hours.", "Geneva summit on June 16, 2021",
     {"place": "Geneva", "date_iso": "2021-06-16"}),
    ("Trade dominated the 2019 G7 summit in Biarritz.", "2019 G7 summit in Biarritz",
     {"qualifier": "G7", "place": "Biarritz", "date_iso": "2019"}),
    ("Britain joined the US-led invasion of Iraq in 2003.", "US-led invasion of Iraq in 2003", {"date_iso": "2003"}),
    ("Obama's 2016 visit to Hiroshima was brief.", "Obama's 2016 visit to Hiroshima", {"agent": "Obama", "date_iso": "2016"}),
    ("The Jan. 6, 2021, attack on the Capitol was investigated.", "Jan. 6, 2021, attack on the Capitol",
     {"date_iso": "2021-01-06"}),
    ("Crimea's annexation in 2014 changed the map.", "Crimea's annexation in 2014", {"date_iso": "2014"}),
]


@pytest.mark.parametrize("sentence, text, slots", DATES, ids=[d[1] for d in DATES])
def test_event_dates(run, sentence, text, slots):
    (claim,) = run(sentence, "event-date")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


PLACES_FORMS = [
    ("Officials prepared a US-Russia summit in Geneva.", "US-Russia summit in Geneva", {"pair": "US-Russia", "place": "Geneva"}),
    ("Critics still talk about the Helsinki summit.", "Helsinki summit", {"place": "Helsinki", "place_position": "before"}),
    ("The summit in Vienna between Joe Biden and Vladimir Putin was short.",
     "summit in Vienna between Joe Biden and Vladimir Putin", {"place": "Vienna", "side_a": "Joe Biden", "side_b": "Vladimir Putin"}),
    ("The Trump-Kim summit in Hanoi collapsed.", "Trump-Kim summit in Hanoi", {"qualifier": "Trump-Kim", "place": "Hanoi"}),
    ("Biden's Helsinki summit with Putin lasted hours.", "Biden's Helsinki summit with Putin",
     {"agent": "Biden", "side_b": "Putin", "place": "Helsinki"}),
    ("Allies gathered at the NATO summit in Vilnius in July 2023.", "NATO summit in Vilnius in July 2023",
     {"qualifier": "NATO", "place": "Vilnius", "date_iso": "2023-07"}),
]


@pytest.mark.parametrize("sentence, text, slots", PLACES_FORMS, ids=[p[1] for p in PLACES_FORMS])
def test_event_places(run, sentence, text, slots):
    (claim,) = run(sentence, "event-place")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


@pytest.mark.parametrize("sentence", [
    "The summit in Geneva was productive.",  # nothing says which summit
    "A summit on June 16, 2021, ended early.",
    "In 2014, then-Vice President Joe Biden travelled to Kyiv after Russia annexed Crimea.",
    "The annexation of Crimea was condemned by 100 countries.",  # no date, no place
    "After the Brexit referendum, in 2019 Parliament voted again.",  # the date is another clause's
    "Since 2014 the annexation of Crimea has shaped policy.",
    "The Iran-Iraq war ended in 1988.",
])
def test_no_event_claim(run, sentence):
    assert run(sentence, "event-date") == []
    assert run(sentence, "event-place") == []
