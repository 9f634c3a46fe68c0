"""Weekday grammar: a weekday stated together with a calendar date."""
from __future__ import annotations

import pytest

from claims.grammars import weekday

FORMS = [
    ("The visit was announced on Wednesday, March 2, 2022, by the Kremlin.",
     "Wednesday, March 2, 2022", "Wednesday", "March 2, 2022", ("2022", "3", "2")),
    ("Voters went to the polls on Sunday 20 June 2021 across the country.",
     "Sunday 20 June 2021", "Sunday", "20 June 2021", ("2021", "6", "20")),
    ("The ceasefire began Friday (Jan. 7) at noon local time.",
     "Friday (Jan. 7)", "Friday", "Jan. 7", ("", "1", "7")),
    ("The vote is due Tuesday, the 3rd of May, officials said.",
     "Tuesday, the 3rd of May", "Tuesday", "3rd of May", ("", "5", "3")),
    ("Troops crossed the border on Thursday, Feb. 24, before dawn.",
     "Thursday, Feb. 24", "Thursday", "Feb. 24", ("", "2", "24")),
    ("Troops crossed the border on Thursday Feb 24 before dawn.",
     "Thursday Feb 24", "Thursday", "Feb 24", ("", "2", "24")),
    ("The deadline passes on Thursday, 24 February, the ministry said.",
     "Thursday, 24 February", "Thursday", "24 February", ("", "2", "24")),
    ("The hearing was set for Monday, Sept. 12, 2022, in Brussels.",
     "Monday, Sept. 12, 2022", "Monday", "Sept. 12, 2022", ("2022", "9", "12")),
    ("Talks resumed on Monday March 7 after a pause.",
     "Monday March 7", "Monday", "March 7", ("", "3", "7")),
    ("The vote on Tuesday, May 3rd, passed narrowly.",
     "Tuesday, May 3rd", "Tuesday", "May 3rd", ("", "5", "3")),
    ("On Monday the 7th of March, negotiators met again.",
     "Monday the 7th of March", "Monday", "7th of March", ("", "3", "7")),
    ("The filing is dated Thursday, 2022-02-24.",
     "Thursday, 2022-02-24", "Thursday", "2022-02-24", ("2022", "2", "24")),
]


@pytest.mark.parametrize("sentence, text, day, date, ymd", FORMS, ids=[f[1] for f in FORMS])
def test_forms(claims_of, sentence, text, day, date, ymd):
    (claim,) = claims_of(sentence, "weekday")
    assert claim.text == text
    assert claim.rule == "weekday.with-date"
    assert (claim.slots["weekday"], claim.slots["date"]) == (day, date)
    assert (claim.slots["year"], claim.slots["month"], claim.slots["day"]) == ymd


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday 20 people were injured in the shelling.",
        "On Monday, 2022 was declared a year of recovery.",
        "On Wednesday, 3:30 p.m. local time, he spoke.",
        "By Friday, March 32, nothing had happened.",
        "Wednesday's meeting, March 2, was short.",
        "The Sunday Times reported on March 3 that talks had failed.",
        "Talks continued on Tuesday and Wednesday.",
        "Saturdays, 20 June excepted, are quiet.",
    ],
)
def test_no_claim(claims_of, sentence):
    assert claims_of(sentence, "weekday") == []


def test_time_after_the_date_is_left_out(claims_of):
    (claim,) = claims_of("On Tuesday, May 3 at 10:00 the talks began.", "weekday")
    assert claim.text == "Tuesday, May 3"


def test_several_in_one_sentence(claims_of):
    text = "Russia struck on Thursday, Feb. 24, and raised its alert on Sunday, February 27."
    found = claims_of(text, "weekday")
    assert [c.text for c in found] == ["Thursday, Feb. 24", "Sunday, February 27"]


def test_parenthesis_is_inside_the_claim_but_not_the_date(vocabulary, in_sentence):
    grammar = weekday.build(vocabulary)
    (claim,) = in_sentence(grammar, "It began Friday (Jan. 7) at noon.", offset=40)
    assert claim.text == "Friday (Jan. 7)"
    assert claim.start == 40 + len("It began ")
    assert claim.slot_spans["date"] == (claim.start + len("Friday ("), claim.end - 1)


def test_weekday_in_a_later_sentence_knows_its_index(claims_of):
    text = "Talks stalled. Officials met again on Friday, March 4. Nothing changed."
    (claim,) = claims_of(text, "weekday")
    assert claim.sentence == 1
    assert claim.text == "Friday, March 4"
