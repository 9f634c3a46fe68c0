"""The date of a departure the text reports (`claims.departures`): "resigned on Oct. 20",
"died in December 2013", "quit on Sunday"; shared by the officeholder and age verifiers."""
from __future__ import annotations

from datetime import date

from checker.verify.weekday import resolve_relative
from claims.dates import DateRange, day, latest, parse_iso

def departure_date(written: str | None, as_of: date) -> DateRange | None:
    """The date of a departure (`claims.departures.date_of`); one written without a year is
    the latest such day, month or weekday on or before the article's date."""
    if not written:
        return None
    if written.startswith("weekday:"):
        return day(resolve_relative(written.split(":")[1], "past", as_of))
    if written.startswith("--"):
        month, _, dom = written[2:].partition("-")
        return latest(int(month), int(dom) if dom else None, as_of)
    try:
        return parse_iso(written)
    except ValueError:
        return None


