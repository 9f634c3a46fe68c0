"""The grammars' compiled patterns are stored beside the index and reused, never trusted blindly."""
from __future__ import annotations

from checker import grammars
from claims.read import parse

TEXT = "Russian President Vladimir Putin met German Chancellor Angela Merkel on Friday, May 7, 2021."


def _claims(extractor) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extractor.claims(parse(TEXT, "a.txt"))]


def test_patterns_are_saved_then_loaded(small_index, tmp_path):
    first = grammars.extractor(small_index, tmp_path)
    (saved,) = tmp_path.glob("patterns-*.marshal")
    stamp = saved.stat().st_mtime_ns
    second = grammars.extractor(small_index, tmp_path)
    assert _claims(second) == _claims(first)
    assert ("officeholder", "Russian President Vladimir Putin") in _claims(first)
    assert saved.stat().st_mtime_ns == stamp  # complete: nothing new to write


def test_a_damaged_patterns_file_is_ignored_and_replaced(small_index, tmp_path):
    expected = _claims(grammars.extractor(small_index, tmp_path))
    (saved,) = tmp_path.glob("patterns-*.marshal")
    data = saved.read_bytes()
    for damaged in (data[: len(data) // 2], data[:60] + b"x" + data[61:], b""):
        saved.write_bytes(damaged)
        assert _claims(grammars.extractor(small_index, tmp_path)) == expected
        assert saved.read_bytes() == data  # rewritten whole


def test_an_unwritable_cache_only_costs_speed(small_index, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert _claims(grammars.extractor(small_index, blocker / "c"))


def test_a_grammar_built_on_first_use_keeps_its_patterns_too(small_index, tmp_path):
    from claims.extract import DEFERRED

    first = grammars.extractor(small_index, tmp_path)
    deferred = [g for g in first.grammars if "_grammar" in vars(g)]  # (asking for `built` would build it)
    assert len(deferred) == len(DEFERRED) and all(vars(g)["_grammar"] is None for g in deferred)  # not needed yet
    (saved,) = tmp_path.glob("patterns-*.marshal")
    before = saved.read_bytes()
    tenure = "Angela Merkel, who was chancellor from 2005 to 2021, spoke."
    (claim,) = [c for c in first.claims(parse(tenure, "a.txt")) if c.rule == "officeholder.tenure"]
    after = saved.read_bytes()
    assert len(after) > len(before)  # the tenure grammar's patterns were added
    again = grammars.extractor(small_index, tmp_path)
    assert [c.text for c in again.claims(parse(tenure, "a.txt")) if c.rule == "officeholder.tenure"] == [claim.text]
    assert saved.read_bytes() == after  # complete: the second built it from what was saved
