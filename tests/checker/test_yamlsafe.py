"""The strict YAML reader, and its fast path (`load_fast`) for the importers' layout: on any
text the fast path reads, it gives the very nodes the strict (libyaml) path gives, values,
lines and columns; on anything else it returns False, so that the strict path reads it."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import yamlsafe
from checker.importers import yamlout
from checker.paths import bundled_reference_dir
from checker.yamlsafe import Node, YamlError


def strict(text: str):
    try:
        return yamlsafe.load(text, "f.yaml")
    except YamlError as exc:
        return exc


def fast(text: str):
    try:
        return yamlsafe.load_fast(text, "f.yaml")
    except YamlError as exc:
        return exc


def same(got, want) -> bool:
    """The fast result `got` agrees with the strict `want`. The fast path raises only for a
    duplicate key, found line by line: the strict path then refuses the file too, with the
    same message unless it finds a syntax error elsewhere first (composing the whole file)."""
    if isinstance(got, YamlError):
        return isinstance(want, YamlError) and (str(got) == str(want) or "malformed YAML" in want.message)
    return got == want


def assert_agrees(text: str) -> object:
    """The fast path either gives up or agrees with the strict one; returns its result."""
    got = fast(text)
    if got is not False:
        want = strict(text)
        assert same(got, want), f"fast path disagrees on {text!r}:\n fast:   {got!r}\n strict: {want!r}"
    return got


# --- the bundled files --------------------------------------------------------------------------


def _sample(text: str, every: int) -> str:
    """Every `every`-th entry of each section, keeping comments and headers: the same layout,
    a fraction of the strict reader's time."""
    out, n, keep = [], 0, True
    for line in text.split("\n"):
        if line.startswith("  - "):
            keep, n = n % every == 0, n + 1
        elif line and not line.startswith(" "):
            keep, n = True, 0
        if keep:
            out.append(line)
    return "\n".join(out)


# places.yaml is one entry a line: checker.load's row reader takes it (tests/robustness)
@pytest.mark.parametrize("path", sorted(p for p in (bundled_reference_dir() / "imported").glob("*.yaml")
                                        if p.name != "places.yaml"), ids=lambda p: p.name)
def test_the_importers_files_read_the_same_both_ways(path: Path):
    text = path.read_text(encoding="utf-8")
    if len(text) > 2_000_000:
        text = _sample(text, 4)
    got = yamlsafe.load_fast(text, path.name)
    assert got is not False, "the importers' layout must take the fast path"
    assert got == yamlsafe.load(text, path.name)


@pytest.mark.parametrize("path", sorted((bundled_reference_dir() / "curated").glob("*.yaml")), ids=lambda p: p.name)
def test_the_curated_files_read_the_same_or_fall_back(path: Path):
    assert_agrees(path.read_text(encoding="utf-8"))


# --- tricky inputs the fast path reads ------------------------------------------------------------

HEAD = "# a comment\n\nsources:\n  - id: s\n    title: T\n    snapshot: '2020'\n"


@pytest.mark.parametrize("body", [
    "people:\n  - id: 'it''s'\n    name: 'a: b'\n",
    "people:\n  - id: '#x'\n    name: ' lead and trail '\n",
    "people:\n  - id: p\n    name: a#b\n    cite: http://example.org/a?b=c#frag\n",
    "people:\n  - id: p\n    aliases: [a, 'b, c', 'd''e', f g]\n",
    "people:\n  - id: p\n    aliases: [ a ,b ]\n",
    "people:\n  - id: p\n    aliases: []\n",
    "people:\n  - id: p\n    aliases: []   \n",
    "people:\n  - id: p\n    aliases: ['']\n",
    "people:\n  - id: p\n    aliases: [it's, a\"b, a&b, a*b, a!b, a|b, a>b, a%b, a@b, a`b]\n",
    "people:\n  - id: p\n    name: it's a \"quote\" & more\n",
    "people:\n  # between keys\n  - id: p\n      # indented comment\n    name: X\n# at the end\n",
    "people:\n  - id: p\n    name: Tarō Asō\n    aliases: [Таро Асо, 麻生太郎, 'إردوغان', 😀 x, 'y 😀']\n",
    "people:\n  - id: p\n    name: a\u00a0#b\n    aliases: [e\u0301, \u200etext]\n",
    "people:\n  - id: p\n    born: ~\n    cite: null\n    name: NULL\n",
    "people:\n  - id: NO\n    name: yes\n    born: 2014\n    cite: 1.0\n",
    "people:\n  - id: p\n    name: X\n\n\n  - id: q\n    name: Y\n\n",
    "people:\n  - id: p\n    name: a  b\n",
    "people:\n  - id: p\n    name: a:b\n    cite: 'a'' # b'\n",
    "people:\n  - id: p\n    name: '''quoted'''\n",
    "people:  \n  - id: p\n",
])
def test_tricky_inputs_read_the_same(body):
    got = assert_agrees(HEAD + body)
    assert got is not False, "this layout should take the fast path"


def test_values_lines_and_columns():
    text = "sources:\n  - id: s\n    aliases: [a, 'b''c',  d]\n"
    root = yamlsafe.load_fast(text, "f.yaml")
    assert root == Node({"sources": Node([Node({
        "id": Node("s", 2, 9),
        "aliases": Node([Node("a", 3, 15), Node("b'c", 3, 18), Node("d", 3, 27)], 3, 14),
    }, 2, 5)], 2, 3)}, 1, 1)


def test_a_duplicate_key_is_the_same_error_both_ways():
    text = "people:\n  - id: p\n    name: X\n    name: Y\n"
    with pytest.raises(YamlError) as fast_error:
        yamlsafe.load_fast(text, "f.yaml")
    with pytest.raises(YamlError) as strict_error:
        yamlsafe.load(text, "f.yaml")
    assert str(fast_error.value) == str(strict_error.value) == "f.yaml:4:5: duplicate key 'name'"


# --- anything else falls back -------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "people:\n  - {id: p, name: X}\n",  # flow mapping
    "people:\n  - id: p\n    name: {a: b}\n",
    "people:\n  - id: p\n    name: \"double\"\n",  # double quotes (escapes)
    "people:\n  - id: p\n    name: |\n      block\n",  # block scalars
    "people:\n  - id: p\n    name: >\n      folded\n",
    "people:\n  - id: p\n    name: John\n      Smith\n",  # a plain scalar over two lines
    "people:\n  - id: p\n    name: 'John\n      Smith'\n",  # a quoted one
    "people:\n  - id: p\n    aliases:\n      - a\n",  # block list
    "people:\n  - id: p\n    aliases: [[a]]\n",
    "people:\n  - id: p\n    aliases: [a, ]\n",
    "people:\n  - id: p\n    aliases: [a, b\n",
    "people:\n  - id: p\n    aliases: [a] # c\n",
    "people:\n  - id: p\n    aliases: [a:, b]\n",
    "people:\n  - id: p\n    aliases: [a: b]\n",
    "people:\n  - id: p\n    aliases: [null, b]\n",
    "people:\n  - id: p\n    aliases: [a#b]\n",
    "people:\n  - id: p\n    name: X # trailing comment\n",
    "people:\n  - id: p\n    name: 'X' # trailing comment\n",
    "people:\n  - id: p\n    name: X \n",  # trailing space
    "people:\n  - id: p\n    name: a: b\n",
    "people:\n  - id: p\n    name:\n",  # no value
    "people:\n  - id: p\n    name: -x\n",
    "people:\n  - id: p\n    name: ? x\n",
    "people:\n  - id: &a p\n    name: *a\n",  # anchors
    "people:\n  - id: !!str p\n",  # tags
    "people:\n  - id: p\n    name: a\tb\n",  # tab
    "people:\n\t- id: p\n",
    "people:\r\n  - id: p\r\n",  # CRLF
    "people:\n  - id: p\n    name: a\rb\n",
    "people:\n  - id: p\n    name: a\x85b\n",  # NEL, LS, PS: YAML line breaks
    "people:\n  - id: p\n    name: a\u2028b\n",
    "people:\n  - id: p\n    name: 'a\u2029b'\n",
    "people:\n  - id: p\n    name: a\x01b\n",  # control characters
    "people:\n  - id: p\n    name: 'a\x7fb'\n",
    "\ufeffpeople:\n  - id: p\n",  # BOM
    "people:\n  - id: p\n    name: a\ufeffb\n",
    "people:\n  - id: p\n    name: a\ufffeb\n",
    "people:\n   - id: p\n",  # other indentation
    "people:\n  -  id: p\n",
    "people:\n  - id: p\n     name: X\n",
    "people:\n- id: p\n",
    "people: []\n",  # flow at the top
    "people:\n",  # an empty section
    "people:\npersons:\n  - id: p\n",
    "people:\n  - id: p\npeople:\n  - id: q\n",  # a repeated section
    "---\npeople:\n  - id: p\n",  # document markers
    "people:\n  - id: p\n...\n",
    "people:\n  - id: p\n---\npeople:\n  - id: q\n",
    "pèople:\n  - id: p\n",
    "\"people\":\n  - id: p\n",
    "people:\n  - \"id\": p\n",
    "people:\n  - id-x: p\n",
    "just text\n",
    "- a\n- b\n",
    "",
    "# only a comment\n",
])
def test_anything_else_falls_back(body):
    text = body if body.startswith(("\ufeff", "---", "just", "- a", "#")) or body == "" else HEAD + body
    assert fast(text) is False, f"fast path read {text!r}"


# --- generated inputs ---------------------------------------------------------------------------------

# Characters that mean something to YAML somewhere, and a few that are odd in other ways.
TRICKY = st.sampled_from(list(" ,:#'\"[]{}-?&*!|>%@`\\~\t\r\n\x85\u2028\u00a0\u200e\ufeff\x00\x7f") + ["é", "😀", "a", "b", "1"])
WORDS = st.sampled_from(["a", "b c", "yes", "NO", "null", "~", "2014", "2014-03", "1.0", "it's", "Tarō", ""])
SCALAR = st.lists(st.one_of(TRICKY, WORDS), max_size=8).map("".join)


@st.composite
def documents(draw) -> str:
    """Text close to the importers' layout, with odd values and odd lines mixed in."""
    lines = []
    for section in draw(st.lists(st.sampled_from(["sources", "people", "terms", "persons"]), min_size=1, max_size=3)):
        lines.append(draw(st.sampled_from([f"{section}:", f"{section}:  ", f"{section}: []", f" {section}:"])))
        for _entry in range(draw(st.integers(0, 3))):
            for i, key in enumerate(draw(st.lists(st.sampled_from(["id", "name", "aliases", "born"]), min_size=1, max_size=4))):
                prefix = "  - " if i == 0 else draw(st.sampled_from(["    ", "    ", "     ", "\t"]))
                kind = draw(st.sampled_from(["plain", "quoted", "list", "raw"]))
                if kind == "plain":
                    value = draw(SCALAR)
                elif kind == "quoted":
                    value = "'" + draw(SCALAR).replace("'", draw(st.sampled_from(["''", "'"]))) + "'"
                elif kind == "list":
                    items = draw(st.lists(st.one_of(SCALAR, SCALAR.map(lambda s: "'" + s.replace("'", "''") + "'")), max_size=4))
                    value = "[" + draw(st.sampled_from([", ", ",", " , "])).join(items) + "]" + draw(st.sampled_from(["", " ", " # c"]))
                else:
                    value = draw(st.sampled_from(["", "|", "{a: b}", "&x a", "*x", "!!str a", "# c", "a # c"]))
                lines.append(f"{prefix}{key}: {value}")
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(["", "  # comment", "# comment", "   ", "  -"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n", "\r\n"]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_read_the_same_or_fall_back(text):
    assert_agrees(text)


@st.composite
def importer_data(draw) -> dict:
    text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
    people = []
    for i in range(draw(st.integers(1, 3))):
        person = {"id": f"p{i}", "name": draw(text.filter(str.strip))}
        if draw(st.booleans()):
            person["aliases"] = draw(st.lists(text.filter(str.strip), max_size=3))
        people.append(person)
    return {"people": people}


@settings(max_examples=300, deadline=None)
@given(importer_data())
def test_what_the_importers_write_reads_back_exactly(data):
    """yamlout.dump's output, for any text: both readers agree, and on the fast path every
    value reads back as written."""
    text = yamlout.dump(data)
    got = assert_agrees(text)
    if got is False:
        return
    people = got.value["people"].value
    for entry, node in zip(data["people"], people):
        assert node.value["name"].value == entry["name"]
        if entry.get("aliases"):
            assert [n.value for n in node.value["aliases"].value] == entry["aliases"]


def test_plain_importer_output_takes_the_fast_path():
    text = yamlout.dump({"sources": [{"id": "s", "title": "T: a title", "snapshot": "2020-01-01"}],
                         "people": [{"id": "Q1", "name": "Tarō Asō", "aliases": ["Taro Aso", "it's"], "born": "1940"}]})
    got = yamlsafe.load_fast(text, "f.yaml")
    assert got is not False and got == yamlsafe.load(text, "f.yaml")
