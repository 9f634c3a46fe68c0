"""The reference base indexed for judging: look-ups by name, title and country, and each
term's interval as far as the data can tell (definitely held / possibly held)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from checker.facts import Base, Country, Election, Event, Office, Person, Source, Term
from checker.names import fold, tokens
from claims.vocabulary import Vocabulary

FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True)
class Tenure:
    """A term with the days it was certainly held and the days it may have been held.

    An open term is certainly held only up to its source's snapshot (the horizon), and a
    single-seat office's open term ends where the next holder's starts.
    """

    term: Term
    sure_from: date
    sure_to: date | None  # None: not certainly held on any day (dates too imprecise)
    maybe_from: date
    maybe_to: date  # FAR_FUTURE when the term is open past the horizon
    end_text: str | None  # the end as written, or the next holder's start; None if open

    def surely_overlaps(self, lo: date, hi: date) -> bool:
        return self.sure_to is not None and self.sure_from <= hi and lo <= self.sure_to

    def maybe_overlaps(self, lo: date, hi: date) -> bool:
        return self.maybe_from <= hi and lo <= self.maybe_to


class ReferenceIndex:
    def __init__(self, base: Base, digest: str):
        self.base, self.digest = base, digest
        self.sources: dict[str, Source] = {s.id: s for s in base.sources}
        self.countries: dict[str, Country] = {c.id: c for c in base.countries}
        self.offices: dict[str, Office] = {o.id: o for o in base.offices}
        self.people: dict[str, Person] = {p.id: p for p in base.people}
        self.country_by_word: dict[str, str] = {}
        for c in base.countries:
            for word in (c.name, *c.names, *c.demonyms) + ((c.capital,) if c.capital else ()):
                self.country_by_word.setdefault(fold(word), c.id)
        # Offices by title form, and by (form, country): sorted once here, so judging a claim
        # is a dictionary look-up, not a scan of every "president" in the base.
        by_form: dict[str, list[Office]] = defaultdict(list)
        for o in base.offices:
            for form in dict.fromkeys(fold(f) for f in o.forms):
                by_form[form].append(o)
        self.offices_by_form: dict[str, tuple[Office, ...]] = {
            form: tuple(sorted(os, key=lambda o: o.id)) for form, os in by_form.items()
        }
        by_country: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for form, os in self.offices_by_form.items():
            for o in os:
                by_country[(form, o.country)].append(o)
        self.offices_by_form_country = {key: tuple(os) for key, os in by_country.items()}
        self.people_by_name: dict[str, set[str]] = defaultdict(set)
        self.people_by_token: dict[str, set[str]] = defaultdict(set)
        self.people_by_prefix: dict[str, set[str]] = defaultdict(set)  # blocks fuzzy matching
        for p in base.people:
            for name in (p.name, *p.aliases):
                self.people_by_name[fold(name)].add(p.id)
                for tok in tokens(name):
                    self.people_by_token[tok].add(p.id)
                    if len(tok) >= 3:
                        self.people_by_prefix[tok[:3]].add(p.id)
        named: dict[str, list[Event]] = defaultdict(list)
        for e in sorted(base.events, key=lambda e: (e.start.lo, e.id)):
            for key in dict.fromkeys(fold(n) for n in (e.name, *e.aliases)):
                named[key].append(e)
        self.events_by_name: dict[str, tuple[Event, ...]] = {k: tuple(v) for k, v in named.items()}
        self.tenures_by_office: dict[str, list[Tenure]] = defaultdict(list)
        self.tenures_by_person: dict[str, list[Tenure]] = defaultdict(list)
        self._index_tenures(base.terms)
        self.horizon: dict[str, date] = {
            office: max(self.sources[t.term.source].snapshot.hi for t in ts)
            for office, ts in self.tenures_by_office.items()
        }

    def _index_tenures(self, terms: tuple[Term, ...]) -> None:
        by_office: dict[str, list[Term]] = defaultdict(list)
        for t in terms:
            by_office[t.office].append(t)
        for office_id, ts in by_office.items():
            ts.sort(key=lambda t: (t.start.lo, t.start.hi, t.person))
            single = self.offices[office_id].single_seat
            for i, t in enumerate(ts):
                later = [n for n in ts[i + 1 :] if n.start.lo > t.start.lo] if single else []
                nxt = later[0] if later else None
                tenure = self._tenure(t, nxt)
                self.tenures_by_office[office_id].append(tenure)
                self.tenures_by_person[t.person].append(tenure)

    def _tenure(self, t: Term, nxt: Term | None) -> Tenure:
        snapshot = self.sources[t.source].snapshot
        end = t.end if t.end is not None else (nxt.start if nxt is not None else None)
        if end is not None:
            sure_to, maybe_to = end.lo, end.hi
        else:
            sure_to, maybe_to = snapshot.lo, FAR_FUTURE
        sure_from = t.start.hi
        return Tenure(
            t, sure_from, sure_to if sure_to >= sure_from else None, t.start.lo, maybe_to,
            end.text if end is not None else None,
        )

    # --- look-ups -------------------------------------------------------------------

    def country_id(self, word: str | None) -> str | None:
        return self.country_by_word.get(fold(word)) if word else None

    def office_candidates(self, title: str, country: str | None, to: str | None) -> list[Office]:
        form = fold(title)
        found = self.offices_by_form.get(form, ()) if country is None else \
            self.offices_by_form_country.get((form, country), ())
        return [o for o in found if to is None or o.to == to]

    def elections(self, year: int | None = None) -> list[Election]:
        """Elections in date order, those of one year if given. Computed from `base`, so the
        pickled index keeps its shape."""
        found = [e for e in self.base.elections if year is None or e.date.lo.year <= year <= e.date.hi.year]
        return sorted(found, key=lambda e: (e.date.lo, e.id))

    def successions(self, office: str) -> list[tuple[Tenure, Tenure]]:
        """(outgoing, incoming) for each change of holder of a single-seat office, in order:
        consecutive terms of one person (re-appointments) are no change."""
        ts = self.tenures_by_office.get(office, [])
        if not self.offices[office].single_seat:
            return []
        return [(a, b) for a, b in zip(ts, ts[1:]) if a.term.person != b.term.person]

    def vocabulary(self) -> Vocabulary:
        titles = sorted({form for o in self.base.offices for form in o.forms})
        words = sorted({w for c in self.base.countries for w in (c.name, *c.names, *c.demonyms)})
        capitals = sorted({c.capital for c in self.base.countries if c.capital})
        event_aliases = sorted({a for e in self.base.events for a in e.aliases})
        event_places = sorted({e.place for e in self.base.events if e.place})
        return Vocabulary(titles=tuple(titles), countries=tuple(words), capitals=tuple(capitals),
                          event_aliases=tuple(event_aliases), event_places=tuple(event_places))

    def events_named(self, alias: str) -> list[Event]:
        """Events with this alias or name (case, diacritics and punctuation folded), by date."""
        return list(self.events_by_name.get(fold(alias), ()))

    def events_of_kind(self, *kinds: str) -> list[Event]:
        return sorted((e for e in self.base.events if e.kind in kinds), key=lambda e: (e.start.lo, e.id))

    @property
    def facts(self) -> int:
        return self.base.facts
