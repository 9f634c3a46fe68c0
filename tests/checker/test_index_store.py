"""The index as stored (plain tables, read back with marshal) and its records decoded on use."""
from __future__ import annotations

import marshal
import pickle
import zlib

from checker import cache, load
from checker.index import ReferenceIndex


def _files(folder):
    return load.files_in(folder, "ref")


def test_the_index_read_back_holds_the_base_as_loaded(make_base, tmp_path):
    files = _files(make_base())
    base = load.load(files)
    cache.load_index(files, tmp_path / "c")
    index = cache.load_index(files, tmp_path / "c")  # from the stored tables
    for section in ("sources", "countries", "offices", "people", "terms", "events", "elections"):
        assert getattr(index.base, section) == getattr(base, section), section
    assert index.base.facts == base.facts == index.facts
    assert index.people["Q567"] is index.people["Q567"]  # decoded once
    assert index.people.get("nobody") is None and "nobody" not in index.people
    assert index.names_of("Q567") == (index.people["Q567"].name, *index.people["Q567"].aliases)
    assert index.tenures_by_office["no.such.office"] == [] and "no.such.office" not in index.tenures_by_office
    merkel = index.tenures_by_person["Q567"]
    assert merkel and all(t.term.person == "Q567" for t in merkel)
    assert all(t in index.tenures_by_office[t.term.office] for t in merkel)


def test_the_stored_tables_are_plain_data(make_base):
    index = ReferenceIndex(load.load(_files(make_base())), "test")
    tables = index.tables()
    again = ReferenceIndex.from_tables(marshal.loads(marshal.dumps(tables)))
    assert again.base.terms == index.base.terms and again.horizon == index.horizon
    assert again.vocabulary() == index.vocabulary()


def test_the_index_goes_to_worker_processes_as_its_tables(make_base):
    index = ReferenceIndex(load.load(_files(make_base())), "test")
    copy = pickle.loads(pickle.dumps(index))
    assert copy.digest == index.digest and copy.base.people == index.base.people


def _load(folder, cache_dir, built):
    return cache.load_index(_files(folder), cache_dir, on_build=lambda: built.append(1))


def test_a_sound_header_over_a_changed_body_is_rebuilt(make_base, tmp_path):
    folder, built = make_base(), []
    _load(folder, tmp_path / "c", built)
    (cached,) = (tmp_path / "c").glob("index-*.marshal")
    data = cached.read_bytes()
    cached.write_bytes(data[:-10] + bytes([data[-10] ^ 0x55]) + data[-9:])  # checksum fails
    assert "Q567" in _load(folder, tmp_path / "c", built).people and built == [1, 1]


def test_a_well_formed_file_that_is_not_an_index_is_rebuilt(make_base, tmp_path):
    folder, built = make_base(), []
    index = _load(folder, tmp_path / "c", built)
    (cached,) = (tmp_path / "c").glob("index-*.marshal")
    head = cached.read_bytes().split(b"\n", 2)
    body = marshal.dumps({"digest": index.digest})  # the right key, but no tables
    cached.write_bytes(head[0] + b"\n" + head[1] + b"\n" + b"%08x\n" % zlib.crc32(body) + body)
    again = _load(folder, tmp_path / "c", built)
    assert built == [1, 1] and again.people["Q567"].name == "Angela Merkel"


PLACES = """places:
  - {id: 'desk:geneva', name: Geneva, aliases: [Genf], kind: city, country: CH, lat: 46.2, lon: 6.15, source: desk}
"""


def test_the_gazetteer_is_stored_packed_and_unpacked_on_first_use(make_base, tmp_path):
    from tests.checker.conftest import BASE
    text = BASE.replace("countries:\n", "countries:\n  - {id: CH, name: Switzerland, demonyms: [Swiss], capital: Bern, source: desk}\n", 1)
    files = _files(make_base(text + PLACES))
    cache.load_index(files, tmp_path / "c")
    index = cache.load_index(files, tmp_path / "c")  # from the stored tables
    assert isinstance(index.tables()["places"], bytes) and "_place_tables" not in index.__dict__
    (geneva,) = index.places_named("genf")
    assert (geneva.id, geneva.name, geneva.country) == ("desk:geneva", "Geneva", "CH")
    assert "_place_tables" in index.__dict__
    built = ReferenceIndex(load.load(files), "test")  # built in process: nothing to unpack
    assert [p.id for p in built.places_named("Geneva")] == ["desk:geneva"]
