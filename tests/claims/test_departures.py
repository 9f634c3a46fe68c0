"""Departures: an officeholder named as they leave office carries the `departed` slot, so
that the verifier does not read the title as held on the article's date."""
from __future__ import annotations

import pytest

from claims.departures import SLOT, departure

DEPARTED = [
    ("French Prime Minister Francois Fillon resigned on Sunday after the defeat.", "resigned"),
    ("Indian Prime Minister Manmohan Singh stepped down on May 26 after ten years in office.", "stepped down"),
    ("British Prime Minister Boris Johnson resigns as party leader", "resigns"),
    ("British Prime Minister Theresa May, 62, announced her resignation outside Downing Street.",
     "announced her resignation"),
    ("Ukrainian President Viktor Yanukovych was ousted in February 2014.", "was ousted"),
    ("Prime Minister David Cameron, who resigned after the referendum, said little.", "resigned"),
    ("President Mohamed Morsi had been deposed by the army a week earlier.", "had been deposed"),
    ("The funeral of Prime Minister Yitzhak Rabin, who was assassinated on Saturday, drew world leaders.",
     "was assassinated"),
    ("Supporters of ousted President Mohamed Morsi marched in Cairo.", "ousted"),
    ("Crowds mourned after the death of King Bhumibol Adulyadej in Bangkok.", "death of"),
    ("The resignation of Prime Minister Boris Johnson opened a contest.", "resignation of"),
    ("The court on Friday removed President Yoon Suk-yeol from office.", "removed"),
    ("Buhari had defeated President Goodluck Jonathan in the 2015 election.", "defeated"),
    ("Putin dismissed Prime Minister Dmitry Medvedev in January.", "dismissed"),
    ("King Bhumibol Adulyadej died on Thursday in Bangkok.", "died"),
]

STILL_IN_OFFICE = [
    "British Prime Minister Theresa May will step down on June 7.",
    "Prime Minister Shinzo Abe said he would resign if the bill failed.",
    "President Vladimir Putin plans to resign, the rumour went, but nobody believed it.",
    "Prime Minister Boris Johnson, who said he would not resign, faced a vote.",
    "President Joe Biden met the families of those who died in the fire.",
    "Chancellor Olaf Scholz said ministers who resigned would be replaced.",
]


@pytest.mark.parametrize("sentence,words", DEPARTED)
def test_departure_is_marked(claims_of, sentence, words):
    found = claims_of(sentence, "officeholder")
    assert found, sentence
    assert found[0].slots[SLOT] == words


@pytest.mark.parametrize("sentence", STILL_IN_OFFICE)
def test_no_departure_while_in_office(claims_of, sentence):
    found = claims_of(sentence, "officeholder")
    assert found, sentence
    assert all(SLOT not in c.slots for c in found)


def test_apposition_before_the_verb():
    text = "Michele Alliot-Marie, the French foreign minister, resigned on Sunday."
    assert departure(text, 0, len("Michele Alliot-Marie")) == ("resigned", "weekday:Sunday")
    said = "Michele Alliot-Marie, who said the minister resigned, left."
    assert departure(said, 0, said.index(",")) is None


@pytest.mark.parametrize("sentence,on", [
    ("British Prime Minister Boris Johnson announced his resignation on Thursday, Oct. 20, after six weeks.",
     "--10-20"),
    ("Ukrainian President Viktor Yanukovych was ousted in February 2014.", "2014-02"),
    ("German Chancellor Olaf Scholz resigned in 2019, the rumour went.", "2019"),
    ("French Prime Minister Francois Fillon resigned on Sunday after the defeat.", "weekday:Sunday"),
    ("Indian Prime Minister Manmohan Singh stepped down on May 26, 2014, after ten years.", "2014-05-26"),
    ("Russian President Boris Yeltsin resigned in December.", "--12"),
])
def test_the_departure_date_is_read(claims_of, sentence, on):
    found = claims_of(sentence, "officeholder")
    assert found[0].slots["departed_on"] == on


def test_no_date_after_the_verb():
    assert departure("President X resigned after the vote.", 0, 11) == ("resigned", None)


@pytest.mark.parametrize("sentence,predecessor,words", [
    ("Donald Trump will take office on Jan. 20, succeeding President Barack Obama.", "Barack Obama", "succeeding"),
    ("Joe Biden, who succeeded President Donald Trump, spoke.", "Donald Trump", "succeeded"),
    ("Rishi Sunak, who replaced Prime Minister Liz Truss, spoke.", "Liz Truss", "replaced"),
])
def test_the_predecessor_in_a_succession_departs(claims_of, sentence, predecessor, words):
    found = next(c for c in claims_of(sentence, "officeholder") if predecessor in c.text)
    assert found.slots[SLOT] == words


def test_a_second_officeholder_before_the_verb(claims_of):
    text = ("The collapse started on Tuesday, when Prime Minister Rishi Sunak and Chancellor "
            "Sajid Javid resigned within minutes of each other.")
    found = claims_of(text, "officeholder")
    assert [c.slots.get(SLOT) for c in found] == ["resigned", "resigned"]


def test_a_move_to_another_office(claims_of):
    (claim,) = claims_of("That evening Boris Johnson named Nadhim Zahawi, the prime minister, as chancellor.",
                         "officeholder")
    assert claim.slots[SLOT] == "named"


@pytest.mark.parametrize("sentence,on", [
    ("Former President Nelson Mandela, 95, died in December 2013 at his home.", "2013-12"),
    ("Queen Elizabeth II, 96, died on Thursday at Balmoral.", "weekday:Thursday"),
])
def test_an_age_at_death(claims_of, sentence, on):
    (claim,) = claims_of(sentence, "age")
    assert (claim.slots[SLOT], claim.slots["departed_on"]) == ("died", on)
