"""Person names as news writes them: capitalised words, initials, particles.

The regex is deliberately generous (it may swallow "Vladimir Putin Tuesday"); `trim`
then drops words that cannot be part of a name, so the grammar stays simple and fast.
"""
from __future__ import annotations

import re

_UPPER = "A-Z" + "".join(
    c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "×"
)
# A capitalised word, initials ("W.", run together as in "H.W.") or a suffix ("Jr."); a period
# only after those, so a name at the end of a sentence does not take the full stop.
_WORD = rf"(?:(?:Jr|Sr|St)\.|(?:[{_UPPER}]\.)+|(?:(?:al|el|bin|ibn|ben|abu)-)?[{_UPPER}][\w'’-]*(?<=[\w'’]))"
_PARTICLE = r"(?:de|da|del|della|di|dos|das|do|du|van|von|der|den|ter|la|le|bin|ibn|al|el|y)"
NAME_PATTERN = rf"(?<![\w'’.-]){_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,4}}"
_TOKEN = re.compile(rf"{_WORD}|{_PARTICLE}")

# Words that start with a capital but are not part of a person's name.
STOPWORDS = frozenset(
    """The A An And But Or Nor So Yet If When While After Before As At In On Of For From With
    Without By To Into Over Under During Since Until Than That This These Those There Then He She
    It They We I You His Her Its Their Our My Your Who Whom Whose What Which Where Why How
    Mr Mrs Ms Dr Sir Dame Lord Lady Not No Yes Also Meanwhile However Both Each Every
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec Today Yesterday Tomorrow Earlier Later Last Next Whoever Whatever Whichever
    Anyone Anybody Everyone Everybody Someone Somebody Nobody None Many Few Some Most All
    Several Others""".split()
)
_SURNAME_MONTHS = frozenset(("May",))
_PARTICLES = frozenset(re.findall(r"\w+", _PARTICLE))
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def trim(start: int, text: str, extra_stop: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """Drop non-name words at both ends and a possessive 's; None if no name is left.

    Returns the new start offset (relative to the same origin as `start`) and the name.
    """
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]

    def stop(tok: str) -> bool:
        bare = _POSSESSIVE.sub("", tok).rstrip(".")  # "Germany's" is a country, not a name
        return bare in STOPWORDS or bare in extra_stop or tok in extra_stop or tok.lower() in _PARTICLES

    # A capitalised particle that starts a name is part of it: "Le Pen", "Al Gore", "Van Rompuy".
    while tokens and stop(tokens[0][1]) and not (
            tokens[0][1][:1].isupper() and tokens[0][1].lower() in _PARTICLES and len(tokens) > 1
            and not stop(tokens[1][1])):
        tokens.pop(0)
    # A suffix ends a name, so one that starts it belongs to the words before the title:
    # "Martin Luther King Jr." is no King named "Jr.".
    if tokens and tokens[0][1] in ("Jr.", "Sr."):
        return None
    # A name cut at a stop word ends there: "Vladimir Putin Tuesday said" → "Vladimir Putin".
    for i, (_, tok) in enumerate(tokens):
        if i and _POSSESSIVE.sub("", tok) in _SURNAME_MONTHS and i == len(tokens) - 1 and not stop(tokens[i - 1][1]):
            continue  # "Theresa May", "Theresa May's": a surname after a first name, not a month
        if stop(tok) and tok.lower() not in _PARTICLES:
            tokens = tokens[:i]
            break
    while tokens and tokens[-1][1].lower() in _PARTICLES:
        tokens.pop()
    if not tokens:
        return None
    first, last = tokens[0][0], tokens[-1][0] + len(tokens[-1][1])
    name = text[first:last]
    name = _POSSESSIVE.sub("", name)
    # A name made only of initials ("U.", "S.") is an abbreviation, not a person.
    if all(len(t.replace(".", "")) <= 1 or re.fullmatch(r"(?:\w\.)+", t) for _, t in tokens):
        return None
    return start + first, name
