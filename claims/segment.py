"""Split text into sentences, keeping character offsets into the article text.

Rule-based on purpose: newswire punctuation is regular, and a model would be slow and
opaque. A sentence ends at . ! or ? (optionally followed by a closing quote or bracket)
before whitespace and an uppercase letter, digit or opening quote, unless the period
ends a known abbreviation or an initial; a blank line always ends a sentence.
"""
from __future__ import annotations

import re

from claims.model import Sentence

# Abbreviations after which a period does not end a sentence (checked case-insensitively
# on the word before the period).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st jr sr sec amb
    pres vs etc inc ltd co corp dept no fig jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u a.m p.m d.c ft mt""".split()
)

_END = re.compile(r"""[.!?]+['"’”)\]]*(?=\s+['"‘“(\[]?[A-Z0-9])|\n[ \t]*\n""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        if m.group(0)[0] == "." and _is_abbreviation(text, cursor, m.start()):
            continue
        _add(out, text, cursor, m.end())
        cursor = m.end()
    _add(out, text, cursor, end)
    return out


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, lo, dot)
    if not m:
        return False
    word = m.group(1).lower()
    # A single capital letter is an initial ("George W. Bush").
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def _add(out: list[Sentence], text: str, lo: int, hi: int) -> None:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if lo < hi:
        out.append(Sentence(lo, hi, text[lo:hi]))
