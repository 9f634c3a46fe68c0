"""The compiled-index cache: reused while the files are the same, rebuilt otherwise."""
from __future__ import annotations

from checker import cache, load


def _load(folder, cache_dir, built):
    return cache.load_index(load.files_in(folder, "ref"), cache_dir, on_build=lambda: built.append(1))


def test_second_load_comes_from_the_cache(make_base, tmp_path):
    folder, built = make_base(), []
    first = _load(folder, tmp_path / "c", built)
    second = _load(folder, tmp_path / "c", built)
    assert built == [1]
    assert second.digest == first.digest and len(second.people) == len(first.people)


def test_an_edit_changes_the_digest_and_rebuilds(make_base, base_text, tmp_path):
    folder, built = make_base(), []
    first = _load(folder, tmp_path / "c", built)
    (folder / "base.yaml").write_text(base_text.replace("Angela Merkel", "Angela D. Merkel"), encoding="utf-8")
    second = _load(folder, tmp_path / "c", built)
    assert built == [1, 1] and second.digest != first.digest
    assert second.people["Q567"].name == "Angela D. Merkel"


def test_a_corrupt_cache_file_is_rebuilt_not_trusted(make_base, tmp_path):
    folder, built = make_base(), []
    _load(folder, tmp_path / "c", built)
    (cached,) = (tmp_path / "c").glob("index-*.marshal")
    cached.write_bytes(cached.read_bytes()[:100])  # truncated
    index = _load(folder, tmp_path / "c", built)
    assert built == [1, 1] and "Q567" in index.people


def test_an_unwritable_cache_folder_only_costs_speed(make_base, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    index = _load(make_base(), blocker / "c", [])
    assert "Q567" in index.people
