"""A person named with an office, in the common newswire forms:

  title before the name   "Russian President Vladimir Putin", "former US President Donald Trump",
                          "US Ambassador to Russia John Sullivan", "Russia's President Vladimir Putin"
  title, comma, name      "Russia's president, Vladimir Putin", "Russia's ambassador to the US,
                          Anatoly Antonov", "the president of France, Emmanuel Macron", "the
                          former president, Bill Clinton" (a bare title only with a modifier)
  name then "of" country  "President Vladimir Putin of Russia"
  title "of" country, name "Prime Minister of India Narendra Modi", "Secretary-General of NATO Jens
                          Stoltenberg"
  name, comma, title      "Vladimir Putin, the Russian president", "Olaf Scholz, Germany's chancellor",
                          "Hillary Clinton, a former secretary of state", "Clinton, 69, a former senator"

Titles, countries and capitals come from the vocabulary (the reference base), never from code.
"""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import folded, keep_tabs, regex_form, scan_at_triggers, trimmed_person
from claims.grammars.mentions import inside_possessed
from claims.grammars.names import NAME_PATTERN, STOPWORDS
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "officeholder"

_MODIFIER = r"(?<![\w-])(?:(?:former|then|acting|interim|outgoing|late)(?![\w-])|(?:ex|then)-)"
_SLOT_ORDER = ("modifier", "country", "title", "to", "country_of", "person", "person_long")


class OfficeholderGrammar:
    def __init__(self, vocabulary: Vocabulary):
        country_words = vocabulary.alternation(vocabulary.countries)
        places = vocabulary.alternation(vocabulary.countries + vocabulary.capitals)
        self.trigger = vocabulary.compile(vocabulary.alternation(vocabulary.titles), re.I)
        # The same matches, found faster in the lower-cased sentence (claims.patterns)
        lower = vocabulary.patterns.folded_alternation(vocabulary.titles)
        self.folded_trigger = None if lower is None else vocabulary.compile(lower)
        self.stop = frozenset(vocabulary.countries) | frozenset(vocabulary.capitals) | frozenset(
            w for t in vocabulary.titles for w in t.split()
        )
        surnames = frozenset(vocabulary.countries) | frozenset(vocabulary.capitals)  # "Mr. Montenegro"

        # Each form is one regex (see common.regex_form); the pieces mirror what pyparsing
        # elements did: optional whitespace between parts, lookarounds for word edges, and
        # atomic groups where pyparsing would not backtrack (a name is matched once, whole).
        ws = r"\s*"
        the = r"(?:(?i:(?<![\w-])the(?!\w))\s*)"
        mod = rf"(?i:{_MODIFIER})"
        country = rf"(?P<country>(?>{country_words}))(?:['’]s?(?!\w))?"
        pre = rf"{the}?(?:(?P<modifier1>{mod}){ws})?(?:{country}{ws})?(?:(?P<modifier2>{mod}){ws})?"
        pre_no_country = rf"{the}?(?:(?P<modifier>{mod}){ws})?"
        title = rf"(?P<title>(?i:{self.trigger.pattern}))"
        to = rf"(?i:to(?!\w)){ws}{the}?(?P<to>{places})"
        of = rf"of(?!\w){ws}{the}?(?P<country_of>{country_words})"
        name = rf"(?P<person>(?>{NAME_PATTERN}))"
        # The person's name: cut at a possessive where the title before it is the
        # possessor's ("Prime Minister Narendra Modi's Bharatiya Janata Party"), refused where
        # the title after it would describe the possessed ("Scholz's Social Democrats, ...").
        before = trimmed_person(self.stop, possessor=True, long=True, surnames=surnames)
        after = trimmed_person(self.stop, long=True, surnames=surnames)
        self.expr = keep_tabs(pp.MatchFirst([
            # "Russian President Vladimir Putin (of Russia)", "US Ambassador to Russia John Sullivan"
            regex_form("title-before-name", rf"{pre}{title}(?:{ws}{to})?{ws}{name}(?:{ws}{of})?", before,
                       vocabulary.compile),
            # "Prime Minister of India Narendra Modi", "Secretary-General of NATO Jens Stoltenberg"
            regex_form("title-before-name", rf"{pre_no_country}{title}{ws}of(?!\w){ws}{the}?(?P<country>{country_words}){ws}{name}",
                       before, vocabulary.compile),
            # "Russia's ambassador to the US, Anatoly Antonov"; "the president of France, Emmanuel Macron"
            regex_form("title-comma-name", rf"{pre}{title}(?:{ws}(?:{to}|{of}))?{ws},{ws}{name}", before,
                       vocabulary.compile),
            # "Vladimir Putin, the Russian president"; "Olaf Scholz, Germany's chancellor". Not
            # when a name follows the title: "In Moscow, Russian Prime Minister X" is the form above.
            regex_form("name-comma-title", rf"{name}{ws},{ws}{pre}{title}(?:{ws}(?:{to}|{of}))?(?!{ws}{NAME_PATTERN})",
                       after, vocabulary.compile),
            # "Hillary Clinton, a former secretary of state", "Clinton, 69, a former senator":
            # "a" only with "former", which makes the title the person's own past one.
            regex_form("name-comma-title", rf"{name}(?:{ws},{ws}\d{{1,3}})?{ws},{ws}(?i:an?)\s+(?P<modifier>(?i:former|ex-))"
                       rf"{ws}(?:{country}{ws})?{title}(?:{ws}(?:{to}|{of}))?(?!{ws}{NAME_PATTERN})",
                       after, vocabulary.compile),
        ]))
        # What may stand before the title in any form (see scan_at_triggers): looser than
        # the forms, never stricter.
        self.lead = vocabulary.compile(rf"(?:{NAME_PATTERN}(?:{ws},{ws}\d{{1,3}})?{ws},{ws}(?:(?i:an?)\s+)?)?{pre}")

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims = []
        lower = None if self.folded_trigger is None else folded(sentence.text)
        found = None if lower is None else self.folded_trigger.finditer(lower)
        for at, toks in scan_at_triggers(self.expr, sentence.text, self.trigger, lead=self.lead, found=found):
            if toks["rule"] == "name-comma-title" and inside_possessed(sentence.text, at + toks["person"][0], self.stop):
                continue  # "Scholz's Social Democrats, the ...": the name is the possessed's
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
        if not m:
            return False
        word = m.group(1)
        if word[:1].isupper():
            return word not in STOPWORDS
        return _POSSESSIVE_END.sub("", word) in _QUALIFIERS

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
        if rule == "title-comma-name" and not {"country", "to", "modifier"} & slots.keys():
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


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][\w'’-]*)[ \t]+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# Lower-case words that make a title another office than the bare title's: an organisation's
# ("party president Rahul Gandhi", "club president", "central bank governor"), a rank below it
# ("deputy prime minister", "shadow chancellor"), a portfolio the vocabulary does not name
# with the title ("health minister"), or another time than the claim's ("the first president
# George Washington", "future prime minister X"). Verbs and prepositions before a title ("said
# President X", "with Chancellor Y") are no qualifier, so this is a list, not a rule; and a
# short one, since a noun may also end a phrase before a clause the title opens ("the party
# President Putin founded"), where the claim is then lost (never a verdict changed).
_QUALIFIERS = frozenset("""
    party club union company firm bank board committee council league team group association
    federation society foundation institute university college school student campus court
    senate assembly chamber parliament parliamentary congress congressional campaign conference
    commission agency network corporation fund church diocese caucus faction movement coalition
    alliance bloc organisation organization airline
    deputy assistant associate shadow junior senior vice
    first second third fourth fifth last previous future founding incoming prospective
    presumptive would-be possible potential likely
    state provincial regional municipal city county district local village tribal
    spy army navy police military intelligence security
    health finance foreign defence defense interior justice education agriculture labour labor
    transport
    """.split())


def build(vocabulary: Vocabulary) -> OfficeholderGrammar:
    return OfficeholderGrammar(vocabulary)
