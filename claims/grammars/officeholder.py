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

from claims.grammars.common import alternation, one_of_forms, scan_at_triggers, slot
from claims.grammars.names import NAME_PATTERN, STOPWORDS, trim
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "officeholder"

_MODIFIER = r"(?<![\w-])(?:(?:former|then|acting|interim|outgoing|late)(?![\w-])|(?:ex|then)-)"
_SLOT_ORDER = ("modifier", "country", "title", "to", "country_of", "person")


class OfficeholderGrammar:
    def __init__(self, vocabulary: Vocabulary):
        country_words = alternation(vocabulary.countries)
        places = alternation(vocabulary.countries + vocabulary.capitals)
        self.trigger = re.compile(alternation(vocabulary.titles), re.I)
        self.stop = frozenset(vocabulary.countries) | frozenset(vocabulary.capitals) | frozenset(
            w for t in vocabulary.titles for w in t.split()
        )

        the = pp.Suppress(pp.Regex(r"(?i)(?<![\w-])the(?!\w)"))
        comma = pp.Suppress(pp.Literal(","))
        modifier = slot(pp.Regex(_MODIFIER, re.I), "modifier")
        country = slot(pp.Regex(country_words), "country")
        country_poss = slot(pp.Regex(country_words + r"(?=['’]s?(?!\w))"), "country") + pp.Suppress(
            pp.Regex(r"['’]s?(?!\w)")
        )
        title = slot(pp.Regex(self.trigger.pattern, re.I), "title")
        to = pp.Suppress(pp.Regex(r"(?i)to(?!\w)")) + pp.Optional(the) + slot(pp.Regex(places), "to")
        of = pp.Suppress(pp.Regex(r"of(?!\w)")) + pp.Optional(the) + slot(pp.Regex(country_words), "country_of")
        name = slot(pp.Regex(NAME_PATTERN).add_parse_action(self._trim_name), "person")

        mods = pp.Optional(modifier)
        pre = pp.Optional(the) + mods + pp.Optional(country_poss | country) + mods
        # "Russian President Vladimir Putin (of Russia)", "US Ambassador to Russia John Sullivan"
        before = (pre + title + pp.Optional(to) + name + pp.Optional(of)).set_name("title-before-name")
        # "Russia's ambassador to the US, Anatoly Antonov"; "the president of France, Emmanuel Macron"
        comma_before = (pre + title + pp.Optional(to | of) + comma + name).set_name("title-comma-name")
        # "Vladimir Putin, the Russian president"; "Olaf Scholz, Germany's chancellor". Not when
        # a name follows the title: "In Moscow, Russian Prime Minister X" is the form above.
        after = (
            name + comma + pp.Optional(the) + mods + pp.Optional(country_poss | country) + mods + title
            + pp.Optional(to | of) + ~pp.Regex(NAME_PATTERN)
        ).set_name("name-comma-title")
        self.expr = one_of_forms(
            {"title-before-name": before, "title-comma-name": comma_before, "name-comma-title": after}
        )

    def _trim_name(self, s: str, loc: int, toks: pp.ParseResults):
        trimmed = trim(0, toks[0], self.stop)
        if trimmed is None:
            raise pp.ParseException(s, loc, "not a name")
        return trimmed[1] if trimmed[0] == 0 else _Shifted(trimmed)

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims = []
        for at, toks in scan_at_triggers(self.expr, sentence.text, self.trigger):
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

    def _claim(self, text: str, base: int, index: int, toks: pp.ParseResults) -> Claim | None:
        spans: dict[str, tuple[int, int]] = {}
        slots: dict[str, str] = {}
        for key in _SLOT_ORDER:
            if key not in toks:
                continue
            at, value = toks[key]
            if isinstance(value, _Shifted):
                at, value = at + value.shift, value.text
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


class _Shifted(str):
    """A trimmed name that starts later than its regex match did."""

    def __new__(cls, trimmed: tuple[int, str]):
        obj = super().__new__(cls, trimmed[1])
        obj.shift, obj.text = trimmed
        return obj


def build(vocabulary: Vocabulary) -> OfficeholderGrammar:
    return OfficeholderGrammar(vocabulary)
