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


# --- several weekdays with several days ----------------------------------------------------
@pytest.mark.parametrize(
    "sentence, text, pairs, span",
    [
        ("The festival runs on Saturday and Sunday, Sept. 9-10, in Central Park.",
         "Saturday and Sunday, Sept. 9-10", "Saturday 9-9, Sunday 9-10", False),
        ("The fair runs Friday to Sunday, Oct. 6-8, at the showground.",
         "Friday to Sunday, Oct. 6-8", "Friday 10-6, Sunday 10-8", True),
        ("Hearings are set for Monday, Tuesday and Wednesday, Sept. 11-13, in the Senate.",
         "Monday, Tuesday and Wednesday, Sept. 11-13", "Monday 9-11, Tuesday 9-12, Wednesday 9-13", False),
        ("Polls open Saturday and Sunday, Sept. 9 and 10.",
         "Saturday and Sunday, Sept. 9 and 10", "Saturday 9-9, Sunday 9-10", False),
        ("The summit runs Friday through Sunday, Sept. 29-Oct. 1, 2023, in Madrid.",
         "Friday through Sunday, Sept. 29-Oct. 1, 2023", "Friday 9-29, Sunday 10-1", True),
        ("Markets close Saturday and Sunday, Dec. 31-Jan. 1.",
         "Saturday and Sunday, Dec. 31-Jan. 1", "Saturday 12-31, Sunday 1-1", False),
    ],
)
def test_several_weekdays_pair_with_their_days(claims_of, sentence, text, pairs, span):
    (claim,) = claims_of(sentence, "weekday")
    assert (claim.text, claim.rule, claim.slots["pairs"]) == (text, "weekday.several", pairs)
    assert bool(claim.slots.get("span")) == span
    assert claims_of(sentence, "weekday-relative") == []  # the listed weekdays are dated


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival runs on Saturday and Sunday, Sept. 9, in Central Park.",  # which day is whose?
        "Voting is on Tuesday and Wednesday, Sept. 12-14.",  # two weekdays, three days
        "Friday to Sunday, Oct. 6, is the window.",  # a span with one day
        "The fair ran Friday-Sunday, Sept. 8-10.",
    ],
)
def test_weekdays_and_days_that_do_not_pair_make_no_claim(claims_of, sentence):
    assert claims_of(sentence, "weekday") == []
    assert claims_of(sentence, "weekday-relative") == []


def test_a_single_weekday_with_a_range_is_its_first_day(claims_of):
    (claim,) = claims_of("The summit opens Saturday, Sept. 9-10, in New Delhi.", "weekday")
    assert (claim.text, claim.rule, claim.slots["day"]) == ("Saturday, Sept. 9", "weekday.with-date", "9")


def test_weekdays_apart_are_not_a_list(claims_of):
    (claim,) = claims_of("He arrived on Monday and left Tuesday, March 3.", "weekday")
    assert (claim.text, claim.rule) == ("Tuesday, March 3", "weekday.with-date")
