"""Split text into sentences, keeping character offsets into the article text.

Rule-based on purpose: newswire punctuation is regular, and a model would be slow and
opaque. A sentence ends at . ! or ? (optionally followed by a closing quote or bracket)
before whitespace and an uppercase letter, digit or opening quote, unless the period
ends an abbreviation or initial that the next word shows to be mid-sentence ("Gen. Mark
Milley", "No. 10", "the U.S. Embassy"); a blank line always ends a sentence, also in CRLF text.
"""
from __future__ import annotations

import re

from claims.model import Sentence

# Abbreviations, by what may follow them (the word before the period, case-insensitively).
# Before a name, a title never ends a sentence: "Gen. Mark Milley", "Russia vs. Ukraine".
BEFORE_NAME = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm gov govs sen sens rep reps rev st sec amb pres vs".split()
)
# Before a number only: "No. 10", "Jan. 5". Otherwise they are words ending a sentence:
# "The answer was no.", "They sat.", "in the sun."
BEFORE_NUMBER = frozenset(
    """no fig vol jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun""".split()
)
# These may end a sentence too ("talks in the U.S.", "at 3 p.m."), and do when a word that
# opens sentences follows: "... in the U.S. The talks ...", but "the U.S. Embassy".
MAY_END = frozenset("etc inc ltd co corp dept jr sr ft mt u.s u.k u.n e.u a.m p.m d.c".split())
ABBREVIATIONS = BEFORE_NAME | BEFORE_NUMBER | MAY_END
_OPENERS = frozenset(
    """The A An He She It They We I You But And Yet So This That These Those There His Her Its
    Their Our In On At After Before When While If As For However Meanwhile Still Later""".split()
)

# (Its first character is matched on its own, so that the search skips ahead to the next
# ". ! ? or newline in C instead of trying both ends at every character.)
_END = re.compile(r"""[.!?\n](?:(?<=[.!?])[.!?]*['"’”)\]]*(?=\s+['"‘“(\[]?[A-Z0-9])|(?<=\n)[ \t\r]*\n)""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD_AFTER = re.compile(r"""\s+['"‘“(\[]?(\w+)""")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        at = m.start()
        if text[at] == "." and _is_abbreviation(text, cursor, at):
            continue
        _add(out, text, cursor, m.end())
        cursor = m.end()
    _add(out, text, cursor, end)
    return out


def _is_abbreviation(text: str, lo: int, dot: int) -> bool:
    # Look back a short way only: searching from the sentence start at every period would
    # make a long run of abbreviations ("Gen. Gen. Gen. …") quadratic.
    near = max(lo, dot - 40)
    if dot > lo and text[dot - 1] == "\n":  # "$" also matches before a final newline
        m = _WORD_BEFORE.search(text, near, dot)
        if m and m.start() == near > lo and _WORD_BEFORE.match(text[near - 1]):
            m = _WORD_BEFORE.search(text, lo, dot)  # a longer word: read all of it
        if not m:
            return False
        word = m.group(1).lower()
    else:
        # What _WORD_BEFORE.search(text, near, dot) finds, without trying every start
        start = _run_start(text, near, dot)
        if start == near > lo and _in_word(text[near - 1]):
            start = _run_start(text, lo, dot)  # a longer word: read all of it
        if start == dot:
            return False
        word = text[start:dot].lower()
    if word in BEFORE_NAME:
        return True
    # A single letter is an initial ("George W. Bush"); a word with periods inside is a dotted
    # abbreviation ("U.S."). Either may still end a sentence.
    may_end = word in MAY_END or (len(word) == 1 and word.isalpha()) or "." in word
    if not may_end and word not in BEFORE_NUMBER:
        return False  # most sentences end in a plain word: the next word need not be read
    after = _WORD_AFTER.match(text, dot + 1)
    following = after.group(1) if after else ""
    if word in BEFORE_NUMBER:
        return following[:1].isdigit()
    return following not in _OPENERS


def _in_word(c: str) -> bool:
    """Is `c` in [\\w.] (a regex's \\w: str.isalnum() or "_")?"""
    return c.isalnum() or c == "_" or c == "."


def _run_start(text: str, lo: int, end: int) -> int:
    """The start of the run of [\\w.] characters that ends at `end`, not before `lo` (`end`
    itself when none ends there): the run at the start of the text before it, reversed."""
    return end - _RUN.match(text[lo:end][::-1]).end()


_RUN = re.compile(r"[\w.]*")


def _add(out: list[Sentence], text: str, lo: int, hi: int) -> None:
    """text[lo:hi] without the whitespace around it, if anything is left."""
    piece = text[lo:hi]
    body = piece.lstrip()
    if body:
        lo += len(piece) - len(body)
        body = body.rstrip()
        out.append(Sentence(lo, lo + len(body), body))
