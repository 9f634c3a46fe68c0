"""Famous speeches of the bundled base (reference/curated/events-speeches.yaml) and the summit
venues added to the gazetteer with them (reference/curated/places.yaml): named speeches are
dated and placed, a speaker's speeches of one name form a series a year must pick from, a
speech named by a place alone is another speaker's or unknown, and "speech" is a generic
head that only verifies."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


@pytest.fixture(scope="module")
def check(check_bundled):
    def run(text: str, kind: str) -> dict[str, tuple[str, str]]:
        return {v.claim.text: (v.verdict, v.explanation) for v in check_bundled(text).verdicts if v.claim.kind == kind}

    return run


def test_every_speech_is_cited_and_names_a_known_speaker(index):
    speeches = [e for e in index.event_records.values() if "events-speeches.yaml" in e.ref]
    assert 20 <= len(speeches) <= 60
    for e in speeches:
        assert e.kind == "other" and e.source == "curated" and (e.cite or "").startswith("http"), e.id
        assert e.people and all(p in index.people for p in e.people), e.id
        assert e.start.precision in ("day", "month"), e.id
    # enough aliases end in "speech" for it to be a generic head
    assert sum(1 for e in speeches if any(a.split()[-1] == "speech" for a in e.aliases)) >= 5


@pytest.mark.parametrize("sentence, verdict", [
    ("Obama's Cairo speech in June 2009 promised a new beginning.", "verified"),
    ("Obama's Cairo speech of June 4, 2010 is misdated.", "conflicting"),
    ("Reagan's Brandenburg Gate speech in June 1987 is remembered.", "verified"),
    ("The Tear down this wall speech in 1986 is misdated.", "conflicting"),
    ("Kennedy's Berlin speech in 1963 drew huge crowds.", "verified"),
    ("The Zeitenwende speech in March 2022 is misdated.", "conflicting"),
    # a series: the year picks one speech; a year with none of them is unknown
    ("Obama's Berlin speech in July 2008 drew 200,000 people.", "verified"),
    ("Biden's Warsaw speech in February 2023 followed his trip to Kyiv.", "verified"),
    ("Biden's Warsaw speech in 2021 never happened.", "unknown"),
    ("Netanyahu's speech to Congress in 2011 was about borders.", "unknown"),
    ("Xi's Davos speech in January 2021 warned of a new Cold War.", "verified"),
    # another speaker's speech in the same city is not Obama's
    ("Pompeo's Cairo speech in January 2019 attacked Obama's policy.", "unknown"),
])
def test_named_speeches_are_dated(check, sentence, verdict):
    got = check("WASHINGTON, March 1, 2025 — " + sentence, "event-date")
    assert [v for v, _ in got.values()] == [verdict], got


def test_speech_is_a_generic_head_that_only_verifies(check):
    got = check("KYIV, Feb. 24, 2023 — Biden then gave a speech in Warsaw on Tuesday, Feb. 21, and Merkel gave "
                "a speech in Munich in February.", "event-place")
    assert got["speech in Warsaw on Tuesday, Feb. 21"][0] == "verified"
    assert "conflicting" not in {v for v, _ in got.values()}


def test_summit_venues_are_places(check):
    got = check("NEW DELHI, Sept. 10, 2023 — The G20 summit at Bharat Mandapam ended on Sunday. The 2012 G20 "
                "summit in Los Cabos discussed Europe; the 2012 G20 summit in Cancun never was.", "event-place")
    assert got["G20 summit at Bharat Mandapam"][0] == "verified"
    assert got["2012 G20 summit in Los Cabos"][0] == "verified"
    assert got["2012 G20 summit in Cancun"][0] == "conflicting"
    got = check("SINGAPORE, June 12, 2018 — The Singapore summit on Sentosa was historic.", "event-place")
    assert "conflicting" not in {v for v, _ in got.values()}
