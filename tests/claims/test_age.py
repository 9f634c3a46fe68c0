"""Age grammar: "Biden, 78,", "the 69-year-old Putin", "Putin, who is 69,"."""
from __future__ import annotations

import pytest

POSITIVE = [
    ("Biden, 78, said the bill would pass.", "Biden, 78", {"person": "Biden", "age": "78"}),
    ("The oldest president, Joe Biden, 78, took the oath.", "Joe Biden, 78", {"person": "Joe Biden", "age": "78"}),
    ("Merkel (67) left the chancellery.", "Merkel (67", {"person": "Merkel", "age": "67"}),
    ("Putin, aged 69, chaired the meeting.", "Putin, aged 69", {"person": "Putin", "age": "69"}),
    ("Putin, who is 69, chaired the meeting.", "Putin, who is 69", {"person": "Putin", "age": "69"}),
    ("The 69-year-old Putin chaired the meeting.", "69-year-old Putin", {"person": "Putin", "age": "69"}),
    ("78-year-old President Joe Biden signed it.", "78-year-old President Joe Biden",
     {"person": "Joe Biden", "age": "78"}),
    ("Putin, the 69-year-old Russian leader, spoke.", "Putin, the 69-year-old", {"person": "Putin", "age": "69"}),
    ("Sunak, a 42-year-old former banker, won.", "Sunak, a 42-year-old", {"person": "Sunak", "age": "42"}),
    ("The bill was signed by Joe Biden, 79.", "Joe Biden, 79", {"person": "Joe Biden", "age": "79"}),
]


@pytest.mark.parametrize("sentence, text, slots", POSITIVE)
def test_age_forms(claims_of, sentence, text, slots):
    (claim,) = claims_of(sentence, "age")
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots


def test_two_ages_in_one_sentence(claims_of):
    found = claims_of("Biden, 78, and Putin, 68, met in Geneva.", "age")
    assert [(c.slots["person"], c.slots["age"]) for c in found] == [("Biden", "78"), ("Putin", "68")]


@pytest.mark.parametrize("sentence", [
    "In Kyiv, 25 people died.",
    "On Tuesday, 45 soldiers were wounded.",
    "The 45-year-old said Putin was wrong.",  # the age is not Putin's
    "Russia, 12, and Ukraine, 9, topped the medal table.",  # countries
    "Article 5, 12 members agreed.",
    "Resolution 2334, adopted in 2016, was cited.",
    "The 30-year-old American was detained.",
    "The talks ended at 5, officials said.",
    "In March, 30 soldiers were freed.",
])
def test_age_negatives(claims_of, sentence):
    assert claims_of(sentence, "age") == []


def test_age_of_a_surname_records_the_full_name_written_earlier(claims_of):
    text = "Marine Le Pen spoke in Lyon. Le Pen, 48, said she would stay on."
    (claim,) = claims_of(text, "age")
    assert (claim.slots["person"], claim.slots["person_full"]) == ("Le Pen", "Marine Le Pen")


@pytest.mark.parametrize("text, person, full", [
    ("Theresa May called a vote. Mrs. May, 62, has led the government since 2016.", "May", "Theresa May"),
    ("Theresa May called a vote. Mrs May, 62, said she would stay.", "May", "Theresa May"),
    ("Donald Trump flew in. Mr. Trump, 72, said the talks went well.", "Trump", "Donald Trump"),
    ("Angela Merkel spoke last. Ms. Merkel (67) did not take questions.", "Merkel", "Angela Merkel"),
])
def test_an_honorific_and_a_surname_make_an_age_claim(claims_of, text, person, full):
    (claim,) = claims_of(text, "age")
    assert (claim.slots["person"], claim.slots["person_full"]) == (person, full)
    assert claim.text.startswith(person)


@pytest.mark.parametrize("sentence", [
    "Scholz's Social Democrats, 25, are ahead in the polls.",  # the party's number, not Scholz's age
    "Biden's Democrats (51) hold the Senate.",
    "Mr. President, 45, is the youngest.",  # no name
])
def test_a_possessed_name_has_no_age(claims_of, sentence):
    assert claims_of(sentence, "age") == []


def _age_grammar():
    from claims.grammars import age
    from claims.vocabulary import Vocabulary

    return age.build(Vocabulary(
        titles=("Senator", "Governor", "Massachusetts Governor", "Governor of Massachusetts", "Santa Cruz Governor",
                "Governor of Santa Cruz", "Texas Governor", "Governor of Texas", "Leader", "Speaker"),
        countries=("US", "Russia"), capitals=("Moscow",)))


@pytest.mark.parametrize("sentence, text, person", [
    # before: no claim ("Cruz" is a word of the title "Santa Cruz Governor")
    ("Cruz, 47, said he won.", "Cruz, 47", "Cruz"),
    # before: no claim (the state between the name and the age)
    ("Sen. Elizabeth Warren of Massachusetts, 69, said she would run.",
     "Elizabeth Warren of Massachusetts, 69", "Elizabeth Warren"),
    ("Sergei Sobyanin of Moscow, 64, spoke.", "Sergei Sobyanin of Moscow, 64", "Sergei Sobyanin"),
    # before: "Majority Leader Mitch McConnell, 76" with the person "Majority"
    ("Senate Majority Leader Mitch McConnell, 76, spoke.", "Mitch McConnell, 76", "Mitch McConnell"),
    ("Warren, 69, said.", "Warren, 69", "Warren"),
])
def test_qa_age_forms(in_sentence, sentence, text, person):
    (claim,) = in_sentence(_age_grammar(), sentence)
    assert (claim.text, claim.slots["person"]) == (text, person)


@pytest.mark.parametrize("sentence", [
    "Trump won Texas (38) and lost nothing.",  # a place by itself is no person
    "Voters in Massachusetts, 69, percent said.",
    "The Bank of Massachusetts, 25, said.",  # "Bank" is no person, but a place alone neither
])
def test_qa_age_negatives(in_sentence, sentence):
    found = in_sentence(_age_grammar(), sentence)
    assert all(c.slots["person"] not in ("Texas", "Massachusetts") for c in found)


def test_a_name_with_of_a_place_is_also_read_whole(in_sentence):
    (claim,) = in_sentence(_age_grammar(), "Sergei Sobyanin of Moscow, 64, spoke.")
    assert claim.slots["person_long"] == "Sergei Sobyanin of Moscow"  # "Abdullah of Saudi Arabia"
