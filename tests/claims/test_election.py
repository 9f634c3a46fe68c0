"""Election grammar: who won or lost which year's election."""
from __future__ import annotations

import pytest

POSITIVE = [
    ("Trump won the 2016 presidential election despite losing the popular vote.",
     "Trump won the 2016 presidential election", {"person": "Trump", "year": "2016", "outcome": "won"}),
    ("Modi won re-election in 2019 with a larger majority.", "Modi won re-election in 2019",
     {"person": "Modi", "year": "2019", "outcome": "won"}),
    ("Macron was re-elected in April 2022, beating the far right again.", "Macron was re-elected in April 2022",
     {"person": "Macron", "year": "2022", "outcome": "won"}),
    ("Zelensky, who was elected president in 2019, addressed the chamber.",
     "Zelensky, who was elected president in 2019", {"person": "Zelensky", "title": "president", "year": "2019"}),
    ("Sarkozy was elected President of France in May 2007.", "Sarkozy was elected President of France in May 2007",
     {"person": "Sarkozy", "title": "President", "country": "France", "year": "2007"}),
    ("Lula defeated Bolsonaro in 2022.", "Lula defeated Bolsonaro in 2022",
     {"person": "Lula", "other": "Bolsonaro", "year": "2022", "outcome": "won"}),
    ("Biden narrowly beat Trump in the 2020 election.", "Biden narrowly beat Trump in the 2020 election",
     {"person": "Biden", "other": "Trump", "year": "2020"}),
    ("Hillary Clinton lost the 2016 election to Donald Trump.", "Hillary Clinton lost the 2016 election to Donald Trump",
     {"person": "Hillary Clinton", "other": "Donald Trump", "outcome": "lost"}),
    ("Clinton lost to Trump in 2016.", "Clinton lost to Trump in 2016",
     {"person": "Clinton", "other": "Trump", "outcome": "lost"}),
    ("Marine Le Pen was defeated by Macron in the 2017 runoff.", "Marine Le Pen was defeated by Macron in the 2017 runoff",
     {"person": "Marine Le Pen", "other": "Macron", "outcome": "lost", "year": "2017"}),
    ("The 2016 election won by Donald Trump split the party.", "2016 election won by Donald Trump",
     {"person": "Donald Trump", "year": "2016", "outcome": "won"}),
    ("The 2017 French presidential election, won by Emmanuel Macron, upended politics.",
     "2017 French presidential election, won by Emmanuel Macron",
     {"person": "Emmanuel Macron", "election": "French presidential election"}),
    ("Trump's 2016 victory surprised pollsters.", "Trump's 2016 victory", {"person": "Trump", "outcome": "won"}),
    ("Biden's victory in the 2020 election was certified.", "Biden's victory in the 2020 election",
     {"person": "Biden", "year": "2020"}),
    ("Trump's 2020 defeat still rankles.", "Trump's 2020 defeat", {"person": "Trump", "outcome": "lost"}),
]


@pytest.mark.parametrize("sentence, text, slots", POSITIVE)
def test_election_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "election")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("sentence", [
    "Truss won the 2022 Conservative leadership election.",
    "Johnson won the 2019 Tory leadership race.",
    "Trump won the 2016 Republican primary.",
    "The government won a 2021 confidence vote.",
    "Biden won 306 electoral votes.",
    "Scholz was elected chancellor by the Bundestag in December 2021.",
    "She won the 2019 election.",  # a pronoun
    "The team won the 2018 final.",
])
def test_election_negatives(claims_of, sentence):
    assert claims_of(sentence, "election") == []


# --- dated, clause-bearing and joined forms ------------------------------------------------

MORE = [
    ("Harper won the Jan. 23 vote by a narrow margin.", "Harper won the Jan. 23 vote",
     {"person": "Harper", "month": "Jan.", "day": "23", "year": None}),
    ("Kohl won the October 1994 federal election again.", "Kohl won the October 1994 federal election",
     {"month": "October", "year": "1994", "election": "federal election"}),
    ("Obama, who beat Mitt Romney in November, gave a speech.", "Obama, who beat Mitt Romney in November",
     {"person": "Obama", "other": "Mitt Romney", "month": "November", "year": None}),
    ("Merkel, 51, who won the 2005 election by a whisker, met him.", "Merkel, 51, who won the 2005 election",
     {"person": "Merkel", "year": "2005"}),
    ("Hollande, who had promised to tax the rich, won the 2012 presidential election.",
     "Hollande, who had promised to tax the rich, won the 2012 presidential election",
     {"person": "Hollande", "year": "2012", "election": "presidential election"}),
    ("Gordon Brown of Labour lost the 2010 election to David Cameron.",
     "Gordon Brown of Labour lost the 2010 election to David Cameron",
     {"person": "Gordon Brown", "other": "David Cameron", "outcome": "lost"}),
    ("Romney, the Republican candidate in 2012, lost that year's election to Barack Obama.",
     "Romney, the Republican candidate in 2012, lost that year's election to Barack Obama",
     {"person": "Romney", "year": "2012", "other": "Barack Obama", "outcome": "lost"}),
    ("Scholz's Social Democrats narrowly won the Sept. 26 election.", "Scholz's Social Democrats narrowly won the Sept. 26 election",
     {"person": "Scholz", "day": "26", "outcome": "won"}),
    ("Poroshenko defeated his rival, Yulia Tymoshenko, with ease.", "Poroshenko defeated his rival, Yulia Tymoshenko",
     {"person": "Poroshenko", "other": "Yulia Tymoshenko", "year": None}),
    ("Lula had come to power by defeating Jose Serra in 2002.", "Lula had come to power by defeating Jose Serra in 2002",
     {"person": "Lula", "other": "Jose Serra", "year": "2002", "outcome": "won"}),
    ("Biden beat Trump in the election on Tuesday, Nov. 3, after days of counting.",
     "Biden beat Trump in the election on Tuesday, Nov. 3", {"month": "Nov.", "day": "3"}),
    ("In 2012, Hollande won the presidential runoff against Nicolas Sarkozy.",
     "Hollande won the presidential runoff against Nicolas Sarkozy",
     {"other": "Nicolas Sarkozy", "election": "presidential runoff", "year": None}),
]


@pytest.mark.parametrize("sentence, text, slots", MORE)
def test_more_election_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "election")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


def test_several_years_give_one_claim_each(claims_of):
    found = claims_of("Harper held on to power in the 2008 and 2011 elections.", "election")
    assert [c.slots["year"] for c in found] == ["2008", "2011"]
    found = claims_of("Chirac, who won the presidency in 1995 and again in 2002, retired.", "election")
    assert [c.slots["year"] for c in found] == ["1995", "2002"]


def test_a_second_verb_keeps_the_subject(claims_of):
    found = claims_of("Obama won the 2008 election and was re-elected in 2012, despite the slump.", "election")
    assert [(c.slots["person"], c.slots["year"], c.slots["verb"]) for c in found] == [
        ("Obama", "2008", "won"), ("Obama", "2012", "re-elected")]


@pytest.mark.parametrize("sentence", [
    "Trudeau won the election after a long campaign.",  # no year, month, day or adjective
    "If Le Pen won the presidential election, the euro would suffer.",  # a condition
    "Obama defeated Clinton in a bitter primary.",
    "Nadal beat Federer in the final.",
    "Biden's son won the 2020 election bet.",  # not a party
    "Kerry lost that year's election to Bush.",  # "that year" with no year before it
    "Rousseff, Lula and Temer, won praise.",
    "Clinton, who lost, won the popular vote.",
])
def test_more_election_negatives(claims_of, sentence):
    assert claims_of(sentence, "election") == []


def test_election_of_a_surname_records_the_full_name_written_earlier(claims_of):
    text = "Luiz Inacio Lula da Silva spoke on Monday. Lula defeated Jair Bolsonaro in 2022."
    (claim,) = claims_of(text, "election")
    assert claim.slots["person_full"] == "Luiz Inacio Lula da Silva"


def test_a_trigger_matched_through_odd_case_letters_never_fails(extractor):
    # A case-insensitive regex matches "wın" (dotless ı) to "win", which str.lower() leaves
    # alone: the grammar must not look it up and fail (it once raised KeyError).
    from claims.read import parse

    for text in ("Joe Biden wın the 2020 election, officials said.", "Joe Biden WON the 2020 ELECTION."):
        extractor.claims(parse(text, "a.txt"))


# --- US Senate races ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, slots", [
    ("Ted Cruz won the 2018 Senate election in Texas, edging out Beto O'Rourke.",
     "Ted Cruz won the 2018 Senate election in Texas",
     {"person": "Ted Cruz", "year": "2018", "election": "Senate election", "state": "Texas", "outcome": "won"}),
    ("Beto O'Rourke, who lost the 2018 Senate race to Ted Cruz, spoke first.",
     "Beto O'Rourke, who lost the 2018 Senate race to Ted Cruz",
     {"person": "Beto O'Rourke", "other": "Ted Cruz", "election": "Senate race", "outcome": "lost"}),
    ("Jacky Rosen won the 2018 U.S. Senate race in Nevada.", "Jacky Rosen won the 2018 U.S. Senate race in Nevada",
     {"election": "U.S. Senate race", "state": "Nevada"}),
    ("Kirsten Gillibrand won the 2010 special Senate election in New York.",
     "Kirsten Gillibrand won the 2010 special Senate election in New York",
     {"election": "special Senate election", "state": "New York", "year": "2010"}),
    ("Tina Smith won the 2018 special election.", "Tina Smith won the 2018 special election",
     {"election": "special election", "state": None}),
    ("Elizabeth Warren won a Senate seat in 2012.", "Elizabeth Warren won a Senate seat in 2012",
     {"person": "Elizabeth Warren", "election": "a Senate seat", "year": "2012", "outcome": "won"}),
    ("Ted Cruz was elected to the Senate in 2012.", "Ted Cruz was elected to the Senate in 2012",
     {"election": "to the Senate", "year": "2012"}),
    ("Sen. Susan Collins, who won re-election in 2014, voted no.", "Susan Collins, who won re-election in 2014",
     {"person": "Susan Collins", "year": "2014", "outcome": "won"}),
    # a place after another election is no part of the claim
    ("Donald Trump won the 2016 election in Wisconsin.", "Donald Trump won the 2016 election",
     {"election": "election", "state": None}),
    ("Cruz, who first won a Senate seat in 2012, spoke.", "Cruz, who first won a Senate seat in 2012",
     {"person": "Cruz", "year": "2012", "election": "a Senate seat"}),
    ("Collins won re-election to the Senate in 2014.", "Collins won re-election to the Senate in 2014",
     {"election": "re-election to the Senate", "year": "2014"}),
    ("Warren won her Senate seat in 2012 against Scott Brown.", "Warren won her Senate seat in 2012",
     {"election": "her Senate seat", "year": "2012"}),
    # a weekday after the state is no part of it
    ("Ted Cruz won the 2018 Senate race in Texas Tuesday.", "Ted Cruz won the 2018 Senate race in Texas",
     {"state": "Texas"}),
    ("Joe Manchin won the 2018 Senate race in West Virginia.", "Joe Manchin won the 2018 Senate race in West Virginia",
     {"state": "West Virginia"}),
    # a month is a time, not a state (the sentence's time, as for "the presidential runoff")
    ("Ted Cruz won the Senate race in November 2018.", "Ted Cruz won the Senate race",
     {"election": "Senate race", "state": None}),
])
def test_senate_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "election")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("sentence", [
    "Ted Cruz won the 2018 state Senate race.",  # a state legislature
    "Susan Collins won the Senate vote in 2019.",  # a vote of the chamber
    "Mitch McConnell won the 2019 Senate poll on the bill.",
    "Ted Cruz won the 2016 Senate primary.",
])
def test_senate_negatives(claims_of, sentence):
    assert claims_of(sentence, "election") == []
