"""Running a pyparsing grammar only next to its trigger words (relation, election, age).

A claim of these kinds always contains a trigger word ("predecessor", "won", "69," or
"-year-old") and starts at a name, a pronoun or a few known words a short way before it.
So a sentence without a trigger costs one compiled regex search, and the grammar is tried
only at the few word starts before each trigger that can open a claim (`opens`), on a
slice that ends a little after the trigger: never at every character of the sentence, as
pyparsing's scan_string would.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pyparsing as pp

from claims.grammars.names import NAME_PATTERN, trim

_WORD_START = re.compile(r"(?<![\w'’])[\w'’\"“(]")
# The first letter of a name: A-Z and the capitals of Latin-1 and Latin Extended-A/B.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c != "×")
# Where a person's name may start: a capital, or an Arabic article or "bin" joined to it.
NAME_START = rf"(?:[{UPPER}]|(?:al|el|bin|ibn|ben|abu)-[{UPPER}])"


def scan_near(expr: pp.ParserElement | Callable[[re.Match], pp.ParserElement], text: str, trigger: re.Pattern, opens: re.Pattern,
              back_words: int = 12, ahead: int = 200, overlap: bool = False) -> Iterator[tuple[int, pp.ParseResults]]:
    """Yield (start, tokens) of `expr`'s leftmost matches that reach past a trigger match.

    The grammar is tried at the word starts of the `back_words` words before each trigger
    (and at the trigger itself) where `opens` matches, leftmost first; the first parse that
    ends after the trigger's start is the claim. With `overlap`, a later claim may start
    inside an earlier one (after its start): "Biden's predecessor, Donald Trump, who
    succeeded Barack Obama" holds two, sharing Trump's name. `expr` may be a function of
    the trigger match giving the grammar to try there (only the forms with that word).
    """
    consumed, last = 0, -1
    for m in trigger.finditer(text):
        if m.start() < consumed:
            continue
        lo = last + 1 if overlap else consumed
        starts = [w.start() for w in _WORD_START.finditer(text, lo, m.start() + 1)]
        grammar = expr if isinstance(expr, pp.ParserElement) else expr(m)
        for start in starts[-back_words - 1:]:
            if not opens.match(text, start):
                continue
            try:
                tokens = grammar.parse_string(text[start:m.end() + ahead])
            except pp.ParseException:
                continue
            end = start + end_of(tokens)
            if end <= m.start():  # matched something before the trigger only
                continue
            yield start, tokens
            last = start
            if not overlap:
                consumed = end
            break


def end_of(tokens: pp.ParseResults) -> int:
    """The end of the last located slot (slots hold (offset, text) pairs)."""
    ends = [
        v[0] + len(v[1])
        for v in tokens.as_dict().values()
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], int) and isinstance(v[1], str)
    ]
    return max(ends, default=0)


_NAME = re.compile(NAME_PATTERN)


def full_names(text: str, offset: int, found: dict, keys: tuple[str, ...], stop: frozenset[str]) -> dict[str, str]:
    """`<key>_full` slots: for a name of one or two words ("Trump", "Le Pen"), the nearest
    longer name containing it written earlier in the article ("Donald Trump", "Marine Le
    Pen"), which tells the verifier whom a surname means when the base knows several."""
    out: dict[str, str] = {}
    for key in keys:
        if key not in found or not isinstance(found[key], tuple):
            continue
        at, mention = found[key]
        if len(mention.split()) <= 2 and mention[:1].isupper():
            full = _full_name_before(text, offset + at, str(mention), stop)
            if full:
                out[key + "_full"] = full
    return out


def _full_name_before(text: str, at: int, mention: str, stop: frozenset[str]) -> str | None:
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
                # only the base's stop words: a title word may be part of a name ("Marine")
                trimmed = trim(0, m.group())
                if trimmed:
                    name = trimmed[1].split()
                    if len(name) > len(words) and any(name[k:k + len(words)] == words for k in range(len(name))):
                        return trimmed[1]
                break
    return None
