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
class Base:
    """Everything loaded, in file order, before indexing."""

    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    offices: tuple[Office, ...]
    people: tuple[Person, ...]
    terms: tuple[Term, ...]

    @property
    def facts(self) -> int:
        return len(self.countries) + len(self.offices) + len(self.people) + len(self.terms)
