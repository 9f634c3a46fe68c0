"""Tenures ("Blair, who was prime minister from 1997 to 2007"; open ones, "Merkel, chancellor
since 2005", which end at the claim's time): the span against the person's terms of the
office named, at the precision written (a year, a month).

- verified when one of the person's terms of that office starts within the stated start
  and, through terms that follow on without a gap, one ends within the stated end;
- conflicting only when the name surely means one person, the office is a single-seat one,
  and on the stated start or end the person surely did not hold it while someone else
  surely did ("Blair was prime minister from 1997 to 2010": Gordon Brown held it in 2010).
  Someone else's term is the proof that the base covers that time: where the base has no
  holder (before the data sets begin), the claim stays unknown;
- unknown otherwise, also for a span inside the person's time in office ("from 2000 to
  2005" of a 1997-2007 premiership may describe part of it on purpose).
"""
from __future__ import annotations

from datetime import timedelta

from checker import evidence as ev
from checker.index import ReferenceIndex, Tenure
from checker.model import Verdict
from checker.resolve import ArticleContext
from checker.verify import people
from claims.dates import DateRange, make, parse_iso
from claims.grammars.common import month_number
from claims.model import Claim

SHAPE = "tenure"


def judge(claim: Claim, index: ReferenceIndex, context: ArticleContext, now: DateRange | None = None) -> Verdict:
    """`now` is the claim's time (the article's date or the sentence's anchor), the end of an
    open span ("chancellor since 2005")."""
    s = claim.slots
    open_span = s.get("open") == "yes" and now is not None
    start, end = _when(s["start"]), (now if open_span else _when(s.get("end") or ""))
    # the span at the precision written, ISO like every other `when`: "1997 – 2007", "2005-11 – 2021-12"
    judged_at = f"{start.text} – {end.text}" if start and end else f"{s['start']} – {s.get('end', '')}"

    def unknown(reason: str, why: str, evidence=()) -> Verdict:
        return Verdict(claim, "unknown", reason, why, judged_at, evidence=tuple(evidence))

    if start is None or end is None or start.lo > end.hi:
        return unknown("imprecise-dates", f"cannot read the span {judged_at!r}")
    offices = {o.id for o in index.office_candidates(s["title"], index.country_id(s.get("country")), None)}
    if not offices:
        return unknown("office-not-covered", f"the reference has no office {s['title']!r}")
    found = people.match(index, s["person"], context)
    if not found.ids:
        return unknown("person-not-found", f"the reference does not know {s['person']!r}")
    held = {pid: [t for t in index.tenures_by_person.get(pid, []) if t.term.office in offices] for pid in found.ids}
    ids = [pid for pid, ts in held.items() if ts] or list(found.ids)
    if len(ids) > 1:
        return unknown("ambiguous", f"{s['person']!r} could be {people.names(index, ids)}")
    pid = ids[0]
    who, tenures = index.people[pid].name, held.get(pid, [])
    if not tenures:
        return unknown("no-term-known", f"the reference holds no term of {who} as {s['title']}")
    by_office: dict[str, list[Tenure]] = {}
    for t in tenures:
        by_office.setdefault(t.term.office, []).append(t)
    evidence = tuple(ev.term_evidence(t, index) for t in tenures)
    for office, ts in by_office.items():
        if (_fits_open if open_span else _fits)(ts, start, end):
            why = f"{who} was {index.offices[office].name} {_spans(ts)}"
            return people.spelling(Verdict(claim, "verified", "tenure-matches", why, judged_at, evidence=evidence),
                                   found, s["person"], index)
    if len(by_office) != 1 or not people.may_conflict(found, surname_ok=True):
        return unknown("tenure-unsure", f"{who} held {_offices(by_office, index)}", evidence)
    office, ts = next(iter(by_office.items()))
    if not index.offices[office].single_seat:
        return unknown("tenure-unsure", f"{who} held {_offices(by_office, index)}", evidence)
    for side, stated in (("since" if open_span else "from", start), ("still on" if open_span else "to", end)):
        others = _others_during(index, office, pid, stated)
        if others and not any(t.maybe_overlaps(stated.lo, stated.hi) for t in ts):
            holders = " and ".join(dict.fromkeys(index.people[o.term.person].name for o in others))
            on = "on" if stated.lo == stated.hi else "in"
            why = (f"{who} was {index.offices[office].name} {_spans(ts)}, not {side} {stated.text}: "
                   f"{on} {stated.text} the office was held by {holders}")
            return people.spelling(Verdict(claim, "conflicting", "tenure-mismatch", why, judged_at,
                                           suggestion=_suggest(ts, open_span), evidence=evidence + tuple(
                                               ev.term_evidence(o, index) for o in others)), found, s["person"], index)
    return unknown("tenure-unsure", f"{who} was {index.offices[office].name} {_spans(ts)}", evidence)


def _when(text: str) -> DateRange | None:
    """"1997", "May 1997", "May 2, 1997" → the days they may mean."""
    words = text.replace(",", " ").split()
    try:
        year = int(words[-1])
        month = month_number(words[0]) if len(words) > 1 else None
        dom = int(words[1]) if len(words) > 2 else None
        return make(year, month, dom)
    except (ValueError, KeyError, IndexError):
        return None


def _end(t: Tenure) -> DateRange | None:
    return parse_iso(t.end_text) if t.end_text else None


def _fits(ts: list[Tenure], start: DateRange, end: DateRange) -> bool:
    """A term starts surely within `start` and, through terms that follow on (the next starts
    by the day after the last ends), one ends surely within `end`."""
    def ends_within(t: Tenure) -> bool:
        last = _end(t)
        return last is not None and end.lo <= last.lo and last.hi <= end.hi

    return _chain_reaches(ts, start, ends_within)


def _fits_open(ts: list[Tenure], start: DateRange, now: DateRange) -> bool:
    """A term starts surely within `start` and, through terms that follow on, one is surely
    held at `now` ("chancellor since 2005", said in 2016)."""
    return _chain_reaches(ts, start, lambda t: t.surely_overlaps(now.lo, now.hi))


def _chain_reaches(ts: list[Tenure], start: DateRange, reached) -> bool:
    """Does a term starting surely within `start` lead, through terms that follow on without a
    gap, to one for which `reached(term)` holds?"""
    ts = sorted(ts, key=lambda t: t.term.start.lo)
    for i, first in enumerate(ts):
        if not (start.lo <= first.term.start.lo and first.term.start.hi <= start.hi):
            continue
        for j in range(i, len(ts)):
            if j > i:
                before = _end(ts[j - 1])
                if before is None or ts[j].term.start.lo > before.hi + timedelta(days=1):
                    break
            if reached(ts[j]):
                return True
    return False


def _others_during(index: ReferenceIndex, office: str, pid: str, stated: DateRange) -> list[Tenure]:
    """Other people's terms surely held on some day of the stated time: the base covers it."""
    return [t for t in index.tenures_by_office.get(office, [])
            if t.term.person != pid and t.surely_overlaps(stated.lo, stated.hi)]


def _spans(ts: list[Tenure]) -> str:
    return ", ".join(f"{t.term.start.text} – {t.end_text or 'open'}" + (" (acting)" if t.term.acting else "")
                     for t in sorted(ts, key=lambda t: t.term.start.lo))


def _offices(by_office: dict[str, list[Tenure]], index: ReferenceIndex) -> str:
    return "; ".join(f"{index.offices[o].name} {_spans(ts)}" for o, ts in by_office.items())


def _suggest(ts: list[Tenure], open_span: bool = False) -> str | None:
    ts = sorted(ts, key=lambda t: t.term.start.lo)
    if open_span:
        return f"since {ts[-1].term.start.lo.year}"
    last = _end(ts[-1])
    return f"from {ts[0].term.start.lo.year} to {last.lo.year}" if last else None

