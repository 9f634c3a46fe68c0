"""Helpers shared by the relation, election and age grammars: a located person-name slot
and turning parse results into a Claim whose offsets index the article text."""
from __future__ import annotations

import re
from functools import lru_cache

import pyparsing as pp

from claims.grammars.names import NAME_PATTERN, trim_name
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

# Words that open a name phrase but are no part of the name: "Former President Joe Biden".
_LEADING = frozenset("Former Then Ex Acting Interim Outgoing Late Incumbent Now Both".split())
_POSSESSIVE_END = r"(?<=['’]s)|(?<=s['’])"
_NOT_POSSESSIVE = r"(?<!['’]s)(?<!s['’])(?![\w'’])"


class StopWords(frozenset):
    """Stop words, and those of them that are a name when they stand alone (`alone`)."""

    alone: frozenset[str] = frozenset()


@lru_cache(maxsize=4)  # asked for by several grammars built from one vocabulary
def stop_words(vocabulary: Vocabulary) -> StopWords:
    """Titles, countries and capitals are never part of a person's name.

    A title's words include the places of regional titles ("Governor of Santa Cruz",
    "Santa Cruz Governor"), and a surname may be one of them: "Cruz, 47," is Ted Cruz. Such
    a word standing alone as a name is a name (`StopWords.alone`, see `names.trim_name`)
    when it is never a title's word otherwise nor a place by itself: the second word of a
    place ("Cruz", "York"), not "Texas" ("won Texas (38)" is no age)."""
    words = {w for t in vocabulary.titles for w in t.split()}
    stop = StopWords(frozenset(words) | frozenset(vocabulary.countries) | frozenset(vocabulary.capitals) | _LEADING)
    stop.alone = _place_words(vocabulary) - frozenset(vocabulary.countries) - frozenset(vocabulary.capitals) - _LEADING
    return stop


def _place_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Words that stand in the titles only inside a place of two words or more, after its
    first: "Cruz" of "Governor of Santa Cruz" and "Santa Cruz Governor"."""
    titles = set(vocabulary.titles)
    inner: set[str] = set()
    other: set[str] = set()
    for t in titles:
        words = t.split()
        if " of " in t:
            head, place = t.split(" of ", 1)
            places, heads = [place.split()], head.split()
        else:
            k = next((k for k in range(1, len(words)) if f"{' '.join(words[k:])} of {' '.join(words[:k])}" in titles),
                     None)
            places, heads = ([words[:k]], words[k:]) if k else ([], words)
        other.update(heads)
        for place in places:
            other.add(place[0])
            inner.update(w for w in place[1:] if w[:1].isupper() and w.isalpha())
    return frozenset(inner - other)


def surname_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Countries and capitals, which after an honorific are a surname: "Mr. Montenegro"."""
    return frozenset(vocabulary.countries) | frozenset(vocabulary.capitals)


class Name(str):
    """A trimmed name, how far it starts after its regex match, and a longer reading
    (`names.Trimmed.long`: "Luís Montenegro" beside "Luís") as (offset shift, text) or None."""

    def __new__(cls, text: str, shift: int, long: tuple[int, str] | None = None):
        obj = super().__new__(cls, text)
        obj.shift = shift
        obj.long = long
        return obj


def name(label: str, stop: frozenset[str], possessive: bool = False,
         surnames: frozenset[str] = frozenset()) -> pp.ParserElement:
    """A person's name slot; `possessive` wants "Biden's" / "Reuters'" and drops the 's.

    Without `possessive` the name is matched whole (an atomic group): "Yoshihide Suga's
    cabinet" is no name, never "Yoshihide"; with it, the name ends at the first possessive
    ("Scholz's" in "Scholz's Social Democrats won"). A run of names past a possessive is
    refused: what follows is about the possessed, not the person. `surnames`: see
    `names.trim_name`."""
    pattern = NAME_PATTERN + f"(?:{_POSSESSIVE_END})" if possessive else f"(?>{NAME_PATTERN}){_NOT_POSSESSIVE}"

    alone = getattr(stop, "alone", frozenset())
    # The name each text read as a name trims to, (its offset in the text, the Name), or
    # None where it is refused: it depends on the text only, and a grammar's forms read the
    # same names again and again (a memo, as `names.trim_name` keeps; its Names are never
    # changed).
    known: dict = {}

    def named(text: str) -> tuple[int, Name] | None:
        found = known.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            if len(known) >= _KNOWN_SIZE:
                known.clear()
            trimmed = trim_name(0, text, stop, surnames=surnames, alone=alone)
            if trimmed is None or trimmed.possessive:  # "Scholz's Social Democrats"
                found = None
            else:
                long = None if trimmed.long is None else (trimmed.start, trimmed.long)
                found = (trimmed.start, Name(trimmed.name, trimmed.start, long))
            known[text] = found
        return found

    def check(s: str, loc: int, toks: pp.ParseResults):
        found = named(toks[0])
        if found is None:
            raise pp.ParseException(s, loc, "not a name")
        return [(loc + found[0], found[1])]

    element = pp.Regex(pattern).add_parse_action(check)(label)
    element.direct_slot = check  # see common.direct
    element.direct_name = named  # what `check` does, without pyparsing's ways (common._name_slot)
    return element


_UNKNOWN = object()
_KNOWN_SIZE = 4096


# A possessive and the capitalised words after it, up to a point: "Scholz's Social ".
_POSSESSED = re.compile(r"([A-Z\u00C0-\u024F][\w'’.-]*?)(?:['’]s|(?<=s)['’])"
                        r"(?:\s+[A-Z\u00C0-\u024F][\w'’.-]*)*\s+$")


def inside_possessed(s: str, at: int, stop: frozenset[str]) -> bool:
    """Does a name found at `at` stand inside what a person's possessive names? In "Scholz's
    Social Democrats, 25" the grammar refuses "Scholz's Social Democrats" as a name, and a
    later start would find "Democrats": no person. A country's possessive is no person's
    ("Germany's Olaf Scholz")."""
    m = _POSSESSED.search(s, max(0, at - 80), at)
    return bool(m) and m.group(1) not in stop


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
            long = getattr(value, "long", None)
            if long is not None:  # "Luís Montenegro" beside "Luís": the verifier chooses
                lo = sentence.start + at - value.shift + long[0]
                slots[key + "_long"], spans[key + "_long"] = long[1], (lo, lo + len(long[1]))
    start = min(lo for lo, _ in spans.values())
    stop = max([hi for _, hi in spans.values()] + ([sentence.start + end] if end is not None else []))
    slots.update(extra or {})
    return Claim(kind=kind, rule=f"{kind}.{rule}", start=start, end=stop, text=text[start:stop],
                 sentence=index, slots=slots, slot_spans=spans)
