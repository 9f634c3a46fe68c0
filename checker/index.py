"""The reference base indexed for judging: look-ups by name, title and country, and each
term's interval as far as the data can tell (definitely held / possibly held).

The index is built once from the loaded base into plain tables (`tables()`: dicts and tuples
of strings and numbers, which `checker.cache` stores with `marshal`) and read back from them
(`from_tables`). Records are kept as rows and turned into `checker.facts` objects only when a
check asks for them, so loading the index is one `marshal.loads`, and a base of 100k people
costs what its look-up tables cost, not a million small objects. Every look-up stays a
dictionary look-up.
"""
from __future__ import annotations

import dataclasses
import marshal
import re
from collections import defaultdict
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from checker import names as _folding
from checker.facts import Base, Country, Election, Event, Office, Person, Place, Source, Term
from checker.names import fold, short_forms, tokens
from claims.dates import DateRange, parse_iso
from claims.vocabulary import Vocabulary

FAR_FUTURE = date(9999, 12, 31)
MEMO_SIZE = 1 << 16  # entries of `ReferenceIndex.verify_memo`


@dataclass(frozen=True, slots=True)
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


# --- rows: a record as a tuple of its fields, dates as written, refs as numbers ------------

_KINDS: dict[str, type] = {"sources": Source, "countries": Country, "offices": Office, "people": Person,
                           "terms": Term, "events": Event, "elections": Election, "places": Place}


def schema() -> str:
    """The record classes' fields: part of the cache key, so rows are never read with the
    wrong layout after a field is added."""
    return ";".join(f"{k}:" + ",".join(f.name for f in dataclasses.fields(cls)) for k, cls in _KINDS.items())


def _layout(cls: type) -> tuple[tuple[int, ...], int]:
    """(positions of DateRange fields, position of `ref`) in the rows of `cls`."""
    fields = dataclasses.fields(cls)
    dates = tuple(i for i, f in enumerate(fields) if "DateRange" in str(f.type))
    return dates, [f.name for f in fields].index("ref")


_LAYOUT = {cls: _layout(cls) for cls in _KINDS.values()}
_NAMES = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _KINDS.values()}
_ALIASES = {"people": _NAMES[Person].index("aliases"), "events": _NAMES[Event].index("aliases")}
assert _NAMES[Person][1] == _NAMES[Event][1] == "name"  # (`ReferenceIndex.names_of_all`)
_TERM_OFFICE = _NAMES[Term].index("office")  # in a term's row (`ReferenceIndex.term_offices`)
_RANGES: dict[str, DateRange] = {}  # "2014-03" → its DateRange: shared, they are frozen


def _range(text: str | None) -> DateRange | None:
    if text is None:
        return None
    found = _RANGES.get(text)
    if found is None:
        found = _RANGES[text] = parse_iso(text)
    return found


class _Rows:
    """Encodes records as rows (plain tuples) with shared strings and numbered refs."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.files: dict[str, int] = {}

    def s(self, value):
        """One object per distinct string, so the marshalled tables store each once."""
        if isinstance(value, str):
            return self.strings.setdefault(value, value)
        if isinstance(value, tuple):
            return tuple(self.s(v) for v in value)
        return value

    def ref(self, ref: str) -> str | int:
        """"reference/x.yaml:12" → 12 << 16 | the file's number."""
        shown, _, line = ref.rpartition(":")
        if not shown or not line.isdigit() or (shown not in self.files and len(self.files) >= 1 << 16):
            return self.s(ref)
        return int(line) << 16 | self.files.setdefault(shown, len(self.files))

    def row(self, record) -> tuple:
        dates, ref = _LAYOUT[type(record)]
        values = [getattr(record, name) for name in _NAMES[type(record)]]
        for i in dates:
            values[i] = self.s(values[i].text) if values[i] is not None else None
        values[ref] = self.ref(values[ref])
        return tuple(self.s(v) for v in values)


def _decoder(cls: type, files: tuple[str, ...]):
    dates, ref_at = _LAYOUT[cls]
    names, new = _NAMES[cls], object.__new__
    slotted = "__slots__" in cls.__dict__  # no __dict__ to fill: through __init__

    def make(row: tuple):
        values = list(row)
        for i in dates:
            values[i] = _range(values[i])
        ref = values[ref_at]
        if isinstance(ref, int):
            values[ref_at] = f"{files[ref & 0xFFFF]}:{ref >> 16}"
        if slotted:
            return cls(*values)
        record = new(cls)  # as unpickling does: the fields were checked when the base was loaded
        record.__dict__.update(zip(names, values))
        return record

    return make


class Records(dict):
    """id → record, each decoded from its row on first use (then kept). With `empty`, an id
    without a row gives `empty()` instead of a KeyError (the tenures of someone with none).

    A read-only Mapping of every row's id. The records decoded so far are the dict's own
    items, so that asking again for one (judging asks for the same people and offices
    hundreds of times an article) is a plain dict look-up: `__missing__` decodes the others."""

    __slots__ = ("_rows", "_make", "_empty")

    def __init__(self, rows: dict, make, empty=None) -> None:
        super().__init__()
        self._rows, self._make, self._empty = rows, make, empty

    def __missing__(self, key):
        if self._empty is not None and key not in self._rows:
            return self._empty()
        record = self._make(self._rows[key])
        dict.__setitem__(self, key, record)
        return record

    def get(self, key, default=None):
        return self[key] if key in self._rows else default

    def __contains__(self, key) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def keys(self) -> KeysView:
        return KeysView(self)

    def values(self) -> ValuesView:
        return ValuesView(self)

    def items(self) -> ItemsView:
        return ItemsView(self)

    def __eq__(self, other) -> bool:
        return Mapping.__eq__(self, other)

    def __ne__(self, other) -> bool:
        return not self == other

    __hash__ = None

    def __repr__(self) -> str:
        return f"<Records of {len(self)}>"


def tenure_lists(index: ReferenceIndex, rows: dict[str, tuple[int, ...]]) -> Records:
    """office or person id → its tenures (a list, in index order); [] for an id without any."""
    return Records(rows, lambda ids: [index._tenure(i) for i in ids], empty=list)


class BaseView:
    """The records of the base, as `checker.facts.Base` has them (in file order), each
    section decoded on first use."""

    def __init__(self, index: ReferenceIndex) -> None:
        self._index = index

    sources = cached_property(lambda self: tuple(self._index.sources.values()))
    countries = cached_property(lambda self: tuple(self._index.countries.values()))
    offices = cached_property(lambda self: tuple(self._index.offices.values()))
    people = cached_property(lambda self: tuple(self._index.people.values()))
    events = cached_property(lambda self: tuple(self._index.event_records.values()))
    elections = cached_property(lambda self: tuple(self._index.election_records.values()))
    places = cached_property(lambda self: tuple(self._index.place_records.values()))

    @cached_property
    def terms(self) -> tuple[Term, ...]:
        return tuple(self._index._tenure(i).term for i in range(len(self._index._terms)))

    @property
    def facts(self) -> int:
        return self._index.facts


# --- building the tables from a loaded base --------------------------------------------------

def build_tables(base: Base, digest: str) -> dict:
    """The index of `base` as plain data (see the module docstring)."""
    rows = _Rows()
    s = rows.s
    table = {"digest": digest, "facts": base.facts}
    sources = {src.id: src for src in base.sources}
    offices = {o.id: o for o in base.offices}
    for key in ("sources", "countries", "offices", "people", "events", "elections"):
        table[key] = {s(r.id): rows.row(r) for r in getattr(base, key)}

    country_by_word: dict[str, str] = {}
    for c in base.countries:
        for word in (c.name, *c.names, *c.demonyms) + ((c.capital,) if c.capital else ()):
            country_by_word.setdefault(s(fold(word)), s(c.id))
    table["country_by_word"] = country_by_word

    # Offices by title form, and by (form, country): sorted once here, so judging a claim
    # is a dictionary look-up, not a scan of every "president" in the base.
    by_form: dict[str, list[Office]] = defaultdict(list)
    for o in base.offices:
        for form in dict.fromkeys(fold(f) for f in o.forms):
            by_form[form].append(o)
    offices_by_form = {s(form): tuple(s(o.id) for o in sorted(os, key=lambda o: o.id))
                       for form, os in by_form.items()}
    by_country: dict[tuple[str, str], list[str]] = defaultdict(list)
    for form, ids in offices_by_form.items():
        for oid in ids:
            by_country[(form, s(offices[oid].country))].append(oid)
    table["offices_by_form"] = offices_by_form
    table["offices_by_form_country"] = {key: tuple(ids) for key, ids in by_country.items()}

    # lists, not sets, while building (a base of 100k people has 100k names and words):
    # one person's names are added one after the other, so a repeat is always the last one
    people_by_name: dict[str, list[str]] = defaultdict(list)
    # names as news may also write them (no middle initial, another romanisation of a given
    # name): a person whose own name or alias it is comes first, so these only add readings
    # of a name that nobody bears as written ("Sergei Sobyanin" beside a user's own entry)
    people_by_form: dict[str, list[str]] = defaultdict(list)
    people_by_token: dict[str, list[str]] = defaultdict(list)
    people_by_prefix: dict[str, list[str]] = defaultdict(list)  # blocks fuzzy matching
    for p in base.people:
        pid = s(p.id)
        for name in (p.name, *p.aliases):
            keys = [(people_by_name, fold(name))] + [(people_by_form, v) for v in short_forms(name)]
            for tok in tokens(name):
                keys.append((people_by_token, tok))
                if len(tok) >= 3:
                    keys.append((people_by_prefix, tok[:3]))
            for found, key in keys:
                ids = found[key]
                if not ids or ids[-1] is not pid:
                    ids.append(pid)
    for form, ids in people_by_form.items():
        if form not in people_by_name:
            people_by_name[form] = ids
    people_by_form.clear()
    for key, found in (("people_by_name", people_by_name), ("people_by_token", people_by_token),
                       ("people_by_prefix", people_by_prefix)):
        table[key] = {s(k): tuple(sorted(ids)) for k, ids in found.items()}
        found.clear()

    # Events by name, by person and by kind, each list in date order: thousands of trips
    # must not be read to judge one summit or one meeting.
    named: dict[str, list[str]] = defaultdict(list)
    with_person: dict[str, list[str]] = defaultdict(list)
    of_kind: dict[str, list[str]] = defaultdict(list)
    for e in sorted(base.events, key=lambda e: (e.start.lo, e.id)):
        for key in dict.fromkeys(fold(n) for n in (e.name, *e.aliases)):
            named[s(key)].append(s(e.id))
        for pid in dict.fromkeys(e.people):
            with_person[s(pid)].append(s(e.id))
        of_kind[s(e.kind)].append(s(e.id))
    table["events_by_name"] = {k: tuple(v) for k, v in named.items()}
    table["events_by_person"] = {k: tuple(v) for k, v in with_person.items()}
    table["events_by_kind"] = {k: tuple(v) for k, v in of_kind.items()}

    # The gazetteer: places by id, and by folded name or alias (every reading of a name).
    # (a row as `_Rows.row` makes it, written out: tens of thousands of places, and names,
    # coordinates and populations are seldom shared)
    one = rows.strings.setdefault  # the words places share (kinds, countries, regions), stored once
    places: dict[str, tuple] = {}
    by_place_name: dict[str, list[str]] = defaultdict(list)
    for p in base.places:
        pid = one(p.id, p.id)
        places[pid] = (pid, p.name, s(p.aliases) if p.aliases else (), one(p.kind, p.kind), one(p.country, p.country),
                       p.region and one(p.region, p.region), p.subregion and one(p.subregion, p.subregion),
                       p.lat, p.lon, p.population, one(p.source, p.source), p.cite and one(p.cite, p.cite),
                       rows.ref(p.ref))
        by_place_name[_fold_name(p.name)].append(pid)
        for alias in p.aliases:
            key = _fold_name(alias)
            if pid not in by_place_name[key]:
                by_place_name[key].append(pid)
    table["places"] = places
    table["places_by_name"] = {s(k): tuple(v) for k, v in by_place_name.items()}
    table["places_by_region"] = {tuple(map(s, k)): v for k, v in _region_members(places).items()}

    # Tenures: terms by office in date order; an open term of a single-seat office ends
    # where the next holder's starts.
    terms = base.terms
    by_office: dict[str, list[int]] = defaultdict(list)  # term numbers
    for i, t in enumerate(terms):
        by_office[t.office].append(i)
    ends: list[str | None] = [None] * len(terms)  # the end a tenure uses, as written
    office_terms: dict[str, tuple[int, ...]] = {}
    person_terms: dict[str, list[int]] = defaultdict(list)
    horizon: dict[str, int] = {}
    for office_id, ts in by_office.items():
        ts.sort(key=lambda i: (terms[i].start.lo, terms[i].start.hi, terms[i].person))
        single = offices[office_id].single_seat
        nxt = 0  # the first term starting strictly after the current one's start
        for k, i in enumerate(ts):
            t = terms[i]
            nxt = max(nxt, k + 1)
            while nxt < len(ts) and terms[ts[nxt]].start.lo <= t.start.lo:
                nxt += 1
            end = t.end if t.end is not None else (terms[ts[nxt]].start if single and nxt < len(ts) else None)
            ends[i] = s(end.text) if end is not None else None
            person_terms[s(t.person)].append(i)
        office_terms[s(office_id)] = tuple(ts)
        horizon[s(office_id)] = max(sources[terms[i].source].snapshot.hi for i in ts).toordinal()
    table["terms"] = tuple(rows.row(t) + (ends[i],) for i, t in enumerate(terms))
    table["office_terms"] = office_terms
    table["person_terms"] = {k: tuple(v) for k, v in person_terms.items()}
    table["horizon"] = horizon

    table["vocabulary"] = {
        "titles": tuple(sorted({form for o in base.offices for form in o.forms})),
        "countries": tuple(sorted({w for c in base.countries for w in (c.name, *c.names, *c.demonyms)})),
        "capitals": tuple(sorted({c.capital for c in base.countries if c.capital})),
        # names of organisations, also among `countries`: no place, no side of an event
        "organisations": tuple(sorted({w for c in base.countries if c.organisation for w in (c.name, *c.names, *c.demonyms)})),
        "event_aliases": tuple(sorted({a for e in base.events for a in e.aliases})),
        # A known place can make a place claim conflict; a trip's city (a visit no newsroom
        # names: no alias) may be a region holding the real site ("Normandy"), so it is none.
        "event_places": tuple(sorted({e.place for e in base.events if e.place and (e.aliases or e.kind != "visit")})),
    }
    table["files"] = tuple(sorted(rows.files, key=rows.files.__getitem__))
    return table


def _fold_name(name: str) -> str:
    """`fold`, without its Unicode decomposition for a plain ASCII name (most of the
    gazetteer's tens of thousands): the same key, a third of the time."""
    if _PLAIN_WORDS.match(name):  # letters and digits, single spaces: only the case to fold
        return name.lower()
    if name.isascii():
        return _folding._SPACE.sub(" ", _folding._PUNCT.sub("", name.casefold())).strip()
    return fold(name)


_PLAIN_WORDS = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*\Z")


# --- the index -----------------------------------------------------------------------------

LAZY_TABLES = ("places", "places_by_name", "places_by_region")


def packed(table: dict) -> dict:
    """The tables as stored: those of `LAZY_TABLES` as marshal bytes of their own, so that
    loading the index does not decode them until they are used; and each of the gazetteer's
    rows as bytes of its own too, as a place claim reads a few places of tens of thousands
    (unpacking every row took three times as long as unpacking the table of bytes)."""
    def pack(key: str, value):
        if key not in LAZY_TABLES or isinstance(value, bytes):
            return value
        if key == "places":
            value = {pid: marshal.dumps(row) for pid, row in value.items()}
        return marshal.dumps(value)

    return {k: pack(k, v) for k, v in table.items()}


def _unpacked(value):
    return marshal.loads(value) if isinstance(value, bytes) else value


def _place_decoder(files: tuple[str, ...]):
    make = _decoder(Place, files)
    return lambda row: make(marshal.loads(row) if isinstance(row, bytes) else row)  # packed: `packed`


def _region_members(places: dict[str, tuple]) -> dict[tuple[str, str, str | None], tuple[str, ...]]:
    """(country, folded region, folded subregion or None) → the cities and sites the
    gazetteer places there (not the regions themselves), in file order."""
    at = _NAMES[Place].index
    kind, c, r, sr = at("kind"), at("country"), at("region"), at("subregion")
    members: dict[tuple, list[str]] = {}
    for pid, row in places.items():
        if row[r] is not None and row[kind] != "region":
            members.setdefault((row[c], _fold_name(row[r]), None), []).append(pid)
            if row[sr] is not None:
                members.setdefault((row[c], _fold_name(row[r]), _fold_name(row[sr])), []).append(pid)
    return {k: tuple(v) for k, v in members.items()}


class ReferenceIndex:
    def __init__(self, base: Base, digest: str):
        self._load(build_tables(base, digest))

    @classmethod
    def from_tables(cls, table: dict) -> ReferenceIndex:
        index = cls.__new__(cls)
        index._load(table)
        return index

    # The gazetteer (tens of thousands of places) is needed only by event-place claims: the
    # stored index keeps its tables packed (`packed`), unpacked on first use.
    @cached_property
    def _place_tables(self) -> tuple[dict, dict]:
        return _unpacked(self._table["places"]), _unpacked(self._table["places_by_name"])

    @cached_property
    def place_records(self) -> Mapping[str, Place]:
        return Records(self._place_tables[0], _place_decoder(self._table["files"]))

    @cached_property
    def places_by_name(self) -> dict[str, tuple[str, ...]]:  # folded name → place ids
        return self._place_tables[1]

    def _load(self, table: dict) -> None:
        self._table = table
        self.digest: str = table["digest"]
        self.facts: int = table["facts"]
        files = table["files"]
        self.sources: Mapping[str, Source] = Records(table["sources"], _decoder(Source, files))
        self.countries: Mapping[str, Country] = Records(table["countries"], _decoder(Country, files))
        self.offices: Mapping[str, Office] = Records(table["offices"], _decoder(Office, files))
        self.people: Mapping[str, Person] = Records(table["people"], _decoder(Person, files))
        self.event_records: Mapping[str, Event] = Records(table["events"], _decoder(Event, files))
        self.election_records: Mapping[str, Election] = Records(table["elections"], _decoder(Election, files))
        self.place_memo: dict = {}  # checker.places: readings of names and events, places in a region
        self.match_memo: dict = {}  # checker.resolve: folded name or surname -> its match
        self.verify_memo: dict = {}  # checker.verify: look-ups that claim after claim repeats
        self._elections_of_year: dict[int, tuple[Election, ...]] = {}  # `elections(year)`
        self._successions: dict[str, tuple[tuple[Tenure, Tenure], ...]] = {}  # `successions(office)`
        self.country_by_word: dict[str, str] = table["country_by_word"]
        self.offices_by_form: dict[str, tuple[str, ...]] = table["offices_by_form"]  # office ids
        self.offices_by_form_country: dict[tuple[str, str], tuple[str, ...]] = table["offices_by_form_country"]
        # name, word, first three letters of a word → person ids, sorted
        self.people_by_name: dict[str, tuple[str, ...]] = table["people_by_name"]
        self.people_by_token: dict[str, tuple[str, ...]] = table["people_by_token"]
        self.people_by_prefix: dict[str, tuple[str, ...]] = table["people_by_prefix"]
        self.events_by_name: dict[str, tuple[str, ...]] = table["events_by_name"]  # event ids by date
        self.events_by_person: dict[str, tuple[str, ...]] = table["events_by_person"]  # event ids by date
        self.events_by_kind: dict[str, tuple[str, ...]] = table["events_by_kind"]  # event ids by date
        self._terms: tuple[tuple, ...] = table["terms"]
        self._term = _decoder(Term, files)
        self._tenures: list[Tenure | None] = [None] * len(self._terms)
        self.tenures_by_office: Mapping[str, list[Tenure]] = tenure_lists(self, table["office_terms"])
        self.tenures_by_person: Mapping[str, list[Tenure]] = tenure_lists(self, table["person_terms"])
        self.horizon: dict[str, date] = {k: date.fromordinal(v) for k, v in table["horizon"].items()}
        self.base = BaseView(self)
        self.fuzzy_memo: dict = {}  # checker.resolve: folded mention -> its fuzzy match
        self.fuzzy_blocks: dict = {}  # checker.resolve: name prefix -> its people's folded names
        self._elections_by_date: tuple[Election, ...] | None = None

    def __reduce__(self):  # to worker processes (checker.batch): the plain tables only
        return ReferenceIndex.from_tables, (self._table,)

    def tables(self) -> dict:
        """The plain data this index is read from (what the cache stores)."""
        return self._table

    def _tenure(self, i: int) -> Tenure:
        tenure = self._tenures[i]
        if tenure is None:
            row = self._terms[i]
            t = self._term(row[:-1])
            end = _range(row[-1])
            if end is not None:
                sure_to, maybe_to = end.lo, end.hi
            else:
                sure_to, maybe_to = self.sources[t.source].snapshot.lo, FAR_FUTURE
            sure_from = t.start.hi
            tenure = self._tenures[i] = Tenure(
                t, sure_from, sure_to if sure_to >= sure_from else None, t.start.lo, maybe_to, row[-1])
        return tenure

    # --- look-ups -------------------------------------------------------------------

    def keep(self, key, value):
        """Stores `value` under `key` in `verify_memo` (what the verifiers work out from this
        index alone and ask again claim after claim; keys begin with the asker's name) and
        returns it. The memo is emptied when it reaches MEMO_SIZE entries: a long batch keeps
        meeting new people and titles."""
        if len(self.verify_memo) >= MEMO_SIZE:
            self.verify_memo.clear()
        self.verify_memo[key] = value
        return value

    def term_offices(self, person_id: str) -> tuple[str, ...]:
        """The office of each of the person's terms, in index order, without decoding the
        terms (a surname may match hundreds of people, of whom a title keeps few)."""
        terms = self._terms
        return tuple(terms[i][_TERM_OFFICE] for i in self._table["person_terms"].get(person_id, ()))

    def names_of(self, person_id: str) -> tuple[str, ...]:
        """A person's name and aliases, without decoding the whole record."""
        row = self._table["people"][person_id]
        return (row[1], *row[2])

    def names_of_all(self, ids, kind: str = "people") -> tuple[list[str], list[str]]:
        """The names and aliases of these people (or events: `kind` "events"), one after
        the other, and whose each is (a fuzzy block's: `checker.resolve`), without decoding
        their records."""
        rows, at = self._table[kind], _ALIASES[kind]
        names, owners = [], []
        for i in ids:
            row = rows[i]
            names.append(row[1])
            owners.append(i)
            if row[at]:
                names += row[at]
                owners += [i] * len(row[at])
        return names, owners

    def country_id(self, word: str | None) -> str | None:
        return self.country_by_word.get(fold(word)) if word else None

    def office_candidates(self, title: str, country: str | None, to: str | None) -> list[Office]:
        form = fold(title)
        found = self.offices_by_form.get(form, ()) if country is None else \
            self.offices_by_form_country.get((form, country), ())
        offices = [self.offices[o] for o in found]
        return [o for o in offices if to is None or o.to == to]

    def elections(self, year: int | None = None) -> list[Election]:
        """Elections in date order, those of one year if given."""
        if self._elections_by_date is None:
            self._elections_by_date = tuple(sorted(self.base.elections, key=lambda e: (e.date.lo, e.id)))
        if year is None:
            return list(self._elections_by_date)
        found = self._elections_of_year.get(year)  # a year's claims come again and again
        if found is None:
            found = self._elections_of_year[year] = tuple(
                e for e in self._elections_by_date if e.date.lo.year <= year <= e.date.hi.year)
        return list(found)

    def successions(self, office: str) -> list[tuple[Tenure, Tenure]]:
        """(outgoing, incoming) for each change of holder of a single-seat office, in order:
        consecutive terms of one person (re-appointments) are no change."""
        found = self._successions.get(office)  # asked claim after claim: made once
        if found is None:
            ts = self.tenures_by_office.get(office, [])
            found = self._successions[office] = () if not self.offices[office].single_seat else tuple(
                (a, b) for a, b in zip(ts, ts[1:]) if a.term.person != b.term.person)
        return list(found)

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(**self._table["vocabulary"])

    def places_named(self, name: str) -> list[Place]:
        """Places of the gazetteer with this name or alias (case, diacritics and punctuation
        folded), in file order: every reading of an ambiguous name ("Cambridge")."""
        return [self.place_records[p] for p in self.places_by_name.get(fold(name), ())]

    def places_in(self, country: str, region: str, subregion: str | None = None) -> list[Place]:
        """The cities and sites the gazetteer places in a region (by its folded name): the
        regions' members are listed when the index is built (`_region_members`), read the
        first time a claim about a region asks."""
        members = self.place_memo.get("members")
        if members is None:
            members = self.place_memo["members"] = _unpacked(self._table["places_by_region"])
        key = (country, _fold_name(region), _fold_name(subregion) if subregion else None)
        return [self.place_records[pid] for pid in members.get(key, ())]

    def events_named(self, alias: str) -> list[Event]:
        """Events with this alias or name (case, diacritics and punctuation folded), by date."""
        return [self.event_records[e] for e in self.events_by_name.get(fold(alias), ())]

    def events_of_kind(self, *kinds: str) -> list[Event]:
        """Events of these kinds, by date."""
        return self._events_by_date([self.events_by_kind.get(k, ()) for k in kinds])

    def events_with_person(self, *people: str) -> list[Event]:
        """Events with any of these people among theirs, by date."""
        return self._events_by_date([self.events_by_person.get(p, ()) for p in people])

    def event_kinds(self) -> set[str]:
        return set(self.events_by_kind)

    def _events_by_date(self, lists: list[tuple[str, ...]]) -> list[Event]:
        # Each stored list is in date order already: only a merge of several needs sorting.
        events = [self.event_records[i] for i in dict.fromkeys(i for ids in lists for i in ids)]
        return events if len(lists) == 1 else sorted(events, key=lambda e: (e.start.lo, e.id))
