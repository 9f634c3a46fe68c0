"""Importer for HistoryAtState/travels: the foreign trips of US presidents and secretaries of state.

Each ``<trip>`` becomes an event of kind ``visit``, id ``hsg-travels:<trip id>``:
- ``start``/``end``: the trip's dates, which cover the whole stay in the country, not the
  day of a meeting (``end`` left out when it is the start day);
- ``place``: the first city of ``locale`` ("London, Cornwall": London), without a
  parenthesis ("Kananaskis (Alberta)": Kananaskis); none when the locale is empty or only
  repeats the country's name ("Mexico, D.F."). The schema has one place: the other cities
  are left out;
- ``country`` and ``participants`` (US and the host) by the rules of ``hsg``;
- ``people``: the traveller first, then whom the remarks name in full, where the base knows
  them (``hsg.People``), except in a sentence about a funeral or a memorial: the dead are
  named there, not met; also those named by title and surname ("President Zelenskyy",
  "Accompanied President Reagan") who held the one office of the host country or of the US
  with that title on the trip's dates (``hsg.People.titled``). The traveller comes first (a visit's first
  person is the one who travelled): without one, ``people`` is left empty;
- ``cite``: the traveller's page on history.state.gov (``/departmenthistory/travels/<role>/<who>``,
  the address the site's own search links each trip to).

The traveller (``who``, a HistoryAtState person slug) is the person of the base who held the
role's office (``us.president``, ``us.secretary-of-state``) on the trip's dates and whose name
has the slug's first word (the surname); failing that (a trip as president-elect), the only
holder of the office ever of that surname, or of the trip's ``name``; else pocom's
``pocom:<who>``, the id pocom gives a person it could not join.

Source ``hsg-travels``, snapshot the last day of the data (the end of its latest trip).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from checker.importers import hsg, yamlout
from checker.names import fold

SOURCE_ID = "hsg-travels"
OFFICES = {"president": "us.president", "secretary": "us.secretary-of-state"}
FOLDERS = ("president-travels", "secretary-travels")
_MOURNING = re.compile(r"funeral|memorial|burial|interment|wreath|tomb|grave|mausoleum|the late\b", re.I)


def source(snapshot: str) -> dict:
    return {"id": SOURCE_ID,
            "title": "U.S. Department of State, Office of the Historian: Travels Abroad of the President "
                     "and of the Secretary of State",
            "url": "https://github.com/HistoryAtState/travels", "licence": hsg.LICENCE, "snapshot": snapshot}


def trips(src: Path) -> list[ET.Element]:
    found = [t for folder in FOLDERS for path in sorted((src / folder).glob("*.xml"))
             for t in ET.parse(path).getroot().iter("trip")]
    return sorted(found, key=lambda t: (hsg.text(t, "start-date"), t.get("role"), int(hsg.text(t, "id"))))


def place(locale: str, country_label: str) -> str | None:
    first = re.sub(r"\s*\(.*?\)", "", locale.split(",")[0]).strip()
    return first if first and fold(first) != fold(country_label) else None


def traveller(t: ET.Element, people: hsg.People) -> str | None:
    who, office = t.get("who"), OFFICES[t.get("role")]
    surname = fold(who.split("-")[0])
    lo, hi = hsg.days(hsg.text(t, "start-date"), hsg.text(t, "end-date"))
    pid = people.holder(office, surname, lo, hi) or people.holder(office, surname, date.min, date.max) \
        or people.holder_named(office, hsg.text(t, "name"))
    if pid is None and f"pocom:{who}" in people.names:
        pid = f"pocom:{who}"
    return pid


def counterparts(remarks: str, people: hsg.People, lo: date, hi: date, host: str | None) -> list[str]:
    sentences = [s for s in re.split(r"(?<=[a-z)])\.\s+", remarks) if not _MOURNING.search(s)]
    return [pid for s in sentences
            for pid in people.in_text(s, lo, hi) + people.titled(s, lo, hi, (host, "US"))]


def event(t: ET.Element, people: hsg.People, countries: hsg.CountryIds) -> dict:
    start, end = hsg.text(t, "start-date"), hsg.text(t, "end-date")
    lo, hi = hsg.days(start, end)
    label = hsg.text(t, "country")
    host = countries.host(t.find("country").get("id"), label)
    city = place(hsg.text(t, "locale"), label)
    who = traveller(t, people)
    remarks = hsg.text(t, "remarks")
    met = [p for p in counterparts(remarks, people, lo, hi, host) if p != who]
    name = people.names.get(who) or hsg.text(t, "name")
    where = hsg.the(countries.countries.names[host] if host else label)
    return {
        "id": f"{SOURCE_ID}:{hsg.text(t, 'id')}", "name": f"{name}'s trip to {where}", "kind": "visit",
        "start": start, "end": end if end and end != start else None, "place": city,
        "country": host or countries.of_capital(city),
        "participants": ["US", host] if host and host != "US" else ["US"],
        "people": list(dict.fromkeys([who] + met)) if who else [], "source": SOURCE_ID,
        "cite": f"{hsg.SITE}/travels/{t.get('role')}/{t.get('who')}",
    }


def build(src_dir: Path, out_file: Path) -> dict:
    src = Path(src_dir)
    return hsg.build(src, out_file, trips(src), event, source)


HEADER = """Generated by `factcheck reference import hsg-travels` (or `python -m checker.importers hsg-travels`)
from hsg-travels/ (president-travels/, secretary-travels/). Do not edit by hand: fix the
importer (checker/importers/hsg_travels.py) and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    yamlout.write(out_file, build(src_dir, out_file), HEADER)
