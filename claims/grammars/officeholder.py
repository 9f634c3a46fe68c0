"""A person named with an office, in the common newswire forms:

  title before the name   "Russian President Vladimir Putin", "former US President Donald Trump",
                          "US Ambassador to Russia John Sullivan", "Russia's President Vladimir Putin"
  title, comma, name      "Russia's president, Vladimir Putin", "Russia's ambassador to the US,
                          Anatoly Antonov", "the president of France, Emmanuel Macron"
  name then "of" country  "President Vladimir Putin of Russia"
  name, comma, title      "Vladimir Putin, the Russian president", "Olaf Scholz, Germany's chancellor"

Titles, countries and capitals come from the vocabulary (the reference base), never from code.
"""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import keep_tabs, regex_form, scan_at_triggers, trimmed_person
from claims.grammars.names import NAME_PATTERN, STOPWORDS
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "officeholder"

_MODIFIER = r"(?<![\w-])(?:(?:former|then|acting|interim|outgoing|late)(?![\w-])|(?:ex|then)-)"
_SLOT_ORDER = ("modifier", "country", "title", "to", "country_of", "person")


class OfficeholderGrammar:
    def __init__(self, vocabulary: Vocabulary):
        country_words = vocabulary.alternation(vocabulary.countries)
        places = vocabulary.alternation(vocabulary.countries + vocabulary.capitals)
        self.trigger = vocabulary.compile(vocabulary.alternation(vocabulary.titles), re.I)
        self.stop = frozenset(vocabulary.countries) | frozenset(vocabulary.capitals) | frozenset(
            w for t in vocabulary.titles for w in t.split()
        )

        # Each form is one regex (see common.regex_form); the pieces mirror what pyparsing
        # elements did: optional whitespace between parts, lookarounds for word edges, and
        # atomic groups where pyparsing would not backtrack (a name is matched once, whole).
        ws = r"\s*"
        the = r"(?:(?i:(?<![\w-])the(?!\w))\s*)"
        mod = rf"(?i:{_MODIFIER})"
        country = rf"(?P<country>(?>{country_words}))(?:['’]s?(?!\w))?"
        pre = rf"{the}?(?:(?P<modifier1>{mod}){ws})?(?:{country}{ws})?(?:(?P<modifier2>{mod}){ws})?"
        title = rf"(?P<title>(?i:{self.trigger.pattern}))"
        to = rf"(?i:to(?!\w)){ws}{the}?(?P<to>{places})"
        of = rf"of(?!\w){ws}{the}?(?P<country_of>{country_words})"
        name = rf"(?P<person>(?>{NAME_PATTERN}))"
        self.expr = keep_tabs(pp.MatchFirst([
            # "Russian President Vladimir Putin (of Russia)", "US Ambassador to Russia John Sullivan"
            regex_form("title-before-name", rf"{pre}{title}(?:{ws}{to})?{ws}{name}(?:{ws}{of})?", trimmed_person(self.stop),
                       vocabulary.compile),
            # "Russia's ambassador to the US, Anatoly Antonov"; "the president of France, Emmanuel Macron"
            regex_form("title-comma-name", rf"{pre}{title}(?:{ws}(?:{to}|{of}))?{ws},{ws}{name}", trimmed_person(self.stop),
                       vocabulary.compile),
            # "Vladimir Putin, the Russian president"; "Olaf Scholz, Germany's chancellor". Not
            # when a name follows the title: "In Moscow, Russian Prime Minister X" is the form above.
            regex_form("name-comma-title", rf"{name}{ws},{ws}{pre}{title}(?:{ws}(?:{to}|{of}))?(?!{ws}{NAME_PATTERN})",
                       trimmed_person(self.stop), vocabulary.compile),
        ]))
        # What may stand before the title in any form (see scan_at_triggers): looser than
        # the forms, never stricter.
        self.lead = vocabulary.compile(rf"(?:{NAME_PATTERN}{ws},{ws})?{pre}")

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims = []
        for at, toks in scan_at_triggers(self.expr, sentence.text, self.trigger, lead=self.lead):
            claim = self._claim(text, sentence.start + at, index, toks)
            if claim is not None:
                claims.append(claim)
        return claims

    def _qualified(self, text: str, start: int) -> bool:
        """Is the title qualified by a capitalised word the grammar did not take in?

        In "former London mayor Boris Johnson", "Deputy Prime Minister X" or "NATO
        Secretary-General Jens Stoltenberg" the office is London's, a deputy's or NATO's;
        judging the bare title would pick some other office of that name, so no claim."""
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return bool(m) and m.group(1) not in STOPWORDS

    def _claim(self, text: str, base: int, index: int, toks: dict) -> Claim | None:
        spans: dict[str, tuple[int, int]] = {}
        slots: dict[str, str] = {}
        for key in _SLOT_ORDER:
            if key not in toks:
                continue
            at, value = toks[key]
            name = "country" if key == "country_of" else key
            slots[name] = value
            spans[name] = (base + at, base + at + len(value))
        if "person" not in slots:
            return None
        rule = toks["rule"]
        if rule == "title-comma-name" and "country" not in slots and "to" not in slots:
            return None  # "said the president, Putin ..." names no office precisely enough
        start = min(lo for lo, _ in spans.values())
        end = max(hi for _, hi in spans.values())
        if rule == "title-before-name" and not {"country", "modifier"} & slots.keys() and self._qualified(text, start):
            return None
        return Claim(
            kind=KIND,
            rule=f"{KIND}.{rule}",
            start=start,
            end=end,
            text=text[start:end],
            sentence=index,
            slots=slots,
            slot_spans=spans,
        )


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)[ \t]+$")


def build(vocabulary: Vocabulary) -> OfficeholderGrammar:
    return OfficeholderGrammar(vocabulary)
