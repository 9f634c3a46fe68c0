"""The faster ways of scanning for claims give exactly what the plain ones give.

`common.scan_at_triggers` parses with `_located_parser_of`, which finds a parse's end as its
slots are made instead of by `_end_of` afterwards; the officeholder grammar's `lead` looks
ahead for a comma before trying a name, `_plurals` looks for a cue before its hints, and
claims are made by Claim's own `__init__` and given their times by `claims.model.with_times`.
Each must agree with the plain way everywhere.
"""
from __future__ import annotations

import dataclasses
import pickle
import re
from dataclasses import replace

import pyparsing as pp
import pytest

from claims import model
from claims.grammars import common, officeholder
from claims.grammars.names import NAME_PATTERN
from claims.model import Claim
from tests.claims.test_direct import TEXTS, _grammars


def test_a_located_parse_is_the_parse_and_its_end(extractor):
    checked = 0
    for name, expr in _grammars(extractor):
        located = common._located_parser_of(expr)
        for text in TEXTS[:200]:
            for start in common.WORD_START.finditer(text):
                window = text[start.start(): start.start() + 240]
                tokens = common.parse(expr, window)
                expected = None if tokens is None else (tokens, common._end_of(tokens))
                assert located(window) == expected, (name, window)
                checked += 1
    assert checked > 10_000


def test_a_located_parse_skips_whitespace_as_pyparsing_does(extractor):
    for name, expr in _grammars(extractor):
        located = common._located_parser_of(expr)
        for window in ("  \tPresident\tJoe Biden won the 2020 election", "\n Biden,\t78, said",
                       "Obama's successor,\tDonald Trump", " \t", ""):
            try:
                slow = dict(expr.parse_string(window).as_dict())
            except pp.ParseException:
                slow = None
            assert located(window) == (None if slow is None else (slow, common._end_of(slow))), (name, window)


def test_a_form_without_a_check_ends_at_its_last_slot():
    form = common.keep_tabs(common.regex_form("x", r"(?P<a>\w+)(?:\s+(?P<b1>\d+))?(?:\s+(?P<b2>\w+))?\s*"))
    located = common._located_parser_of(form)
    assert located("Biden 78 said  ") == ({"a": (0, "Biden"), "b": (6, "78"), "rule": "x"}, 8)
    assert located("Biden said") == ({"a": (0, "Biden"), "b": (6, "said"), "rule": "x"}, 10)
    assert located(" , ") is None


def test_the_officeholder_lead_accepts_what_it_accepted_before(extractor):
    """The lead's lookahead for a comma only saves time: at every pair of word starts of the
    texts, the lead without it accepts exactly the same stretches."""
    grammar = next(g for g in extractor.grammars if isinstance(g, officeholder.OfficeholderGrammar))
    lookahead = "(?:(?=[^,]*,)"
    assert grammar.lead.pattern.startswith(lookahead + NAME_PATTERN)
    plain = re.compile("(?:" + grammar.lead.pattern[len(lookahead):])
    checked = 0
    for text in TEXTS + ["Lee Myung-bak, the South Korean President", "Clinton, 69, a former President"]:
        starts = [m.start() for m in common.WORD_START.finditer(text)]
        for i, a in enumerate(starts):
            for b in starts[i + 1: i + 14]:
                assert (grammar.lead.fullmatch(text, a, b) is None) == (plain.fullmatch(text, a, b) is None), \
                    text[a:b]
                checked += 1
    assert checked > 10_000


def test_every_plural_hint_holds_the_cue():
    for text in TEXTS + ["former Presidents Barack Obama and Bill Clinton", "Sens. Ted Cruz and John Cornyn"]:
        for m in officeholder._PLURAL_HINT.finditer(text):
            assert officeholder._PLURAL_CUE.search(text, m.start(), m.end() + 1), m.group()


def test_a_claim_is_what_the_dataclass_would_make():
    slots, spans = {"title": "President", "person": "Joe Biden"}, {"title": (3, 12), "person": (13, 22)}
    claim = Claim(kind="officeholder", rule="officeholder.title-before-name", start=3, end=22,
                  text="President Joe Biden", sentence=2, slots=slots, slot_spans=spans)
    assert list(vars(claim).items()) == [
        ("kind", "officeholder"), ("rule", "officeholder.title-before-name"), ("start", 3), ("end", 22),
        ("text", "President Joe Biden"), ("sentence", 2), ("slots", slots), ("slot_spans", spans),
        ("anchor", None), ("other_times", ())]
    assert repr(claim).startswith("Claim(kind='officeholder', rule=")
    assert claim == Claim("officeholder", "officeholder.title-before-name", 3, 22, "President Joe Biden", 2, slots, spans)
    bare = Claim("age", "age.apposition", 0, 3, "x", 0, {})
    assert bare.slot_spans == {} and bare.slot_spans is not Claim("age", "age.apposition", 0, 3, "x", 0, {}).slot_spans
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.start = 4
    assert pickle.loads(pickle.dumps(claim)) == claim


def test_a_claim_with_times_is_the_claim_replace_makes():
    claim = Claim("age", "age.apposition", 0, 11, "Biden, 78,", 0, {"age": "78"}, {"age": (7, 9)})
    fast = model.with_times(claim, "2014", ("", "2015"))
    plain = replace(claim, anchor="2014", other_times=("", "2015"))
    assert fast == plain and list(vars(fast).items()) == list(vars(plain).items())
    assert claim.anchor is None and claim.other_times == ()  # the original is left as it was
