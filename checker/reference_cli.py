"""`factcheck reference …`: inspect, validate and extend the reference base.

    factcheck reference stats    [--reference DIR]... [--format text|json]
    factcheck reference validate [DIR...] [--reference DIR]... [--format text|json] [--no-warnings]
    factcheck reference lookup NAME [--date D] [--reference DIR]... [--format text|json]
    factcheck reference import NAME SRC OUT

The base is always the bundled one, plus the folders named by `reference = [...]` in the
`[tool.factcheck]` table of the nearest `pyproject.toml` (from the current directory upward),
plus `--reference DIR` folders, in that order (see `reference_files`).

This module is imported by `checker.cli` on every run, so it imports its heavier helpers
(the index, the resolver, the importers) only inside the commands that use them.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from checker import load
from checker.paths import bundled_reference_dir

EXIT_OK, EXIT_NOT_FOUND, EXIT_ERROR = 0, 1, 2
KINDS = ("sources", "countries", "offices", "people", "terms", "events", "elections")


# --- which folders make the base ------------------------------------------------------------

CONFIG_KEYS = ("reference",)


def find_pyproject(start: Path) -> tuple[Path, dict] | None:
    """The nearest pyproject.toml at or above `start` that has a [tool.factcheck] table,
    with that table. A pyproject.toml without the table is passed over (so a project's own
    packaging file does not hide the one above it); one that is not valid TOML is an error
    only if it seems to hold the table."""
    for folder in (start, *start.parents):
        path = folder / "pyproject.toml"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "tool.factcheck" not in text and not re.search(r"^\s*\[\s*tool\s*\]", text, re.M):
            continue  # cheap: no TOML parsing for unrelated files
        table = _factcheck_table(path, text)
        if table is not None:
            return path, table
    return None


def _factcheck_table(path: Path, text: str) -> dict | None:
    import tomllib  # imported here: most runs have no pyproject.toml to read

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if "tool.factcheck" in text:
            raise load.ReferenceError([f"{path}: not valid TOML: {exc}"]) from None
        return None
    table = data.get("tool", {}).get("factcheck") if isinstance(data.get("tool"), dict) else None
    return table if isinstance(table, dict) else None


def configured_dirs(start: Path | None = None) -> list[tuple[Path, str]]:
    """(folder, how to name it) for each `reference` folder of [tool.factcheck]; relative
    paths are taken from the pyproject.toml's folder."""
    start = Path.cwd() if start is None else start
    found = find_pyproject(start.resolve())
    if found is None:
        return []
    path, table = found
    errors = [f"{path}: [tool.factcheck]: unknown key {key!r} (allowed: {', '.join(CONFIG_KEYS)})"
              for key in table if key not in CONFIG_KEYS]
    folders = table.get("reference", [])
    if isinstance(folders, str):
        folders = [folders]
    if not isinstance(folders, list) or not all(isinstance(f, str) and f.strip() for f in folders):
        errors.append(f"{path}: [tool.factcheck]: 'reference' must be a list of folders, e.g. reference = [\"my-reference\"]")
    if errors:
        raise load.ReferenceError(errors)
    out = []
    for raw in folders:
        folder = (path.parent / raw).resolve()
        try:
            shown = os.path.relpath(folder, start)
        except ValueError:  # another drive (Windows)
            shown = str(folder)
        out.append((folder, Path(shown).as_posix()))
    return out


def reference_files(extra: list[str], start: Path | None = None) -> list[load.RefFile]:
    """The files of the bundled base, the configured folders and `extra`, each folder once."""
    folders: list[tuple[Path, str]] = [(bundled_reference_dir(), "reference")]
    folders += configured_dirs(start)
    folders += [(Path(f), f.rstrip("/\\") or f) for f in extra]
    files: list[load.RefFile] = []
    seen: set[Path] = set()
    for folder, shown in folders:
        key = folder.resolve()
        if key in seen:
            continue
        seen.add(key)
        files += load.files_in(folder, shown)
    return files


# --- the command line -----------------------------------------------------------------------


def add_parser(sub) -> None:
    """Register `reference` and its subcommands on the `factcheck` subparsers."""
    r = sub.add_parser("reference", help="inspect, validate and extend the reference base",
                       description="Inspect, validate and extend the reference base.")
    rsub = r.add_subparsers(dest="reference_command", required=True, metavar="{stats,validate,lookup,import}")

    def common(p: argparse.ArgumentParser, fmt: bool = True) -> None:
        p.add_argument("--reference", action="append", default=[], metavar="DIR",
                       help="add the YAML files of DIR to the bundled base (repeatable)")
        if fmt:
            p.add_argument("--format", choices=("text", "json"), default="text")
        p.add_argument("--quiet", "-q", action="store_true", help="no notes on standard error")

    s = rsub.add_parser("stats", help="counts by kind and by source, and each source's horizon")
    common(s)
    v = rsub.add_parser("validate", help="check the YAML files: schema and consistency (exit 2 on errors)")
    v.add_argument("dirs", nargs="*", metavar="DIR",
                   help="folders to check, with the bundled base loaded beside them (default: everything)")
    v.add_argument("--no-warnings", action="store_true", help="report errors only")
    common(v)
    lk = rsub.add_parser("lookup", help="what the base knows of a person, office, country or event")
    lk.add_argument("name", metavar="NAME", help="a name or alias (fuzzy), an id, a country, an office name or title")
    lk.add_argument("--date", help="as of this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    common(lk)
    from checker.importers import IMPORTERS  # a dict; the importer modules load on use

    im = rsub.add_parser("import", help="convert an open data set into reference YAML (python -m checker.importers)")
    im.add_argument("importer", choices=(*sorted(IMPORTERS), "all"), metavar="NAME",
                    help=f"{', '.join(sorted(IMPORTERS))}, or all (then SRC is the data folder, OUT a folder)")
    im.add_argument("src", metavar="SRC", help="the data set's folder")
    im.add_argument("out", metavar="OUT", help="the YAML file to write")


def run(args: argparse.Namespace) -> int:
    command = args.reference_command
    try:
        if command == "import":
            return _import(args)
        if command == "validate":
            return _validate(args)
        if command == "stats":
            return _stats(args)
        return _lookup(args)
    except load.ReferenceError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        hint = "" if command == "validate" else " (run 'factcheck reference validate' for details)"
        print(f"factcheck: error: the reference base has {len(exc.errors)} error(s){hint}", file=sys.stderr)
        return EXIT_ERROR


def _index(args: argparse.Namespace):
    from checker import cache

    files = reference_files(args.reference)
    note = None if args.quiet else (
        lambda: print("factcheck: building the reference index (once per change of the base)…", file=sys.stderr))
    return cache.load_index(files, on_build=note)


def _out(text: str) -> int:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


# --- import ---------------------------------------------------------------------------------


def _import(args: argparse.Namespace) -> int:
    from checker.importers.__main__ import main as importers_main

    try:
        code = importers_main([args.importer, args.src, args.out])
    except (OSError, ValueError, KeyError) as exc:
        print(f"factcheck: error: importing {args.importer} from {args.src}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if code == 0 and args.importer != "all":
        print(f"{args.importer}: {args.out}")
    return EXIT_ERROR if code else EXIT_OK


# --- stats ----------------------------------------------------------------------------------


def stats(index) -> dict:
    """The counts by kind and by source, and each source's horizon, as JSON-ready data."""
    base = index.base
    by_source: dict[str, dict[str, int]] = {s.id: {k: 0 for k in KINDS[1:]} for s in base.sources}
    for kind in KINDS[1:]:
        for record in getattr(base, kind):
            by_source.setdefault(record.source, {k: 0 for k in KINDS[1:]})[kind] += 1
    single = sum(1 for o in base.offices if o.single_seat)
    return {
        "schema": "factcheck.reference-stats/1",
        "digest": index.digest,
        "facts": base.facts,
        "counts": {k: len(getattr(base, k)) for k in KINDS},
        "offices": {"single_seat": single, "multi_seat": len(base.offices) - single},
        "sources": [
            {"id": s.id, "title": s.title, "horizon": str(s.snapshot), "url": s.url, "licence": s.licence,
             "ref": s.ref, "counts": by_source[s.id]}
            for s in sorted(base.sources, key=lambda s: s.id)
        ],
    }


def render_stats(data: dict) -> str:
    c = data["counts"]
    lines = [f"reference base: {data['facts']:,} facts, digest {data['digest'][:12]}", ""]
    width = max(len(k) for k in KINDS)
    for kind in KINDS:
        extra = ""
        if kind == "offices":
            extra = f"  ({data['offices']['single_seat']:,} single-seat, {data['offices']['multi_seat']:,} multi-seat)"
        lines.append(f"{kind:<{width}}  {c[kind]:>8,}{extra}")
    lines.append("")
    cols = KINDS[1:]
    idw = max([len("source")] + [len(s["id"]) for s in data["sources"]])
    lines.append(f"{'source':<{idw}}  {'horizon':<10}  " + "  ".join(f"{k:>9}" for k in cols) + "  title")
    for s in data["sources"]:
        lines.append(f"{s['id']:<{idw}}  {s['horizon']:<10}  " + "  ".join(f"{s['counts'][k]:>9,}" for k in cols)
                     + f"  {s['title']}")
    lines.append("")
    lines.append("horizon: the source's snapshot; an open term means in office at that date, not today")
    return "\n".join(lines)


def _stats(args: argparse.Namespace) -> int:
    data = stats(_index(args))
    return _out(json.dumps(data, indent=2, ensure_ascii=False) if args.format == "json" else render_stats(data))


# --- validate -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    file: str | None
    line: int
    column: int
    code: str
    severity: str  # error | warning
    message: str

    def text(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.file is not None else "reference"
        label = "warning: " if self.severity == "warning" else ""
        return f"{where}: {self.code}: {label}{self.message}"


# The loader's messages (checker/load.py, checker/yamlsafe.py), by code; the first match wins.
LOADER_CODES: tuple[tuple[str, str], ...] = (
    (r"^cannot read", "unreadable"),
    (r"not a folder", "not-a-folder"),
    (r"anchors and aliases", "yaml-anchor"),
    (r"^tag ", "yaml-tag"),
    (r"^malformed YAML", "yaml-syntax"),
    (r"^keys must be", "yaml-key"),
    (r"^duplicate key", "duplicate-key"),
    (r"^expected a mapping with any of", "not-a-mapping"),
    (r"^unknown section", "unknown-section"),
    (r"must be a list of entries", "not-a-list"),
    (r"^expected an entry", "not-an-entry"),
    (r"^unknown key", "unknown-key"),
    (r"^missing required key|^required key .* has no value", "missing-key"),
    (r"must be yes or no", "bad-flag"),
    (r"is not a date|has no year 0|has no month|is not a day of the calendar", "bad-date"),
    (r"must be a non-empty text|must be a list of texts|must list at least one", "bad-value"),
    (r"ends \(.*\) before it starts", "end-before-start"),
    (r"^unknown event kind", "bad-kind"),
    (r"^duplicate \w+ id", "duplicate-id"),
    (r"'overrides: yes' but no other", "override-without-target"),
    (r"^unknown source", "unknown-source"),
    (r"^unknown country", "unknown-country"),
    (r"unknown person", "unknown-person"),
    (r"unknown office", "unknown-office"),
)
_LOCATED = re.compile(r"(.*?):(\d+):(\d+): (.*)\Z", re.S)


def loader_problem(message: str) -> Problem:
    m = _LOCATED.match(message)
    file, line, col, text = (m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)) if m else (None, 0, 0, message)
    if m is None and ": " in message and "not a folder" in message:
        file, text = message.split(": ", 1)
    code = next((c for pattern, c in LOADER_CODES if re.search(pattern, text)), "invalid")
    return Problem(file, line, col, code, "error", text)


ADULT_AGE = 18  # a term starting before this age is probably a wrong date (a warning)


def check_consistency(loaded: load.Loaded) -> list[tuple[Problem, tuple]]:
    """What the loader does not check, each problem with the records it is about (the first
    is where it is reported)."""
    base = loaded.base
    sources = {s.id: s for s in base.sources}
    offices = {o.id: o for o in base.offices}
    people = {p.id: p for p in base.people}
    found: list[tuple[Problem, tuple]] = []

    def problem(record, key, code, severity, message, *others) -> None:
        file, line, col = loaded.where(record, key)
        found.append((Problem(file, line, col, code, severity, message), (record, *others)))

    def ref(record) -> str:
        file, line, _ = loaded.where(record)
        return f"{file}:{line}"

    def who(pid: str) -> str:
        p = people.get(pid)
        return f"{p.name} ({pid})" if p else pid

    # Two holders of a single-seat office on the same days, computed as the index does
    # (checker/index.py): a term is surely held from the last day its start allows to the
    # first day its end allows; an open term up to the next later start, else the snapshot.
    by_office: dict[str, list] = defaultdict(list)
    for t in base.terms:
        if t.office in offices and t.source in sources:
            by_office[t.office].append(t)
    for office_id, terms in by_office.items():
        if not offices[office_id].single_seat:
            continue
        terms.sort(key=lambda t: (t.start.lo, t.start.hi, t.person))
        spans = []
        for i, t in enumerate(terms):
            if t.end is not None:
                sure_to, shown = t.end.lo, f"{t.start} – {t.end}"
            else:
                later = next((n for n in terms[i + 1:] if n.start.lo > t.start.lo), None)
                sure_to = later.start.lo if later else sources[t.source].snapshot.lo
                shown = (f"from {t.start} (open; closed by the next start, {later.start})" if later
                         else f"from {t.start} (open at the {t.source} snapshot, {sources[t.source].snapshot})")
            if sure_to >= t.start.hi:
                spans.append((t.start.hi, sure_to, t, shown))
        for i, (a_from, a_to, a, a_shown) in enumerate(spans):
            for b_from, b_to, b, _ in spans[i + 1:]:
                if b_from > a_to:
                    break  # spans are in order of their first sure day
                if a.acting or b.acting:
                    continue  # an acting holder beside the formal one ("acting President Raúl Castro")
                if a.person != b.person and min(a_to, b_to) - max(a_from, b_from) >= timedelta(days=1):
                    problem(b, "start", "overlapping-holders", "error",
                            f"{offices[office_id].name} ({office_id}) is single-seat, but {who(b.person)} holds it "
                            f"from {b.start} while {who(a.person)} holds it {a_shown} ({ref(a)}); end one term earlier, "
                            "or say 'single_seat: no' on the office", a)

    # One person in two offices that exclude each other (`exclusions:`), on the same days:
    # each term surely held from the last day its start allows to the first day its end
    # allows (an open term to its source's snapshot); a handover on one day is no overlap.
    if base.exclusions:
        by_person: dict[str, list] = defaultdict(list)
        for t in base.terms:
            if t.source in sources:
                by_person[t.person].append(t)
        for rule in base.exclusions:
            group = set(rule.offices)
            for pid, terms in by_person.items():
                mine = sorted((t for t in terms if t.office in group), key=lambda t: (t.start.lo, t.office))
                for i, a in enumerate(mine):
                    for b in mine[i + 1:]:
                        if b.office == a.office:
                            continue
                        a_to = a.end.lo if a.end is not None else sources[a.source].snapshot.lo
                        b_to = b.end.lo if b.end is not None else sources[b.source].snapshot.lo
                        if min(a_to, b_to) - max(a.start.hi, b.start.hi) >= timedelta(days=1):
                            problem(b, "start", "exclusive-offices", "error",
                                    f"{who(pid)} holds {b.office} from {b.start} while holding {a.office} "
                                    f"({a.start} – {a.end or 'open'}, {ref(a)}), offices one person cannot hold "
                                    f"together ({ref(rule)})", a)

    # Terms before the holder's birth (an error), or before they came of age (a warning).
    for t in base.terms:
        p = people.get(t.person)
        if p is None or p.born is None:
            continue
        if t.start.hi < p.born.lo:
            problem(t, "start", "term-before-birth", "error",
                    f"{who(t.person)} starts in {t.office} on {t.start}, before being born ({p.born}, {ref(p)})", p)
        elif _age(p.born.lo, t.start.hi) < ADULT_AGE:
            problem(t, "start", "young-holder", "warning",
                    f"{who(t.person)} starts in {t.office} on {t.start}, aged under {ADULT_AGE} "
                    f"(born {p.born}, {ref(p)}): is a date wrong?", p)

    # A term starting after its source's snapshot: the horizon understates the data.
    for t in base.terms:
        s = sources.get(t.source)
        if s is not None and t.start.lo > s.snapshot.hi:
            problem(t, "start", "term-after-horizon", "warning",
                    f"the term starts ({t.start}) after its source's snapshot ({t.source}: {s.snapshot}, {ref(s)}); "
                    "the source's horizon should be at least the latest date it holds")

    # A name or alias shared by two people: a namesake, or one person defined twice.
    from checker.names import fold

    owners: dict[str, list] = defaultdict(list)
    for p in base.people:
        for name in dict.fromkeys(fold(n) for n in (p.name, *p.aliases)):
            if name:
                owners[name].append(p)
    for name, group in owners.items():
        first = group[0]
        for p in group[1:]:
            written = next(n for n in (p.name, *p.aliases) if fold(n) == name)
            key = "name" if fold(p.name) == name else "aliases"
            problem(p, key, "shared-name", "warning",
                    f"{written!r} also names {who(first.id)} ({ref(first)}): a namesake, or the same person "
                    "twice (then keep one id, or say 'overrides: yes')", first)
    return found


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def validate(files: list[load.RefFile], reported: set[str] | None = None) -> list[Problem]:
    """Every problem of the base made of `files`, in file order; only those located in
    `reported` (files as shown) when given, and those with no file."""
    loaded = load.load_all(files)
    problems = [loader_problem(e) for e in loaded.errors]
    consistency = check_consistency(loaded)

    def mine(file: str | None) -> bool:
        return reported is None or file is None or file in reported

    out = [p for p in problems if mine(p.file)]
    for p, records in consistency:
        if mine(p.file):
            out.append(p)
            continue
        # Reported at the first record that is in a reported file, if any is.
        for record in records[1:]:
            file, line, col = loaded.where(record)
            if mine(file):
                out.append(Problem(file, line, col, p.code, p.severity, p.message))
                break
    order = {rf.shown: i for i, rf in enumerate(files)}
    return sorted(dict.fromkeys(out), key=lambda p: (order.get(p.file, -1), p.line, p.column, p.code, p.message))


def _validate(args: argparse.Namespace) -> int:
    files = reference_files([*args.reference, *args.dirs])
    reported = None
    if args.dirs:  # the files below the folders given, as they were named when loaded
        wanted = {rf.path.resolve() for d in args.dirs for rf in load.files_in(Path(d), d)}
        reported = {rf.shown for rf in files if rf.path.resolve() in wanted}
    problems = validate(files, reported)
    if args.no_warnings:
        problems = [p for p in problems if p.severity == "error"]
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    checked = len(reported) if reported is not None else len(files)
    if args.format == "json":
        _out(json.dumps({"schema": "factcheck.reference-validate/1", "files": checked, "errors": errors,
                         "warnings": warnings, "problems": [asdict(p) for p in problems]}, indent=2, ensure_ascii=False))
    else:
        for p in problems:
            print(p.text())
        print(f"{checked} file(s) checked: {errors} error(s), {warnings} warning(s)")
    return EXIT_ERROR if errors else EXIT_OK


# --- lookup ---------------------------------------------------------------------------------


def _parse_when(text: str | None):
    if text is None:
        return None
    from claims.dates import parse_iso

    try:
        return parse_iso(text)
    except ValueError as exc:
        raise _Usage(f"--date: {exc}") from None


class _Usage(Exception):
    pass


def lookup(index, name: str, when=None) -> list[dict]:
    """Everything in the base that `name` names: people, offices, countries, events, places."""
    from checker.names import fold
    from checker.resolve import ArticleContext, person

    key = fold(name)
    matches: list[dict] = []
    # People: an id, else as the checker matches a name (exact, surname, fuzzy).
    if name.strip() in index.people:
        pm_ids, how, score = (name.strip(),), "id", 100.0
    else:
        pm = person(index, name, ArticleContext())
        pm_ids, how, score = pm.ids, pm.how, pm.score
    for pid in pm_ids:
        matches.append(_person_view(index, pid, how, score, when))
    # Offices: an id, a name, or "<country> <title>" / "<title> of <country>" / "… to <country>".
    for oid in _offices_named(index, name):
        matches.append(_office_view(index, oid, when))
    # Countries: an id, a name, a short form, a demonym or a capital.
    cid = name.strip().upper() if name.strip().upper() in index.countries else index.country_by_word.get(key)
    if cid:
        matches.append(_country_view(index, cid, when))
    # Events: an id, a name or an alias.
    events = [e for e in index.base.events if e.id == name.strip()] or index.events_named(name)
    for e in events:
        matches.append(_event_view(index, e))
    # Places of the gazetteer: every reading of the name ("Cambridge"), or an id.
    places = [index.place_records[name.strip()]] if name.strip() in index.place_records else index.places_named(name)
    for p in places:
        matches.append(_place_view(index, p))
    return matches


def _offices_named(index, name: str) -> list[str]:
    from checker.names import fold

    text = name.strip()
    if text in index.offices:
        return [text]
    key = fold(text)
    found = [o.id for o in index.base.offices if fold(o.name) == key or o.id.lower() == text.lower()]
    if found:
        return sorted(found)
    to = None
    m = re.match(r"(.*?)\s+to\s+(?:the\s+)?(.+)\Z", text, re.I)
    if m and index.country_id(m.group(2)):
        text, to = m.group(1), index.country_id(m.group(2))
    words = text.split()
    candidates: list[str] = []
    m = re.match(r"(.*?)\s+of\s+(?:the\s+)?(.+)\Z", text, re.I)
    if m and index.country_id(m.group(2)):
        candidates = [o.id for o in index.office_candidates(m.group(1), index.country_id(m.group(2)), to)]
    for i in range(len(words) - 1, 0, -1):  # the longest country name first: "United States Ambassador"
        if candidates:
            break
        country = index.country_id(" ".join(words[:i]).removesuffix("'s"))
        if country:
            candidates = [o.id for o in index.office_candidates(" ".join(words[i:]), country, to)]
    return candidates


def _source_view(index, source_id: str) -> dict:
    s = index.sources.get(source_id)
    return {"id": source_id, "title": s.title if s else None, "horizon": str(s.snapshot) if s else None}


def _tenure_view(index, tenure, when=None) -> dict:
    t = tenure.term
    office = index.offices.get(t.office)
    p = index.people.get(t.person)
    view = {
        "person": t.person, "person_name": p.name if p else None,
        "office": t.office, "office_name": office.name if office else None,
        "start": str(t.start), "end": str(t.end) if t.end else None,
        # the end the index uses: as written, the next holder's start, or open at the horizon
        "end_used": tenure.end_text, "acting": t.acting,
        "source": _source_view(index, t.source), "cite": t.cite, "ref": t.ref,
    }
    if when is not None:
        view["at_date"] = ("held" if tenure.surely_overlaps(when.lo, when.hi)
                           else "maybe" if tenure.maybe_overlaps(when.lo, when.hi) else None)
    return view


def _holders_at(index, office_id: str, when) -> dict:
    """Who held `office_id` during `when`: surely, possibly; and whether `when` is past the
    office's horizon (then nothing can be said of anyone not known to hold it)."""
    tenures = index.tenures_by_office.get(office_id, [])
    held = [_tenure_view(index, t, when) for t in tenures if t.surely_overlaps(when.lo, when.hi)]
    maybe = [_tenure_view(index, t, when) for t in tenures
             if not t.surely_overlaps(when.lo, when.hi) and t.maybe_overlaps(when.lo, when.hi)]
    horizon = index.horizon.get(office_id)
    return {"office": office_id, "office_name": index.offices[office_id].name, "held_by": held,
            "maybe_held_by": maybe, "horizon": str(horizon) if horizon else None,
            "after_horizon": bool(horizon and when.hi > horizon)}


def _person_view(index, pid: str, how: str, score: float, when) -> dict:
    p = index.people[pid]
    tenures = sorted(index.tenures_by_person.get(pid, []), key=lambda t: (t.term.start.lo, t.term.office))
    view = {"kind": "person", "match": how, "score": round(score, 1), "id": p.id, "name": p.name,
            "aliases": list(p.aliases), "born": str(p.born) if p.born else None,
            "source": _source_view(index, p.source), "cite": p.cite, "ref": p.ref,
            "terms": [_tenure_view(index, t, when) for t in tenures]}
    if when is not None:
        view["date"] = str(when)
        if p.born:
            ages = sorted({_age(p.born.lo, when.hi), _age(p.born.hi, when.lo)})
            view["age"] = ages[0] if len(ages) == 1 else f"{max(ages[0], 0)}–{ages[-1]}"
        view["offices_at_date"] = [_holders_at(index, oid, when) for oid in dict.fromkeys(t.term.office for t in tenures)]
    return view


def _office_view(index, oid: str, when) -> dict:
    o = index.offices[oid]
    horizon = index.horizon.get(oid)
    view = {"kind": "office", "id": o.id, "name": o.name, "country": o.country, "to": o.to, "forms": list(o.forms),
            "single_seat": o.single_seat, "horizon": str(horizon) if horizon else None,
            "source": _source_view(index, o.source), "cite": o.cite, "ref": o.ref,
            "holders": [_tenure_view(index, t, when) for t in index.tenures_by_office.get(oid, [])]}
    if when is not None:
        view["date"] = str(when)
        view["at_date"] = _holders_at(index, oid, when)
    return view


def _country_view(index, cid: str, when) -> dict:
    c = index.countries[cid]
    offices = sorted((o for o in index.base.offices if o.country == cid), key=lambda o: o.id)
    view = {"kind": "country", "id": c.id, "name": c.name, "names": list(c.names), "demonyms": list(c.demonyms),
            "capital": c.capital, "source": _source_view(index, c.source), "cite": c.cite, "ref": c.ref,
            "offices": [{"id": o.id, "name": o.name, "terms": len(index.tenures_by_office.get(o.id, [])),
                         "horizon": str(index.horizon[o.id]) if o.id in index.horizon else None} for o in offices]}
    if when is not None:
        view["date"] = str(when)
        at = [_holders_at(index, o.id, when) for o in offices]
        view["offices_at_date"] = [a for a in at if a["held_by"] or a["maybe_held_by"]]
    return view


def _event_view(index, e) -> dict:
    return {"kind": "event", "id": e.id, "name": e.name, "event_kind": e.kind, "aliases": list(e.aliases),
            "start": str(e.start), "end": str(e.end) if e.end else None, "place": e.place, "country": e.country,
            "participants": list(e.participants),
            "people": [{"id": pid, "name": index.people[pid].name if pid in index.people else None} for pid in e.people],
            "source": _source_view(index, e.source), "cite": e.cite, "ref": e.ref}


def _place_view(index, p) -> dict:
    return {"kind": "place", "id": p.id, "name": p.name, "place_kind": p.kind, "aliases": list(p.aliases),
            "country": p.country, "region": p.region, "subregion": p.subregion, "lat": p.lat, "lon": p.lon,
            "population": p.population, "source": _source_view(index, p.source), "cite": p.cite, "ref": p.ref}


def _span(t: dict) -> str:
    if t["end"]:
        end = t["end"]
    elif t["end_used"]:
        end = f"{t['end_used']} (next holder's start)"
    else:
        end = f"open (in office at the {t['source']['id']} snapshot, {t['source']['horizon']})"
    return f"{t['start']} – {end}"


def _src(x: dict) -> str:
    return f"[{x['source']['id']}, {x['ref']}]" + (f" {x['cite']}" if x.get("cite") else "")


def _holders_text(a: dict, indent: str) -> list[str]:
    lines = []
    head = f"{indent}{a['office_name']} ({a['office']}):"
    if a["held_by"]:
        lines.append(head + " " + "; ".join(f"{t['person_name']} ({t['person']}) {_span(t)}" for t in a["held_by"]))
    if a["maybe_held_by"]:
        lines.append((head if not a["held_by"] else indent + "  ") + " possibly "
                     + "; ".join(f"{t['person_name']} ({t['person']}) {_span(t)}" for t in a["maybe_held_by"]))
    if not lines:
        lines.append(head + " nobody the base knows")
    if a["after_horizon"]:
        lines.append(f"{indent}  (after the base's horizon for this office, {a['horizon']}: the checker says unknown)")
    return lines


def render_lookup(query: str, when, matches: list[dict]) -> str:
    lines: list[str] = []
    for m in matches:
        if lines:
            lines.append("")
        if m["kind"] == "person":
            how = {"exact": "", "id": "", "surname": " — by surname", "fuzzy": f" — fuzzy match ({m['score']:g})"}.get(m["match"], "")
            lines.append(f"person {m['name']} ({m['id']}){how}")
            if m["aliases"]:
                lines.append(f"  aliases: {', '.join(m['aliases'])}")
            lines.append(f"  born: {m['born'] or 'unknown'}" + (f" (age {m['age']} at {m['date']})" if m.get("age") is not None else ""))
            lines.append(f"  {_src(m)}")
            lines.append(f"  terms ({len(m['terms'])}):")
            for t in m["terms"]:
                flag = {"held": "  ◀ held then", "maybe": "  ◀ possibly held then"}.get(t.get("at_date"), "")
                acting = " (acting)" if t["acting"] else ""
                lines.append(f"    {_span(t)}  {t['office_name']} ({t['office']}){acting}  {_src(t)}{flag}")
            if "offices_at_date" in m:
                lines.append(f"  as of {m['date']}, the offices held:")
                for a in m["offices_at_date"]:
                    lines += _holders_text(a, "    ")
        elif m["kind"] == "office":
            seat = "single-seat" if m["single_seat"] else "multi-seat (never a conflict)"
            to = f", to {m['to']}" if m["to"] else ""
            lines.append(f"office {m['name']} ({m['id']}), {m['country']}{to}, {seat}")
            lines.append(f"  titles: {', '.join(m['forms'])}")
            lines.append(f"  horizon: {m['horizon'] or 'no terms'}  {_src(m)}")
            if "at_date" in m:
                lines.append(f"  as of {m['date']}:")
                lines += _holders_text(m["at_date"], "    ")
            lines.append(f"  holders ({len(m['holders'])}):")
            for t in m["holders"]:
                acting = " (acting)" if t["acting"] else ""
                lines.append(f"    {_span(t)}  {t['person_name']} ({t['person']}){acting}  {_src(t)}")
        elif m["kind"] == "country":
            lines.append(f"country {m['name']} ({m['id']})")
            for key in ("names", "demonyms"):
                if m[key]:
                    lines.append(f"  {key}: {', '.join(m[key])}")
            if m["capital"]:
                lines.append(f"  capital: {m['capital']}")
            lines.append(f"  {_src(m)}")
            if "offices_at_date" in m:
                lines.append(f"  as of {m['date']} ({len(m['offices_at_date'])} offices with a holder known):")
                for a in m["offices_at_date"]:
                    lines += _holders_text(a, "    ")
            else:
                lines.append(f"  offices ({len(m['offices'])}):")
                for o in m["offices"]:
                    lines.append(f"    {o['id']}  {o['name']} — {o['terms']} term(s), horizon {o['horizon'] or '-'}")
        elif m["kind"] == "place":
            within = ", ".join(x for x in (m["subregion"], m["region"], m["country"]) if x)
            at = f" at {m['lat']:.4f}, {m['lon']:.4f}" if m["lat"] is not None and m["lon"] is not None else ""
            lines.append(f"place {m['name']} ({m['id']}), {m['place_kind']} in {within}{at}")
            if m["aliases"]:
                lines.append(f"  aliases: {', '.join(m['aliases'])}")
            lines.append(f"  {_src(m)}")
        else:
            end = f" – {m['end']}" if m["end"] else ""
            place = f", {m['place']}" if m["place"] else ""
            lines.append(f"event {m['name']} ({m['id']}), {m['event_kind']}, {m['start']}{end}{place}")
            if m["aliases"]:
                lines.append(f"  aliases: {', '.join(m['aliases'])}")
            if m["participants"]:
                lines.append(f"  participants: {', '.join(m['participants'])}")
            if m["people"]:
                people = (f"{p['name']} ({p['id']})" if p["name"] else p["id"] for p in m["people"])
                lines.append(f"  people: {', '.join(people)}")
            lines.append(f"  {_src(m)}")
    return "\n".join(lines)


def _lookup(args: argparse.Namespace) -> int:
    try:
        when = _parse_when(args.date)
    except _Usage as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    index = _index(args)
    matches = lookup(index, args.name, when)
    if args.format == "json":
        _out(json.dumps({"schema": "factcheck.reference-lookup/1", "query": args.name,
                         "date": str(when) if when else None, "matches": matches}, indent=2, ensure_ascii=False))
    elif matches:
        _out(render_lookup(args.name, when, matches))
    if not matches:
        if args.format != "json":
            print(f"factcheck: nothing in the reference base matches {args.name!r}", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK
