"""Who won or lost an election, as news states it:

  won       "Trump won the 2016 presidential election", "Modi won re-election in 2019",
            "Macron won a second term in 2022", "Trump won the presidency in 2016"
  elected   "Macron was re-elected in 2022", "Zelensky, who was elected president in 2019",
            "Sarkozy was elected President of France in 2007"
  defeated  "Lula defeated Bolsonaro in 2022", "X beat Y in the 2019 election",
            "Biden narrowly defeated Trump in the 2020 election"
  lost      "X lost the 2020 election to Y", "Clinton lost to Trump in 2016",
            "X was defeated by Y in the 2022 runoff"
  won by    "the 2016 election won by Donald Trump", "the 2017 French presidential election, won by"
  noun      "Trump's 2016 victory", "Biden's victory in the 2020 election", "Trump's 2020 defeat"

Slots: `person` (the subject), `outcome` (won | lost), `year`, optionally `other` (the one
beaten, or the winner for "lost ... to"), `election` (the noun with its adjectives, which
tell the office: "presidential", "general"), `country` and `title` ("elected president").
Only adjectives that name a national race are allowed before the noun, so a party
"leadership election", a "primary" or a "confidence vote" is no claim of this kind.
"""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import keep_tabs, MONTHS, alternation
from claims.grammars.mentions import located, make_claim, name, stop_words, word
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "election"
_KEYS = ("person", "other", "verb", "year", "election", "title", "country", "noun")
_ADJECTIVES = r"presidential|general|federal|national|parliamentary|snap|second-round|runoff|run-off"
_NOUNS = r"elections?|runoffs?|run-offs?|votes?|races?|polls?"
_TRIGGER = re.compile(r"(?i)\b(?:won|win|elected|defeat|beat|lost|loss|victory)")
_YEAR = r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-])"
_ADVERB = pp.Optional(pp.Suppress(pp.Regex(r"(?<![\w-])[a-z]+ly(?![\w-])")))


class ElectionGrammar:
    def __init__(self, vocabulary: Vocabulary):
        stop = stop_words(vocabulary)
        countries = alternation(vocabulary.countries)
        the = pp.Optional(word("the"))
        comma = pp.Suppress(pp.Literal(","))
        year = located(_YEAR, "year")
        # "2016 U.S. presidential election": country words are case-sensitive, the rest not.
        noun = located(rf"(?:(?:{countries}|(?i:{_ADJECTIVES}))\s+)*(?i:{_NOUNS})(?![\w-])", "election", 0)
        election = the + year + noun  # "the 2016 presidential election"
        month = pp.Optional(word(r"[a-z]{3,4}\.|" + "|".join(m for m in MONTHS if len(m) > 3 or m == "may")))
        # "in 2022", "in November 2020", "in the 2019 election"
        in_year = word("in") + (election | month + year)
        who = pp.Optional(comma + word("who"))
        person, other = name("person", stop), name("other", stop)
        country = located(countries, "country", 0) + pp.Optional(pp.Suppress(pp.Regex(r"['’]s?(?!\w)")))
        title = (pp.Optional(word("as")) + the + pp.Optional(country) + located(alternation(vocabulary.titles), "title")
                 + pp.Optional(word("of") + the + country))
        verb = lambda pattern: located(rf"(?<![\w-])(?:{pattern})(?![\w-])", "verb")  # noqa: E731
        what = word(r"re-?election|a\s+(?:second|third|fourth|fifth)\s+term|the\s+(?:presidency|premiership|election|vote)")
        forms = {
            "won": person + who + _ADVERB + verb("won") + (election | what + in_year),
            "elected": person + who + pp.Optional(word("was|is|had been|has been")) + _ADVERB
            + verb(r"re-?elected|elected") + pp.Optional(title)
            + pp.Optional(word(r"to\s+a\s+(?:second|third|fourth|fifth)\s+term|for\s+a\s+(?:second|third|fourth|fifth)\s+term"))
            + in_year,
            "defeated": person + who + _ADVERB + verb("defeated|beat") + other + in_year,
            "lost": person + who + _ADVERB + (
                verb("lost") + election + pp.Optional(word("to") + other)
                | verb("lost") + word("to") + other + in_year
                | pp.Suppress(word("was|were")) + verb("defeated|beaten") + word("by") + other + in_year
            ),
            "won-by": election + pp.Optional(comma) + verb(r"won\s+by") + person,
            "noun": name("person", stop, possessive=True) + (
                year + pp.Optional(noun) + located(r"(?:victory|win|triumph|defeat|loss)(?![\w-])", "noun")
                | located(r"(?:victory|win|triumph|defeat|loss)(?![\w-])", "noun") + word("in") + election
            ),
        }
        self.expr = keep_tabs(pp.MatchFirst([f.copy().add_parse_action(_tag(rule)) for rule, f in forms.items()]))

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        if not _TRIGGER.search(sentence.text):
            return []
        claims = []
        for toks, _, _ in self.expr.scan_string(sentence.text):
            claims.append(make_claim(KIND, toks["rule"], text, sentence, index, toks, _KEYS,
                                     {"outcome": _outcome(toks)}))
        return claims


def _outcome(toks: pp.ParseResults) -> str:
    said = (toks["verb"][1] if "verb" in toks else toks["noun"][1]).lower()
    if said == "lost" or said.startswith(("defeated", "beaten")) and toks["rule"] == "lost":
        return "lost"
    return "lost" if said in ("defeat", "loss") else "won"


def _tag(rule: str):
    def action(toks: pp.ParseResults) -> None:
        toks["rule"] = rule

    return action


def build(vocabulary: Vocabulary) -> ElectionGrammar:
    return ElectionGrammar(vocabulary)
