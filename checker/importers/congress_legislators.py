"""Importer for unitedstates/congress-legislators: US presidents and VPs (``executive.yaml``)
and the members of Congress serving at the snapshot, with all their terms
(``legislators-current.yaml``).

Rules:
- People ids: the Wikidata QID when the file gives ``id.wikidata``, else ``bioguide:<id>``,
  else (presidents who never sat in Congress have no bioguide id) ``govtrack:<id>``.
- Name as written in news: ``<nickname or first> <last>``, with a few overrides for the
  names news always write with an initial (``George W. Bush``, ``John F. Kennedy``, ...).
  Aliases: the official full name, the full name with middle names and suffix, the form
  with middle initials (``Joseph R. Biden Jr.``) and ``<first> <last>``. An alias that
  would also fit another person in the file (``George Bush``, ``John Adams`` for John
  Quincy Adams) is dropped.
- Terms: the file's ``end`` is the scheduled end. Consecutive terms of one person in one
  office (end == next start: re-election) are merged. A term whose end lies after the
  snapshot date is written open (no end): the holder is in office at the snapshot.
- born: ``bio.birthday``.
- Congress: a term ``{type: sen, state: XX}`` is a term of office ``us.senate.xx`` (United
  States Senator from <state>; forms Senator, US Senator), ``{type: rep, state: XX}`` of
  ``us.house.xx`` (United States Representative from <state>; forms Representative,
  Congressman, Congresswoman). Both are ``single_seat: no``: a state has two senators, and
  House districts are redrawn, so a seat is not tracked. Each term is kept as written
  (start and scheduled end; an end after the snapshot is written open).
- ``legislators-historical.csv`` is not imported: it has no term dates (one row per former
  member, their last term only), and a person without terms only adds namesakes.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from checker.importers import yamlout

SOURCE_ID = "congress-legislators"
SNAPSHOT = "2026-06-15"  # commit dfa9622 of 2026-06-15 (see the data README)
SOURCE = {
    "id": SOURCE_ID,
    "title": "unitedstates/congress-legislators (executive.yaml)",
    "url": "https://github.com/unitedstates/congress-legislators",
    "licence": "CC0-1.0",
    "snapshot": SNAPSHOT,
}
OFFICES = [
    {"id": "us.president", "name": "President of the United States", "country": "US",
     "forms": ["President"], "source": SOURCE_ID},
    {"id": "us.vice-president", "name": "Vice President of the United States", "country": "US",
     "forms": ["Vice President", "Vice-President", "VP"], "source": SOURCE_ID},
]
OFFICE_OF_TYPE = {"prez": "us.president", "viceprez": "us.vice-president"}
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "the District of Columbia",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "the U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "the Northern Mariana Islands",
}

# Names as news write them, where "<nickname or first> <last>" is not it.
NAME_OVERRIDES = {
    "Q207": "George W. Bush",
    "B001166": "George H. W. Bush",
    "K000107": "John F. Kennedy",
    "J000160": "Lyndon B. Johnson",
    "412366": "Dwight D. Eisenhower",  # govtrack
    "412364": "Franklin D. Roosevelt",  # govtrack
    "T000387": "Harry S. Truman",
    "A000041": "John Quincy Adams",
    "V000137": "JD Vance",
}


def _initials(middle: str) -> str:
    return " ".join(part if part.endswith(".") else part[0] + "." for part in middle.split())


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _person_id(ids: dict) -> str:
    if ids.get("wikidata"):
        return str(ids["wikidata"])
    if ids.get("bioguide"):
        return f"bioguide:{ids['bioguide']}"
    return f"govtrack:{ids['govtrack']}"


def _names(person: dict) -> tuple[str, list[str]]:
    ids, n = person["id"], person["name"]
    first, middle, last = n["first"], n.get("middle"), n["last"]
    suffix, nickname, official = n.get("suffix"), n.get("nickname"), n.get("official_full")
    name = None
    for key in (ids.get("wikidata"), ids.get("bioguide"), str(ids.get("govtrack"))):
        if key in NAME_OVERRIDES:
            name = NAME_OVERRIDES[key]
            break
    if name is None:
        name = _join(nickname or first, last)
    candidates = [
        official,
        _join(first, middle, last, suffix),
        _join(first, _initials(middle), last, suffix) if middle else None,
        _join(first, _initials(middle), last) if middle else None,
        _join(first, last, suffix) if suffix else None,
        _join(first, last),
        _join(nickname, last) if nickname else None,
    ]
    aliases: list[str] = []
    for c in candidates:
        if c and c != name and c not in aliases:
            aliases.append(c)
    return name, aliases


def _merge_terms(terms: list[dict]) -> list[dict]:
    merged: list[dict] = []
    for t in sorted(terms, key=lambda t: (t["type"], t["start"])):
        if merged and merged[-1]["type"] == t["type"] and merged[-1]["end"] == t["start"]:
            merged[-1] = {**merged[-1], "end": t["end"]}
        else:
            merged.append(dict(t))
    return merged


def _load(path: Path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _congress_office(t: dict) -> dict:
    state = t["state"]
    if t["type"] == "sen":
        return {"id": f"us.senate.{state.lower()}", "name": f"United States Senator from {STATES[state]}",
                "country": "US", "forms": ["Senator", "US Senator"], "single_seat": "no", "source": SOURCE_ID}
    return {"id": f"us.house.{state.lower()}", "name": f"United States Representative from {STATES[state]}",
            "country": "US", "forms": ["Representative", "Congressman", "Congresswoman"],
            "single_seat": "no", "source": SOURCE_ID}


def build(src_dir: Path, out_file: Path | None = None) -> dict:
    data = _load(Path(src_dir) / "executive.yaml")
    current = _load(Path(src_dir) / "legislators-current.yaml")
    people, terms = [], []
    all_names: dict[str, set[str]] = {}
    built = []
    for person in data + current:
        pid = _person_id(person["id"])
        name, aliases = _names(person)
        built.append((person, pid, name, aliases))
        for s in [name, *aliases]:
            all_names.setdefault(s.casefold(), set()).add(pid)
    offices = {o["id"]: o for o in OFFICES}
    seen: set[str] = set()
    for person, pid, name, aliases in built:
        aliases = [a for a in aliases if all_names[a.casefold()] == {pid}]
        if pid not in seen:
            seen.add(pid)
            people.append({"id": pid, "name": name, "aliases": aliases,
                           "born": person.get("bio", {}).get("birthday"), "source": SOURCE_ID})
        for t in person["terms"] if person["terms"][0]["type"] in ("sen", "rep") else []:
            o = _congress_office(t)
            offices.setdefault(o["id"], o)
            end = t["end"] if t["end"] <= SNAPSHOT else None
            terms.append({"person": pid, "office": o["id"], "start": t["start"], "end": end,
                          "source": SOURCE_ID})
        if person["terms"][0]["type"] in ("prez", "viceprez"):
            for t in _merge_terms(person["terms"]):
                end = t["end"] if t["end"] <= SNAPSHOT else None
                terms.append({"person": pid, "office": OFFICE_OF_TYPE[t["type"]],
                              "start": t["start"], "end": end, "source": SOURCE_ID})
    people.sort(key=lambda p: p["id"])
    terms.sort(key=lambda t: (t["office"], t["start"], t["person"]))
    return {"sources": [SOURCE], "offices": [offices[k] for k in sorted(offices)], "people": people,
            "terms": terms}


HEADER = """Generated by `factcheck reference import congress-legislators` (or `python -m
checker.importers congress-legislators`) from congress-legislators/executive.yaml and
legislators-current.yaml. Do not edit by hand: fix the importer and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    yamlout.write(out_file, build(src_dir, out_file), HEADER)
