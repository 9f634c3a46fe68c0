"""Age claims: "Biden, 78," against the person's birth date and the claim's time.

The time is the article's date, or the one the sentence anchors ("In 2014, Biden, 71,
..."), or the date of a departure the sentence reports ("Mandela, 95, died in December
2013": his age then; undated, such a claim is never a conflict). A birth date known to the year, or a time known to the year, allows two ages: the
claim is verified only when every possible age is the one stated, conflicting when none is,
and unknown in between. A surname the article has not tied to a full name, or a weak fuzzy
match, never conflicts.
"""
from __future__ import annotations

from datetime import date

from checker import evidence as ev
from checker.index import ReferenceIndex
from checker.model import Evidence, Verdict
from checker.resolve import ArticleContext
from checker.verify import people
from checker.verify.departure import departure_date
from claims.dates import DateRange
from claims.model import Claim

KIND = "age"


def judge(claim: Claim, when: DateRange, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    s = claim.slots
    stated = int(s["age"])
    # "Mandela, 95, died in December 2013": the age at the departure, dated by the words after
    # the verb (`claims.departures`); a death with no date may be long past, so never a conflict.
    on = departure_date(s.get("departed_on"), when.hi) if s.get("departed") else None
    undated_death = bool(s.get("departed")) and on is None
    when = on or when
    unknown = lambda reason, why, evidence=(): Verdict(claim, "unknown", reason, why, when.text, evidence=tuple(evidence))  # noqa: E731
    found = people.match(index, s["person"], context, s.get("person_full"), s.get("person_long"))
    if not found.ids:
        return unknown("person-not-found", f"the reference does not know {s['person']!r}")
    if len(found.ids) > 1:
        return unknown("ambiguous", f"{s['person']!r} could be {people.names(index, found.ids)}")
    who = index.people[found.ids[0]]
    if who.born is None:
        return unknown("no-birth-date", f"the reference has no birth date for {who.name}")
    youngest, oldest = _age(who.born.hi, when.lo), _age(who.born.lo, when.hi)
    source, url = ev.cite(index, who.source, who.cite, who.ref)
    evidence = (Evidence(f"{who.name}: born {who.born}", source, who.ref, url),)
    ages = str(youngest) if youngest == oldest else f"{youngest} or {oldest}"
    why = f"{who.name}, born {who.born}, {'is' if when.lo == when.hi else 'was'} {ages} {_phrase(when)}"
    if youngest == oldest == stated:
        return people.spelling(Verdict(claim, "verified", "age-matches", why, when.text, evidence=evidence),
                               found, s["person"], index)
    if youngest <= stated <= oldest:
        return unknown("imprecise-dates", why + ": the dates are too imprecise to tell", evidence)
    if not people.may_conflict(found):
        return unknown("weak-name-match", why + f" (if {s['person']!r} is {who.name})", evidence)
    if undated_death:
        return unknown("undated-departure", why + f": but the sentence says {who.name} {s['departed']}, "
                       "and not when", evidence)
    return people.spelling(Verdict(claim, "conflicting", "age-mismatch", why, when.text, suggestion=ages,
                                   evidence=evidence), found, s["person"], index)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _phrase(when: DateRange) -> str:
    return f"on {when}" if when.precision == "day" else f"in {when}"
