"""Dates at the precision written (claims.dates): a day or month written without its year."""
from __future__ import annotations

from datetime import date

from claims.dates import latest


def test_a_day_without_a_year_is_the_latest_on_or_before():
    assert latest(10, 20, date(2022, 10, 23)).text == "2022-10-20"
    assert latest(10, 20, date(2022, 10, 19)).text == "2021-10-20"
    assert latest(10, 20, date(2022, 10, 20)).text == "2022-10-20"  # the day itself


def test_a_month_without_a_year_begins_on_or_before():
    assert latest(12, None, date(2023, 3, 1)).text == "2022-12"
    assert latest(3, None, date(2023, 3, 1)).text == "2023-03"


def test_29_february_looks_back_to_a_leap_year():
    assert latest(2, 29, date(2023, 6, 1)).text == "2020-02-29"
    assert latest(2, 30, date(2023, 6, 1)) is None  # no such day in any year
