"""Shared fixtures: a vocabulary like the one the reference base hands in, and helpers that
run the grammars and check that every offset indexes the text it claims to."""
from __future__ import annotations

import pytest

from claims.extract import Extractor
from claims.model import Claim, Sentence
from claims.read import parse
from claims.vocabulary import Vocabulary

TITLES = (
    "President", "Vice President", "Prime Minister", "Chancellor", "Secretary of State",
    "Ambassador", "Envoy", "Premier", "King",
)
COUNTRIES = (
    "Russia", "Russian", "US", "U.S.", "United States", "America", "American", "Germany",
    "German", "Britain", "British", "UK", "U.K.", "India", "Indian", "France", "French",
    "Ukraine", "Ukrainian",
)
CAPITALS = ("Moscow", "Washington", "Kyiv", "Berlin")


def assert_located(text: str, claim: Claim) -> None:
    assert text[claim.start : claim.end] == claim.text
    assert set(claim.slot_spans) <= set(claim.slots)
    for key, (lo, hi) in claim.slot_spans.items():
        assert text[lo:hi] == claim.slots[key], key
        assert claim.start <= lo <= hi <= claim.end, key


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return Vocabulary(titles=TITLES, countries=COUNTRIES, capitals=CAPITALS)


@pytest.fixture(scope="session")
def extractor(vocabulary) -> Extractor:
    return Extractor(vocabulary)


@pytest.fixture
def claims_of(extractor):
    """Claims of an article text (optionally of one kind), each checked for its offsets."""

    def run(text: str, kind: str | None = None) -> list[Claim]:
        found = extractor.claims(parse(text, "article.txt"))
        for claim in found:
            assert_located(text, claim)
        return [c for c in found if kind is None or c.kind == kind]

    return run


@pytest.fixture
def in_sentence():
    """Apply one grammar to a text given as one sentence that starts at `offset` of the
    article, so offsets must be shifted by the sentence's start."""

    def run(grammar, sentence: str, offset: int = 0) -> list[Claim]:
        text = "x" * offset + sentence
        found = grammar.extract(text, Sentence(offset, len(text), sentence), 0)
        for claim in found:
            assert_located(text, claim)
        return found

    return run
