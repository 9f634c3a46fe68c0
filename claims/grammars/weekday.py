"""Weekday stated with a calendar date: "on Wednesday, March 2, 2022", "Sunday 20 June 2021",
"Friday (Jan. 7)". The year may be left out; the judge then takes the year that puts the
date nearest the article's date, as readers do. A single weekday with a range of days
("Saturday, Sept. 9-10") is judged by the first day.

Several weekdays with several days (rule `weekday.several`) pair them in order: "Saturday and
Sunday, Sept. 9-10", "Monday, Tuesday and Wednesday, Sept. 11-13", "Saturday and Sunday,
Sept. 9 and 10"; a span of weekdays pairs its ends with the range's: "Friday to Sunday,
Oct. 6-8" (also "through", "until", a spaced dash; slot `span`). The claim runs from the
first weekday to the last day (and a year after it: "Sept. 29-Oct. 1, 2023"), its `pairs`
slot holding each weekday and its month-day ("Saturday 9-9, Sunday 9-10"). When the counts
differ, several weekdays stand before a single day ("Saturday and Sunday, Sept. 9"), or the
weekdays are joined without spaces ("Friday-Sunday"), which weekday the day is meant for is
unclear: no claim (and no relative weekday). Ranges written day first ("9-10 September")
make no claim either."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

import pyparsing as pp

from claims.grammars.common import DATE_RE, RANGE_END_RE, WEEKDAYS, date_parts, keep_tabs, month_number, regex_form
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "weekday"

_WEEKDAY = pp.Regex(r"(?<![\w-])(?:%s)(?!\w)" % "|".join(w.capitalize() for w in WEEKDAYS))
# The date, its groups unnamed: it appears twice in the form below.
_DATE = re.sub(r"\(\?P<\w+>", "(?:", DATE_RE.pattern)
# "Wednesday, March 2, 2022", "Sunday 20 June 2021", "Friday (Jan. 7)", "Monday, the 3rd of May";
# one regex (see common.regex_form), its zero-width last group marking where the claim ends
# (after a closing parenthesis).
_FORM = (rf"(?P<weekday>{_WEEKDAY.re.pattern})\s*(?:\(\s*(?P<date1>{_DATE})\s*\)"
         rf"|(?:,\s*)?(?:the(?!\w)\s*)?(?P<date2>{_DATE}))(?P<end>)")


class WeekdayGrammar:
    def __init__(self) -> None:
        self.expr = keep_tabs(regex_form("with-date", _FORM))

    @staticmethod
    def might_match(s: str, folded: str | None) -> bool:
        """False only when no weekday can be written in the sentence (each ends in "day")."""
        return "day" in s

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims, spans = self.scan(text, sentence, index)
        # the spans, for the relative grammar that runs next on the same sentence
        _LAST_DATED[0] = (sentence.text, spans)
        return claims

    def scan(self, text: str, sentence: Sentence, index: int) -> tuple[list[Claim], list[tuple[int, int]]]:
        """The claims, and the spans (in the sentence) of every weekday that has a date,
        claimed or not (the relative grammar leaves those alone)."""
        claims = []
        spans = []
        s = sentence.text
        for m in _forms_in(s):
            w_at, weekday, hi = m.start(), m.group("weekday"), m.end()
            date_text, d_at = m.group("date1"), m.start("date1")  # "Friday (Jan. 7)"
            if date_text is None:
                date_text, d_at = m.group("date2"), m.start("date2")
            year, month, dom = date_parts(DATE_RE.fullmatch(date_text))
            slots = {
                "weekday": weekday,
                "date": date_text,
                "year": "" if year is None else str(year),
                "month": str(month),
                "day": str(dom),
            }
            rule = "weekday.with-date"
            several = _several(s, w_at, weekday, d_at + len(date_text), year, month, dom,
                               parenthesised=s[hi - 1 : hi] == ")")
            if several is not None:
                lo, hi_several, pairs, last_year, is_span = several
                spans.append((lo, max(hi, hi_several)))
                if not pairs:
                    continue  # weekdays and days that do not pair: no claim
                w_at, hi, rule = lo, hi_several, "weekday.several"
                slots["weekday"] = pairs[0][0]
                slots["date"] = s[d_at:hi]
                slots["pairs"] = ", ".join(f"{w} {m}-{d}" for w, m, d in pairs)
                if is_span:
                    slots["span"] = "yes"  # "Friday to Sunday": the ends of a run of days
                if not slots["year"] and last_year:
                    slots["year"] = last_year
            else:
                spans.append((w_at, hi))
            start = sentence.start + w_at
            end = sentence.start + hi  # includes a closing parenthesis
            claims.append(
                Claim(
                    kind=KIND,
                    rule=rule,
                    start=start,
                    end=end,
                    text=text[start:end],
                    sentence=index,
                    slots=slots,
                    slot_spans={
                        "weekday": (start, start + len(slots["weekday"])),
                        "date": (sentence.start + d_at, end if rule == "weekday.several" else sentence.start + d_at + len(date_text)),
                    },
                )
            )
        return claims, spans


# _WEEKDAY's regex written to start with a character class, which the regex engine searches
# for in C (a pattern that starts with a lookbehind is tried at every character): the same
# matches, that lookbehind looking past the capital and each name's capital a lookbehind.
_WEEKDAY_RE = re.compile(r"[MTWFS](?<![\w-].)(?:(?<=M)onday|(?<=T)uesday|(?<=W)ednesday|(?<=T)hursday|(?<=F)riday"
                         r"|(?<=S)aturday|(?<=S)unday)(?!\w)")
# `self.expr`'s regex, matched straight at each weekday (see `_forms_in`).
_FORM_RE = re.compile(_FORM)
_QUOTES = ("'", "’")


def _forms_in(s: str):
    """The matches of _FORM_RE in `s`, as `scan_at_triggers(self.expr, s, _WEEKDAY.re,
    back_words=0, ahead=60)` finds them, without its word-start search and slice for each
    weekday (found by _WEEKDAY_RE). It tries the form at the word start at or before each
    weekday not inside the last claim, on a slice ending 60 characters after the weekday.
    That word start is the weekday itself unless a quote stands before it ("’Monday": the
    weekday's lookbehind allows no letter, digit or hyphen), and a parse from an earlier
    start fails there (the form starts with a weekday, and after one only spacing, "(", ","
    or "the" and a date, never a quote, may follow). A match with `endpos` is the slice's;
    the weekday's lookbehind holds in `s` as in the slice (the trigger matched there), and
    nothing else of the form looks before it."""
    consumed = 0
    for w in _WEEKDAY_RE.finditer(s):
        at = w.start()
        if at < consumed or at and s[at - 1] in _QUOTES:
            continue
        m = _FORM_RE.match(s, at, w.end() + 60)
        if m is not None:
            consumed = m.end()  # (the zero-width last group's offset, where the claim ends)
            yield m


_DAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
# Weekdays right before the claim's weekday: "Saturday and ", "Monday, Tuesday and ",
# "Friday to ", "Friday through ", "Friday-".
_LIST_BEFORE = re.compile(rf"(?<![\w-])(?P<list>(?:(?:{_DAY_NAMES}),\s*)*(?:{_DAY_NAMES})),?\s+(?:and|&)\s+$")
_SPAN_BEFORE = re.compile(rf"(?<![\w-])(?P<first>{_DAY_NAMES})\s*(?:to|through|thru|until|till|[-–])\s*$")
_SPAN_WORDS = ("to", "through", "thru", "until", "till", "-", "–")  # (what _SPAN_BEFORE's words end with)
# More days after the date: "-10" (RANGE_END), " and 10", ", 10 and 11"; then maybe the year.
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_DAYS_AFTER = re.compile(rf"(?P<days>(?:\s*,\s*{_DAY})*\s*,?\s+(?:and|&)\s+{_DAY})")
_YEAR_AFTER = re.compile(r",?\s+(?P<y>(?:1[6-9]|20)\d\d)\b")
_DIGITS = re.compile(r"\d+")


def _several(s: str, w_at: int, weekday: str, d_end: int, year, month: int, dom: int, parenthesised: bool):
    """For a weekday that ends a list or span of weekdays, or whose date starts a range or a
    list of days: (start of the first weekday, end of the last day, the (weekday, month, day)
    pairs — empty when they do not pair — a year written after the range, and whether the
    weekdays are a span, "Friday to Sunday"); else None."""
    # Both end in a word that joins weekdays, then spacing: searched only after one.
    joined = s[max(0, w_at - 80):w_at].rstrip()
    lst = _LIST_BEFORE.search(s, max(0, w_at - 80), w_at) if joined.endswith(("and", "&")) else None
    span = None if lst or not joined.endswith(_SPAN_WORDS) else _SPAN_BEFORE.search(s, max(0, w_at - 20), w_at)
    if lst is None and span is None:
        return None
    lo = (lst or span).start()
    weekdays = (re.findall(_DAY_NAMES, lst.group("list")) + [weekday]) if lst else [span.group("first"), weekday]
    first = date(2000, month, dom)  # a leap year: month-day arithmetic only
    days: list[tuple[int, int]] = [(month, dom)]
    end = d_end
    rng = None if parenthesised or year is not None else RANGE_END_RE.match(s, d_end)
    listed = None if parenthesised or year is not None or rng else _DAYS_AFTER.match(s, d_end)
    if rng is not None:
        end = rng.end()
        parts = rng.group().strip().lstrip("-–").split()
        last_month = month_number(parts[0]) if len(parts) == 2 else month
        last_dom = int(_DIGITS.match(parts[-1]).group())
        try:
            last = date(2000 if last_month >= month else 2001, last_month, last_dom)
        except ValueError:
            return lo, end, [], "", span is not None
        n = (last - first).days
        if not 0 < n < 14:
            return lo, end, [], "", span is not None
        days = [((first + timedelta(k)).month, (first + timedelta(k)).day) for k in range(n + 1)]
    elif listed is not None:
        nums = [dom] + [int(x) for x in _DIGITS.findall(listed.group("days"))]
        if any(b <= a for a, b in zip(nums, nums[1:])):
            return lo, d_end, [], "", span is not None
        end = listed.end()
        days = [(month, d) for d in nums]
    year_after = _YEAR_AFTER.match(s, end) if end != d_end else None
    if year_after is not None:
        end = year_after.end()
    written_year = year_after.group("y") if year_after else ""
    if span is not None:
        if len(days) < 2:
            return lo, end, [], "", span is not None
        pairs = [(weekdays[0], *days[0]), (weekdays[-1], *days[-1])]
    elif len(weekdays) == len(days):
        pairs = [(w, m, d) for w, (m, d) in zip(weekdays, days)]
    else:
        pairs = []
    return lo, end, pairs, written_year, span is not None


def _all_dated(s: str, first: re.Match, dated: list[tuple[int, int]]) -> bool:
    """Does every weekday in `s`, from the `first`, start in one of the `dated` spans?"""
    w = first
    while w is not None:
        at = w.start()
        for a, b in dated:
            if a <= at < b:
                break
        else:
            return False
        w = _WEEKDAY_RE.search(s, w.end())
    return True


# The last sentence the dated grammar read (its text object) and its claims' spans in it,
# as one tuple (read and replaced whole): the spans depend on that text only.
_LAST_DATED: list = [(None, [])]


def build(vocabulary: Vocabulary) -> WeekdayGrammar:
    return WeekdayGrammar()


# --- relative weekdays: "left Moscow on Sunday", "last Friday", "will meet on Tuesday" ------
# A weekday with no date resolves against the article's date (checker.verify.weekday). It is
# its own kind, `weekday-relative`: there is nothing to contradict, only a day to record.
RELATIVE_KIND = "weekday-relative"
# Named days that are no day of this week: "Bloody Sunday", "Super Tuesday", "Good Friday".
_NAMED_DAYS = re.compile(r"(?:Bloody|Super|Good|Black|Ash|Easter|Palm|Holy|Cyber|Maundy|Shrove|Boxing|Blue)\s+$")
_RELATIVE = pp.Regex(
    r"(?P<lead>\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?"
    r"(?P<weekday>(?<![\w-])(?:%s))(?!\w)(?!['’]s\s+(?:Times|Telegraph|Express|Mirror|Post))"
    % "|".join(w.capitalize() for w in WEEKDAYS)
)
# What a lead of _RELATIVE may take before its weekday, read backwards: its spacing and a
# word, twice ("This past"), or more.
_LEAD_ROOM = re.compile(r"(?:\s+[A-Za-z]+){0,2}")
# A future tense earlier in the clause makes "on Friday" the coming Friday.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|planning|going)\s+to|"
    r"(?:is|are)\s+(?:due|scheduled)|plans?\s+to|intends?\s+to|aims?\s+to|upcoming)\b", re.IGNORECASE)
# (matched at the weekday's end, or searched up to its start: the same as in the slices there)
_NUMBER_NEXT = re.compile(r"\s*,?\s*(?:\d|the\s+\d)")
_SPAN_NEXT = re.compile(rf"[-–](?:{_DAY_NAMES})\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_CLAUSE_START = re.compile(r"[;:—–]|,\s+(?:but|and|while|after|before|when)\b|\.\s")


class RelativeWeekdayGrammar:
    might_match = staticmethod(WeekdayGrammar.might_match)  # it too finds nothing without a weekday

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s = sentence.text
        first = _WEEKDAY_RE.search(s)
        if not first:
            return []
        # Weekdays with a date are the other grammar's: only where a date follows is it
        # parsed, and those spans are skipped here.
        last_text, last_spans = _LAST_DATED[0]
        if last_text is s:  # the dated grammar has just read this very sentence
            dated = last_spans
        else:
            dated = _dated().scan(text, sentence, index)[1] if _DIGIT.search(s) else []
        if dated and _all_dated(s, first, dated):
            return []  # (each weekday below is one of these: all would be skipped)
        out = []
        # (searched from the words before the first weekday that a lead may take)
        for m in _RELATIVE.re.finditer(s, first.start() - _LEAD_ROOM.match(s[:first.start()][::-1]).end()):
            lo, hi = m.start(), m.end()
            w_at = m.start("weekday")
            if any(a <= w_at < b for a, b in dated) or _NAMED_DAYS.search(s, 0, w_at):
                continue
            if _SPAN_NEXT.match(s, m.end()):
                continue  # "Friday-Sunday, Sept. 8-10": the start of a run of dated days
            if _NUMBER_NEXT.match(s, m.end()):
                continue  # "On Wednesday, 3:30 p.m." / a date the dated grammar refused
            if not m.group("lead") and (_ARTICLE_BEFORE.search(s, 0, w_at) or _CAPITAL_NEXT.match(s, m.end())):
                continue  # "The Sunday Times", "Monday Night Football": a name, not a day
            lead = (m.group("lead") or "").strip().lower()
            if lead in ("last", "this past", "earlier") or lead == "since":
                direction = "past"
            elif lead in ("next", "this", "until", "by") and lead != "by":
                direction = "next"
            else:
                clause = _CLAUSE_START.split(s[:w_at])[-1]
                direction = "next" if _FUTURE.search(clause) or lead == "next" else "past"
            start, end = sentence.start + lo, sentence.start + hi
            out.append(Claim(
                kind=RELATIVE_KIND, rule=f"weekday.relative-{direction}", start=start, end=end,
                text=text[start:end], sentence=index,
                slots={"weekday": m.group("weekday"), "direction": direction, "lead": m.group("lead") or ""},
                slot_spans={"weekday": (sentence.start + w_at, sentence.start + m.end("weekday"))},
            ))
        return out


@cache
def _dated() -> WeekdayGrammar:
    """The dated grammar, to skip its claims (built once, when first needed: it holds no
    state and no vocabulary)."""
    return WeekdayGrammar()


_DIGIT = re.compile(r"\d")  # every date has one: without, no dated weekday to skip


class _Relative:
    """Registered in claims.extract like a grammar module."""

    KIND = RELATIVE_KIND

    @staticmethod
    def build(vocabulary: Vocabulary) -> RelativeWeekdayGrammar:
        return RelativeWeekdayGrammar()


relative = _Relative()
