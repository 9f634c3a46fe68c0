"""Importer for the Wikidata "position held" extracts (every-politician-scrapers, 2022).

Reads ``<country>/html/holders21.csv`` (heads of state and government; terms ending in 2000
or later, or open) and ``russia-cabinet/sources/wpoffice/ambassadors/ambassador-usa/
wikidata.csv`` (Russian ambassadors to the US). People ids are Wikidata QIDs. Dates keep
their precision. One row per Wikidata statement: rows of one person in one office that
touch or overlap (re-appointments, the same statement under two titles) are merged.
Aliases: the Wikidata label and the accent-free spelling (``Taro Aso``) when they differ
from the name.

Snapshot: the folders used were committed 2022-07-23 … 2022-08-03; the source declares the
earliest, 2022-07-23, so an open term means "in office on 2022-07-23" (true for every
folder). Germany has no folder here (see reference/curated/germany.yaml).

Corrections, each checked by eye against the office's list of holders:
- ru.president: the row "Acting President" (Putin, 1999-12-31 – 2000-05-07) is written as
  an acting term of ru.president.
- ru.prime-minister: Viktor Khristenko (2004-02-24 – 2004-03-05) was acting Prime Minister
  (after Kasyanov's dismissal, until Fradkov's appointment); marked ``acting``.
- ua.president: Oleksandr Turchynov (2014-02-23 – 2014-06-07) was acting President as
  Chairman of the Verkhovna Rada; marked ``acting``.
- ua.prime-minister: dropped the row Volodymyr Groysman 2014-07-25 – 2014-07-31. Groysman
  only stood in for a few days after Yatsenyuk announced his resignation, which parliament
  then refused; Yatsenyuk's own row (2014-02-27 – 2016-04-14) runs through, so the row made
  two holders at once.
- fr.prime-minister: François Fillon's end 2012-05-16 overlaps Jean-Marc Ayrault's start
  2012-05-15; Fillon left office on 2012-05-15 (Ayrault's appointment), end set to that.
- jp.prime-minister: Mori (three rows), Koizumi (three) and Abe (three in 2012–2020) have
  one row per cabinet; merged by the general rule above.
- ru.ambassador.us: dropped Viktor Komplektov (1991 – 1992-03-02): he was the Soviet
  ambassador, accredited to the US by the USSR, and the row overlaps Vladimir Lukin's
  (from 1992-01-24). Labels in this file are in Russian; English names come from
  holders21.csv ("Ambassador to the United States") or from ``NAMES`` below.
"""
from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from checker.importers import yamlout

SOURCE_ID = "wikidata"
SNAPSHOT = "2022-07-23"
SOURCE = {
    "id": SOURCE_ID,
    "title": "Wikidata position-held (P39) extracts, every-politician-scrapers (July/August 2022)",
    "url": "https://github.com/every-politician-scrapers",
    "licence": "CC0-1.0 (Wikidata)",
    "snapshot": SNAPSHOT,
}

# office id -> (folder, position labels in holders21.csv, name, country, forms, to)
OFFICES = {
    "ru.president": ("russia-cabinet", ("President", "Acting President"), "President of Russia",
                     "RU", ["President"], None),
    "ru.prime-minister": ("russia-cabinet", ("Prime Minister",), "Prime Minister of Russia",
                          "RU", ["Prime Minister", "Premier"], None),
    "ua.president": ("ukraine-cabinet", ("President",), "President of Ukraine", "UA",
                     ["President"], None),
    "ua.prime-minister": ("ukraine-cabinet", ("Prime Minister",), "Prime Minister of Ukraine",
                          "UA", ["Prime Minister", "Premier"], None),
    "gb.monarch": ("united-kingdom-cabinet", ("monarch",), "Monarch of the United Kingdom",
                   "GB", ["King", "Queen", "Monarch"], None),
    "gb.prime-minister": ("united-kingdom-cabinet", ("Prime Minister",),
                          "Prime Minister of the United Kingdom", "GB", ["Prime Minister"], None),
    "fr.president": ("france-cabinet", ("President",), "President of France", "FR",
                     ["President"], None),
    "fr.prime-minister": ("france-cabinet", ("Prime Minister",), "Prime Minister of France",
                          "FR", ["Prime Minister", "Premier"], None),
    "cn.president": ("china-ministers", ("President",), "President of China", "CN",
                     ["President"], None),
    "cn.premier": ("china-ministers", ("Premier of the State Council",),
                   "Premier of the State Council of China", "CN",
                   ["Premier", "Prime Minister"], None),
    "jp.emperor": ("japan-ministers", ("Emperor",), "Emperor of Japan", "JP", ["Emperor"], None),
    "jp.prime-minister": ("japan-ministers", ("Prime Minister",), "Prime Minister of Japan",
                          "JP", ["Prime Minister", "Premier"], None),
    "in.president": ("india-ministers", ("President",), "President of India", "IN",
                     ["President"], None),
    "in.prime-minister": ("india-ministers", ("Prime Minister",), "Prime Minister of India",
                          "IN", ["Prime Minister"], None),
    "ca.monarch": ("canada-cabinet", ("monarch",), "Monarch of Canada", "CA",
                   ["King", "Queen", "Monarch"], None),
    "ca.prime-minister": ("canada-cabinet", ("Prime Minister",), "Prime Minister of Canada",
                          "CA", ["Prime Minister"], None),
    "it.president": ("italy-ministers", ("President",), "President of Italy", "IT",
                     ["President"], None),
    "it.prime-minister": ("italy-ministers", ("Prime Minister",), "Prime Minister of Italy",
                          "IT", ["Prime Minister", "Premier"], None),
    "ru.ambassador.us": (None, (), "Ambassador of Russia to the United States", "RU",
                         ["Ambassador", "Envoy"], "US"),
}
AMBASSADOR_FILE = "russia-cabinet/sources/wpoffice/ambassadors/ambassador-usa/wikidata.csv"
AMBASSADOR_LABEL = ("russia-cabinet", "Ambassador to the United States")

# (office, qid, start) -> replacement fields, or None to drop the row. See the docstring.
CORRECTIONS = {
    ("ru.prime-minister", "Q317667", "2004-02-24"): {"acting": "yes"},
    ("ua.president", "Q15850", "2014-02-23"): {"acting": "yes"},
    ("ua.prime-minister", "Q4150130", "2014-07-25"): None,
    ("fr.prime-minister", "Q101410", "2007-05-17"): {"end": "2012-05-15"},
    ("ru.ambassador.us", "Q4230063", "1991"): None,
}
# Names as English news write them (the label or enwiki title is not it), and aliases.
NAMES = {
    "Q3874799": ("Volodymyr Zelensky", ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy"]),
    "Q23530": ("Dmitry Medvedev", ["Dmitri Medvedev"]),
    "Q460281": ("Sergey Kislyak", ["Sergei Kislyak"]),
    "Q4067324": ("Anatoly Antonov", []),
    "Q4479563": ("Yuri Ushakov", ["Yury Ushakov"]),
    "Q570992": ("Yuli Vorontsov", ["Yuly Vorontsov"]),
    "Q2003890": ("Vladimir Lukin", []),
    "Q9682": ("Elizabeth II", ["Queen Elizabeth II"]),
}


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _ascii_fold(name: str) -> str:
    """``Tarō Asō`` -> ``Taro Aso``, ``Élisabeth Borne`` -> ``Elisabeth Borne``."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _strip_disambiguation(title: str) -> str:
    return title.split(" (")[0].strip() if title.endswith(")") else title.strip()


def _merge(rows: list[dict]) -> list[dict]:
    """Merge rows of one person in one office that touch or overlap (same acting flag)."""
    out: list[dict] = []
    for r in sorted(rows, key=lambda r: (r["office"], r["person"], r.get("acting") or "",
                                         r["start"], r["end"] or "9999")):
        prev = out[-1] if out else None
        if (prev and prev["office"] == r["office"] and prev["person"] == r["person"]
                and prev.get("acting") == r.get("acting")
                and prev["end"] is not None and r["start"][:10] <= prev["end"]
                and len(r["start"]) == len(prev["end"]) == 10):
            if r["end"] is None or r["end"] > prev["end"]:
                prev["end"] = r["end"]
            continue
        out.append(dict(r))
    return out


def build(src_dir: Path) -> dict:
    src = Path(src_dir)
    people: dict[str, dict] = {}
    rows: list[dict] = []
    used_corrections: set = set()

    def add_person(qid: str, label: str, enwiki: str, dob: str) -> None:
        if qid in people:
            return
        if qid in NAMES:
            name, aliases = NAMES[qid][0], list(NAMES[qid][1])
        else:
            name = _strip_disambiguation(enwiki) if enwiki else label
            aliases = []
        for alt in (label, _strip_disambiguation(enwiki) if enwiki else "", _ascii_fold(name)):
            if alt and alt != name and alt not in aliases and not any(
                    "\u0400" <= ch <= "\u04ff" for ch in alt):
                aliases.append(alt)
        people[qid] = {"id": qid, "name": name, "aliases": aliases, "born": dob or None,
                       "source": SOURCE_ID}

    def add_row(office: str, qid: str, start: str, end: str, acting: bool) -> None:
        key = (office, qid, start)
        row = {"person": qid, "office": office, "start": start, "end": end or None,
               "acting": "yes" if acting else None, "source": SOURCE_ID}
        if key in CORRECTIONS:
            used_corrections.add(key)
            fix = CORRECTIONS[key]
            if fix is None:
                return
            row.update(fix)
        rows.append(row)

    holders: dict[str, list[dict]] = {}
    for office, (folder, labels, *_rest) in sorted(OFFICES.items()):
        if folder is None:
            continue
        if folder not in holders:
            holders[folder] = _read(src / folder / "html" / "holders21.csv")
        for r in holders[folder]:
            if r["position"] not in labels:
                continue
            add_person(r["personID"], r["person"], r.get("enwiki", ""), r.get("DOB", ""))
            add_row(office, r["personID"], r["start"], r["end"],
                    r["position"].startswith("Acting "))

    # Russian ambassadors to the US: terms from the wpoffice list, English names from holders21.
    folder, label = AMBASSADOR_LABEL
    english = {r["personID"]: r for r in holders.get(folder) or _read(
        src / folder / "html" / "holders21.csv") if r["position"] == label}
    for r in _read(src / AMBASSADOR_FILE):
        qid = r["item"]
        h = english.get(qid)
        if (("ru.ambassador.us", qid, r["startDate"]) not in CORRECTIONS
                and h is None and qid not in NAMES):
            raise ValueError(f"no English name for ambassador {qid}")
        add_person(qid, h["person"] if h else "", "", "")
        add_row("ru.ambassador.us", qid, r["startDate"], r["endDate"], False)

    unused = set(CORRECTIONS) - used_corrections
    if unused:
        raise ValueError(f"corrections that match no row (data changed?): {sorted(unused)}")

    terms = _merge(rows)
    terms.sort(key=lambda t: (t["office"], t["start"], t["person"]))
    used = {t["person"] for t in terms}
    offices = [{"id": oid, "name": name, "country": country, "to": to, "forms": forms,
                "source": SOURCE_ID}
               for oid, (_f, _l, name, country, forms, to) in sorted(OFFICES.items())]
    return {"sources": [SOURCE], "offices": offices,
            "people": [people[q] for q in sorted(people, key=lambda q: int(q[1:])) if q in used],
            "terms": terms}


HEADER = """Generated by `python -m checker.importers wikidata` from wikidata-officeholders/
(*/html/holders21.csv and russia-cabinet/sources/wpoffice/ambassadors/ambassador-usa).
Do not edit by hand: fix the importer (see its CORRECTIONS) and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    yamlout.write(out_file, build(src_dir), HEADER)
