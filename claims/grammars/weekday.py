"""Weekday stated with a calendar date: "on Wednesday, March 2, 2022", "Sunday 20 June 2021",
"Friday (Jan. 7)". The year may be left out; the judge then takes the year that puts the
date nearest the article's date, as readers do."""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import DATE_RE, WEEKDAYS, date_parts, slot
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "weekday"

_WEEKDAY = pp.Regex(r"(?<![\w-])(?:%s)(?!\w)" % "|".join(w.capitalize() for w in WEEKDAYS))
_DATE = pp.Regex(DATE_RE.pattern)
_OPEN, _CLOSE = pp.Suppress(pp.Literal("(")), pp.Suppress(pp.Literal(")"))
_SEP = pp.Suppress(pp.Optional(pp.Literal(",")) + pp.Optional(pp.Keyword("the")))


class WeekdayGrammar:
    def __init__(self) -> None:
        day = slot(_WEEKDAY, "weekday")
        date = slot(_DATE, "date")
        self.expr = day + (_OPEN + date + _CLOSE | _SEP + date)

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        if not _WEEKDAY.re.search(sentence.text):
            return []
        claims = []
        for toks, lo, hi in self.expr.scan_string(sentence.text):
            (w_at, weekday), (d_at, date_text) = toks["weekday"], toks["date"]
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
        return claims


def build(vocabulary: Vocabulary) -> WeekdayGrammar:
    return WeekdayGrammar()
