"""The time a sentence anchors its claims at: "In 2014, then-Vice President Joe Biden ...",
"On March 3, 2014, ...", "in June 2009". Only dates introduced by a preposition of time
count, so "a 2014 law" or "since 2000" do not move the claim away from the article's date.

An opening phrase of time ("In 2014, ...") dates the whole sentence, and a later clause that
is only such a phrase ("..., and in 2002, then-Prime Minister Tony Blair did the same") dates
the clauses after it instead. A dateline at the start of the sentence ("WASHINGTON, July 7,
2022 — In 2014, ...", `claims.dateline.opening`) is no part of its clauses: the sentence is
read from where the story begins."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from claims import dateline
from claims.grammars.common import DATE_RE, MONTH_YEAR_RE, YEAR_RE, date_parts, month_number

# The patterns that `anchors_in` reads a sentence with are compiled on their first use
# (`_compiled`): a run may have no sentence that anchors, and compiling them was most of
# importing this module. `may_anchor`'s are compiled here.

# "mid-" joins its year without a space ("in mid-2014"), so the space is optional after it.
#   (?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of|[Ii]n early|[Ii]n late|[Ii]n mid)\s+|\b[Ii]n mid-
#   |\b[Oo]n\s+(?:Monday|...|Sunday),?\s+)$
# written to start with a character class, as _DATE_HINT is (see there).
_PREPOSITION = (
    r"[IiOoDdBbAa](?<!\w.)(?:(?:(?<=[Ii])n|(?<=[Oo])n|(?<=[Dd])uring|(?<=[Bb])y|(?<=[Aa])s of|(?<=[Ii])n early"
    r"|(?<=[Ii])n late|(?<=[Ii])n mid)\s+|(?<=[Ii])n mid-"
    r"|(?<=[Oo])n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)$"
)


_DATE_START = r"(?=[0-9]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# What _PREPOSITION ends with, and the start of a date after it (see `may_anchor`). Its "$"
# also matches before a final newline, so "in mid-" may stand before one.
#   \b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of|[Ii]n early|[Ii]n late|[Ii]n mid)\s+{_DATE_START}
#   |\b[Ii]n mid-\n?{_DATE_START}|\b[Oo]n\s+(?:Monday|...|Sunday),?\s+{_DATE_START}
# written to start with its first letter as a character class, which the regex engine
# searches for in C (a pattern that starts with "\b" is tried at every character): the
# same matches, the "\b" before a letter being "no word character before it" and each
# alternative's first letter a lookbehind, in the same order.
_DATE_HINT = re.compile(
    r"[IiOoDdBbAa](?<!\w.)(?:"
    r"(?:(?<=[Ii])n|(?<=[Oo])n|(?<=[Dd])uring|(?<=[Bb])y|(?<=[Aa])s of|(?<=[Ii])n early|(?<=[Ii])n late"
    rf"|(?<=[Ii])n mid)\s+{_DATE_START}|(?<=[Ii])n mid-\n?{_DATE_START}"
    rf"|(?<=[Oo])n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+{_DATE_START})"
)
# A year of YEAR_RE (1600-2099), which every date that anchors holds (DATE_RE's only with
# its year; MONTH_YEAR_RE's and DATE_RE's years are YEAR_RE's): its first digit is
# searched for in C, where _DATE_HINT is tried at every character.
_YEARISH = re.compile(r"(?:1[6-9]|20)\d\d")
_LONGEST_PREPOSITION = 32  # "on Wednesday, " plus spacing, with room to spare
# The first three letters of every month's name and abbreviation in DATE_RE and MONTH_YEAR_RE
_MONTH_HINT = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_CLAUSE_BREAK = r"[,;:()\[\]—–]|\s-\s"
_WEEKDAY_COMMA = r",(?=\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)"
# An opening phrase of time ("In 2014, ..."), or an opening clause that happened then and
# so dates the main clause ("When he visited Kyiv in 2009, ...", "While in office in 2012,
# ..."): not "After"/"Before"/"Since", which date the main clause only relative to it.
_INTRO_HEAD = (
    r"[\s\"“'‘]*(?:(?:But|And|So|Yet|Then|Back|Even|Already|Earlier|Later)\s+)?"
    r"(?:(?:When|While)\s+[^,;:()\[\]—–]{1,80}?\s)?"
    r"(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?"
)

# A later clause that is only a phrase of time: ", and in 2002, ...", "; in 2002, ...".
_CLAUSE_INTRO_HEAD = (
    r"\s*(?:(?:and|but|yet|so|or|then|while|whereas)\s+)?(?:(?:again|later|earlier|back|even|then)\s+)?"
    r"(?:in|on|during|by|as of)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?"
)


@dataclass(frozen=True)
class Anchors:
    """The anchored dates of one sentence, and where its clauses begin."""

    dates: tuple[tuple[int, str], ...]  # (offset, ISO text), in order
    clauses: tuple[int, ...]  # offsets where a clause begins (0 first)
    intro: str | None  # an opening "In 2014, ..." that sets the time of the whole sentence
    # (offset, ISO text): from that offset on, a clause that is only a phrase of time
    # (", and in 2002, ...") sets the time instead of `intro`
    later_intros: tuple[tuple[int, str], ...] = ()


def _intro_at(found: Anchors, at: int) -> str | None:
    """The opening phrase of time that dates a claim at `at`: the last clause that is only a
    phrase of time before it, else the sentence's opening one."""
    for where, iso in reversed(found.later_intros):
        if where <= at:
            return iso
    return found.intro


def anchor(sentence: str, before: int, anywhere: bool = False) -> str | None:
    """The time the sentence anchors a claim starting at `before`, or None (article date)."""
    return pick(anchors_in(sentence), before, anywhere)


def pick(found: Anchors, at: int, anywhere: bool = False) -> str | None:
    """A date before the claim in its own clause; else an opening "In 2014, ..."; else, for a
    claim that needs a time ("then-"), the date after it in its clause or anywhere else.

    A date in another clause usually belongs to that clause only ("Zelensky, who succeeded
    Petro Poroshenko in 2019, met Prime Minister Rishi Sunak" says nothing of 2019 about
    Sunak), so it anchors only claims that ask for a time."""
    c = bisect.bisect_right(found.clauses, at) - 1
    lo = found.clauses[c]
    hi = found.clauses[c + 1] if c + 1 < len(found.clauses) else float("inf")
    own = [(where, iso) for where, iso in found.dates if lo <= where < hi]
    before = [iso for where, iso in own if where < at]
    if before:
        return before[-1]
    intro = _intro_at(found, at)
    if intro:
        return intro
    if not anywhere or not found.dates:
        return None
    after = [iso for where, iso in own if where >= at]
    if after:
        return after[0]
    earlier = [iso for where, iso in found.dates if where < at]
    return earlier[-1] if earlier else found.dates[0][1]


def times(found: Anchors, at: int, anywhere: bool = False) -> tuple[str | None, tuple[str, ...]]:
    """The anchor of a claim at `at` and the other times it may mean.

    A date later in the claim's own clause ("former President Bill Clinton flew there in
    2009") is the time of that clause: it replaces an opening "In 2000, ..." that belongs to
    another clause. With no opening date, the clause's date and the article's date ("") are
    both readings, since a title usually speaks of the article's day even in a clause about
    the past ("Russian President Vladimir Putin visited Beijing in 2019")."""
    primary = pick(found, at, anywhere)
    if anywhere:
        return primary, ()
    c = bisect.bisect_right(found.clauses, at) - 1
    hi = found.clauses[c + 1] if c + 1 < len(found.clauses) else float("inf")
    later = [iso for where, iso in found.dates if at <= where < hi]
    own_before = [iso for where, iso in found.dates if found.clauses[c] <= where < at]
    if not later or own_before:
        return primary, ()
    if primary is not None:  # an opening date of another clause
        return later[0], ()
    return None, (later[0],)


def may_anchor(sentence: str) -> bool:
    """False only when `anchors_in(sentence)` finds no date (then every claim of the
    sentence keeps the article's date: `times` gives (None, ()) for any claim).

    A date anchors only where _PREPOSITION ends right before it, and every date of
    DATE_RE, MONTH_YEAR_RE and YEAR_RE starts with an ASCII digit or a month's name (its
    first three letters in _MONTH_HINT): a search for a preposition, its spacing and such
    a start (a match of _DATE_HINT ends at every such date, since none holds a digit or a
    month's name itself), and the date regexes tried there (a DATE_RE date only with its
    year, as `anchors_in` takes it), instead of through the whole sentence, and the clauses."""
    if _YEARISH.search(sentence) is None:  # every date that anchors holds a year
        return False
    for m in _DATE_HINT.finditer(sentence):
        at = m.end()
        full = DATE_RE.match(sentence, at)
        if full and date_parts(full)[0] is not None or MONTH_YEAR_RE.match(sentence, at) or YEAR_RE.match(sentence, at):
            return True
    return False


def anchors_in(sentence: str) -> Anchors:
    dates: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    taken = _Spans()
    # A dateline opening the sentence is read past: its date anchors nothing, its commas and
    # dash open no clause, and an opening "In 2014, ..." follows it.
    base = dateline.opening(sentence)
    # Every DATE_RE and MONTH_YEAR_RE match holds a month's name (all start with one of
    # _MONTH_HINT's words) except an ISO date, which holds a hyphen: without them, neither
    # regex need step through the sentence.
    month = _MONTH_HINT.search(sentence) is not None
    # Each regex is searched from where its first match may start (`_date_room`), not from
    # the start of the sentence (a date's digits are found in C; the regex steps through
    # every character it is searched from).
    digit = _ASCII_DIGIT.search(sentence, base) if month or "-" in sentence else None
    for m in _matches(DATE_RE, _DATE_FIRST, sentence, _date_room(sentence, digit.start(), base)) if digit else ():
        year, month_of, dom = date_parts(m)
        if year is not None and _introduced(sentence, m.start()):
            dates.append((m.start(), f"{year:04d}-{month_of:02d}-{dom:02d}"))
            spans.append(m.span())
        taken.add(m.span())
    year = _YEARISH.search(sentence, base)
    for m in _matches(MONTH_YEAR_RE, _MONTH_FIRST, sentence, _date_room(sentence, year.start(), base)) if month and year else ():
        if not taken.covers(m.span()) and _introduced(sentence, m.start()):
            dates.append((m.start(), f"{int(m.group('y')):04d}-{month_number(m.group('m')):02d}"))
            spans.append(m.span())
        taken.add(m.span())
    for m in _matches(YEAR_RE, _YEAR_FIRST, sentence, year.start()) if year else ():
        if not taken.covers(m.span()) and _introduced(sentence, m.start()):
            dates.append((m.start(), m.group("y")))
            spans.append(m.span())
    dates.sort()
    clauses = _clauses(sentence, taken, base)
    spans.sort()
    iso = dict(dates)
    return Anchors(tuple(dates), clauses, _intro(sentence, spans, iso, clauses, base),
                   _later_intros(sentence, spans, iso, clauses, base))


# Every match of DATE_RE holds an ASCII digit, first in it or after a month's name and
# spacing (its day); every match of MONTH_YEAR_RE and YEAR_RE holds a _YEARISH one, first in
# it or after a month's name, spacing and maybe "of". No digit stands between a match's start
# and that first one, so a match starts at or after the first such digit of the sentence, or
# at most a month's name and its spacing before it.
_ASCII_DIGIT = re.compile("[0-9]")
_MONTH_LENGTH = 9  # "September", the longest month's name of DATE_RE and MONTH_YEAR_RE
_OF_BACKWARDS = re.compile(r"\s*(?:fo\s*)?")  # the spacing and "of" before a year, read backwards


# The first characters of the date regexes' matches: a month's name (every one starts with
# one of these capitals) or a digit of DATE_RE's day or ISO year; YEAR_RE's 1600-2099.
_DATE_FIRST = re.compile("[0-9JFMASOND]")
_MONTH_FIRST = re.compile("[JFMASOND]")
_YEAR_FIRST = re.compile("[12]")


def _matches(rx: re.Pattern, first: re.Pattern, sentence: str, pos: int):
    """`rx.finditer(sentence, pos)` for a regex whose matches are never empty and start only
    at a character that `first` matches: `rx` is tried only there (found in C), instead of
    at every character from `pos` (a date regex starts with an alternation or "\\b", which
    the regex engine cannot search for). Trying at a place is what finditer does there."""
    search, match = first.search, rx.match
    while True:
        c = search(sentence, pos)
        if c is None:
            return
        m = match(sentence, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def _date_room(sentence: str, at: int, base: int) -> int:
    """Where a match of a date regex whose first digit is at `at` may start (not before `base`)."""
    return max(base, at - _OF_BACKWARDS.match(sentence[:at][::-1]).end() - _MONTH_LENGTH)


def _clauses(sentence: str, dates: "_Spans", base: int = 0) -> tuple[int, ...]:
    starts = [0] if not base else [0, base]
    spans = dates.spans
    weekday_comma = _compiled(_WEEKDAY_COMMA)
    for m in _compiled(_CLAUSE_BREAK).finditer(sentence, base):
        at = m.start()
        if spans and dates.inside(at) or sentence[at] == "," and weekday_comma.match(sentence, at):
            continue
        starts.append(m.end())
    return tuple(starts)


def _intro(sentence: str, spans: list[tuple[int, int]], iso: dict[int, str], clauses: tuple[int, ...],
           base: int = 0) -> str | None:
    """"In 2014, ...", "On March 3, 2014, ...", "During 2014 and in 2015, ..." at the very
    start (after a dateline): the last date of an opening phrase that begins with a
    preposition of time."""
    c = bisect.bisect_right(clauses, base)
    first_clause_end = clauses[c] if c < len(clauses) else len(sentence) + 1
    opening = [(lo, hi) for lo, hi in spans if hi < first_clause_end]
    if not opening or not _compiled(_INTRO_HEAD).fullmatch(sentence, base, opening[0][0]):
        return None
    lo, hi = opening[-1]
    return iso[lo] if sentence.startswith(",", hi) else None


def _later_intros(sentence: str, spans: list[tuple[int, int]], iso: dict[int, str], clauses: tuple[int, ...],
                  base: int) -> tuple[tuple[int, str], ...]:
    """Clauses after the first that are only a phrase of time closed by a comma (", and in
    2002, ..."): (where the next clause starts, the phrase's last date)."""
    out = []
    first = bisect.bisect_right(clauses, base)  # the clauses after the sentence's first
    first_date: dict[int, int] = {}  # clause → where its first date starts
    for lo, hi in spans:  # in order: O(dates × log clauses)
        k = bisect.bisect_right(clauses, lo) - 1
        first_date.setdefault(k, lo)
        if k >= first and k + 1 < len(clauses) and clauses[k + 1] == hi + 1 and sentence.startswith(",", hi) \
                and _compiled(_CLAUSE_INTRO_HEAD).fullmatch(sentence, clauses[k], first_date[k]):
            out.append((hi + 1, iso[lo]))
    return tuple(out)


def _introduced(sentence: str, at: int) -> bool:
    # Look only at the few characters before the date: searching the whole prefix for each
    # date would make a sentence with many dates quadratic.
    return bool(_compiled(_PREPOSITION).search(sentence, max(0, at - _LONGEST_PREPOSITION), at))


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


class _Spans:
    """Spans already taken by a longer date form; `covers` and `inside` in O(log n)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.spans, span)

    def covers(self, span: tuple[int, int]) -> bool:
        return self._reaches(span[0], span[1])

    def inside(self, at: int) -> bool:
        return self._reaches(at, at + 1)

    def _reaches(self, lo: int, hi: int) -> bool:
        """Does one of the last two spans that start at or before `lo` end at or after `hi`?"""
        spans = self.spans
        i = bisect.bisect_right(spans, (lo, _INFINITY))  # (each span before i starts at or before lo)
        for _, end in spans[max(0, i - 2):i]:
            if hi <= end:
                return True
        return False


_INFINITY = float("inf")
