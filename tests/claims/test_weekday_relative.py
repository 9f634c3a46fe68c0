"""Relative weekdays: a weekday without a date, resolved later against the article's date."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, text, direction", [
    ("The delegation left Moscow on Sunday after two days of talks.", "on Sunday", "past"),
    ("Ministers will meet again on Tuesday in Brussels.", "on Tuesday", "next"),
    ("The vote took place last Friday.", "last Friday", "past"),
    ("The talks are scheduled to resume on Monday.", "on Monday", "next"),
    ("Putin ordered the strike and met aides Friday.", "Friday", "past"),
    ("Next Thursday the council votes.", "Next Thursday", "next"),
])
def test_relative_forms(claims_of, sentence, text, direction):
    (claim,) = claims_of(sentence, "weekday-relative")
    assert claim.text == text
    assert claim.slots["direction"] == direction


@pytest.mark.parametrize("sentence", [
    "The Sunday Times reported that talks had failed.",
    "Marchers remembered Bloody Sunday in Derry.",
    "Candidates campaigned hard before Super Tuesday.",
    "On Wednesday, 3:30 p.m. local time, he spoke.",
    "Troops crossed the border on Thursday, Feb. 24, before dawn.",  # a dated weekday
])
def test_no_relative_claim(claims_of, sentence):
    assert claims_of(sentence, "weekday-relative") == []
