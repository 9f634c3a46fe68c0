"""Names for the relation, election and age grammars: where a name may open a claim (their
`opens` for `common.scan_at_triggers`), and the longer name written earlier in the article
that a surname stands for."""
from __future__ import annotations

import re

from claims.grammars.names import NAME_PATTERN, trim

# The first letter of a name: A-Z and the capitals of Latin-1 and Latin Extended-A/B.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c != "×")
# Where a person's name may start: a capital, or an Arabic article or "bin" joined to it.
NAME_START = rf"(?:[{UPPER}]|(?:al|el|bin|ibn|ben|abu)-[{UPPER}])"


_NAME = re.compile(NAME_PATTERN)


def full_names(text: str, offset: int, found: dict, keys: tuple[str, ...], stop: frozenset[str]) -> dict[str, str]:
    """`<key>_full` slots: for a name of one or two words ("Trump", "Le Pen"), the nearest
    longer name containing it written earlier in the article ("Donald Trump", "Marine Le
    Pen"), which tells the verifier whom a surname means when the base knows several."""
    out: dict[str, str] = {}
    for key in keys:
        value = found.get(key)
        if not isinstance(value, tuple):
            continue
        at, mention = value
        # Most names are written nowhere earlier: one search of the text before rules that
        # out (as `_full_name_before` would, after splitting the name).
        if mention[:1].isupper() and text.rfind(mention, 0, offset + at) >= 0 and len(mention.split()) <= 2:
            full = _full_name_before(text, offset + at, str(mention), stop)
            if full:
                out[key + "_full"] = full
    return out


def _full_name_before(text: str, at: int, mention: str, stop: frozenset[str]) -> str | None:
    pos = at
    for _ in range(40):
        i = text.rfind(mention, 0, pos)
        if i < 0:
            return None
        pos = i
        full = _longer_name_at(text, i, mention)
        if full:
            return full
    return None


def _longer_name_at(text: str, i: int, mention: str) -> str | None:
    """The name written around text[i:] == mention, if it is longer and holds the mention's
    words. Remembered for the article being read (every claim naming a person looks back over
    the same mentions); only that article's text is held."""
    last = _LAST[0]
    if last[0] is not text:
        last = _LAST[0] = (text, {})
    key = (i, mention)
    known = last[1]
    if key not in known:
        known[key] = _longer_name(text, i, mention)
    return known[key]


_LAST: list = [(None, {})]  # (the text, {(offset, mention): its longer name}), replaced whole


def _longer_name(text: str, i: int, mention: str) -> str | None:
    words = mention.split()
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
