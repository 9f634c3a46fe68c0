"""Mentions of named events, shared by the event-date and event-place grammars.

Two shapes of noun phrase are recognised:

- a **named event**, by one of the aliases the reference base gives ("annexation of
  Crimea", "Brexit referendum", "Minsk II agreement"), with what news hang on it: an agent
  before it ("Russia's", "its", "the US-led", "Russian"), a date before it ("the 2016 Brexit
  referendum", "Russia's 2014 annexation of Crimea", "the June 2016 Brexit referendum") or
  after it ("the annexation of Crimea in March 2014", "the Brexit referendum of June 23,
  2016", "... by Russia in 2014", "the G20 summit in Rome at the end of October"), a place
  after it ("COP26 in Glasgow", "the 2016 Olympics in Rio de Janeiro") or before it ("the
  Rio de Janeiro Olympics": a place where events happened, not a capital, which stands for
  its government), and a place in the name itself ("the Beijing Olympics", "the attacks on
  New York and Washington"). A description in apposition may stand before a name ("the
  poisoning of a former Russian spy, Sergei Skripal, in Salisbury"). A capitalised word
  before a name that is no country, no possessive and no word of any event name ("the
  2018 Youth Olympics") may name another event: such a mention keeps its date, which the
  verifier never contradicts, and makes no place claim;
- a **summit**, built from parts: "the Geneva summit", "a US-Russia summit in Geneva",
  "the 2019 G7 summit in Biarritz", "Biden's summit with Putin", "the summit in Vienna
  between X and Y", "the Trump-Kim summit in Hanoi". The words before "summit" are places
  (from the base), series or names the base uses for summits ("G7", "NATO", "BRICS",
  "inter-Korean", taken from aliases that end in "summit"), or a pair of sides ("US-Russia",
  "Biden-Putin"). A summit mention makes a claim only when something names which summit
  is meant (a series, sides, a place, an agent); a bare "a summit in Vienna" does not.

Beyond noun phrases, news date and place events in other shapes, also found here:

- **verb forms** of an alias "<noun> of|in|from <object>": "Russia annexed Crimea in March
  2014", "Crimea was annexed by Russia in 2014", "invaded Ukraine on Feb. 24, 2022", and for
  "collapse/fall/death of X" "Lehman Brothers collapsed in September 2008", "the Berlin Wall
  fell in 1989", and for a removal "drove Viktor Yanukovych from power in February 2014", and for
  "introduction|launch of X" "the euro was introduced in January 1999";
  of an alias "<Name> landing|crash": "India's Chandrayaan-3 spacecraft touched down near
  the moon's south pole on Aug. 23" (a word for the craft after the name, and a place in
  lower case before the date, are passed over), "Air France Flight 4590 crashed on July 25,
  2000".
  Only with a date right after; never after a modal or a negation ("would not have annexed");
- **participles** after a name: "the Lisbon Treaty, signed in Lisbon in December 2007", "the
  COP21 conference, held in Paris", "New START, the treaty signed in Prague in April 2010",
  "the Beijing Olympics, which opened in August 2008", "which opens on Monday, Nov. 30",
  "are now scheduled to open on July 23, 2021"; acts ("was adopted", "ratified",
  "launched", "unveiled", "introduced", "approved", "founded", "established",
  "inaugurated": `participle` the verb, maybe another act than the event; "entered into
  force", "took effect": "in force") and happenings
  ("happened", "occurred", "unfolded": `participle` "held");
- **main verbs** with a name as subject (not a summit, generic head or anaphor, whose days
  a main verb describes rather than tells which): "Russia's full-scale invasion began on
  Feb. 24, 2022", "The Gulf War ended in February 1991", "The Arab Spring began in Tunisia
  in December 2010" (began, started, opened, broke out, erupted: `participle` "opened";
  ended, closed: "closed"; a place written after these is where it began or ended, maybe
  one of several places: `place_role`), "The Fukushima nuclear disaster followed in March 2011",
  "Hurricane Katrina struck New Orleans in August 2005" (followed, ensued, struck, hit:
  "held"; what was struck, in capitals, is passed over and not read as a place);
- an **attack's target** between its name and its date is passed over: "the 9/11 attacks on
  New York and Washington on Sept. 11, 2001", "... on the World Trade Center, on Sept. 11";
- **awards** (shape `award`), for an alias that names a prize ("Nobel Peace Prize": a last
  word "Prize", "Award", "Medal", or "Prize for <field>"): "Obama, who won the Nobel Peace
  Prize in 2009", "Malala Yousafzai won the 2014 Nobel Peace Prize", "the 2007 Nobel Peace
  Prize, shared by Al Gore and the IPCC", "Nobel Peace Prize laureate Malala Yousafzai",
  "Malala Yousafzai, the 2014 Nobel Peace Prize laureate" (`event` the prize, `side_a`
  and `side_b` the winners, a year before the prize or a date after "won ..."); an
  event-date claim even without a date (rule `event-date.award`). Not after a modal or a
  negation ("would have won", "has never won"): then the prize alone makes no claim either;
- **generic heads** ("attacks", "bombing", "invasion", "coup", "ceasefire", "earthquake",
  "referendum", "vote", and every common noun that ends five or more aliases of the base:
  "convention", "debate", "coronation", "conference", ...) with a date and something that
  tells which: a place ("the party's convention in Cleveland in July", "an assassination
  attempt at a rally in Butler"), an agent ("Russia's invasion on Feb. 24"), a word of an
  event's name ("the Brexit vote in June"), or a day that names it ("the Feb. 6
  earthquakes", "the referendum held on June 23"); the verifier only ever verifies these.
  A definite one of the heads above ("the failed coup", "the referendum", not "vote")
  dated by a month or a year and with nothing else that tells which takes the nearest
  capitalised phrase before it in its sentence as `context` ("Erdogan also invoked the
  failed coup of July 2015": "Erdogan"; never a later one, "the U.S.-based cleric"): the
  verifier reads it as a country, or as a person whose office gives one;
- **anaphora** to the article's own event (shape `anaphor`): "the meeting", "the summit",
  "the talks", "the gathering", "the conference", with a place or a date after the head
  ("The meeting at the Capella hotel on Sentosa island on Tuesday, June 12", "the meeting
  at the new Bharat Mandapam convention centre": the place a venue stands in, else the
  venue's name, is the place, and the venue is kept as `venue`), `anaphor` "this"; "the
  previous|last|preceding gathering, held in Frankfurt last June" ("previous"), "the
  next|following summit" ("next"). The article's dateline city ("NEW DELHI, Sept. 10, 2023
  —") is kept as `dateline`: the verifier looks there for the event meant. An **ellipsis**
  at a sentence's start, "The first, in July 1997, ..." after a sentence counting an event
  with an ordinal ("It was NATO's second summit in Madrid."), is `anaphor` "earlier" with
  that sentence's `series` ("NATO") and `series_place` ("Madrid"), which have no spans;
- **meetings**: "Bush and Gorbachev met in Helsinki in September 1990", "X met Y in Sochi",
  "Bush, 61, met Putin in Sochi on April 6" (verified only when the base holds a meeting of
  those people there; never conflicting);
- **deaths**: "The queen died at Balmoral Castle", "Navalny died in Kharp on Feb. 16"
  (shape `death`: the person by name, `side_a`, or by a title, `title`, that the verifier
  reads as the one person of that title the article named before; only verified, never
  conflicting);
- dates **without a year** ("in June", "on Aug. 19", "the July G8 summit") and **relative**
  ones ("next month", "earlier this month", "last year's", "last June"), resolved by the
  verifier against the article's date; places the base does not know ("in Cornwall") are
  kept, marked `place_known: no`, and can verify but never conflict.

Every piece here is one regular expression found with `finditer` (aliases, summit heads,
generic heads: each one alternation or word trie) and then extended by anchored matches
around it: pyparsing's scan tried the same patterns at every character in Python and cost
most of the checking time. Shapes that need a date (verbs, trips, generic heads) are looked
for only in a sentence with a year, a month's name or a word of a relative date (`_dated`);
a verb form only when its verb and the first word of its object are in the sentence. Before
any of that, the words of the sentence (a set, built in C) say which pieces may find
anything: every match of an alias holds its two likeliest-missing words, a generic head its
word, a verb form its verb, a meeting "met" (and a name and "in|at" after it: `_MET_GATE`),
a trip its verb ("came", and "to" after it), an anaphor its head ("meeting", "talks";
"summit" is looked for as a substring; and after it what a place, a date or a participle
starts with: `_ANAPHOR_GATE`), an ellipsis its word ("first") and `_ELLIPSIS` at the
sentence's start (`_Gates`, derived from the same vocabulary as the patterns); most
sentences hold none, and the event grammars' `might_match` skips them. Aliases and generic
heads are then found in the sentence lower-cased (`claims.patterns.folded_alternation`).
What stands before a name is searched back from it over the few chunks a match can span
(`search_back`), not from the sentence start, and only where something a date ends with
stands there (`_DATE_END`).

This module finds mentions; `event_date` and `event_place` turn them into claims. Words
come from the vocabulary (aliases, places, countries), never from the base directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from claims import dateline
from claims.grammars.common import (DATE_RE, MONTH_YEAR_RE, MONTHS, RANGE_END, RANGE_END_RE, RANGE_WITH_YEAR, WEEKDAYS,
                                    YEAR_RE, date_parts, month_number)
from claims.grammars.common import folded as fold
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary


class _Lazy:
    """A regex of this module compiled on its first use: compiling them all was most of the
    time of importing it, and each is for some shapes of sentence only. `pattern` is its
    text; any other attribute is the compiled pattern's (its methods are kept on this object
    then, so later calls go straight to them)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        compiled = re.compile(self.pattern, self._flags)
        for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split", "flags", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


_CAP = r"[A-Z][\w.’'&-]*"
# A date as attributive (before the noun) or after a preposition. Day dates first.
_DATE_ANY = "(?:%s)" % "|".join(re.sub(r"\(\?P<\w+>", "(?:", r.pattern) for r in (DATE_RE, MONTH_YEAR_RE, YEAR_RE))
_DATE_ANY = f"(?:{RANGE_WITH_YEAR}|{_DATE_ANY})"  # a range of days first: it is the longer
# After a named event: "in 2014", "in March 2014", "on June 16, 2021", "of June 23, 2016".
# "on Monday, Feb. 20": the weekday before a date is the weekday grammar's claim, not part of the date
_ON_WEEKDAY = r"(?:(?<=on\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# A part of a month: "at the end of October", "in early June", "mid-March" (read as the month)
_MONTH_PART = r"(?:early\s+|late\s+|mid-|the\s+(?:end|start|beginning|middle)\s+of\s+)?"
_AT_MONTH_PART = r"at\s+the\s+(?:end|start|beginning)\s+of"
_POST_DATE = _Lazy(
    rf"\s+(?:(?P<byword>by|of)\s+(?P<by>{_CAP}(?:\s+{_CAP})?)\s+)?(?P<prep>in|on|of|{_AT_MONTH_PART})\s+{_ON_WEEKDAY}{_MONTH_PART}"
    rf"(?P<date>{_DATE_ANY})(?![\d\w-])")
# After "<noun> of": a description, then the name in apposition ("a former Russian spy, Sergei Skripal,").
_OF_DESCRIPTION = _Lazy(r"\s+of\s+(?:an?|the|his|her|their|its)\s+[^,;:.()]{1,50}?,\s+(?P<obj>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),")
# A venue before the place: "an assassination attempt at a rally in Butler", "the shooting at a
# school in Uvalde" (the venue is passed over: the place is the town).
_VENUE = _Lazy(r"\s+at\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?=\s+in\s+[A-Z])")
# A region in apposition after a place, closed by a comma and followed by a date.
_REGION = _Lazy(r",\s+(?P<region>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?=,\s+(?:in|on)\s)")
_PRE_DATE = _Lazy(rf"(?P<date>{_DATE_ANY})[\s,]*$")
# A date without a year, after the name ("in June", "on Aug. 19") or before it after a
# determiner ("the July G8 summit", "the Feb. 6 earthquakes"); the verifier takes the year
# nearest the article's date. A month must not start a name ("May's government").
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
# How each date of `_PRE_DATE` ends (a day, maybe "6th", a year; a month: "6 Feb."): a cheap
# search that rules most positions out ("the climate conference").
_DATE_END = _Lazy(rf"(?:\d(?:st|nd|rd|th)?|{_FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)[\s,]*$")
# Something that may be a date: the mentions of the shapes that need one (verbs, trips,
# generic heads) are looked for only in sentences that have one.
_DATEISH = _Lazy(rf"\d|\b(?:{_FULL_MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|last|next|this|earlier|later)\b")
_NOYEAR_DAY = rf"(?:{_FULL_MONTH}|{_MONTH_ABBR})\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:{RANGE_END})?(?![\d:,]*\s*(?:1[6-9]\d\d|20\d\d))(?![\d:-])"
_NOYEAR_AFTER = _Lazy(
    rf"\s+(?:(?P<on>on|of)\s+{_ON_WEEKDAY}(?P<day>{_NOYEAR_DAY})|(?P<in>in|of|{_AT_MONTH_PART})\s+{_MONTH_PART}(?P<month>{_FULL_MONTH}|{_MONTH_ABBR}))"
    r"(?![\w'’-])(?!\s+(?:[A-Z]|\d))")
# What every date before a name holds: an ASCII digit (`_PRE_DATE`: a day or a year), the
# start of a month's name (`_NOYEAR_BEFORE`).
_ASCII_DIGIT = _Lazy("[0-9]")
_MONTH_START = _Lazy("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NOYEAR_BEFORE = _Lazy(
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ll]ast)|['’]s)\s+(?P<date>{_NOYEAR_DAY}|{_FULL_MONTH})[\s,]*$")
# Dates relative to the article's: "last month", "earlier this month", "next year", "last June";
# before the name "last year's", "next month's".
_REL = rf"(?:(?:earlier|later)\s+this\s+(?:month|year)|(?:last|next|this)\s+(?:month|year|{_FULL_MONTH}))"
_REL_AFTER = _Lazy(rf"\s+(?P<date>{_REL})(?![\w'’-])")
_REL_BEFORE = _Lazy(r"(?:\b(?:the|a|an)\s+)?(?P<date>(?:last|next|this)\s+(?:month|year)['’]s)\s+$", re.IGNORECASE)


# A word or a number just before an attributive date makes it another phrase's ("in 2014
# annexation ...", "by 2016, the referendum"): see `EventFinder._pre_date`.
_BEFORE_DATE = _Lazy(r"(?:\b(?:in|on|since|from|by|of|until|after|before|to|and|or)|\d)[\s,]*$", re.IGNORECASE)
_LED = _Lazy(r"(?P<who>.+?)-(?:led|backed)")
_FROM_OBJECT = _Lazy(rf"\s+from\s+{_CAP}(?:\s+{_CAP})?(?=\s+(?:in|on)\s)")  # "annexed Crimea from Ukraine in 2014"
_TRIP_PLACE = _Lazy(rf"\s(?P<place>{_CAP}(?:\s+{_CAP}){{0,2}})")
_POSSESSIVE_END = _Lazy(r"['’]s$")
# What an attack was on, between its name and its date: "the 9/11 attacks on New York and
# Washington on Sept. 11, 2001", "the Sept. 11 attacks on the World Trade Center, in 2001"
# (passed over: the date is the attack's; the target is not read as its place).
_ATTACK_NAME = _Lazy(r"(?i)(?:attack|bombing|strike|raid)s?$")
_TARGET = _Lazy(rf"\s+(?:on|against)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}"
                     rf"(?:\s+and\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}})?(?P<comma>,)?(?=\s+(?:in|on)\s)")


def _subject_form(alias: str, compile=re.compile) -> tuple[re.Pattern, str, tuple[str, ...], str] | None:
    """The verb form of an alias "<Name> landing|crash" (see `_SUBJECT_NOUNS`), as
    `EventFinder._verb_forms` gives them, or None."""
    m = re.fullmatch(r"(?P<obj>[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?)\s+(?:[Mm]oon\s+|[Ll]unar\s+)?(?P<noun>landing|crash)",
                     alias)
    if not m:
        return None
    forms = _SUBJECT_NOUNS[m.group("noun")]
    obj = re.escape(m.group("obj")).replace(r"\ ", r"\s+")
    verbs = "|".join(v.replace(" ", r"\s+") for v in forms)
    pattern = compile(rf"(?P<obj>(?<![\w-]){obj}(?![\w-])){_CRAFT}\s+(?:(?:has|had)\s+)?(?P<verb>{verbs})(?![\w-])",
                      re.IGNORECASE)
    return pattern, alias, tuple(f.split()[-1].lower() for f in forms), m.group("obj").split()[0].lower()


def rel_of(text: str) -> str:
    """"last month" → "month-1", "earlier this year" → "year+0", "last June" → "last:06"."""
    # (the pattern matched ignoring case: "year'ſ" with a long s is "year's")
    words = text.translate(_AS_ASCII).lower().replace("’", "'").removesuffix("'s").split()
    which, unit = words[-3] if len(words) == 3 else words[0], words[-1]
    if unit in ("month", "year"):
        return f"{unit}{ {'last': '-1', 'next': '+1'}.get(which, '+0') }"
    return f"{which}:{month_number(unit):02d}"


# "signed in Lisbon", ", held in Marseille", "which was signed in Prague", ", the treaty signed in";
# when it began or ended: "which opened in August 2008", ", which opens on Monday, Nov. 30",
# "ended on"; and what is planned: "are now scheduled to open on July 23, 2021" (after a
# parenthetical ", postponed in March,").
_OPENED = r"open(?:ed|s)?|beg[iau]ns?|start(?:ed|s)?|kick(?:ed|s)?\s+off|got\s+under\s+way"
_CLOSED = r"clos(?:ed|es|e)|end(?:ed|s)?|wound\s+up|wrapped\s+up"
_DONE = (r"signed|held|agreed|reached|struck|concluded|staged|hosted|convened|carried\s+out|took\s+place|takes\s+place|"
         r"happened|occurred|unfolded|adopted|ratified|launched|unveiled|introduced|approved|founded|established|"
         r"inaugurated|(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect")
# Main verbs of a happening that date the event itself (any day of it, as "held"): "the
# attacks occurred on", "Hurricane Katrina struck New Orleans in". ("Struck" right before the
# date is the participle of a deal, `_DONE`: "the deal struck in July 2015" may date
# another act than the event.)
_HAPPENED = r"happened|occurred|unfolded|followed|ensued|struck|hit"
# A main verb with the event's name as subject: "The Gulf War began in January 1991", "the
# Arab Spring began in Tunisia", "Hurricane Katrina struck New Orleans in August 2005" (what
# was struck, in capitals, is passed over: not read as the event's place), "The Fukushima
# nuclear disaster followed in March 2011", "the war broke out in".
_MAIN_VERB = rf"(?:{_OPENED}|{_CLOSED}|broke\s+out|erupted|{_HAPPENED})"
_STRUCK_OBJECT = r"(?:(?<=struck)|(?<=hit))\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# When it began or ended only in a relative clause or a schedule: "The summit opened on
# Wednesday" says something of a day the event had, "which opened in" dates the event.
_PARTICIPLE = _Lazy(
    r"(?:\s+(?:conference|summit|talks|meeting|treaty|agreement|accord|deal))?"
    r"(?:(?:,\s+(?:the\s+(?:[a-z-]+\s+){0,2}(?:treaty|agreement|accord|accords|deal|pact|summit|conference|talks|referendum|vote)\s+)?"
    r"|,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|is|are|will\s+be)\s+)?)"
    rf"(?P<verb>{_DONE})"
    rf"|,?\s+(?:which|that)\s+(?:(?:was|were|is|are|will|had)\s+)?(?:(?:be|been)\s+)?(?P<verb_rel>{_DONE}|held|{_OPENED}|{_CLOSED})"
    r"|(?:,\s+[a-z][^,;:.()]{0,40},)?\s+(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:scheduled|due|set|expected|slated|planned)\s+to\s+"
    rf"(?P<verb_due>be\s+held|take\s+place|{_OPENED}|{_CLOSED})"
    rf"|\s+(?:(?:has|had)\s+)?(?P<verb_main>{_MAIN_VERB})(?:{_STRUCK_OBJECT})?)(?=\s+(?:in|at|on)\s)")


def participle_of(verb: str) -> str:
    """The verb of a participle as the verifier reads it: "opened", "closed", "held" (all
    three date the event itself), or the verb itself ("signed": maybe another act)."""
    v = verb.lower().split()
    if re.fullmatch(_OPENED, " ".join(v)):
        return "opened"
    if re.fullmatch(_CLOSED, " ".join(v)):
        return "closed"
    if v[-1] in ("held", "place") or v[0] in ("happened", "occurred", "unfolded"):
        return "held"
    if v[-1] in ("force", "effect"):
        return "in force"
    return v[0]


def main_verb_of(verb: str) -> str:
    """The verb of a main verb after an event's name (`_MAIN_VERB`): "opened" (began, broke
    out), "closed" (ended), else "held" (followed, struck: a day of the event)."""
    v = " ".join(verb.lower().split())
    if re.fullmatch(_OPENED, v) or v in ("broke out", "erupted"):
        return "opened"
    if re.fullmatch(_CLOSED, v):
        return "closed"
    return "held"
# Words never taken for an unknown place after "in" ("in March", "in Congress" is a place all the same)
_NOT_PLACE = _Lazy(rf"(?:{_FULL_MONTH}|{_MONTH_ABBR}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Its|Their|"
                        r"Our|This|That|These|Those|Which|Whose|Power|Office|Parliament|Congress|Court|January)$")
_CALENDAR_WORD = _Lazy(rf"(?:{_FULL_MONTH}|{_MONTH_ABBR}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|D\.C\.)\b")
# Generic heads: an event named only by what happened, told apart by date, place and agent.
# They verify when the base has such an event there and then, and never conflict. Besides
# these, every common noun that ends five or more event aliases of the base is a head
# ("convention", "debate", "coronation", "conference": see `EventFinder`).
_GENERIC = frozenset(
    [f"{pre}{head}{plural}" for pre in ("", "terror ", "terrorist ") for head in ("attack", "bombing", "shooting")
     for plural in ("", "s")]
    + ["invasion", "annexation", "coup", "failed coup", "coup attempt", "failed coup attempt", "ceasefire", "truce",
       "peace deal", "peace agreement", "peace accord", "peace treaty", "peace talks", "earthquake", "earthquakes",
       "quake", "quakes", "referendum", "vote"])
_HEAD_MIN_ALIASES = 5
# Heads a day alone does not pick out: parliaments vote every week ("the vote took place on
# Wednesday"), so "vote" needs a place, a side or a word of an event's name ("the Brexit vote").
_ROUTINE = frozenset({"vote"})
_PRONOUNS = ("its", "their", "his", "her")
# Meetings: "Bush and Gorbachev met in Helsinki", "Bush met Putin in Sochi on April 6".
# (A word's capital is matched before its two forms, not in each: a pattern that starts with
# a character class is searched for that class in C, not tried at every character.)
_NAME = r"[A-Z](?:[\w’'-]+|\.)(?:\s+[A-Z](?:[\w’'-]+|\.)){0,3}"
# An age in apposition may stand between the name and the verb ("Bush, 61, met Putin").
# (Its name words are possessive, "++": what follows one is whitespace or a comma, which no
# shorter word is followed by, so giving characters back never matched, and cost most of the
# search.)
_NAME_HELD = r"[A-Z](?:[\w’'-]++|\.)(?:\s+[A-Z](?:[\w’'-]++|\.)){0,3}"
_MET = _Lazy(
    rf"(?P<a>{_NAME_HELD})(?:,\s+\d{{1,3}},)?\s+(?:and\s+(?P<b1>{_NAME_HELD})\s+met|met\s+(?:with\s+)?(?P<b2>{_NAME_HELD}))"
    r"(?=\s+(?:in|at)\s+[A-Z])")
# Deaths: "The queen died at Balmoral Castle", "Navalny died in Kharp on Feb. 16": the person
# by name, or by a title the verifier reads as someone the article named ("the queen").
_DIED = _Lazy(rf"(?<![\w’'.-])(?:(?P<det>[Tt]he)\s+(?P<title>(?i:queen|king|pope|emperor|empress|monarch|"
                   rf"president|prime\s+minister|chancellor))|(?P<name>{_NAME_HELD}))\s+(?P<verb>died)(?=\s+(?:at|in|on)\s)")
# Trips: "Biden visited Kyiv on Feb. 20", "Blinken flew to Brussels in March", "Merkel made an
# unannounced visit to Kabul in 2010", "Macron's trip to Beijing in April". The place and a
# date after it are read as for other events; the traveller is the name before the verb.
_TRIP = _Lazy(
    rf"(?P<a>{_NAME})(?:['’]s|\s+(?:(?:has|had)\s+)?(?:(?P<verb>visited|toured|(?:travell?ed|flew|went|came|returned)\s+to)"
    r"|(?:made|paid)\s+(?:an?|his|her|their)))?\s+(?(verb)|(?:[a-z-]+\s+){0,2}(?:visit|trip)\s+to\s+)(?=[A-Z])")
# Awards: an alias that names a prize ("Nobel Peace Prize": a last word "Prize", "Award",
# "Medal", or "Prize for <field>"), won by someone (see `EventFinder._awards`).
_PRIZE_ALIAS = _Lazy(r"(?i)(?:.*\b(?:prize|award|medal)|.*\bprize\s+for\s+\w+)")
_LAUREATE = r"(?:co-)?(?:laureate|winner|recipient|prizewinner)s?"
_AWARD_VERB = (r"(?:won|wins|received|receives|shared|shares|accepted|collected|(?:was|were|had\s+been|has\s+been)\s+awarded|"
               r"(?:was|were)\s+given)")
_YEAR_BEFORE = r"(?:(?P<year>(?:1[89]|20)\d\d)\s+)?"
_MODAL = _Lazy(r"\b(?:not|never|n['’]t|to|would|could|might|may|will|shall|should|must|can|cannot|if|unless|whether)"
                    r"\s+(?:(?:have|has|had)\s+)?(?:(?:be|been)\s+)?$", re.IGNORECASE)
# Verb forms of event names: "annexation of Crimea" → "annexed Crimea", "Crimea was annexed";
# "collapse of Lehman Brothers" → "Lehman Brothers collapsed".
_TRANSITIVE = {
    "annexation": ("annexed",), "invasion": ("invaded",), "intervention": ("intervened",),
    "poisoning": ("poisoned",), "killing": ("killed",), "assassination": ("assassinated",),
    "murder": ("murdered",), "capture": ("captured",), "execution": ("executed",), "ouster": ("ousted",),
    "overthrow": ("overthrew", "overthrown"), "bombing": ("bombed",), "recognition": ("recognised", "recognized"),
    "seizure": ("seized",), "downing": ("downed", "shot down"), "storming": ("stormed",), "removal": ("removed",),
    "withdrawal": ("withdrew",), "introduction": ("introduced",), "launch": ("launched",),
}
# "drove Viktor Yanukovych from power", "forced Mubarak out of office": verbs that say a removal
# only with "from power" or "out of office" after the person.
_FROM_POWER = {"removal": ("drove", "forced", "pushed", "ousted", "removed", "toppled"),
               "ouster": ("drove", "forced", "pushed", "ousted", "removed", "toppled"),
               "overthrow": ("drove", "forced", "toppled", "overthrew")}
_FROM_POWER_TAIL = r"\s+(?:from\s+(?:power|office)|out\s+of\s+(?:power|office))"
# Names "<Name> landing|crash" ("Chandrayaan-3 landing", "Apollo 11 Moon landing", "Air France
# Flight 4590 crash"): "Chandrayaan-3 touched down", "the Apollo 11 lander landed", "Air
# France Flight 4590 crashed". A word for the craft may follow the name; a place not read
# ("near the moon's south pole", all lower case) may stand before the date.
_SUBJECT_NOUNS = {"landing": ("landed", "touched down", "set down"), "crash": ("crashed",)}
_CRAFT = (r"(?:['’]s)?(?:\s+(?:spacecraft|lander|probe|rover|module|mission|craft|capsule|jet|plane|airliner|flight|"
          r"aircraft|helicopter))?")
_LOCATIVE = _Lazy(r"\s+(?:near|on|at|in|onto|off)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*(?=\s+(?:on|in)\s)")
_INTRANSITIVE = {"collapse": ("collapsed",), "fall": ("fell",), "dissolution": ("dissolved", "was dissolved"),
                 "breakup": ("broke up",), "sinking": ("sank",), "death": ("died",)}
_SUBJECT_STOP = {"The", "A", "An", "When", "After", "Before", "Since", "Until", "As", "In", "On", "Then", "And", "But",
                 "Because", "While", "Once", "If", "Though", "Although", "So", "Why", "How", "Where",
                 "He", "She", "They", "It", "We", "I", "You", "Who"}
# "Russia's", "Russians'", "its", "the US-led", "Russian", "Soviet": whoever did it.
_WORD = r"[A-Z][\w.&-]*"
# Not the end of a word with an apostrophe ("the L'Aquila earthquake" has no agent "Aquila").
_AGENT = _Lazy(rf"(?P<agent>(?<![\w'’])(?:{_WORD}\s+){{0,2}}{_WORD}|\b(?:its|their|his|her))(?P<poss>['’]s|(?<=s)['’])?\s+$")
_HEAD = _Lazy(r"summit(?:\s+(?:meeting|talks))?(?![\w-])", re.IGNORECASE)

# Anaphora to the article's own event: "the meeting", "the summit", "the talks", "the
# gathering", "the previous gathering", "the next summit" (not "the first meeting": the
# first ever of a kind). Only with a place or a date after the head (see `_anaphors`).
_ANAPHOR_HEADS = ("meeting", "summit", "talks", "gathering", "conference")
_ANAPHOR = _Lazy(r"(?<![\w-])(?:[Tt]he|[Tt]his)\s+(?:(?P<which>previous|last|next|preceding|following)\s+)?"
                      r"(?P<head>summit\s+meeting|meeting|summit|talks|gathering|conference)(?![\w'’-])")
# What every anaphor that makes a mention holds (see `_anaphors`): its head, then a comma or
# the first word (whole) of a place, a date or a participle after it (`_VENUE`, `post_place`,
# `_POST_DATE`, `_NOYEAR_AFTER`, `_REL_AFTER`, `_PARTICIPLE` but for its main verbs, which
# an anaphor does not take). Led by the head, without "the" (searched fast): "The meeting
# lasted 88 hours", "the conference hall" have none.
_ANAPHOR_GATE = _Lazy(
    r"(?:summit|meeting|talks|gathering|conference)(?![\w'’-])(?=,|\s+(?:in|at|on|of|by|earlier|later|last|next|this|"
    rf"which|that|was|were|had|is|are|will|conference|summit|talks|meeting|treaty|agreement|accord|deal|{_DONE})\b)")
_WHICH = {None: "this", "previous": "previous", "last": "previous", "preceding": "previous",
          "next": "next", "following": "next"}
# A venue after an anaphor: "at the Capella hotel on Sentosa island", "at the new Bharat
# Mandapam convention centre": the venue's name, and the place it stands in if written.
_VENUE_NOUN = (r"(?:(?:convention|conference|exhibition|congress|summit|media|state|presidential|royal)\s+)?"
               r"(?:hotel|resort|centre|center|hall|palace|castle|house|villa|estate|complex|building|stadium|museum|"
               r"residence|retreat|venue|lodge|manor|pavilion|chateau|château)")
_ANAPHOR_VENUE = _Lazy(
    rf"\s+at\s+(?:the\s+)?(?:(?:new|old|former|historic|grand|luxury|seaside)\s+)?(?P<venue>{_CAP}(?:\s+{_CAP}){{0,3}})"
    rf"\s+{_VENUE_NOUN}(?![\w-])(?:\s+(?:on|in)\s+(?P<where>{_CAP}(?:\s+{_CAP}){{0,2}})(?:\s+[Ii]sland)?(?![\w-]))?")
# An ellipsis at a sentence's start for an event of the sentence before: "It was NATO's
# second summit in Madrid. The first, in July 1997, ..." (see `EventFinder.ellipsis`).
_ELLIPSIS = _Lazy(r"\s*(?P<det>The|the)\s+(?P<which>first|previous|last|earlier|latest)(?:\s+one)?(?=,\s+(?:held\s+)?(?:in|on)\s)")
_ORDINAL_HEAD = _Lazy(r"(?<![\w-])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                           r"\s+(?P<head>summit|meeting|conference|gathering)(?![\w-])")
_NEIGHBOUR_BEFORE = _Lazy(r"(?<![\w-])[Tt]he\s+(?:previous|last|next|preceding|following)\s+$")
_COMMA_IN = _Lazy(r",(?=\s+(?:in|at)\s+[A-Z])")
_SENTENCE_END = _Lazy(r"[.!?][\"”’)]?\s+(?=[\"“A-Z])")
# A context for an event named without its country ("Erdogan also invoked the failed coup of
# July 2015"): the capitalised phrases before it; the verifier takes the nearest it resolves.
_CONTEXT = _Lazy(r"(?<![\w’'.-])(?P<ctx>(?:[A-Z][\w’'-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]*|[A-Z]\.))*)(?:['’]s)?(?![\w’'-])")
_DEFINITE = _Lazy(r"(?<![\w-])[Tt]he\s+$")
# --- which finders may find something in a sentence (see `EventFinder.might_match`) ---------
# Each finder's matches hold a word that is a whole token (a run of word characters) of the
# sentence lower-cased: a set of those tokens rules most finders out faster than their regexes
# scan. The case-insensitive patterns match an ASCII letter only to its two cases, except to
# the characters below (as `claims.extract._FOLDS_ODDLY`): a sentence with one is lower-cased
# with each of them as the ASCII letter it matches (`_AS_ASCII`).
_FOLDS_ODDLY = _Lazy("[\u0130\u0131\u017f\u212a]")
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TOKEN = _Lazy(r"\w+")
# The words of a trip (`_TRIP`: "visited", "flew to", "a visit to", "trip to"), and what every
# trip holds (a sentence with one of the words is looked at again).
_TRIP_WORDS = frozenset({"visited", "toured", "travelled", "traveled", "flew", "went", "came", "returned", "visit", "trip"})
# By word: "visited", "toured", or the word and "to" ("came to", "a visit to"); each led by its
# word, which the engine looks for fast (a leading `\b`, or one alternation of the words,
# would have it try every character).
_TRIP_WORDS_B = frozenset(w.encode() for w in _TRIP_WORDS)
_TRIP_WORD_GATES = {w.encode(): _Lazy(w + r"\b" if w in ("visited", "toured") else w + r"\s+to\b") for w in _TRIP_WORDS}
# What every meeting (`_MET`) holds: "met", then the place's "in|at" and capital, with the
# second side's name words between them ("met with Putin in", "and Putin met in"). Most
# sentences with "met" have none ("met Canadian Minister of ... in", "met X, the minister, in").
_MET_GATE = _Lazy(r"met\s+(?:(?:with\s+)?(?:[A-Z][\w’'.-]*\s+){1,4})?(?:in|at)\s+[A-Z]")
# What every date that `post_date` or `_pre_date` reads holds (see `_DATE_ANY`, `_NOYEAR_*`,
# `_REL_*`): a year, a month's name, or a word of a relative date. `_DATEISH` takes any digit
# ("42 delegates"); a sentence with neither a year nor one of its words has a date only as
# "Last month's" (`_REL_BEFORE` ignores case), with a digit elsewhere (see `_dated`).
_YEAR_ANY = _Lazy(r"(?:1[6-9]|20)\d\d")  # (led by its first digits: searched fast)
_DATE_WORDS = _Lazy(_DATEISH.pattern.partition("|")[2])  # `_DATEISH` but its digit
# (lower-cased, as tokens: every word `_DATE_WORDS` matches is one of these)
_DATE_TOKENS = frozenset(w.encode() for w in (*MONTHS, "last", "next", "this", "earlier", "later"))


def _dated(s: str, folded: str, tokens: list[bytes]) -> bool:
    """What `_DATEISH` says of `s`, but False also where no date can be read (no year, month
    or relative date: "Some 42 delegates attended ... the conference hall"). `folded`,
    `tokens`: `s` lower-cased and its words, as `EventFinder._gates_of` has them: a word of
    `_DATE_WORDS` is searched for only where the tokens hold it, and "last month's" ignoring
    case where `folded` holds "last", "next" or "this" (each ASCII letter of `s` is there in
    lower case, whatever case `s` has it in)."""
    if _YEAR_ANY.search(s) is not None:
        return True
    if not _DATE_TOKENS.isdisjoint(tokens) and _DATE_WORDS.search(s) is not None:
        return True
    return ("last" in folded or "next" in folded or "this" in folded) and _DATEISH.search(s) is not None


# Words as likely in a sentence without an event as in one with: never the key of a phrase
# that has another word (nor, after them, the words of titles, countries and places: see
# `EventFinder`).
_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "and", "or", "with",
                             "against", "between", "into", "over", "after", "before", "s", "de", "la", "le", "el"})
_CALENDAR_WORDS = frozenset({*MONTHS, *WEEKDAYS, "day", "year", "first", "second", "third", "new"})


def _ranked(phrases, common: frozenset[str] = _CALENDAR_WORDS) -> list[list[str]] | None:
    """The words of each phrase of a word alternation (`Vocabulary.alternation`), lower-cased,
    that every match of the phrase holds as whole tokens: runs of ASCII word characters
    between non-word ASCII characters or the ends of the phrase (the alternation puts
    whitespace or a hyphen between words and wants no word character around a match). None
    when a phrase has none (all its words hold other characters): then no word rules that
    finder out. Best first: the likeliest to be missing from a sentence without the phrase,
    which is no function word, no `common` one, a common noun (written in lower case in some
    phrase: the sort of event, "referendum", "coronation"), not a number, the longest."""
    runs_of = []
    nouns = set()
    for phrase in phrases:
        runs = [r.group() for r in _TOKEN.finditer(phrase) if r.group().isascii()
                and phrase[r.start() - 1:r.start()].isascii() and phrase[r.end():r.end() + 1].isascii()]
        if not runs:
            return None
        nouns.update(w for w in runs if w.islower())
        runs_of.append(list(dict.fromkeys(w.lower() for w in runs)))
    return [sorted(runs, key=lambda w: (w in _FUNCTION_WORDS, w in common, w not in nouns, w.isdigit(), -len(w)))
            for runs in runs_of]


def _pairs(phrases, common: frozenset[str] = _CALENDAR_WORDS) -> dict[str, frozenset[str] | None] | None:
    """{best word: the second words} of the phrases (see `_ranked`): a sentence that holds
    none of the phrases' best words, or only some without one of their second words, has no
    match. A best word that is some phrase's only word maps to None."""
    ranked = _ranked(phrases, common)
    if ranked is None:
        return None
    seconds: dict[str, set[str] | None] = {}
    for runs in ranked:
        if len(runs) == 1:
            seconds[runs[0]] = None
        elif seconds.get(runs[0], ()) is not None:
            seconds.setdefault(runs[0], set()).add(runs[1])
    return {first: None if second is None else frozenset(second) for first, second in seconds.items()}


def _encoded(words) -> frozenset[bytes]:
    return frozenset(w.encode() for w in words)


def _encoded_pairs(pairs: dict[str, frozenset[str] | None] | None) -> dict[bytes, frozenset[bytes] | None] | None:
    return None if pairs is None else {k.encode(): None if v is None else _encoded(v) for k, v in pairs.items()}


def _holds(pairs: dict[bytes, frozenset[bytes] | None] | None, hits: frozenset[bytes], tokens: list[bytes]) -> bool:
    """May a sentence of these tokens (`hits`: those that may be best words) hold a phrase of `_pairs`?"""
    if pairs is None:
        return True
    for word in hits:
        second = pairs.get(word, False)  # (False: no phrase's best word)
        if second is None or (second and not second.isdisjoint(tokens)):
            return True
    return False


# The words of a sentence (lower-cased, encoded as UTF-8) are the runs of bytes this table
# leaves alone: the ASCII word characters ([A-Za-z0-9_]). In a sentence not ASCII, each
# character that is not ASCII parts words, a letter too ("ğ"): each ASCII word (its
# neighbours not word characters) is a run all the same, and so are the ASCII pieces of
# other words ("erdo", "an" of "erdoğan"), which only let more sentences through.
_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 0x5f else 0x20 for c in range(128)) + bytes([0x20]) * 128


class _Gates(NamedTuple):
    """Which finders may find a mention in a sentence: False only where a word every match
    of the finder holds is missing. `dated`: what `_DATEISH` says (looked for only when a
    finder that needs a date may find something); `said`: the verb words of the sentence
    (lower case), or None to find them with `verb_trigger`."""

    summit: bool = True
    appositive: bool = True
    alias: bool = True
    meeting: bool = True
    verb: bool = True
    trip: bool = True
    generic: bool = True
    anaphor: bool = True
    death: bool = True
    dated: bool = True
    said: frozenset[str] | None = None

    def any(self) -> bool:
        return self.summit or self.appositive or self.alias or self.meeting or self.anaphor or self.death or (
            self.dated and (self.verb or self.trip or self.generic))


_ALL = _Gates()
# The words of an anaphor (`_ANAPHOR`; "summit" is looked for as a substring) and of an
# ellipsis (`_ELLIPSIS`, looked for only at a sentence's start).
_ANAPHOR_WORDS = frozenset(w.encode() for w in _ANAPHOR_HEADS)
_ELLIPSIS_WORDS = frozenset(w.encode() for w in ("first", "previous", "last", "earlier", "latest"))
_NONE = _Gates(*[False] * 10, frozenset())


# --- searching back from a position ---------------------------------------------------------
# What stands before a name is found by patterns anchored at its start ("...\s+$" searched
# in s[:lo]), which `search` tries at every position from the sentence start. A match of
# most of them spans a bounded number of chunks (runs of characters that are neither
# whitespace nor commas, the only characters their unbounded repeats take): the search can
# start after the chunk before the last ones, and finds the same match.
_RUN = _Lazy(r"[^\s,]+")
_NO_CHAR, _SEP_CHARS, _RUN_CHARS, _ANY_CHARS = 0, 1, 2, 3  # what a piece of pattern may match


@lru_cache(maxsize=1)
def _separators() -> frozenset[str]:
    """What parts chunks: whitespace (`\\s`, none above U+3000) and the comma."""
    return frozenset(re.findall(r"\s", "".join(map(chr, range(0x3001))))) | {","}


def chunk_bound(pattern: re.Pattern) -> int | None:
    """The most chunks (see `_RUN`) a match of `pattern` can span, None if unbounded or not known."""
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # pragma: no cover - another implementation: search from the start
        return None
    unbounded = ValueError
    separators = _separators()

    def of_class(items) -> int:
        kinds = set()
        for op, av in items:
            if op is c.LITERAL:
                kinds.add(_SEP_CHARS if chr(av) in separators else _RUN_CHARS)
            elif op is c.RANGE:
                seps = sum(av[0] <= ord(ch) <= av[1] for ch in separators)
                kinds.add(_RUN_CHARS if not seps else _SEP_CHARS if seps == av[1] - av[0] + 1 else _ANY_CHARS)
            elif op is c.CATEGORY and av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                kinds.add(_SEP_CHARS)
            elif op is c.CATEGORY and av in (c.CATEGORY_WORD, c.CATEGORY_UNI_WORD, c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                kinds.add(_RUN_CHARS)
            else:  # a negated class, or anything else
                return _ANY_CHARS
        return kinds.pop() if len(kinds) == 1 else _ANY_CHARS

    def of_alternatives(alternatives) -> tuple[int, int]:
        found = [of_sequence(a) if a is not None else (_NO_CHAR, 0) for a in alternatives]
        kinds = {k for k, _ in found} - {_NO_CHAR}
        kind = kinds.pop() if len(kinds) == 1 else _NO_CHAR if not kinds else _ANY_CHARS
        return kind, max(n for _, n in found)

    def of_item(op, av) -> tuple[int, int]:
        """(kind, most chunks) of one item of a parsed pattern."""
        if op is c.LITERAL:
            return (_SEP_CHARS, 0) if chr(av) in separators else (_RUN_CHARS, 1)
        if op in (c.NOT_LITERAL, c.ANY):
            return _ANY_CHARS, 1
        if op is c.IN:
            kind = of_class(av)
            return kind, 0 if kind == _SEP_CHARS else 1
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # no character of the match
            return _NO_CHAR, 0
        if op is c.SUBPATTERN:
            return of_sequence(av[-1])
        if op is c.ATOMIC_GROUP:
            return of_sequence(av)
        if op is c.BRANCH:
            return of_alternatives(av[1])
        if op is c.GROUPREF_EXISTS:
            return of_alternatives(av[1:])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            kind, n = of_sequence(av[2])
            if kind != _ANY_CHARS or n == 0:
                return kind, n  # a run, separators or nothing, however often
            if av[1] == c.MAXREPEAT:
                raise unbounded
            return kind, n * av[1]
        raise unbounded  # a back reference, or an item not known here

    def of_sequence(items) -> tuple[int, int]:
        # A run of items that match only run characters makes one chunk at most; each other
        # item its own.
        total, in_run, kinds = 0, False, set()
        for op, av in items:
            kind, n = of_item(op, av)
            kinds.add(kind)
            if kind == _RUN_CHARS:
                total += 0 if in_run else 1
                in_run = True
            elif kind != _NO_CHAR:
                total += n
                in_run = False
        kinds.discard(_NO_CHAR)
        kind = kinds.pop() if len(kinds) == 1 else _NO_CHAR if not kinds else _ANY_CHARS
        return kind, 1 if kind == _RUN_CHARS else total

    try:
        return of_sequence(_parser.parse(pattern.pattern, pattern.flags))[1]
    except (unbounded, RecursionError, AttributeError, TypeError):
        return None


@lru_cache(maxsize=1)
def _fixed_bounds() -> dict[re.Pattern, int | None]:
    """The chunk bounds of the patterns searched back that do not depend on the vocabulary."""
    return {p: chunk_bound(p) for p in (_PRE_DATE, _DATE_END, _BEFORE_DATE, _REL_BEFORE, _NOYEAR_BEFORE, _AGENT, _MODAL)}


def search_back(pattern: re.Pattern, s: str, lo: int, bound: int | None, backwards: str | None):
    """`pattern.search(s, 0, lo)` for a pattern whose matches span at most `bound` chunks
    (None: unknown): searched from the end of the chunk before the last `bound` ones of
    s[:lo] (the last one maybe cut at lo), where a match must start. `backwards`: `s[::-1]`,
    in which those chunks are matched from `lo` back (`_back_over`)."""
    if bound is None or backwards is None:
        return pattern.search(s, 0, lo)
    over = _back_over(bound).match(backwards, len(s) - lo)
    return pattern.search(s, len(s) - over.end() if over else 0, lo)


@lru_cache(maxsize=16)
def _back_over(bound: int) -> re.Pattern:
    """`bound` chunks and the separators around them, matched in a text written backwards
    (possessive: a chunk is never matched as two)."""
    return re.compile(r"[\s,]*+(?:[^\s,]++[\s,]*+){%d}" % bound)


@dataclass
class Mention:
    """One event mention in a sentence: offsets are into the sentence text."""

    shape: str  # "alias" | "summit"
    start: int
    end: int
    slots: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    after_region: bool = False  # ends at a region closed by a comma ("in Antalya, Turkey,")
    possessive: bool = False  # the agent is written as a possessive ("Russia's")

    def put(self, key: str, value: str, lo: int) -> None:
        self.slots[key] = value
        self.spans[key] = (lo, lo + len(value))


def iso_of(date_text: str) -> str | None:
    """ISO text at the written precision of a date written in news style (a range of days
    by its first day)."""
    date_text = RANGE_END_RE.sub("", date_text, count=1)
    m = DATE_RE.fullmatch(date_text)
    if m:
        year, month, dom = date_parts(m)
        return None if year is None else f"{year:04d}-{month:02d}-{dom:02d}"
    m = MONTH_YEAR_RE.fullmatch(date_text)
    if m:
        return f"{int(m.group('y')):04d}-{month_number(m.group('m')):02d}"
    m = YEAR_RE.fullmatch(date_text)
    return m.group("y") if m else None


def md_of(date_text: str) -> str | None:
    """"MM-DD" or "MM" of a date written without a year ("Aug. 19", "June")."""
    m = re.fullmatch(r"(?P<m>[A-Za-z]+\.?)(?:\s+(?P<d>\d+)(?:st|nd|rd|th)?)?", RANGE_END_RE.sub("", date_text.strip(), count=1))
    if not m:
        return None
    try:
        month = month_number(m.group("m"))
    except KeyError:
        return None
    return f"{month:02d}-{int(m.group('d')):02d}" if m.group("d") else f"{month:02d}"


class EventFinder:
    def __init__(self, vocabulary: Vocabulary):
        self._last: tuple[str, list[Mention]] | None = None  # see `mentions`
        aliases = [a for a in vocabulary.event_aliases if not _HEAD.search(a.split()[-1])]
        # an organisation ("NATO") is neither a place nor a side: "the 2008 NATO summit" names a series
        countries = sorted(set(vocabulary.countries) - set(vocabulary.organisations))
        places = sorted(set(vocabulary.event_places) | set(vocabulary.capitals) | set(countries))
        self.places = frozenset(places)
        qualifiers = set()
        for a in vocabulary.event_aliases:
            words = a.split()
            if len(words) > 1 and _HEAD.fullmatch(words[-1]):
                q = " ".join(words[:-1])
                if q not in self.places and not q[0].isdigit():
                    qualifiers.add(q)
        self.qualifiers = frozenset(q.lower() for q in qualifiers)
        self.alias_re = vocabulary.compile(vocabulary.alternation(aliases), re.IGNORECASE) if aliases else None
        # The same matches found in the sentence lower-cased (`claims.patterns.fold`), at half the
        # cost or less (a case-insensitive trie is tried branch by branch); None where the
        # engine's tables are not known (then `alias_re` is searched)
        self.alias_folded = self._folded(vocabulary, aliases) if aliases else None
        place_alt = vocabulary.alternation(places) if places else r"(?!)"
        qual_alt = vocabulary.alternation(qualifiers) if qualifiers else r"(?!)"
        country_alt = vocabulary.alternation(countries) if countries else r"(?!)"
        side = rf"(?:{country_alt}|{_CAP})"
        # A pair of sides: "US-Russia", "U.S.-Russian", "Biden-Putin", "US-North Korea".
        self.pair = rf"(?:{side}(?:\s*[-–]\s*{side})+)"
        self.place_re = vocabulary.compile(rf"(?P<place>{place_alt})")
        self.premod_re = vocabulary.compile(
            rf"(?:(?P<qualifier>{qual_alt})|(?P<place>{place_alt})|(?P<pair>{self.pair}))\s+$")
        self.country_re = vocabulary.compile(rf"(?:{country_alt})\s+$")
        party = rf"(?:the\s+)?(?:{_CAP}\s+){{0,4}}{_CAP}"
        # A known place must end the name: "in the Spanish Hall" is no place "Spanish".
        self.post_place = vocabulary.compile(
            rf"\s+(?:in|at)\s+(?:the\s+)?(?P<place>{place_alt})(?![\w-])(?![’']s)(?!\s+(?!{_CALENDAR_WORD.pattern})[A-Z])")
        # A place the base does not know ("Cornwall", "Salisbury"): claims on it verify or stay unknown.
        self.post_loose = re.compile(
            r"\s+(?:in|at)\s+(?P<place>[A-Z][\w’'.-]*[\w](?:\s+[A-Z][\w’'-]*[\w]){0,2})(?![\w-])(?![’']s)")
        self.post_between = re.compile(rf"\s+between\s+(?P<a>{party}?)\s+and\s+(?P<b>{party}?)(?=[\s,.;:)]|$)")
        self.post_with = re.compile(rf"\s+with\s+(?P<b>{party}?)(?=[\s,.;:)]|$)")
        self.agent_before_verb = vocabulary.compile(rf"(?P<agent>{country_alt}|{_CAP}(?:\s+{_CAP}){{0,2}})\s+$")
        self.country_full = vocabulary.compile(country_alt)
        # A known place just before a name: "the Cleveland convention", "the Rio de Janeiro Olympics";
        # not a capital, which stands for its government ("the Moscow annexation").
        pre_places = sorted(set(vocabulary.event_places) - set(vocabulary.capitals) - set(countries))
        self.pre_place = vocabulary.compile(rf"(?P<place>{vocabulary.alternation(pre_places) if pre_places else '(?!)'})\s+$")
        # The most chunks (see `search_back`) a match of each pattern searched back spans: a
        # match of a word alternation spans no more than its longest word (only whitespace
        # and hyphens, which join, stand between the words of a match).
        self.bounds = {**_fixed_bounds(), self.pre_place: max((len(_RUN.findall(p)) for p in pre_places), default=0)}
        self._backwards: tuple[str | None, str] = (None, "")  # the last sentence, and it written backwards
        self.in_name_place = vocabulary.compile(rf"(?<![\w-])(?:in|on|at)\s+(?:the\s+)?(?P<place>{place_alt})")
        # Words of the base's event names: what an attributive word before a generic head may be
        # ("the Brexit vote", "the Kobe quake"); another one ("the Senate vote") makes no claim.
        self.alias_words = frozenset(w.lower() for a in vocabulary.event_aliases for w in re.findall(r"[\w’'-]+", a))
        heads = self._heads(vocabulary.event_aliases)
        # one word trie (a regex alternation of the words is slower)
        self.generic_re = vocabulary.compile(vocabulary.alternation(sorted(_GENERIC) + heads), re.IGNORECASE)
        self.generic_folded = self._folded(vocabulary, sorted(_GENERIC) + heads)  # (as `alias_folded`)
        self.appositive_nouns, self.noun_aliases = self._appositive(vocabulary.event_aliases)
        self.verbs = self._verb_forms(vocabulary.event_aliases, vocabulary.compile)
        prizes = sorted(a for a in vocabulary.event_aliases if _PRIZE_ALIAS.fullmatch(a))
        self.awards = self._award_patterns(vocabulary.alternation(prizes), vocabulary.compile) if prizes else []
        self.verbs_by_word: dict[str, list[int]] = {}  # verb word → the verb forms (indexes) that use it
        for i, (_, _, verb_words, _) in enumerate(self.verbs):
            for w in set(verb_words):
                self.verbs_by_word.setdefault(w, []).append(i)
        verb_words = {w for forms in (*_TRANSITIVE.values(), *_INTRANSITIVE.values(), *_FROM_POWER.values(),
                                      *_SUBJECT_NOUNS.values())
                      for f in forms for w in f.split()[-1:]}
        self.verb_trigger = re.compile(r"\b(?:%s)\b" % "|".join(sorted(verb_words)), re.IGNORECASE)
        # what `might_match` looks for, from the same words as the patterns (see `_Gates`)
        common = _CALENDAR_WORDS | {w.lower() for name in (*vocabulary.titles, *vocabulary.countries, *places)
                            for w in _TOKEN.findall(name)}
        # (as bytes: the words of a sentence are found fastest as bytes, see `_gates_of`)
        self.alias_pairs = _encoded_pairs(_pairs(aliases, common))
        self.generic_pairs = _encoded_pairs(_pairs(sorted(_GENERIC) + heads))
        self.verb_words = _encoded(w.lower() for w in verb_words)
        self.trip_words = _TRIP_WORDS_B
        self.apposition_words = _encoded(self.appositive_nouns)
        # every word above that a sentence must hold for a finder (but `_HEAD`) to find anything
        self.first_words = None if self.alias_pairs is None or self.generic_pairs is None else frozenset(
            {*self.alias_pairs, *self.generic_pairs, *self.verb_words, *self.trip_words, b"met", *self.apposition_words,
             *_ANAPHOR_WORDS, *_ELLIPSIS_WORDS, b"died"})
        self._gated: tuple[str | None, _Gates, bool] = (None, _ALL, True)  # the last sentence's (see `_gates`)

    @staticmethod
    def _folded(vocabulary: Vocabulary, words) -> re.Pattern | None:
        """`vocabulary.alternation(words)` ignoring case, as a pattern searched in `fold(s)`."""
        lower = vocabulary.patterns.folded_alternation(words)
        return None if lower is None else vocabulary.compile(lower)

    def _scan(self, pattern: re.Pattern, folded_pattern: re.Pattern | None, s: str):
        """`pattern.finditer(s)` (a case-insensitive word alternation): the same matches found
        in `s` lower-cased where `fold` gives it (the grammars' filters asked for it just before)."""
        lower = fold(s) if folded_pattern is not None else None
        return pattern.finditer(s) if lower is None else folded_pattern.finditer(lower)

    @staticmethod
    def _heads(aliases) -> list[str]:
        """Common nouns that end at least `_HEAD_MIN_ALIASES` event aliases ("convention",
        "debate", "earthquake"): a phrase ending in one names an event of that sort. Proper
        names ("Olympics", "Ukraine") and the summit head (a shape of its own) are not heads."""
        counts: dict[str, int] = {}
        common = set()
        for a in aliases:
            words = a.split()
            if len(words) < 2 or not words[-1].isalpha():
                continue
            last = words[-1].lower()
            counts[last] = counts.get(last, 0) + 1
            if words[-1].islower():
                common.add(last)
        return sorted(w for w, n in counts.items()
                      if n >= _HEAD_MIN_ALIASES and w in common and not _HEAD.fullmatch(w) and w not in _GENERIC)

    @staticmethod
    def _appositive(aliases) -> tuple[frozenset[str], dict[str, str]]:
        """"the poisoning of a former Russian spy, Sergei Skripal," is the alias "poisoning of
        Sergei Skripal" with a description put before the name: the nouns of aliases "<noun>
        of <Name>", and those aliases by their folded text."""
        named: dict[str, str] = {}
        for a in aliases:
            m = re.fullmatch(r"(?P<noun>[a-z]+)\s+of\s+(?P<obj>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})", a)
            if m:
                named[f"{m.group('noun')} of {m.group('obj')}".lower()] = a
        return frozenset(k.split()[0] for k in named), named

    @staticmethod
    def _award_patterns(prize_alt: str, compile=re.compile) -> list[tuple[str, re.Pattern]]:
        """The shapes of an award won: (form, pattern) with groups `who` (`who2`), `prize`, `year`."""
        prize = rf"(?P<prize>(?i:{prize_alt}))(?![\w-])"
        # a name, or an organisation's ("Intergovernmental Panel on Climate Change")
        who = r"(?P<who>(?:[A-Z][\w’'-]++|(?:[A-Z]\.)++)(?:\s+(?:(?:of|on|for|the)\s+)?(?:[A-Z][\w’'-]++|(?:[A-Z]\.)++)){0,5})"
        return [
            # "Obama, who won the Nobel Peace Prize in 2009", "Malala Yousafzai won the 2014 Nobel Peace Prize"
            ("won", compile(rf"{who}(?:\s+and\s+(?P<who2>{_NAME_HELD}))?(?:,?\s+(?:who|which|that))?(?:\s+(?:has|have|had|also|jointly|later|would|could|might|may|will|should|must|can|not|never))*"
                            rf"\s+(?P<verb>{_AWARD_VERB})\s+(?:the\s+|a\s+)?{_YEAR_BEFORE}{prize}")),
            # "Malala Yousafzai, the 2014 Nobel Peace Prize laureate"
            ("apposition", compile(rf"{who},\s+(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}{_YEAR_BEFORE}{prize}\s+{_LAUREATE}(?![\w-])")),
            # "Nobel Peace Prize laureate Malala Yousafzai", "2009 Nobel Peace Prize winner Barack Obama"
            ("laureate", compile(rf"{_YEAR_BEFORE}{prize}\s+{_LAUREATE}\s+{who}")),
            # "the 2007 Nobel Peace Prize, shared by Al Gore and the IPCC"
            ("by", compile(rf"{_YEAR_BEFORE}{prize},?\s+(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?"
                           rf"(?P<verb>shared|won|awarded|given)\s+(?:by|to)\s+(?:the\s+)?{who}"
                           rf"(?:,?\s+and\s+(?:the\s+)?(?P<who2>{_NAME_HELD}))?")),
        ]

    @staticmethod
    def _verb_forms(aliases, compile=re.compile) -> list[tuple[re.Pattern, str, tuple[str, ...], str]]:
        """(pattern, alias, verb words, object key) for the verb forms of aliases "<noun>
        of|in|from <object>": a pattern is tried only on a sentence that has one of its verb
        words and its object key (the object's first word, lower case)."""
        out = []
        seen = set()
        for alias in sorted(set(aliases)):
            subject = _subject_form(alias, compile)
            if subject is not None and subject[0].pattern not in seen:
                seen.add(subject[0].pattern)
                out.append(subject)
            m = re.fullmatch(r"(?P<noun>[a-z]+)\s+(?P<prep>of|in|from|on)\s+(?P<obj>.+)", alias)
            if not m:
                continue
            noun, prep, obj = m.group("noun"), m.group("prep"), re.escape(m.group("obj")).replace(r"\ ", r"\s+")
            key = m.group("obj").split()[0].lower()
            obj = rf"(?<![\w-]){obj}(?![\w-])"

            def words(forms):
                return tuple(f.split()[-1].lower() for f in forms)
            if noun in _FROM_POWER and prep == "of":
                verbs = "|".join(_FROM_POWER[noun])
                out.append((compile(rf"(?P<verb>\b(?:{verbs}))\s+(?P<obj>{obj}){_FROM_POWER_TAIL}", re.IGNORECASE), alias,
                            words(_FROM_POWER[noun]), key))
            if noun in _TRANSITIVE and (prep == "of" or (noun, prep) in (("intervention", "in"), ("withdrawal", "from"))):
                verbs = "|".join(v.replace(" ", r"\s+") for v in _TRANSITIVE[noun])
                link = r"\s+in\s+" if prep == "in" else r"\s+from\s+" if prep == "from" else r"\s+"
                out.append((compile(rf"(?P<verb>\b(?:{verbs})){link}(?P<obj>{obj})", re.IGNORECASE), alias,
                            words(_TRANSITIVE[noun]), key))
                if prep == "of":
                    out.append((compile(
                        rf"(?P<obj>{obj})\s+(?:was|were)\s+(?P<verb>(?:{verbs}))(?:\s+by\s+(?P<by>(?-i:{_CAP}(?:\s+{_CAP})?)))?",
                        re.IGNORECASE), alias, words(_TRANSITIVE[noun]), key))
            elif noun in _INTRANSITIVE and prep == "of":
                verbs = "|".join(v.replace(" ", r"\s+") for v in _INTRANSITIVE[noun])
                out.append((compile(rf"(?P<obj>{obj})\s+(?P<verb>(?:{verbs}))\b", re.IGNORECASE), alias,
                            words(_INTRANSITIVE[noun]), key))
        return out

    # --- shared pieces -----------------------------------------------------------------

    def _date_after_locative(self, m: Mention, s: str) -> None:
        """"touched down near the moon's south pole on Aug. 23": for a landing or a crash, a
        date after a place written in lower case (which is not read)."""
        loc = _LOCATIVE.match(s, m.end)
        if loc:
            at, m.end = m.end, loc.end()
            self.post_date(m, s)
            if "date" not in m.slots:
                m.end = at

    def _search_back(self, pattern: re.Pattern, s: str, lo: int):
        """`pattern.search(s, 0, lo)`, for a pattern that ends at `lo` (see `search_back`)."""
        bound = self.bounds.get(pattern)
        if bound is None:
            return pattern.search(s, 0, lo)
        backwards = self._backwards  # (read once: the pair is replaced whole)
        if backwards[0] != s:
            backwards = self._backwards = (s, s[::-1])
        return search_back(pattern, s, lo, bound, backwards[1])

    def _before(self, m: Mention, s: str, lo: int) -> int:
        """Agent ("Russia's", "its", "US-led", "Russian"), attributive date ("2014", "June
        2016") and place ("the Cleveland convention") before position `lo`, in any order;
        returns the new start of the phrase."""
        for _ in range(2):
            at = lo
            lo = self._pre_date(m, s, lo)
            lo = self._place_before(m, s, lo)
            lo = self._agent(m, s, lo)
            if lo == at:  # nothing found (each find moves `lo`): a second round finds nothing either
                break
        return lo

    def _place_before(self, m: Mention, s: str, lo: int) -> int:
        """A known place where events happened, not a country or a capital (before a name they
        say who did it: "the Russian annexation", "the Moscow-backed vote"), and not a
        possessive ("Rio's Olympics" is an agent)."""
        if "place" in m.slots or "agent" in m.slots or lo == 0 or not s[lo - 1].isspace():
            return lo
        p = self._search_back(self.pre_place, s, lo)
        if not p or self.country_full.fullmatch(p.group("place")) or (p.start() and s[p.start() - 1] in "'’"):
            return lo
        m.put("place", p.group("place"), p.start("place"))
        m.slots["place_position"] = "before"
        return p.start()

    def _pre_date(self, m: Mention, s: str, lo: int) -> int:
        if "date" in m.slots:
            return lo
        # (a date with a year holds a digit, and ends as `_DATE_END` says: without both before
        # `lo`, none is searched for)
        d = self._search_back(_PRE_DATE, s, lo) if _ASCII_DIGIT.search(s, 0, lo) and \
            self._search_back(_DATE_END, s, lo) else None
        if not d or self._search_back(_BEFORE_DATE, s, d.start()):
            return self._pre_date_noyear(m, s, lo)
        iso = iso_of(d.group("date"))
        if not iso:  # "the Feb. 6 earthquakes": a day without a year
            return self._pre_date_noyear(m, s, lo)
        m.put("date", d.group("date"), d.start("date"))
        m.slots["date_iso"], m.slots["date_position"] = iso, "before"
        return d.start()

    def _pre_date_noyear(self, m: Mention, s: str, lo: int) -> int:
        # (nor is a relative date searched for without "month" or "year", a day or a month
        # without a month's name: cheaper tests than the searches)
        low = fold(s)
        r = self._search_back(_REL_BEFORE, s, lo) if low is None or low.find("month", 0, lo) >= 0 or \
            low.find("year", 0, lo) >= 0 else None
        if r:
            m.put("date", r.group("date"), r.start("date"))
            m.slots["date_rel"], m.slots["date_position"] = rel_of(r.group("date")), "before"
            return r.start()
        d = self._search_back(_NOYEAR_BEFORE, s, lo) if _MONTH_START.search(s, 0, lo) else None
        md = md_of(d.group("date")) if d else None
        if not md:
            return lo
        m.put("date", d.group("date"), d.start("date"))
        m.slots["date_md"], m.slots["date_position"] = md, "before"
        return d.start("date")

    def _agent(self, m: Mention, s: str, lo: int) -> int:
        if "agent" in m.slots:
            return lo
        a = self._search_back(_AGENT, s, lo)
        if not a:
            return lo
        words = a.group("agent").split()
        while words and words[0] in ("The", "A", "An", "This", "That"):
            words.pop(0)
        if not words:
            return lo
        agent = " ".join(words)
        at = a.end("agent") - len(agent)
        led = _LED.fullmatch(agent)
        if led:
            agent = led.group("who")
        m.put("agent", agent, at)
        m.possessive = bool(a.group("poss"))
        return at

    def post_date(self, m: Mention, s: str) -> None:
        at = m.end + 1 if m.after_region and s.startswith(",", m.end) else m.end
        d = _POST_DATE.match(s, at)
        iso = iso_of(d.group("date")) if d else None
        if iso:
            by = d.group("by")
            if by and d.group("byword") == "by" and "agent" not in m.slots:
                m.put("agent", by, d.start("by"))
            elif by and "place" not in m.slots and self.place_re.fullmatch(by):
                # "the bombing of Hiroshima on Aug. 6, 1945": what was struck, where it happened
                m.put("place", by, d.start("by"))
                m.slots["place_position"] = "after"
            m.put("date", d.group("date"), d.start("date"))
            m.slots["date_iso"], m.slots["date_position"] = iso, "after"
            m.end = d.end("date")
            return
        d = _NOYEAR_AFTER.match(s, at)
        if d:
            key = "day" if d.group("day") else "month"
            md = md_of(d.group(key))
            if md:
                m.put("date", d.group(key), d.start(key))
                m.slots["date_md"], m.slots["date_position"] = md, "after"
                m.end = d.end(key)
            return
        r = _REL_AFTER.match(s, at)
        if r:
            m.put("date", r.group("date"), r.start("date"))
            m.slots["date_rel"], m.slots["date_position"] = rel_of(r.group("date")), "after"
            m.end = r.end("date")

    def _place_after(self, m: Mention, s: str, loose: bool = True) -> bool:
        if "place" in m.slots:
            return False
        venue = _VENUE.match(s, m.end)
        if venue:
            trial = Mention(m.shape, m.start, venue.end(), m.slots, m.spans)
            if self._place_after(trial, s, loose):
                m.end, m.after_region = trial.end, trial.after_region
                return True
        p = self.post_place.match(s, m.end)
        if p:
            m.put("place", p.group("place"), p.start("place"))
            m.slots["place_position"] = "after"
            m.end = p.end("place")
            self._region(m, s)
            return True
        p = self.post_loose.match(s, m.end) if loose else None
        if p and not _NOT_PLACE.match(p.group("place").split()[0]) and not _CALENDAR_WORD.match(p.group("place")):
            m.put("place", p.group("place"), p.start("place"))
            m.slots["place_position"], m.slots["place_known"] = "after", "no"
            m.end = p.end("place")
            self._region(m, s)
            return True
        return False

    @staticmethod
    def _region(m: Mention, s: str) -> None:
        """"in Antalya, Turkey, on Nov. 15": the region between commas belongs to the place,
        so that a date after it is still the event's."""
        r = _REGION.match(s, m.end)
        if r and not _CALENDAR_WORD.match(r.group("region")):
            m.put("region", r.group("region"), r.start("region"))
            m.end = r.end("region")
            m.after_region = True

    def _tail(self, m: Mention, s: str, sides: bool = False) -> None:
        """What follows the name, in any order: a place, a date, "signed in", sides."""
        participle = False
        for _ in range(5):
            before = m.end
            if self._place_after(m, s):
                continue
            if "date" not in m.slots:
                self.post_date(m, s)
                if m.end != before:
                    continue
                t = _TARGET.match(s, m.end) if m.shape == "alias" and _ATTACK_NAME.search(m.slots.get("event", "")) \
                    else None
                if t:
                    trial = Mention(m.shape, m.start, t.start("comma") if t.group("comma") else t.end(),
                                    dict(m.slots), dict(m.spans), after_region=bool(t.group("comma")))
                    self.post_date(trial, s)
                    if "date" in trial.slots:
                        m.slots, m.spans, m.end = trial.slots, trial.spans, trial.end
                        continue
            if sides:
                b = self.post_between.match(s, m.end)
                if b and "side_a" not in m.slots:
                    m.put("side_a", b.group("a"), b.start("a"))
                    m.put("side_b", b.group("b"), b.start("b"))
                    m.end = b.end()
                    continue
                w = self.post_with.match(s, m.end)
                if w and "side_b" not in m.slots:
                    m.put("side_b", w.group("b"), w.start("b"))
                    m.end = w.end()
                    continue
            if not participle:
                p = _PARTICIPLE.match(s, m.end)
                # a main verb only after an event's name: "The summit opened on Wednesday"
                # says which days "the summit" had, not which summit it was
                if p and not (p.group("verb_main") and m.shape != "alias"):
                    trial = Mention(m.shape, m.start, p.end(), dict(m.slots), dict(m.spans))
                    self._place_after(trial, s)
                    if "date" not in trial.slots:
                        self.post_date(trial, s)
                    if trial.end > p.end():  # "signed" counts only with a place or date after it
                        if p.group("verb_main") and "place" in trial.slots and "place" not in m.slots and \
                                main_verb_of(p.group("verb_main")) != "held":
                            # "Euromaidan began in Lviv": where it began or ended, maybe one
                            # place of several it had (`place_role`: the verifier only verifies)
                            trial.slots["place_role"] = main_verb_of(p.group("verb_main"))
                        m.slots, m.spans, m.end = trial.slots, trial.spans, trial.end
                        m.slots["participle"] = main_verb_of(p.group("verb_main")) if p.group("verb_main") else \
                            participle_of(p.group("verb") or p.group("verb_rel") or p.group("verb_due"))
                        participle = True
                        continue
            break

    # --- mentions ----------------------------------------------------------------------

    def might_match(self, s: str, folded: str | None) -> bool:
        """False only when no finder can find a mention in sentence `s`, so that neither event
        grammar has a claim (`folded`: `claims.patterns.fold(s)`, `s` lower-cased; None where a
        character of `s` folds oddly, and it is lower-cased here another way: see `_gates_of`)."""
        gated = self._gated  # (read once: replaced whole)
        if gated[0] != s:
            gated = self._remember_gates(s, folded)
        return gated[2]

    def _gates(self, s: str) -> _Gates:
        """The `_Gates` of sentence `s`; kept for the last sentence, which `_find` asks for next."""
        gated = self._gated
        if gated[0] != s:
            gated = self._remember_gates(s)
        return gated[1]

    def _remember_gates(self, s: str, folded: str | None = None) -> tuple[str, _Gates, bool]:
        gates = self._gates_of(s, folded)
        gated = self._gated = (s, gates, gates is not _NONE)
        return gated

    def _gates_of(self, s: str, folded: str | None = None) -> _Gates:
        """`folded`: `s.lower()` if known (where none of _FOLDS_ODDLY is in `s`). `_NONE`
        exactly where no finder may find anything (`_Gates.any()` would be False)."""
        ascii_ = s.isascii()
        if folded is None:
            # ("İ" lower-cases to two characters; "ı", "ſ", "K" match "i", "s", "k" ignoring case)
            folded = (s.translate(_AS_ASCII) if not ascii_ and _FOLDS_ODDLY.search(s) else s).lower()
        # the words (tokens) of the sentence lower-cased, as bytes: each ASCII one, and in a
        # sentence not ASCII maybe pieces of others (see `_WORD_BYTES`)
        tokens = folded.encode().translate(_WORD_BYTES).split()
        # the tokens that are some finder's word: most sentences have none
        hits = self.first_words.intersection(tokens) if self.first_words is not None else frozenset(tokens)
        summit = "summit" in folded  # `_HEAD`
        if not hits and not summit and "_" not in s:
            return _NONE
        said = self.verb_words.intersection(hits)
        said = frozenset(map(bytes.decode, said)) if said else _NONE.said
        trip = self._trip_gate(s, hits)
        anaphor = ((summit or not _ANAPHOR_WORDS.isdisjoint(hits)) and _ANAPHOR_GATE.search(s) is not None) or (
            not _ELLIPSIS_WORDS.isdisjoint(hits) and _ELLIPSIS.match(s) is not None)
        generic = _holds(self.generic_pairs, hits, tokens)
        # "the poisoning of a former Russian spy, Sergei Skripal," (see `_appositives`): the
        # noun before " of " is a whole token, unless "_" stands before it
        appositive = "," in s and " of " in s and ("_" in s or not self.apposition_words.isdisjoint(hits))
        alias = self.alias_re is not None and _holds(self.alias_pairs, hits, tokens)
        meeting = b"met" in hits and _MET_GATE.search(s) is not None  # `_MET`
        death = b"died" in hits
        dated = bool(said or trip or generic) and _dated(s, folded, tokens)
        if not (summit or appositive or alias or meeting or anaphor or death or dated):
            return _NONE  # (most sentences with a word of some finder: no other word, no date)
        # (in a sentence not ASCII, `said` may hold a piece of a word: `_verb_mentions` finds
        # the verb words itself)
        return _Gates(summit, appositive, alias, meeting, bool(said), trip, generic, anaphor, death, dated,
                      said if ascii_ else None)

    @staticmethod
    def _trip_gate(s: str, hits: frozenset[bytes]) -> bool:
        """May `s` hold a trip (`_TRIP`)? `hits`: its tokens that are finders' words; each trip
        word among them is looked for with what follows it in a trip (`_TRIP_WORD_GATES`)."""
        for word in _TRIP_WORDS_B.intersection(hits):
            if _TRIP_WORD_GATES[word].search(s) is not None:
                return True
        return False

    def mentions(self, s: str) -> list[Mention]:
        """The event mentions of sentence `s`. The event-date and event-place grammars both
        ask for the same sentence in turn, so the last answer is kept."""
        if self._last is None or self._last[0] != s:
            self._last = (s, self._find(s))
        return self._last[1]

    def _find(self, s: str) -> list[Mention]:
        gates = self._gates(s)  # a finder that cannot find anything here is not run
        found = self._summits(s) if gates.summit else []
        taken = [(m.start, m.end) for m in found]

        def free(lo: int, hi: int) -> bool:
            return not any(a < hi and lo < b for a, b in taken)

        for m in self._appositives(s) if gates.appositive else ():
            if free(m.start, m.end):
                found.append(m)
                taken.append((m.start, m.end))
        if gates.alias and self.awards:
            for m in self._awards(s):
                if free(m.start, m.end):
                    found.append(m)
                    taken.append((m.start, m.end))
            taken += self.blocked
        if gates.alias:
            for a in self._scan(self.alias_re, self.alias_folded, s):
                lo, hi = a.span()
                if not free(lo, hi):
                    continue
                m = Mention("alias", lo, hi)
                m.put("event", s[lo:hi], lo)
                m.start = self._before(m, s, lo)
                self._tail(m, s)
                if self._unknown_word_before(m):
                    # "the 2018 Youth Olympics in Buenos Aires": maybe another event than the
                    # one so named; its date is judged (never contradicted), its place is not
                    for key in ("place", "place_position", "place_known", "region"):
                        m.slots.pop(key, None)
                        m.spans.pop(key, None)
                else:
                    self._place_in_name(m, s, lo, hi)
                found.append(m)
                taken.append((m.start, m.end))
        dated = gates.dated  # the shapes that need a date are looked for only with something date-like
        more = self._verb_mentions(s, gates.said) if dated and gates.verb else []
        if gates.meeting:
            more += self._meetings(s)
        if dated and gates.trip:
            more += self._trips(s)
        if gates.death:
            more += self._deaths(s)
        for m in more:
            if free(m.start, m.end):
                found.append(m)
                taken.append((m.start, m.end))
        for g in self._scan(self.generic_re, self.generic_folded, s) if dated and gates.generic else ():
            lo, hi = g.span()
            if not free(lo, hi):
                continue
            m = self._generic(s, lo, hi)
            if m is not None:
                found.append(m)
                taken.append((m.start, m.end))
        for m in self._anaphors(s) if gates.anaphor else ():
            if free(m.start, m.end):
                found.append(m)
                taken.append((m.start, m.end))
        return sorted(found, key=lambda m: m.start)

    def _place_in_name(self, m: Mention, s: str, lo: int, hi: int) -> None:
        """"the Beijing Olympics", "the L'Aquila earthquake", "the attacks on New York and
        Washington": a name that starts with a known place (not a country), or says "in|on|at"
        one, tells where the event was, when nothing else in the phrase does. (Not "of": "the
        annexation of Crimea" names what was taken.)"""
        if "place" in m.slots:
            return
        p = self.place_re.match(s, lo)
        if not (p and p.end() < hi and s[p.end()].isspace()):
            p = self.in_name_place.search(s, lo, hi)
        if p and not self.country_full.fullmatch(p.group("place")):
            m.put("place", p.group("place"), p.start("place"))
            m.slots["place_position"] = "name"

    def _unknown_word_before(self, m: Mention) -> bool:
        """A capitalised word before the name, not a possessive, that is no country, no
        pronoun and no word of any event name the base has ("the Youth Olympics", "the
        Special Olympics", "the Soviet annexation"): it may name another event than the name's."""
        agent = m.slots.get("agent")
        return bool(agent) and not m.possessive and agent.lower() not in _PRONOUNS \
            and not self.country_full.fullmatch(agent) and not all(w.lower() in self.alias_words for w in agent.split())

    def _generic(self, s: str, lo: int, hi: int) -> Mention | None:
        """An event named by what happened ("the Feb. 6 earthquakes", "the party's convention in
        Cleveland in July"): a claim only with a date and something else that tells which
        (a place, a side, a word of an event name before the head, or the day itself)."""
        m = Mention("generic", lo, hi)
        m.put("head", s[lo:hi], lo)
        m.start = self._before(m, s, lo)
        self._tail(m, s)
        agent = m.slots.get("agent")
        if agent and agent.lower() in self.qualifiers:
            return None
        core = " ".join(s[lo:hi].lower().replace("-", " ").split()) in _GENERIC
        if agent and not m.possessive and agent.lower() not in _PRONOUNS and not self.country_full.fullmatch(agent):
            # "the Brexit vote", "the Kobe quake": a word of an event's name, not a side
            if not all(w.lower() in self.alias_words for w in agent.split()):
                return None
            m.slots["qualifier"] = m.slots.pop("agent")
            m.spans["qualifier"] = m.spans.pop("agent")
            agent = None
        if "date" not in m.slots:
            return None
        # a day alone tells which, when it names the event ("the Feb. 6 earthquakes") or a
        # participle dates it ("the referendum held on June 23"); not after the head ("ordered
        # the invasion on Feb. 24" may date the order)
        day = (len(m.slots.get("date_iso", "")) == 10 or "-" in m.slots.get("date_md", "")) and \
            (m.slots.get("date_position") == "before" or "participle" in m.slots) and s[lo:hi].lower() not in _ROUTINE
        sided = bool(agent) and (core or agent.lower() not in _PRONOUNS)
        if "place" in m.slots or sided or "qualifier" in m.slots or day:
            return m
        if core and not agent and s[lo:hi].lower() not in _ROUTINE and self._context(m, s):
            return m
        return None

    @staticmethod
    def _context(m: Mention, s: str) -> bool:
        """"Erdogan also invoked the failed coup of July 2015": a definite generic event
        ("the coup", "the referendum") written without its country, dated by a month or a
        year (a day after the head may date something else: "ordered the invasion on Feb.
        24"), takes the nearest capitalised phrase before it in the sentence as `context`:
        the verifier reads it as a country, or a person whose office gives one."""
        if not _DEFINITE.search(s, 0, m.start) or (
                m.slots.get("date_position") == "after" and len(m.slots.get("date_iso", "")) == 10
                and "participle" not in m.slots) or "date_md" in m.slots and "-" in m.slots["date_md"]:
            return False
        found = None
        for c in _CONTEXT.finditer(s, 0, m.start):
            name = _POSSESSIVE_END.sub("", c.group("ctx"))
            words = list(re.finditer(r"\S+", name))
            while words and (words[0].group() in _SUBJECT_STOP or _CALENDAR_WORD.fullmatch(words[0].group())):
                words.pop(0)
            if words:  # ("In May", "On Monday": no one; "Theresa May" is)
                found = (name[words[0].start():], c.start("ctx") + words[0].start())
        if found is None:
            return False
        m.put("context", *found)
        return True

    def _anaphors(self, s: str) -> list[Mention]:
        """"The meeting at the Capella hotel on Sentosa island on Tuesday", "the previous
        gathering, held in Frankfurt last June": the article's own event (or its neighbour in
        its series), told by the verifier; a claim only with a place or a date after the head.
        A venue's name is the place unless a place it stands in is written ("on Sentosa island")."""
        out = []
        for a in _ANAPHOR.finditer(s):
            m = Mention("anaphor", a.start(), a.end())
            m.put("head", a.group("head"), a.start("head"))
            m.slots["anaphor"] = _WHICH[a.group("which") and a.group("which").lower()]
            if _COMMA_IN.match(s, m.end):  # "the next summit, in Vilnius,"
                m.end += 1
            v = _ANAPHOR_VENUE.match(s, m.end)
            if v:
                key = "where" if v.group("where") else "venue"
                m.put("place", v.group(key), v.start(key))
                if key == "where":
                    m.put("venue", v.group("venue"), v.start("venue"))
                m.slots["place_position"] = "after"
                m.slots["place_known"] = "yes" if self.place_re.fullmatch(v.group(key)) else "no"
                m.end = v.end()
            self._tail(m, s)
            if "place" in m.slots or "date" in m.slots:
                out.append(m)
        return out

    def ellipsis(self, s: str, before: str) -> Mention | None:
        """"The first, in July 1997, invited Poland ..." after "It was NATO's second summit in
        Madrid." (`before`: the sentence before): the earlier event of the series and place
        the sentence before counts in, with the date (or place) written here. The series and
        place are slots without spans: they are written in the other sentence."""
        e = _ELLIPSIS.match(s)
        if not e:
            return None
        ante = None
        for o in _ORDINAL_HEAD.finditer(before):
            ante = o
        if ante is None:
            return None
        m = Mention("anaphor", e.start("det"), e.end() + 1)
        m.slots.update(anaphor="earlier", which=e.group("which").lower(), head=ante.group("head"))
        series = self._series_before(before, ante.start())
        if series:
            m.slots["series"] = series
        p = Mention("summit", ante.end(), ante.end())
        if self._place_after(p, before):
            m.slots["series_place"] = p.slots["place"]
        if not (series or "series_place" in m.slots):
            return None
        self._tail(m, s)
        return m if m.end > e.end() + 1 else None

    def _series_before(self, s: str, lo: int) -> str | None:
        """The series named before position `lo` ("NATO's second summit", "the G7's third summit")."""
        q = self.premod_re.search(s, 0, lo)
        if q and q.lastgroup == "qualifier":
            return q.group("qualifier")
        a = self._search_back(_AGENT, s, lo)
        if a and a.group("agent").split()[-1].lower() in self.qualifiers:
            return a.group("agent").split()[-1]
        return None

    def _appositives(self, s: str) -> list[Mention]:
        """"the poisoning of a former Russian spy, Sergei Skripal, in Salisbury in March 2018"
        (found from each " of " after a noun of such an alias: a scan of the sentence for the
        nouns would cost more than the rare find)."""
        out: list[Mention] = []
        if not self.appositive_nouns or "," not in s:
            return out
        at = s.find(" of ")
        while at != -1:
            lo = at
            while lo > 0 and s[lo - 1].isalpha():
                lo -= 1
            a = None
            if s[lo:at].lower() in self.appositive_nouns and (lo == 0 or not (s[lo - 1].isalnum() or s[lo - 1] == "-")):
                a = _OF_DESCRIPTION.match(s, at)
            alias = self.noun_aliases.get(f"{s[lo:at]} of {a.group('obj')}".lower()) if a else None
            if alias is not None:
                m = Mention("alias", lo, a.end())
                m.slots["event"] = alias
                m.start = self._before(m, s, lo)
                self._tail(m, s)
                if m.end == a.end():
                    m.end -= 1  # the comma closing the name is not part of it
                out.append(m)
            at = s.find(" of ", at + 1)
        return out

    def _verb_mentions(self, s: str, said: frozenset[str] | None = None) -> list[Mention]:
        """`said`: the verb words of `s` (lower case), if known (see `_gates_of`)."""
        out = []
        if said is None:
            said = {t.group().lower() for t in self.verb_trigger.finditer(s)}
        if not said:
            return out
        low = s.lower()
        tried = sorted({i for w in said for i in self.verbs_by_word.get(w, ())})
        for pattern, alias, _, key in (self.verbs[i] for i in tried):
            if key not in low:
                continue
            for v in pattern.finditer(s):
                if self._search_back(_MODAL, s, v.start("verb")) or self._search_back(_MODAL, s, v.start()):
                    continue
                m = Mention("verb", v.start(), v.end())
                m.put("verb", v.group("verb"), v.start("verb"))
                m.slots["event"] = alias
                if v.groupdict().get("by"):
                    m.put("agent", v.group("by"), v.start("by"))
                elif v.start("verb") == v.start():  # active: the subject just before is the agent
                    a = self.agent_before_verb.search(s, 0, v.start())
                    if a:
                        agent = _subject(a.group("agent"))
                        if agent:
                            m.put("agent", agent, a.end("agent") - len(agent))
                            m.start = a.end("agent") - len(agent)
                # "annexed Crimea from Ukraine in 2014"
                f = _FROM_OBJECT.match(s, m.end)
                if f:
                    m.end = f.end()
                self.post_date(m, s)
                if "date" not in m.slots and alias.split()[-1] in _SUBJECT_NOUNS:
                    self._date_after_locative(m, s)
                if "date" in m.slots:
                    self._place_after(m, s, loose=False)
                    out.append(m)
        return out

    def _trips(self, s: str) -> list[Mention]:
        """A person's trip to a place with a date: a visit event of the base may verify it."""
        out = []
        for v in _TRIP.finditer(s):
            a = _subject(v.group("a"))
            if not a or self._search_back(_MODAL, s, v.start("a")):
                continue
            traveller = _POSSESSIVE_END.sub("", a)
            m = Mention("trip", v.start("a") + len(v.group("a")) - len(a), v.end())
            m.put("side_a", traveller, m.start)
            if v.group("verb"):
                m.put("verb", v.group("verb").split()[0], v.start("verb"))
            else:
                m.slots["verb"] = "visit"
            m.end = v.end() - 1  # before the space: the place reader wants " to|in X"
            place = _TRIP_PLACE.match(s, m.end)
            if not place or _NOT_PLACE.match(place.group("place").split()[0]):
                continue
            lo = place.start("place")
            m.put("place", place.group("place"), lo)
            m.slots["place_position"] = "after"
            m.slots["place_known"] = "yes" if self.place_re.fullmatch(place.group("place")) else "no"
            m.end = lo + len(place.group("place"))
            self._region(m, s)
            self.post_date(m, s)
            if "date" in m.slots:
                out.append(m)
        return out

    def _deaths(self, s: str) -> list[Mention]:
        """"The queen died at Balmoral Castle", "Navalny died in a prison camp on Feb. 16": a
        person's death, with the place or the date written after the verb (`side_a` the name,
        or `title` the title the verifier reads as someone named before in the article)."""
        out = []
        for d in _DIED.finditer(s):
            if self._search_back(_MODAL, s, d.start()):
                continue
            m = Mention("death", d.start(), d.end())
            if d.group("title"):
                m.put("title", d.group("title"), d.start("title"))
            else:
                name = _subject(d.group("name"))
                if not name:
                    continue
                m.start = d.end("name") - len(name)
                m.put("side_a", name, m.start)
            m.put("verb", "died", d.start("verb"))
            self._place_after(m, s)
            self.post_date(m, s)
            if "place" in m.slots or "date" in m.slots:
                out.append(m)
        return out

    def _awards(self, s: str) -> list[Mention]:
        """A prize won by someone: "Obama, who won the Nobel Peace Prize in 2009", "the 2007
        Nobel Peace Prize, shared by Al Gore and the IPCC", "Nobel Peace Prize laureate Malala
        Yousafzai", "Malala Yousafzai, the 2014 Nobel Peace Prize laureate" (shape `award`:
        `event` the prize, `side_a` (`side_b`) the winners, a year before the prize or a date
        after it). Not after a modal or a negation ("would have won")."""
        out: list[Mention] = []
        self.blocked = blocked = []
        low = s.lower()
        if "prize" not in low and "award" not in low and "medal" not in low:
            return out
        for form, pattern in self.awards:
            for a in pattern.finditer(s):
                if any(o.start < a.end() and a.start() < o.end for o in out):
                    continue
                if self._search_back(_MODAL, s, a.start()) or (
                        a.groupdict().get("verb") and self._search_back(_MODAL, s, a.start("verb"))):
                    blocked.append((a.start(), a.end()))  # nor is the prize alone a claim
                    continue
                name = _subject(a.group("who"))
                if not name or _CALENDAR_WORD.match(name):
                    continue
                name_at = a.start("who") + len(a.group("who")) - len(name)
                m = Mention("award", min(name_at, a.start("prize")), a.end())
                m.put("event", a.group("prize"), a.start("prize"))
                m.put("side_a", name, name_at)
                if a.groupdict().get("who2"):
                    m.put("side_b", a.group("who2"), a.start("who2"))
                if a.groupdict().get("verb"):
                    m.put("verb", a.group("verb"), a.start("verb"))
                if a.group("year"):
                    m.put("date", a.group("year"), a.start("year"))
                    m.slots["date_iso"], m.slots["date_position"] = a.group("year"), "before"
                    m.start = min(m.start, a.start("year"))
                elif form in ("laureate", "by"):  # "the 2007 Nobel Peace Prize, shared by"
                    lo = self._pre_date(m, s, a.start("prize"))
                    if "date" in m.slots and m.slots.get("date_iso"):
                        m.start = min(m.start, lo)
                    else:
                        for key in ("date", "date_iso", "date_md", "date_rel", "date_position"):
                            m.slots.pop(key, None)
                            m.spans.pop(key, None)
                if form in ("won", "by") and "date" not in m.slots:
                    self.post_date(m, s)  # "won the Nobel Peace Prize in 2009", "awarded to Obama in 2009"
                out.append(m)
        return out

    def _meetings(self, s: str) -> list[Mention]:
        out = []
        for v in _MET.finditer(s):
            if self._search_back(_MODAL, s, v.start("a")):
                continue
            a_text = _subject(v.group("a"))
            if not a_text:
                continue
            b_key = "b1" if v.group("b1") else "b2"
            m = Mention("meeting", v.end("a") - len(a_text), v.end())
            m.put("side_a", a_text, m.start)
            m.put("side_b", v.group(b_key), v.start(b_key))
            m.end = v.end()
            self._place_after(m, s)
            if "place" not in m.slots:
                continue
            self.post_date(m, s)
            out.append(m)
        return out

    def _summits(self, s: str) -> list[Mention]:
        out = []
        for h in _HEAD.finditer(s):
            lo, hi = h.span()
            if _NEIGHBOUR_BEFORE.search(s, max(0, lo - 20), lo):
                continue  # "the previous summit": an anaphor (see `_anaphors`)
            m = Mention("summit", lo, hi)
            m.put("head", s[lo:hi], lo)
            start = lo
            for _ in range(3):  # up to three pre-modifiers: "the 2019 G7 summit", "US-Russia Geneva summit"
                pm = self.premod_re.search(s, 0, start)
                if not pm:
                    break
                key = pm.lastgroup
                if key in m.slots and key != "pair":
                    break
                value = pm.group(key)
                if key == "pair":
                    if "-" not in value and "–" not in value:
                        break
                    key = "pair"
                m.put(key, value, pm.start(key))
                if key == "place":
                    m.slots["place_position"] = "before"
                start = pm.start()
            m.start = self._before(m, s, start)
            # "NATO's 2016 summit": the agent is the series
            if "qualifier" not in m.slots and m.slots.get("agent", "").lower() in self.qualifiers:
                m.slots["qualifier"] = m.slots.pop("agent")
                m.spans["qualifier"] = m.spans.pop("agent")
            # after the head: place, sides, date, in any order
            self._tail(m, s, sides=True)
            # "the Geneva summit" names one; "a summit in Geneva" alone does not, unless dated
            if any(k in m.slots for k in ("qualifier", "pair", "agent", "side_a", "side_b")) or \
                    m.slots.get("place_position") == "before" or ("date" in m.slots and "place" in m.slots):
                out.append(m)
        return out


@lru_cache(maxsize=8)
def _subject(words: str) -> str:
    """A clause's subject without the words before a name ("But", "Then", "When"): "" if none is left."""
    parts = words.split()
    while parts and parts[0] in _SUBJECT_STOP:
        parts.pop(0)
    return " ".join(parts)


@lru_cache(maxsize=8)
def finder(vocabulary: Vocabulary) -> EventFinder:
    """One finder per vocabulary, shared by the event-date, event-place and taking-office
    grammars (asked for once each, when they are built): its regexes are compiled once, and
    the second grammar asking about a sentence gets the first one's mentions."""
    return EventFinder(vocabulary)


class EventAspectGrammar:
    """The event-date and event-place grammars: the same event mentions (found once per
    sentence by the shared finder), each kind keeping those that state its aspect."""

    def __init__(self, vocabulary: Vocabulary, kind: str, aspect: str) -> None:
        self.finder = finder(vocabulary)
        self.kind, self.aspect = kind, aspect  # aspect: "date" or "place"
        # False only when the finder can find no mention in the sentence (shared: the
        # second grammar asks about the same sentence, and gets the first one's answer)
        self.might_match = self.finder.might_match

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        out = []
        mentions = self.finder.mentions(sentence.text)
        if _ELLIPSIS.match(sentence.text):
            e = self.finder.ellipsis(sentence.text, _sentence_before(text, sentence.start))
            if e is not None and not any(m.start < e.end and e.start < m.end for m in mentions):
                mentions = [e, *mentions]
        for m in mentions:
            if m.shape == "anaphor" and "dateline" not in m.slots:
                city = dateline_city(text)
                if city:
                    m.slots["dateline"] = city
            if m.shape == "award" and self.aspect == "date" and "date" not in m.slots:
                # a prize won, whenever: "Nobel Peace Prize laureate Malala Yousafzai"
                out.append(claim(self.kind, f"{self.kind}.award", m, text, sentence, index))
            elif self.aspect in m.slots:
                position = m.slots[f"{self.aspect}_position"]
                rule = f"{self.kind}.{m.shape}-{self.aspect}-{position}"
                if position == "name":
                    # the place is part of the name ("the Beijing Olympics"): every event so
                    # named was there, whatever the date written beside it (the date claim's business)
                    m = Mention(m.shape, m.start, m.end, {k: v for k, v in m.slots.items() if not k.startswith("date")},
                                {k: v for k, v in m.spans.items() if k != "date"})
                out.append(claim(self.kind, rule, m, text, sentence, index))
        return out


def _sentence_before(text: str, start: int) -> str:
    """The sentence before `start` (as far back as 600 characters)."""
    lo = max(0, start - 600)
    window = text[lo:start].rstrip()
    cut = 0
    for b in _SENTENCE_END.finditer(window, 0, max(0, len(window) - 1)):
        cut = b.end()
    return window[cut:]


@lru_cache(maxsize=4)
def dateline_city(text: str) -> str | None:
    """The city of the article's dateline ("NEW DELHI, Sept. 10, 2023 —" → "New Delhi"), or None."""
    d = dateline.read(text)  # any script's capitals: "BRASÍLIA, Jan. 1, 2023 —"
    if d is None or not d.place or len(d.place) < 3:
        return None
    return " ".join(w.capitalize() if w.isalpha() else w.title() for w in d.place.split())


def claim(kind: str, rule: str, m: Mention, text: str, sentence: Sentence, index: int) -> Claim:
    start, end = sentence.start + m.start, sentence.start + m.end
    spans = {k: (sentence.start + lo, sentence.start + hi) for k, (lo, hi) in m.spans.items()}
    return Claim(kind=kind, rule=rule, start=start, end=end, text=text[start:end], sentence=index,
                 slots={**m.slots, "shape": m.shape}, slot_spans=spans)
