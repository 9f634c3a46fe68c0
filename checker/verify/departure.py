"""The date of a departure the text reports (`claims.departures`): "resigned on Oct. 20",
"died in December 2013", "quit on Sunday"; shared by the officeholder and age verifiers."""
from __future__ import annotations

from datetime import date, timedelta

from claims.dates import DateRange, day, make, parse_iso

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def departure_date(written: str | None, as_of: date) -> DateRange | None:
    """The date of a departure (`claims.departures.date_of`); one written without a year is
    the latest such day, month or weekday on or before the article's date."""
    if not written:
        return None
    if written.startswith("weekday:"):
        back = (as_of.weekday() - _WEEKDAYS.index(written.split(":")[1])) % 7
        return day(as_of - timedelta(days=back))
    if written.startswith("--"):
        month, _, dom = written[2:].partition("-")
        for year in (as_of.year, as_of.year - 1):
            try:
                found = make(year, int(month), int(dom) if dom else None)
            except ValueError:  # Feb. 29 of a common year
                continue
            if found.lo <= as_of:
                return found
        return None
    try:
        return parse_iso(written)
    except ValueError:
        return None


