"""Tenures: who held an office from when to when (an officeholder claim with a span)."""
from __future__ import annotations

import pytest

from claims.read import parse

from .conftest import assert_located


def tenures(extractor, text: str) -> list:
    found = [c for c in extractor.claims(parse(text, "a.txt")) if c.slots.get("shape") == "tenure"]
    for c in found:
        assert_located(text, c)
        assert c.kind == "officeholder" and c.rule == "officeholder.tenure"
    return found


@pytest.mark.parametrize("text, person, title, start, end", [
    ("Tony Blair, who was prime minister from 1997 to 2007, spoke on Monday.",
     "Tony Blair", "prime minister", "1997", "2007"),
    ("Angela Merkel served as chancellor from November 2005 to December 2021.",
     "Angela Merkel", "chancellor", "November 2005", "December 2021"),
    ("Gerhard Schröder, chancellor from 1998 to 2005, was not invited.",
     "Gerhard Schröder", "chancellor", "1998", "2005"),
    ("Putin was Russia's prime minister between 2008 and 2012.", "Putin", "prime minister", "2008", "2012"),
    ("Former Prime Minister Tony Blair, who held the office from 1997 to 2007, urged a second vote.",
     "Tony Blair", "Prime Minister", "1997", "2007"),
    ("Barack Obama had been president of the United States from January 2009 until January 2017.",
     "Barack Obama", "president", "January 2009", "January 2017"),
    ("Clinton had served as secretary of state from 2009 to 2013 under Obama.",
     "Clinton", "secretary of state", "2009", "2013"),
])
def test_tenure_forms(extractor, text, person, title, start, end):
    (c,) = tenures(extractor, text)
    assert (c.slots["person"], c.slots["title"], c.slots["start"], c.slots["end"]) == (person, title, start, end)


def test_the_country_is_read_before_or_after_the_title(extractor):
    (c,) = tenures(extractor, "Putin was Russia's prime minister between 2008 and 2012.")
    assert c.slots["country"] == "Russia"
    (c,) = tenures(extractor, "Barack Obama was president of the United States from 2009 to 2017.")
    assert c.slots["country"] == "United States"


@pytest.mark.parametrize("text", [
    "Blair, in power from 1997 to 2007, spoke.",  # no office named
    "Obama, who served as a senator from Illinois, spoke.",  # "from" a place, not a year
    "Prices rose from 1997 to 2007, the president said.",  # no person holding the title
    "The chancellor ruled from 1998 to 2005.",  # no name
    "Gerhard Schröder chancellor from 1998 to 2005 was the headline.",  # neither a verb nor an apposition
    "Tony Blair, who prime minister from 1997 to 2007, spoke.",  # "who" without its verb
])
def test_no_tenure_without_person_office_and_span(extractor, text):
    assert tenures(extractor, text) == []


def test_the_plain_officeholder_claim_inside_a_tenure_is_dropped(extractor):
    text = "Gerhard Schröder, chancellor from 1998 to 2005, was not invited."
    claims = extractor.claims(parse(text, "a.txt"))
    assert [c.slots.get("shape") for c in claims if c.kind == "officeholder"] == ["tenure"]
    # a "former" title says its own thing and stays
    text = "Former Chancellor Gerhard Schröder, who held the office from 1998 to 2005, was not invited."
    shapes = sorted(str(c.slots.get("shape")) for c in extractor.claims(parse(text, "a.txt")) if c.kind == "officeholder")
    assert "tenure" in shapes and len(shapes) == 2


@pytest.mark.parametrize("text, person, title, start", [
    ("Merkel, chancellor since 2005, opened the summit.", "Merkel", "chancellor", "2005"),
    ("Angela Merkel, who has been chancellor since November 2005, met him.", "Angela Merkel", "chancellor",
     "November 2005"),
    ("Barack Obama has been president since 2009.", "Barack Obama", "president", "2009"),
    ("Joe Biden has served as vice president since January 2009.", "Joe Biden", "vice president", "January 2009"),
])
def test_open_tenures_since(extractor, text, person, title, start):
    (c,) = tenures(extractor, text)
    assert (c.slots["person"], c.slots["title"], c.slots["start"], c.slots["open"]) == (person, title, start, "yes")
    assert "end" not in c.slots


@pytest.mark.parametrize("text", [
    "Putin, in power since 2000, spoke.",  # no title
    "Merkel, who has led Germany since 2005, spoke.",
    "The chancellor has been in Paris since Monday.",
])
def test_no_open_tenure_without_person_title_and_year(extractor, text):
    assert tenures(extractor, text) == []
