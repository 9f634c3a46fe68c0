"""Tenures judged against the person's terms of the office: "Merkel, chancellor from 2005 to 2021"."""
from __future__ import annotations

import pytest


def _tenure(verdicts):
    return [v for v in verdicts if v.claim.slots.get("shape") == "tenure"]


@pytest.mark.parametrize("text, verdict, reason", [
    ("Angela Merkel, who was chancellor from 2005 to 2021, spoke.", "verified", "tenure-matches"),
    ("Angela Merkel served as chancellor from November 2005 to December 2021.", "verified", "tenure-matches"),
    # two terms that follow on without a gap make one span
    ("Vladimir Putin was president from 2012 to 2024, a poster said.", "unknown", "tenure-unsure"),  # open at the horizon
    ("Gerhard Schröder, chancellor from 1998 to 2005, was not invited.", "verified", "tenure-matches"),
    # the end (or start) when someone else surely held the single-seat office: a conflict
    ("Angela Merkel, who was chancellor from 2005 to 2023, spoke.", "conflicting", "tenure-mismatch"),
    ("Gerhard Schröder, chancellor from 1995 to 2005, was not invited.", "unknown", "tenure-unsure"),  # no holder known in 1995
    ("Gerhard Schröder, chancellor from 1998 to 2009, was not invited.", "conflicting", "tenure-mismatch"),
    # part of the time in office: may be meant so, never a conflict
    ("Angela Merkel was chancellor from 2010 to 2015.", "unknown", "tenure-unsure"),
    ("Ivan Nobody was chancellor from 2010 to 2015.", "unknown", "person-not-found"),
])
def test_tenure(small_index, judge_text, text, verdict, reason):
    (v,) = _tenure(judge_text(small_index, text, "2023-05-01"))
    assert (v.verdict, v.reason) == (verdict, reason), v.explanation
    if verdict != "unknown":
        assert v.evidence and all(e.ref.startswith("ref/base.yaml:") for e in v.evidence)


def test_a_conflict_names_the_real_term_and_who_held_the_office(small_index, judge_text):
    (v,) = _tenure(judge_text(small_index, "Gerhard Schröder, chancellor from 1998 to 2009, was not invited.", "2023-05-01"))
    assert v.explanation == ("Gerhard Schröder was Chancellor of Germany 1998-10-27 – 2005-11-22, not to 2009: "
                             "in 2009 the office was held by Angela Merkel")
    assert v.suggestion == "from 1998 to 2005"
    assert v.when == "1998 – 2009"


@pytest.mark.parametrize("text, as_of, verdict, why", [
    ("Angela Merkel, chancellor since 2005, opened the summit.", "2016-11-09", "verified", "2005-11-22 – 2021-12-08"),
    # still said of her once Scholz held the office
    ("Angela Merkel, chancellor since 2005, opened the summit.", "2023-03-03", "conflicting",
     "not still on 2023-03-03: on 2023-03-03 the office was held by Olaf Scholz"),
    # a start when someone else surely held it
    ("Olaf Scholz, who has been chancellor since 2019, spoke.", "2023-03-03", "conflicting",
     "not since 2019: in 2019 the office was held by Angela Merkel"),
    # a later start than the real one is part of the time in office: never a conflict
    ("Angela Merkel has been chancellor since 2010.", "2016-11-09", "unknown", "2005-11-22 – 2021-12-08"),
])
def test_open_tenure_since(small_index, judge_text, text, as_of, verdict, why):
    (v,) = _tenure(judge_text(small_index, text, as_of))
    assert v.verdict == verdict and why in v.explanation, v.explanation
    if verdict == "conflicting":
        assert v.suggestion.startswith("since ")
