"""Folding names for look-up: case, diacritics and punctuation do not tell people apart."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[.'’‘`´]")
_SPACE = re.compile(r"[\s\-‐–]+")


# Judging folds the same few thousand names (people, places, event aliases) over and over.
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """"Erdoğan" → "erdogan", "Joseph R. Biden Jr." → "joseph r biden jr", "Jean-Yves" → "jean yves"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return _SPACE.sub(" ", _PUNCT.sub("", bare.casefold())).strip()


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def short_forms(name: str) -> list[str]:
    """The folded name as news also write it: without middle initials and without a
    generational suffix ("Mark A. Milley" → "mark milley", "Joseph R. Biden Jr." → "joseph
    biden"). Only initials are dropped, never a whole middle name: "Anders Fogh Rasmussen"
    is not "Anders Rasmussen" to a reader, and the shorter the name, the likelier a namesake."""
    toks = fold(name).split()
    while len(toks) > 2 and toks[-1] in _SUFFIXES:
        toks = toks[:-1]
    if len(toks) > 2 and len(toks[0]) > 1:  # "J. D. Vance" keeps its initials
        toks = [toks[0], *(t for t in toks[1:-1] if len(t) > 1), toks[-1]]
    short = " ".join(toks)
    return [short] if short != fold(name) and len(toks) >= 2 else []


def tokens(name: str) -> list[str]:
    return fold(name).split()  # a new list each time: callers may change it
