"""Importer for MEDSL constituency returns: US Senate general elections 1976–2018
(``1976-2018-senate.csv`` of MEDSL/constituency-returns) as ``elections:`` of the offices
``us.senate.<state>`` that congress-legislators defines.

Rules:
- A race is the rows of one year, state and ``special`` flag with ``stage: gen`` (the nine
  ``pre`` rows are Georgia's 1992 and 2008 first rounds). A candidate's votes are summed over
  their party lines (fusion: New York's "Kirsten E. Gillibrand" is on the democrat, working
  families, independence and women's equality lines). Rows of no candidate (``NA``, "Other",
  "Blank Vote/Scattering", empty) are never a winner or a runner-up.
- Runoff races are left out: every Louisiana race (its November vote is an open primary
  whose decisive round may come in December, or was held in October before 2008); in
  Georgia and Mississippi a race whose leader had no majority, and a race with ``pre`` rows
  (Georgia 1992 and 2008: the ``pre`` rows are the November vote, the ``gen`` rows the
  runoff); and the races in ``RUNOFF_ROWS``, whose rows are a runoff the file does not mark:
  Mississippi's 2018 special (Hyde-Smith 486,769, Espy 420,819 are the November 27 runoff;
  the November 6 first round, where she had 41 %, is not in the file).
- The winner is the candidate with most votes **only when congress-legislators confirms
  it**: a senator from that state (``reference/imported/congress-legislators.yaml``, written
  before this importer runs) whose surname is the candidate's and whose first name (or
  nickname) has the same initial must have a term of ``us.senate.<state>`` starting within
  120 days after election day, or, for a special election, a term already running
  (an appointed senator) that lasts at least a year past it. Otherwise (the winner is not a
  current member of Congress — the base has no terms of former members — or the names do
  not agree) the race is left out and counted in the printed summary. Names are never
  matched fuzzily, and never without the state and the term.
- The runner-up (second by summed votes) is recorded only when exactly one person of
  congress-legislators with a term for that state (Senate or House) has the candidate's
  surname and the same first name or nickname (folded); otherwise it is left empty. No
  person is added.
- Election day: the Tuesday after the first Monday of November (every special election in
  the file was held with the general election). Ids: ``us.senate.<state>.<year>`` and
  ``us.senate.<state>.<year>-special``; the verifier reads the ``-special`` suffix.
- Each election cites the file's lines at the repository commit: the race's rows, or the
  winner's first row where the rows of a regular and a special race are interleaved.
- The share of the votes is taken of the race's rows summed: ``totalvotes`` of Mississippi's
  two 2018 races counts both.
- Rows marked ``unofficial`` (West Virginia 2018) are read like the others: the winner's
  term is what confirms a race.
- The file is not valid UTF-8 (14 stray bytes in party names): it is read as Latin-1, which
  leaves the ASCII of names and numbers as they are.
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from checker.importers import yamlout
from checker.importers.common import ascii_fold, read_yaml

SOURCE_ID = "medsl"
COMMIT = "fe67c056502fc09ddb1ace2ff8f87c53233a744e"
SENATE_FILE = "1976-2018-senate.csv"
SOURCE = {
    "id": SOURCE_ID,
    "title": "MIT Election Data and Science Lab, U.S. Senate 1976-2018 (MEDSL/constituency-returns)",
    "url": "https://github.com/MEDSL/constituency-returns",
    "licence": "CC0-1.0",
    "snapshot": "2019-06-07",  # the data files' last change (db951754)
}
RUNOFF_STATES = ("GA", "MS")  # a leader short of a majority went to a runoff
LEFT_OUT_STATES = ("LA",)  # open primaries, decisive round not in the file
RUNOFF_ROWS = {(2018, "MS", True)}  # (year, state, special): rows of an unmarked runoff
START_WITHIN = timedelta(days=120)
SPECIAL_LASTS = timedelta(days=365)
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_NO_CANDIDATE = {"", "na", "other", "blank vote/scattering", "scattering", "write-in", "writein"}


def election_day(year: int) -> date:
    """The Tuesday after the first Monday of November."""
    first = date(year, 11, 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return monday + timedelta(days=1)


def _tokens(text: str) -> list[str]:
    t = ascii_fold(text).lower().replace("’", "'").replace(".", " ")
    return [w for w in re.split(r"[\s,]+", t) if w and w not in _SUFFIXES]


def name_parts(raw: str) -> tuple[str, frozenset[str]] | None:
    """MEDSL's ``Rafael Edward "Ted" Cruz`` or ``Cruz, Ted`` -> (surname, first names and
    nicknames), folded; None when no name."""
    nicks = re.findall(r'"([^"]+)"', raw)
    s = re.sub(r'"[^"]*"', " ", raw)
    if "," in s:
        before, after = s.split(",", 1)
        if _tokens(after):  # "Last, First" (a suffix alone is dropped by _tokens)
            s = after + " " + before
    words = _tokens(s)
    if len(words) < 2:
        return None
    firsts = {words[0]} | {w for n in nicks for w in _tokens(n)[:1]}
    return words[-1], frozenset(firsts)


@dataclass
class Person:
    id: str
    surnames: set[str] = field(default_factory=set)
    firsts: set[str] = field(default_factory=set)
    senate: list[tuple[str, date, date | None]] = field(default_factory=list)  # state, start, end
    states: set[str] = field(default_factory=set)  # states of any Congress term


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def base_people(congress_file: Path) -> dict[str, Person]:
    data = read_yaml(congress_file)
    people: dict[str, Person] = {}
    for p in data.get("people") or []:
        person = Person(p["id"])
        for n in [p["name"], *(p.get("aliases") or [])]:
            words = _tokens(n)
            if len(words) >= 2:
                person.surnames.add(words[-1])
                person.firsts.add(words[0])
        people[p["id"]] = person
    for t in data.get("terms") or []:
        m = re.fullmatch(r"us\.(senate|house)\.([a-z]{2})", t["office"])
        if not m or t["person"] not in people:
            continue
        person = people[t["person"]]
        person.states.add(m.group(2).upper())
        if m.group(1) == "senate":
            person.senate.append((m.group(2).upper(), _day(t["start"]), _day(t.get("end"))))
    return people


@dataclass
class Race:
    year: int
    state: str
    special: bool
    votes: dict[tuple[str, str], int] = field(default_factory=dict)  # (surname, first) -> votes
    names: dict[tuple[str, str], tuple[str, frozenset[str]]] = field(default_factory=dict)
    total: int = 0
    lines: list[int] = field(default_factory=list)
    first_round: bool = False  # the file has `pre` rows of this race
    rows: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # candidate -> lines

    @property
    def ranked(self) -> list[tuple[str, str]]:
        return sorted(self.votes, key=lambda k: (-self.votes[k], k))


def read_races(path: Path) -> list[Race]:
    races: dict[tuple[int, str, bool], Race] = {}
    with open(path, encoding="latin-1", newline="") as f:
        reader = csv.DictReader(f)
        for line, row in enumerate(reader, start=2):  # line 1 is the header; no field spans lines
            key = (int(row["year"]), row["state_po"], row["special"] == "TRUE")
            race = races.setdefault(key, Race(*key))
            if row["stage"] != "gen":
                race.first_round = True
                continue
            race.lines.append(line)
            race.total += int(row["candidatevotes"])  # totalvotes may span two races (MS 2018)
            raw = row["candidate"].strip()
            parts = None if raw.lower() in _NO_CANDIDATE else name_parts(raw)
            if parts is None:
                continue
            surname, firsts = parts
            k = (surname, min(firsts)[0])  # party lines of one candidate: same surname and initial
            race.votes[k] = race.votes.get(k, 0) + int(row["candidatevotes"])
            race.rows.setdefault(k, []).append(line)
            old = race.names.get(k)
            race.names[k] = (surname, firsts | (old[1] if old else frozenset()))
    return [races[k] for k in sorted(races)]


def _initials(words) -> set[str]:
    return {w[0] for w in words}


def confirm_winner(race: Race, people: dict[str, Person]) -> tuple[str | None, str]:
    """(person id, "") when congress-legislators confirms the leader, else (None, reason)."""
    if race.state in LEFT_OUT_STATES:
        return None, "runoff state (Louisiana)"
    ranked = race.ranked
    if not ranked:
        return None, "no candidate"
    top = ranked[0]
    if len(ranked) > 1 and race.votes[ranked[1]] == race.votes[top]:
        return None, "tie"
    if race.state in RUNOFF_STATES and (2 * race.votes[top] <= race.total or race.first_round
                                        or (race.year, race.state, race.special) in RUNOFF_ROWS):
        return None, "runoff (Georgia, Mississippi)"
    day = election_day(race.year)
    surname, firsts = race.names[top]
    fits, named = [], []
    for p in people.values():
        if surname not in p.surnames or not (_initials(firsts) & _initials(p.firsts)):
            continue
        terms = [(s, e) for st, s, e in p.senate if st == race.state]
        if not terms:
            continue
        named.append(p.id)
        if any(day < s <= day + START_WITHIN for s, e in terms) or race.special and any(
                s <= day and (e is None or e >= day + SPECIAL_LASTS) for s, e in terms):
            fits.append(p.id)
    if len(fits) == 1:
        return fits[0], ""
    if len(fits) > 1:
        return None, "several senators fit"
    if named:
        return None, "senator's terms do not fit"
    return None, "winner not in the base"


def resolve_runner_up(race: Race, people: dict[str, Person], winner: str) -> str | None:
    ranked = race.ranked
    if len(ranked) < 2:
        return None
    surname, firsts = race.names[ranked[1]]
    found = [p.id for p in people.values() if race.state in p.states and surname in p.surnames
             and firsts & p.firsts and p.id != winner]
    return found[0] if len(found) == 1 else None


def build(src_dir: Path, out_file: Path) -> tuple[dict, dict[str, int]]:
    congress = Path(out_file).parent / "congress-legislators.yaml"
    if not congress.exists():
        raise FileNotFoundError(f"{congress}: run the congress-legislators importer first")
    people = base_people(congress)
    elections, summary = [], {}
    url = f"https://github.com/MEDSL/constituency-returns/blob/{COMMIT}/{SENATE_FILE}"
    for race in read_races(Path(src_dir) / SENATE_FILE):
        winner, why = confirm_winner(race, people)
        if winner is None:
            summary[why] = summary.get(why, 0) + 1
            continue
        runner_up = resolve_runner_up(race, people, winner)
        summary["imported"] = summary.get("imported", 0) + 1
        if runner_up:
            summary["with runner-up"] = summary.get("with runner-up", 0) + 1
        office = f"us.senate.{race.state.lower()}"
        lo, hi = min(race.lines), max(race.lines)
        lines = f"#L{lo}-L{hi}" if hi - lo + 1 == len(race.lines) else f"#L{race.rows[race.ranked[0]][0]}"
        elections.append({
            "id": f"{office}.{race.year}" + ("-special" if race.special else ""),
            "office": office, "date": election_day(race.year).isoformat(), "winner": winner,
            "runner_up": runner_up, "source": SOURCE_ID, "cite": url + lines,
        })
    summary["races"] = sum(summary.get(k, 0) for k in summary if k not in ("with runner-up", "races"))
    return {"sources": [SOURCE], "elections": elections}, summary


HEADER = """Generated by `python -m checker.importers medsl` from
medsl-constituency-returns/1976-2018-senate.csv (US Senate general elections, 1976-2018),
each winner confirmed by a congress-legislators term (rules in checker/importers/medsl.py).
Do not edit by hand: fix the importer and re-run it."""


def run(src_dir: Path, out_file: Path) -> None:
    data, summary = build(src_dir, out_file)
    yamlout.write(out_file, data, HEADER)
    print("medsl: " + ", ".join(f"{k}: {v}" for k, v in sorted(summary.items())), file=sys.stderr)
