"""Helpers shared by the relation, election and age grammars: a located person-name slot
and turning parse results into a Claim whose offsets index the article text."""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.names import NAME_PATTERN, trim
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

# Words that open a name phrase but are no part of the name: "Former President Joe Biden".
_LEADING = frozenset("Former Then Ex Acting Interim Outgoing Late Incumbent Now Both".split())
_POSSESSIVE_END = r"(?<=['’]s)|(?<=s['’])"
_NOT_POSSESSIVE = r"(?<!['’]s)(?<!s['’])(?![\w'’])"


def stop_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Titles, countries and capitals are never part of a person's name."""
    words = {w for t in vocabulary.titles for w in t.split()}
    return frozenset(words) | frozenset(vocabulary.countries) | frozenset(vocabulary.capitals) | _LEADING


class Name(str):
    """A trimmed name and how far it starts after its regex match."""

    def __new__(cls, text: str, shift: int):
        obj = super().__new__(cls, text)
        obj.shift = shift
        return obj


def name(label: str, stop: frozenset[str], possessive: bool = False) -> pp.ParserElement:
    """A person's name slot; `possessive` wants "Biden's" / "Reuters'" and drops the 's."""
    pattern = NAME_PATTERN + (f"(?:{_POSSESSIVE_END})" if possessive else _NOT_POSSESSIVE)

    def check(s: str, loc: int, toks: pp.ParseResults):
        trimmed = trim(0, toks[0], stop)
        if trimmed is None or re.search(r"\w['’]s\s", trimmed[1]):  # "Scholz's Social Democrats"
            raise pp.ParseException(s, loc, "not a name")
        return [(loc + trimmed[0], Name(trimmed[1], trimmed[0]))]

    element = pp.Regex(pattern).add_parse_action(check)(label)
    element.direct_slot = check  # see common.direct
    return element


def word(pattern: str) -> pp.ParserElement:
    """A case-insensitive whole-word regex, suppressed from the results."""
    return pp.Suppress(pp.Regex(rf"(?i)(?<![\w-])(?:{pattern})(?![\w-])"))


def located(pattern: str, label: str, flags: int = re.I, compile=None) -> pp.ParserElement:
    """A kept regex slot, tagged with its offset like the names. Patterns built from the
    vocabulary are compiled by `compile` (`Vocabulary.compile`, which keeps them)."""
    regex = pp.Regex(compile(pattern, flags)) if compile else pp.Regex(pattern, flags)
    element = regex.add_parse_action(lambda s, loc, toks: [(loc, toks[0])])(label)
    element.direct_slot = True  # a located slot, see common.direct
    return element


def make_claim(kind: str, rule: str, text: str, sentence: Sentence, index: int,
               toks: dict, keys: tuple[str, ...], extra: dict[str, str] | None = None,
               end: int | None = None) -> Claim:
    """A claim spanning its located slots (and up to `end`, a sentence offset, if given)."""
    slots: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    for key in keys:
        if key in toks:
            at, value = toks[key]
            lo = sentence.start + at
            slots[key], spans[key] = str(value), (lo, lo + len(value))
    start = min(lo for lo, _ in spans.values())
    stop = max([hi for _, hi in spans.values()] + ([sentence.start + end] if end is not None else []))
    slots.update(extra or {})
    return Claim(kind=kind, rule=f"{kind}.{rule}", start=start, end=stop, text=text[start:stop],
                 sentence=index, slots=slots, slot_spans=spans)
