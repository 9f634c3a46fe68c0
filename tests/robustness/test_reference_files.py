"""A colleague's broken reference file: a `file:line:col` error and exit 2 through the CLI,
never a traceback, never an output written from a partly loaded base. Both readers are
covered: the line-by-line fast reader (the importers' shape) and libyaml (anything else).
"""
from __future__ import annotations

import re
import time

import pytest

from checker import yamlsafe

SOURCE = "sources:\n  - id: mine\n    title: My desk\n    snapshot: 2023-01-01\n"
PERSON = "people:\n  - id: Q900000001\n    name: Jane Example\n    source: mine\n"
ROWS = "sources:\n  - {id: mine, title: My desk, snapshot: 2023-01-01}\nplaces:\n"  # one entry a line

# (name, file text, line:col of the error — the value at fault —, words of the message)
CASES = [
    ("malformed flow", SOURCE + "people:\n  - {id: x, name: [unclosed\n", None, "malformed YAML"),
    ("unclosed quote", SOURCE + "people:\n  - id: 'x\n    name: y\n", None, "malformed YAML"),
    ("tab indent", SOURCE + "people:\n\t- id: x\n", (6, 1), "malformed YAML"),
    ("tab in fast shape", SOURCE + PERSON + "\t  # note\n", (9, 1), "tab"),
    ("duplicate key, fast reader", SOURCE + PERSON + "    name: Jane Other\n", (9, 5), "duplicate key 'name'"),
    ("duplicate key, flow", SOURCE + "people:\n  - {id: x, name: A, name: B, source: mine}\n", (6, 22), "duplicate key 'name'"),
    ("duplicate section", SOURCE + PERSON + PERSON.replace("Q900000001", "Q900000002"), (9, 1), "duplicate key 'people'"),
    ("anchor and alias", SOURCE + "people:\n  - &p {id: x, name: y, source: mine}\n  - *p\n", None, "anchors and aliases"),
    ("python tag", SOURCE + "people:\n  - !!python/object/apply:os.system ['touch pwned']\n", (6, 5), "is not allowed"),
    ("custom tag", SOURCE + "people:\n  - id: !person x\n    name: y\n    source: mine\n", (6, 9), "tag '!person' is not allowed"),
    ("set tag", SOURCE + "people: !!set {a, b}\n", (5, 9), "is not allowed"),
    ("two documents", SOURCE + "---\n" + PERSON, None, "malformed YAML"),
    ("NUL byte", SOURCE + PERSON.replace("Jane", "Ja\x00ne"), (7, 13), "U+0000"),
    ("control character", SOURCE + PERSON.replace("Jane", "Ja\x1bne"), (7, 13), "U+001B"),
    ("lone CR in fast shape", SOURCE + PERSON.replace("Jane Example", "Jane\rExample"), (9, 11), "malformed YAML"),
    ("deep nesting", SOURCE + "people: " + "[" * 900 + "]" * 900 + "\n", None, "nested"),
    ("top level list", "- id: x\n", (1, 1), "expected a mapping"),
    ("top level scalar", "just words\n", (1, 1), "expected a mapping"),
    ("unknown section", SOURCE + "persons: []\n", (5, 10), "unknown section 'persons'"),
    ("section not a list", SOURCE + "people: {id: x}\n", (5, 9), "'people' must be a list of entries"),
    ("empty section", SOURCE + "people:\n", (5, 8), "'people' must be a list of entries"),
    ("entry not a mapping", SOURCE + "people:\n  - Jane Example\n", (6, 5), "expected an entry"),
    ("name is a list", SOURCE + "people:\n  - id: x\n    name: [Jane, Example]\n    source: mine\n", (7, 11), "'name' must be a non-empty text"),
    ("name is a mapping", SOURCE + "people:\n  - {id: x, name: {first: Jane}, source: mine}\n", (6, 19), "'name' must be a non-empty text"),
    ("empty name", SOURCE + "people:\n  - {id: x, name: '', source: mine}\n", (6, 19), "'name' must be a non-empty text"),
    ("aliases a mapping", SOURCE + "people:\n  - {id: x, name: y, aliases: {a: b}, source: mine}\n", (6, 31), "'aliases' must be a list"),
    ("February 30", SOURCE + PERSON + "    born: 2021-02-30\n", (9, 11), "not a day of the calendar"),
    ("year zero", SOURCE + PERSON + "    born: 0000-00-00\n", (9, 11), "no year 0"),
    ("month 13", SOURCE + PERSON + "    born: 2021-13\n", (9, 11), "no month 13"),
    ("not a date", SOURCE + PERSON + "    born: last spring\n", (9, 11), "is not a date"),
    ("timestamp", SOURCE + PERSON + "    born: 2001-12-14t21:59:43.10-05:00\n", (9, 11), "is not a date"),
    ("yes/no", SOURCE + "offices:\n  - {id: o, name: O, country: XX, forms: [O], single_seat: maybe, source: mine}\n",
     (6, 60), "'single_seat' must be yes or no"),
    ("forms empty", SOURCE + "countries:\n  - {id: XX, name: X, source: mine}\noffices:\n  - {id: o, name: O, country: XX, forms: [], source: mine}\n",
     (8, 42), "'forms' must list at least one title"),
    ("term ends before it starts", SOURCE + PERSON + "terms:\n  - {person: Q900000001, office: us.president, start: 2020, end: 2019, source: mine}\n",
     (10, 66), "ends (2019) before it starts (2020)"),
    ("unknown key", SOURCE + PERSON + "    nickname: Jay\n", (9, 15), "unknown key 'nickname'"),
    ("unknown source", PERSON, (4, 13), "unknown source 'mine'"),
    ("overrides nothing", SOURCE + PERSON + "    overrides: yes\n", (6, 9), "'overrides: yes' but no other person has the id"),
    # places (the gazetteer), in the block shape and in the importer's one-place-a-line shape
    ("place without coordinates", SOURCE + "places:\n  - id: p\n    name: P\n    country: US\n    source: mine\n",
     (6, 5), "a city needs 'lat' and 'lon'"),
    ("latitude out of range", SOURCE + "places:\n  - {id: p, name: P, country: US, lat: 91, lon: 0, source: mine}\n",
     (6, 40), "'lat' must be a number of degrees from -90 to 90"),
    ("unknown region", ROWS + "  - {id: p, name: P, country: US, region: Atlantis, lat: 1, lon: 2, source: mine}\n",
     (4, 43), "unknown region 'Atlantis' of US"),
    ("population not a number", ROWS + "  - {id: p, name: P, country: US, lat: 1, lon: 2, population: lots, source: mine}\n",
     (4, 63), "'population' must be a whole number"),
    ("place kind", ROWS + "  - {id: p, name: P, kind: planet, country: US, lat: 1, lon: 2, source: mine}\n",
     (4, 28), "unknown place kind 'planet'"),
    ("duplicate key, rows", ROWS + "  - {id: p, name: P, name: Q, country: US, lat: 1, lon: 2, source: mine}\n",
     (4, 22), "duplicate key 'name'"),
    ("unclosed row", ROWS + "  - {id: p, name: P, country: US, lat: 1, lon: 2, source: mine\n", None, "malformed YAML"),
]


@pytest.fixture
def user_ref(tmp_path):
    def write(text, name="mine.yaml"):
        folder = tmp_path / "myref"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return folder
    return write


def _refused(run, tmp_path, folder, where=None, words=None):
    article = tmp_path / "a.txt"
    article.write_text("German Chancellor Angela Merkel met reporters on Monday, March 1, 2021.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("check", article, "--reference", folder, "--json", out, "--html", tmp_path / "r.html", "--quiet")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == "" and not out.exists() and not (tmp_path / "r.html").exists()  # nothing checked
    assert "nothing was checked" in result.stderr
    lines = [l for l in result.stderr.splitlines() if not l.startswith("factcheck: error: the reference base")]
    assert lines and all(re.match(r"^\S+:\d+:\d+: ", l) for l in lines), result.stderr
    if where:
        assert any(l.startswith(f"{folder}/mine.yaml:{where[0]}:{where[1]}: ") for l in lines), result.stderr
    if words:
        assert any(words in l for l in lines), result.stderr
    return lines


@pytest.mark.parametrize("name, text, where, words", CASES, ids=[c[0] for c in CASES])
def test_a_bad_reference_file_is_a_located_error_through_the_cli(run, tmp_path, user_ref, name, text, where, words):
    _refused(run, tmp_path, user_ref(text), where, words)


@pytest.mark.parametrize("name, text, where, words", CASES, ids=[c[0] for c in CASES])
def test_both_readers_refuse_or_agree(name, text, where, words):
    """Whatever the fast reader accepts, libyaml reads the same (values, lines, columns)."""
    try:
        fast = yamlsafe.load_fast(text, "mine.yaml")
    except yamlsafe.YamlError as exc:  # its own located refusal (a duplicate key)
        assert (exc.line, exc.column) == where and words in str(exc)
        return
    if fast is not False:
        assert fast == yamlsafe.load(text, "mine.yaml")


def test_not_utf8_reference_names_line_column_and_byte(run, tmp_path, user_ref):
    data = (SOURCE + PERSON).encode().replace(b"Jane", b"J\xe9ne")
    lines = _refused(run, tmp_path, user_ref(data), (7, 12))
    assert "invalid byte 0xe9 at byte offset" in lines[0]


def test_billion_laughs_is_refused_quickly_through_the_cli(run, tmp_path, user_ref):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 12)]
    folder = user_ref("\n".join(lines) + "\n")
    t0 = time.monotonic()
    _refused(run, tmp_path, folder, (1, 5), "anchors and aliases are not allowed")
    assert time.monotonic() - t0 < 60  # the whole CLI run (index from cache); the file itself:
    t0 = time.perf_counter()
    with pytest.raises(yamlsafe.YamlError):
        yamlsafe.load((folder / "mine.yaml").read_text(), "mine.yaml")
    assert time.perf_counter() - t0 < 1


def test_an_id_of_the_bundled_base_needs_overrides(run, tmp_path, user_ref):
    clash = SOURCE + "people:\n  - id: Q567\n    name: Angela Merkel\n    source: mine\n"
    lines = _refused(run, tmp_path, user_ref(clash), (6, 9), "duplicate person id 'Q567' (also at reference/curated/")
    assert len(lines) == 1
    ok = clash + "    overrides: yes\n"
    result = run("check", "-", "--reference", user_ref(ok), "--quiet", "--date", "2020-03-03",
                 stdin=b"German Chancellor Angela Merkel spoke.\n")
    assert result.returncode == 0 and "verified" in result.stdout, result.stderr


def test_an_id_the_bundled_base_already_overrides_blames_the_users_entry(run, tmp_path, user_ref):
    clash = SOURCE + "people:\n  - id: Q7747\n    name: Vladimir Putin\n    source: mine\n"
    lines = _refused(run, tmp_path, user_ref(clash), (6, 9), "duplicate person id 'Q7747'")
    assert len(lines) == 1  # not the bundled base's own correction (curated over imported)


def test_a_colliding_office_or_country_id_is_refused_too(run, tmp_path, user_ref):
    text = SOURCE + "countries:\n  - {id: RU, name: Ruritania, source: mine}\n"
    _refused(run, tmp_path, user_ref(text), (6, 10), "duplicate country id 'RU'")


def test_every_error_of_a_file_is_listed_at_once(run, tmp_path, user_ref):
    text = SOURCE + "people:\n  - {id: a, name: A, born: 2021-02-30, source: mine}\n  - {id: b, name: B, born: 0000, source: nope}\n"
    lines = _refused(run, tmp_path, user_ref(text))
    assert len(lines) == 3, lines
    assert any("2021-02-30" in l for l in lines) and any("no year 0" in l for l in lines)
    assert any("unknown source 'nope'" in l for l in lines)


def test_a_bad_base_writes_no_cache(run, tmp_path, user_ref):
    cache_dir = tmp_path / "fresh-cache"
    folder = user_ref(SOURCE + PERSON + "    born: 2021-02-30\n")
    result = run("check", "-", "--reference", folder, "--quiet", stdin=b"Text.\n",
                 env={"FACTCHECK_CACHE_DIR": str(cache_dir)})
    assert result.returncode == 2
    assert not cache_dir.exists() or not list(cache_dir.glob("index-*"))


def test_empty_and_comment_only_reference_files_are_fine(run, tmp_path, user_ref):
    folder = user_ref("")
    (folder / "b.yaml").write_text("# nothing yet\n\n", encoding="utf-8")
    (folder / "c.yaml").write_text("\ufeff" + SOURCE, encoding="utf-8")  # a BOM is fine
    result = run("check", "-", "--reference", folder, "--quiet", stdin=b"Text.\n")
    assert result.returncode == 0, result.stderr


def test_the_fast_reader_reads_the_imported_files_as_libyaml_does():
    from checker.paths import bundled_reference_dir

    for path in sorted((bundled_reference_dir() / "imported").glob("*.yaml")):
        if path.name == "places.yaml":  # one entry a line: checker.load's row reader (below)
            continue
        lines = path.read_text(encoding="utf-8").split("\n")[:3000]
        while lines and lines[-1].startswith("    "):  # end on a whole entry
            lines.pop()
        text = "\n".join(lines[:-1]) + "\n"
        fast = yamlsafe.load_fast(text, path.name)
        assert fast is not False, path
        assert fast == yamlsafe.load(text, path.name), path


def test_the_row_reader_reads_the_gazetteer_as_libyaml_does():
    """The places the row reader makes from the head of reference/imported/places.yaml are
    those libyaml's nodes make (values, lines and columns alike)."""
    from checker import load
    from checker.paths import bundled_reference_dir

    text = "\n".join((bundled_reference_dir() / "imported" / "places.yaml").read_text(encoding="utf-8")
                     .split("\n")[:3000]) + "\n"
    errors: list[str] = []
    for located in (False, True):
        rows = load._read_rows(load._File("p.yaml", errors), text, located)
        assert rows is not None and errors == []
        root = yamlsafe.load(text, "p.yaml")
        f = load._File("p.yaml", errors)
        slow = [taken for section, entries in f.entries(root).items() for entry in entries
                for taken in load._take(f, section, entry, located)]
        assert [r[1] for r in rows] == [r[1] for r in slow] and errors == []
        if located:
            assert [r[2] for r in rows] == [r[2] for r in slow]  # the nodes: lines and columns


@pytest.mark.parametrize("bad", ["\t", "\r", "\x85", "\u2028", "\x00", "\ufeff"])
def test_the_fast_reader_hands_odd_characters_to_libyaml(bad):
    text = SOURCE + PERSON.replace("Jane Example", f"Jane{bad}Example")
    assert yamlsafe.load_fast(text, "mine.yaml") is False
