"""`triggered.full_names` searches the text before a name once before looking closer, and
remembers what it found around each earlier mention: the same answers as looking at every
mention afresh (the reference below is the code before those changes)."""
from __future__ import annotations

import random
import re
from pathlib import Path

from claims.grammars import triggered
from claims.grammars.names import NAME_PATTERN, trim

_NAME = re.compile(NAME_PATTERN)
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _reference_before(text: str, at: int, mention: str) -> str | None:
    words = mention.split()
    pos = at
    for _ in range(40):
        i = text.rfind(mention, 0, pos)
        if i < 0:
            return None
        pos = i
        lo = max(0, i - 80)
        for m in _NAME.finditer(text, lo, min(len(text), i + len(mention) + 80)):
            if m.start() <= i and i + len(mention) <= m.end():
                trimmed = trim(0, m.group())
                if trimmed:
                    name = trimmed[1].split()
                    if len(name) > len(words) and any(name[k:k + len(words)] == words for k in range(len(name))):
                        return trimmed[1]
                break
    return None


def _reference(text: str, offset: int, found: dict, keys: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in keys:
        if key not in found or not isinstance(found[key], tuple):
            continue
        at, mention = found[key]
        if len(mention.split()) <= 2 and mention[:1].isupper():
            full = _reference_before(text, offset + at, str(mention))
            if full:
                out[key + "_full"] = full
    return out


def _cases():
    """(text, offset, found) for every one- and two-word piece of every name in the corpus,
    looked up from the end of its article and from the mention itself, and for short
    random texts of name words, spaces and punctuation before a mention."""
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in _NAME.finditer(text):
            words = m.group().split()
            for k in range(len(words)):
                for mention in (words[k], " ".join(words[k:k + 2])):
                    yield text, 0, {"person": (len(text), mention), "other": (m.start(), mention)}
    pieces = ["Trump", "Donald", "Marine", "Le", "Pen", " ", "  ", "\n", "de", "al-", "Mr.", "(", ",", "'s", "-", ".",
              "said", "H.", "x", "’", "É"]
    rng = random.Random(6)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        for mention in ("Trump", "Le Pen", "Pen"):
            yield text + " " + mention, 0, {"person": (len(text) + 1, mention), "other": "not a slot", "rule": "x"}


def test_full_names_finds_what_every_mention_looked_at_afresh_finds():
    checked = 0
    for text, offset, found in _cases():
        keys = ("person", "other")
        assert triggered.full_names(text, offset, found, keys, frozenset()) == _reference(text, offset, found, keys)
        checked += 1
    assert checked > 1000


def test_full_names_of_a_surname_written_whole_before():
    text = "Donald Trump met reporters. Later, Trump said he would run."
    found = {"person": (text.rindex("Trump"), "Trump")}
    assert triggered.full_names(text, 0, found, ("person",), frozenset()) == {"person_full": "Donald Trump"}
    assert triggered.full_names(text, 0, {"person": (0, "Donald")}, ("person",), frozenset()) == {}
