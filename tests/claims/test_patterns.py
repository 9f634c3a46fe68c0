"""Compiled patterns kept between runs: the same matches as re.compile, whatever is loaded."""
from __future__ import annotations

import marshal
import re

import pytest

from claims.patterns import (ENGINE, FOLDS_ODDLY, Patterns, _folded_char, alternation, alternation_parts, fold,
                             folded_alternation)

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


# --- the alternation for lower-cased text ---------------------------------------------------

# Titles as the bundled base writes them, with the letters that case-insensitive matching
# treats specially (Turkish İ ı, ß, Greek sigma, the micro sign) and non-ASCII capitals.
WORDS = [
    "President", "Prime Minister", "Vice President", "Vice-President", "Secretary-General",
    "Secretary of State", "U.S. Envoy", "Başbakan", "İçişleri Bakanı", "Cumhurbaşkanı", "Ministerpräsident",
    "Landeshauptmann", "Straßenminister", "Πρόεδρος", "ΣΥΡΙΖΑ Leader", "µ-Minister", "Ñuñoa Mayor", "Ōsaka Governor",
    "Kanzler", "Ministro – Presidente", "King", "KING", "Governor 2",
]
FOLD_TEXTS = [
    "Then-Vice President Joe Biden met PRIME MINISTER X; ex-president Y and vice-president Z.",
    "the Vice  \n president, the vice-president and Vice-President of France; x-President y",
    "BAŞBAKAN Erdoğan, başbakan Erdoğan, İçişleri Bakanı Soylu, içişleri bakanı, İÇİŞLERİ BAKANI",
    "Cumhurbaşkanı, CUMHURBAŞKANI, cumhurbaskani; ministerpräsident MINISTERPRÄSIDENT",
    "STRASSENMINISTER Straßenminister STRAẞENMINISTER; πρόεδρος ΠΡΌΕΔΡΟΣ; σύριζα leader ΣΥΡΙΖΑ LEADER",
    "μ-minister µ-Minister Μ-MINISTER; ñuñoa mayor ÑUÑOA MAYOR; ōsaka governor ŌSAKA GOVERNOR",
    "kanzler KANZLER Kanzlers; ministro – presidente; king kings King's KING2 governor 2 governor 23",
    "U.S. Envoy u.s. envoy U.S.Envoy; .President; _President President_ then-King EX-KING",
]


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@needs_engine
def test_the_folded_alternation_matches_where_the_case_insensitive_one_does() -> None:
    insensitive = re.compile(alternation(WORDS), re.I)
    folded = re.compile(folded_alternation(WORDS))
    texts = FOLD_TEXTS + [t.upper() for t in FOLD_TEXTS] + [t.swapcase() for t in FOLD_TEXTS]
    found = 0
    for text in texts:
        lower = fold(text)
        if lower is None:
            continue
        assert len(lower) == len(text)
        assert _spans(folded, lower) == _spans(insensitive, text), text
        found += len(_spans(insensitive, text))
    assert found > 60
    assert fold("İstanbul") is None and fold("Predeceſſor") is None and fold("Kelvin \u212a") is None


@needs_engine
def test_each_folded_character_matches_what_the_engine_matches_ignoring_case() -> None:
    """Over every code point: a title's character, ignoring case, matches x exactly where its
    folded form matches x.lower() (x not in FOLDS_ODDLY, which `fold` sends the other way)."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and not FOLDS_ODDLY.match(chr(c)))
    lowered = [c.lower() for c in everything]
    assert all(len(c) == 1 for c in lowered)  # only İ lower-cases to two characters
    lower = "".join(lowered)
    for pattern in (r"\w", r"\s", r"[\w.]", r"-", r"\."):  # the classes around the words keep their members
        assert _positions(re.compile(pattern), lower) == _positions(re.compile(pattern), everything), pattern
    chars = sorted({c for w in WORDS for c in w} | set("thenx") | set("abcdefghijklmnopqrstuvwxyzßσςΣµ"))
    for ch in chars:
        if ch == " ":
            continue
        expected = _positions(re.compile(re.escape(ch), re.I), everything)
        assert _positions(re.compile(_folded_char(ch)), lower) == expected, ch
        # str.lower() gives σ or ς for Σ by context: both or neither are in a folded class
        assert bool(re.fullmatch(_folded_char(ch), "σ")) == bool(re.fullmatch(_folded_char(ch), "ς")), ch


def _positions(rx: re.Pattern, text: str) -> set[int]:
    return {m.start() for m in rx.finditer(text)}


def test_the_folded_alternation_is_kept_with_the_programs() -> None:
    first = Patterns()
    text = first.folded_alternation(WORDS)
    if text is None:  # pragma: no cover - no access to the engine's tables
        return
    assert text == folded_alternation(WORDS)
    again = Patterns(marshal.loads(marshal.dumps(first.saved())))
    assert again.folded_alternation(reversed(WORDS)) == text and again.complete()


def test_an_alternations_parts_rebuild_it_and_another_pattern_has_none():
    words = ["President", "Prime Minister", "U.S. Ambassador", "Kaiser"]
    for pattern in (alternation(words), folded_alternation(words)):
        then, ex, body = alternation_parts(pattern)
        assert (then, ex) == ("then", "ex")
        assert pattern == rf"(?<![\w.])(?:(?<={then}-)|(?<={ex}-)|(?<!-))(?:{body})(?![\w])"
        assert re.fullmatch(body, "prime minister" if pattern.islower() else "Prime Minister")
    assert alternation_parts(r"(?:President|Prime Minister)") is None
