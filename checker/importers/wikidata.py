"""Importer for the Wikidata "position held" extracts (every-politician-scrapers, 2022).

Reads, under ``wikidata-officeholders/``:
- ``<folder>/html/holders21.csv`` of the 66 country folders (``FOLDERS``): every tracked
  national office (heads of state and government, ministers, ambassadors, governors, …),
  terms ending in 2000 or later or open;
- ``russia-cabinet/sources/wpoffice/ambassadors/ambassador-usa/wikidata.csv`` for the
  Russian ambassadors to the US (labels in Russian; English names from holders21.csv);
- ``world-leaders-2021/data/wikidata.csv``: heads of state and government of the countries
  that have no folder here (years only; the year precision is kept), under a second source
  id, ``wikidata-world-leaders``, whose snapshot is that folder's (2022-10-10).
Not read: ``world`` (UN, ICJ and OSCE officials: no country), ``us-governors`` (no start
dates), ``eu-cabinets`` (cabinets, not people).

People ids are Wikidata QIDs. A person already written by a preceding importer
(congress-legislators, pocom: see ``common.PRECEDENCE``) is not redefined, and an office
they define (US President, Vice President, Secretary of State and the other State
Department principals, US ambassadors) is not imported from Wikidata: official US sources
win for US offices. Germany's chancellor and president are curated
(reference/curated/germany.yaml) and are not imported from world-leaders-2021.

Rules for offices (all derived from the position label, see ``office_of`` and ``forms_of``):
- The label is cleaned of the folder's country ("Minister of Internal Affairs of Russia",
  "Russian Minister of Health" -> "Minister of Internal Affairs", "Minister of Health"); a
  label "Acting X" is office X with the term marked ``acting``.
- Id: ``<iso>.<slug of the label>`` (``ru.minister-of-foreign-affairs``); ambassadors
  ``<iso>.ambassador.<iso of the receiving country>`` when the receiving country is known
  (``ru.ambassador.us``), else ``<iso>.ambassador-to-<slug>`` (the EU, the UN, …).
  ``Premier of the State Council`` is ``cn.premier``.
- Name: "<label> of <country>" ("Minister of Foreign Affairs of Russia"), "Ambassador of
  <country> to <country>", "Monarch of <country>".
- Forms (titles as written in text): the label itself (first letter capitalised; a label
  of more than four words or with a comma by its head, see ``short_forms``), plus:
  President; Vice President / Vice-President; Prime Minister (+ Premier, except in countries
  whose provinces or states have premiers, and the UK and India); monarch -> King, Queen,
  Monarch; Chancellor; ambassadors -> Ambassador, Envoy; "Governor of …" -> Governor (a
  central bank's office keeps its whole title as its one form);
  "Mayor of …" -> Mayor; "Speaker of …" -> Speaker; and for a minister or secretary whose
  portfolio (the words after "Minister of/for", "Secretary of/for", "Secretary of State
  for", up to the first "and" or comma) is in ``PORTFOLIOS``, the short forms news use:
  "Minister of Foreign Affairs" -> Foreign Minister; "Minister of Defence" -> Defence
  Minister, Defense Minister; "Secretary of State for the Home Department" -> Home
  Secretary; "Secretary of the Treasury" -> Treasury Secretary, …
- ``single_seat: no`` when the label names a seat held by several people at once
  (``MULTI_SEAT``: deputies, members, justices, ministers of state, state secretaries, …),
  or when the data has two people in the office on overlapping dates beyond a boundary day
  (``common.overlaps``) that no correction below explains. Such an office never produces a
  conflict, only verified or unknown verdicts.

Dates keep their precision. A row whose end precedes its start is dropped (nine rows in
this snapshot). Rows of one person in one office that touch or overlap (one
row per cabinet, the same statement under two titles) are merged.

Snapshot: each country folder is the query result as committed on its date (the table in
the data set's README, 2022-07-19 … 2023-01-11), so each folder's terms have a source whose
snapshot is that date (``wikidata`` for 2022-07-23, the most common, ``wikidata-<date>`` for
the others): an open term means "in office on the date its folder was taken", never later.

Corrections (``CORRECTIONS``), each checked against the office's list of holders:
- ru.president: the row "Acting President" (Putin, 1999-12-31 – 2000-05-07) is written as
  an acting term of ru.president (general rule).
- ru.prime-minister: Viktor Khristenko (2004-02-24 – 2004-03-05) was acting Prime Minister
  (after Kasyanov's dismissal, until Fradkov's appointment); marked ``acting``.
- ua.president: Oleksandr Turchynov (2014-02-23 – 2014-06-07) was acting President as
  Chairman of the Verkhovna Rada; marked ``acting``.
- ua.prime-minister: dropped the row Volodymyr Groysman 2014-07-25 – 2014-07-31. Groysman
  only stood in for a few days after Yatsenyuk announced his resignation, which parliament
  then refused; Yatsenyuk's own row (2014-02-27 – 2016-04-14) runs through.
- fr.prime-minister: François Fillon's end 2012-05-16 overlaps Jean-Marc Ayrault's start
  2012-05-15; Fillon left office on 2012-05-15 (Ayrault's appointment), end set to that.
- fr.minister-of-foreign-affairs: Laurent Fabius's row ends, and Jean-Marc Ayrault's
  starts, on 2016-12-06; Fabius left the Quai d'Orsay on 2016-02-11, when Ayrault was
  appointed (Valls II government reshuffle of 11 February 2016). Both set to 2016-02-11.
- jp.prime-minister: Mori, Koizumi and Abe have one row per cabinet; merged (general rule).
- ru.ambassador.us: dropped Viktor Komplektov (1991 – 1992-03-02): he was the Soviet
  ambassador, and the row overlaps Vladimir Lukin's (from 1992-01-24).
- pk.prime-minister: Yousaf Raza Gillani's row starts 2008-03-24, the day the National
  Assembly elected him; he was sworn in on 2008-03-25, the end of Muhammad Mian Soomro's
  caretaker term. Start set to 2008-03-25.
- il.prime-minister: Ehud Olmert's row starts 2006-01-04, when he became acting prime
  minister for the incapacitated Ariel Sharon, who stayed prime minister until 2006-04-14.
  Start set to 2006-04-14; the acting months are a curated acting term
  (reference/curated/confirmations.yaml).
- Acting terms beside another holder's (South Korea's Hwang Kyo-ahn for the impeached Park
  Geun-hye) do not make an office several-seat (general rule, ``common.overlaps``).
- za.president: dropped Ivy Matsepe-Casaburri 2005-09-14 – 2005-09-18 (a stand-in while the
  president and his deputy were abroad); her hours as acting president on 2008-09-25, the
  day Motlanthe was elected, are marked ``acting``, so that Motlanthe follows Mbeki.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from checker.importers import common, yamlout

SOURCE_ID = "wikidata"
SNAPSHOT = "2022-07-23"
SOURCE = {
    "id": SOURCE_ID,
    "title": "Wikidata position-held (P39) extracts, every-politician-scrapers (July/August 2022)",
    "url": "https://github.com/every-politician-scrapers",
    "licence": "CC0-1.0 (Wikidata)",
    "snapshot": SNAPSHOT,
}
WL_SOURCE_ID = "wikidata-world-leaders"
WL_SNAPSHOT = "2022-10-10"
WL_SOURCE = {
    "id": WL_SOURCE_ID,
    "title": "Wikidata heads of state and government of every country (every-politician-scrapers/world-leaders-2021, October 2022)",
    "url": "https://github.com/every-politician-scrapers/world-leaders-2021",
    "licence": "CC0-1.0 (Wikidata)",
    "snapshot": WL_SNAPSHOT,
}

FOLDERS = {
    "argentina-ministers": "AR", "armenia-ministers": "AM", "australia-cabinet": "AU",
    "austria-cabinet": "AT", "azerbaijan-cabinet": "AZ", "bangladesh-ministers": "BD",
    "belarus-ministers": "BY", "belgium-cabinet": "BE", "brazil-ministers": "BR",
    "bulgaria-cabinet": "BG", "canada-cabinet": "CA", "chile-ministers": "CL",
    "china-ministers": "CN", "croatia-ministers": "HR", "czech-ministers": "CZ",
    "denmark-cabinet": "DK", "egypt-ministers": "EG", "estonia": "EE",
    "ethiopia-ministers": "ET", "finland-cabinet": "FI", "france-cabinet": "FR",
    "georgia-ministers": "GE", "ghana-ministers": "GH", "greece-cabinet": "GR",
    "hungary-cabinet": "HU", "india-ministers": "IN", "indonesia-ministers": "ID",
    "iran-ministers": "IR", "ireland-ministers": "IE", "israel-ministers": "IL",
    "italy-ministers": "IT", "japan-ministers": "JP", "kazakhstan-cabinet": "KZ",
    "kenya": "KE", "latvia-cabinet": "LV", "lithuania": "LT", "malaysia-ministers": "MY",
    "mexico-ministers": "MX", "moldova-ministers": "MD", "netherlands-cabinet": "NL",
    "new-zealand-cabinet": "NZ", "nigeria": "NG", "norway-cabinet": "NO",
    "pakistan-ministers": "PK", "philippines-ministers": "PH", "poland-cabinet": "PL",
    "portugal-cabinet": "PT", "romania-cabinet": "RO", "russia-cabinet": "RU",
    "saudi-ministers": "SA", "serbia-ministers": "RS", "singapore-ministers": "SG",
    "slovenia-cabinet": "SI", "south-africa-cabinet": "ZA", "south-korea-ministers": "KR",
    "spain-ministers": "ES", "sri-lanka-cabinet": "LK", "sweden-cabinet": "SE",
    "swiss-federal-council": "CH", "taiwan": "TW", "turkey-ministers": "TR",
    "ukraine-cabinet": "UA", "united-kingdom-cabinet": "GB", "us-cabinet": "US",
    "venezuela": "VE", "vietnam": "VN",
}
# States of world-leaders-2021 that are no country of the base (partly or not recognised).
UNRECOGNISED = {"Republic of Abkhazia", "Republic of Artsakh", "Republika Srpska", "Sahrawi Arab Democratic Republic",
                "Somaliland", "South Ossetia", "Transnistria", "Turkish Republic of Northern Cyprus"}
CURATED_OFFICES = {"de.chancellor", "de.president"}  # reference/curated/germany.yaml
NO_PREMIER = {"GB", "IN", "CA", "AU"}  # "Premier" means a provincial or state premier there
ID_OVERRIDES = {"premier-of-the-state-council": "premier"}

# Portfolio (lower case) -> short forms, for "Minister of/for X" ("{} Minister") and
# "Secretary of/for X" ("{} Secretary").
PORTFOLIOS = {
    "foreign affairs": ["Foreign"], "external affairs": ["Foreign", "External Affairs"],
    "foreign, commonwealth and development affairs": ["Foreign"],
    "foreign and commonwealth affairs": ["Foreign"], "europe and foreign affairs": ["Foreign"],
    "defence": ["Defence", "Defense"], "defense": ["Defense", "Defence"],
    "national defence": ["Defence", "Defense"], "national defense": ["Defense", "Defence"],
    "finance": ["Finance"], "the treasury": ["Treasury"], "treasury": ["Treasury"],
    "interior": ["Interior"], "the interior": ["Interior"], "internal affairs": ["Interior"],
    "home affairs": ["Home", "Interior"], "the home department": ["Home"],
    "justice": ["Justice"], "health": ["Health"], "education": ["Education"],
    "agriculture": ["Agriculture"], "culture": ["Culture"], "energy": ["Energy"],
    "transport": ["Transport"], "labour": ["Labour", "Labor"], "labor": ["Labor", "Labour"],
    "the environment": ["Environment"], "environment": ["Environment"],
    "economy": ["Economy"], "the economy": ["Economy"], "trade": ["Trade"],
    "tourism": ["Tourism"], "sport": ["Sports"], "sports": ["Sports"],
}
MULTI_SEAT = re.compile(
    r"(?i)(?:\bdeputy\b|\bmember\b|\bjustice of\b|\bjudge\b|without portfolio|minister of state|"
    r"minister-counsellor|state secretary|^secretary of state$|under-?secretary|\bassistant\b|"
    r"\blord of\b|\bcommissioner\b|parliamentary|\bjunior\b|\bsenator\b|\bcouncillor\b|"
    r"\badvis[eo]r\b|spokes|\bwhip\b|\bdelegate\b|\bminister delegate\b|\bcabinet secretary\b)"
)

AMBASSADOR_FILE = "russia-cabinet/sources/wpoffice/ambassadors/ambassador-usa/wikidata.csv"
AMBASSADOR_OFFICE = "ru.ambassador.us"

# (office, qid, start) -> replacement fields, or None to drop the row. See the docstring.
CORRECTIONS = {
    ("ru.prime-minister", "Q317667", "2004-02-24"): {"acting": "yes"},
    ("ua.president", "Q15850", "2014-02-23"): {"acting": "yes"},
    ("ua.prime-minister", "Q4150130", "2014-07-25"): None,
    ("fr.prime-minister", "Q101410", "2007-05-17"): {"end": "2012-05-15"},
    ("fr.minister-of-foreign-affairs", "Q217070", "2014-08-25"): {"end": "2016-02-11"},
    ("fr.minister-of-foreign-affairs", "Q7711", "2016-12-06"): {"start": "2016-02-11"},
    ("ru.ambassador.us", "Q4230063", "1991"): None,
    # Ivy Matsepe-Casaburri stood in for four days in 2005 while the president and his deputy
    # were abroad; the list of South African heads of state has her only for the hours
    # between Mbeki and Motlanthe (2008-09-25, kept as acting). The 2005 row made the
    # presidency look like a seat two people held at once, so no succession could be judged.
    ("za.president", "Q467838", "2005-09-14"): None,
    ("za.president", "Q467838", "2008-09-25"): {"acting": "yes"},
    ("pk.prime-minister", "Q152052", "2008-03-24"): {"start": "2008-03-25"},
    ("il.prime-minister", "Q93181", "2006-01-04"): {"start": "2006-04-14"},
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


def _strip_disambiguation(title: str) -> str:
    return title.split(" (")[0].strip() if title.endswith(")") else title.strip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def clean_label(label: str, cc: str, countries: common.Countries) -> str:
    """Drop the office's own country from its label."""
    t = " ".join(label.split())
    own = [countries.names[cc], *countries.other_names.get(cc, [])]
    for n in own:
        for pattern in (rf"\s+of\s+(?:the\s+)?{re.escape(n)}$", rf"\s+\({re.escape(n)}\)$"):
            t = re.sub(pattern, "", t, flags=re.I)
    for d in countries.demonyms.get(cc, []):
        if t.lower().startswith(d.lower() + " ") and len(t.split()) > 2:
            t = t[len(d) + 1:]
    return t


_AMBASSADOR = re.compile(r"(?i)^(?:the\s+)?ambassador\s+(?:of\s+\S+\s+)?to\s+(.+)$")


def office_of(label: str, cc: str, countries: common.Countries) -> dict:
    """The office entry (without source) for a cleaned label."""
    country_name = countries.names[cc]
    m = _AMBASSADOR.match(label)
    if m:
        target = re.sub(r"^the ambassador to\s+", "", m.group(1), flags=re.I)
        to = countries.find(target)
        if to is not None and to != cc:
            return {"id": f"{cc.lower()}.ambassador.{to.lower()}",
                    "name": f"Ambassador of {_the(country_name)} to {_the(countries.names[to])}",
                    "country": cc, "to": to, "forms": ["Ambassador", "Envoy"]}
        target = re.sub(r"^the\s+", "", target, flags=re.I)
        return {"id": f"{cc.lower()}.ambassador-to-{common.slug(target)}",
                "name": f"Ambassador of {country_name} to {_the(target)}",
                "country": cc, "forms": ["Ambassador", "Envoy"]}
    s = common.slug(label)
    s = ID_OVERRIDES.get(s, s)
    name = ("Monarch" if s == "monarch" else _cap(label)) + f" of {_the(country_name)}"
    return {"id": f"{cc.lower()}.{s}", "name": name, "country": cc,
            "forms": forms_of(label, cc)}


def _the(country_name: str) -> str:
    return f"the {country_name}" if country_name.startswith(("United ", "Holy ", "Central African",
                                                               "Democratic", "Republic", "Dominican",
                                                               "Czech", "Philippines", "Netherlands",
                                                               "Maldives", "Bahamas", "Gambia",
                                                               "Solomon", "Marshall", "Comoros",
                                                               "Seychelles", "European")) else country_name


_PORTFOLIO = re.compile(r"(?i)^(?:federal\s+)?(minister|secretary(?: of state)?)\s+(?:of|for)\s+(.+)$")


# "Governor of Texas" is also "Texas Governor", "Mayor of London" "London Mayor", as news
# write them before a name; only where the place is a name of one to three capitalised words.
_PLACE_TITLE = re.compile(r"(?i)^(governor|mayor|premier|first minister) of ((?:[A-Z][\w'.-]*\s?){1,3})$")


def forms_of(label: str, cc: str) -> list[str]:
    # a parenthesis glosses the label ("Lord Speaker (Speaker of the House of Lords)");
    # it is never part of the title as written before a name
    label = re.sub(r"\s*\([^)]*\)?", "", label).strip() or label
    low = label.lower()
    forms = [_cap(label)]
    if re.search(r"\bbank\b", low):
        # A central bank's governor or president is never a bare "Governor" or "President"
        # before a name ("Georgia Governor Brian Kemp" is the US state's, not the National
        # Bank of Georgia's): its one form is its whole title, not shortened.
        return forms
    if low == "prime minister":
        forms = ["Prime Minister"] + ([] if cc in NO_PREMIER else ["Premier"])
    elif low in ("vice president", "vice-president"):
        forms = ["Vice President", "Vice-President"]
    elif low == "monarch":
        forms = ["King", "Queen", "Monarch"]
    elif low in ("chancellor", "federal chancellor"):
        forms = [_cap(label), "Chancellor"]
    elif low == "premier of the state council":
        forms = ["Premier", "Prime Minister"]
    elif low.startswith("governor of"):
        forms.append("Governor")
    elif low.startswith("mayor of"):
        forms.append("Mayor")
    elif low.startswith("speaker of"):
        forms.append("Speaker")
    place = _PLACE_TITLE.match(label)
    if place and place.group(2)[:1].isupper():
        forms.append(f"{place.group(2).strip()} {_cap(place.group(1).lower()).title()}")
    m = _PORTFOLIO.match(label)
    if m:
        kind = m.group(1).lower()
        head = re.split(r"\s+and\s+(?!commonwealth|development)|,\s*(?!commonwealth)", m.group(2).strip(), maxsplit=1)[0]
        short = PORTFOLIOS.get(m.group(2).strip().lower()) or PORTFOLIOS.get(head.lower())
        word = "Minister" if kind == "minister" else "Secretary"
        for w in short or ():
            forms.append(f"{w} {word}")
        if kind == "minister" and short:
            rest = m.group(2).strip()
            forms += [f"Minister of {rest}", f"Minister for {rest}"]
    return short_forms(forms)


def short_forms(forms: list[str]) -> list[str]:
    """Titles as written before a name are short: a form of more than four words or with a
    comma is replaced by its head, the words before the first "of", "for" or "to"
    ("Minister of Construction, Housing and Utilities" -> "Minister", "Governor of Kirov
    Oblast" -> "Governor"). This keeps the grammars' vocabulary small."""
    out: list[str] = []
    for f in forms:
        if len(f.split()) > 4 or "," in f:
            f = re.split(r"\s+(?:of|for|to|on|in)\s+", f, maxsplit=1)[0].strip(" ,")
            if not f or len(f.split()) > 4 or "," in f:
                continue
        if f not in out:
            out.append(f)
    if not out and forms:  # still too long: its last word, the title noun ("Secretary"); some
        # labels lack their "of" ("Lieutenant Governor the Andaman and Nicobar Islands", "Judge
        # at the ... Court"): the head ends at "at" or "the" too, never at a place's last word
        head = re.split(r"\s+(?:of|for|to|on|in|at|the|between)\s+", forms[0], maxsplit=1, flags=re.I)[0].strip(" ,")
        out.append(_cap(head.split()[-1].strip(",")))
    return out


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
        if (prev and prev["office"] == r["office"] and prev["person"] == r["person"]
                and prev.get("acting") == r.get("acting") and prev["start"] == r["start"]
                and prev["end"] == r["end"]):
            continue  # the same statement twice
        out.append(dict(r))
    return out


def folder_dates(src: Path) -> dict[str, str]:
    """folder -> the date its query result was committed (the data set's README table)."""
    text = (src / "README.md").read_text(encoding="utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(r"^\| ([a-z0-9-]+) \| [0-9a-f]{40} \| (\d{4}-\d\d-\d\d) \|$", text, re.M)}


def source_of(date: str) -> dict:
    """The source of the folders taken on `date`: `wikidata` for SNAPSHOT, else dated."""
    if date == SNAPSHOT:
        return SOURCE
    return {**SOURCE, "id": f"{SOURCE_ID}-{date}", "snapshot": date,
            "title": f"Wikidata position-held (P39) extracts, every-politician-scrapers (taken {date})"}


def build(src_dir: Path, out_file: Path) -> dict:
    src = Path(src_dir)
    dates = folder_dates(src)
    missing = sorted(set(FOLDERS) - set(dates))
    if missing:
        raise ValueError(f"no date for folders {missing} in {src / 'README.md'}")
    countries = common.Countries.load()
    known_people, known_offices = common.known(out_file, "wikidata")
    skip_offices = known_offices | CURATED_OFFICES
    people: dict[str, dict] = {}
    offices: dict[str, dict] = {}
    rows: list[dict] = []
    used_corrections: set = set()

    def add_person(qid: str, label: str, enwiki: str, dob: str, source: str) -> None:
        if qid in people or qid in known_people:
            return
        if qid in NAMES:
            name, aliases = NAMES[qid][0], list(NAMES[qid][1])
        else:
            name = _strip_disambiguation(enwiki) if enwiki else label
            aliases = []
        for alt in (label, _strip_disambiguation(enwiki) if enwiki else "", common.ascii_fold(name)):
            if alt and alt != name and alt not in aliases and not any(
                    "\u0400" <= ch <= "\u04ff" for ch in alt):
                aliases.append(alt)
        people[qid] = {"id": qid, "name": name, "aliases": aliases,
                       "born": dob if dob and re.fullmatch(r"\d{4}(-\d\d){0,2}", dob) else None,
                       "source": source}

    def add_row(office: str, qid: str, start: str, end: str, acting: bool, source: str) -> None:
        key = (office, qid, start)
        row = {"person": qid, "office": office, "start": start, "end": end or None,
               "acting": "yes" if acting else None, "source": source}
        if key in CORRECTIONS:
            used_corrections.add(key)
            fix = CORRECTIONS[key]
            if fix is None:
                return
            row.update(fix)
        if common.ends_before_start(row["start"], row["end"]):
            return  # impossible row (end before start): dropped, see common.ends_before_start
        rows.append(row)

    english_ambassadors: dict[str, dict] = {}
    for folder, cc in sorted(FOLDERS.items()):
        source = source_of(dates[folder])["id"]
        for r in _read(src / folder / "html" / "holders21.csv"):
            label = " ".join(r["position"].split())
            acting = label.lower().startswith("acting ")
            if acting:
                label = label[len("acting "):]
            label = clean_label(label, cc, countries)
            office = office_of(label, cc, countries)
            oid = office["id"]
            if oid == AMBASSADOR_OFFICE:
                english_ambassadors[r["personID"]] = r
                continue  # from the wpoffice list below
            if oid in skip_offices or not re.fullmatch(r"Q\d+", r["personID"]):
                continue
            if re.fullmatch(r"Q\d+", r["person"]):
                continue  # no English label: no name to match in text
            offices.setdefault(oid, {**office, "label": label, "source": source, "snapshot": dates[folder]})
            add_person(r["personID"], r["person"], r.get("enwiki", ""), r.get("DOB", ""), source)
            add_row(oid, r["personID"], r["start"], r["end"], acting, source)

    # Russian ambassadors to the US: terms from the wpoffice list, English names from holders21.
    ru_date = dates[AMBASSADOR_FILE.split("/")[0]]
    offices[AMBASSADOR_OFFICE] = {**office_of("Ambassador to the United States", "RU", countries),
                                  "label": "Ambassador to the United States",
                                  "source": source_of(ru_date)["id"], "snapshot": ru_date}
    for r in _read(src / AMBASSADOR_FILE):
        qid = r["item"]
        h = english_ambassadors.get(qid)
        if ((AMBASSADOR_OFFICE, qid, r["startDate"]) not in CORRECTIONS
                and h is None and qid not in NAMES):
            raise ValueError(f"no English name for ambassador {qid}")
        add_person(qid, h["person"] if h else "", "", "", source_of(ru_date)["id"])
        add_row(AMBASSADOR_OFFICE, qid, r["startDate"], r["endDate"], False, source_of(ru_date)["id"])

    # Heads of state and government of the countries without a folder (years only).
    covered = set(FOLDERS.values())
    for r in _read(src / "world-leaders-2021" / "data" / "wikidata.csv"):
        cc = countries.find(r["country"])
        if cc is None:
            if r["country"] not in UNRECOGNISED:
                raise ValueError(f"world-leaders-2021: unknown country {r['country']!r}")
            continue
        if cc in covered:
            continue
        label = clean_label(r["positionLabel"], cc, countries)
        office = office_of(label, cc, countries)
        if office["id"] in skip_offices:
            continue
        offices.setdefault(office["id"], {**office, "label": label, "source": WL_SOURCE_ID, "snapshot": WL_SNAPSHOT})
        add_person(r["officeholder"], r["officeholderLabel"], "", "", WL_SOURCE_ID)
        add_row(office["id"], r["officeholder"], r["start_year"], r["end_year"], False, WL_SOURCE_ID)

    unused = set(CORRECTIONS) - used_corrections
    if unused:
        raise ValueError(f"corrections that match no row (data changed?): {sorted(unused)}")

    terms = _merge(rows)
    terms.sort(key=lambda t: (t["office"], t["start"], t["person"]))
    by_office: dict[str, list[dict]] = {}
    for t in terms:
        by_office.setdefault(t["office"], []).append(t)
    out_offices = []
    for oid in sorted(offices):
        o = offices[oid]
        if oid not in by_office:
            continue
        multi = bool(MULTI_SEAT.search(o["label"])) or bool(common.overlaps(by_office[oid], o["snapshot"]))
        out_offices.append({"id": oid, "name": o["name"], "country": o["country"], "to": o.get("to"),
                            "forms": o["forms"], "single_seat": "no" if multi else None,
                            "source": o["source"]})
    used = {t["person"] for t in terms}
    taken = sorted({t["source"] for t in terms} - {WL_SOURCE_ID})
    sources = [source_of(SNAPSHOT if s == SOURCE_ID else s.removeprefix(f"{SOURCE_ID}-")) for s in taken]
    return {"sources": [*sources, WL_SOURCE], "offices": out_offices,
            "people": common.drop_impossible_births(
                [people[q] for q in sorted(people, key=lambda q: int(q[1:])) if q in used], terms),
            "terms": terms}


HEADER = """Generated by `factcheck reference import wikidata` (or `python -m checker.importers
wikidata`) from wikidata-officeholders/ (*/html/holders21.csv, world-leaders-2021 and
russia-cabinet/sources/wpoffice/ambassadors/ambassador-usa). Do not edit by hand: fix the
importer (see its rules and CORRECTIONS in checker/importers/wikidata.py) and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    yamlout.write(out_file, build(src_dir, out_file), HEADER)
