"""Folding names for look-up: case, diacritics and punctuation do not tell people apart, nor
do the standard romanisations of a given name ("Sergei"/"Sergey", "Yuri"/"Yury"/"Yuriy",
"Ebrahim"/"Ibrahim": `transliterations`)."""
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
    if name.isascii():  # most names: nothing to decompose, and the table below does the rest
        return _fold_ascii(name).strip()
    return _fold_other(name).strip()


# `fold`'s two substitutions for ASCII text (`fold` and `fold_all` use it): one translation
# (the characters of _PUNCT dropped, those of _SPACE made spaces), then each run of spaces
# made one (a tenth of the cost over a fuzzy block's names: most of _SPACE's matches are
# single spaces)
_ASCII_FOLD = str.maketrans({c: None if _PUNCT.match(c) else " " for c in map(chr, range(128))
                             if _PUNCT.match(c) or _SPACE.match(c)})
_SPACES = re.compile(" {2,}")


def fold_all(names: list[str]) -> list[str]:
    """`fold` of each name. A fuzzy block of a large base is hundreds of names never folded
    before: they are folded in two goes, the ASCII ones (most) and the others, each joined by
    NULs, as every step of `fold` but the last (strip) works character by character (or, for
    NFKD, between characters that combine with none before them, as a NUL) and leaves a NUL
    (never in a name) as it is."""
    plain = [name for name in names if name.isascii()]
    if len(plain) == len(names):
        return _fold_joined(names, _fold_ascii)
    others = iter(_fold_joined([name for name in names if not name.isascii()], _fold_other))
    plain = iter(_fold_joined(plain, _fold_ascii))
    return [next(plain) if name.isascii() else next(others) for name in names]


def _fold_joined(names: list[str], fold_text) -> list[str]:
    if not names:
        return []
    parts = fold_text("\0".join(names)).split("\0")
    if len(parts) != len(names):  # a name with a NUL: one by one
        return [fold(name) for name in names]
    return [part.strip() for part in parts]


def _fold_ascii(text: str) -> str:
    text = text.casefold().translate(_ASCII_FOLD)
    return _SPACES.sub(" ", text) if "  " in text else text  # (seldom: scanning for none costs more)


def _fold_other(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    bare = decomposed.translate(marks)
    bare = bare.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return _SPACE.sub(" ", _PUNCT.sub("", bare.casefold()))


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def short_forms(name: str) -> list[str]:
    """The folded name as news also write it: without middle initials and without a
    generational suffix ("Mark A. Milley" → "mark milley", "Joseph R. Biden Jr." → "joseph
    biden"), and with its given names in the other standard romanisations
    (`transliterations`: "Sergey Sobyanin" → "sergei sobyanin"). Only initials are dropped,
    never a whole middle name: "Anders Fogh Rasmussen" is not "Anders Rasmussen" to a
    reader, and the shorter the name, the likelier a namesake."""
    full = fold(name)
    toks = full.split()
    while len(toks) > 2 and toks[-1] in _SUFFIXES:
        toks = toks[:-1]
    if len(toks) > 2 and len(toks[0]) > 1:  # "J. D. Vance" keeps its initials
        toks = [toks[0], *(t for t in toks[1:-1] if len(t) > 1), toks[-1]]
    short = " ".join(toks)
    forms = [short] if short != full and len(toks) >= 2 else []
    for form in [full, *forms]:
        forms.extend(v for v in transliterations(form) if v not in forms and v != full)
    return forms


# Given names that news romanise in several standard ways, the same name to a reader (AP
# writes Sergei, Dmitri, Yuri; Wikidata Sergey, Dmitry, Yury). Kept narrow: a misspelling
# ("Vladmir", "Zelenksy") must still differ from every form. Whole names of one group ...
_GIVEN_GROUPS = (
    "mohammed muhammad mohammad mohamed muhammed mohamad muhamad",
    "ebrahim ibrahim",
    "aleksandr alexandr alexander",
    "alexei alexey aleksei aleksey",
    "vyacheslav viacheslav",
    "yulia yuliya iulia",
    "yelena elena", "yekaterina ekaterina", "yegor egor",
)
# ... stems that end in -iy, -ii, -y or -i alike (Dmitriy, Dmitrii, Dmitry, Dmitri) ...
_STEMS_IY = (("dmitr",), ("yur",), ("valer",), ("anatol",), ("vital",), ("gennad",), ("arkad",), ("georg",),
             ("andr",), ("oleks",), ("arsen",), ("vasil",), ("grigor",), ("serh",), ("yevgen", "evgen"))
_ENDINGS_IY = ("iy", "ii", "y", "i")
_TRANSLIT: dict[str, tuple[str, ...]] = {}
for _group in _GIVEN_GROUPS:
    for _form in _group.split():
        _TRANSLIT[_form] = tuple(f for f in _group.split() if f != _form)
for _stems in _STEMS_IY:
    _forms = [stem + end for stem in _stems for end in _ENDINGS_IY]
    for _form in _forms:
        _TRANSLIT[_form] = tuple(f for f in _forms if f != _form)
# ... and any given name of five letters or more ending in -ey/-ei or -ay/-ai (Sergey,
# Sergei; Nikolay, Nikolai), the Russian й written either way.
_FINAL = re.compile(r"^(\w{3,}[^aeiouy])(ey|ei|ay|ai)$")
_SWAP = {"ey": "ei", "ei": "ey", "ay": "ai", "ai": "ay"}
_MAX_VARIANTS = 16


def given_name_forms(token: str) -> tuple[str, ...]:
    """The other standard romanisations of one folded given name ("sergei" → ("sergey",)),
    empty for a name that has none."""
    found = _TRANSLIT.get(token)
    if found is not None:
        return found
    m = _FINAL.match(token)
    return (m.group(1) + _SWAP[m.group(2)],) if m else ()


def transliterations(folded: str) -> list[str]:
    """The folded name with its given names (every word but the last, the surname) in their
    other standard romanisations: "sergey sobyanin" → ["sergei sobyanin"], "yury borisov"
    → ["yuriy borisov", "yurii borisov", "yuri borisov"]. A surname is left as written (its
    variants are the base's aliases: "Zelenskyy"). Empty for a single word."""
    toks = folded.split()
    if len(toks) < 2:
        return []
    options = [(tok, *given_name_forms(tok)) for tok in toks[:-1]]
    out = [""]
    for choices in options:
        out = [f"{head} {c}".strip() for head in out for c in choices][:_MAX_VARIANTS]
    return [f"{head} {toks[-1]}" for head in out if f"{head} {toks[-1]}" != folded]


def tokens(name: str) -> list[str]:
    return fold(name).split()  # a new list each time: callers may change it
