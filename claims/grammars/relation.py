"""Predecessor and successor, as news states them:

  possessive noun     "Biden's predecessor, Donald Trump", "Obama's successor Donald Trump",
                      "Merkel's successor as chancellor, Olaf Scholz"
  name, possessive    "Donald Trump, Biden's predecessor,"
  verb                "Trump, who succeeded Barack Obama", "X, who preceded Y",
                      "Sunak replaced Truss as prime minister", "X took over from Y as president",
                      "X had taken over from Y in 2020", "X took power from Y on Sunday",
                      and in the headline present: "Modi succeeds Manmohan Singh",
                      "X was succeeded by Y", "X was replaced by Y as Britain's prime minister"
  whose               "Putin, whose predecessor was Boris Yeltsin"
  participle          "Kishida was elected prime minister, succeeding Yoshihide Suga", "Sunak became
                      Britain's prime minister in October 2022, replacing Liz Truss", "X took
                      office on Oct. 4, taking over from Y", "X will take office on Jan. 20,
                      succeeding Y" (the subject took the office, so
                      the participle is theirs: not after an active verb with an object, as in
                      "X appointed Y foreign minister, replacing Z")

Each claim names a `person` (the pivot), an `other` person and `relation`: "predecessor"
when `other` held the office just before `person`, "successor" when just after. An "as"
phrase gives the office; "replaced" and "took over from" need it, because people replace
each other in many roles (coaches, ministers, party leaders) that no title of ours names.
"""
from __future__ import annotations

import re
from functools import cache

import pyparsing as pp

from claims.grammars.common import one_of_forms
from claims.grammars.mentions import (inside_possessed, located, make_claim, name, stop_words, surname_words,
                                      word)
from claims.grammars.names import NAME_PATTERN, trim
from claims.grammars.common import scan_at_triggers
from claims.grammars.triggered import NAME_START, full_names
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "relation"
_KEYS = ("other", "person", "role", "verb", "passive", "title", "country", "country_of")
# Only these adjectives keep the claim factual: "his would-be successor" is a forecast.
_ROLE = r"(?:(?:immediate|direct|own|hand-?picked|eventual)\s+){0,2}(?P<role>predecessor|successor)"
# "His predecessor, X", "in 2000 he succeeded X": the pivot is someone named before
_PRONOUN = r"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Hh]e|[Ss]he)(?![\w'’-])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")


# The verbs and nouns a claim of this kind contains; the grammar runs only near them.
_TRIGGER = re.compile(r"(?i)(?<![\w-])(?:(?:immediate|direct|own|hand-?picked|eventual)\s+)?(?:predecessor|successor|succeed|preced|replac|(?:took|taken|taking|takes)\s+(?:over|power|office)\s+from)")
# Where a claim may start: a name, a possessive name, or a pronoun.
_OPENS = re.compile(rf"{NAME_START}|(?:[Hh]is|[Hh]er|[Hh]e|[Ss]he)(?![\w'’-])")
# "as party leader", "as coach": a role, not an office the reference names.
_AS_ROLE = r"\s*as\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:leader|chief|head|chair(?:man|woman)?|coach|manager|boss|captain|editor|governor|mayor|ceo)\b"
_ROLE_RE = re.compile(_ROLE, re.I)
_AS = re.compile(r"\s*as\s")
_PRONOUN_RE = re.compile(_PRONOUN)
_REPLACES = re.compile(r"(?i)replac|took|tak")  # "takes", "taking" too
# Names written before the pronoun's claim, its possible antecedents
_NAMES_BEFORE = re.compile(NAME_PATTERN)


class RelationGrammar:
    def __init__(self, vocabulary: Vocabulary):
        stop = stop_words(vocabulary)
        self.stop = stop
        surnames = surname_words(vocabulary)  # "Mr. Montenegro"

        def other_name() -> pp.ParserElement:
            return name("other", stop, surnames=surnames)

        countries = vocabulary.alternation(vocabulary.countries)
        self.titles = vocabulary.alternation(vocabulary.titles)
        the = pp.Optional(word("the"))
        country = located(countries, "country", 0, vocabulary.compile) + pp.Optional(pp.Suppress(pp.Regex(r"['’]s?(?!\w)")))
        of = word("of") + the + located(countries, "country_of", 0, vocabulary.compile)
        title = located(self.titles, "title", compile=vocabulary.compile)
        as_phrase = word("as") + the + pp.Optional(country) + title + pp.Optional(of)
        role = located(_ROLE, "role")
        comma = pp.Suppress(pp.Literal(","))

        poss = name("person", stop, possessive=True, surnames=surnames)
        # "Biden's predecessor, Donald Trump" / "Merkel's successor as chancellor, Olaf Scholz"
        noun_first = poss + role + pp.Optional(as_phrase) + pp.Optional(comma) + other_name()
        pronoun_first = (located(r"(?<![\w'’-])[Hh](?:is|er)(?![\w'’-])", "person") + role + pp.Optional(as_phrase)
                         + comma + other_name())
        # "Donald Trump, Biden's predecessor"
        name_first = other_name() + comma + poss + role + pp.Optional(as_phrase)
        had = pp.Optional(word("had|has"))
        # the headline present too: "Modi succeeds Manmohan Singh", "Sunak replaces Truss"
        active_verb = had + located(r"(?<![\w-])(?:succeeded|succeeds|preceded|precedes)(?!\w)", "verb")
        needs_as = had + located(
            r"(?<![\w-])(?:replaced|replaces|(?:took|taken|takes)\s+(?:over|power|office)\s+from)(?!\w)", "verb")
        passive_verb = word(r"was|were|had\s+been|has\s+been") + located(r"(?:succeeded|preceded|replaced)(?=\s+by\b)", "passive") + word("by")
        who = pp.Optional(comma + word("who"))
        # without an "as" phrase, "replaced Y" / "took over from Y" only when a time or the
        # clause's end follows: "replaced Y at the club" names a role we cannot check
        time_or_end = pp.Suppress(pp.Regex(
            rf"(?=\s*(?:$|[,;.)—]|(?:in|on|last)\s+(?:{_MONTH}\s+)?(?:(?:1[89]|20)\d\d|{_MONTH}|{_WEEKDAY}|[0-9])"
            rf"|last\s+(?:year|month)))"))
        # "Abe, who returned to power in 2012 by succeeding Aso": the clause's subject
        participle_verb = located(r"(?:succeeding|replacing|taking\s+over\s+from)(?!\w)", "verb")
        by_verb = (pp.Suppress(pp.Regex(
            r"[^,;:()—]{1,80}?\b(?:by|after)\s+(?=(?:succeeding|replacing|taking\s+over\s+from)\b)")) + participle_verb)
        # "Theresa May, who ...": "May" before ", who" is no month
        subject = name("person", stop, surnames=surnames) | located(r"May(?=\s*,\s*who\b)", "person", 0)
        # "X, who won the 2018 election in his third attempt, succeeded Y": a clause between
        clause = pp.Suppress(pp.Regex(
            r",\s*(?:who|whose|the|a|an)\s[^;:()—]{1,160}?,(?=\s*(?:had\s+|has\s+)?(?:succeeded|preceded|replaced|took\s+over)\b)"))
        predicate = (
            active_verb + other_name() + pp.Optional(as_phrase)
            | needs_as + other_name() + as_phrase
            | needs_as + other_name() + time_or_end
        )
        # "Trump, who succeeded Barack Obama" / "Sunak replaced Truss as prime minister"
        active = (subject | located(_PRONOUN, "person", 0)) + who + predicate
        active_clause = subject + clause + predicate
        participle = subject + comma + word("who") + by_verb + other_name() + pp.Optional(as_phrase)
        # "Obama was succeeded by Donald Trump (as president)"
        passive = subject + who + passive_verb + other_name() + pp.Optional(as_phrase)
        # "Putin, whose predecessor was Boris Yeltsin"
        whose = (subject + comma + word("whose") + role + pp.Optional(as_phrase)
                 + word(r"was|is|had\s+been|has\s+been") + other_name())
        # "Kishida was elected prime minister, succeeding Yoshihide Suga": the subject took an
        # office (passive, "became", "took office"), so the participle is theirs. The office
        # named there is the one they succeeded in.
        office = the + pp.Optional(country) + title + pp.Optional(of)
        took_role = (
            word(r"(?:was|were|is|has\s+been|had\s+been)\s+(?:(?:re-?)?elected|appointed|named|chosen|installed"
                 r"|confirmed|inaugurated|sworn\s+in)") + pp.Optional(pp.Optional(word("as")) + office)
            | word(r"became|has\s+become|had\s+become") + office
            | word(r"(?:took|has\s+taken|had\s+taken)\s+over\s+as") + office
            | word(r"(?:took|takes|will\s+take|has\s+taken|had\s+taken)\s+(?:office|power)")
        )
        then = pp.Suppress(pp.Regex(
            rf"(?:(?:in|on)\s+(?:(?:{_MONTH}|{_WEEKDAY}|(?:1[89]|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?)[\s,]*){{1,4}}"
            rf"|(?:last|this)\s+(?:year|month|week))?\s*,\s*(?=(?:succeeding|replacing|taking\s+over\s+from)\b)"))
        after_office = subject + took_role + then + participle_verb + other_name() + pp.Optional(as_phrase)
        self.expr = one_of_forms({
            "possessive-noun": noun_first,
            "name-possessive": name_first,
            "passive-verb": passive,
            "verb": active,
            "verb-after-clause": active_clause,
            "pronoun-noun": pronoun_first,
            "participle": participle,
            "whose": whose,
            "participle-after-office": after_office,
        })

    @staticmethod
    def might_match(s: str, folded: str | None) -> bool:
        """False only when the sentence has no trigger word, so `extract` finds nothing
        (`folded`: the sentence lower-cased, None when that cannot rule out a match)."""
        # Lower-case words one of which each _TRIGGER match contains, one test each (a
        # generator over a tuple of them cost more than the tests); "took over from",
        # "taking power from" hold "from" too, which most sentences lack: one test for them
        return folded is None or ("predecessor" in folded or "succe" in folded or "preced" in folded
                                  or "replac" in folded or "from" in folded and ("took" in folded or "tak" in folded))

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s = sentence.text
        claims: list[Claim] = []
        # Overlapping: in "Biden's predecessor, Donald Trump, who succeeded Barack Obama"
        # Trump's name serves two claims. A later match inside an earlier one with the same
        # end is the same claim found from a later word ("Trump, who succeeded ...").
        for lo, toks in scan_at_triggers(self.expr, s, _TRIGGER, back_words=14, opens=_OPENS, overlap=True):
            found = {k: (v[0] + lo, v[1]) if isinstance(v, tuple) else v for k, v in toks.items()}
            first = min(v[0] for v in found.values() if isinstance(v, tuple))
            if inside_possessed(s, first, self.stop):
                continue  # "Scholz's Social Democrats, who ...": no person
            hi = max(v[0] + len(v[1]) for v in found.values() if isinstance(v, tuple))
            extra = {"relation": _relation(found)}
            if "title" not in found and _AS.match(s, hi):
                # "succeeded Y as party leader": a role no title of ours names. They may
                # still have followed each other in an office we know (verified), never
                # a conflict.
                if not _as_role().match(s, hi):
                    continue
                extra["office"] = "unstated"
            if _PRONOUN_RE.fullmatch(found["person"][1]):
                extra["pronoun"] = "yes"  # the pivot is whoever the pronoun stands for
                names = self._names_before(text, sentence.start + found["person"][0])
                if names:
                    extra["antecedents"] = "|".join(names)
            if "title" not in found and "verb" in found and _REPLACES.match(found["verb"][1]):
                extra["office"] = "unstated"  # a role of any kind: verified or unknown, never conflicting
            extra.update(full_names(text, sentence.start, found, ("person", "other"), self.stop))
            claim = make_claim(KIND, toks["rule"], text, sentence, index, found, _KEYS, extra)
            if not any(c.start <= claim.start and claim.end == c.end for c in claims):
                claims.append(claim)
        return claims

    def _names_before(self, text: str, at: int) -> list[str]:
        """The names written in the 400 characters before a pronoun, nearest first."""
        out: list[str] = []
        for m in _NAMES_BEFORE.finditer(text, max(0, at - 400), at):
            trimmed = trim(0, m.group(), self.stop)
            if trimmed and trimmed[1] not in out:
                out.append(trimmed[1])
        return out[::-1][:6]


@cache
def _as_role() -> re.Pattern:
    """_AS_ROLE compiled, on first use ("succeeded Y as ..." without a title is rare)."""
    return re.compile(_AS_ROLE, re.I)


def _relation(toks: dict) -> str:
    """What `other` is to `person`."""
    if "role" in toks:
        return _ROLE_RE.search(toks["role"][1]).group("role").lower()
    if "passive" in toks:
        return "predecessor" if toks["passive"][1].lower() == "preceded" else "successor"
    return "successor" if toks["verb"][1].lower() == "preceded" else "predecessor"  # succeeded, replacing, ...


def build(vocabulary: Vocabulary) -> RelationGrammar:
    return RelationGrammar(vocabulary)
