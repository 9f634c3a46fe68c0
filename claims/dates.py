"""Dates at the precision they were written: a year, a month or a day.

"2014" is not 2014-01-01: it is any day of 2014. A `DateRange` keeps the first and
last day that the text allows, so comparisons can ask "on every day?" or "on some day?".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, order=True)
class DateRange:
    lo: date
    hi: date
    text: str  # ISO at the written precision: "2014", "2014-03", "2014-03-18"

    @property
    def precision(self) -> str:
        return ("year", "month", "day")[self.text.count("-")]

    def __str__(self) -> str:
        return self.text


def day(d: date) -> DateRange:
    return DateRange(d, d, d.isoformat())


def make(year: int, month: int | None = None, dom: int | None = None) -> DateRange:
    """Build a range from parts; raises ValueError for impossible dates (2021-02-30)."""
    if month is None:
        return DateRange(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")
    if dom is None:
        last = _days_in(year, month)
        return DateRange(date(year, month, 1), date(year, month, last), f"{year:04d}-{month:02d}")
    d = date(year, month, dom)
    return DateRange(d, d, d.isoformat())


def _days_in(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]`, without importing calendar (and locale) for it."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")  # as calendar.IllegalMonthError
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_iso(text: str) -> DateRange:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError with a reason otherwise."""
    m = _ISO.fullmatch(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, dom = (int(g) if g else None for g in m.groups())
    if year < 1:
        raise ValueError(f"{text!r} has no year 0")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    try:
        return make(year, month, dom)
    except ValueError:
        raise ValueError(f"{text!r} is not a day of the calendar") from None


def latest(month: int, dom: int | None, on_or_before: date) -> DateRange | None:
    """The latest day (or month, without `dom`) of that month and day that begins on or before
    a date: "Oct. 20" or "December" written without a year. 29 February looks back to a
    leap year."""
    for year in range(on_or_before.year, on_or_before.year - 8, -1):
        try:
            found = make(year, month, dom)
        except ValueError:  # 29 February of a common year
            continue
        if found.lo <= on_or_before:
            return found
    return None
