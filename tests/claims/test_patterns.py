"""Compiled patterns kept between runs: the same matches as re.compile, whatever is loaded."""
from __future__ import annotations

import marshal
import re

import pytest

from claims.patterns import ENGINE, Patterns, alternation

PATTERNS = [
    (alternation(["President", "Prime Minister", "Vice President", "Secretary of State"]), re.I),
    (r"(?P<who>[A-Z]\w+)\s+(?P<verb>met|visited)\s+(?P<where>[A-Z]\w+)", 0),
    (r"(?<![\w-])(?:then|ex)-(?=\w)", re.I | re.M),
    (r"(?>[A-Z]\w*)(?:\s+[A-Z]\w*)*,", 0),
]
TEXTS = [
    "Then-Vice President Joe Biden met Putin in Geneva, and the prime minister visited Kyiv.",
    "ex-President Smith, Secretary of State Blinken, vice-president X",
]

needs_engine = pytest.mark.skipif(ENGINE is None, reason="no access to the regex engine here")


def _matches(rx: re.Pattern) -> list:
    return [(m.span(), m.groupdict()) for t in TEXTS for m in rx.finditer(t)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_compiled_like_re(pattern: str, flags: int) -> None:
    rx = Patterns().compile(pattern, flags)
    reference = re.compile(pattern, flags)
    assert rx.flags == reference.flags and rx.groupindex == reference.groupindex
    assert _matches(rx) == _matches(reference)


@needs_engine
def test_saved_programs_load_and_match_the_same() -> None:
    first = Patterns()
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    saved = marshal.loads(marshal.dumps(first.saved()))  # as stored beside the index
    second = Patterns(saved)
    for pattern, flags in PATTERNS:
        assert _matches(second.compile(pattern, flags)) == _matches(re.compile(pattern, flags))
    assert second.complete()
    second.compile(r"new\s+pattern")
    assert not second.complete()


@needs_engine
def test_foreign_or_damaged_programs_are_compiled_afresh() -> None:
    pattern, flags = PATTERNS[1]
    first = Patterns()
    first.compile(pattern, flags)
    saved = first.saved()
    foreign = {**saved, "engine": ("other", (3, 99), 0)}
    assert _matches(Patterns(foreign).compile(pattern, flags)) == _matches(re.compile(pattern, flags))
    (key, program), = saved["programs"].items()
    broken = {**saved, "programs": {key: (program[0], program[1][:5], *program[2:])}}
    rx = Patterns(broken).compile(pattern, flags)
    assert _matches(rx) == _matches(re.compile(pattern, flags))
    assert _matches(Patterns({"engine": ENGINE, "programs": "junk"}).compile(pattern, flags)) == _matches(
        re.compile(pattern, flags))


def test_bad_pattern_raises_like_re() -> None:
    with pytest.raises(re.error):
        Patterns().compile(r"(unclosed")


def test_alternations_are_kept_with_the_programs() -> None:
    words = ("Prime Minister", "President", "Vice President", "Vice-Premier")
    first = Patterns()
    text = first.alternation(words)
    assert text == alternation(words)
    assert re.compile(text).search("the Vice President said").group() == "Vice President"
    second = Patterns(marshal.loads(marshal.dumps(first.saved())))
    assert second.alternation(reversed(words)) == text  # the same words in any order
    assert second.complete()
    assert Patterns({"texts": {next(iter(first.saved()["texts"])): 42}}).alternation(words) == text  # junk: rebuilt
