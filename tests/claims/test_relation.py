"""Relation grammar: predecessor and successor in the forms news uses."""
from __future__ import annotations

import pytest

POSITIVE = [
    ("Biden's predecessor, Donald Trump, skipped the inauguration.", "Biden's predecessor, Donald Trump",
     {"person": "Biden", "other": "Donald Trump", "relation": "predecessor"}),
    ("Obama’s successor Donald Trump pulled out of the deal.", "Obama’s successor Donald Trump",
     {"person": "Obama", "other": "Donald Trump", "relation": "successor"}),
    ("Merkel's successor as chancellor, Olaf Scholz, flew to Kyiv.", "Merkel's successor as chancellor, Olaf Scholz",
     {"person": "Merkel", "other": "Olaf Scholz", "relation": "successor", "title": "chancellor"}),
    ("The deal was signed by Gerhard Schröder, Merkel's immediate predecessor, in 2005.",
     "Gerhard Schröder, Merkel's immediate predecessor", {"person": "Merkel", "other": "Gerhard Schröder", "relation": "predecessor"}),
    ("Trump, who succeeded Barack Obama, cut taxes.", "Trump, who succeeded Barack Obama",
     {"person": "Trump", "other": "Barack Obama", "relation": "predecessor"}),
    ("Obama, who preceded Trump in the White House, spoke.", "Obama, who preceded Trump",
     {"person": "Obama", "other": "Trump", "relation": "successor"}),
    ("Rishi Sunak replaced Liz Truss as prime minister in October.", "Rishi Sunak replaced Liz Truss as prime minister",
     {"person": "Rishi Sunak", "other": "Liz Truss", "relation": "predecessor", "title": "prime minister"}),
    ("Keir Starmer took over from Rishi Sunak as British prime minister.",
     "Keir Starmer took over from Rishi Sunak as British prime minister",
     {"person": "Keir Starmer", "other": "Rishi Sunak", "title": "prime minister", "country": "British"}),
    ("Angela Merkel was succeeded by Olaf Scholz as Germany's chancellor.",
     "Angela Merkel was succeeded by Olaf Scholz as Germany's chancellor",
     {"person": "Angela Merkel", "other": "Olaf Scholz", "relation": "successor", "country": "Germany"}),
    ("Putin succeeded Boris Yeltsin as president of Russia on the last day of 1999.",
     "Putin succeeded Boris Yeltsin as president of Russia", {"title": "president", "country_of": "Russia"}),
]


@pytest.mark.parametrize("sentence, text, slots", POSITIVE)
def test_relation_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "relation")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("sentence", [
    "Biden's predecessor was criticised.",
    "Biden's would-be successor, Kamala Harris, campaigned in Ohio.",  # a forecast
    "The plan succeeded in cutting costs.",
    "Ancelotti replaced Zidane at the club.",  # no office named
    "Sunak succeeded Truss as the face of the campaign.",  # no office or role at all
    "Germany replaced France as the largest exporter.",
    "The successor state, Russia, kept the Soviet seat.",
    "Harris is expected to succeed Biden as the party's nominee.",
])
def test_relation_negatives(claims_of, sentence):
    assert claims_of(sentence, "relation") == []


def test_relation_offsets_in_a_longer_article(claims_of):
    text = "KYIV, March 3 — Talks resumed.\n\nOlaf Scholz, who succeeded Angela Merkel, arrived.\n"
    (claim,) = claims_of(text, "relation")
    assert text[claim.start:claim.end] == "Olaf Scholz, who succeeded Angela Merkel"


def test_one_name_serves_two_claims(claims_of):
    found = claims_of("Biden's predecessor, Donald Trump, who succeeded Barack Obama, spoke.", "relation")
    assert [c.text for c in found] == ["Biden's predecessor, Donald Trump", "Donald Trump, who succeeded Barack Obama"]


MORE = [
    ("Medvedev's own predecessor, Vladimir Putin, stayed on.", "Medvedev's own predecessor, Vladimir Putin",
     {"person": "Medvedev", "other": "Vladimir Putin", "relation": "predecessor"}),
    ("Obama's hand-picked successor, Hillary Clinton, lost.", "Obama's hand-picked successor, Hillary Clinton",
     {"relation": "successor", "other": "Hillary Clinton"}),
    ("Her predecessor, Angela Merkel, was absent.", "Her predecessor, Angela Merkel",
     {"person": "Her", "other": "Angela Merkel", "pronoun": "yes"}),
    ("In 2021 he succeeded Angela Merkel, who had led for 16 years.", "he succeeded Angela Merkel",
     {"person": "he", "pronoun": "yes", "relation": "predecessor"}),
    ("Scholz, who had succeeded Merkel in December, spoke.", "Scholz, who had succeeded Merkel",
     {"person": "Scholz", "other": "Merkel", "relation": "predecessor"}),
    ("Medvedev replaced Putin in May 2008.", "Medvedev replaced Putin",
     {"person": "Medvedev", "other": "Putin", "office": "unstated"}),
    ("Xi, who took over from Hu Jintao in 2013, travelled.", "Xi, who took over from Hu Jintao",
     {"person": "Xi", "other": "Hu Jintao", "office": "unstated"}),
    ("Biden, who returned to the White House in January 2021 by succeeding Trump, spoke.",
     "Biden, who returned to the White House in January 2021 by succeeding Trump",
     {"person": "Biden", "other": "Trump", "relation": "predecessor"}),
    ("Theresa May's successor, Boris Johnson, spoke.", "Theresa May's successor, Boris Johnson",
     {"person": "Theresa May", "other": "Boris Johnson"}),
]


@pytest.mark.parametrize("sentence, text, slots", MORE)
def test_more_relation_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "relation")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("sentence", [
    "Medvedev replaced Putin at the top of the list.",  # a role of any kind, not followed by a time
    "He replaced the old engine in March.",
    "Biden's likely successor, Kamala Harris, spoke.",
    "She succeeded in passing the bill.",
    "Biden, who beat Trump in 2020 by winning Georgia, spoke.",
])
def test_more_relation_negatives(claims_of, sentence):
    assert claims_of(sentence, "relation") == []


NEWSROOM = [
    # a role no title names: kept, but never a conflict (judged through offices both held)
    ("Sunak succeeded Truss as Conservative leader.", "Sunak succeeded Truss",
     {"person": "Sunak", "other": "Truss", "office": "unstated"}),
    # a clause between the subject and the verb
    ("Scholz, who won the 2021 election by a narrow margin, succeeded Angela Merkel in December.",
     "Scholz, who won the 2021 election by a narrow margin, succeeded Angela Merkel",
     {"person": "Scholz", "other": "Angela Merkel", "relation": "predecessor"}),
    # "May" before ", who" is Theresa May, not the month
    ("May, who succeeded David Cameron after the referendum, resigned in 2019.", "May, who succeeded David Cameron",
     {"person": "May", "other": "David Cameron", "relation": "predecessor"}),
]


@pytest.mark.parametrize("sentence, text, slots", NEWSROOM)
def test_relation_newsroom_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "relation")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


def test_pronoun_records_the_names_before_it(claims_of):
    text = "Viktor Yanukovych fled to Russia in 2014. His predecessor, Viktor Yushchenko, stayed."
    (claim,) = claims_of(text, "relation")
    assert claim.slots["pronoun"] == "yes"
    assert "Viktor Yanukovych" in claim.slots["antecedents"].split("|")


def test_a_surname_records_the_full_name_written_earlier(claims_of):
    text = "Olaf Scholz flew to Paris on Monday. Scholz, who succeeded Merkel, met the press."
    (claim,) = claims_of(text, "relation")
    assert claim.slots["person_full"] == "Olaf Scholz"


NEW_FORMS = [
    # "whose predecessor was"
    ("Vladimir Putin, whose predecessor was Boris Yeltsin, spoke.", "Vladimir Putin, whose predecessor was Boris Yeltsin",
     {"person": "Vladimir Putin", "other": "Boris Yeltsin", "relation": "predecessor"}),
    ("Liz Truss, whose successor as prime minister was Rishi Sunak, spoke.",
     "Liz Truss, whose successor as prime minister was Rishi Sunak",
     {"person": "Liz Truss", "other": "Rishi Sunak", "relation": "successor", "title": "prime minister"}),
    # a participle after the subject took an office
    ("Fumio Kishida was elected prime minister, succeeding Yoshihide Suga.",
     "Fumio Kishida was elected prime minister, succeeding Yoshihide Suga",
     {"person": "Fumio Kishida", "other": "Yoshihide Suga", "relation": "predecessor", "title": "prime minister"}),
    ("Rishi Sunak became Britain's prime minister in October 2022, replacing Liz Truss.",
     "Rishi Sunak became Britain's prime minister in October 2022, replacing Liz Truss",
     {"person": "Rishi Sunak", "other": "Liz Truss", "country": "Britain", "title": "prime minister"}),
    ("Yoshihide Suga became prime minister in September 2020, taking over from Shinzo Abe.",
     "Yoshihide Suga became prime minister in September 2020, taking over from Shinzo Abe",
     {"person": "Yoshihide Suga", "other": "Shinzo Abe", "relation": "predecessor"}),
    ("Kishida took office on Oct. 4, 2021, succeeding Suga.", "Kishida took office on Oct. 4, 2021, succeeding Suga",
     {"person": "Kishida", "other": "Suga", "relation": "predecessor"}),
    ("Olaf Scholz was sworn in as chancellor on Wednesday, Dec. 8, replacing Angela Merkel.",
     "Olaf Scholz was sworn in as chancellor on Wednesday, Dec. 8, replacing Angela Merkel",
     {"person": "Olaf Scholz", "other": "Angela Merkel", "title": "chancellor"}),
    # only a time may stand between the office and the participle
    ("Olaf Scholz was sworn in as chancellor at the Bundestag, replacing Angela Merkel.", None, None),
    ("Olaf Scholz was sworn in as chancellor last week, replacing Angela Merkel.",
     "Olaf Scholz was sworn in as chancellor last week, replacing Angela Merkel",
     {"person": "Olaf Scholz", "other": "Angela Merkel", "title": "chancellor"}),
    # "had taken over from"
    ("Suga had taken over from Shinzo Abe in September 2020.", "Suga had taken over from Shinzo Abe",
     {"person": "Suga", "other": "Shinzo Abe", "relation": "predecessor", "office": "unstated"}),
    ("Truss, who had taken over from Boris Johnson as prime minister, resigned.",
     "Truss, who had taken over from Boris Johnson as prime minister",
     {"person": "Truss", "other": "Boris Johnson", "title": "prime minister"}),
    ("Biden, who returned to power in 2021 after taking over from Trump, spoke.",
     "Biden, who returned to power in 2021 after taking over from Trump",
     {"person": "Biden", "other": "Trump", "office": "unstated"}),
]


@pytest.mark.parametrize("sentence, text, slots", NEW_FORMS)
def test_whose_and_participle_forms(claims_of, sentence, text, slots):
    found = claims_of(sentence, "relation")
    if text is None:
        assert found == []
        return
    (claim,) = found
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("sentence", [
    # the participle is the object's: Hayashi replaced Motegi, not Kishida
    "Kishida appointed Yoshimasa Hayashi foreign minister, replacing Toshimitsu Motegi.",
    "Kishida met Biden, succeeding in winning support.",
    # an office the vocabulary does not name: no claim
    "Kishida was elected party president on Sept. 29, succeeding Suga.",
    # a possessed name is no person
    "Abe's successor Yoshihide Suga's cabinet resigned.",
    "Scholz's Social Democrats, who succeeded the CDU, won.",
    "Kishida was elected prime minister by parliament and named Hayashi, succeeding Suga.",
])
def test_whose_and_participle_negatives(claims_of, sentence):
    assert claims_of(sentence, "relation") == []


PRESENT_AND_POWER = [
    ("Narendra Modi succeeds Manmohan Singh, who led the government for ten years.",
     "Narendra Modi succeeds Manmohan Singh", {"person": "Narendra Modi", "other": "Manmohan Singh", "relation": "predecessor"}),
    ("Rishi Sunak replaces Liz Truss as prime minister", "Rishi Sunak replaces Liz Truss as prime minister",
     {"person": "Rishi Sunak", "other": "Liz Truss", "relation": "predecessor"}),
    ("Emmanuel Macron took power from Francois Hollande on Sunday at the palace.",
     "Emmanuel Macron took power from Francois Hollande",
     {"person": "Emmanuel Macron", "other": "Francois Hollande", "relation": "predecessor", "office": "unstated"}),
    ("Donald Trump will take office on Jan. 20, succeeding President Barack Obama.",
     "Donald Trump will take office on Jan. 20, succeeding President Barack Obama",
     {"person": "Donald Trump", "other": "Barack Obama", "relation": "predecessor"}),
]


@pytest.mark.parametrize("sentence, text, slots", PRESENT_AND_POWER)
def test_present_tense_and_taking_power(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "relation")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("sentence", [
    "The army took power from the elected government in 2014.",
    "A new generation takes over from the old guard at the club.",
    "Joe Biden takes over from Kamala Harris at the club's annual dinner.",  # a role, no time: no claim
])
def test_taking_over_without_a_person_or_an_office_makes_no_claim(claims_of, sentence):
    assert claims_of(sentence, "relation") == []
