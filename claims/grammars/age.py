"""A person's age, as news gives it:

  appositive      "Biden, 78, said", "Merkel (67) left", "Putin, aged 69,", "Putin, now 69,",
                  "Sen. Elizabeth Warren of Massachusetts, 69," (a place of the vocabulary;
                  "Abdullah of Saudi Arabia, 96" is also read whole, `person_long`)
  relative clause "Putin, who is 69,", "Macron, who is now 44,"
  adjective       "the 69-year-old Putin", "78-year-old President Joe Biden",
                  "Putin, the 69-year-old Russian leader", "Sunak, a 42-year-old former banker"

Slots: `person`, `age` (the digits as written) and, in the adjective forms, `unit`
("year-old"). A bare number after a comma is an age only when a comma, a closing bracket
or the end of the sentence follows it ("Biden, 78, said"); "In Kyiv, 25 people died" is
no claim, and a country or a title is never taken for the person.
"""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import one_of_forms
from claims.grammars.mentions import (inside_possessed, located, make_claim, name, stop_words, surname_words,
                                      word)
from claims.grammars.names import NAME_PATTERN
from claims.grammars.common import scan_at_triggers
from claims.grammars.triggered import NAME_START, full_names
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "age"
_KEYS = ("person", "age", "unit")
_NUMBER = r"(?<![\w.,-])(?:1[01]\d|[1-9]?\d)"  # 0–119: no year, no "2,000"
# The age itself, where it can be one: a number before a comma, a bracket, the sentence's
# end or "-year-old". The grammar is tried only around such numbers, not at every character
# of every sentence with a digit in it.
# (_NUMBER with its first digit matched first, and the checks on it after: a pattern that
# starts with a character class is searched for that class in C, not tried at every
# character. The same matches: "1[01]\d", then "[1-9]\d", then "\d", none after [\w.,-].)
_TRIGGER = re.compile(r"\d(?<![\w.,-]\d)(?:(?<=1)[01]\d|(?<=[1-9])\d|)"
                      r"(?=\s*(?:[,;)]|\.?\s*$|\.[\"'”’])|[-\s]years?[-\s]old\b)")
# What `AgeGrammar.lead` ends with (a bracket, or a comma and maybe one of its words, then
# spacing) and a trigger after it (see `AgeGrammar.might_match`); its first character is
# searched for in C.
_HINT = re.compile(r"[(,]\s*(?:(?i:aged|now|age|who\s+is(?:\s+now)?|the|an?)\s+)?\s*" + _TRIGGER.pattern)
# A claim holds its trigger after a name and the words of `AgeGrammar.lead` (which end in
# "(", "," or one of its words, then spacing), or starts at it ("69-year-old Putin": no
# name starts with a digit). A trigger with neither before nor after it (the day of "March
# 3, 2022") is never reached by a claim: `_triggers` leaves it out, unparsed.
_LEAD_END = re.compile(r"(?:[(,]|(?i:aged|now|age|is|the|an?))\Z")  # searched in the 4 characters before
_YEAR_OLD = re.compile(r"[-\s]years?[-\s]old\b")
# A claim starts at the name, or at the number of "69-year-old Putin".
_OPENS = re.compile(rf"{NAME_START}|\d")


class AgeGrammar:
    def __init__(self, vocabulary: Vocabulary):
        stop = stop_words(vocabulary)
        self.stop = stop
        comma = pp.Suppress(pp.Literal(","))
        person = name("person", stop, surnames=surname_words(vocabulary))
        # an age standing alone: a comma, a bracket or the sentence's end must follow
        bare = located(_NUMBER + r"(?=\s*(?:[,;)]|\.?\s*$|\.[\"'”’]))", "age")
        in_brackets = pp.Suppress(pp.Literal("(")) + located(_NUMBER + r"(?=\))", "age")
        year_old = located(_NUMBER + r"(?=[-\s]years?[-\s]old\b)", "age") + located(r"[-\s]years?[-\s]old", "unit", 0)
        # between "69-year-old" and the name only a title, a country or "former" may stand
        lead = vocabulary.alternation(vocabulary.titles + vocabulary.countries + ("former", "then", "outgoing", "incumbent"))
        lead_words = pp.Suppress(pp.Regex(vocabulary.compile(rf"(?:(?:{lead})\s+)*", re.I)))
        # "Sen. Elizabeth Warren of Massachusetts, 69,": the person's state or country
        # between the name and the age (a place of the vocabulary: a country, a capital, the
        # place of a regional title such as "Massachusetts Governor").
        states = [t[: -len(" Governor")] for t in vocabulary.titles if t.endswith(" Governor")]
        places = vocabulary.alternation(tuple(states) + vocabulary.countries + vocabulary.capitals)
        of_place = pp.Optional(located(rf"of\s+(?:the\s+)?(?:{places})(?![\w'’-])", "of_place", 0, vocabulary.compile))
        person = person + of_place
        forms = {
            "appositive": person + comma + pp.Optional(word(r"aged|now|age")) + bare,
            "brackets": person + in_brackets,
            "who-is": person + comma + word("who") + word("is") + pp.Optional(word("now")) + bare,
            "name-year-old": person + comma + word("the|a|an") + year_old,
            "year-old-name": year_old + lead_words + person,
        }
        self.expr = one_of_forms(forms)
        # What may stand between a claim's start and its number (see scan_at_triggers):
        # a name and the words of the forms above, looser than they are.
        self.lead = re.compile(rf"{NAME_PATTERN}(?:\s+of\s+(?:the\s+)?{NAME_PATTERN})?"
                               rf"\s*(?:\(|,\s*(?:(?i:aged|now|age|who\s+is(?:\s+now)?|the|an?)\s+)?)\s*")

    @staticmethod
    def might_match(s: str, folded: str | None) -> bool:
        """False only when `extract` finds nothing: a claim starts at its trigger only in
        "69-year-old Putin" (no name starts with a digit), whose unit holds "year";
        otherwise it starts before the trigger and `self.lead` runs from there up to it,
        ending as `_HINT` starts (a date's day or year after a comma is no trigger)."""
        return "year" in s or _HINT.search(s) is not None

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims = []
        found = _triggers(sentence.text)
        if not found:
            return claims
        for at, toks in scan_at_triggers(self.expr, sentence.text, _TRIGGER, back_words=8, ahead=120, opens=_OPENS,
                                         lead=self.lead, found=found):
            if inside_possessed(sentence.text, at + toks["person"][0], self.stop):
                continue  # "Scholz's Social Democrats, 25": not a person's age
            window = Sentence(sentence.start + at, sentence.end, sentence.text[at:])
            extra = full_names(text, window.start, toks, ("person",), self.stop)
            if "of_place" in toks and "person" in toks:
                # "Abdullah of Saudi Arabia, 96": the place may be part of the name (the
                # verifier takes the longer reading when it is exactly someone's name)
                place_at, place = toks["of_place"]
                extra.setdefault("person_long", window.text[toks["person"][0]:place_at + len(place)])
            claims.append(make_claim(KIND, toks["rule"], text, window, index, toks, _KEYS, extra))
        return claims


def _triggers(s: str) -> list[re.Match]:
    """The matches of _TRIGGER in `s` that a claim may reach (see `_LEAD_END`), in order."""
    out = []
    for m in _TRIGGER.finditer(s):
        at = m.start()
        end = len(s[:at].rstrip())  # (`\s` is what str.isspace() says)
        if _LEAD_END.search(s, max(0, end - 4), end) or _YEAR_OLD.match(s, m.end()):
            out.append(m)
    return out


def build(vocabulary: Vocabulary) -> AgeGrammar:
    return AgeGrammar(vocabulary)
