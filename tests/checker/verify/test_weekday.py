"""Weekday verdicts: the calendar decides, and a missing year comes from the article date."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence, as_of, verdict, explanation",
    [
        ("The vote took place on Wednesday, March 2, 2022.", "2022-03-03", "verified", "2022-03-02 is a Wednesday"),
        ("They met on Monday, March 2, 2022.", "2022-03-03", "conflicting", "2022-03-02 is a Wednesday, not a Monday"),
        ("The summit opened on Wednesday 16 June 2021 in Geneva.", "2021-06-20", "verified", "2021-06-16 is a Wednesday"),
        ("Troops crossed the border on Thursday, Feb. 24.", "2022-03-03", "verified", "2022-02-24 is a Thursday"),
        # Written on 3 January: "Dec. 29" is the December just past.
        ("Talks resumed on Wednesday, Dec. 29.", "2022-01-03", "verified", "2021-12-29 is a Wednesday"),
        ("He resigned on Friday (Jan. 7).", "2022-01-10", "verified", "2022-01-07 is a Friday"),
    ],
)
def test_weekday_against_the_calendar(small_index, judge_text, sentence, as_of, verdict, explanation):
    (v,) = judge_text(small_index, sentence, as_of)
    assert v.verdict == verdict
    assert v.explanation.startswith(explanation)
    assert v.evidence[0].source == "Gregorian calendar"


def test_mismatch_suggests_the_right_weekday(small_index, judge_text):
    (v,) = judge_text(small_index, "It happened on Sunday, June 20, 2021.", "2021-06-25")
    assert v.verdict == "verified"
    (v,) = judge_text(small_index, "It happened on Saturday, June 20, 2021.", "2021-06-25")
    assert (v.verdict, v.suggestion) == ("conflicting", "Sunday, June 20, 2021")


def test_a_day_that_does_not_exist_conflicts(small_index, judge_text):
    (v,) = judge_text(small_index, "The deadline was Monday, February 30, 2022.", "2022-03-03")
    assert (v.verdict, v.reason) == ("conflicting", "no-such-date")


@pytest.mark.parametrize(
    "sentence, as_of, verdict, explanation, suggestion",
    [
        ("The festival runs on Saturday and Sunday, Sept. 9-10, in Central Park.", "2023-09-01", "verified",
         "2023-09-09 is a Saturday and 2023-09-10 is a Sunday", None),
        ("A fair runs Friday to Sunday, Oct. 6-8.", "2023-09-01", "verified",
         "2023-10-06 is a Friday and 2023-10-08 is a Sunday", None),
        ("Hearings are set for Monday, Tuesday and Wednesday, Sept. 11-13.", "2023-09-01", "verified",
         "2023-09-11 is a Monday, 2023-09-12 is a Tuesday and 2023-09-13 is a Wednesday", None),
        ("The summit runs Friday through Sunday, Sept. 29-Oct. 1, 2023.", "2023-01-01", "verified",
         "2023-09-29 is a Friday and 2023-10-01 is a Sunday", None),
        ("Markets close Sunday and Monday, Dec. 31-Jan. 1.", "2023-12-20", "verified",
         "2023-12-31 is a Sunday and 2024-01-01 is a Monday", None),
        ("The fair runs Friday to Sunday, Oct. 7-9.", "2023-09-01", "conflicting",
         "2023-10-07 is a Saturday, not a Friday; 2023-10-09 is a Monday, not a Sunday", "Saturday to Monday, Oct. 7-9"),
        ("Talks are Monday and Tuesday, Sept. 12-13.", "2023-09-01", "conflicting",
         "2023-09-12 is a Tuesday, not a Monday; 2023-09-13 is a Wednesday, not a Tuesday",
         "Tuesday and Wednesday, Sept. 12-13"),
    ],
)
def test_several_weekdays_each_against_its_day(small_index, judge_text, sentence, as_of, verdict, explanation,
                                               suggestion):
    (v,) = [v for v in judge_text(small_index, sentence, as_of) if v.claim.kind == "weekday"]
    assert v.verdict == verdict
    assert v.explanation.startswith(explanation)
    assert v.suggestion == suggestion
