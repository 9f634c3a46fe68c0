"""The records of the reference base, as loaded and validated from YAML."""
from __future__ import annotations

from dataclasses import dataclass

from claims.dates import DateRange


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    snapshot: DateRange
    url: str | None
    licence: str | None
    ref: str  # "reference/imported/x.yaml:3"


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Office:
    id: str
    name: str
    country: str
    forms: tuple[str, ...]
    to: str | None
    single_seat: bool
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    born: DateRange | None
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Term:
    person: str
    office: str
    start: DateRange
    end: DateRange | None  # as written; None = open at the source's snapshot
    acting: bool
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Event:
    """A named, dated event: a summit, an annexation, an invasion, a treaty signing, a referendum."""

    id: str
    name: str
    kind: str  # summit | annexation | invasion | intervention | treaty | referendum | visit | other
    aliases: tuple[str, ...]  # as newsrooms write it: "annexation of Crimea", "Helsinki summit"
    start: DateRange
    end: DateRange | None  # last day, for events over several days
    place: str | None  # city or site, as written in English news ("Geneva")
    country: str | None  # country id of the place
    participants: tuple[str, ...]  # country ids
    people: tuple[str, ...]  # person ids
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Election:
    """An election to an office: who won it, and who came second."""

    id: str
    office: str
    date: DateRange  # election day (the decisive round)
    winner: str  # person id
    runner_up: str | None  # person id
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Exclusion:
    """Offices that one person cannot hold on the same day (President and Vice President of
    one country): a rule for `factcheck reference validate`, not a fact claims are judged on."""

    offices: tuple[str, ...]
    source: str
    cite: str | None
    ref: str


@dataclass(frozen=True)
class Base:
    """Everything loaded, in file order, before indexing."""

    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    offices: tuple[Office, ...]
    people: tuple[Person, ...]
    terms: tuple[Term, ...]
    events: tuple[Event, ...] = ()
    elections: tuple[Election, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()

    @property
    def facts(self) -> int:
        return sum(len(getattr(self, k)) for k in ("countries", "offices", "people", "terms", "events", "elections"))
