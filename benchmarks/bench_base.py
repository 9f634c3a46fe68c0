"""Reference bases of N people for the benchmark, written as YAML and loaded like `--reference`.

A base of N people is
  - N >= the bundled base: the bundled YAML as shipped plus a folder of generated people;
  - N <  the bundled base: a "core" of the bundled base (the heads of state and government,
    vice-presidents, foreign ministers and secretaries of state of the G20, and everyone the
    curated files name: elections, events, recent changes) with all of the bundled sources,
    countries, offices, events and elections, plus generated people up to N.
So the vocabulary (titles, countries) is the same at every size, every person the corpus
names is in every base, and only the number of people (and their terms) grows.

Generated people get first names taken from real people (so they share blocking keys and
surnames with them, as namesakes do), syllable-built surnames, a birth date, sometimes an
alias, and one to three terms in generated offices (ministries and governorships of real
countries, with title forms the bundled base already uses). Everything is deterministic.
"""
from __future__ import annotations

import random
from pathlib import Path

from checker import cache, load
from checker.facts import Base
from checker.index import ReferenceIndex
from checker.paths import bundled_reference_dir

G20 = ("US", "GB", "FR", "DE", "IT", "JP", "CA", "RU", "CN", "IN", "BR", "MX", "AR", "AU", "ZA", "KR",
       "ID", "SA", "TR", "UA")
CORE_OFFICES = ("president", "prime-minister", "chancellor", "premier", "vice-president",
                "secretary-of-state", "minister-of-foreign-affairs", "ambassador-to-ru", "ambassador-to-us")
GEN_SOURCE = "bench-generated"
# Title forms that already exist in the bundled base, so generated offices add no vocabulary.
GEN_TITLES = (
    ("minister-of-agriculture", "Minister of Agriculture", ("Agriculture Minister",)),
    ("minister-of-health", "Minister of Health", ("Health Minister",)),
    ("minister-of-justice", "Minister of Justice", ("Justice Minister",)),
    ("minister-of-education", "Minister of Education", ("Education Minister",)),
    ("minister-of-culture", "Minister of Culture", ("Culture Minister",)),
    ("minister-of-finance", "Minister of Finance", ("Finance Minister",)),
    ("minister-of-defence", "Minister of Defence", ("Defence Minister",)),
    ("governor-of-the-central-bank", "Governor of the Central Bank", ("Central Bank Governor",)),
)
_SYL = ("ka", "ro", "vin", "mel", "dor", "sa", "ten", "lu", "bra", "ni", "kov", "ström", "ez", "ard", "mo",
        "ri", "gan", "ta", "vel", "bo", "shi", "ne", "ck", "ber", "la", "mi", "zo", "hal", "der", "ston",
        "fi", "to", "rez", "ski", "nen", "wa", "ku", "dé", "pe", "lin")


def bundled_files() -> list[load.RefFile]:
    return load.files_in(bundled_reference_dir(), "reference")


def bundled_index(cache_dir: Path) -> ReferenceIndex:
    return cache.load_index(bundled_files(), cache_dir)


def core_people(base: Base) -> set[str]:
    """Person ids every base holds (the ones the corpus draws from)."""
    ids: set[str] = set()
    for e in base.elections:
        ids |= {e.winner, e.runner_up} - {None}
    for e in base.events:  # the curated ones: the imported trips name hundreds of people
        if "/curated/" in e.ref:
            ids |= set(e.people)
    for t in base.terms:
        if "/curated/" in t.ref:
            ids.add(t.person)
    offices = {o.id for o in base.offices if o.country in G20 and o.id.split(".", 1)[1] in CORE_OFFICES}
    ids |= {t.person for t in base.terms if t.office in offices}
    return ids


# --- YAML writing (the importers' simple shape, so the fast loader reads it) ----------------

def _q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _list(values) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def _entry(fields: list[tuple[str, object]]) -> list[str]:
    out = []
    for key, value in fields:
        if value is None or value == ():
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        text = _list(value) if isinstance(value, tuple) else _q(str(value))
        out.append(("  - " if not out else "    ") + f"{key}: {text}")
    return out


def _section(name: str, entries: list[list[str]]) -> list[str]:
    if not entries:
        return []
    return [f"{name}:"] + [line for e in entries for line in e] + [""]


def write_base_subset(base: Base, keep: set[str], path: Path) -> None:
    """The bundled base restricted to the people in `keep` (and their terms), as one file."""
    lines = ["# benchmark: a subset of the bundled base", ""]
    lines += _section("sources", [_entry([("id", s.id), ("title", s.title), ("snapshot", s.snapshot.text),
                                          ("url", s.url), ("licence", s.licence)]) for s in base.sources])
    lines += _section("countries", [_entry([("id", c.id), ("name", c.name), ("names", c.names),
                                            ("demonyms", c.demonyms), ("capital", c.capital),
                                            ("source", c.source)]) for c in base.countries])
    lines += _section("offices", [_entry([("id", o.id), ("name", o.name), ("country", o.country), ("to", o.to),
                                          ("forms", o.forms), ("single_seat", None if o.single_seat else False),
                                          ("source", o.source)]) for o in base.offices])
    lines += _section("people", [_entry([("id", p.id), ("name", p.name), ("aliases", p.aliases),
                                         ("born", p.born.text if p.born else None), ("source", p.source)])
                                 for p in base.people if p.id in keep])
    lines += _section("terms", [_entry([("person", t.person), ("office", t.office), ("start", t.start.text),
                                        ("end", t.end.text if t.end else None),
                                        ("acting", True if t.acting else None), ("source", t.source)])
                                for t in base.terms if t.person in keep])
    lines += _section("events", [_entry([("id", e.id), ("name", e.name), ("kind", e.kind), ("aliases", e.aliases),
                                         ("start", e.start.text), ("end", e.end.text if e.end else None),
                                         ("place", e.place), ("country", e.country),
                                         ("participants", e.participants), ("people", tuple(p for p in e.people if p in keep)),
                                         ("source", e.source)]) for e in base.events])
    lines += _section("elections", [_entry([("id", e.id), ("office", e.office), ("date", e.date.text),
                                            ("winner", e.winner), ("runner_up", e.runner_up), ("source", e.source)])
                                    for e in base.elections])
    path.write_text("\n".join(lines), encoding="utf-8")


def write_generated(base: Base, count: int, path: Path, seed: int) -> None:
    """`count` generated people with generated offices and terms, as one YAML file."""
    rng = random.Random(seed)
    firsts = sorted({p.name.split()[0] for p in base.people if len(p.name.split()) >= 2
                     and p.name.split()[0].isalpha()})
    countries = sorted(c.id for c in base.countries)
    offices = [(f"gen.{cid.lower()}.{slug}", f"{name} of {cid}", cid, (name, *forms))
               for cid in countries for slug, name, forms in GEN_TITLES]
    lines = ["# benchmark: generated people, offices and terms", ""]
    lines += _section("sources", [_entry([("id", GEN_SOURCE), ("title", "factcheck benchmark generator"),
                                          ("snapshot", "2024-12-31")])])
    lines += _section("offices", [_entry([("id", oid), ("name", name), ("country", cid), ("forms", forms),
                                          ("source", GEN_SOURCE)]) for oid, name, cid, forms in offices])
    people, terms = [], []
    seen: set[str] = set()
    year_of = {oid: 1950 + rng.randrange(20) for oid, *_ in offices}
    n = 0
    while n < count:
        surname = "".join(rng.choice(_SYL) for _ in range(rng.choice((2, 2, 3)))).capitalize()
        name = f"{rng.choice(firsts)} {surname}"
        if name in seen:
            continue
        seen.add(name)
        pid = f"G{n}"
        born = f"{rng.randrange(1925, 1985)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        aliases = (f"{name.split()[0][0]}. {surname}",) if rng.random() < 0.3 else ()
        people.append(_entry([("id", pid), ("name", name), ("aliases", aliases), ("born", born),
                              ("source", GEN_SOURCE)]))
        for _ in range(rng.choice((1, 1, 2, 3))):
            oid = rng.choice(offices)[0]
            start = year_of[oid]
            length = rng.randrange(1, 6)
            year_of[oid] = start + length if start + length < 2024 else 1950 + rng.randrange(20)
            end = start + length
            terms.append(_entry([("person", pid), ("office", oid), ("start", f"{start}-{rng.randrange(1, 13):02d}"),
                                 ("end", None if end >= 2024 else f"{end}-{rng.randrange(1, 13):02d}"),
                                 ("source", GEN_SOURCE)]))
        n += 1
    lines += _section("people", people)
    lines += _section("terms", terms)
    path.write_text("\n".join(lines), encoding="utf-8")


def make_base_dir(bundled: Base, people: int, folder: Path, seed: int) -> tuple[list[load.RefFile], dict]:
    """Write the YAML of a base of `people` people under `folder`; return its files and facts."""
    folder.mkdir(parents=True, exist_ok=True)
    gen_dir = folder / "generated"
    gen_dir.mkdir(exist_ok=True)
    if people >= len(bundled.people):
        files = bundled_files()
        real = len(bundled.people)
    else:
        core = core_people(bundled)
        if len(core) > people:
            raise SystemExit(f"the core of the bundled base has {len(core)} people, more than {people}")
        sub = folder / "core"
        sub.mkdir(exist_ok=True)
        write_base_subset(bundled, core, sub / "core.yaml")
        files = load.files_in(sub, "core")
        real = len(core)
    generated = max(0, people - real)
    write_generated(bundled, generated, gen_dir / "people.yaml", seed)
    files = files + load.files_in(gen_dir, "generated")
    return files, {"people": people, "real": real, "generated": generated, "folder": str(folder)}
