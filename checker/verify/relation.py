"""Predecessor/successor claims, checked through the sequence of terms of an office.

The office is the one the "as" phrase names, else every office both people held. A claim
is verified when, in some such office, `other` took over from `person` (or handed over to
them) by the claim's time; conflicting when every reading is contradicted: the base knows
who came just before (after) each of the pivot's terms, and it was someone else. An acting
holder in between does not break the chain: Turchynov stood in between Yanukovych and
Poroshenko, and news says Poroshenko succeeded either. Anything else is unknown.
"""
from __future__ import annotations

from datetime import date

from checker import evidence as ev
from checker.index import ReferenceIndex, Tenure
from checker.model import Verdict
from checker.resolve import ArticleContext, person
from checker.verify import people
from claims.dates import DateRange
from claims.model import Claim

KIND = "relation"
# Heads of state and government: the office meant when a succession names none.
_TOP = (".president", ".prime-minister", ".chancellor", ".premier", ".monarch")


def judge(claim: Claim, when: DateRange, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    s = claim.slots
    unknown = lambda reason, why, evidence=(): Verdict(claim, "unknown", reason, why, when.text, evidence=tuple(evidence))  # noqa: E731
    if s.get("pronoun"):
        return _pronoun(claim, when, index, context)
    verdict = _judge(claim, when, index, context)
    if verdict.verdict == "conflicting" and s.get("office") == "unstated":
        # "X replaced Y" may be about any role (a coach, a minister, a party leader)
        return unknown("office-not-stated", verdict.explanation + "; but the claim does not say in which office",
                       verdict.evidence)
    return verdict


def _pronoun(claim: Claim, when: DateRange, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """"His predecessor, X": verified when X's neighbour in an office is someone the article
    has named before; the pronoun is not resolved, so never conflicting."""
    s = claim.slots
    other = people.match(index, s["other"], context, s.get("other_full"), s.get("other_long"))
    unknown = lambda reason, why: Verdict(claim, "unknown", reason, why, when.text)  # noqa: E731
    if not other.ids:
        return unknown("person-not-found", f"the reference does not know {s['other']!r}")
    named = {pid for ids in context.by_token.values() for pid in ids}
    for mention in filter(None, s.get("antecedents", "").split("|")):  # names written just before
        named.update(person(index, mention, context).ids)
    named = sorted(named - set(other.ids))
    held = lambda pid: _held(index, pid)  # noqa: E731
    for pid in named:
        for oid in other.ids:
            for office in sorted(held(pid) & held(oid), key=_lesser):
                v = _reading(claim, when, index, pid, oid, office)
                if v.verdict == "verified":
                    note = f" (taking {s['person']!r} as {index.people[pid].name}, named earlier)"
                    return Verdict(claim, "verified", v.reason, v.explanation + note, v.when, evidence=v.evidence)
    return unknown("pronoun", f"{s['person']!r} is not resolved to anyone named earlier whose "
                   f"{s['relation']} was {index.people[other.ids[0]].name}")


def _judge(claim: Claim, when: DateRange, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    s = claim.slots
    unknown = lambda reason, why, evidence=(): Verdict(claim, "unknown", reason, why, when.text, evidence=tuple(evidence))  # noqa: E731
    pivot = people.match(index, s["person"], context, s.get("person_full"), s.get("person_long"))
    other = people.match(index, s["other"], context, s.get("other_full"), s.get("other_long"))
    for m, mention in ((pivot, s["person"]), (other, s["other"])):
        if not m.ids:
            return unknown("person-not-found", f"the reference does not know {mention!r}")
    offices = _offices(claim, index)
    if offices is not None and not offices:
        return unknown("office-not-covered", f"the reference has no office {s['title']!r}")
    held = lambda pid: _held(index, pid)  # noqa: E731
    readings = _common(index, pivot.ids, other.ids, offices)
    if not readings:
        # Nothing in common: judge against the pivot's one office, if it has just one and the
        # claim names it. Without an office named, the two may have followed each other in
        # one the base does not hold ("Stoltenberg succeeded Rasmussen" at NATO).
        mine = sorted(held(pivot.ids[0]) & offices) if offices is not None else []
        if len(pivot.ids) == 1 and len(other.ids) == 1 and len(mine) == 1:
            readings = [(pivot.ids[0], other.ids[0], mine[0])]
        else:
            return unknown("office-ambiguous", f"{index.people[pivot.ids[0]].name} and "
                           f"{index.people[other.ids[0]].name} held no office in common in the reference")
    verdicts = []
    for r in readings:  # (the readings after the first that verifies are not read)
        v = _reading(claim, when, index, *r)
        if v.verdict == "verified":
            return people.spelling(people.spelling(v, pivot, s["person"], index), other, s["other"], index)
        verdicts.append(v)
    top = [v for r, v in zip(readings, verdicts) if r[2].endswith(_TOP) and index.offices[r[2]].single_seat]
    if offices is None and top and all(v.verdict == "conflicting" for v in top):
        # No office named: "Johnson, who succeeded Cameron" means the highest office both
        # held (Prime Minister), not the First Lordship or a ministry that goes with it.
        readings, verdicts = [r for r in readings if r[2].endswith(_TOP)], top
    if all(v.verdict == "conflicting" for v in verdicts):
        if not people.may_conflict(pivot, other, surname_ok=True):
            return unknown("weak-name-match", verdicts[0].explanation + " (but a name is not matched surely)")
        if len(readings) == 1 or len({v.suggestion for v in verdicts}) == 1:
            return people.spelling(people.spelling(verdicts[0], pivot, s["person"], index), other, s["other"], index)
        return unknown("office-ambiguous", people.listing((v.explanation for v in verdicts), "; "))
    return next(v for v in verdicts if v.verdict == "unknown")


def _common(index: ReferenceIndex, pivots: tuple[str, ...], others: tuple[str, ...],
            offices: frozenset[str] | None) -> tuple[tuple[str, str, str], ...]:
    """(pivot, other, office) for each office both held (of `offices`, unless None), by
    person and then `_lesser`; kept per index (the same two people are named again and again)."""
    key = ("relation.common", pivots, others, offices)
    found = index.verify_memo.get(key)
    if found is None:
        held = lambda pid: _held(index, pid)  # noqa: E731
        found = index.keep(key, tuple(sorted(
            ((p, o, office) for p in pivots for o in others
             for office in held(p) & held(o) & (offices if offices is not None else held(p))),
            key=lambda r: (r[0], r[1], _lesser(r[2])))))
    return found


def _lesser(office: str) -> tuple[bool, str]:
    """Heads of state and government first: where both followed each other in several offices
    ("Sunak replaces Truss": as Chief Secretary to the Treasury in 2019 and as Prime Minister
    in 2022), the verdict quotes the highest."""
    return (not office.endswith(_TOP), office)


def _offices(claim: Claim, index: ReferenceIndex) -> frozenset[str] | None:
    s = claim.slots
    if not s.get("title"):
        return None
    country = index.country_id(s.get("country") or s.get("country_of"))
    key = ("relation.offices", s["title"], country)
    found = index.verify_memo.get(key)
    return found if found is not None else index.keep(
        key, frozenset(o.id for o in index.office_candidates(s["title"], country, None)))


def _held(index: ReferenceIndex, pid: str) -> frozenset[str]:
    """The offices a person held (kept per index: the same people come up claim after claim)."""
    key = ("relation.held", pid)
    found = index.verify_memo.get(key)
    return found if found is not None else index.keep(
        key, frozenset(t.term.office for t in index.tenures_by_person.get(pid, ())))


def _reading(claim: Claim, when: DateRange, index: ReferenceIndex, pid: str, oid: str, office: str) -> Verdict:
    office_name = index.offices[office].name
    pname, oname = index.people[pid].name, index.people[oid].name
    wants = claim.slots["relation"]  # what `other` is said to be to `person`
    derived = not index.offices[office].single_seat
    found = _neighbours(index, office, derived, pid, wants, when.hi)
    hits = [(n, ts) for n, ts in found if oid in n]
    if hits:
        ts = hits[0][1]
        return Verdict(claim, "verified", f"{wants}-matches",
                       f"{oname} was {pname}'s {wants} as {office_name} ({_change(ts)})", when.text,
                       evidence=tuple(ev.term_evidence(t, index) for t in ts))
    mine = [t for t in _terms(index, office, pid) if t.sure_from <= when.hi]
    first = index.tenures_by_office[office][0]
    # Conflict only when every term of the pivot by then has a known neighbour on that side.
    complete = not derived and mine and len(found) == len({_run(index, office, t) for t in mine}) and not (
        wants == "predecessor" and any(t is first for t in mine))
    if found and complete:
        actual = sorted({n for names, _ in found for n in names})
        who = " and ".join(index.people[n].name for n in actual)
        return Verdict(claim, "conflicting", f"other-{wants}",
                       f"{pname}'s {wants} as {office_name} was {who}, not {oname}", when.text,
                       suggestion=index.people[actual[-1]].name,
                       evidence=tuple(ev.term_evidence(t, index) for _, ts in found for t in ts))
    why = (f"the reference does not say who came {'before' if wants == 'predecessor' else 'after'} "
           f"{pname} as {office_name} by {when}")
    return Verdict(claim, "unknown", "no-neighbour-known", why, when.text,
                   evidence=tuple(ev.term_evidence(t, index) for t in mine[-1:]))


def _neighbours(index: ReferenceIndex, office: str, derived: bool, pid: str, wants: str,
                by: date) -> list[tuple[set[str], list[Tenure]]]:
    """Each change of holder of the office by that day (the incoming term surely begun) that
    hands it to the pivot ("predecessor": the neighbour the outgoing holder) or from the
    pivot ("successor"): (the neighbour, the change's two terms). An acting neighbour also
    names the holder on its far side, where the change before (after) it by that day
    involves the stand-in. Only the changes of the pivot's are read (`_involving`), not the
    office's whole history."""
    found: list[tuple[set[str], list[Tenure]]] = []
    involving = _involving(index, office, derived, pid, wants)
    changes = (_chain(index, office) if derived else index.successions(office)) if involving else ()
    for i in involving:
        a, b = changes[i]
        if b.sure_from > by:
            continue
        if wants == "predecessor":
            names = {a.term.person}
            j = _first_by(changes, range(i - 1, -1, -1), by) if a.term.acting else None
            if j is not None and changes[j][1] is a:
                names.add(changes[j][0].term.person)  # the holder before the stand-in
        else:  # "successor" (`_involving` has no changes for any other word)
            names = {b.term.person}
            j = _first_by(changes, range(i + 1, len(changes)), by) if b.term.acting else None
            if j is not None and changes[j][0] is b:
                names.add(changes[j][1].term.person)
        found.append((names, [a, b]))
    return found


def _first_by(changes, positions, by: date) -> int | None:
    """The first of these positions whose change was made by that day, or None."""
    return next((j for j in positions if changes[j][1].sure_from <= by), None)


def _involving(index: ReferenceIndex, office: str, derived: bool, pid: str, wants: str) -> tuple[int, ...]:
    """Positions of the office's changes of holder (`_neighbours`) to the person
    ("predecessor") or from them ("successor"), in order; kept per index."""
    key = ("relation.involving", office, derived, pid, wants)
    found = index.verify_memo.get(key)
    if found is None:
        changes = _chain(index, office) if derived else index.successions(office)
        found = index.keep(key, tuple(
            i for i, (a, b) in enumerate(changes)
            if wants == "predecessor" and b.term.person == pid or wants == "successor" and a.term.person == pid))
    return found


def _terms(index: ReferenceIndex, office: str, pid: str) -> tuple[Tenure, ...]:
    """The person's terms of the office, in index order; kept per index."""
    key = ("relation.terms", office, pid)
    found = index.verify_memo.get(key)
    if found is None:
        found = index.keep(key, tuple(t for t in index.tenures_by_office[office] if t.term.person == pid))
    return found


def _chain(index: ReferenceIndex, office: str) -> tuple[tuple[Tenure, Tenure], ...]:
    """The changes of holder of an office marked as several-seat, when its regular (not
    acting) terms follow one another without overlapping: the President of South Korea is
    several-seat in the base only because an acting President stood in while the impeached
    one was suspended. Used to verify only: a gap in such data is no evidence. (Kept per index.)"""
    key = ("relation.chain", office)
    found = index.verify_memo.get(key)
    if found is None:
        ts = [t for t in index.tenures_by_office.get(office, ()) if not t.term.acting]
        if any(a.sure_to is None or a.sure_to > b.sure_from for a, b in zip(ts, ts[1:])):
            found = index.keep(key, ())
        else:
            found = index.keep(key, tuple((a, b) for a, b in zip(ts, ts[1:]) if a.term.person != b.term.person))
    return found


def _run(index: ReferenceIndex, office: str, t: Tenure) -> int:
    """Which unbroken run of one person's terms `t` belongs to (re-appointments are one run)."""
    return _runs(index, office).get(id(t), 0)


def _runs(index: ReferenceIndex, office: str) -> dict[int, int]:
    """id of each of the office's tenures (the index keeps them) → `_run` of it, per index."""
    key = ("relation.runs", office)
    found = index.verify_memo.get(key)
    if found is None:
        ts = index.tenures_by_office[office]
        found, run = {}, 0
        for a, b in zip(ts, ts[1:]):
            if a.term.person != b.term.person:
                run += 1
            found.setdefault(id(b), run)
        index.keep(key, found)
    return found


def _change(ts: list[Tenure]) -> str:
    a, b = ts
    return f"{b.term.start}, after {a.term.start} – {a.end_text or b.term.start}"
