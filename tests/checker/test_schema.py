"""The JSON Schema of the reference files (docs/reference-schema.json) says what the loader
accepts: the same sections, the same required and optional keys per section, the same event
kinds; and the bundled files validate against it (when jsonschema is installed)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker import load, yamlsafe
from checker.paths import bundled_reference_dir

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "docs" / "reference-schema.json"
ENTRY_DEF = {"sources": "source", "countries": "country", "offices": "office", "people": "person",
             "terms": "term", "events": "event", "elections": "election", "exclusions": "exclusion",
             "places": "place"}


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def loader_keys(tmp_path: Path, section: str) -> tuple[set[str], set[str]]:
    """(required, allowed) keys of a section as the loader reports them: an entry holding only
    an unknown key draws 'unknown key … (allowed: …)' and one 'missing required key' per key."""
    folder = tmp_path / section
    folder.mkdir()
    (folder / "probe.yaml").write_text(f"{section}:\n  - {{zz_not_a_key: x}}\n", encoding="utf-8")
    loaded = load.load_all(load.files_in(folder, "ref"))
    allowed: set[str] = set()
    required: set[str] = set()
    for error in loaded.errors:
        if m := re.search(r"unknown key 'zz_not_a_key' \(allowed: (.*)\)", error):
            allowed = set(m.group(1).split(", "))
        elif m := re.search(r"missing required key '(\w+)'", error):
            required.add(m.group(1))
    assert allowed and required, loaded.errors
    return required, allowed


def test_the_schema_is_a_valid_draft_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)


def test_sections_are_the_loaders(schema):
    assert tuple(schema["properties"]) == load.SECTIONS
    assert schema["additionalProperties"] is False
    for section, name in ENTRY_DEF.items():
        assert schema["properties"][section]["items"] == {"$ref": f"#/$defs/{name}"}


@pytest.mark.parametrize("section", load.SECTIONS)
def test_required_and_optional_keys_match_the_loader(schema, tmp_path, section):
    required, allowed = loader_keys(tmp_path, section)
    entry = schema["$defs"][ENTRY_DEF[section]]
    assert set(entry["required"]) == required
    assert set(entry["properties"]) == allowed
    assert entry["additionalProperties"] is False


def test_event_kinds_match_the_loader(schema):
    assert tuple(schema["$defs"]["event"]["properties"]["kind"]["enum"]) == load.EVENT_KINDS


def test_every_field_is_documented(schema):
    doc = (ROOT / "docs" / "reference-format.md").read_text(encoding="utf-8")
    for section, name in ENTRY_DEF.items():
        part = doc.split(f"## `{section}`", 1)[1].split("\n## ", 1)[0]
        for key in schema["$defs"][name]["properties"]:
            assert f"| `{key}` |" in part, f"docs/reference-format.md: `{section}` does not document `{key}`"
            assert schema["$defs"][name]["properties"][key].get("description"), (section, key)


def _plain(node):
    if node is None:
        return None
    if isinstance(node.value, dict):
        return {k: _plain(v) for k, v in node.value.items()}
    if isinstance(node.value, list):
        return [_plain(v) for v in node.value]
    return node.value


def _document(path: Path):
    text = path.read_text(encoding="utf-8")
    root = yamlsafe.load_fast(text, str(path))
    return _plain(yamlsafe.load(text, str(path)) if root is False else root)


@pytest.fixture(scope="module")
def validator(schema):
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", sorted(bundled_reference_dir().rglob("*.yaml")), ids=lambda p: p.name)
def test_bundled_files_validate_against_the_schema(validator, path):
    doc = _document(path)
    if path.stat().st_size > 1_000_000:
        # The large imported files are written by one writer in one shape; every 5th entry
        # of each section keeps this test to seconds (the loader checks them all anyway).
        doc = {section: entries[::5] for section, entries in doc.items()}
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    assert errors == []


@pytest.mark.parametrize("text", [
    "people:\n  - {id: p, name: X, source: s, nickname: Y}\n",  # unknown key
    "people:\n  - {id: p, source: s}\n",  # missing key
    "people:\n  - {id: , name: X, source: s}\n",  # required key without a value
    "people:\n  - {id: p, name: '  ', source: s}\n",  # blank text
    "people:\n  - {id: p, name: X, born: 1999-13, source: s}\n",  # no month 13
    "people:\n  - {id: p, name: X, born: 'March 1999', source: s}\n",  # not a date
    "offices:\n  - {id: o, name: O, country: US, forms: [], source: s}\n",  # no title
    "offices:\n  - {id: o, name: O, country: US, forms: [T], single_seat: maybe, source: s}\n",
    "events:\n  - {id: e, name: E, kind: party, start: 2020, source: s}\n",
    "persons:\n  - {id: p, name: X, source: s}\n",  # unknown section
    "people: {id: p, name: X, source: s}\n",  # not a list
])
def test_what_the_loader_refuses_the_schema_refuses(validator, tmp_path, text):
    (tmp_path / "f.yaml").write_text(text, encoding="utf-8")
    assert load.load_all(load.files_in(tmp_path, "ref")).errors
    assert list(validator.iter_errors(_document(tmp_path / "f.yaml")))


def test_the_test_base_validates(validator, tmp_path, base_text):
    (tmp_path / "f.yaml").write_text(base_text, encoding="utf-8")
    assert list(validator.iter_errors(_document(tmp_path / "f.yaml"))) == []


def _doc_examples() -> tuple[list[str], str]:
    """The YAML examples of docs/reference-format.md: those of the sections, and the complete one."""
    doc = (ROOT / "docs" / "reference-format.md").read_text(encoding="utf-8")
    before, complete = doc.split("## A complete example", 1)
    blocks = re.findall(r"```yaml\n(.*?)```", before, re.S)
    return [b for b in blocks if not b.startswith("# yaml-language-server")], re.findall(r"```yaml\n(.*?)```", complete, re.S)[0]


def test_the_documented_examples_load_on_top_of_the_bundled_base(tmp_path):
    sections, complete = _doc_examples()
    assert len(sections) >= 8
    for i, block in enumerate(sections):
        (tmp_path / "sections").mkdir(exist_ok=True)
        (tmp_path / "sections" / f"{i:02d}.yaml").write_text(block, encoding="utf-8")
    (tmp_path / "complete").mkdir()
    (tmp_path / "complete" / "example.yaml").write_text(complete, encoding="utf-8")
    bundled = load.files_in(bundled_reference_dir(), "reference")
    loaded = load.load_all(bundled + load.files_in(tmp_path / "sections", "sections"))
    assert loaded.errors == []
    # The complete example needs only a country of the bundled base: the test base has it.
    (tmp_path / "small").mkdir()
    from .conftest import BASE
    (tmp_path / "small" / "base.yaml").write_text(BASE, encoding="utf-8")
    loaded = load.load_all(load.files_in(tmp_path / "small", "small") + load.files_in(tmp_path / "complete", "c"))
    assert loaded.errors == []


def test_the_documented_examples_validate_against_the_schema(validator):
    sections, complete = _doc_examples()
    for block in [*sections, complete]:
        doc = _plain(yamlsafe.load(block, "example.yaml"))
        assert list(validator.iter_errors(doc)) == [], block
