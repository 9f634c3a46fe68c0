"""Load and validate the reference base from YAML folders.

Every problem is collected as `file:line:col: message` and raised together, so a user
fixing a file sees all its errors at once, and no partly loaded base is ever used.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from checker.facts import Base, Country, Election, Event, Exclusion, Office, Person, Place, Source, Term
from claims.dates import parse_iso

if TYPE_CHECKING:
    from checker.yamlsafe import Node

# Dates repeat across a base ("2014", "1950-03"): one frozen DateRange for each.
_parse_date = lru_cache(maxsize=1 << 16)(parse_iso)

SECTIONS = ("sources", "countries", "offices", "people", "terms", "events", "elections", "exclusions", "places")
_YES = {"yes": True, "true": True, "no": False, "false": False}


class ReferenceError(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class RefFile:
    path: Path  # where to read it
    shown: str  # how to name it in messages and evidence: "reference/curated/germany.yaml"


def files_in(folder: Path, shown_prefix: str) -> list[RefFile]:
    """The YAML files below `folder`, in a stable order."""
    if not folder.is_dir():
        raise ReferenceError([f"{shown_prefix}: not a folder"])
    found = sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    return [RefFile(p, f"{shown_prefix}/{p.relative_to(folder).as_posix()}") for p in found]


class _File:
    """Reads the entries of one file, turning every problem into a located message."""

    def __init__(self, shown: str, errors: list[str]):
        self.shown, self.errors = shown, errors

    def error(self, node: Node, message: str) -> None:
        self.errors.append(f"{self.shown}:{node.line}:{node.column}: {message}")

    def ref(self, node: Node) -> str:
        return f"{self.shown}:{node.line}"

    def entries(self, root: Node) -> dict[str, list[Node]]:
        if not isinstance(root.value, dict):
            self.error(root, f"expected a mapping with any of: {', '.join(SECTIONS)}")
            return {}
        out: dict[str, list[Node]] = {}
        for key, node in root.value.items():
            if key not in SECTIONS:
                self.error(node, f"unknown section {key!r} (expected one of: {', '.join(SECTIONS)})")
            elif not isinstance(node.value, list):
                self.error(node, f"{key!r} must be a list of entries")
            else:
                out[key] = node.value
        return out

    def fields(self, entry: Node, required: Iterable[str], optional: Iterable[str]) -> dict[str, Node] | None:
        if not isinstance(entry.value, dict):
            self.error(entry, "expected an entry (a mapping of keys to values)")
            return None
        required, allowed = set(required), set(required) | set(optional)
        if "id" in required:
            allowed.add("overrides")  # replaces an entry of the same id from another file
        ok = True
        for key, node in entry.value.items():
            if key not in allowed:
                self.error(node, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
                ok = False
        for key in sorted(required - entry.value.keys()):
            self.error(entry, f"missing required key {key!r}")
            ok = False
        for key in sorted(required & entry.value.keys()):
            if entry.value[key].value is None:  # `id:` with nothing after it
                self.error(entry.value[key], f"required key {key!r} has no value")
                ok = False
        if not ok:
            return None
        fields = dict(entry.value)
        fields.pop("overrides", None)  # read by `load`, not by the section readers
        return fields

    def text(self, node: Node | None, key: str) -> str | None:
        if node is None or node.value is None:
            return None
        if not isinstance(node.value, str) or not node.value.strip():
            self.error(node, f"{key!r} must be a non-empty text")
            return None
        return node.value.strip()

    def texts(self, node: Node | None, key: str) -> tuple[str, ...]:
        if node is None or node.value is None:
            return ()
        if isinstance(node.value, str):
            return (node.value.strip(),)
        if not isinstance(node.value, list):
            self.error(node, f"{key!r} must be a list of texts")
            return ()
        return tuple(t for t in (self.text(n, key) for n in node.value) if t)

    def date(self, node: Node | None, key: str):
        value = self.text(node, key)
        if value is None:
            return None
        try:
            return _parse_date(value)
        except ValueError as exc:
            self.error(node, f"{key!r}: {exc}")
            return None

    def flag(self, node: Node | None, key: str, default: bool) -> bool:
        value = self.text(node, key)
        if value is None:
            return default
        if value.lower() not in _YES:
            self.error(node, f"{key!r} must be yes or no, not {value!r}")
            return default
        return _YES[value.lower()]


def _source(f: _File, e: Node) -> Source | None:
    d = f.fields(e, ("id", "title", "snapshot"), ("url", "licence"))
    if d is None:
        return None
    snapshot = f.date(d["snapshot"], "snapshot")
    ident, title = f.text(d["id"], "id"), f.text(d["title"], "title")
    if not (snapshot and ident and title):
        return None
    return Source(ident, title, snapshot, f.text(d.get("url"), "url"), f.text(d.get("licence"), "licence"), f.ref(e))


def _country(f: _File, e: Node) -> Country | None:
    d = f.fields(e, ("id", "name", "source"), ("names", "demonyms", "capital", "cite", "organisation"))
    if d is None:
        return None
    ident, name, source = (f.text(d[k], k) for k in ("id", "name", "source"))
    if not (ident and name and source):
        return None
    return Country(
        ident, name, f.texts(d.get("names"), "names"), f.texts(d.get("demonyms"), "demonyms"),
        f.text(d.get("capital"), "capital"), source, f.text(d.get("cite"), "cite"), f.ref(e),
        f.flag(d.get("organisation"), "organisation", False),
    )


def _office(f: _File, e: Node) -> Office | None:
    d = f.fields(e, ("id", "name", "country", "forms", "source"), ("to", "single_seat", "cite"))
    if d is None:
        return None
    ident, name, country, source = (f.text(d[k], k) for k in ("id", "name", "country", "source"))
    forms = f.texts(d["forms"], "forms")
    if not forms:
        f.error(d["forms"], "'forms' must list at least one title")
    if not (ident and name and country and source and forms):
        return None
    return Office(
        ident, name, country, forms, f.text(d.get("to"), "to"), f.flag(d.get("single_seat"), "single_seat", True),
        source, f.text(d.get("cite"), "cite"), f.ref(e),
    )


def _person(f: _File, e: Node) -> Person | None:
    d = f.fields(e, ("id", "name", "source"), ("aliases", "born", "cite"))
    if d is None:
        return None
    ident, name, source = (f.text(d[k], k) for k in ("id", "name", "source"))
    if not (ident and name and source):
        return None
    return Person(
        ident, name, f.texts(d.get("aliases"), "aliases"), f.date(d.get("born"), "born"), source,
        f.text(d.get("cite"), "cite"), f.ref(e),
    )


def _term(f: _File, e: Node) -> Term | None:
    d = f.fields(e, ("person", "office", "start", "source"), ("end", "acting", "cite"))
    if d is None:
        return None
    person, office, source = (f.text(d[k], k) for k in ("person", "office", "source"))
    start, end = f.date(d["start"], "start"), f.date(d.get("end"), "end")
    if start and end and end.hi < start.lo:
        f.error(d["end"], f"term ends ({end}) before it starts ({start})")
        return None
    if not (person and office and source and start):
        return None
    return Term(
        person, office, start, end, f.flag(d.get("acting"), "acting", False), source,
        f.text(d.get("cite"), "cite"), f.ref(e),
    )


EVENT_KINDS = ("summit", "annexation", "invasion", "intervention", "treaty", "referendum", "visit", "war", "attack", "other")


def _event(f: _File, e: Node) -> Event | None:
    d = f.fields(e, ("id", "name", "kind", "start", "source"),
                 ("aliases", "end", "place", "country", "participants", "people", "cite"))
    if d is None:
        return None
    ident, name, kind, source = (f.text(d[k], k) for k in ("id", "name", "kind", "source"))
    if kind and kind not in EVENT_KINDS:
        f.error(d["kind"], f"unknown event kind {kind!r} (one of: {', '.join(EVENT_KINDS)})")
        return None
    start, end = f.date(d["start"], "start"), f.date(d.get("end"), "end")
    if start and end and end.hi < start.lo:
        f.error(d["end"], f"event ends ({end}) before it starts ({start})")
        return None
    if not (ident and name and kind and source and start):
        return None
    return Event(
        ident, name, kind, f.texts(d.get("aliases"), "aliases"), start, end, f.text(d.get("place"), "place"),
        f.text(d.get("country"), "country"), f.texts(d.get("participants"), "participants"),
        f.texts(d.get("people"), "people"), source, f.text(d.get("cite"), "cite"), f.ref(e),
    )


def _election(f: _File, e: Node) -> Election | None:
    d = f.fields(e, ("id", "office", "date", "winner", "source"), ("runner_up", "cite"))
    if d is None:
        return None
    ident, office, winner, source = (f.text(d[k], k) for k in ("id", "office", "winner", "source"))
    when = f.date(d["date"], "date")
    if not (ident and office and winner and source and when):
        return None
    return Election(ident, office, when, winner, f.text(d.get("runner_up"), "runner_up"), source,
                    f.text(d.get("cite"), "cite"), f.ref(e))


def _exclusion(f: _File, e: Node) -> Exclusion | None:
    d = f.fields(e, ("offices", "source"), ("cite",))
    if d is None:
        return None
    offices, source = f.texts(d["offices"], "offices"), f.text(d["source"], "source")
    if len(set(offices)) < 2:
        f.error(d["offices"], "'offices' must list at least two different office ids")
        return None
    if not source:
        return None
    return Exclusion(offices, source, f.text(d.get("cite"), "cite"), f.ref(e))


PLACE_KINDS = ("city", "site", "region")


def _place(f: _File, e: Node) -> Place | None:
    d = f.fields(e, ("id", "name", "country", "source"),
                 ("aliases", "kind", "region", "subregion", "lat", "lon", "population", "cite"))
    if d is None:
        return None
    ident, name, country, source = (f.text(d[k], k) for k in ("id", "name", "country", "source"))
    kind = f.text(d.get("kind"), "kind") or "city"
    if kind not in PLACE_KINDS:
        f.error(d["kind"], f"unknown place kind {kind!r} (one of: {', '.join(PLACE_KINDS)})")
        return None
    lat, lon = _number(f, d.get("lat"), "lat", 90), _number(f, d.get("lon"), "lon", 180)
    population = _number(f, d.get("population"), "population", None)
    region, subregion = f.text(d.get("region"), "region"), f.text(d.get("subregion"), "subregion")
    ok = True
    if ("lat" in d) != ("lon" in d) or (kind != "region" and "lat" not in d):
        f.error(e, f"a {kind} needs 'lat' and 'lon'" if kind != "region" else "a region's 'lat' and 'lon' go together")
        ok = False
    if subregion and kind == "region":
        f.error(d["subregion"], "a region lies in a 'region' at most: no 'subregion'")
        ok = False
    elif subregion and not region:
        f.error(d["subregion"], "'subregion' needs the 'region' it lies in")
        ok = False
    if not (ok and ident and name and country and source) or (kind != "region" and lat is None):
        return None
    return Place(ident, name, f.texts(d.get("aliases"), "aliases"), kind, country, region, subregion, lat, lon,
                 None if population is None else int(population), source, f.text(d.get("cite"), "cite"), f.ref(e))


def _number(f: _File, node: Node | None, key: str, bound: float | None) -> float | None:
    """A latitude or longitude within ±`bound` degrees, or (no bound) a whole number >= 0."""
    value = f.text(node, key)
    if value is None:
        return None
    try:
        number = float(value) if bound else int(value)
    except ValueError:
        number = None
    if number is None or number != number or (bound and abs(number) > bound) or (not bound and number < 0):
        f.error(node, f"{key!r} must be {f'a number of degrees from -{bound} to {bound}' if bound else 'a whole number'}, "
                      f"not {value!r}")
        return None
    return number


_READERS: dict[str, Callable] = {
    "sources": _source, "countries": _country, "offices": _office, "people": _person, "terms": _term,
    "events": _event, "elections": _election, "exclusions": _exclusion, "places": _place,
}


def load(files: list[RefFile]) -> Base:
    """Parse and validate; raise ReferenceError listing every problem found.

    Reads each file's YAML tree only while turning it into records (a large base's trees
    cost more memory than its records); when there are errors, reads again keeping the
    trees, to say where each one is."""
    loaded = load_all(files, located=False)
    if loaded.errors:
        raise ReferenceError(load_all(files).errors or loaded.errors)
    return loaded.base


@dataclass
class Loaded:
    """What `load_all` read: the base (without the entries in error), every problem found,
    and where each record was written (for tools that check more, such as
    `factcheck reference validate`)."""

    base: Base
    errors: list[str]
    nodes: dict  # id(record) -> (_File, entry Node); `records` keeps those ids unique
    records: list

    def where(self, record, key: str | None = None) -> tuple[str, int, int]:
        """(file as shown, line, column) of `record`, or of its `key` when written."""
        f, entry = self.nodes[id(record)]
        node = entry.value.get(key, entry) if key and isinstance(entry.value, dict) else entry
        return f.shown, node.line, node.column


def load_all(files: list[RefFile], located: bool = True) -> Loaded:
    """Parse and validate without raising: the records that are sound, and the errors.
    With `located=False`, the YAML nodes are not kept: problems found across files
    (cross-checks, duplicate ids) are then reported without their line and column."""
    from checker import yamlsafe  # imports PyYAML: only when a base is read from YAML

    errors: list[str] = []
    records: dict[str, list] = {k: [] for k in SECTIONS}
    nodes: dict[int, tuple[_File, Node]] = {}  # id(record) → where it was written, for cross-checks
    overriding: set[int] = set()  # id(record) of entries that say `overrides: yes`
    all_records: list = []  # every record read, overridden ones too: keeps their ids unique
    for rf in files:
        f = _File(rf.shown, errors)
        try:
            data = rf.path.read_bytes()
            text, data = data.decode("utf-8"), None
        except OSError as exc:
            errors.append(f"{rf.shown}:1:1: cannot read: {exc.strerror or exc}")
            continue
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            errors.append(f"{rf.shown}:{line}:{column}: not UTF-8 text "
                          f"(invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start})")
            continue
        try:
            read = _read_fast(f, text, located)  # the importers' simple shape, fast
            if read is None:
                read = _read_rows(f, text, located)  # the same, one flow mapping a line (places)
            if read is None:
                root = yamlsafe.load(text, rf.shown)
                read = [] if root is None else [
                    taken for section, entries in f.entries(root).items() for entry in entries
                    for taken in _take(f, section, entry, located)]
                root = None
        except yamlsafe.YamlError as exc:
            errors.append(str(exc))
            continue
        text = None
        for section, record, entry, overrides in read:
            records[section].append(record)
            all_records.append(record)
            nodes[id(record)] = (f, entry)
            if overrides:
                overriding.add(id(record))
    for section in ID_SECTIONS:
        records[section] = _apply_overrides(records[section], section, nodes, overriding, errors)
    base = Base(*(tuple(records[k]) for k in SECTIONS))
    _cross_check(base, nodes)  # appends to `errors` through each record's _File
    return Loaded(base, errors, nodes, all_records)


def _take(f: _File, section: str, entry: Node, located: bool) -> list[tuple]:
    """[(section, record, entry Node or None when not `located`, whether it overrides)] for a
    sound entry, [] for one in error."""
    record = _READERS[section](f, entry)
    if record is None:
        return []
    overrides = isinstance(entry.value, dict) and f.flag(entry.value.get("overrides"), "overrides", False)
    return [(section, record, entry if located else None, overrides)]


def _read_fast(f: _File, text: str, located: bool) -> list[tuple] | None:
    """What `_take` makes of each entry of a file in the simple shape, read one entry at a time
    (never the tree of a whole large file); None, and no errors, if the file is not in it."""
    from checker import yamlsafe

    def read(section_errors: list[str]) -> list[tuple]:
        out: list[tuple] = []
        last, known = None, False
        for section, top, first, entry in yamlsafe.iter_fast(text, f.shown):
            if section != last:
                last = section
                one = yamlsafe.Node({section: yamlsafe.Node([], first, 3)}, top, 1)
                known = bool(_File(f.shown, section_errors).entries(one))
            if known:
                out += _take(f, section, entry, located)
        return out

    return _tentatively(f, read, yamlsafe.NotSimple)


def _tentatively(f: _File, read: Callable[[list[str]], list[tuple]], gives_up: type[Exception]) -> list[tuple] | None:
    """`read(section_errors)` by a reader of one shape of file: what it reports is kept only
    if it reads the whole file (the section errors first, as `entries` reports them). If the
    file is not in its shape (`gives_up`) none of it is, and None; a YAML error propagates
    without it (the full reader will say it again, where it is)."""
    from checker import yamlsafe

    mark = len(f.errors)
    section_errors: list[str] = []
    try:
        out = read(section_errors)
    except gives_up:
        del f.errors[mark:]
        return None
    except yamlsafe.YamlError:
        del f.errors[mark:]
        raise
    f.errors[mark:mark] = section_errors
    return out


# --- one flow mapping a line --------------------------------------------------------------
# The gazetteer (reference/imported/places.yaml) is tens of thousands of small entries: one
# line each ("  - {id: geonames:2650225, name: Edinburgh, ...}") is a third of the bytes of
# the block shape and reads faster. This reader takes exactly that shape (top-level keys,
# then entries each a flow mapping on one line of plain or single-quoted scalars and flow
# lists of them) with the nodes libyaml would give, and gives up (None) on anything else.

import re as _re  # noqa: E402

_ROW = _re.compile(r"  - \{(.*)\}[ ]*\Z")
_TOP_KEY = _re.compile(r"([A-Za-z_][A-Za-z0-9_]*):[ ]*\Z")
_SCALAR = r"'(?:[^']|'')*'|(?![-?:][ ,\]]|[-?:]\Z)[^,\[\]{}#&*!|>'\"%@`\s](?:[^,\[\]{}#:]|:(?![ ,\]]|\Z))*?"
_PAIR = _re.compile(r"[ ]*([A-Za-z_][A-Za-z0-9_]*): (\[[^\[\]{}]*\]|" + _SCALAR + r")[ ]*(?:,|\Z)")
_LIST_ITEM = _re.compile(r"[ ]*(" + _SCALAR + r")[ ]*(?:,|\Z)")
_NULL_WORDS = {"~", "null", "Null", "NULL"}
# what libyaml would read otherwise or refuse (tabs, other line breaks, control characters)
_ROWS_REFUSE = _re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


class _NotRows(Exception):
    pass


# The rows the importer writes, read without nodes when nothing is to be located: plain
# scalars (no quote, comma, bracket or comment sign; a colon only inside a word, as in an id),
# quoted ones, flat lists of plain ones, separated by ", ". Anything else, and any row
# `_place` might find fault with, goes the way of every other entry (`_take`), which says
# where the fault is.
_F_PLAIN = r"(?:-(?=[0-9])|[^,\[\]{}#&*!|>'\"%@`\s:?-])(?:[^,\[\]{}#:']|:(?=[^\s,\[\]{}]))*?"
_F_PAIR = r"([a-z_]+): ('(?:[^']|'')*'|\[[^\[\]{}#:']*\]|" + _F_PLAIN + r")(?<! )(?=, [a-z_]+: |\Z)"
_F_PAIRS = _re.compile(_F_PAIR)
_F_ROW = _re.compile(f"{_F_PAIR}(?:, {_F_PAIR})*".replace("([a-z_]+)", "[a-z_]+").replace("('", "(?:'"))
_F_ITEM = _re.compile(r"[ ]*(" + _F_PLAIN + r")[ ]*\Z")
# a row of plain scalars only: each value ends at the next comma, and ", " ends it
_F_SAFE = r"(?:-(?=[0-9])|[^,\[\]{}#&*!|>'\"%@`\s:?-])(?:[^,\[\]{}#:'\"]|:(?=[^\s,\[\]{}]))*(?<! )"
_F_SIMPLE = _re.compile(f"[a-z_]+: {_F_SAFE}(?:, [a-z_]+: {_F_SAFE})*")
_PLACE_KEYS = frozenset({"id", "name", "aliases", "kind", "country", "region", "subregion", "lat", "lon",
                         "population", "source", "cite"})
_PLACE_REQUIRED = frozenset({"id", "name", "country", "source"})
_PLACE_FIELDS = ("id", "name", "aliases", "kind", "country", "region", "subregion", "lat", "lon", "population",
                 "source", "cite", "ref")  # Place's, in order


def _place_fast(body: str, ref: str) -> Place | None:
    """The Place a sound row of the importer's shape makes (as `_place` would); None to let
    `_place` read it."""
    if "'" in body or "[" in body:
        if not _F_ROW.fullmatch(body):
            return None
        pairs = _F_PAIRS.findall(body)
    elif _F_SIMPLE.fullmatch(body):  # most rows: plain scalars only, split where they must end
        pairs = [p.split(": ", 1) for p in body.split(", ")]
    else:
        return None
    d = dict(pairs)
    if len(d) != len(pairs) or not d.keys() <= _PLACE_KEYS or not _PLACE_REQUIRED <= d.keys() \
            or not _NULL_WORDS.isdisjoint(d.values()):
        return None
    if "'" in body or "[" in body:
        for key, raw in pairs:
            if raw[0] == "'":
                value = raw[1:-1].replace("''", "'")
                if not value.strip() or value != value.strip():
                    return None
                d[key] = value
            elif raw[0] == "[":
                if key != "aliases":
                    return None  # a list where a text is expected
                value = []
                for item in raw[1:-1].split(",") if raw[1:-1].strip() else ():
                    m = _F_ITEM.match(item)
                    if not m or m.group(1) in _NULL_WORDS or m.group(1)[-1] == " ":
                        return None
                    value.append(m.group(1))
                d[key] = tuple(value)
    kind = d.get("kind", "city")
    lat, lon, population, region, subregion = d.get("lat"), d.get("lon"), d.get("population"), d.get("region"), d.get("subregion")
    if kind not in PLACE_KINDS or ("lat" in d) != ("lon" in d) or (kind != "region" and lat is None) \
            or (subregion and (kind == "region" or not region)):
        return None
    try:
        if lat is not None:
            lat, lon = float(lat), float(lon)
            if not (abs(lat) <= 90 and abs(lon) <= 180):
                return None
        if population is not None:
            population = int(population)
            if population < 0:
                return None
    except ValueError:
        return None
    aliases = d.get("aliases", ())
    if aliases.__class__ is str:
        aliases = (aliases,)
    record = object.__new__(Place)  # as unpickling does (a frozen dataclass's __init__ is slow): checked above
    record.__dict__.update(zip(_PLACE_FIELDS, (d["id"], d["name"], aliases, kind, d["country"], region, subregion,
                                               lat, lon, population, d["source"], d.get("cite"), ref)))
    return record


def _row_scalar(raw: str, line: int, col: int):
    from checker.yamlsafe import Node

    if raw.startswith("'"):
        return Node(raw[1:-1].replace("''", "'"), line, col)
    if raw.startswith("["):
        items, body, pos = [], raw[1:-1], 0
        while body.strip() and pos < len(body):
            m = _LIST_ITEM.match(body, pos)
            if not m or m.end() == pos:
                raise _NotRows
            items.append(_row_scalar(m.group(1), line, col + 1 + m.start(1)))
            pos = m.end()
        return Node(items, line, col)
    if raw in _NULL_WORDS or " #" in raw:
        raise _NotRows  # a null or a comment inside a row: libyaml says what it means
    return Node(raw, line, col)


def _read_rows(f: _File, text: str, located: bool) -> list[tuple] | None:
    """What `_take` makes of each entry of a file in the one-line-a-row shape; None, and no
    errors, if the file is not in it."""
    from checker import yamlsafe

    if "\n  - {" not in text[:4096] or _ROWS_REFUSE.search(text):
        return None

    def read(section_errors: list[str]) -> list[tuple]:
        out: list[tuple] = []
        section, known, seen, first = None, False, set(), False
        for n, line in enumerate(text.split("\n"), 1):
            if line[:5] == "  - {" and line[-1:] == "}":  # a row (most lines)
                body = line[5:-1]
            else:
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                m = _TOP_KEY.match(line)
                if m:
                    if m.group(1) in seen or (section is not None and not first):
                        raise _NotRows  # a repeated or empty section: libyaml says what it is
                    section, first = m.group(1), False
                    seen.add(section)
                    top = n
                    continue
                m = _ROW.match(line)
                if not m:
                    raise _NotRows
                body = m.group(1)
            if section is None:
                raise _NotRows
            if not first:
                first = True
                one = yamlsafe.Node({section: yamlsafe.Node([], n, 3)}, top, 1)
                known = bool(_File(f.shown, section_errors).entries(one))
            if known and section == "places" and not located:
                record = _place_fast(body, f"{f.shown}:{n}")
                if record is not None:
                    out.append(("places", record, None, False))
                    continue
            entry: dict = {}
            pos, start = 0, 5  # the body starts at column 6
            while pos < len(body):
                p = _PAIR.match(body, pos)
                if not p:
                    raise _NotRows
                key = p.group(1)
                if key in entry:
                    raise yamlsafe.YamlError(f.shown, n, start + 1 + p.start(1), f"duplicate key {key!r}")
                entry[key] = _row_scalar(p.group(2), n, start + 1 + p.start(2))
                pos = p.end()
            if known:
                out += _take(f, section, yamlsafe.Node(entry, n, 5), located)
        if section is None or not first:
            raise _NotRows
        return out

    return _tentatively(f, read, _NotRows)


ID_SECTIONS = {"sources": "source", "countries": "country", "offices": "office", "people": "person",
               "events": "event", "elections": "election", "places": "place"}


def _apply_overrides(records: list, section: str, nodes, overriding: set[int], errors: list[str]) -> list:
    """One record per id: an entry saying `overrides: yes` replaces the other entry of that id
    (a user's correction of the bundled base); any other repeated id is an error."""
    if len({record.id for record in records}) == len(records) and not any(id(r) in overriding for r in records):
        return records  # every id once, none overriding: nothing to do (the gazetteer's tens of thousands)
    by_id: dict[str, list] = {}
    for record in records:
        by_id.setdefault(record.id, []).append(record)

    def where(record) -> str:
        f, entry = nodes[id(record)]
        if entry is None:  # not located (load_all(located=False))
            return f.shown
        node = entry.value.get("id", entry)
        return f"{f.shown}:{node.line}:{node.column}"

    kind = ID_SECTIONS[section]
    keep: dict[str, object] = {}
    for ident, group in by_id.items():
        overrides = [r for r in group if id(r) in overriding]
        plain = [r for r in group if id(r) not in overriding]
        if len(group) == 1:
            if overrides:
                errors.append(f"{where(group[0])}: 'overrides: yes' but no other {kind} has the id {ident!r}")
            keep[ident] = group[0]
        elif len(overrides) == 1 and len(plain) == 1:
            keep[ident] = overrides[0]
        else:
            # When the first two already make a valid pair (the bundled base correcting itself),
            # the entries after them are the ones to blame.
            paired = len(group) > 2 and sum(id(r) in overriding for r in group[:2]) == 1
            for r in group[2:] if paired else group[1:]:
                errors.append(f"{where(r)}: duplicate {kind} id {ident!r} (also at {where(group[0])}); "
                              "to replace an entry, say 'overrides: yes' in exactly one of them")
            keep[ident] = group[0]
    # Keep file order, with a replacement standing where the first entry of its id stood.
    return [keep[r.id] for r in records if keep.get(r.id) is not None and by_id[r.id][0] is r]


def _cross_check(base: Base, nodes: dict[int, tuple[_File, Node]]) -> None:
    def err(record, key: str, message: str) -> None:
        f, entry = nodes[id(record)]
        if entry is None:  # not located (load_all(located=False))
            f.errors.append(f"{f.shown}: {message}")
            return
        node = entry.value.get(key, entry) if isinstance(entry.value, dict) else entry
        f.errors.append(f"{f.shown}:{node.line}:{node.column}: {message}")

    ids = {kind: {r.id: r for r in getattr(base, section)} for section, kind in ID_SECTIONS.items()}
    for record in base.countries + base.offices + base.people + base.terms + base.events + base.elections + base.exclusions + base.places:
        if record.source not in ids["source"]:
            err(record, "source", f"unknown source {record.source!r} (declare it under 'sources')")
    for office in base.offices:
        for key in ("country", "to"):
            value = getattr(office, key)
            if value is not None and value not in ids["country"]:
                err(office, key, f"unknown country {value!r}")
    for event in base.events:
        for country in ((event.country,) if event.country else ()) + event.participants:
            if country not in ids["country"]:
                err(event, "participants" if country in event.participants else "country", f"unknown country {country!r}")
        for pid in event.people:
            if pid not in ids["person"]:
                err(event, "people", f"unknown person {pid!r}")
    for election in base.elections:
        if election.office not in ids["office"]:
            err(election, "office", f"unknown office {election.office!r}")
        for key in ("winner", "runner_up"):
            pid = getattr(election, key)
            if pid is not None and pid not in ids["person"]:
                err(election, key, f"unknown person {pid!r}")
    for exclusion in base.exclusions:
        for office in exclusion.offices:
            if office not in ids["office"]:
                err(exclusion, "offices", f"unknown office {office!r}")
    for term in base.terms:
        if term.person not in ids["person"]:
            err(term, "person", f"term names unknown person {term.person!r}")
        if term.office not in ids["office"]:
            err(term, "office", f"term names unknown office {term.office!r}")
    _check_places(base.places, ids["country"], err)


def _check_places(places: tuple[Place, ...], countries: dict, err) -> None:
    """A place's country must be known, and its `region` and `subregion` must name places of
    kind region of that country (the subregion one lying in that region): containment is
    judged by those names, so a misspelt one would silently place it nowhere."""
    from checker.names import fold

    regions: set[tuple[str, str, str | None]] = set()  # (country, folded name, folded parent)
    for p in places:
        if p.kind == "region":
            parent = fold(p.region) if p.region else None
            regions.update((p.country, fold(n), parent) for n in (p.name, *p.aliases))
    for p in places:
        if p.country not in countries:
            err(p, "country", f"unknown country {p.country!r}")
            continue
        if p.region and (p.country, fold(p.region), None) not in regions:
            err(p, "region", f"unknown region {p.region!r} of {p.country} (add it as a place of kind region)")
        elif p.subregion and (p.country, fold(p.subregion), fold(p.region)) not in regions:
            err(p, "subregion", f"unknown subregion {p.subregion!r} of {p.region}, {p.country} "
                                "(add it as a place of kind region with that region)")
