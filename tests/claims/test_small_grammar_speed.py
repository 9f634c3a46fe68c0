"""The faster ways the weekday, age and election grammars and the time anchors read a
sentence find exactly what the plain ways found.

The dated weekday grammar matches its form's regex at each weekday instead of going through
`common.scan_at_triggers`; the anchors' regexes start with a character class (searched for in
C) instead of "\\b", and the date regexes are tried only where a date may start; the age
grammar rules out a sentence by its trigger and what leads to it; the election grammar tries
a second verb phrase only where one of its first words stands.
"""
from __future__ import annotations

import itertools
import re

import pytest

from claims import anchors
from claims.grammars import age, common, election, weekday
from claims.grammars.common import DATE_RE, MONTH_YEAR_RE, YEAR_RE
from claims.model import Sentence
from tests.claims.test_direct import TEXTS

_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# The patterns as they were written before (plain, and slower)
_PLAIN_PREPOSITION = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of|[Ii]n early|[Ii]n late|[Ii]n mid)\s+|\b[Ii]n mid-"
    rf"|\b[Oo]n\s+(?:{_DAY_NAMES}),?\s+)$")
_PLAIN_DATE_HINT = re.compile(
    rf"\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of|[Ii]n early|[Ii]n late|[Ii]n mid)\s+{anchors._DATE_START}"
    rf"|\b[Ii]n mid-\n?{anchors._DATE_START}|\b[Oo]n\s+(?:{_DAY_NAMES}),?\s+{anchors._DATE_START}")

_PIECES = ["In", "in", "on", "On", "During", "by", "As of", "as of", "early", "late", "mid", "mid-", "-", " - ", "—",
           ",", ";", "(", ")", " ", " ", "  ", "\n", "\t", "2014", "1999", "2022-03-04", "3", "12", "31st", "of",
           "March", "Sept.", "May", "Monday", "Sunday,", "the", "xIn", "bin", "’", "'", "1600", "2100", "15-16"]


def _sentences():
    """The test texts, and strings made of the pieces that dates and weekdays are read from."""
    out = [t for t in TEXTS if len(t) < 2000]
    pieces = itertools.cycle(_PIECES)
    for n in range(3000):
        out.append("".join(next(pieces) + " " * (n % 3 == 0) for _ in range(n % 13 + 1)))
        next(pieces) if n % 7 == 0 else None
    return out


SENTENCES = _sentences()


def test_the_anchor_patterns_match_where_the_plain_ones_do():
    preposition = anchors._compiled(anchors._PREPOSITION)
    for s in SENTENCES:
        assert [m.span() for m in anchors._DATE_HINT.finditer(s)] == [m.span() for m in _PLAIN_DATE_HINT.finditer(s)]
        for at in range(len(s) + 1):
            lo = max(0, at - anchors._LONGEST_PREPOSITION)
            assert bool(preposition.search(s, lo, at)) == bool(_PLAIN_PREPOSITION.search(s, lo, at)), (s, at)


def test_the_dates_are_found_where_finditer_finds_them():
    for s in SENTENCES:
        for pos in range(0, len(s) + 1, 5):
            for rx, first in ((DATE_RE, anchors._DATE_FIRST), (MONTH_YEAR_RE, anchors._MONTH_FIRST),
                              (YEAR_RE, anchors._YEAR_FIRST)):
                assert [m.span() for m in anchors._matches(rx, first, s, pos)] == [m.span() for m in rx.finditer(s, pos)]


@pytest.mark.parametrize("sentence", [
    "When he visited Kyiv in 2009, 1999 in 1999 - and in 2002, Y did.",
    "WASHINGTON, July 7, 2022 — In mid-\n2014, and on Friday, Jan. 7, 2022, X met Y.",
    "As of 3rd of May 2020 and during 2016-03-04, in late May 2015, by 1999.",
])
def test_anchors_read_dates_as_before(sentence):
    found = anchors.anchors_in(sentence)
    assert anchors.may_anchor(sentence) and found.dates


def _plain_weekday_matches(s: str) -> list[tuple]:
    expr = weekday.WeekdayGrammar().expr
    return [(at + toks["weekday"][0], at + toks["date"][0], toks["date"][1], at + toks["end"][0])
            for at, toks in common.scan_at_triggers(expr, s, weekday._WEEKDAY.re, back_words=0, ahead=60)]


def _weekday_matches(s: str) -> list[tuple]:
    out = []
    for m in weekday._forms_in(s):
        date = "date1" if m.group("date1") is not None else "date2"
        out.append((m.start(), m.start(date), m.group(date), m.end()))
    return out


def test_the_weekday_form_is_matched_where_scan_at_triggers_parses_it():
    made = [p + w + m + d + q for p, w, m, d, q in itertools.product(
        ["", "on ", "'", "’", "x’", " ’", "\"", "(", "Saturday and ", "Friday-", "Friday’"], ["Monday", "Sunday"],
        ["", " ", ", ", " (", ",\n", " " * 70, ", the ", "\t"],
        ["March 3, 2022", "3 March 2022", "Sept. 9-10", "2022-03-03", "3rd of May", "Jan. 7)", "Dec. 32"],
        ["", ")", ", 2022", " 12:30"])]
    for s in [t for t in TEXTS if "day" in t] + made:
        assert _weekday_matches(s) == _plain_weekday_matches(s), s


@pytest.mark.parametrize("sentence, passes", [
    ("Biden, 78, said", True), ("Merkel (67) left", True), ("Putin, aged 69, said", True),
    ("Putin, who is now 69, said", True), ("the 69-year-old Putin", True), ("Sunak, a 42-year-old banker", True),
    ("Biden,\t78", True), ("Biden , 78 .", True), ("Biden, Age 78, said", True), ("Biden (\n78)", True),
    ("He said so on March 3, 2022.", False), ("In Kyiv, 250 people died", False), ("Some 84 delegates came", False),
])
def test_age_rules_out_only_sentences_without_a_claim(extractor, sentence, passes):
    grammar = next(g for g in extractor.grammars if isinstance(g, age.AgeGrammar))
    found = grammar.extract(sentence, Sentence(0, len(sentence), sentence), 0)
    assert grammar.might_match(sentence, sentence.lower()) == passes
    assert passes or not found


def test_every_second_verb_phrase_starts_as_election_expects(extractor):
    grammar = next(g for g in extractor.grammars if isinstance(g, election.ElectionGrammar))
    made = [f"{w} {t}" for w in ("had", "Has", "was", "IS", "were", "narrowly", "first", "himself", "", "  \n")
            for t in ("won the 2016 election", "re-elected in 2019", "defeated Jo Smith in 2010", "lost to Jo Smith in 2016",
                      "held on to power in 2019", "came to power by defeating Jo Smith in 2010", "beaten by Jo Smith in 2012")]
    checked = 0
    for text in TEXTS[:300] + made:
        for start in [0] + [m.start() for m in common.WORD_START.finditer(text)]:
            window = text[start:start + 240]
            if common.parse(grammar.more, window) is not None:
                assert election._MORE_START.match(window), window
                checked += 1
    assert checked > 50


def test_the_triggers_match_where_the_plain_patterns_do():
    plain_election = re.compile(r"(?i)\b(?:won|win|elected|defeat|beat|lost|loss|victory|held on|retained|kept)")
    words = ["won", "WIN", "elected", "defeat", "Beat", "lost", "loss", "victory", "held on", "retained", "kept",
             "Kept", "Monday", "Sunday", "xMonday", "-Friday", "Fridays", "_", "-", " ", "\n", "ı", "İ", "ſ", "\u212a",
             "é", "1", "Wednesday", "S", "T"]
    made = ["".join(words[(n * 7 + k * 3) % len(words)] + " " * (k % 2) for k in range(n % 9 + 1)) for n in range(4000)]
    made += ["\u212aept power", "ſ", "wİn", "wın", "held On"]
    for s in TEXTS + made:
        assert [m.span() for m in election._TRIGGER.finditer(s)] == [m.span() for m in plain_election.finditer(s)], s
        assert [m.span() for m in weekday._WEEKDAY_RE.finditer(s)] == [m.span() for m in weekday._WEEKDAY.re.finditer(s)]


def test_the_trigger_starts_are_the_letters_the_plain_patterns_start_with():
    plain = re.compile("(?i)[wedblvhrk]")
    assert {c for c in map(chr, range(0x110000)) if plain.fullmatch(c)} == set(election._TRIGGER_FIRST)
