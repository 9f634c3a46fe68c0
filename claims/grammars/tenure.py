"""Tenures: who held an office from when to when, as backgrounders state it —

  "Tony Blair, who was prime minister from 1997 to 2007", "Merkel served as chancellor from
  November 2005 to December 2021", "Clinton had served as secretary of state from 2009 to 2013", "Gerhard Schröder, chancellor from 1998 to 2005,",
  "Former Prime Minister Tony Blair, who held the office from 1997 to 2007",
  "Putin was Russia's prime minister between 2008 and 2012";
  and open spans, held from then to the claim's time: "Merkel, chancellor since 2005",
  "Scholz, who has been chancellor since December 2021", "Biden has served as president since 2021"

An officeholder claim with a span instead of a moment: the checker compares the span with
the person's terms of the office, at the precision written (a year, or a month and year).
The span ("from ... to ...", "between ... and ...", "since ...") is the trigger; the grammar is tried at
the word starts before it. A title must be written (or, with "held the office", stand
before the name): "Blair, in power from 1997 to 2007" names no office.
"""
from __future__ import annotations

import re

from claims.grammars.common import keep_tabs, regex_form, scan_at_triggers, trimmed_person
from claims.grammars.mentions import inside_possessed
from claims.grammars.names import NAME_PATTERN
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "officeholder"
SHAPE = "tenure"

_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?"
          r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_WHEN = rf"(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?{_YEAR}"
_TRIGGER = re.compile(rf"(?<![\w-])(?i:from|between|since)\s+{_WHEN}")
_OPENS = re.compile(r"[A-Z]")


class TenureGrammar:
    def __init__(self, vocabulary: Vocabulary):
        self.stop = frozenset(vocabulary.countries) | frozenset(w for t in vocabulary.titles for w in t.split())
        countries = vocabulary.alternation(vocabulary.countries)
        titles = vocabulary.alternation(vocabulary.titles)
        ws = r"\s*"

        def office(n: int) -> str:  # the office, twice in the pattern: group names end in n
            country = rf"(?:(?P<country{n}>{countries})(?:['’]s?(?!\w))?\s+)"
            of = rf"(?:\s+of\s+(?:the\s+)?(?P<country_of{n}>{countries}))?"
            return rf"(?:(?i:the|a)\s+)?{country}?(?P<title{n}>(?i:{titles})){of}"

        def span(n: int) -> str:
            return (rf"(?:(?i:from)\s+(?P<start{n}>{_WHEN})\s+(?i:to|until|till|through)\s+(?P<end{n}>{_WHEN})"
                    rf"|(?i:between)\s+(?P<start{n}0>{_WHEN})\s+(?i:and)\s+(?P<end{n}0>{_WHEN}))")

        def since(n: int) -> str:  # an open span: held from then to the claim's time
            return rf"(?i:since)\s+(?P<since{n}>{_WHEN})(?![\w-])"

        def name(n: int) -> str:
            return rf"(?P<person{n}>(?>{NAME_PATTERN}))"

        verb = r"(?i:was|(?:had\s+|has\s+|have\s+)?served\s+as|had\s+been|has\s+been|have\s+been)"
        # The title stands in the pattern twice (it is most of the regex, and compiling it is
        # most of a cold start): once after the name, once before it.
        forms = [
            # "Blair (, who) was/served as prime minister from 1997 to 2007", "Gerhard Schröder,
            # chancellor from 1998 to 2005", "Merkel, (who has been) chancellor since 2005",
            # "Scholz has served as chancellor since December 2021" (an open span: held from then
            # on, to the claim's time); which of these the words between allow: `_shape_ok`
            rf"{name(1)}(?P<comma>{ws},{ws}(?:who\s+)?)?\s*(?P<verb>{verb}\s+)?(?:(?i:the|a)\s+)?(?:(?i:former)\s+)?"
            rf"{office(1)}\s+(?:{span(1)}|{since(1)})",
            # "(Former) Prime Minister Tony Blair, who held the office from 1997 to 2007"
            rf"(?:(?P<modifier>(?i:former))\s+)?{office(3)}\s+{name(3)}{ws},{ws}who\s+(?i:held|occupied)\s+"
            rf"(?i:the|that)\s+(?i:office|post|job|position|role)\s+{span(3)}",
        ]
        pattern = "|".join(f"(?:{f})" for f in forms)
        self.expr = keep_tabs(regex_form("tenure", pattern, trimmed_person(self.stop), vocabulary.compile))

    @staticmethod
    def might_match(s: str, folded: str | None) -> bool:
        """False only when the sentence cannot hold a trigger: "from", "between" or "since" (in
        any case: `folded` is the sentence lower-cased, None when that cannot rule one out) and
        a year, whose first digit is a 1 or a 2."""
        return ("1" in s or "2" in s) and (folded is None or "from" in folded or "between" in folded
                                           or "since" in folded)

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s, out = sentence.text, []
        for at, toks in scan_at_triggers(self.expr, s, _TRIGGER, back_words=14, ahead=80, opens=_OPENS):
            slots = {k: (at + found[0], found[1]) for k, found in toks.items() if k != "rule"}
            comma, verb = slots.pop("comma", None), slots.pop("verb", None)
            name_first = "title" in slots and "person" in slots and slots["person"][0] < slots["title"][0]
            if name_first and not _shape_ok(comma, verb, "since" in slots):
                continue
            since = "since" in slots
            if since:
                slots["start"] = slots.pop("since")
            if not {"person", "title", "start"} <= slots.keys() or not (since or "end" in slots):
                continue
            if inside_possessed(s, slots["person"][0], self.stop):
                continue  # "Blair's Labour Party, which was ... from": no person
            if "country_of" in slots:  # "prime minister of Britain"
                slots.setdefault("country", slots.pop("country_of"))
            lo = min(p for p, _ in slots.values())
            hi = max(p + len(v) for p, v in slots.values())
            start, end = sentence.start + lo, sentence.start + hi
            values = {k: v.strip() for k, (_, v) in slots.items()}
            values["shape"] = SHAPE
            if since:
                values["open"] = "yes"  # no end written: held from `start` to the claim's time
            out.append(Claim(kind=KIND, rule=f"{KIND}.tenure", start=start, end=end, text=text[start:end],
                             sentence=index, slots=values,
                             slot_spans={k: (sentence.start + p, sentence.start + p + len(v)) for k, (p, v) in slots.items()}))
        return out


def _shape_ok(comma, verb, since: bool) -> bool:
    """What may stand between the name and the title: a closed span needs a verb ("Blair
    was prime minister from ...", "Blair, who was ...") or an apposition ("Schröder,
    chancellor from ..."); "who" always needs its verb; an open span ("since") either."""
    who = comma is not None and "who" in comma[1]
    if who and verb is None:
        return False
    return since or verb is not None or comma is not None


def build(vocabulary: Vocabulary) -> TenureGrammar:
    return TenureGrammar(vocabulary)
