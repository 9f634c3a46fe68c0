"""No grammar backtracks exponentially, and no stage is quadratic in a sentence's length.

Each hostile text is checked at two sizes; the larger (4x) must take less than 8x as long
(linear with noise; quadratic would be 16x) and both must finish in seconds. The full
doubling benchmark, 1 MB to 32 MB, is benchmarks/linear_time.py (docs/robustness.md).
"""
from __future__ import annotations

import time

import pytest

from claims import extract, segment

HOSTILE = {
    "capitalised words": "President Prime Minister Vladimir Putin Joe Biden Angela Merkel Chancellor Secretary of State ",
    "of the": "of the ",
    "titles of": "the President of the Prime Minister of the Secretary of State of the Ambassador to the ",
    "commas": "Putin, , Biden, , , Merkel, ",
    "possessives": "Russia's Germany's Biden's Putin's predecessor's successor's ",
    "dates": "Monday, March 2, 2022, Tuesday (Jan. 7) Wednesday 20 June 2021 2014-03-18 in 2014 ",
    "abbreviations": "Gen. Mr. U.S. Sen. No. Jan. St. Dr. ",
    "initials": "George W. H. J. K. L. M. Bush ",
    "hyphens": "then-Vice ex-President US-Russia Biden-Putin 78-year-old ",
    "ages": "Putin, 69, Merkel (67), Biden, aged 78, the 69-year-old ",
    "relations": "Biden's predecessor, Trump, who succeeded Obama, who preceded Bush, ",
    "elections": "Trump won the 2016 election and defeated Clinton who lost to Biden in 2020 ",
    "events": "the Geneva summit in Helsinki of the 2014 annexation of Crimea by Russia in March 2014 ",
    "quotes and brackets": "\u201c(\u2018[\"'\u2019\u201d)] ",
    "no spaces": "PresidentVladimirPutin,Monday,March2,2022;",
    "dots": "... . . .. ",
}


def _seconds(check, text: str) -> float:
    t0 = time.perf_counter()
    report = check(text)
    elapsed = time.perf_counter() - t0
    for v in report.verdicts:
        assert text[v.claim.start:v.claim.end] == v.claim.text
    return elapsed


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_checked_in_linear_time(check, name):
    unit = HOSTILE[name]
    small, large = unit * (6_000 // len(unit)), unit * (24_000 // len(unit))
    _seconds(check, small)  # warm up caches
    t_small = min(_seconds(check, small) for _ in range(2))
    t_large = _seconds(check, large)
    assert t_large < 30, f"{name}: {t_large:.1f} s for {len(large)} characters"
    assert t_large < 8 * t_small + 0.5, f"{name}: {t_small:.2f} s → {t_large:.2f} s for 4x the text"


@pytest.mark.parametrize("n", [20, 25, 30])
def test_no_exponential_backtracking_on_long_runs(check, n):
    """Runs of n words that each could start or continue a title or a name."""
    for unit in ("President ", "Vladimir ", "of the ", "Secretary of ", "former ", "Putin, ", "Russia's "):
        t = _seconds(check, unit * n + "Putin said.")
        assert t < 5, f"{unit!r} x {n}: {t:.1f} s"


def test_a_long_sentence_is_read_in_overlapping_pieces_without_losing_claims(pipeline):
    """The cut between pieces may fall inside a claim: it is still found, once."""
    _, extractor = pipeline
    from claims.model import Article

    unit = "German Chancellor Angela Merkel met Russian President Vladimir Putin and "
    for shift in range(0, len(unit), 7):  # cuts at every position of the unit
        text = "x" * shift + " " + unit * ((extract.PIECE * 3) // len(unit))
        claims = extractor.claims(Article("a.txt", text))
        texts = [c.text for c in claims if c.kind == "officeholder"]
        assert texts == ["German Chancellor Angela Merkel", "Russian President Vladimir Putin"] * text.count(unit)
        spans = [(c.start, c.end, c.kind) for c in claims]
        assert len(spans) == len(set(spans))


def test_pieces_cover_the_sentence_and_cut_between_words():
    from claims.model import Sentence

    text = "word " * 5000 + "x" * 9000 + " end"
    whole = Sentence(0, len(text), text)
    parts = list(extract.pieces(text, whole))
    assert parts[0][1] == 0 and parts[-1][2] == len(text)
    for (piece, lo, hi), (nxt, nlo, _) in zip(parts, parts[1:]):
        assert hi == nlo and piece.text == text[piece.start:piece.end] and piece.end >= hi
    for piece, lo, hi in parts:
        assert lo == 0 or text[lo - 1].isspace() or text[lo - 1] == "x"  # a word start, unless none
        assert len(piece.text) <= extract.PIECE + 2 * extract.OVERLAP


def test_segmenting_many_abbreviations_is_linear():
    for unit in ("Gen. Mark ", "U.S. Embassy ", "No. 10 ", "A. B. C. "):
        small, large = unit * 5_000, unit * 20_000
        t0 = time.perf_counter()
        segment.sentences(small)
        t1 = time.perf_counter()
        segment.sentences(large)
        t2 = time.perf_counter()
        assert t2 - t1 < 8 * (t1 - t0) + 0.2, unit
