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
    # An international organisation entered as a country ("NATO", "U.N."): its names stand
    # where a country's may before a title, but it is no place and no side of an event.
    organisation: bool = False


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
class Place:
    """A place of the gazetteer: a city, a site (a venue, a resort) or a region. Event-place
    claims are compared through it (`checker.places`): containment by country and region,
    distance by coordinates."""

    id: str
    name: str
    aliases: tuple[str, ...]  # other names as written in English news ("Cologne" for Köln)
    kind: str  # city | site | region
    country: str  # country id
    region: str | None  # first-level division it lies in ("Scotland", "Pennsylvania"); for a region: its parent
    subregion: str | None  # second-level division ("Cornwall"); never set on a region
    lat: float | None  # degrees north; required for a city or site, optional for a region
    lon: float | None  # degrees east
    population: int | None
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
    places: tuple[Place, ...] = ()  # the gazetteer: not counted among the facts claims are judged on

    @property
    def facts(self) -> int:
        return sum(len(getattr(self, k)) for k in ("countries", "offices", "people", "terms", "events", "elections"))
