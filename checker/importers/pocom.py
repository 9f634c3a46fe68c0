"""Importer for HistoryAtState/pocom: Secretaries of State and US ambassadors to Russia.

How pocom records a tenure, and the dates used here:
- A chief of mission (``missions-countries/<country>.xml``, ``<chief>``) has ``appointed``
  (commission date), ``arrived`` (arrived at post and assumed charge), ``started``
  (presentation of credentials) and ``ended`` (termination of mission: "Left post on",
  "Relinquished charge", ...). An ambassador is formally accredited only from the
  presentation of credentials, so a term **starts at ``started``**; when that is not
  recorded it starts at ``arrived`` (the day charge was assumed). The appointment date is
  never used: appointees often wait months before reaching the post, and some never do.
  A term **ends at ``ended``**. Records in ``<other-nominees>`` are not tenures and are
  skipped.
- A principal officer (``positions-principals/secretary.xml``, ``<principal>``) has
  ``appointed``, ``started`` (entry on duty) and ``ended``. A term starts at ``started``
  (else ``appointed``) and ends at ``ended``. Acting Secretaries (ad interim) are not listed
  by pocom except in notes; the one acting period written as a note that we use is
  Eagleburger's (see ``ACTING_FROM_NOTES``).
- An empty ``<date/>`` means "not recorded", not "still in office".

Scope:
- Secretaries of State from 1989 on. (Earlier Secretaries include six later Presidents,
  who are imported from congress-legislators under other ids; pocom has no Wikidata ids to
  join them, so they are left out rather than duplicated.)
- US chiefs of mission to Russia whose tenure reaches the Russian Federation (from the
  dissolution of the USSR, 1991-12-25). pocom files the USSR under ``russia`` and marks the
  Soviet-era ambassadors only by a note ("Commissioned to the Union of Soviet Socialist
  Republics"); those are skipped. Robert Strauss was commissioned to the USSR and "continued
  to serve as Ambassador to the Russian Federation after the dissolution of the Soviet Union"
  (pocom note): his term in this office starts on 1991-12-25, the day the Soviet Union
  dissolved and the US recognised the Russian Federation (Office of the Historian,
  https://history.state.gov/countries/russia).

Corrections (pocom's chief-of-mission data was not updated after about 2020):
- John J. Sullivan: pocom has arrival 2020-01-16 but no credentials and no end date. He
  left the post on 2022-09-04 (announced by US Embassy Moscow that day; written with
  that end and a cite). Without the fix his term would be open, i.e. "in office at the
  snapshot (2025)", which is wrong.

People ids are ``pocom:<person-id>``: pocom has no Wikidata ids.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from checker.importers import yamlout

SOURCE_ID = "pocom"
SNAPSHOT = "2025-05-13"  # last data change (commit 2d3b422 of 2025-05-13, see the data README)
SOURCE = {
    "id": SOURCE_ID,
    "title": "U.S. Department of State, Office of the Historian: Principal Officers and Chiefs of Mission (pocom)",
    "url": "https://github.com/HistoryAtState/pocom",
    "licence": "Public domain (US Government work) + CC0-1.0",
    "snapshot": SNAPSHOT,
}
OFFICES = [
    {"id": "us.secretary-of-state", "name": "United States Secretary of State", "country": "US",
     "forms": ["Secretary of State"], "source": SOURCE_ID,
     "cite": "https://history.state.gov/departmenthistory/people/principalofficers/secretary"},
    {"id": "us.ambassador.ru", "name": "United States Ambassador to Russia", "country": "US",
     "to": "RU", "forms": ["Ambassador", "Envoy"], "source": SOURCE_ID,
     "cite": "https://history.state.gov/departmenthistory/people/chiefsofmission/russia"},
]
SECRETARY_SINCE = "1989"
RUSSIAN_FEDERATION_FROM = "1991-12-25"
USSR_NOTE = "Union of Soviet Socialist Republics"
CONTINUED_NOTE = "Continued to serve as Ambassador to the Russian Federation"

# Acting periods that pocom gives only in a principal's note (checked against the note text).
ACTING_FROM_NOTES = {
    "secr-1992-eagl": ("Served as Acting Secretary of State, Aug 23-Dec 8, 1992.",
                       "1992-08-23", "1992-12-08"),
}
# End dates pocom never recorded (chief id -> (end, cite)).
END_CORRECTIONS = {
    "ru-2019-sull-01": ("2022-09-04",
                        "https://en.wikipedia.org/wiki/List_of_ambassadors_of_the_United_States_to_Russia"),
}
# Names as written in news (pocom gives full forenames).
NAMES = {
    "baker-james-addison": ("James Baker", ["James A. Baker III", "James A. Baker"]),
    "pompeo-michael-r": ("Mike Pompeo", ["Michael R. Pompeo", "Michael Pompeo"]),
    "clinton-hillary-rodham": ("Hillary Clinton", ["Hillary Rodham Clinton"]),
    "rice-condoleezza": ("Condoleezza Rice", []),
    "rubio-marco": ("Marco Rubio", []),
    "huntsman-jon-m": ("Jon Huntsman", ["Jon M. Huntsman Jr.", "Jon Huntsman Jr."]),
    "sullivan-john-j": ("John J. Sullivan", ["John Sullivan"]),
    "burns-william-joseph": ("William J. Burns", ["William Burns", "Bill Burns"]),
    "tefft-john-f": ("John Tefft", ["John F. Tefft"]),
    "tillerson-rex-w": ("Rex Tillerson", ["Rex W. Tillerson"]),
    "blinken-antony-j": ("Antony Blinken", ["Antony J. Blinken", "Tony Blinken"]),
}


def _text(el: ET.Element, path: str) -> str:
    return " ".join((el.findtext(path) or "").split())


def _person(src: Path, pid: str) -> dict:
    root = ET.parse(src / "people" / pid[0] / f"{pid}.xml").getroot()
    surname = _text(root, "persName/surname")
    forename = _text(root, "persName/forename")
    gen = _text(root, "persName/genName")
    if pid in NAMES:
        name, aliases = NAMES[pid]
        aliases = list(aliases)
    else:
        name = f"{forename.split()[0]} {surname}"
        aliases = []
    full = " ".join(p for p in (forename, surname, gen) if p)
    if full != name and full not in aliases:
        aliases.append(full)
    return {"id": f"pocom:{pid}", "name": name, "aliases": aliases,
            "born": _text(root, "birth") or None, "source": SOURCE_ID}


def _secretaries(src: Path) -> list[dict]:
    root = ET.parse(src / "positions-principals" / "secretary.xml").getroot()
    terms = []
    for p in root.find("principals"):
        pid, rid = _text(p, "person-id"), _text(p, "id")
        start = _text(p, "started/date") or _text(p, "appointed/date")
        if not start or start[:4] < SECRETARY_SINCE:
            continue
        if rid in ACTING_FROM_NOTES:
            note, a_start, a_end = ACTING_FROM_NOTES[rid]
            if note not in _text(p, "note"):
                raise ValueError(f"{rid}: note changed, re-check ACTING_FROM_NOTES")
            terms.append({"person": f"pocom:{pid}", "office": "us.secretary-of-state",
                          "start": a_start, "end": a_end, "acting": "yes", "source": SOURCE_ID})
        terms.append({"person": f"pocom:{pid}", "office": "us.secretary-of-state",
                      "start": start, "end": _text(p, "ended/date") or None,
                      "source": SOURCE_ID})
    return terms


def _russia_chiefs(src: Path) -> list[dict]:
    root = ET.parse(src / "missions-countries" / "russia.xml").getroot()
    terms = []
    for c in root.find("chiefs"):
        cid, pid, note = _text(c, "id"), _text(c, "person-id"), _text(c, "note")
        start = _text(c, "started/date") or _text(c, "arrived/date")
        end = _text(c, "ended/date") or None
        cite = None
        if not start:
            continue
        if USSR_NOTE in note:
            if CONTINUED_NOTE not in note:
                continue  # ambassador to the USSR only
            start = max(start, RUSSIAN_FEDERATION_FROM)
        elif start < RUSSIAN_FEDERATION_FROM:
            continue  # Empire / USSR without a note: not this office
        if cid in END_CORRECTIONS:
            if end:
                raise ValueError(f"{cid}: pocom now has an end date, drop the correction")
            end, cite = END_CORRECTIONS[cid]
        terms.append({"person": f"pocom:{pid}", "office": "us.ambassador.ru", "start": start,
                      "end": end, "source": SOURCE_ID, "cite": cite})
    return terms


def build(src_dir: Path) -> dict:
    src = Path(src_dir)
    terms = _secretaries(src) + _russia_chiefs(src)
    terms.sort(key=lambda t: (t["office"], t["start"], t["person"]))
    pids = sorted({t["person"].split(":", 1)[1] for t in terms})
    people = [_person(src, pid) for pid in pids]
    return {"sources": [SOURCE], "offices": OFFICES, "people": people, "terms": terms}


HEADER = """Generated by `python -m checker.importers pocom` from pocom/ (positions-principals/
secretary.xml, missions-countries/russia.xml, people/). Do not edit by hand: fix the
importer and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    yamlout.write(out_file, build(src_dir), HEADER)
