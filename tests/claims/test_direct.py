"""The shortcuts of extraction give exactly what the slower way gives.

`common.direct` runs a grammar's regexes without pyparsing: at every word start of every
example sentence of these tests (and of some corpus articles) it must give the named
results pyparsing gives, or fail where pyparsing fails. A grammar's `might_match` may say
False only where its `extract` finds nothing, and the extractor's lower-cased sentence is
trusted only where `str.lower` agrees with how a case-insensitive regex matches letters.
"""
from __future__ import annotations

import ast
import pathlib
import re
import string

import pyparsing as pp
import pytest

from claims import extract
from claims.grammars import common
from claims.model import Sentence

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "corpus"


def _texts() -> list[str]:
    out = []
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value:
                out.append(node.value)
    out += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:6]]
    return out


TEXTS = _texts()


def _grammars(extractor):
    for grammar in extractor.grammars:
        grammar = getattr(grammar, "built", grammar)  # a grammar built on first use
        name = type(grammar).__name__
        for attr in ("expr", "more"):
            if isinstance(getattr(grammar, attr, None), pp.ParserElement):
                yield f"{name}.{attr}", getattr(grammar, attr)
        for word, expr in getattr(grammar, "by_trigger", {}).items():
            yield f"{name}.{word}", expr


def test_direct_applies_to_the_claim_grammars(extractor):
    names = {name for name, expr in _grammars(extractor) if common.direct(expr) is not None}
    for expected in ("OfficeholderGrammar.expr", "WeekdayGrammar.expr", "RelationGrammar.expr", "AgeGrammar.expr",
                     "ElectionGrammar.more", "ElectionGrammar.won", "TookOfficeGrammar.expr"):
        assert expected in names


def test_direct_parses_as_pyparsing_does(extractor):
    checked = 0
    for name, expr in _grammars(extractor):
        fast = common.direct(expr)
        if fast is None:
            continue
        for text in TEXTS:
            for start in common.WORD_START.finditer(text):
                window = text[start.start() : start.start() + 240]
                try:
                    slow = dict(expr.parse_string(window).as_dict())
                except pp.ParseException:
                    slow = None
                assert fast(window) == slow, (name, window)
                checked += 1
    assert checked > 10_000


def test_direct_skips_whitespace_and_keeps_tabs_as_pyparsing_does(extractor):
    for name, expr in _grammars(extractor):
        fast = common.direct(expr)
        if fast is None:
            continue
        for window in ("  \tPresident\tJoe Biden won the 2020 election", "\n Biden,\t78, said",
                       "Obama's successor,\tDonald Trump", " \t", ""):
            try:
                slow = dict(expr.parse_string(window).as_dict())
            except pp.ParseException:
                slow = None
            assert fast(window) == slow, (name, window)


def test_direct_leaves_other_grammars_to_pyparsing():
    assert common.direct(pp.Word(pp.alphas).parse_with_tabs()) is None
    assert common.direct(pp.Regex("a")) is None  # tabs would be expanded first
    assert common.direct((pp.Regex("a") + pp.Regex("b")("x")).parse_with_tabs()) is None  # a bare named result


@pytest.mark.parametrize("text", [t for t in TEXTS if len(t) < 400][:400])
def test_a_grammar_ruled_out_finds_nothing(extractor, text):
    folded = None if extract._FOLDS_ODDLY.search(text) else text.lower()
    for grammar, might_match in zip(extractor.grammars, extractor.filters):
        if might_match is not None and not might_match(text, folded):
            assert grammar.extract(text, Sentence(0, len(text), text), 0) == []


def test_a_weekday_or_a_trigger_word_in_any_case_passes_the_filters(extractor):
    by_name = {type(getattr(g, "built", g)).__name__: f for g, f in zip(extractor.grammars, extractor.filters)}
    for name, text in [("ElectionGrammar", "Biden WON re-election in 2024"), ("RelationGrammar", "his PREDECESSOR, Obama"),
                       ("RelationGrammar", "X Took over from Y"), ("AgeGrammar", "Biden, 78, said"),
                       ("WeekdayGrammar", "on Monday, March 1"), ("TookOfficeGrammar", "Biden took office")]:
        assert by_name[name](text, None if extract._FOLDS_ODDLY.search(text) else text.lower()), (name, text)
    # "ſ" matches "s" case-insensitively but is not lower-cased to it: no lower-cased copy then
    assert extract._FOLDS_ODDLY.search("the Predeceſſor") and by_name["RelationGrammar"]("x", None)


def test_the_odd_case_folds_are_all_listed():
    """Every character that a case-insensitive regex matches to an ASCII letter, and that
    str.lower() does not turn into that letter, is in extract._FOLDS_ODDLY."""
    letter = re.compile("[a-z]", re.I)
    odd = {chr(cp) for cp in range(0x80, 0x110000)
           if letter.fullmatch(chr(cp)) and chr(cp).lower() not in string.ascii_lowercase}
    assert odd and all(extract._FOLDS_ODDLY.search(c) for c in odd)


def test_the_word_starts_before_a_trigger_are_those_of_the_whole_stretch():
    for text in TEXTS[:300] + ["Gen. " * 400 + "Smith", "x" * 500 + " a b"]:
        for lo in (0, 1, len(text) // 3):
            for at in range(lo, len(text), max(1, len(text) // 25)):
                for n in (1, 9, 13, 17):
                    every = [w.start() for w in common.WORD_START.finditer(text, lo, at + 1)]
                    assert common.starts_before(text, lo, at, n) == every[-n:]
