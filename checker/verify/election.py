"""Election claims: did this person win (or lose) that year's election, against whom?

The office comes from the words ("presidential", "general", "French", "elected
president"), else from the offices the person ran for or held. Verified when a base
election of that year matches; conflicting when the person came second (or won, for "lost"),
when the one said to be beaten won, when another person won the one election the claim
can mean, or when there was no election that year for a presidency the base lists every
election of; unknown otherwise (a third-placed candidate, an office not covered).
"""
from __future__ import annotations

import re

from checker import evidence as ev
from checker.facts import Election
from checker.index import ReferenceIndex
from checker.model import Evidence, Verdict
from checker.resolve import ArticleContext
from checker.verify import people
from claims.dates import DateRange, parse_iso
from claims.model import Claim

KIND = "election"
_HEAD_OF_STATE = re.compile(r"(?i)presidential")
_HEAD_OF_GOVERNMENT = re.compile(r"(?i)general|parliamentary|federal")
_NOT_COUNTRY = re.compile(r"(?i)\b(?:presidential|general|federal|national|parliamentary|snap|second-round|"
                          r"runoff|run-off|elections?|runoffs?|run-offs?|votes?|races?|polls?)\b")


def judge(claim: Claim, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    s = claim.slots
    year = int(s["year"])
    when = parse_iso(s["year"])
    unknown = lambda reason, why, evidence=(): Verdict(claim, "unknown", reason, why, when.text, evidence=tuple(evidence))  # noqa: E731
    subject = people.match(index, s["person"], context)
    other = people.match(index, s.get("other"), context)
    if not subject.ids:
        return unknown("person-not-found", f"the reference does not know {s['person']!r}")
    if s.get("other") and not other.ids:
        return unknown("person-not-found", f"the reference does not know {s['other']!r}")
    won = s["outcome"] == "won"
    winners, losers = (subject, other) if won else (other, subject)
    offices = _offices(claim, index, subject.ids + other.ids)
    held = [e for e in index.elections(year) if e.office in offices]
    sure = people.may_conflict(subject, *([other] if other.ids else []), surname_ok=True)

    def conflicting(reason: str, why: str, e: Election, suggestion: str | None) -> Verdict:
        if not sure:
            return unknown("weak-name-match", why + " (but a name is not matched surely)", [_evidence(e, index)])
        return people.spelling(Verdict(claim, "conflicting", reason, why, when.text, suggestion=suggestion,
                                       evidence=(_evidence(e, index),)), subject, s["person"], index)

    for e in held:
        result = _describe(e, index)
        w = e.winner in winners.ids
        lost = e.runner_up is not None and e.runner_up in losers.ids
        if (w or not winners.ids) and (lost or not losers.ids) and (w or lost):
            return people.spelling(Verdict(claim, "verified", "election-matches", result, when.text,
                                           evidence=(_evidence(e, index),)), subject, s["person"], index)
        if e.winner in losers.ids or e.runner_up is not None and e.runner_up in winners.ids:
            return conflicting("election-lost" if won else "election-won", result, e, index.people[e.winner].name)
        if lost:  # lost that election, but to someone else than the text says
            return conflicting("other-winner", result, e, index.people[e.winner].name)
        if w:  # the one said to be beaten may have stood and come third
            return unknown("runner-up-unknown", f"{result}; the reference records only the runner-up",
                           [_evidence(e, index)])
    # No election of that year involves them: judge only where the office is clear.
    if len(offices) != 1 or not won:
        return unknown("office-ambiguous" if len(offices) > 1 else "office-not-covered",
                       f"the reference has no {year} election that {s['person']} took part in")
    office = next(iter(offices))
    of_office = [e for e in index.elections() if e.office == office]
    name = index.offices[office].name
    if held:
        e = held[0]
        return conflicting("other-winner", _describe(e, index), e, index.people[e.winner].name)
    # "No such election" only for presidencies, whose every election since the first listed
    # one the base holds (reference/curated/elections.yaml), and only up to its horizon.
    horizon = max((index.sources[e.source].snapshot.hi for e in of_office), default=None)
    if of_office and of_office[0].date.lo.year <= year and when.hi <= horizon and office.endswith(".president"):
        near = sorted(of_office, key=lambda e: abs(e.date.lo.year - year))[:2]
        years = " and ".join(sorted(str(e.date) for e in near))
        why = f"the reference has no {year} election for {name} (nearest: {years})"
        return conflicting("no-such-election", why, near[0], None)
    return unknown("election-not-covered", f"the reference does not list a {year} election for {name}")


def _offices(claim: Claim, index: ReferenceIndex, ids: tuple[str, ...]) -> set[str]:
    """Offices with elections in the base that the claim's words allow; without words, those
    the person ran for or held (an office of theirs that has no elections makes it ambiguous)."""
    s = claim.slots
    words = s.get("election", "")
    rest = _NOT_COUNTRY.sub(" ", words).strip()
    country = index.country_id(s.get("country") or rest or None)
    covered = {e.office for e in index.elections()}
    found = set(covered)
    if country is not None:
        found = {o for o in found if index.offices[o].country == country}
    kind = lambda o: True  # noqa: E731
    if s.get("title"):
        titled = {o.id for o in index.office_candidates(s["title"], country, None)}
        kind = lambda o: o in titled  # noqa: E731
    elif _HEAD_OF_STATE.search(words):
        kind = lambda o: "President" in index.offices[o].forms  # noqa: E731
    elif _HEAD_OF_GOVERNMENT.search(words):
        kind = lambda o: "President" not in index.offices[o].forms  # noqa: E731
    found = {o for o in found if kind(o)}
    if country is None:
        # Which of the world's elections: those the people ran in or whose office they held.
        # An office of theirs with no elections listed keeps the claim ambiguous.
        ran = {e.office for e in index.elections() if e.winner in ids or e.runner_up in ids}
        mine = ran | {t.term.office for pid in ids for t in index.tenures_by_person.get(pid, ())}
        found = (found & mine) | {o for o in mine - covered if kind(o)}
    return found


def _describe(e: Election, index: ReferenceIndex) -> str:
    text = f"{index.people[e.winner].name} won the {e.date} election for {index.offices[e.office].name}"
    if e.runner_up:
        text += f" against {index.people[e.runner_up].name}"
    return text


def _evidence(e: Election, index: ReferenceIndex) -> Evidence:
    source, url = ev.cite(index, e.source, e.cite, e.ref)
    return Evidence(_describe(e, index), source, e.ref, url)
