"""Taking office on a date ("Biden took office in January 2021", "Sunak became prime minister
in October 2022"): the start of one of the person's terms, at the precision written.

The terms are those of the office named ("as president", "became prime minister", with the
country when written), else all of the person's terms. A date without a year is read as for
events (`checker.verify.event.date_readings`: within six months of the article's date).

- verified when, in every reading, a term starts within the stated date;
- conflicting only when an office is named, the name surely means one person, the base
  holds that person's terms of that office, none starts within any reading, the person did
  not hold the office then (a second term may start with a new swearing-in), and no
  reading lies past the office's horizon (a later term could be missing);
- otherwise unknown: without an office named, the person may have taken an office the base
  does not hold ("took office as mayor" is not in a base of national offices).
"""
from __future__ import annotations

from datetime import date

from checker import evidence as ev
from checker.index import ReferenceIndex, Tenure
from checker.model import Verdict
from checker.resolve import ArticleContext
from checker.verify import people
from checker.verify.event import date_readings
from claims.dates import DateRange
from claims.model import Claim

SHAPE = "took-office"


def judge(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    s = claim.slots
    readings = date_readings(s, when, as_of)
    judged_at = readings[0].text if len(readings) == 1 else when.text

    def unknown(reason: str, why: str, evidence=()) -> Verdict:
        return Verdict(claim, "unknown", reason, why, judged_at, evidence=tuple(evidence))

    if not readings:
        return unknown("imprecise-dates", f"cannot tell which date {s.get('date')!r} means")
    found = people.match(index, s["person"], context)
    if not found.ids:
        return unknown("person-not-found", f"the reference does not know {s['person']!r}")
    if len(found.ids) > 1:
        return unknown("ambiguous", f"{s['person']!r} could be {people.names(index, found.ids)}")
    pid = found.ids[0]
    who = index.people[pid].name
    tenures = index.tenures_by_person.get(pid, [])
    title = s.get("title")
    if title:
        offices = {o.id for o in index.office_candidates(title, index.country_id(s.get("country")), None)}
        tenures = [t for t in tenures if t.term.office in offices]
    office_words = f" as {title}" if title else ""
    if not tenures:
        return unknown("no-term-known", f"the reference holds no term of {who}{office_words}")
    evidence = [ev.term_evidence(t, index) for t in tenures]
    fits = [[t for t in tenures if _starts_within(t, r)] for r in readings]
    if all(fits):
        t = fits[0][0]
        why = f"{who} took office as {index.offices[t.term.office].name} on {t.term.start}"
        return people.spelling(Verdict(claim, "verified", "took-office-matches", why, judged_at,
                                       evidence=tuple(ev.term_evidence(x, index) for x in fits[0])), found, s["person"], index)
    starts = "; ".join(f"as {index.offices[t.term.office].name} on {t.term.start}" for t in tenures)
    why = f"{who} took office {starts}"
    if any(fits) or not title:
        return unknown("took-office-unsure", why, evidence)
    if any(t.maybe_overlaps(r.lo, r.hi) for t in tenures for r in readings):
        # In office then already: a second term may have begun (a re-inauguration), which
        # a base that joins consecutive terms would not show.
        return unknown("took-office-unsure", why + f"; {who} held the office then already", evidence)
    if any(_past_horizon(r, tenures, index) for r in readings):
        return unknown("after-horizon", why + "; the reference may lack a later term", evidence)
    if any(not _surely_outside(t, r) for t in tenures for r in readings):
        return unknown("imprecise-dates", why + ": the dates are too imprecise to tell", evidence)
    if not people.may_conflict(found, surname_ok=True):
        return unknown("weak-name-match", why + f" (if {s['person']!r} is {who})", evidence)
    return people.spelling(Verdict(claim, "conflicting", "took-office-mismatch", f"{why}, not {s['date']}", judged_at,
                                   suggestion=str(tenures[0].term.start) if len(tenures) == 1 else None,
                                   evidence=tuple(evidence)), found, s["person"], index)


def _starts_within(t: Tenure, r: DateRange) -> bool:
    """The term surely started within the stated time."""
    return r.lo <= t.term.start.lo and t.term.start.hi <= r.hi


def _surely_outside(t: Tenure, r: DateRange) -> bool:
    return t.term.start.hi < r.lo or t.term.start.lo > r.hi


def _past_horizon(r: DateRange, tenures: list[Tenure], index: ReferenceIndex) -> bool:
    horizons = [index.horizon.get(t.term.office) for t in tenures]
    return any(h is None or r.hi > h for h in horizons)
