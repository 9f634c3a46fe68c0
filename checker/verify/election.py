"""Election claims: did this person win (or lose) that year's election, against whom?

The office comes from the words ("presidential", "general", "French", "elected
president"), else from the offices the person ran for or held. Verified when a base
election of that year matches; conflicting when the person came second (or won, for "lost"),
when the one said to be beaten won, when another person won the one election the claim
can mean, or when there was no election that year for a presidency the base lists every
election of; unknown otherwise (a third-placed candidate, an office not covered).

Several-seat offices (a US state's two Senate seats) are judged by the race: the state
("the 2018 Senate race in Texas", else the offices of the people named), the year and,
when the words say "special", the special election (ids ending ``-special``). Two races of
one office in one year are two readings: the claim is judged on the one its people took
part in. A person recorded in none of them is unknown, never "someone else won": the base
does not hold every race (those whose winner it cannot confirm are left out), nor every
candidate.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import evidence as ev
from checker.facts import Election
from checker.index import ReferenceIndex
from checker.model import Evidence, Verdict
from checker.resolve import ArticleContext, PersonMatch
from checker.verify import people
from claims.dates import DateRange, parse_iso
from claims.grammars.common import MONTHS
from claims.model import Claim

KIND = "election"
_HEAD_OF_STATE = re.compile(r"(?i)presidential")
_HEAD_OF_GOVERNMENT = re.compile(r"(?i)general|parliamentary|federal")
_GOVERNMENT_FORMS = frozenset(("Prime Minister", "Chancellor", "Premier"))
_NOT_COUNTRY = re.compile(r"(?i)\b(?:presidential|general|federal|national|parliamentary|snap|second-round|"
                          r"runoff|run-off|elections?|runoffs?|run-offs?|votes?|races?|polls?)\b")
_SENATE = re.compile(r"(?i)\bsenat(?:e|orial)\b")
# the words of a Senate race that name no country ("a Senate seat", "to the U.S. Senate": U.S. stays)
_SENATE_WORDS = re.compile(r"(?i)\b(?:a|the|his|her|their|to|for|in|seat|re-?election|senate|senatorial|special)(?![\w-])")
_SPECIAL = re.compile(r"(?i)\bspecial\b")


def judge(claim: Claim, index: ReferenceIndex, context: ArticleContext, when: DateRange | None = None) -> Verdict:
    """`when` is the claim's time (the article's date or the sentence's anchor): a claim that
    gives no year ("Lula defeated Bolsonaro", "won the Oct. 19 election") is about the
    nearest election before it."""
    s = claim.slots
    if "year" not in s:
        ref = _anchor(claim) or when
        return _judge_undated(claim, index, context, ref)
    year = int(s["year"])
    when = parse_iso(s["year"])
    subject = people.match(index, s["person"], context, s.get("person_full"), s.get("person_long"))
    other = people.match(index, s.get("other"), context, s.get("other_full"), s.get("other_long"))
    # With its year written, the verdict depends on the claim's words and the people matched
    # alone (not on the article's date): the same claims recur, and it is made once per index.
    key = ("election.dated", tuple(s.items()), _key(subject), _key(other))
    found = index.verify_memo.get(key)
    if found is not None:
        return Verdict(claim, *found)
    verdict = _judge_dated(claim, index, year, when, subject, other)
    index.keep(key, (verdict.verdict, verdict.reason, verdict.explanation, verdict.when, verdict.suggestion,
                     verdict.evidence))
    return verdict


def _key(match: PersonMatch) -> tuple:
    return match.ids, match.how, match.score


def _judge_dated(claim: Claim, index: ReferenceIndex, year: int, when: DateRange, subject, other) -> Verdict:
    s = claim.slots
    unknown = lambda reason, why, evidence=(): Verdict(claim, "unknown", reason, why, when.text, evidence=tuple(evidence))  # noqa: E731
    if not subject.ids:
        return unknown("person-not-found", f"the reference does not know {s['person']!r}")
    if s.get("other") and not other.ids:
        return unknown("person-not-found", f"the reference does not know {s['other']!r}")
    won = s["outcome"] == "won"
    offices = _offices(claim, index, subject.ids + other.ids)
    that_year = [e for e in index.elections(year) if e.office in offices]
    if _SPECIAL.search(s.get("election", "")):
        that_year = [e for e in that_year if _special(e)]
    held = [e for e in that_year if _fits(e, s)]
    if that_year and not held:  # "the April 2018 election": not the day the base knows
        return unknown("election-not-covered", f"the reference has no {year} election on the day written "
                       f"(it has {', '.join(str(e.date) for e in that_year)})")
    decided = _decide(claim, index, held, subject, other, when)
    if decided is not None:
        return decided
    # No election of that year involves them: judge only where the office is clear.
    if len(offices) != 1 or not won:
        return unknown("office-ambiguous" if len(offices) > 1 else "office-not-covered",
                       f"the reference has no {year} election that {s['person']} took part in")
    office = next(iter(offices))
    of_office = [e for e in index.elections() if e.office == office]
    name = index.offices[office].name
    if not index.offices[office].single_seat:  # judged by the race, never by another's win
        return unknown("election-not-covered", f"the reference records no {year} race for {name} that "
                       f"{_who(index, subject, s['person'])} took part in (it does not hold every race, nor every "
                       f"candidate)",
                       [_evidence(e, index) for e in held])
    if held:
        e = held[0]
        return _conflicting(claim, index, "other-winner", _describe(e, index), e, index.people[e.winner].name,
                            subject, other, when)
    if "month" in s:  # a date the base does not know: no more to say
        return unknown("election-not-covered", f"the reference does not list a {year} election for {name}")
    # "No such election" only for presidencies, whose every election since the first listed
    # one the base holds (reference/curated/elections.yaml), and only up to its horizon.
    horizon = max((index.sources[e.source].snapshot.hi for e in of_office), default=None)
    if of_office and of_office[0].date.lo.year <= year and when.hi <= horizon and office.endswith(".president"):
        near = sorted(of_office, key=lambda e: abs(e.date.lo.year - year))[:2]
        years = " and ".join(sorted(str(e.date) for e in near))
        why = f"the reference has no {year} election for {name} (nearest: {years})"
        return _conflicting(claim, index, "no-such-election", why, near[0], None, subject, other, when)
    return unknown("election-not-covered", f"the reference does not list a {year} election for {name}")


def _judge_undated(claim: Claim, index: ReferenceIndex, context: ArticleContext, ref: DateRange | None) -> Verdict:
    """No year written: a month and day ("the Oct. 19 election", "in April") name the latest
    such election before the claim's time; with no date at all, the claim is verified by any
    earlier election that bears it out, and contradicted only when the latest election of
    the office had the two the other way round."""
    s = claim.slots
    at = ref.text if ref is not None else ""
    unknown = lambda reason, why, evidence=(): Verdict(claim, "unknown", reason, why, at, evidence=tuple(evidence))  # noqa: E731
    if ref is None:
        return unknown("no-year", "the claim gives no year and its time is not known")
    subject = people.match(index, s["person"], context, s.get("person_full"), s.get("person_long"))
    other = people.match(index, s.get("other"), context, s.get("other_full"), s.get("other_long"))
    if not subject.ids:
        return unknown("person-not-found", f"the reference does not know {s['person']!r}")
    if s.get("other") and not other.ids:
        return unknown("person-not-found", f"the reference does not know {s['other']!r}")
    offices = _offices(claim, index, subject.ids + other.ids)
    before = [e for e in index.elections() if e.office in offices and e.date.lo <= ref.hi and _fits(e, s)]
    latest = {e.office: e for e in before}  # elections() is in date order: the last one wins
    nothing = unknown("election-not-covered", f"the reference has no election before {ref} that "
                      f"{s['person']} took part in and that fits the claim")
    if "month" in s:
        if len(latest) != 1:
            return nothing if not latest else unknown("office-ambiguous", "several offices' elections fit the claim")
        e = next(iter(latest.values()))
        # a state's regular and special Senate races of that day are both meant
        same_day = [x for x in before if x.office == e.office and x.date == e.date]
        return _decide(claim, index, same_day, subject, other, parse_iso(str(e.date.lo.year))) or unknown(
            "election-not-covered", f"{_describe(e, index)}; {s['person']} is not recorded in it", [_evidence(e, index)])
    for e in before:
        v = _decide(claim, index, [e], subject, other, parse_iso(str(e.date.lo.year)))
        if v is not None and v.verdict == "verified":
            return v
    if len(latest) == 1:
        e = next(iter(latest.values()))
        v = _decide(claim, index, [e], subject, other, parse_iso(str(e.date.lo.year)))
        # (a several-seat office only with both named: a person's earlier races may be missing)
        if v is not None and v.reason in ("election-lost", "election-won") and (other.ids or (
                index.offices[e.office].single_seat and not any(
                    _decide(claim, index, [x], subject, other, parse_iso(str(x.date.lo.year)))
                    for x in before if x is not e))):
            return v
    return nothing


def _decide(claim: Claim, index: ReferenceIndex, held: list[Election], subject, other, when: DateRange) -> Verdict | None:
    """The verdict of the first of `held` (one office's elections) the claim's people took
    part in, or None when they took part in none."""
    s = claim.slots
    won = s["outcome"] == "won"
    winners, losers = (subject, other) if won else (other, subject)
    for e in held:
        result = _describe(e, index)
        w = e.winner in winners.ids
        lost = e.runner_up is not None and e.runner_up in losers.ids
        if (w or not winners.ids) and (lost or not losers.ids) and (w or lost):
            return people.spelling(Verdict(claim, "verified", "election-matches", result, when.text,
                                           evidence=(_evidence(e, index),)), subject, s["person"], index)
        if e.winner in losers.ids or e.runner_up is not None and e.runner_up in winners.ids:
            return _conflicting(claim, index, "election-lost" if won else "election-won", result, e,
                                index.people[e.winner].name, subject, other, when)
        if lost:  # lost that election, but to someone else than the text says
            return _conflicting(claim, index, "other-winner", result, e, index.people[e.winner].name,
                                subject, other, when)
        if w and losers.ids:
            # the same two in another year of the office: a year mixed up ("Bush defeated
            # Gore in 2004" when Kerry came second in 2004 and Gore in 2000)
            same = [x for x in index.elections() if x.office == e.office and x is not e
                    and x.winner in winners.ids and x.runner_up in losers.ids]
            if same:
                why = f"{result}; {_describe(same[0], index)}"
                return _conflicting(claim, index, "other-year", why, same[0], str(same[0].date.lo.year),
                                    subject, other, when)
        if w:  # the one said to be beaten may have stood and come third
            known = ("it does not record who came second" if e.runner_up is None else
                     f"it records who came second ({index.people[e.runner_up].name}), not every candidate")
            return Verdict(claim, "unknown", "runner-up-unknown", f"{result}; {known}",
                           when.text, evidence=(_evidence(e, index),))
    return None


def _conflicting(claim: Claim, index: ReferenceIndex, reason: str, why: str, e: Election, suggestion: str | None,
                 subject, other, when: DateRange) -> Verdict:
    sure = people.may_conflict(subject, *([other] if other.ids else []), surname_ok=True)
    if not sure:
        return Verdict(claim, "unknown", "weak-name-match", why + " (but a name is not matched surely)", when.text,
                       evidence=(_evidence(e, index),))
    return people.spelling(Verdict(claim, "conflicting", reason, why, when.text, suggestion=suggestion,
                                   evidence=(_evidence(e, index),)), subject, claim.slots["person"], index)


def _anchor(claim: Claim) -> DateRange | None:
    try:
        return parse_iso(claim.anchor) if claim.anchor else None
    except ValueError:
        return None


def _fits(e: Election, slots: dict[str, str]) -> bool:
    """The election's date agrees with the month and day written, if any (a date the base
    knows only to the year or month fits no more precise one)."""
    if "month" not in slots:
        return True
    month = MONTHS[slots["month"].rstrip(".").lower()]
    if e.date.lo.month != month or e.date.hi.month != month or e.date.lo.year != e.date.hi.year:
        return False
    if "day" in slots:
        day = int(re.match(r"\d+", slots["day"]).group())
        return e.date.lo == e.date.hi and e.date.lo.day == day
    return True


def _offices(claim: Claim, index: ReferenceIndex, ids: tuple[str, ...]) -> set[str]:
    """Offices with elections in the base that the claim's words allow; without words, those
    the person ran for or held (an office of theirs that has no elections makes it ambiguous)."""
    s = claim.slots
    senate, rest, wanted = _words(s.get("election", ""))
    country = index.country_id(s.get("country") or rest or None)
    title = s.get("title") or None
    if title:
        wanted = "title"
    found = set(_allowed(index, country, wanted, title))
    if senate and s.get("state"):  # "the 2018 Senate race in Texas": the race is named
        state = re.compile(rf"(?i)\b(?:from|of)\s+(?:the\s+)?{re.escape(s['state'])}$")
        return {o for o in found if state.search(index.offices[o].name)}
    if country is None:
        # Which of the world's elections: those the people ran in or whose office they held.
        # An office of theirs with no elections listed keeps the claim ambiguous.
        ran = set().union(*(_ran(index).get(pid, ()) for pid in ids))
        mine = ran | {t.term.office for pid in ids for t in index.tenures_by_person.get(pid, ())}
        kind = _kind(index, wanted, title, country)
        found = (found & mine) | {o for o in mine - _covered(index) if kind(o)}
    return found


@lru_cache(maxsize=1 << 10)
def _words(words: str) -> tuple[bool, str, str | None]:
    """What an election's words say: (a Senate race?, the words left to name a country, the
    kind of office: "senate", "state" (presidential), "government" (general) or None)."""
    senate = bool(_SENATE.search(words))
    rest = _NOT_COUNTRY.sub(" ", _SENATE_WORDS.sub(" ", words) if senate else words).strip()
    wanted = ("senate" if senate else "state" if _HEAD_OF_STATE.search(words)
              else "government" if _HEAD_OF_GOVERNMENT.search(words) else None)
    return senate, rest, wanted


def _kind(index: ReferenceIndex, wanted: str | None, title: str | None, country: str | None):
    """Whether an office is of the kind the words want (`_words`; "title": the title written)."""
    if wanted == "title":
        titled = {o.id for o in index.office_candidates(title, country, None)}
        return lambda o: o in titled
    if wanted == "senate":
        return lambda o: "Senator" in index.offices[o].forms
    if wanted == "state":
        return lambda o: "President" in index.offices[o].forms
    if wanted == "government":
        # a general election makes a head of government: a seat, a ministry or a mayoralty
        # the person also held is not what "won the general election" means
        covered = _covered(index)
        return lambda o: "President" not in index.offices[o].forms and (
            o in covered or bool(_GOVERNMENT_FORMS & set(index.offices[o].forms)))
    return lambda o: True


# The offices with elections, and those of a country and a kind: the same few claim after
# claim, kept in the index's memo.

def _covered(index: ReferenceIndex) -> frozenset[str]:
    """The offices the base has elections of."""
    found = index.verify_memo.get("election.covered")
    return found if found is not None else index.keep("election.covered", frozenset(e.office for e in index.elections()))


def _allowed(index: ReferenceIndex, country: str | None, wanted: str | None, title: str | None) -> frozenset[str]:
    """The offices with elections of that country (any, for None) and kind (`_kind`)."""
    key = ("election.allowed", country, wanted, title)
    found = index.verify_memo.get(key)
    if found is None:
        kind = _kind(index, wanted, title, country)
        found = index.keep(key, frozenset(o for o in _covered(index) if (
            country is None or index.offices[o].country == country) and kind(o)))
    return found


def _ran(index: ReferenceIndex) -> dict[str, frozenset[str]]:
    """Person id → the offices of the elections they won or came second in."""
    found = index.verify_memo.get("election.ran")
    if found is None:
        ran: dict[str, set[str]] = {}
        for e in index.elections():
            for pid in (e.winner, e.runner_up):
                if pid is not None:
                    ran.setdefault(pid, set()).add(e.office)
        found = index.keep("election.ran", {pid: frozenset(offices) for pid, offices in ran.items()})
    return found


def _who(index: ReferenceIndex, match, written: str) -> str:
    return index.people[match.ids[0]].name if len(match.ids) == 1 else written


def _special(e: Election) -> bool:
    return e.id.endswith("-special")


def _describe(e: Election, index: ReferenceIndex) -> str:
    special = "special " if _special(e) else ""
    text = f"{index.people[e.winner].name} won the {e.date} {special}election for {index.offices[e.office].name}"
    if e.runner_up:
        text += f" against {index.people[e.runner_up].name}"
    return text


def _evidence(e: Election, index: ReferenceIndex) -> Evidence:
    source, url = ev.cite(index, e.source, e.cite, e.ref)
    return Evidence(_describe(e, index), source, e.ref, url)
