"""Event grammars: main verbs after an event's name, acts, an attack's target, awards won."""
from __future__ import annotations

import pytest

from claims.vocabulary import Vocabulary

from .test_event import claims_of

ALIASES = ("Gulf War", "full-scale invasion", "Hurricane Katrina", "9/11 attacks", "Paris climate agreement",
           "introduction of the euro", "Nobel Peace Prize", "G7 summit")


@pytest.fixture(scope="module")
def run():
    return claims_of(Vocabulary(titles=("President",), countries=("Russia", "US"), capitals=("Moscow", "Washington"),
                                event_aliases=ALIASES, event_places=("New York", "Geneva")))


@pytest.mark.parametrize("sentence, text, slots", [
    ("The Gulf War began in January 1991.", "Gulf War began in January 1991",
     {"event": "Gulf War", "date_iso": "1991-01", "participle": "opened"}),
    ("Russia's full-scale invasion began on Feb. 24, 2022, and goes on.",
     "Russia's full-scale invasion began on Feb. 24, 2022", {"agent": "Russia", "participle": "opened"}),
    ("The Gulf War ended in February 1991.", "Gulf War ended in February 1991", {"participle": "closed"}),
    ("Hurricane Katrina struck New Orleans in August 2005.", "Hurricane Katrina struck New Orleans in August 2005",
     {"participle": "held", "date_iso": "2005-08"}),
    ("The Paris climate agreement was adopted in December 2015.",
     "Paris climate agreement was adopted in December 2015", {"participle": "adopted"}),
    ("The 9/11 attacks on New York and Washington on Sept. 11, 2001, changed it.",
     "9/11 attacks on New York and Washington on Sept. 11, 2001", {"date_iso": "2001-09-11"}),
    ("The euro was introduced in January 1999.", "The euro was introduced in January 1999",
     {"event": "introduction of the euro", "date_iso": "1999-01", "shape": "verb"}),
    ("Obama, who won the Nobel Peace Prize in 2009, spoke.", "Obama, who won the Nobel Peace Prize in 2009",
     {"shape": "award", "side_a": "Obama", "date_iso": "2009"}),
    ("The 2007 Nobel Peace Prize, shared by Al Gore and the IPCC, was a surprise.",
     "2007 Nobel Peace Prize, shared by Al Gore and the IPCC",
     {"shape": "award", "side_a": "Al Gore", "side_b": "IPCC", "date_iso": "2007"}),
    ("Malala Yousafzai, the 2014 Nobel Peace Prize laureate, spoke.",
     "Malala Yousafzai, the 2014 Nobel Peace Prize laureate", {"shape": "award", "side_a": "Malala Yousafzai"}),
])
def test_dated(run, sentence, text, slots):
    found = {c.text: c for c in run(sentence, "event-date")}
    assert text in found, list(found)
    for k, v in slots.items():
        assert found[text].slots.get(k) == v, (k, found[text].slots)


def test_where_it_began(run):
    (c,) = run("The Gulf War began in Geneva in August 1990.", "event-place")
    assert c.slots["place"] == "Geneva" and c.slots["place_role"] == "opened"


def test_award_without_a_date(run):
    (c,) = run("Nobel Peace Prize laureate Malala Yousafzai spoke.", "event-date")
    assert c.rule == "event-date.award" and c.slots["side_a"] == "Malala Yousafzai" and "date" not in c.slots


@pytest.mark.parametrize("sentence", [
    "The G7 summit opened on Wednesday 16 June 2021 in Geneva.",  # a summit: no main verb
    "Trump would have won the Nobel Peace Prize in 2020.",
    "The war ended in a stalemate.",
])
def test_no_claim(run, sentence):
    assert [c.text for c in run(sentence, "event-date") if c.slots.get("participle") or c.slots["shape"] == "award"] == []
