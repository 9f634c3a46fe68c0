"""Weekday claims: "on Wednesday, March 2, 2022" is checked against the calendar; several
weekdays with their days ("Saturday and Sunday, Sept. 9-10", slot `pairs`) each against its
day: verified when every one matches, conflicting when one does not."""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from checker.model import Evidence, Verdict
from claims.dates import day
from claims.model import Claim

KIND = "weekday"
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def resolve_date(claim: Claim, as_of: date) -> date | None:
    """The date meant; a date without a year is taken in the year that puts it nearest the
    article's date (an article of 3 January saying "Wednesday, Dec. 29" means last year)."""
    month, dom = int(claim.slots["month"]), int(claim.slots["day"])
    if claim.slots["year"]:
        try:
            return date(int(claim.slots["year"]), month, dom)
        except ValueError:
            return None
    options = []
    for year in (as_of.year - 1, as_of.year, as_of.year + 1):
        try:
            options.append(date(year, month, dom))
        except ValueError:
            continue
    return min(options, key=lambda d: (abs((d - as_of).days), d)) if options else None


def judge(claim: Claim, as_of: date) -> Verdict:
    if claim.slots.get("pairs"):
        return _judge_pairs(claim, as_of)
    stated = claim.slots["weekday"].capitalize()
    meant = resolve_date(claim, as_of)
    if meant is None:
        return Verdict(
            claim, "conflicting", "no-such-date",
            f"{claim.slots['date']} is not a day of the calendar", as_of.isoformat(),
            evidence=(Evidence(f"{claim.slots['date']} does not exist", "Gregorian calendar", "calendar"),),
        )
    actual = _NAMES[meant.weekday()]
    inferred = "" if claim.slots["year"] else f" (year {meant.year} taken from the article's date)"
    evidence = _calendar(meant)
    when = meant.isoformat()  # (the day's DateRange text)
    if actual == stated:
        return Verdict(claim, "verified", "weekday-matches", f"{when} is a {actual}{inferred}", when, evidence=evidence)
    return Verdict(
        claim, "conflicting", "weekday-mismatch",
        f"{when} is a {actual}, not a {stated}{inferred}", when,
        suggestion=f"{actual}, {claim.slots['date']}", evidence=evidence,
    )


@lru_cache(maxsize=1 << 12)
def _calendar(d: date) -> tuple[Evidence, ...]:
    """The calendar's word on a day, as evidence (immutable: the same days come up again)."""
    return (Evidence(f"{d.isoformat()} is a {_NAMES[d.weekday()]}", "Gregorian calendar", "calendar"),)


def _judge_pairs(claim: Claim, as_of: date) -> Verdict:
    """Each weekday of "Saturday and Sunday, Sept. 9-10" against its day, in the year of the
    first day (the next year for a day of an earlier month: "Dec. 31-Jan. 1")."""
    first = resolve_date(claim, as_of)
    pairs = []
    for item in claim.slots["pairs"].split(", "):
        weekday, month_day = item.split(" ")
        month, dom = (int(x) for x in month_day.split("-"))
        pairs.append((weekday.capitalize(), month, dom))
    days = []
    for weekday, month, dom in pairs:
        try:
            year = first.year + (1 if first is not None and month < first.month else 0) if first else None
            days.append(date(year, month, dom) if year else None)
        except ValueError:
            days.append(None)
    if first is None or None in days:
        return Verdict(
            claim, "conflicting", "no-such-date", f"{claim.slots['date']} is not a run of days of the calendar",
            as_of.isoformat(),
            evidence=(Evidence(f"{claim.slots['date']} does not exist", "Gregorian calendar", "calendar"),),
        )
    inferred = "" if claim.slots["year"] else f" (year {first.year} taken from the article's date)"
    evidence = tuple(Evidence(f"{d.isoformat()} is a {_NAMES[d.weekday()]}", "Gregorian calendar", "calendar")
                     for d in days)
    when = day(first).text
    wrong = [(w, d) for (w, _, _), d in zip(pairs, days) if _NAMES[d.weekday()] != w]
    if not wrong:
        said = _and([f"{d.isoformat()} is a {_NAMES[d.weekday()]}" for d in days])
        return Verdict(claim, "verified", "weekday-matches", f"{said}{inferred}", when, evidence=evidence)
    said = "; ".join(f"{d.isoformat()} is a {_NAMES[d.weekday()]}, not a {w}" for w, d in wrong)
    right = [_NAMES[d.weekday()] for d in days]
    names = right[0] + " to " + right[-1] if claim.slots.get("span") else _and(right)
    return Verdict(claim, "conflicting", "weekday-mismatch", f"{said}{inferred}", when,
                   suggestion=f"{names}, {claim.slots['date']}", evidence=evidence)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- relative weekdays --------------------------------------------------------------------
RELATIVE_KIND = "weekday-relative"


def resolve_relative(weekday: str, direction: str, as_of: date) -> date:
    """The day a relative weekday means, as news use it: a past weekday ("left Moscow on
    Sunday", "last Friday") is the most recent such day on or before the article's date
    (the article's own day when it is that weekday, except after "last", which means an
    earlier week); a coming one ("will meet on Tuesday", "next Friday") is the first such day
    on or after it."""
    target = _NAMES.index(weekday.capitalize())
    if direction == "next":
        return as_of + timedelta(days=(target - as_of.weekday()) % 7)
    back = (as_of.weekday() - target) % 7
    return as_of - timedelta(days=back)


def judge_relative(claim: Claim, as_of: date) -> Verdict:
    weekday = claim.slots["weekday"].capitalize()
    direction = claim.slots.get("direction", "past")
    lead = claim.slots.get("lead", "").strip().lower()
    meant = resolve_relative(weekday, direction, as_of)
    if lead == "last" and meant == as_of:
        meant -= timedelta(days=7)
    rule = "the first" if direction == "next" else "the last"
    where = "on or after" if direction == "next" else "on or before"
    return Verdict(
        claim, "unknown", "weekday-relative",
        f"{weekday} read as {meant.isoformat()}, {rule} {weekday} {where} the article's date ({as_of.isoformat()}); "
        "a weekday without a date states nothing to check", day(meant).text,
        evidence=(Evidence(f"{meant.isoformat()} is a {weekday}", "Gregorian calendar", "calendar"),),
    )
