"""Importer for HistoryAtState/pocom: every US chief of mission and State Department principal officer.

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
- Every principal officer of every ``positions-principals/*.xml`` file (Secretary, Deputy
  Secretary, Under and Assistant Secretaries, Legal Adviser, …). Office id ``us.<slug of
  names/singular>`` (``us.secretary-of-state``, ``us.deputy-secretary-of-state``), form
  the singular name. Left out: ``secretary-ad-interim`` (pocom gives its dates only in
  notes) and the Continental Congress secretary (no country).
- Every US chief of mission in ``<chiefs>`` of every ``missions-countries/*.xml`` file:
  office ``us.ambassador.<iso>``, ISO code from the chief ids' prefix (``ru-2017-hunt-01``),
  except ``BURMA_ETC`` where pocom uses its own codes; files of former states that are no
  country of the base (Czechoslovakia, the GDR, Hawaii, Texas, the Two Sicilies, South
  Vietnam, Yugoslavia) are left out. A chargé d'affaires heading the mission is written
  ``acting``. Forms: Ambassador, Envoy.
- The chiefs of the missions to international organisations (``missions-orgs``): office
  ``us.<file id>`` (``us.representative-to-un``), forms Ambassador, Envoy, Representative.
- Russia: only tenures that reach the Russian Federation (from the dissolution of the USSR,
  1991-12-25). pocom files the USSR under ``russia`` and marks the Soviet-era ambassadors
  only by a note ("Commissioned to the Union of Soviet Socialist Republics"); those are
  skipped. Robert Strauss was commissioned to the USSR and "continued to serve as
  Ambassador to the Russian Federation after the dissolution of the Soviet Union" (pocom
  note): his term in this office starts on 1991-12-25 (Office of the Historian,
  https://history.state.gov/countries/russia).
- Two sources: ``pocom`` (principal officers, up to date to 2025-05-13) and
  ``pocom-missions`` (chiefs of mission), whose snapshot is the latest start recorded in
  the country files, 2020-10-18: pocom's mission data was not updated after about 2020, so
  an open chief-of-mission term means "in office on 2020-10-18", never later.
- ``single_seat: no`` for an office whose holders overlap beyond a boundary day in the data
  (several assistant secretaries at once, concurrent chargés), by the rule of
  ``common.overlaps``.

People: ids join other sources. A pocom person is given the Wikidata id of the holder of
the same office in ``../wikidata-officeholders/us-cabinet/html/holders21.csv`` with the
same surname and a start within a year; else the id of a person already written by
congress-legislators with the same first and last name and birth year (the six Secretaries
of State who became President); else ``pocom:<person-id>``.

Corrections (pocom's chief-of-mission data was not updated after about 2020):
- John J. Sullivan: pocom has arrival 2020-01-16 but no credentials and no end date. He
  left the post on 2022-09-04 (announced by US Embassy Moscow that day; written with
  that end and a cite). Without the fix his term would be open, i.e. "in office at the
  snapshot (2025)", which is wrong.

People ids are ``pocom:<person-id>``: pocom has no Wikidata ids.
"""
from __future__ import annotations

import csv
import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from checker.importers import common, yamlout
from checker.importers.wikidata import MULTI_SEAT, clean_label, office_of, short_forms

SOURCE_ID = "pocom"
SNAPSHOT = "2025-05-13"  # last data change (commit 2d3b422 of 2025-05-13, see the data README)
SOURCE = {
    "id": SOURCE_ID,
    "title": "U.S. Department of State, Office of the Historian: Principal Officers and Chiefs of Mission (pocom)",
    "url": "https://github.com/HistoryAtState/pocom",
    "licence": "Public domain (US Government work) + CC0-1.0",
    "snapshot": SNAPSHOT,
}
MISSIONS_ID = "pocom-missions"
MISSIONS_SNAPSHOT = "2020-10-18"  # latest chief-of-mission start in the country files
MISSIONS = {
    "id": MISSIONS_ID,
    "title": "U.S. Department of State, Office of the Historian: Chiefs of Mission (pocom, country missions as of 2020)",
    "url": "https://github.com/HistoryAtState/pocom",
    "licence": "Public domain (US Government work) + CC0-1.0",
    "snapshot": MISSIONS_SNAPSHOT,
}
RUSSIAN_FEDERATION_FROM = "1991-12-25"
USSR_NOTE = "Union of Soviet Socialist Republics"
CONTINUED_NOTE = "Continued to serve as Ambassador to the Russian Federation"
BURMA_ETC = {"bu": "MM", "ew": "EE", "xb": "KR"}  # pocom's own prefixes -> ISO
SKIP_PRINCIPALS = {"secretary-ad-interim", "secretary-of-foreign-affairs-continental-congress"}
CHARGE_ROLES = re.compile(r"charge-daffaires|acting-")
HOLDERS_US = "wikidata-officeholders/us-cabinet/html/holders21.csv"

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


@functools.lru_cache(maxsize=None)
def _person_xml(src: Path, pid: str) -> ET.Element | None:
    """people/ (or people-pending/) record; None when pocom has none (the term is skipped)."""
    for path in (src / "people" / pid[:1] / f"{pid}.xml", src / "people-pending" / f"{pid}.xml"):
        if path.exists():
            return ET.parse(path).getroot()
    return None


def _person(src: Path, pid: str, ident: str, source: str) -> dict:
    root = _person_xml(src, pid)
    surname = _text(root, "persName/surname")
    forename = _text(root, "persName/forename")
    gen = _text(root, "persName/genName")
    if pid in NAMES:
        name, aliases = NAMES[pid]
        aliases = list(aliases)
    else:
        name = " ".join(p for p in (forename.split()[0] if forename else "", surname) if p)
        aliases = []
    full = " ".join(p for p in (forename, surname, gen) if p)
    if full != name and full not in aliases:
        aliases.append(full)
    born = _text(root, "birth")
    return {"id": ident, "name": name, "aliases": aliases,
            "born": born if re.fullmatch(r"\d{4}(-\d\d){0,2}", born) else None, "source": source}


def _names(src: Path, pid: str) -> tuple[str, str, str]:
    root = _person_xml(src, pid)
    return _text(root, "persName/forename"), _text(root, "persName/surname"), _text(root, "birth")


def _principals(src: Path) -> tuple[list[dict], dict[str, dict]]:
    terms, offices = [], {}
    for path in sorted((src / "positions-principals").glob("*.xml")):
        root = ET.parse(path).getroot()
        pos = _text(root, "id")
        if pos in SKIP_PRINCIPALS or root.find("principals") is None:
            continue
        singular = _text(root, "names/singular")
        oid = f"us.{common.slug(singular)}"
        offices.setdefault(oid, {"id": oid, "name": f"United States {singular}" if not singular.startswith("U") else singular,
                                 "country": "US", "forms": short_forms([singular]) or ["Official"], "source": SOURCE_ID,
                                 "cite": f"https://history.state.gov/departmenthistory/people/principalofficers/{pos}"})
        for p in root.find("principals"):
            pid, rid = _text(p, "person-id"), _text(p, "id")
            start = _text(p, "started/date") or _text(p, "appointed/date")
            if not start:
                continue
            if rid in ACTING_FROM_NOTES:
                note, a_start, a_end = ACTING_FROM_NOTES[rid]
                if note not in _text(p, "note"):
                    raise ValueError(f"{rid}: note changed, re-check ACTING_FROM_NOTES")
                terms.append({"person": pid, "office": oid, "start": a_start, "end": a_end,
                              "acting": "yes", "source": SOURCE_ID})
            end = _text(p, "ended/date") or None
            if common.ends_before_start(start, end):
                continue  # impossible record: dropped
            terms.append({"person": pid, "office": oid, "start": start, "end": end, "source": SOURCE_ID})
    return terms, offices


def _chiefs(src: Path, countries: common.Countries) -> tuple[list[dict], dict[str, dict]]:
    terms, offices = [], {}
    for path in sorted((src / "missions-countries").glob("*.xml")):
        root = ET.parse(path).getroot()
        territory = path.stem
        chiefs = list(root.find("chiefs"))
        prefixes = sorted({_text(c, "id").split("-")[0] for c in chiefs},
                          key=lambda x: (-sum(_text(c, "id").startswith(x + "-") for c in chiefs), x))
        if not prefixes:
            continue
        cc = BURMA_ETC.get(prefixes[0], prefixes[0].upper())
        if cc not in countries.names:
            continue  # a former state that is no country of the base
        oid = f"us.ambassador.{cc.lower()}"
        offices[oid] = {"id": oid, "name": f"United States Ambassador to {_the(countries.names[cc])}",
                        "country": "US", "to": cc, "forms": ["Ambassador", "Envoy"], "source": MISSIONS_ID,
                        "cite": f"https://history.state.gov/departmenthistory/people/chiefsofmission/{territory}"}
        for c in chiefs:
            terms += _chief_term(c, oid, territory)
    for path in sorted((src / "missions-orgs").glob("*.xml")):
        root = ET.parse(path).getroot()
        org = _text(root, "id")
        oid = f"us.{org}"
        singular = _text(root, "names/singular").replace("U.S.A.", "United States")
        offices[oid] = {"id": oid, "name": singular, "country": "US",
                        "forms": ["Ambassador", "Envoy", "Representative"], "source": MISSIONS_ID,
                        "cite": f"https://history.state.gov/departmenthistory/people/chiefsofmission/{org}"}
        for c in root.find("chiefs"):
            terms += _chief_term(c, oid, org)
    return terms, offices


def _the(name: str) -> str:
    from checker.importers.wikidata import _the as the
    return the(name)


def _chief_term(c: ET.Element, oid: str, territory: str) -> list[dict]:
    cid, pid, note = _text(c, "id"), _text(c, "person-id"), _text(c, "note")
    start = _text(c, "started/date") or _text(c, "arrived/date")
    end = _text(c, "ended/date") or None
    cite = None
    if not start:
        return []
    if territory == "russia":
        if USSR_NOTE in note:
            if CONTINUED_NOTE not in note:
                return []  # ambassador to the USSR only
            start = max(start, RUSSIAN_FEDERATION_FROM)
        elif start < RUSSIAN_FEDERATION_FROM:
            return []  # Empire / USSR without a note: not this office
    if cid in END_CORRECTIONS:
        if end:
            raise ValueError(f"{cid}: pocom now has an end date, drop the correction")
        end, cite = END_CORRECTIONS[cid]
    acting = "yes" if CHARGE_ROLES.search(_text(c, "role-title-id")) else None
    if common.ends_before_start(start, end):
        return []  # impossible record: dropped
    return [{"person": pid, "office": oid, "start": start, "end": end, "acting": acting,
             "source": MISSIONS_ID, "cite": cite}]


def _fold(text: str) -> str:
    return common.ascii_fold(text).casefold().replace(".", "").strip()


def _join(src: Path, terms: list[dict], known_people: dict[str, dict]) -> dict[str, str]:
    """pocom person id -> Wikidata id, where the join rules of the docstring find one."""
    countries = common.Countries.load()
    wd: dict[tuple[str, str], list[tuple[str, int]]] = {}
    holders = src.parent / HOLDERS_US
    if holders.exists():
        with open(holders, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                label = " ".join(r["position"].split())
                if label.lower().startswith("acting ") or not r["start"]:
                    continue
                oid = office_of(clean_label(label, "US", countries), "US", countries)["id"]
                surname = _fold(r["person"]).split()[-1] if r["person"].split() else ""
                wd.setdefault((oid, surname), []).append((r["personID"], int(r["start"][:4])))
    by_name: dict[tuple[str, str, str], set[str]] = {}
    for p in known_people.values():
        if not p.get("born"):
            continue
        for n in [p["name"], *(p.get("aliases") or [])]:
            toks = _fold(n).split()
            if len(toks) >= 2:
                by_name.setdefault((toks[0], toks[-1], p["born"][:4]), set()).add(p["id"])
    found: dict[str, set[str]] = {}
    for t in terms:
        forename, surname, born = _names(src, t["person"])
        if not surname:
            continue
        sur = _fold(surname).split()[-1]
        for qid, year in wd.get((t["office"], sur), ()):
            if abs(year - int(t["start"][:4])) <= 1:
                found.setdefault(t["person"], set()).add(qid)
        if forename and born:
            hit = by_name.get((_fold(forename).split()[0], sur, born[:4]))
            if hit and len(hit) == 1:
                found.setdefault(t["person"], set()).update(hit)
    return {pid: next(iter(q)) for pid, q in found.items() if len(q) == 1}


def build(src_dir: Path, out_file: Path) -> dict:
    src = Path(src_dir)
    countries = common.Countries.load()
    known_people, known_offices = common.known(out_file, "pocom")
    p_terms, p_offices = _principals(src)
    c_terms, c_offices = _chiefs(src, countries)
    offices = {**p_offices, **c_offices}
    terms = [t for t in p_terms + c_terms if t["office"] not in known_offices
             and _person_xml(src, t["person"]) is not None]
    qids = _join(src, terms, known_people)
    ids = {t["person"]: qids.get(t["person"], f"pocom:{t['person']}") for t in terms}
    people = []
    for pid in sorted(ids):
        ident = ids[pid]
        if ident in known_people:
            continue
        people.append(_person(src, pid, ident, SOURCE_ID if any(
            t["person"] == pid and t["source"] == SOURCE_ID for t in terms) else MISSIONS_ID))
    for t in terms:
        t["person"] = ids[t["person"]]
    terms.sort(key=lambda t: (t["office"], t["start"], t["person"], t.get("acting") or ""))
    by_office: dict[str, list[dict]] = {}
    for t in terms:
        by_office.setdefault(t["office"], []).append(t)
    out_offices = []
    for oid in sorted(by_office):
        o = dict(offices[oid])
        snapshot = SNAPSHOT if o["source"] == SOURCE_ID else MISSIONS_SNAPSHOT
        if MULTI_SEAT.search(o["name"]) or common.overlaps(by_office[oid], snapshot):
            o["single_seat"] = "no"
        out_offices.append(o)
    people.sort(key=lambda p: p["id"])
    people = common.drop_impossible_births(people, terms)
    return {"sources": [SOURCE, MISSIONS], "offices": out_offices, "people": people, "terms": terms}


HEADER = """Generated by `factcheck reference import pocom` (or `python -m checker.importers pocom`)
from pocom/ (positions-principals/, missions-countries/, missions-orgs/, people/). Do not
edit by hand: fix the importer (checker/importers/pocom.py) and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    yamlout.write(out_file, build(src_dir, out_file), HEADER)
