"""Weekday stated with a calendar date: "on Wednesday, March 2, 2022", "Sunday 20 June 2021",
"Friday (Jan. 7)". The year may be left out; the judge then takes the year that puts the
date nearest the article's date, as readers do."""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import DATE_RE, WEEKDAYS, date_parts, keep_tabs, regex_form, scan_at_triggers
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
        claims = []
        # The claim starts at its weekday: the grammar is tried there only.
        for at, toks in scan_at_triggers(self.expr, sentence.text, _WEEKDAY.re, back_words=0, ahead=60):
            (w_at, weekday), (d_at, date_text) = toks["weekday"], toks["date"]
            w_at, d_at, hi = at + w_at, at + d_at, at + toks["end"][0]
            year, month, dom = date_parts(DATE_RE.fullmatch(date_text))
            start = sentence.start + w_at
            end = sentence.start + hi  # includes a closing parenthesis
            claims.append(
                Claim(
                    kind=KIND,
                    rule="weekday.with-date",
                    start=start,
                    end=end,
                    text=text[start:end],
                    sentence=index,
                    slots={
                        "weekday": weekday,
                        "date": date_text,
                        "year": "" if year is None else str(year),
                        "month": str(month),
                        "day": str(dom),
                    },
                    slot_spans={
                        "weekday": (start, start + len(weekday)),
                        "date": (sentence.start + d_at, sentence.start + d_at + len(date_text)),
                    },
                )
            )
        # the spans, for the relative grammar that runs next on the same sentence
        _LAST_DATED[0] = (sentence.text, [(c.start - sentence.start, c.end - sentence.start) for c in claims])
        return claims


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
# A future tense earlier in the clause makes "on Friday" the coming Friday.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|planning|going)\s+to|"
    r"(?:is|are)\s+(?:due|scheduled)|plans?\s+to|intends?\s+to|aims?\s+to|upcoming)\b", re.IGNORECASE)
# (matched at the weekday's end, or searched up to its start: the same as in the slices there)
_NUMBER_NEXT = re.compile(r"\s*,?\s*(?:\d|the\s+\d)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_CLAUSE_START = re.compile(r"[;:—–]|,\s+(?:but|and|while|after|before|when)\b|\.\s")


class RelativeWeekdayGrammar:
    might_match = staticmethod(WeekdayGrammar.might_match)  # it too finds nothing without a weekday

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        if not _WEEKDAY.re.search(sentence.text):
            return []
        s = sentence.text
        # Weekdays with a date are the other grammar's: only where a date follows is it
        # parsed, and those spans are skipped here.
        last_text, last_spans = _LAST_DATED[0]
        if last_text is s:  # the dated grammar has just read this very sentence
            dated = last_spans
        else:
            dated = [(c.start - sentence.start, c.end - sentence.start)
                     for c in (_DATED.extract(text, sentence, index) if _DIGIT.search(s) else ())]
        out = []
        for m in _RELATIVE.re.finditer(s):
            lo, hi = m.start(), m.end()
            w_at = m.start("weekday")
            if any(a <= w_at < b for a, b in dated) or _NAMED_DAYS.search(s, 0, w_at):
                continue
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


# The dated grammar, to skip its claims (built once: it holds no state and no vocabulary).
_DATED = WeekdayGrammar()
_DIGIT = re.compile(r"\d")  # every date has one: without, no dated weekday to skip


class _Relative:
    """Registered in claims.extract like a grammar module."""

    KIND = RELATIVE_KIND

    @staticmethod
    def build(vocabulary: Vocabulary) -> RelativeWeekdayGrammar:
        return RelativeWeekdayGrammar()


relative = _Relative()
