"""Letters that match an ASCII letter only when case is ignored (dotless ı, long ſ, the Kelvin
sign K, dotted İ) where the grammars' patterns, matching ignoring case, accept them: what a
match is turned into (a month, "last year's") must not assume the ASCII letter."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ODD = {"s": "\u017f", "i": "\u0131", "k": "\u212a", "K": "\u212a", "I": "\u0130"}
SENTENCES = [
    "At last year\u2019s summit in Geneva, President Joe Biden met Vladimir Putin.",
    "Last year's Geneva summit was held on June 16, and last June's talks in Geneva ended early.",
    "Earlier this year the Brussels summit took place; next month's meeting is in Madrid.",
    "The summit in Geneva last month was hosted by Swiss President Ignazio Cassis on Wednesday, June 16.",
    "Russian President Vladimir Putin, 68, met Biden in Geneva on Wednesday, June 16, 2021.",
]


def _odd(text: str, pick) -> str:
    return re.sub(r"\w+", lambda m: pick(m.group()), text)


def _variants(text: str, rnd: random.Random):
    yield text.replace("'s ", "'\u017f ").replace("\u2019s ", "\u2019\u017f ")  # the possessive's s
    for first in (True, False):  # one letter of each word
        def one(word: str, first=first) -> str:
            at = [i for i, c in enumerate(word) if c in ODD]
            if not at:
                return word
            i = at[0] if first else at[-1]
            return word[:i] + ODD[word[i]] + word[i + 1:]
        yield _odd(text, one)
    yield "".join(ODD[c] if c in ODD and rnd.random() < 0.3 else c for c in text)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_with_odd_letters_are_checked(check, sentence):
    for variant in _variants(sentence, random.Random(sentence)):
        report = check(variant)
        for v in report.verdicts:
            assert variant[v.claim.start:v.claim.end] == v.claim.text


def test_last_years_with_a_long_s_is_read_as_last_years(check):
    # "year'ſ" is "year's" to a pattern that ignores case: the summit of the year before
    report = check("Last year'\u017f Geneva summit was held on June 16.", path="a.txt")
    dates = [v for v in report.verdicts if v.claim.slots.get("date_rel")]
    assert dates and all(v.claim.slots["date_rel"] == "year-1" for v in dates)


def test_the_example_article_with_odd_letters_is_checked(check):
    text = (ROOT / "examples" / "ukraine-diplomacy.txt").read_text(encoding="utf-8")
    for variant in _variants(text, random.Random(1)):
        check(variant)
