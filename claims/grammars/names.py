"""Person names as news writes them: capitalised words, initials, particles.

The regex is deliberately generous (it may swallow "Vladimir Putin Tuesday"); `trim`
then drops words that cannot be part of a name, so the grammar stays simple and fast.

An honorific opens a name ("Mrs. May", "Mr Trump", "Sen. Heidi Heitkamp"): it is no part
of the name, but the word after it is a surname even when it is also a month ("May"). A name never runs on
past a possessive: "Narendra Modi's Bharatiya Janata Party" is Modi's party, not a person
(`Trimmed.possessive`; callers either take the possessor or refuse the name). A run of
names that goes on to a building's or an organisation's noun ("King George VI Memorial
Chapel", `THING_WORDS`) is no person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The capital letters a name may start with (Latin, with its accented capitals), for classes.
UPPER_LETTERS = "A-Z" + "".join(
    c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "×"
)
# A capitalised word, initials ("W.", run together as in "H.W.") or a suffix ("Jr."); a period
# only after those, so a name at the end of a sentence does not take the full stop.
_WORD = rf"(?:(?:Jr|Sr|St)\.|(?:[{UPPER_LETTERS}]\.)+|(?:(?:al|el|bin|ibn|ben|abu)-)?[{UPPER_LETTERS}][\w'’-]*(?<=[\w'’]))"
_PARTICLE = r"(?:de|da|del|della|di|dos|das|do|du|van|von|der|den|ter|la|le|bin|ibn|al|el|y)"
# Honorifics before a name, with or without the period: "Mrs. May", "Mr Trump", and US
# copy's abbreviated titles "Sen. Heidi Heitkamp", "Rep. Nancy Pelosi", "Gov. Rick Scott"
# (plural "Sens. X and Y"). Only where a name opens: "Hun Sen" is a name.
HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mme", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs"))
_HONORIFIC = r"(?:(?:Mrs|Mr|Ms|Miss|Mme|Dr|Sens?|Reps?|Govs?)\.?\s+(?=[" + UPPER_LETTERS + r"]))"
NAME_PATTERN = rf"(?<![\w'’.-]){_HONORIFIC}?{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,4}}"
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
# Words of titles the base may lack ("Senate Majority Leader Mitch McConnell", "House
# Minority Whip"): never part of a name, but, unlike STOPWORDS, they qualify a title
# (officeholder's `_qualified` keeps "Majority Leader" from being any "Leader").
TITLE_WORDS = frozenset("""Senate Majority Minority Whip Chairman Chairwoman Chairperson Spokesman Spokeswoman
    Spokesperson""".split())
# Nouns that make a run of names the name of a place, a building, an organisation or a
# prize: "King George VI Memorial Chapel", "John F. Kennedy Center", "Nobel Prize".
# (Not "Park", "Hall", "Church", "Mills": surnames.)
THING_WORDS = frozenset("""Memorial Chapel Hospital Airport Street Avenue Boulevard Road Square Bridge Center
    Centre Stadium Arena Prize Award Awards Foundation Institute University College Academy School Library
    Museum Cathedral Building Tower Station Highway Tunnel Dam Fund Trust Lecture Scholarship Department Ministry
    Agency Committee Commission""".split())
_SURNAME_MONTHS = frozenset(("May",))
_PARTICLES = frozenset(re.findall(r"\w+", _PARTICLE))
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A possessive that ends a word inside a run of names: "Modi's", "Reuters'" (not "O'Brien").
_INNER_POSSESSIVE = re.compile(r"(?:\w['’]s|s['’])$")
_INITIALS = re.compile(r"(?:\w\.)+")


@dataclass(frozen=True)
class Trimmed:
    start: int  # offset of the name (same origin as the `start` given to `trim_name`)
    name: str
    possessive: bool = False  # the run of capitalised words went on past "Modi's"
    # A longer reading when the last word of the run is a stop word of the caller's (a
    # country, a capital, a title's word) and not a function word: "Luís Montenegro" (the
    # Portuguese prime minister) beside "Luís", "William Hague" beside "William", but also
    # "Putin Russia" beside "Putin" ("told President Putin Russia would pay"). Which one is
    # meant only the reference can tell: a person of exactly the longer name.
    long: str | None = None


def trim(start: int, text: str, extra_stop: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """Drop non-name words at both ends and a possessive 's; None if no name is left. A name
    ends at a possessive: "Narendra Modi's Bharatiya Janata Party" → "Narendra Modi".

    Returns the new start offset (relative to the same origin as `start`) and the name.
    """
    found = trim_name(start, text, extra_stop, possessor=True)
    return None if found is None else (found.start, found.name)


def trim_name(start: int, text: str, extra_stop: frozenset[str] = frozenset(), *, possessor: bool = False,
              surnames: frozenset[str] = frozenset(), alone: frozenset[str] = frozenset()) -> Trimmed | None:
    """`trim`, telling more: whether the name ran on past a possessive, and a longer reading.

    With `possessor`, a name that runs on past a possessive ends there ("Prime Minister
    Narendra Modi's Bharatiya Janata Party": Narendra Modi); without it such a run is kept
    whole and `possessive` says so. `surnames` are stop words (countries, capitals) that are
    a surname after an honorific ("Mr. Montenegro"); a month-surname ("Mrs. May") always is.
    `alone` are stop words that are a name when the name is that one word ("Cruz, 47,": the
    word is also in "Santa Cruz Governor").

    The answer depends on the arguments only, and the same names recur (an article names its
    people again and again): answers are remembered, up to _MEMO_SIZE of them.
    """
    key = (text, extra_stop, possessor, surnames, alone)
    found = _TRIMMED.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        if len(_TRIMMED) >= _MEMO_SIZE:
            _TRIMMED.clear()
        found = _TRIMMED[key] = _trim_name(text, extra_stop, possessor, surnames, alone)
    if found is None or not start:
        return found
    return Trimmed(start + found.start, found.name, found.possessive, found.long)


_TRIMMED: dict = {}  # (text, extra_stop, possessor, surnames, alone) -> what trim_name(0, ...) gives
_UNKNOWN = object()
_MEMO_SIZE = 8192


def _trim_name(text: str, extra_stop: frozenset[str], possessor: bool, surnames: frozenset[str],
               alone: frozenset[str] = frozenset()) -> Trimmed | None:
    start = 0
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    if len(tokens) == 1 and alone:
        at, tok = tokens[0]
        bare = _POSSESSIVE.sub("", tok)
        if bare in alone:  # "Cruz, 47,": a surname that is also a word of a title's place
            return Trimmed(at, bare, bare != tok and bool(_INNER_POSSESSIVE.search(tok)))

    def stop(tok: str) -> bool:
        bare = _POSSESSIVE.sub("", tok).rstrip(".")  # "Germany's" is a country, not a name
        return (bare in STOPWORDS or bare in TITLE_WORDS or bare in extra_stop or tok in extra_stop
                or tok.lower() in _PARTICLES)

    # An honorific is no part of the name, and the word after it is a surname: "Mrs. May".
    after = tokens[0][0] + len(tokens[0][1]) if tokens else 0
    honorific = len(tokens) > 1 and tokens[0][1] in HONORIFICS and text[after:after + 1] in (".", " ", "\t", "\n", "\r")
    if honorific:
        tokens.pop(0)
        bare = _POSSESSIVE.sub("", tokens[0][1])
        honorific = bare in _SURNAME_MONTHS or bare in surnames

    # A capitalised particle that starts a name is part of it: "Le Pen", "Al Gore", "Van Rompuy".
    while tokens and not honorific and stop(tokens[0][1]) and not (
            tokens[0][1][:1].isupper() and tokens[0][1].lower() in _PARTICLES and len(tokens) > 1
            and not stop(tokens[1][1])):
        tokens.pop(0)
    # A suffix ends a name, so one that starts it belongs to the words before the title:
    # "Martin Luther King Jr." is no King named "Jr.".
    if tokens and tokens[0][1] in ("Jr.", "Sr."):
        return None
    # A name does not run on past a possessive ("Scholz's Social Democrats"), whatever the
    # words after it; a possessive before the name is the country's ("Germany's Olaf Scholz",
    # dropped above).
    possessive = any(_INNER_POSSESSIVE.search(tok) for _, tok in tokens[:-1])
    if possessive and possessor:
        tokens = tokens[: next(i for i, (_, tok) in enumerate(tokens) if _INNER_POSSESSIVE.search(tok)) + 1]
    # A name followed by a building's or an organisation's noun names that thing, not a
    # person: "King George VI Memorial Chapel", "John F. Kennedy Center" ("U.S. Justice
    # Department": nor is the noun alone).
    if any(_POSSESSIVE.sub("", tok) in THING_WORDS for _, tok in tokens):
        return None
    # A name cut at a stop word ends there: "Vladimir Putin Tuesday said" → "Vladimir Putin".
    long = None
    for i, (_, tok) in enumerate(tokens):
        if i == 0 and honorific:
            continue  # "Mrs. May", "Mr. Montenegro"
        if i and _POSSESSIVE.sub("", tok) in _SURNAME_MONTHS and i == len(tokens) - 1 and not stop(tokens[i - 1][1]):
            continue  # "Theresa May", "Theresa May's": a surname after a first name, not a month
        if stop(tok) and tok.lower() not in _PARTICLES:
            bare = _POSSESSIVE.sub("", tok).rstrip(".")
            if i and i == len(tokens) - 1 and bare not in STOPWORDS and bare not in TITLE_WORDS \
                    and tokens[i - 1][1].lower() not in _PARTICLES \
                    and not _POSSESSIVE.search(tokens[i - 1][1]):
                long = tokens[: i + 1]  # "Luís Montenegro": a country word ends the run
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
    if all(len(t.replace(".", "")) <= 1 or _INITIALS.fullmatch(t) for _, t in tokens):
        return None
    long_name = None if long is None else _POSSESSIVE.sub("", text[first : long[-1][0] + len(long[-1][1])])
    return Trimmed(start + first, name, possessive, long_name)
