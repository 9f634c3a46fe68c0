"""A tiny deterministic YAML writer for reference files.

The reference loader reads every scalar as a string, but other YAML readers (and humans)
may read ``NO``, ``yes``, ``2021-01-20`` or ``1.0`` as booleans, dates or numbers. So any
string that is not plainly a word is written in single quotes. Output is stable: keys are
written in a fixed order per section, entries in the order given by the importer.
"""
from __future__ import annotations

import re
from pathlib import Path

SECTIONS = ("sources", "countries", "offices", "people", "terms", "events", "elections")
KEY_ORDER = {
    "sources": ("id", "title", "url", "licence", "snapshot"),
    "countries": ("id", "name", "names", "demonyms", "capital", "source", "cite"),
    "offices": ("id", "name", "country", "to", "forms", "single_seat", "source", "cite"),
    "people": ("id", "name", "aliases", "born", "source", "cite"),
    "terms": ("person", "office", "start", "end", "acting", "source", "cite"),
    "events": ("id", "name", "kind", "aliases", "start", "end", "place", "country", "participants",
               "people", "source", "cite"),
    "elections": ("id", "office", "date", "winner", "runner_up", "source", "cite"),
}
# Plain (unquoted) only for strings starting with a letter and made of safe characters.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ._/()-]*\Z")
_RESERVED = {
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf",
}


def scalar(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"only strings are written, got {value!r}")
    if (_PLAIN.match(value) and value.lower() not in _RESERVED
            and not value.endswith(" ") and "  " not in value):
        return value
    return "'" + value.replace("'", "''") + "'"


def dump(data: dict, header: str = "") -> str:
    lines: list[str] = []
    for comment_line in header.strip().splitlines():
        lines.append(("# " + comment_line).rstrip())
    for section in SECTIONS:
        entries = data.get(section)
        if not entries:
            continue
        if lines:
            lines.append("")
        lines.append(f"{section}:")
        order = KEY_ORDER[section]
        for entry in entries:
            unknown = set(entry) - set(order)
            if unknown:
                raise KeyError(f"{section}: unknown keys {sorted(unknown)}")
            first = True
            for key in order:
                if key not in entry or entry[key] is None:
                    continue
                prefix = "  - " if first else "    "
                first = False
                value = entry[key]
                if isinstance(value, (list, tuple)):
                    if not value:
                        continue
                    items = ", ".join(scalar(v) for v in value)
                    lines.append(f"{prefix}{key}: [{items}]")
                else:
                    lines.append(f"{prefix}{key}: {scalar(value)}")
    unknown_sections = set(data) - set(SECTIONS)
    if unknown_sections:
        raise KeyError(f"unknown sections {sorted(unknown_sections)}")
    return "\n".join(lines) + "\n"


def write(path: Path, data: dict, header: str = "") -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(data, header))

