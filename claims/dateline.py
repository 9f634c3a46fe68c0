"""The article's date from its opening: a dateline, or a first line that is only a date.

A dateline opens a line (after a title or a byline, within the first 300 characters):

- a place of one to four capitalised words, in capitals ("WASHINGTON", "NEW DELHI",
  "BRASÍLIA", "SÃO PAULO", "MÉXICO CITY", "ZÜRICH", "PORT-AU-PRINCE", "RIO DE JANEIRO") or
  in title case, then followed by a comma or a dash ("Kyiv,"; several words only with a
  connector, a region or an agency: "Rio de Janeiro,", "New Delhi, India,", "New Delhi,
  July 7 (PTI)", as "Joe Biden, Jan. 20, 2021 — the day ..." is a person, not a place);
- maybe a state or country as written (", Ukraine", ", Texas", ", D.C.");
- maybe the agency in parentheses, before or after the date ("(Reuters)", "(AP)");
- the date, after a comma, a space (a place in capitals only) or a dash ("LONDON — July 7,
  2022 —"), maybe led by its weekday ("Thursday, March 3, 2022");
- a dash (— – ―, or - -- after a space or the agency) or the end of the line.

"WASHINGTON, June 20, 2021 —", "MOSCOW (Reuters) March 3, 2022 -", "LONDON, July 7, 2022
(Reuters) -", "BOGOTÁ, Colombia, Jan. 1, 2023 —", "LONDON — July 7, 2022 —". A line that is
only a date ("March 3, 2022", "Thursday, March 3, 2022", "2022-03-03") dates the article too.

A wire dateline may leave the year out ("LONDON, July 7 (Reuters) -"): `read` gives its month
and day (`Dateline.year_missing`), and the year when a full date of that day stands elsewhere
in the opening ("Published July 7, 2022 10:31 GMT"); `find` gives a date only with its year.

`opening(sentence)` is where the story begins after a dateline at the start of a sentence
(date or not: "WASHINGTON (AP) — In 2014, ..."), so that its first clause is read as written.
Not datelines: "In Moscow, March 3, 2022 — ..." (a preposition is no place), "Boris Johnson on
July 7, 2022 resigned" (no comma or dash after the place), "ELIZABETH II, April 21, 1926 –
Sept. 8, 2022" (a span of dates), "NEW YORK, Sept. 9-10 —" (a range of days), "WASHINGTON,
June 20, 2021: ..." (a colon), "US-Russia talks" (a hyphen inside a word is no dash)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from claims.grammars.common import DATE_RE, date_parts

_OPENING = 300  # a dateline sits in the first line or two

# A word of a place: a letter (any script's capital, checked in `_place_ok`), then letters,
# dots, apostrophes, hyphens ("D.C.", "ST.", "N'DJAMENA", "PORT-AU-PRINCE").
_WORD = r"[^\W\d_][\w.'’-]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)"
_REGION = rf"(?:,[ \t]*(?P<region>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?))?"
# A hyphen only after a space or the agency ("US-Russia" is a word); never the dash of a
# range of days ("Sept. 9-10").
_DASH = r"(?:—|–|―|(?<![^\s)])--?)(?!\d)"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
_DATE = re.sub(r"\(\?P<\w+>", "(?:", DATE_RE.pattern)  # its groups unnamed: read again by DATE_RE
# (a dash then another date is a span, "April 21, 1926 – Sept. 8, 2022", not a dateline)
_AFTER_DATE = (rf"(?:[ \t]*\((?P<agency2>[^()\n]{{1,40}})\))?"
               rf"(?:[ \t]*{_DASH}(?![ \t]*(?:{_DATE}|present\b))[ \t]*|[ \t]*(?=\r?\n|\Z))")
# Place, region, agency, the separator, maybe a weekday, the date, maybe the agency, the end.
_DATELINE = re.compile(
    rf"[ \t]*{_PLACE}{_REGION}(?:[ \t]*\((?P<agency1>[^()\n]{{1,40}})\))?"
    rf"(?P<sep>[ \t]*,[ \t]*|[ \t]*{_DASH}[ \t]*|[ \t]+){_WEEKDAY}(?P<date>{_DATE}){_AFTER_DATE}"
)
# A line that starts with the date: "March 3, 2022", "Thursday, March 3, 2022 —".
_DATE_LINE = re.compile(rf"[ \t]*{_WEEKDAY}(?P<date>{_DATE}){_AFTER_DATE}")
# A dateline with no date: "WASHINGTON (AP) —", "KYIV, Ukraine —" (for `opening`, which
# seldom gets that far: compiled on first use).
_UNDATED = rf"[ \t]*{_PLACE}{_REGION}(?:[ \t]*\((?P<agency1>[^()\n]{{1,40}})\))?[ \t]*{_DASH}[ \t]*"
_BREAK = re.compile(r"[—–―\n]|\s-|\)-")
_LOWER_WORD = re.compile(r"(?<![\w'’.-])(?!(?:de|da|do|dos|das|del|della|di|la|le|les|el|al|of|on|upon|am|an|der"
                         r"|sur|en|and|y|e)(?![\w'’-]))[a-z]")
# Short lower-case words inside a place written in title case ("Rio de Janeiro").
_CONNECTORS = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "les", "el", "al",
                         "of", "on", "upon", "am", "an", "der", "sur", "en", "and", "y", "e"})
# Capitalised words that open a sentence or a line but name no place.
_NOT_PLACES = frozenset({"In", "On", "At", "By", "For", "From", "Since", "Until", "After", "Before", "During",
                         "As", "And", "But", "Then", "When", "While", "Today", "Yesterday", "Tomorrow",
                         "Updated", "Published", "Posted", "Last", "Next", "This", "That", "Earlier", "Later",
                         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                         "January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"})


@dataclass(frozen=True)
class Dateline:
    """A dateline (or a line that is only a date) found in the opening."""

    date: date | None  # None when no year was found (`month` and `day` say what was written)
    month: int
    day: int
    place: str | None  # as written ("BRASÍLIA"); None for a line that is only a date
    year_missing: bool = False  # the dateline had no year (it came from elsewhere, or not at all)


def find(text: str, start: int = 0) -> date | None:
    """The date of a dateline (or a date line) at text[start:], or None: None too for a
    dateline without a year when no full date of that day stands in the opening."""
    found = read(text, start)
    return found.date if found is not None else None


def read(text: str, start: int = 0) -> Dateline | None:
    """The first dateline in the opening of text[start:] that has its year; else the first
    without one, its year taken from a full date of the same day in the opening, if any."""
    end = min(len(text), start + _OPENING)
    partial: Dateline | None = None
    line = start
    while line < end:
        nl = text.find("\n", line)
        stop = len(text) if nl < 0 else nl
        got = _at(text, line, stop - 1 if text[stop - 1 : stop] == "\r" else stop)
        if got is not None:
            if not got[0].year_missing:
                return got[0]
            partial = partial or got[0]
        if nl < 0:
            break
        line = nl + 1
    if partial is not None:
        for m in DATE_RE.finditer(text, start, end):
            year, month, dom = date_parts(m)
            if year is not None and (month, dom) == (partial.month, partial.day):
                try:
                    return Dateline(date(year, month, dom), month, dom, partial.place, True)
                except ValueError:
                    break
    return partial


def opening(sentence: str) -> int:
    """Where the story begins after a dateline that opens the sentence, dated or not
    ("WASHINGTON, July 7, 2022 — In 2014, ..." → the offset of "In"); 0 if there is none."""
    if not sentence[:1].isupper():  # every dateline starts with a capital letter
        return 0
    # ... and ends in a dash (or the line) with no lower-case word but a connector before it:
    # most sentences are ruled out here, before the dateline's regexes are tried.
    lower = _LOWER_WORD.search(sentence, 0, 160)  # in most sentences, within a word or two
    if _BREAK.search(sentence, 0, lower.start() if lower else 160) is None:
        return 0
    got = _at(sentence, 0, len(sentence))
    if got is not None:
        return got[1]
    m = _undated().match(sentence)
    if m is not None and _place_ok(m) and (_caps(m.group("place")) or m.group("agency1")):
        return m.end()
    return 0


@cache
def _undated() -> re.Pattern:
    return re.compile(_UNDATED)


def _at(text: str, at: int, stop: int) -> tuple[Dateline, int] | None:
    """The dateline (or date line) at `at` in a line ending at `stop`, and where the story
    begins after it."""
    m = _DATELINE.match(text, at, stop)
    if m is not None and m.group("agency1") and m.group("agency2"):
        m = None
    if m is not None and _place_ok(m):
        got = _dateline(m, m.group("place"))
        if got is not None:
            return got, m.end()
    m = _DATE_LINE.match(text, at, stop)
    if m is not None:
        got = _dateline(m, None)
        if got is not None and not got.year_missing:  # a line with only "March 3" dates nothing
            return got, m.end()
    return None


def _dateline(m: re.Match, place: str | None) -> Dateline | None:
    year, month, dom = date_parts(DATE_RE.fullmatch(m.group("date")))
    try:
        if year is None:
            date(2000, month, dom)  # a leap year: any day that can exist
            return Dateline(None, month, dom, place, True)
        return Dateline(date(year, month, dom), month, dom, place)
    except ValueError:
        return None


def _caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _place_ok(m: re.Match) -> bool:
    """Every word capitalised; in title case, short connectors aside ("Rio de Janeiro"),
    with no word that opens a sentence or a date first ("In Moscow", "Thursday"), and a
    comma or a dash before the date."""
    words = m.group("place").split()
    caps = _caps(m.group("place"))
    if caps:
        ok = all(w[0].isupper() for w in words)
    else:  # several words in title case may be a person ("Joe Biden, Jan. 20, 2021 — the day ...")
        ok = (words[0] not in _NOT_PLACES and words[-1] not in _CONNECTORS
              and all(w[0].isupper() or w in _CONNECTORS for w in words)
              and ("sep" not in m.re.groupindex or m.group("sep").strip() != "")
              and (len(words) == 1 or any(w in _CONNECTORS for w in words)
                   or m.group("region") is not None or m.group("agency1") is not None
                   or "agency2" in m.re.groupindex and m.group("agency2") is not None))
    region = m.group("region")
    if ok and region is not None:
        parts = region.split()
        ok = parts[0][0].isupper() and all(w[0].isupper() or w in _CONNECTORS for w in parts)
    return ok
