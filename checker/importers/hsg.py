"""Helpers shared by the Office of the Historian importers (hsg-travels, hsg-visits).

- **Countries.** Both data sets name countries by HistoryAtState slugs (``switzerland``,
  ``korea-south``), the slugs of ``../pocom/missions-countries/<slug>.xml``, whose chief ids
  carry the ISO code (``ch-1992-...``): that gives the ISO id. A slug pocom does not have is
  looked up by its text in the curated countries (``Countries.find``). States that no longer
  exist (the USSR, Czechoslovakia, Yugoslavia, the GDR) are no country of the base: such a
  record has no participant for the host, and its ``country`` is that of its city where the
  city is a capital the base knows (Moscow: RU), the base's convention of today's borders.
- **People.** A name written in the free text (remarks, visitor) is joined to a person of the
  base only when it is the full name or an alias of exactly one person who holds some office
  in the base on the record's dates: the office held then tells namesakes apart, and a name
  the base does not know is left out rather than guessed.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.importers import common
from checker.importers.wikidata import _the
from checker.names import fold
from claims.dates import parse_iso

LICENCE = "Public domain (US Government work) + CC0-1.0"
SITE = "https://history.state.gov/departmenthistory"
# Dissolved states: their records name no host country (the USSR is not Russia).
FORMER_STATES = {"czechoslovakia", "german-democratic-republic", "yugoslavia", "serbia-montenegro"}
FORMER_TEXTS = re.compile(r"U\.S\.S\.R\.|Soviet|Yugoslavia\b(?! \()|Czechoslovakia|German Democratic", re.I)
# The words of a name: capitalised ("Guy", "Al-Sisi", "al-Thani") or a particle ("bin", "de").
_CAPITALISED = re.compile(r"\b(?:(?:al|el)-)?[A-Z][\w’'.-]*|\b(?:al|bin|ibn|de|da|di|dos|van|von|der|del|la|le)\b(?=\s)")
MAX_NAME_WORDS = 5


def text(el: ET.Element, path: str) -> str:
    return " ".join((el.findtext(path) or "").split())


def days(start: str, end: str) -> tuple[date, date]:
    return parse_iso(start).lo, parse_iso(end or start).hi


# --- countries ----------------------------------------------------------------------------

def pocom_slugs(data_dir: Path) -> dict[str, str]:
    """HistoryAtState country slug -> ISO id, from the most common prefix of the chief ids in
    pocom's country files (as the pocom importer reads them)."""
    out: dict[str, str] = {}
    for path in sorted((data_dir / "pocom" / "missions-countries").glob("*.xml")):
        ids = [text(c, "id") for c in ET.parse(path).getroot().find("chiefs")]
        prefixes = [i.split("-")[0] for i in ids if "-" in i]
        if prefixes:
            out[path.stem] = max(sorted(set(prefixes)), key=prefixes.count).upper()
    return out


@dataclass
class CountryIds:
    slugs: dict[str, str]
    countries: common.Countries
    capitals: dict[str, str]  # capital -> country id

    @classmethod
    def load(cls, data_dir: Path) -> CountryIds:
        data = common.read_yaml(common.COUNTRIES_FILE).get("countries", [])
        capitals = {c["capital"]: c["id"] for c in data if c.get("capital")}
        return cls(pocom_slugs(data_dir), common.Countries.load(), capitals)

    def host(self, slug: str, label: str) -> str | None:
        """The ISO id of a record's country, None for a state that no longer exists."""
        if slug in FORMER_STATES or FORMER_TEXTS.search(label):
            return None
        cid = self.slugs.get(slug)
        if cid in self.countries.names:
            return cid
        for candidate in (label, re.sub(r"\s*\(.*\)", "", label), _reorder(label), slug.replace("-", " ")):
            cid = self.countries.find(candidate)
            if cid:
                return cid
        return None

    def of_capital(self, city: str | None) -> str | None:
        """The country whose capital the city is (the country of a dissolved state's record)."""
        return self.capitals.get(city) if city else None


_THE = re.compile(r"^(?:U\.S\.S\.R\.|West Bank)|(?:Authority|Republic|Islands|Antilles)$")


def the(country: str) -> str:
    """A country's name as it follows "to" or "of": "the United Kingdom", "the U.S.S.R."."""
    return f"the {country}" if _THE.search(country) and not country.startswith("the ") else _the(country)


def _reorder(label: str) -> str:
    """``Korea, South`` -> ``South Korea``; ``Congo, Democratic Republic of`` -> ``Democratic Republic of Congo``."""
    if ", " not in label:
        return label
    head, tail = label.split(", ", 1)
    return f"{tail} {head}"


# --- people -------------------------------------------------------------------------------

PEOPLE_IMPORTERS = ("congress-legislators", "pocom", "wikidata")  # those that write people and terms


def _reference_files(out_file: Path) -> list[Path]:
    """The people files already imported into the same folder. Not the curated ones: the
    output must depend on the data sets alone (hand edits must not change it), so people
    only the curated files hold (Germany's chancellors) are not joined."""
    out = Path(out_file).parent
    files = [out / f"{n}.yaml" for n in PEOPLE_IMPORTERS]
    missing = [f for f in files if not f.exists()]
    if missing:
        raise FileNotFoundError(f"{missing[0]}: run the importers in the order {', '.join(common.PRECEDENCE)}")
    return files


@dataclass
class People:
    """Names of the base's people, and the days each held some office."""

    by_name: dict[str, set[str]]
    names: dict[str, str]  # id -> name as written in news
    spans: dict[str, list[tuple[date, date, str]]]  # id -> (first, last possible day, office)
    words: dict[str, set[str]]  # id -> the words of their names and aliases (folded)
    forms: dict[tuple[str, str], list[str]]  # (folded title, country) -> office ids
    forms_text: set[tuple[str, str]]  # (title as written, country)
    by_office: dict[str, list[tuple[str, date, date]]] = field(default_factory=dict)  # office -> holders, on demand
    title_re: re.Pattern | None = None

    @classmethod
    def load(cls, out_file: Path) -> People:
        by_name: dict[str, set[str]] = {}
        names: dict[str, str] = {}
        words: dict[str, set[str]] = {}
        spans: dict[str, list[tuple[date, date, str]]] = {}
        forms: dict[tuple[str, str], list[str]] = {}
        forms_text: set[tuple[str, str]] = set()
        for path in _reference_files(out_file):
            data = common.read_yaml(path)
            for p in data.get("people") or []:
                names[p["id"]] = p["name"]
                for n in [p["name"], *(p.get("aliases") or [])]:
                    by_name.setdefault(fold(n), set()).add(p["id"])
                    words.setdefault(p["id"], set()).update(fold(n).split())
            for t in data.get("terms") or []:
                hi = parse_iso(t["end"]).hi if t.get("end") else date.max
                spans.setdefault(t["person"], []).append((parse_iso(t["start"]).lo, hi, t["office"]))
            for o in data.get("offices") or []:
                for f in o.get("forms") or []:
                    forms.setdefault((fold(f), o["country"]), []).append(o["id"])
                    forms_text.add((f, o["country"]))
        return cls(by_name, names, spans, words, forms, forms_text)

    def in_office(self, pid: str, lo: date, hi: date, country: str | None = None) -> bool:
        """Whether the person holds some office (of `country`, if given) on a day of lo..hi."""
        prefix = f"{country.lower()}." if country else ""
        return any(a <= hi and lo <= b and o.startswith(prefix) for a, b, o in self.spans.get(pid, ()))

    def named(self, name: str, lo: date, hi: date, country: str | None = None) -> str | None:
        """The one person of that name in some office (of `country`) between lo and hi, else None."""
        hits = [pid for pid in sorted(self.by_name.get(fold(name), ())) if self.in_office(pid, lo, hi, country)]
        return hits[0] if len(hits) == 1 else None

    def holder(self, office: str, surname: str, lo: date, hi: date) -> str | None:
        """The holder of `office` between lo and hi whose name has the word `surname`."""
        hits = sorted({pid for pid, a, b in self._holders(office)
                       if a <= hi and lo <= b and surname in self.words.get(pid, ())})
        return hits[0] if len(hits) == 1 else None

    def holder_named(self, office: str, name: str) -> str | None:
        """The one holder of `office` ever with this full name or alias."""
        hits = sorted({pid for pid, _, _ in self._holders(office)} & self.by_name.get(fold(name), set()))
        return hits[0] if len(hits) == 1 else None

    def _holders(self, office: str) -> list[tuple[str, date, date]]:
        if not self.by_office:
            for pid, ss in sorted(self.spans.items()):
                for a, b, o in ss:
                    self.by_office.setdefault(o, []).append((pid, a, b))
        return self.by_office.get(office, [])

    def titled(self, words: str, lo: date, hi: date, countries: tuple[str | None, ...]) -> list[str]:
        """People named by title and surname ("President Zelenskyy", "Foreign Minister
        Kuleba"): the one person holding, between lo and hi, the one office of one of
        `countries` with that title, whose name or alias has that surname."""
        found = []
        for m in self._title_re().finditer(words):
            for c in countries:
                offices = self.forms.get((fold(m.group("title")), c), []) if c else []
                # a title several offices share ("President" of a country and of its court) names none
                pid = self.holder(offices[0], fold(m.group("surname")), lo, hi) if len(offices) == 1 else None
                if pid and pid not in found:
                    found.append(pid)
        return found

    def _title_re(self) -> re.Pattern:
        if self.title_re is None:
            forms = sorted({f for f, _ in self.forms_text}, key=lambda f: (-len(f), f))
            alt = "|".join(re.escape(f) for f in forms)
            self.title_re = re.compile(rf"\b(?P<title>{alt})\s+(?P<surname>[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")
        return self.title_re

    def in_text(self, words: str, lo: date, hi: date, country: str | None = None) -> list[str]:
        """People named in full in free text, in order of mention: the longest run of
        capitalised words (with name particles) that is a name, leftmost first."""
        toks = [m.group() for m in _CAPITALISED.finditer(words)]
        spans = [(m.start(), m.end()) for m in _CAPITALISED.finditer(words)]
        found: list[str] = []
        i = 0
        while i < len(toks):
            for n in range(min(MAX_NAME_WORDS, len(toks) - i), 1, -1):
                if not _adjacent(words, spans[i : i + n]):
                    continue
                pid = self.named(" ".join(toks[i : i + n]), lo, hi, country)
                if pid:
                    if pid not in found:
                        found.append(pid)
                    i += n
                    break
            else:
                i += 1
        return found


def _adjacent(words: str, spans: list[tuple[int, int]]) -> bool:
    """Tokens separated only by spaces (a comma or a full stop ends a name)."""
    return all(words[a[1] : b[0]].isspace() for a, b in zip(spans, spans[1:]))


def build(src: Path, out_file: Path, records, event, source) -> dict:
    """The YAML document of one importer: `event(record, people, countries)` for each of
    `records`, under a source whose snapshot is the last date the data holds."""
    people = People.load(out_file)
    countries = CountryIds.load(src.parent)
    events = [event(r, people, countries) for r in records]
    snapshot = max(e["end"] or e["start"] for e in events)
    return {"sources": [source(snapshot)], "events": events}
