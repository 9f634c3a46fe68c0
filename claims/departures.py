"""Officeholders named at the moment they leave office.

"French Foreign Minister Michèle Alliot-Marie resigned on Sunday", "Egyptian President Hosni
Mubarak stepped down on Feb. 11", "ousted President Mubarak", "Queen Elizabeth II died at
Balmoral": the title is the one the person held up to the departure the sentence reports,
and on the article's date, or even on the day named, someone else may already hold it. Read
as a present-tense title such a claim is a false alarm, so it is marked here (slot
`departed`: the words that say so) and the verifier asks only whether the person held the
office at some time up to the claim's time, never who holds it then.

A departure is a verb right after the name (and after a short apposition, "Alliot-Marie,
the foreign minister, resigned"; "May, 62, resigned"; or a second officeholder, "Chancellor
Rishi Sunak and Health Secretary Sajid Javid resigned"), in the past or the headline present
("Abe resigns"), in the passive ("was ousted", "had been deposed"), or in a relative clause
("Cameron, who resigned after the referendum,"); or words right before the title: an
adjective ("ousted", "deposed", "slain"), a verb of succession ("succeeding President Barack
Obama", "who replaced Prime Minister Liz Truss"), a noun of the end ("the death of Queen
Elizabeth II", "the resignation of Prime Minister Boris Johnson") or a move to another
office ("named Nadhim Zahawi, the education secretary, as chancellor"). A future or a plan
("will step down", "plans to resign", "said he would quit") is no departure: the person
still holds the office.

Ages are marked the same way: "Nelson Mandela, 95, died in December 2013" states his age at
his death, which the verifier takes from the date after the verb.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from claims.grammars.common import MONTH_PATTERN
from claims.grammars.event import iso_of, md_of
from claims.model import Claim

KIND = "officeholder"
AGE = "age"  # "Nelson Mandela, 95, died in December 2013": the age at the death, not today
SLOT = "departed"
ON = "departed_on"  # the departure's date as written after the verb, as ISO text or partly

_AFTER = re.compile(
    r"""\s*(?:,\s*\d{1,3}\s*,|,\s*who|,)?\s*
    (?:and\s+(?:[A-Z][\w.'’-]*\s+){1,6}?)?      # "X and Health Secretary Sajid Javid resigned"
    (?P<verb>
        (?:(?:has|had)\s+)?(?:resigned|quit|stepped\s+down|stood\s+down|left\s+office|died|fled|lost\s+power)
      | resigns|quits|steps\s+down|stands\s+down|leaves\s+office|dies|flees
      | (?:was|were|has\s+been|had\s+been)\s+(?:ousted|overthrown|deposed|toppled|removed\s+from\s+office
            |forced\s+(?:out|from\s+office)|voted\s+out|assassinated|killed|executed|sacked|fired|dismissed)
      | (?:(?:has|had)\s+)?(?:announced|tendered|handed\s+in|submitted)\s+(?:his|her|their)\s+resignation
    )(?![\w-])""",
    re.X,
)
# Words before the title that say the person has been removed, or killed, in office
# ("the court removed President Yoon Suk-yeol from office", "Putin dismissed Defence Minister
# Sergei Shoigu"), beaten in office ("Buhari had defeated President Goodluck Jonathan in the
# 2015 election"); that someone took over from them ("succeeding President Barack Obama",
# "who replaced Prime Minister Liz Truss"); or that they are moved to another office ("named
# Nadhim Zahawi, the education secretary, as chancellor"): their title is the one they held
# up to then. (Compiled on first use, as _ON: few claims reach it.)
_BEFORE = (
    r"(?<![\w-])(?P<verb>ousted|deposed|toppled|overthrown|exiled|slain|assassinated"
    r"|succeed(?:ed|s|ing)?|replac(?:ed|es|ing)|t(?:ook|akes|aking|aken)\s+over\s+from"
    r"|(?:death|funeral|assassination|killing|murder|ouster|overthrow|removal|resignation|abdication)\s+of"
    r"|named|appointed|nominated|promoted|picked|tapped|chose"
    r"|removed|dismissed|sacked|fired|impeached|defeated|beat|unseated)\s+\Z")
# How far past a claim an apposition and the verb may run ("Alliot-Marie, the French
# foreign minister, resigned" ends the claim at "minister").
_LOOK = 80


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The date right after the verb: "resigned on Thursday, Oct. 20", "stepped down on Feb. 11",
# "was ousted in February 2014", "resigned in 2019", "quit on Sunday".
_ON = (
    rf"\s+(?:on|in)\s+(?:(?P<weekday>{_WEEKDAY})\b,?\s*)?"
    rf"(?P<date>{MONTH_PATTERN}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}}\b)?"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN}(?:,?\s+\d{{4}}\b)?|\d{{4}}\b)?")


@cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern of this module needed only for some claims, compiled on its first use."""
    return re.compile(pattern, flags)


def mark(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, officeholder and age ones that report a departure carrying the
    `departed` slot (and `departed_on` when a date follows the verb)."""
    return [_marked(c, text) if c.kind in (KIND, AGE) and SLOT not in c.slots else c for c in claims]


def _marked(claim: Claim, text: str) -> Claim:
    found = departure(text, claim.start, claim.end)
    if found is None:
        return claim
    words, on = found
    slots = {**claim.slots, SLOT: words}
    if on:
        slots[ON] = on
    return replace(claim, slots=slots)


def departure(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The words that report the departure of the officeholder named in text[start:end], and
    its date when one follows the verb (`date_of`)."""
    window = text[end:end + _LOOK]
    after = _AFTER.match(window) or _after_apposition(window)
    if after is not None:
        rest = end + after.end()
        return " ".join(after.group("verb").split()), date_of(text[rest:rest + 48])
    before = _before(text[max(0, start - 30):start])
    return (before.group("verb").lower(), None) if before else None


# The last word of each _BEFORE verb, lower-cased: a match of it ends in one of these, then
# the spacing up to the title.
_BEFORE_ENDS = ("ousted", "deposed", "toppled", "overthrown", "exiled", "slain", "assassinated", "succeed",
                "succeeded", "succeeds", "succeeding", "replaced", "replaces", "replacing", "from", "of", "named",
                "appointed", "nominated", "promoted", "picked", "tapped", "chose", "removed", "dismissed", "sacked",
                "fired", "impeached", "defeated", "beat", "unseated")


def _before(window: str) -> re.Match | None:
    """`_BEFORE.search(window)`, searched only where it may match: spacing ends the window,
    and the word before it ends in one of _BEFORE's last words (read lower-cased when it is
    ASCII: re.I also folds a few other letters to ASCII ones). Most claims stand after no
    such word, and the search tries each of the window's positions."""
    words = window.rstrip()  # (`\s` is what str.isspace() says)
    if len(words) == len(window) or not words:
        return None
    last = words.rsplit(None, 1)[-1]
    if last.isascii() and not last.lower().endswith(_BEFORE_ENDS):
        return None
    return _compiled(_BEFORE, re.I).search(window)


def date_of(rest: str) -> str | None:
    """The date right after a departure verb: "2014-02" (ISO text at the precision written),
    "--10-20" or "--02" (no year: the checker puts it before the article's date), or
    "weekday:Sunday"."""
    m = _compiled(_ON).match(rest)
    if m is None or not (m.group("date") or m.group("weekday")):
        return None
    written = m.group("date")
    if not written:
        return f"weekday:{m.group('weekday')}"
    written = written.strip()
    # read as event dates are (with a year: ISO at its precision; without: month and day)
    iso = iso_of(written)
    if iso:
        return iso
    md = md_of(written)
    return f"--{md}" if md else None


_APPOSITION = re.compile(r"\s*,([^,.;:!?\"“”()]{1,60}),")
_VERB_IN_APPOSITION = re.compile(r"\b(?:who|which|that|said|says)\b")


def _after_apposition(window: str):
    """The verb after ", <apposition>," that follows a name: "Alliot-Marie, the French
    foreign minister, resigned". The apposition holds no verb of its own (no "who", no "said")."""
    m = _APPOSITION.match(window)
    if m is None or _VERB_IN_APPOSITION.search(m.group(1)):
        return None
    return _AFTER.match(window, m.end())
