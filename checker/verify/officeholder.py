"""Officeholder claims: did this person hold this office at the claim's time?

Verified when the base says the person surely held it; conflicting only when someone
else surely held a single-seat office over the whole time and the person did not even
possibly hold it; unknown otherwise (past the horizon, a gap, dates too imprecise).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from checker import evidence as ev
from checker.facts import Office
from checker.index import ReferenceIndex, Tenure
from checker.model import Verdict
from checker.names import fold
from checker.resolve import ArticleContext, PersonMatch, by_name, person as match_person
from checker.verify import people
from checker.verify.departure import departure_date
from claims.dates import DateRange
from claims.model import Claim

KIND = "officeholder"


@dataclass(frozen=True)
class Reading:
    person: str
    office: str


def judge_at(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """`judge_readings` of a claim whose sentence means one time (most claims), without
    the list of times."""
    test = _test(claim)
    if test is _departure:  # (dated by the departure itself)
        return judge_readings(claim, [when], as_of, index, context)
    return judge(claim, when, as_of, index, context, test)


def judge_readings(claim: Claim, times: list[DateRange], as_of: date, index: ReferenceIndex,
                   context: ArticleContext) -> Verdict:
    """Judge the claim at each time its sentence may mean; decided only where they agree."""
    test = _test(claim)
    if test is _departure:
        # The departure's own date ("resigned on Oct. 20", "in 2019"), else the earliest
        # the sentence names: the title must still have been held near it.
        on = departure_date(claim.slots.get("departed_on"), as_of)
        dated = [t for t in times if not t.lo == t.hi == as_of]
        times = [on] if on else [min(dated, key=lambda t: t.hi)] if dated else times[:1]
    if len(times) == 1:  # (what `agree` makes of one verdict)
        return judge(claim, times[0], as_of, index, context, test)
    verdicts = [judge(claim, when, as_of, index, context, test) for when in times]
    return agree(verdicts) or Verdict(
        claim, "unknown", "time-ambiguous",
        "the sentence may speak of " + " or of ".join(v.when for v in verdicts)
        + ", and the claim is " + " then and ".join(v.verdict for v in verdicts),
        verdicts[0].when, evidence=tuple(e for v in verdicts for e in v.evidence),
    )


def judge(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext,
          test=None) -> Verdict:
    """`test`: the claim's `_test`, if the caller has it."""
    s = claim.slots
    plan = _plan(index, s, context)
    one = plan.one
    if one is not None:  # (most claims: what `_choose` and `_spelling` make of a plan's one reading)
        if plan.remembers:
            context.remember(index, one.person, s["person"])
        return (test or _test(claim))(claim, one, when, as_of, index, plan.facts)
    if plan.why is not None:
        return _unknown(claim, when)(*plan.why)
    match = plan.match
    readings, why = plan.chosen or _choose(index, match, plan.offices, plan.office_ids, when)
    if not readings:
        return _unknown(claim, when)(*why)
    if plan.remembers:
        context.remember(index, readings[0].person, s["person"])
    if test is None:
        test = _test(claim)
    if len(readings) == 1:  # (what `agree` makes of one verdict)
        return _spelling(test(claim, readings[0], when, as_of, index), match, index, readings[0])
    verdicts = [test(claim, r, when, as_of, index) for r in readings]
    chosen = agree(verdicts)
    if chosen is None:
        names = people.listing([f"{index.offices[r.office].name}: {v.verdict}" for r, v in zip(readings, verdicts)],
                               "; ")
        return _unknown(claim, when)("ambiguous", f"the title fits several offices of "
                                     f"{index.people[readings[0].person].name} and they disagree ({names})")
    return _spelling(chosen, match, index, readings[verdicts.index(chosen)])


class _Plan:
    """What the claim's title and name resolve to, worked out once: the offices, the person
    matched, the readings `_choose` gives where the claim's time cannot change them (at most
    one (person, office) pair), or why the claim is unknown whatever its time; and whether
    the name is remembered for later surnames (`ArticleContext.remember`); `one`, the
    reading when that is all `judge` needs (one reading whatever the time, the name not
    matched fuzzily), and `facts`, its `_held`.

    `fixed` when none of it depends on the article (the name is no bare word that the
    article may have tied to someone, nor a longer reading that `exact_long` remembers):
    such a plan is kept per index (`_plan`), as the same title and name recur claim after
    claim and article after article."""

    __slots__ = ("chosen", "facts", "fixed", "match", "office_ids", "offices", "one", "remembers", "why")

    def __init__(self, index: ReferenceIndex, s: dict[str, str], context: ArticleContext) -> None:
        self.why = self.match = self.chosen = self.one = self.facts = None
        self.offices, self.office_ids, self.remembers, self.fixed = (), frozenset(), False, True
        title = _title(index, s["title"], s.get("country"), s.get("to"))
        if title is None:
            self.why = ("country-unknown", f"the reference does not know the country {s['country']!r}")
            return
        self.offices, self.office_ids = title
        if not self.offices:
            self.why = ("office-not-covered", f"the reference has no office {_office_words(s)!r}")
            return
        mention = s["person"]
        long = s.get("person_long")
        if long:
            self.fixed = False
        else:
            folded = fold(mention)
            self.fixed = by_name(index, folded) is not None or len(folded.split()) != 1
        match = self.match = people.exact_long(index, long, context) or match_person(index, mention, context)
        if not match.ids:
            self.why = ("person-not-found", f"the reference does not know {mention!r}")
            return
        if len(_pairs(index, match.ids, self.office_ids).pairs) <= 1:  # `_choose` asks no time
            readings, why = _choose(index, match, self.offices, self.office_ids, None)
            self.chosen = (tuple(readings), why)
            if len(readings) == 1 and match.how != "fuzzy":
                self.one = readings[0]
                self.facts = _held(index, self.one)
        self.remembers = match.how in ("exact", "fuzzy") or len(mention.split()) > 1


def _plan(index: ReferenceIndex, s: dict[str, str], context: ArticleContext) -> _Plan:
    get = s.get  # the key: what `_Plan` reads of the claim
    key = ("officeholder.plan", get("title"), get("country"), get("to"), get("person"), get("person_long"))
    found = index.verify_memo.get(key)
    if found is not None:
        return found
    plan = _Plan(index, s, context)
    return index.keep(key, plan) if plan.fixed else plan


def agree(verdicts: list[Verdict]) -> Verdict | None:
    """One verdict for a claim that has several readings (one person with several offices
    that fit the title, as "King Charles III" fits the crowns of the UK and of Canada; or
    several times the sentence may mean): verified when a reading verifies it and none
    contradicts it, conflicting only when every reading does; None when they disagree."""
    kinds = {v.verdict for v in verdicts}
    if kinds == {"conflicting"} or "conflicting" not in kinds:
        return next((v for v in verdicts if v.verdict == "verified"), verdicts[0])
    return None


def _test(claim: Claim):
    """How a reading of the claim is judged, by the claim's words alone (the same for every
    reading and time): `_former`, `_held_before`, `_departure` or `_holds`, each called as
    (claim, reading, when, as_of, index), or with the reading's `_held` after them."""
    s = claim.slots
    if not s.get("modifier") and not s.get("departed"):  # (most claims)
        return _holds
    modifier = _modifier(claim)
    if modifier == "former":
        return _former
    if modifier in ("then", "ex", "late") and claim.anchor is None:
        return _held_before
    if _departs(claim, modifier):
        return _departure
    return _holds


def _office_words(s: dict[str, str]) -> str:
    words = [s.get("country"), s["title"]]
    if s.get("to"):
        words.append(f"to {s['to']}")
    return " ".join(w for w in words if w)


def _unknown(claim: Claim, when: DateRange):
    def make(reason: str, explanation: str, evidence=()) -> Verdict:
        return Verdict(claim, "unknown", reason, explanation, when.text, evidence=tuple(evidence))

    return make


def _choose(index: ReferenceIndex, match: PersonMatch, offices: tuple, office_ids: frozenset[str],
            when: DateRange | None) -> tuple[list[Reading], tuple]:
    """The (person, office) readings the claim may have: one, or several offices of one
    person (most precisely dated first); none (and why) when the name or the title leaves it
    open. The time is asked only where several (person, office) pairs fit."""
    found = _pairs(index, match.ids, office_ids)
    pairs = found.pairs
    if len(pairs) > 1:
        # Two namesakes or two offices: let the claim's time decide ("President Bush" in 2005).
        at_time = [k for k, terms in enumerate(found.terms) if any(t.surely_overlaps(when.lo, when.hi) for t in terms)]
        if len(at_time) == 1:
            return [found.readings[at_time[0]]], ()
    if pairs and found.one_person:
        return list(found.by_precision), ()
    if pairs:
        names = people.listing((f"{index.people[p].name} ({index.offices[o].name})" for p, o in pairs), "; ")
        return [], ("ambiguous", f"the claim could mean any of: {names}")
    if len(match.ids) == 1 and len(offices) == 1 and (match.how != "surname"):
        return [Reading(match.ids[0], offices[0].id)], ()
    if len(match.ids) > 1:
        names = people.listing(index.people[p].name for p in match.ids)
        return [], ("ambiguous", f"{names} could be meant; none held a matching office")
    if len(offices) > 1:
        return [], ("office-ambiguous", "the title fits several offices and the person held none of them: "
                    + people.listing(o.name for o in offices))
    return [], ("person-not-found", "no person of that name held this office in the reference")


def _holds(claim: Claim, r: Reading, when: DateRange, as_of: date, index: ReferenceIndex,
           facts: _Held | None = None) -> Verdict:
    facts = facts or _held(index, r)
    office, name, mine, others = facts.office, facts.name, facts.mine, facts.others
    phrase, verb = ev.when_phrase_verb(when, as_of)
    lo, hi = when.lo, when.hi
    # (the positions in `mine` of the terms that surely overlap the time)
    sure = [k for k, t in enumerate(mine) if t.sure_to is not None and t.sure_from <= hi and lo <= t.sure_to]
    if sure:
        spans, evidence = facts.cited(sure, index)
        return Verdict(claim, "verified", "holds-office", f"{phrase} {name} {verb} {office.name} (in office {spans})",
                       when.text, evidence=evidence)
    holders = [t for t in others if t.surely_overlaps(lo, hi)]
    possible = [t for t in mine if t.maybe_overlaps(lo, hi)]
    horizon = facts.horizon
    if office.single_seat and not possible and _covers(holders, when):
        held = f"{name} held the office {_spans(mine, index)}" if mine else \
            f"the reference has no term of {name} in this office"
        # Two sources may state the same term: name each holder and span once.
        who = " and ".join(dict.fromkeys(
            f"{index.people[t.term.person].name} ({_since(t, index, verb == 'is')})" for t in holders))
        return Verdict(
            claim, "conflicting", "other-holder" if mine else "never-held",
            f"{phrase} the {office.name} {verb} {who}; {held}", when.text,
            suggestion=index.people[holders[-1].term.person].name,
            evidence=_evidence((*holders, *mine), index),
        )
    if horizon is not None and when.hi > horizon:
        return _unknown(claim, when)(
            "after-horizon",
            f"the reference covers the {office.name} up to {horizon.isoformat()}; {_last_known(mine, others, index)}",
            [ev.term_evidence(t, index) for t in (mine or others)[-1:]],
        )
    if possible:
        return _unknown(claim, when)(
            "imprecise-dates", f"the reference's dates for {name} as {office.name} are too imprecise to tell ({_spans(possible, index)})",
            [ev.term_evidence(t, index) for t in possible],
        )
    if not office.single_seat:
        return _unknown(claim, when)(
            "several-seat", f"the reference has no term of {name} as {office.name} {phrase}, and lets the office "
            "have several holders at once (its terms overlap), so another holder proves nothing")
    return _unknown(claim, when)("no-holder-known", f"the reference does not say who was {office.name} {phrase}")


def _former(claim: Claim, r: Reading, when: DateRange, as_of: date, index: ReferenceIndex,
            facts: _Held | None = None) -> Verdict:
    facts = facts or _held(index, r)
    office, name, mine = facts.office, facts.name, facts.mine
    phrase = ev.when_phrase(when, as_of)
    evidence = facts.cited(range(len(mine)), index)[1]  # (`_evidence(mine)`)
    # On the day a term ends the successor takes over: "former President Donald Trump" on
    # 2021-01-20 is true, as "President Donald Trump" is (`_holds`).
    lo, hi = when.lo, when.hi
    handed = [t for t in mine if t.sure_to == lo == t.maybe_to] if lo == hi else []
    # (each `t.surely_overlaps` on the first and on the last day, written out)
    still = [t for t in mine if t.sure_to is not None and t.sure_from <= lo <= t.sure_to
             and t.sure_from <= hi <= t.sure_to and t not in handed]
    if still:
        return Verdict(
            claim, "conflicting", "still-in-office",
            f"{phrase} {name} {ev.verb(when, as_of)} still {office.name} ({_spans(still, index)})", when.text,
            suggestion=f"{claim.slots['title']} {name}", evidence=evidence,
        )
    before = [k for k, t in enumerate(mine) if t.sure_to is not None and t.sure_from < lo]  # (positions)
    if before and not any(t.maybe_from <= hi and lo <= t.maybe_to and t not in handed for t in mine):
        after = " after handing it over that day" if handed else ""
        return Verdict(
            claim, "verified", "held-before",
            f"{name} was {office.name} {facts.cited(before, index)[0]} and did not hold it {phrase}{after}", when.text,
            evidence=evidence,
        )
    if mine:
        return _unknown(claim, when)(
            "imprecise-dates", f"cannot tell whether {name} still held the office {phrase} ({_spans(mine, index)})", evidence)
    return _unknown(claim, when)("never-held", f"the reference has no term of {name} as {office.name}")


def _held_before(claim: Claim, r: Reading, _when: DateRange, as_of: date, index: ReferenceIndex,
                 _facts: _Held | None = None) -> Verdict:
    """"then-Vice President Joe Biden" with no year in the sentence: held it at some time before."""
    office = index.offices[r.office]
    name = index.people[r.person].name
    mine = _terms_of(index, r)[0]
    when = DateRange(date.min, as_of, f"before {as_of.isoformat()}")
    before = [t for t in mine if t.sure_to is not None and t.sure_from <= as_of]
    if before:
        return Verdict(
            claim, "verified", "held-then", f"{name} was {office.name} {_spans(before, index)}", when.text,
            evidence=_evidence(before, index),
        )
    return _unknown(claim, when)("no-anchor", f"the sentence gives no time, and the reference has no earlier term of {name} as {office.name}")


def _precision(index: ReferenceIndex, r: Reading) -> int:
    """How precisely the base dates the person's terms of the office (10 for a day, 4 for a year)."""
    return max((len(t.term.start.text) for t in index.tenures_by_person.get(r.person, ()) if t.term.office == r.office),
               default=0)


def _modifier(claim: Claim) -> str:
    """The word before the title ("former", "then-", "outgoing"), lower-cased, without its hyphen."""
    modifier = claim.slots.get("modifier")
    return modifier.lower().rstrip("-") if modifier else ""


def _departs(claim: Claim, modifier: str | None = None) -> bool:
    """`modifier`: the claim's `_modifier`, if the caller has it."""
    if modifier is None:
        modifier = _modifier(claim)
    # "former"/"then-"/"late" set the claim's time themselves ("Former Prime Minister Abe
    # announced his resignation in August": former at the article's date).
    return modifier == "outgoing" or (bool(claim.slots.get("departed")) and modifier not in ("former", "then", "ex", "late"))


# A departure is dated by the sentence to within this many days of the term's end: an
# announced resignation precedes the successor, and sources date a departure differently.
DEPARTURE_SLACK = timedelta(days=31)


def _departure(claim: Claim, r: Reading, when: DateRange, as_of: date, index: ReferenceIndex,
               _facts: _Held | None = None) -> Verdict:
    """Named as they leave office ("resigned on Sunday", "ousted", "outgoing"): the title is
    the one held up to then, and a successor may already hold it (claims.departures). With a
    date of its own ("announced his resignation on Oct. 20") the person must have held the
    office within DEPARTURE_SLACK of it, and conflicts where someone else surely held it then
    and the person not near it; without one, only a term before the article's date is asked for."""
    if when.lo == when.hi == as_of:
        return _held_up_to(claim, r, as_of, index)
    mine = _terms_of(index, r)[0]
    near = [t for t in mine if t.surely_overlaps(when.lo - DEPARTURE_SLACK, when.hi)]
    if near:
        return _held_until_departure(claim, r, near, when, index, f", {when.text}")
    if any(t.maybe_overlaps(when.lo - DEPARTURE_SLACK, when.hi) for t in mine):
        return _unknown(claim, when)("imprecise-dates", f"the reference's dates for {index.people[r.person].name} as "
                                     f"{index.offices[r.office].name} are too imprecise to tell ({_spans(mine, index)})")
    return _holds(claim, r, when, as_of, index)  # held far from that date: conflicting if another surely held it


def _held_until_departure(claim: Claim, r: Reading, held: list[Tenure], when: DateRange, index: ReferenceIndex,
                          dated: str = "") -> Verdict:
    return Verdict(
        claim, "verified", "held-until-departure",
        f"{index.people[r.person].name} was {index.offices[r.office].name} ({_spans(held, index)}) up to the "
        f"departure the sentence reports ({_departed(claim)}{dated})", when.text,
        evidence=_evidence(held, index),
    )


def _departed(claim: Claim) -> str:
    return claim.slots.get("departed") or claim.slots.get("modifier", "").lower()


def _held_up_to(claim: Claim, r: Reading, last: date, index: ReferenceIndex) -> Verdict:
    """An officeholder named as they leave office: held it at some time up to `last`. Who
    holds it on that day is no test (the successor may already), so this never conflicts."""
    office = index.offices[r.office]
    name = index.people[r.person].name
    when = DateRange(date.min, last, f"up to {last.isoformat()}")
    held = [t for t in _terms_of(index, r)[0] if t.sure_from <= last]
    if held:
        return _held_until_departure(claim, r, held, when, index)
    return _unknown(claim, when)("never-held", f"the reference has no term of {name} as {office.name} up to {last.isoformat()}")


def _spelling(verdict: Verdict, match: PersonMatch, index: ReferenceIndex, r: Reading) -> Verdict:
    if match.how != "fuzzy":
        return verdict
    right = index.people[r.person].name
    note = f" (read {verdict.claim.slots['person']!r} as {right!r}, a {match.score:.0f}% match)"
    if not match.strong and verdict.verdict == "conflicting":
        return Verdict(verdict.claim, "unknown", "weak-name-match", verdict.explanation + note, verdict.when,
                       suggestion=right, evidence=verdict.evidence)
    return Verdict(verdict.claim, verdict.verdict, verdict.reason, verdict.explanation + note, verdict.when,
                   suggestion=verdict.suggestion or right, evidence=verdict.evidence)


def _covers(holders: list[Tenure], when: DateRange) -> bool:
    """Do these tenures together surely cover every day of `when`, without a gap?"""
    day = when.lo  # the first day not yet known to be covered
    for t in sorted(holders, key=lambda t: t.sure_from):
        if t.sure_from > day or t.sure_to is None:
            return False
        day = max(day, t.sure_to)  # a successor takes over on its predecessor's last day
        if day >= when.hi:
            return True
    return False


def _spans(tenures, index: ReferenceIndex) -> str:
    """The tenures' spans, as an explanation says them; kept per index for each list of
    tenures (by their identity: the index keeps every tenure it made)."""
    key = ("officeholder.spans", *map(id, tenures))
    found = index.verify_memo.get(key)
    return found if found is not None else index.keep(key, _spans_text(tenures))


def _spans_text(tenures) -> str:
    # Two sources may state the same term (an import and a curated confirmation), one more
    # precisely ("2021-08-03 – 2024-05-19" and "2021-08-03 – 2024-05"): say it once.
    spans = list(dict.fromkeys(ev.span(t) + (" (acting)" if t.term.acting else "") for t in tenures))
    return ", ".join(x for x in spans if not any(y != x and _more_precise(y, x) for y in spans))


def _evidence(tenures, index: ReferenceIndex) -> tuple:
    """`ev.term_evidence` of each tenure; the tuple kept per index, as `_spans`."""
    key = ("officeholder.evidence", *map(id, tenures))
    found = index.verify_memo.get(key)
    return found if found is not None else index.keep(key, tuple(ev.term_evidence(t, index) for t in tenures))


def _more_precise(a: str, b: str) -> bool:
    """Is span `a` span `b` told more precisely (same start, an end `b`'s end begins, or an
    end where `b` is open at an older snapshot: "since 2021-09-15")?"""
    if b.startswith("since ") and a.startswith(b.removeprefix("since ").removesuffix(" (acting)") + " – "):
        return True
    a_start, _, a_end = a.partition(" – ")
    b_start, _, b_end = b.partition(" – ")
    return a_start == b_start and len(a_end) > len(b_end) and a_end.startswith(b_end.removesuffix(" (acting)"))


def _since(t: Tenure, index: ReferenceIndex, present: bool) -> str:
    return f"since {t.term.start}" if present else ev.span(t)


def _last_known(mine: list[Tenure], others: list[Tenure], index: ReferenceIndex) -> str:
    if mine:
        return f"{index.people[mine[-1].term.person].name} held it {_spans(mine[-1:], index)}"
    last = max(others, key=lambda t: t.sure_from, default=None)
    return f"the last holder it knows is {index.people[last.term.person].name}" if last else "it knows no holder"


# --- look-ups that many claims repeat -------------------------------------------------------
#
# The same titles, people and offices come up claim after claim (and article after article):
# what these look-ups find depends on the index and their arguments only, so it is kept in
# the index's memo (`ReferenceIndex.verify_memo`). What they return is shared: callers never
# change it.

_MISSING = object()


def _title(index: ReferenceIndex, title: str, country: str | None,
           to: str | None) -> tuple[tuple[Office, ...], frozenset[str]] | None:
    """The offices the title names in the country written (`index.office_candidates`), and
    their ids; None when the base does not know that country."""
    key = ("officeholder.title", title, country, to)
    found = index.verify_memo.get(key, _MISSING)
    if found is not _MISSING:
        return found
    country_id = index.country_id(country)
    if country and country_id is None:
        return index.keep(key, None)
    offices = tuple(index.office_candidates(title, country_id, index.country_id(to)))
    return index.keep(key, (offices, frozenset(o.id for o in offices)))


class _Pairs:
    """The (person, office) pairs of some people's terms in some offices, sorted, with what
    `_choose` asks of them: each pair's terms (the person's in that office, in index order),
    its reading, whether one person holds them all, and the readings with the one the base
    dates most precisely first (where several offices fit, "Queen Elizabeth II": fifteen
    crowns, the verdict quotes the first that decides it, not the first by id)."""

    __slots__ = ("pairs", "terms", "readings", "one_person", "by_precision")

    def __init__(self, index: ReferenceIndex, ids: tuple[str, ...], office_ids: frozenset[str]) -> None:
        self.pairs = tuple(sorted({(pid, o) for pid in ids for o in index.term_offices(pid) if o in office_ids}))
        self.terms = tuple(tuple(t for t in index.tenures_by_person[p] if t.term.office == o) for p, o in self.pairs)
        self.readings = tuple(Reading(p, o) for p, o in self.pairs)
        self.one_person = len({p for p, _ in self.pairs}) == 1
        self.by_precision = tuple(sorted(self.readings, key=lambda r: -_precision(index, r)))


def _pairs(index: ReferenceIndex, ids: tuple[str, ...], office_ids: frozenset[str]) -> _Pairs:
    key = ("officeholder.pairs", ids, office_ids)
    found = index.verify_memo.get(key)
    return found if found is not None else index.keep(key, _Pairs(index, ids, office_ids))


class _Held:
    """What judging a reading asks of the base: the office, the person's name, the office's
    terms of the person and of everyone else (in index order), and the office's horizon;
    and what citing some of the person's terms says (`cited`)."""

    __slots__ = ("_cited", "horizon", "mine", "name", "office", "others")

    def __init__(self, index: ReferenceIndex, r: Reading) -> None:
        self.office = index.offices[r.office]
        self.name = index.people[r.person].name
        self.mine, self.others = _terms_of(index, r)
        self.horizon = index.horizon.get(r.office)
        self._cited: dict[tuple[int, ...], tuple[str, tuple]] = {}

    def cited(self, positions: list[int], index: ReferenceIndex) -> tuple[str, tuple]:
        """(`_spans`, `_evidence`) of the person's terms at these positions of `mine`, kept
        with the facts (a verified claim asks both, and the same terms again and again)."""
        key = tuple(positions)
        found = self._cited.get(key)
        if found is None:
            terms = [self.mine[k] for k in key]
            found = self._cited[key] = (_spans(terms, index), _evidence(terms, index))
        return found


def _held(index: ReferenceIndex, r: Reading) -> _Held:
    key = ("officeholder.held", r.office, r.person)
    found = index.verify_memo.get(key)
    return found if found is not None else index.keep(key, _Held(index, r))


def _terms_of(index: ReferenceIndex, r: Reading) -> tuple[tuple[Tenure, ...], tuple[Tenure, ...]]:
    """The office's terms of the reading's person, and of everyone else, in index order."""
    key = ("officeholder.terms", r.office, r.person)
    found = index.verify_memo.get(key)
    if found is None:
        terms = index.tenures_by_office[r.office]
        found = index.keep(key, (tuple(t for t in terms if t.term.person == r.person),
                                 tuple(t for t in terms if t.term.person != r.person)))
    return found
