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


def tokens(name: str) -> list[str]:
    return fold(name).split()  # a new list each time: callers may change it
