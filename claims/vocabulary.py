"""The words the grammars must know, handed in from the reference base.

`claims/` never reads the base itself: the checker builds a Vocabulary from it, so a
user who adds an office or a country in YAML extends the grammars without code.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from claims.patterns import Patterns


@dataclass(frozen=True)
class Vocabulary:
    titles: tuple[str, ...]  # title forms of offices: "President", "Prime Minister", "Envoy"
    countries: tuple[str, ...]  # names, short forms and demonyms: "Russia", "U.S.", "British"
    capitals: tuple[str, ...] = ()  # used as metonyms: "envoy to Moscow"
    # names of international organisations, also in `countries` (they stand where a country's
    # name does before a title: "NATO Secretary-General ..."), but no place of an event
    organisations: tuple[str, ...] = ()
    event_aliases: tuple[str, ...] = ()  # names of events: "annexation of Crimea", "G7 summit"
    event_places: tuple[str, ...] = ()  # where events happened: "Geneva", "Camp David"
    # Where the grammars compile their large patterns (see claims.patterns): not part of
    # what the vocabulary is, so not compared or hashed.
    patterns: Patterns = field(default_factory=Patterns, compare=False, hash=False, repr=False)

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        """`re.compile` for patterns built from these words (large, so worth keeping)."""
        return self.patterns.compile(pattern, flags)

    def alternation(self, words: Iterable[str]) -> str:
        """`claims.patterns.alternation` of some of these words, kept with the patterns."""
        return self.patterns.alternation(words)
