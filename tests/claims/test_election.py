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
