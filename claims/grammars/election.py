"""Who won or lost an election, as news states it:

  won       "Trump won the 2016 presidential election", "Modi won re-election in 2019",
            "Macron won a second term in 2022", "Trump won the presidency in 2016",
            "Trudeau won the Oct. 19 election", "Abe won the December 2012 general election",
            "X won the 2007 runoff against Y", "Merkel's conservatives won the 2005 election"
  elected   "Macron was re-elected in 2022", "Zelensky, who was elected president in 2019",
            "Sarkozy was elected President of France in 2007", "Macron was re-elected in April"
  defeated  "Lula defeated Bolsonaro in 2022", "X beat Y in the 2019 election",
            "Biden narrowly defeated Trump in the 2020 election", "Lula defeated Bolsonaro",
            "X came to power by defeating Y in 2010", "X defeated her father, Y"
  lost      "X lost the 2020 election to Y", "Clinton lost to Trump in 2016",
            "X was defeated by Y in the 2022 runoff", "X lost that year's election to Y"
  kept      "X held on to power in the 2019 and 2021 elections"
  won by    "the 2016 election won by Donald Trump", "the 2017 French presidential election, won by"
  noun      "Trump's 2016 victory", "Biden's victory in the 2020 election", "Trump's 2020 defeat"
  Senate    "Cruz won the 2018 Senate race in Texas", "X lost the 2018 U.S. Senate election to Y",
            "Warren won a Senate seat in 2012", "Collins won re-election to the Senate in 2014",
            "Cruz was elected to the Senate in 2012", "Smith won the 2018 special election"

The subject may carry an age, a party or a clause before the verb ("Zelensky, 45, who won",
"Tony Blair of Labour won", "Cameron, who succeeded Brown in 2010, won"), and a second verb
phrase joined by "and" keeps it ("X won the 2015 election and was re-elected in 2019").

Slots: `person` (the subject), `outcome` (won | lost), `year` (absent when the text gives
none: the verifier takes the nearest election before the claim's time), `month` and `day`
when written, optionally `other` (the one beaten, or the winner for "lost ... to"),
`election` (the noun with its adjectives, which tell the office: "presidential", "general"),
`country` and `title` ("elected president"), and for a Senate race `state` (the one or two
capitalised words after "in": "Texas", "New York"; the verifier finds the office). Several years ("in the 2019 and 2021 elections",
"in 2000 and again in 2004") give one claim each. Only adjectives that name a national race
are allowed before the noun, so a party "leadership election", a "primary" or a "confidence
vote" is no claim of this kind; without a year, a month or a day, "won the election" is none.
"Senate" counts only before a race or an election, never before a vote ("won the Senate vote"),
and a "state Senate race" is none.
"""
from __future__ import annotations

import re

import pyparsing as pp

from claims.grammars.common import keep_tabs, one_of_forms
from claims.grammars.mentions import located, make_claim, name, stop_words, word
from claims.grammars.common import parse, scan_at_triggers
from claims.grammars.triggered import NAME_START, full_names
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "election"
_KEYS = ("person", "other", "verb", "year", "month", "day", "election", "title", "country", "state", "noun", "tail")
_ADJECTIVES = (r"presidential|general|federal|national|parliamentary|snap|second-round|runoff|run-off|special"
               r"|(?:senate|senatorial)(?=\s+(?:special\s+)?(?:elections?|races?|runoffs?|run-offs?)(?![\w-]))")
_NOUNS = r"elections?|runoffs?|run-offs?|votes?|races?|polls?"
# The verbs and nouns a claim of this kind contains; the grammar runs only near them:
#   (?i)\b(?:won|win|elected|defeat|beat|lost|loss|victory|held on|retained|kept)
# written to start with its first letter as a character class, which the regex engine
# searches for in C (a pattern that starts with "\b" is tried at every character): the
# same matches, the "\b" before a letter being "no word character before it" and each
# word's first letter a lookbehind, in the same order. The class is written out case by
# case (a case-insensitive one is not searched for): the letters (?i)[wedblvhrk] matches,
# with the Kelvin sign (tests/claims/test_small_grammar_speed.py).
_TRIGGER_FIRST = "BDEHKLRVWbdehklrvw\u212a"
_TRIGGER = re.compile(rf"[{_TRIGGER_FIRST}](?<!\w.)(?i:(?<=w)on|(?<=w)in|(?<=e)lected|(?<=d)efeat|(?<=b)eat|(?<=l)ost"
                      r"|(?<=l)oss|(?<=v)ictory|(?<=h)eld on|(?<=r)etained|(?<=k)ept)")
_FAMILY = {"victory": "win", "held on": "kept", "retained": "kept"}
# A claim starts at the subject's name or at "the" ("the 2016 election won by ...").
_OPENS = re.compile(rf"{NAME_START}|[Tt]he\b")
_JOINED = re.compile(r"[^,;:.()—]{0,60}?,?\s*\band\s+")
_THAT_YEAR = re.compile(r"that\s+year")
# The words one of which every predicate of `ElectionGrammar.more` starts with after its
# spacing (what pyparsing skips): an auxiliary ("had", "was", "were"), an adverb ("narrowly",
# "first"), "himself" or the verb; looser here (any case, prefixes). Where none does, the
# parse (every predicate tried) is skipped.
_MORE_START = re.compile(r"[ \n\t\r]*(?i:ha[dsv]|was|is|were|won|(?:re-?)?elected|defeated|beat|lost|held|retained"
                         r"|kept|himself|herself|come|came|rose|risen|returned|swept|first|[a-z]+ly)")
_YEAR = r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-])"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:-])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_YEAR_RE = re.compile(_YEAR)
# A US Senate race: "the 2018 Senate race", "the U.S. Senate election", "won a Senate seat",
# "was elected to the Senate". The state may follow it ("in Texas"): one or two capitalised
# words, never a month; kept only for a Senate race (slot `state`), the verifier finds the
# office whose name ends with it ("United States Senator from Texas").
_SENATE = re.compile(r"(?i)\bsenat")
_NOT_STATE = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])|" + _MONTH + ")"
_STATE = rf"(?!{_NOT_STATE})[A-Z][a-z]+(?:\s+(?!{_NOT_STATE})[A-Z][a-z]+)?(?![\w'’-])"
_SENATE_SEAT = (r"(?:a|the|his|her|their)\s+(?:U\.?S\.?\s+)?Senate\s+seat"
                r"|(?:a\s+)?seat\s+in\s+the\s+(?:U\.?S\.?\s+)?Senate"
                r"|(?:re-?election\s+)?(?:to|for)\s+the\s+(?:U\.?S\.?\s+)?Senate")
_COMMA_END = re.compile(r",\s*$")
_CONDITIONAL = re.compile(r"(?i)\b(?:if|unless|whether|should|would|could)\b[^,;:]*$")
_ADVERB = pp.Optional(pp.Suppress(pp.Regex(r"(?<![\w-])(?:(?!only\b)[a-z]+ly|first)(?![\w-])")))
# The main verbs a clause between the subject and its verb may end before.
_MAIN = r"(?=\s*(?:(?:had|has)\s+)?(?:[a-z]+ly\s+)?(?:won|lost|defeated|beat|was|held)\b)"
# A party named by its leader: "Merkel's conservatives", "Johnson's Conservative Party".
_PARTY = (r"(?:[A-Z]{2,6}|(?:[A-Z][\w-]*\s+){0,3}(?:[Pp]arty|[Cc]oalition|[Aa]lliance|[Bb]loc)"
          r"|(?:[Cc]onservatives|[Ll]iberals|[Ss]ocialists|(?:Social|Christian|Free)\s+Democrats|[Dd]emocrats"
          r"|[Rr]epublicans|Labour|Tories|[Pp]eronists))(?![\w-])")


_ODD_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_NOTHING = pp.NoMatch()


class ElectionGrammar:
    def __init__(self, vocabulary: Vocabulary):
        stop = stop_words(vocabulary)
        self.stop = stop
        countries = vocabulary.alternation(vocabulary.countries)
        the = pp.Optional(word("the"))
        comma = pp.Suppress(pp.Literal(","))
        year = located(_YEAR, "year")
        years = year + pp.Optional(word(r"and|,") + located(_YEAR, "year2"))
        month = located(_MONTH, "month", 0)
        day = located(_DAY, "day")
        # "2016 U.S. presidential election": country words are case-sensitive, the rest not.
        noun = located(rf"(?:(?:{countries}|(?i:{_ADJECTIVES}))\s+)*(?i:{_NOUNS})(?![\w-])", "election", 0,
                       vocabulary.compile)
        on_date = word("on|of") + pp.Optional(pp.Suppress(pp.Regex(_WEEKDAY))) + (
            month + day + pp.Optional(pp.Suppress(",")) + pp.Optional(year) | day + month + pp.Optional(year))
        # "the 2016 presidential election", "the Oct. 19 election", "the December 2012 general
        # election", "the 2019 and 2021 elections", "the election on Tuesday, Nov. 8"
        dated = (years | month + day + pp.Optional(pp.Suppress(",")) + pp.Optional(year) | month + year
                 | day + month + pp.Optional(year))
        # an undated one only with an adjective: "the presidential runoff" (the time is then the
        # sentence's, or the article's), never a bare "the election"
        adjectived = located(rf"(?:(?:{countries}|(?i:{_ADJECTIVES}))\s+)+(?i:{_NOUNS})(?![\w-])", "election", 0,
                             vocabulary.compile)
        in_state = pp.Optional(word("in") + located(_STATE, "state", 0))
        election = the + (dated + noun | noun + on_date | adjectived) + in_state
        that_years = word(r"that\s+year['’]s") + located(rf"(?:(?i:{_ADJECTIVES})\s+)*(?i:{_NOUNS})(?![\w-])", "election", 0)
        # "in 2022", "in November 2020", "in the 2019 election", "in April", "in 2000 and again in 2004"
        again = pp.Optional(word(r"and(?:\s+again)?|,") + pp.Optional(word("in")) + located(_YEAR, "year2"))
        in_when = word("in") + (election | pp.Optional(month) + year + again | month)
        person, other = name("person", stop), name("other", stop)
        # what may stand between the subject and its verb
        aged = pp.Suppress(pp.Regex(r",\s*(?:aged\s+)?\d{1,3}(?=\s*,)"))
        of_party = pp.Suppress(pp.Regex(r"of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}" + _MAIN))
        clause = located(rf",\s*(?:who|whose|the|a|an)\s[^;:()—]{{1,160}}?,{_MAIN}", "tail")
        bare_comma = located(rf",{_MAIN}", "tail")  # "Lula's successor, Dilma Rousseff, won"
        head = person + pp.Optional(of_party) + pp.Optional(aged)
        aux = pp.Optional(word(r"had|has|have"))
        country = located(countries, "country", 0, vocabulary.compile) + pp.Optional(pp.Suppress(pp.Regex(r"['’]s?(?!\w)")))
        title = (pp.Optional(word("as")) + the + pp.Optional(country) + located(
            vocabulary.alternation(vocabulary.titles), "title", compile=vocabulary.compile)
                 + pp.Optional(word("of") + the + country))
        verb = lambda pattern: located(rf"(?<![\w-])(?:{pattern})(?![\w-])", "verb")  # noqa: E731
        # (a Senate seat first: "re-election to the Senate" is longer than "re-election")
        what = located(rf"(?<![\w-])(?:{_SENATE_SEAT})(?![\w-])", "election", 0) + in_state | word(
            r"re-?election|a\s+(?:second|third|fourth|fifth|sixth)\s+(?:consecutive\s+)?term"
            r"|the\s+(?:presidency|premiership|election|vote)")
        against = word("against") + other
        # "her father, Jean-Marie Le Pen": a kinship word before the name of the one beaten
        kin = pp.Optional(pp.Suppress(pp.Regex(
            r"(?:his|her|their)\s+(?:own\s+)?(?:father|mother|brother|sister|son|daughter|husband|wife|predecessor|"
            r"rival|opponent|challenger|mentor|former\s+boss)\s*,\s*(?=[A-Z])")))
        # without a time, "defeated Y" must not go on to say what it was won in
        bad_in = (r"(?:primar|leadership|caucus|nominat|party|match|game|final|tournament|court|case|lawsuit"
                  r"|debate|poll|vote\s+in|bid\s+for)")
        no_time = pp.Suppress(pp.Regex(
            r"(?=\s*(?:$|[,;.)—]|(?:after|with|by|and|but|to\s+(?:become|win|take))\b"
            rf"|in\s+an?\s+(?!(?:\S+\s+){{0,4}}?{bad_in})))"))
        predicates = {
            "won": aux + _ADVERB + verb("won") + (election + pp.Optional(against) | that_years + pp.Optional(against)
                                                  | what + in_when),
            "elected": pp.Optional(word("was|is|had been|has been")) + _ADVERB
            + verb(r"re-?elected|elected") + pp.Optional(
                title | located(rf"(?<![\w-])(?:{_SENATE_SEAT})(?![\w-])", "election", 0) + in_state)
            + pp.Optional(word(r"(?:to|for)\s+a\s+(?:second|third|fourth|fifth|sixth)\s+(?:consecutive\s+)?term"))
            + in_when,
            "defeated": aux + _ADVERB + verb("defeated|beat") + kin + other + (in_when | no_time),
            "lost": aux + _ADVERB + (
                verb("lost") + (election | that_years) + pp.Optional(word("to") + other)
                | verb("lost") + word("to") + other + in_when
                | pp.Suppress(word("was|were")) + verb("defeated|beaten") + word("by") + other + in_when
            ),
            "kept": aux + verb(r"held\s+on\s+to\s+power|retained\s+power|kept\s+power") + in_when,
            "came-to-power": aux + pp.Optional(word("himself|herself")) + word(r"come|came|rose|risen|returned|swept")
            + word(r"to\s+(?:office|power)") + word("by|after") + verb("defeating|beating") + kin + other
            + (in_when | no_time),
        }
        others = {
            "won-by": election + pp.Optional(comma) + verb(r"won\s+by") + person,
            "party": name("person", stop, possessive=True) + pp.Suppress(pp.Regex(_PARTY)) + _ADVERB + verb("won") + election,
            "noun": name("person", stop, possessive=True) + (
                year + pp.Optional(noun) + located(r"(?:victory|win|triumph|defeat|loss)(?![\w-])", "noun")
                | located(r"(?:victory|win|triumph|defeat|loss)(?![\w-])", "noun") + word("in") + election
            ),
        }

        def family(rules: tuple[str, ...]) -> pp.ParserElement:
            # The subject is parsed once, then each way of joining it to the predicates the
            # trigger word allows (pyparsing does not backtrack into an optional part).
            alternatives = []
            mine = [r for r in rules if r in predicates]
            if mine:  # tagged with their rule by one_of_forms
                verbs = one_of_forms({r: predicates[r] for r in mine})
                alternatives.append(head + (clause + verbs | bare_comma + verbs | comma + word("who") + verbs | verbs))
            if any(r in others for r in rules):
                alternatives.append(one_of_forms({r: others[r] for r in rules if r in others}))
            return keep_tabs(pp.MatchFirst(alternatives))

        # The grammar for each trigger word: only the forms that contain it are tried.
        self.by_trigger = {
            "won": family(("won", "won-by", "party")),
            "win": family(("noun",)),
            "elected": family(("elected",)),
            "defeat": family(("defeated", "lost", "came-to-power", "noun")),
            "beat": family(("defeated", "lost", "came-to-power")),
            "lost": family(("lost",)),
            "loss": family(("noun",)),
            "kept": family(("kept",)),
        }
        self.more = one_of_forms(predicates)

    @staticmethod
    def might_match(s: str, folded: str | None) -> bool:
        """False only when the sentence has no trigger word, so `extract` finds nothing
        (`folded`: the sentence lower-cased, None when that cannot rule out a match)."""
        # Lower-case words one of which each _TRIGGER match contains ("lost" and "loss": "los"),
        # one test each (a generator over a tuple of them cost more than the tests)
        return folded is None or ("won" in folded or "win" in folded or "elected" in folded or "defeat" in folded
                                  or "beat" in folded or "los" in folded or "victory" in folded or "held" in folded
                                  or "retained" in folded or "kept" in folded)

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s = sentence.text
        claims: list[Claim] = []
        # Tried only in windows around the verbs: scanning every character of every
        # sentence made this grammar the slowest stage of checking.
        for lo, toks in scan_at_triggers(self._grammar_for, s, _TRIGGER, back_words=16, opens=_OPENS):
            found = {k: (v[0] + lo, v[1]) if _located(v) else v for k, v in toks.items()}
            found["rule"] = toks["rule"]
            hi = max(v[0] + len(v[1]) for v in found.values() if _located(v))
            if "tail" in found and found["tail"][1].strip() == ",":
                # a bare comma before the verb only closes an appositive name
                if not _COMMA_END.search(s, 0, found["person"][0]):
                    continue
            if _CONDITIONAL.search(s, 0, found["person"][0] if "person" in found else lo):  # "if X won ..."
                continue
            claims.extend(self._claims(text, sentence, index, found))
            # one more verb phrase of the same subject, joined by "and"
            joined = _JOINED.match(s, hi)
            if joined and "person" in found and found["rule"] not in ("won-by", "noun", "party"):
                if _MORE_START.match(s, joined.end()) is None:
                    continue  # ("..., and the result reshaped ...": no verb phrase)
                more = parse(self.more, s[joined.end():])
                if more is None:
                    continue
                extra = {k: (v[0] + joined.end(), v[1]) if isinstance(v, tuple) else v for k, v in more.items()}
                extra.update(rule=more["rule"], person=found["person"])
                claims.extend(self._claims(text, sentence, index, extra))
        return claims

    def _grammar_for(self, trigger: re.Match) -> pp.ParserElement:
        # A case-insensitive trigger also matches letters that lower() does not map to ASCII
        # ("wın" with a dotless ı matches "win"): fold those first, and never fail on a word.
        word = trigger.group().translate(_ODD_CASE).lower()
        return self.by_trigger.get(_FAMILY.get(word, word), _NOTHING)

    def _claims(self, text: str, sentence: Sentence, index: int, found: dict) -> list[Claim]:
        rule = found["rule"]
        if "tail" in found and "year" not in found and _THAT_YEAR.search(sentence.text, found["tail"][0]):
            # "Kerry, the Democratic nominee in 2004, lost that year's election": the year is
            # the one the clause before names
            years = _YEAR_RE.findall(found["tail"][1])
            if len(set(years)) != 1:
                return []
            at = found["tail"][0] + found["tail"][1].rindex(years[-1])
            found["year"] = (at, years[-1])
        elif "year" not in found and _THAT_YEAR.search(sentence.text, found["person"][0], _end(found)):
            return []
        out = []
        for key in ("year", "year2"):
            if key == "year2" and key not in found:
                break
            one = {k: v for k, v in found.items() if k not in ("year", "year2")}
            if key in found:
                one["year"] = found[key]
            if key == "year2":
                one.pop("month", None), one.pop("day", None)
            if "state" in one and not _SENATE.search(one.get("election", (0, ""))[1]):
                del one["state"]  # "won the 2017 election in France": the place is no part of the claim
            extra = {"outcome": _outcome(one), **full_names(text, sentence.start, one, ("person", "other"), self.stop)}
            claim = make_claim(KIND, rule, text, sentence, index, one, _KEYS, extra)
            claim.slots.pop("tail", None)
            claim.slot_spans.pop("tail", None)
            out.append(claim)
        return out


def _located(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int)


def _end(found: dict) -> int:
    return max(v[0] + len(v[1]) for v in found.values() if isinstance(v, tuple))


def _outcome(toks: dict) -> str:
    said = (toks["verb"][1] if "verb" in toks else toks["noun"][1]).lower()
    if said == "lost" or said.startswith(("defeated", "beaten")) and toks["rule"] == "lost":
        return "lost"
    return "lost" if said in ("defeat", "loss") else "won"


def build(vocabulary: Vocabulary) -> ElectionGrammar:
    return ElectionGrammar(vocabulary)
