"""Helpers shared by the importers: ids, country names, joins and the overlap rule.

Office ids are ``<country>.<slug>``: the country's ISO code in lower case and a slug of the
office's English title (lower case, accents removed, every run of other characters one
``-``; a leading "Federal" is dropped, so Austria's "Federal Chancellor" is ``at.chancellor``).
Diplomatic posts are ``<country>.ambassador.<receiving country>`` (``ru.ambassador.us``).

People are joined across sources by Wikidata id. The importers run in a fixed order of
precedence (``PRECEDENCE``); each reads the files already written by the sources before it
in the same output folder and does not redefine their people or offices: a person is
defined once, by the most authoritative source, and later sources only add terms (official
US sources win for US offices).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import yaml

from checker.paths import bundled_reference_dir
from claims.dates import DateRange, parse_iso

PRECEDENCE = ("congress-legislators", "pocom", "wikidata", "hsg-travels", "hsg-visits", "places", "medsl")
# Found where the installed package keeps its data, or beside the code in a checkout.
COUNTRIES_FILE = bundled_reference_dir() / "curated" / "countries.yaml"


def ascii_fold(text: str) -> str:
    """``Tarō Asō`` -> ``Taro Aso``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(title: str) -> str:
    s = ascii_fold(title).lower().replace("&", " and ")
    s = re.sub(r"^federal\s+", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def read_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader)) or {}


@dataclass
class Countries:
    """Country names (name, names, demonyms, capitals) -> ISO id, from the curated countries file."""

    by_name: dict[str, str]
    names: dict[str, str]  # id -> common name
    demonyms: dict[str, list[str]]
    other_names: dict[str, list[str]]

    @classmethod
    def load(cls, path: Path = COUNTRIES_FILE) -> Countries:
        by_name: dict[str, str] = {}
        names, demonyms, other = {}, {}, {}
        for c in read_yaml(path).get("countries", []):
            cid = c["id"]
            names[cid] = c["name"]
            demonyms[cid] = list(c.get("demonyms") or [])
            other[cid] = list(c.get("names") or [])
            for n in [c["name"], *(c.get("names") or []), *([c["capital"]] if c.get("capital") else [])]:
                by_name.setdefault(_key(n), cid)
        return cls(by_name, names, demonyms, other)

    def find(self, text: str) -> str | None:
        """``the Russian Federation`` -> ``RU``; ``Panama and Bahamas`` -> ``PA`` (the first)."""
        t = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        for candidate in (t, t.split(" and ")[0]):
            hit = self.by_name.get(_key(candidate))
            if hit:
                return hit
        return None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", ascii_fold(name).casefold().replace("’", "'")).strip()


def known(out_file: Path, before: str) -> tuple[dict[str, dict], set[str]]:
    """People (by id) and office ids already written by the importers that precede `before`."""
    people: dict[str, dict] = {}
    offices: set[str] = set()
    for name in PRECEDENCE[: PRECEDENCE.index(before)]:
        path = Path(out_file).parent / f"{name}.yaml"
        if not path.exists():
            raise FileNotFoundError(
                f"{path}: run the {name} importer first (importers run in the order {', '.join(PRECEDENCE)})")
        data = read_yaml(path)
        people.update({p["id"]: p for p in data.get("people") or []})
        offices.update(o["id"] for o in data.get("offices") or [])
    return people, offices


# --- the overlap rule --------------------------------------------------------------------

def _range(text: str | None) -> DateRange | None:
    return parse_iso(text) if text else None


def overlaps(terms: list[dict], snapshot: str) -> list[tuple[dict, dict]]:
    """Pairs of terms of different people in one office that surely overlap by more than a
    boundary day (an acting term beside another is no such pair: `reference validate` allows
    it), computed as the index does (checker/index.py): a term is surely held from
    the last day its start allows to the first day its end allows; an open term up to the
    next term's start, or to the snapshot."""
    snap = parse_iso(snapshot).lo
    ts = sorted(terms, key=lambda t: (parse_iso(t["start"]).lo, parse_iso(t["start"]).hi, t["person"]))
    spans = []
    for i, t in enumerate(ts):
        start = parse_iso(t["start"])
        end = _range(t.get("end"))
        if end is None:
            later = [n for n in ts[i + 1:] if parse_iso(n["start"]).lo > start.lo]
            sure_to = parse_iso(later[0]["start"]).lo if later else snap
        else:
            sure_to = end.lo
        if sure_to >= start.hi:
            spans.append((start.hi, sure_to, t))
    found = []
    for i, (a_from, a_to, a) in enumerate(spans):
        for b_from, b_to, b in spans[i + 1:]:
            if b_from > a_to:
                continue
            if a.get("acting") or b.get("acting"):
                continue  # an acting holder beside the formal one (a suspended president)
            if a["person"] != b["person"] and min(a_to, b_to) - max(a_from, b_from) >= timedelta(days=1):
                found.append((a, b))
    return found



def ends_before_start(start: str, end: str | None) -> bool:
    """A row whose end precedes its start cannot be right, and no rule tells which date is
    wrong: importers drop it (the loader would refuse it)."""
    return bool(end) and parse_iso(end).hi < parse_iso(start).lo


MIN_AGE_IN_OFFICE = 16  # younger than this at a term's start: one of the two dates is wrong


def drop_impossible_births(people: list[dict], terms: list[dict]) -> list[dict]:
    """Drop birth dates that contradict the person's terms (born after, or only a few
    years before, their first term began), as in POCOM's record of William Preston, "born
    1861", minister to Spain from 1859. Which date is wrong cannot be told from the data;
    the birth date only serves age claims, so it is the one left out (the age is then
    unknown rather than wrong)."""
    first: dict[str, int] = {}
    for t in terms:
        year = int(str(t["start"])[:4])
        first[t["person"]] = min(year, first.get(t["person"], year))
    out = []
    for p in people:
        born = p.get("born")
        if born and p["id"] in first and int(str(born)[:4]) > first[p["id"]] - MIN_AGE_IN_OFFICE:
            p = {k: v for k, v in p.items() if k != "born"}
        out.append(p)
    return out
