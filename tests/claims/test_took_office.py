"""Taking office on a date (an event-date claim judged against the terms of the base)."""
from __future__ import annotations

import pytest

from claims.extract import Extractor
from claims.read import parse
from claims.vocabulary import Vocabulary

VOCABULARY = Vocabulary(titles=("President", "Prime Minister", "Chancellor", "Governor"),
                        countries=("Canada", "Canadian", "France", "French", "US", "Britain", "British", "Brazil"),
                        capitals=("Paris", "Ottawa"))


@pytest.fixture(scope="module")
def took():
    extractor = Extractor(VOCABULARY)

    def run(text: str) -> list:
        found = [c for c in extractor.claims(parse(text, "a.txt")) if c.rule == "event-date.took-office"]
        for c in found:
            assert text[c.start:c.end] == c.text
            for key, (lo, hi) in c.slot_spans.items():
                assert text[lo:hi] == c.slots[key], key
        return found

    return run


FORMS = [
    ("Joe Biden took office in January 2021 amid the pandemic.", "Joe Biden took office in January 2021",
     {"person": "Joe Biden", "verb": "took office", "date_iso": "2021-01"}),
    ("Keir Starmer, who took office on July 5, faced his first test.", "Keir Starmer, who took office on July 5",
     {"person": "Keir Starmer", "date_md": "07-05"}),
    ("Rishi Sunak became prime minister in October 2022 after a week of turmoil.",
     "Rishi Sunak became prime minister in October 2022", {"title": "prime minister", "date_iso": "2022-10"}),
    ("In Brasilia, Lula was sworn in as president on Jan. 1, 2023, before a large crowd.",
     "Lula was sworn in as president on Jan. 1, 2023", {"person": "Lula", "title": "president", "date_iso": "2023-01-01"}),
    ("Justin Trudeau was sworn in as Canada's prime minister on Nov. 4, 2015.",
     "Justin Trudeau was sworn in as Canada's prime minister on Nov. 4, 2015",
     {"country": "Canada", "title": "prime minister", "date_iso": "2015-11-04"}),
    ("Emmanuel Macron became president of France in 2017, aged 39.", "Emmanuel Macron became president of France in 2017",
     {"country": "France", "date_iso": "2017"}),
    ("Prices rose after Biden took office last year.", "Biden took office last year", {"date_rel": "year-1"}),
    ("Joe Biden was sworn in as the 46th president of the US on Jan. 20, 2021.",
     "Joe Biden was sworn in as the 46th president of the US on Jan. 20, 2021",
     {"title": "president", "country": "US", "date_iso": "2021-01-20"}),
    ("Emmanuel Macron took office as president of France on Sunday at the palace.",
     "Emmanuel Macron took office as president of France on Sunday", {"date_rel": "weekday:Sunday"}),
    ("Olaf Scholz was elected chancellor by the Bundestag on Wednesday, ending an era.",
     "Olaf Scholz was elected chancellor by the Bundestag on Wednesday",
     {"verb": "was elected", "title": "chancellor", "date_rel": "weekday:Wednesday"}),
    ("Macron took office on Sunday, May 14, 2017 and spoke.",  # the full date, not the bare weekday
     "Macron took office on Sunday, May 14, 2017", {"date_iso": "2017-05-14"}),
    ("Yoshihide Suga was elected prime minister by parliament on Sept. 16, 2020.",
     "Yoshihide Suga was elected prime minister by parliament on Sept. 16, 2020", {"date_iso": "2020-09-16"}),
]


@pytest.mark.parametrize("text, quote, slots", FORMS, ids=[f[1] for f in FORMS])
def test_forms(took, text, quote, slots):
    (claim,) = took(text)
    assert claim.text == quote and claim.kind == "event-date"
    for key, value in slots.items():
        assert claim.slots[key] == value, key


@pytest.mark.parametrize("text", [
    "Biden, who took office promising unity, spoke for an hour.",  # no date
    "It became clear in 2019 that the plan had failed.",  # "became" with no office
    "The governor became angry in March when the bill stalled.",
    "Whoever took office in 2025 would inherit the deficit.",  # no name
    "Donald Trump was elected president on Nov. 8, 2016.",  # by the voters: an election, not taking office
    "Lula was elected president by Brazilians in October 2022.",
])
def test_no_claim(took, text):
    assert took(text) == []
