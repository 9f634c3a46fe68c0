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
  abbreviated US titles   "Sen. Ted Cruz", "Rep. Nancy Pelosi", "Gov. Rick Scott", "Florida Gov. Rick
                          Scott": the claim's `title` is the title meant ("Senator", "Florida Governor"),
                          the `abbreviation` slot locates what is written
  plural title, a list    "former Presidents Barack Obama, George W. Bush and Bill Clinton", "Sens. Ted
                          Cruz and John Cornyn": one claim per person (rule `plural-title`), only with a
                          modifier or an abbreviation

A capitalised word the grammar does not take in before the title ("NATO Secretary-General",
"Majority Leader") or before the country's word ("New Mexico Governor", "Western
Australian Premier" where the base has no such title) makes the office another one: no claim.

Titles, countries and capitals come from the vocabulary (the reference base), never from code.
"""
from __future__ import annotations

import heapq
import itertools
import operator
import re

import pyparsing as pp

from claims.grammars.common import folded, keep_tabs, regex_form, scan_at_triggers, trimmed_person
from claims.grammars.mentions import inside_possessed
from claims.grammars.names import UPPER_LETTERS, NAME_PATTERN, STOPWORDS, trim_name
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "officeholder"

_MODIFIER = r"(?<![\w-])(?:(?:former|then|acting|interim|outgoing|late)(?![\w-])|(?:ex|then)-)"
_SLOT_ORDER = ("modifier", "country", "title", "abbr", "abbr_place", "to", "country_of", "person", "person_long")
# (slot of the grammar, slot of the claim): a country after the name is the claim's country
_SLOT_NAMES = tuple((key, "country" if key == "country_of" else key) for key in _SLOT_ORDER)
_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
_START = operator.methodcaller("start")  # of a trigger's match (or `_Hit`)
_RULES = {rule: f"{KIND}.{rule}" for rule in ("title-before-name", "title-comma-name", "name-comma-title")}


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
        # US copy's abbreviated titles: "Sen. Ted Cruz", "Rep. Nancy Pelosi", "Gov. Rick Scott",
        # "Florida Gov. Rick Scott" (the state from the word before it, as in the title
        # "Florida Governor" of the base). Found in the text as written (case matters: "Rep"
        # is no title in "rep. of"), and named in the claim by the title they stand for.
        states = sorted({t[: -len(" Governor")] for t in vocabulary.titles if t.endswith(" Governor")})
        place = rf"(?:(?P<abbr_place>{vocabulary.alternation(states)})\s+)?" if states else ""
        bare = r"(?P<abbr>(?:Gov|Sen|Rep)(?:\.|(?=[ \t])))" + rf"(?=[ \t]+[{UPPER_LETTERS}])"
        title = rf"(?P<title>(?i:{self.trigger.pattern})|(?<![\w.-]){place}{bare})"
        # Found without the place (a regex led by hundreds of places would be tried at
        # every character); the words before a hit are looked up instead (`_abbreviations`).
        self.abbreviation = re.compile(rf"(?<![\w.-]){bare}")
        self.states = frozenset(states)
        self.state_words = max((len(p.split()) for p in states), default=0)
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
        # A plural title before a list of names: one claim per person ("former Presidents
        # Barack Obama, George W. Bush and Bill Clinton", "Sens. Ted Cruz and John Cornyn").
        # The title is the plural of a title of the vocabulary (or of an abbreviation), and
        # has a modifier ("former", "then-") unless abbreviated (see `_plurals`).
        self.titles_lower = frozenset(t.lower() for t in vocabulary.titles)
        one = rf"(?>{NAME_PATTERN})"
        self.plural = vocabulary.compile(
            rf"(?<![\w.-])(?:(?P<modifier>{mod}){ws})?(?:(?P<country>(?>{country_words}))(?:['’]s?(?!\w))?{ws})?"
            rf"(?P<title>(?:[A-Za-z][\w-]*[ \t]+)?[A-Za-z][\w-]*?)s(?P<dot>\.)?[ \t]+"
            rf"(?P<names>{one}(?:{ws},{ws}{one})*{ws},?[ \t]+and[ \t]+{one})")
        self.one_name = re.compile(NAME_PATTERN)
        # What may stand before the title in any form (see scan_at_triggers): looser than
        # the forms, never stricter.
        # (The lookahead only saves time: a name before the title is followed by a comma,
        # so without one ahead the name is not tried word by word.)
        self.lead = vocabulary.compile(rf"(?:(?=[^,]*,){NAME_PATTERN}(?:{ws},{ws}\d{{1,3}})?{ws},{ws}(?:(?i:an?)\s+)?)?{pre}")

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims = self._plurals(text, sentence, index)
        if claims:
            taken = [(c.start, c.end) for c in claims]
            return claims + [c for c in self._singulars(text, sentence, index)
                             if not any(lo < c.end and c.start < hi for lo, hi in taken)]
        return self._singulars(text, sentence, index)

    def _abbreviations(self, s: str) -> list:
        """Where "Sen.", "Rep." or "Gov." stands before a name, as trigger hits for
        scan_at_triggers, each from the place before it if there is one ("Florida Gov.")."""
        hits = []
        for m in self.abbreviation.finditer(s):
            start = m.start()
            words = list(_WORDS_BEFORE.finditer(s, max(0, start - 60), start + 1))[-self.state_words:] if self.state_words else []
            for w in words:  # the longest place first
                if s[w.start():start].rstrip() in self.states:
                    start = w.start()
                    break
            hits.append(_Hit(start, m.end()))
        return hits

    def _plural_title(self, s: str, h: re.Match) -> bool:
        if h.group(2):
            return h.group(1) in _ABBREVIATED
        one = h.group(1).lower()
        if one in self.titles_lower:
            return True
        before = _LAST_WORD.search(s, max(0, h.start() - 30), h.start())  # "Prime Ministers"
        return before is not None and f"{before.group(1)} {one}".lower() in self.titles_lower

    def _plurals(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s = sentence.text
        if " and " not in s or not _PLURAL_CUE.search(s) or not any(
                self._plural_title(s, h) for h in _PLURAL_HINT.finditer(s)):
            return []  # most sentences: no plural of a title before a capitalised word
        claims: list[Claim] = []
        for m in self.plural.finditer(s):
            written = m.group("title")
            if m.group("dot"):
                if written not in _ABBREVIATED or m.group("country"):
                    continue
                title, title_span = _ABBREVIATED[written], None
            elif written.lower() in self.titles_lower:
                title, title_span = written, m.span("title")
            else:
                continue
            if not m.group("modifier") and not m.group("dot"):
                # "Presidents Obama, Bush and Clinton" at a funeral: a plural title keeps
                # past holders' titles as often as it names current ones, so only "former
                # Presidents ..." (whose time is clear) and the several-seat "Sens." claim
                continue
            base = sentence.start
            lead: dict[str, tuple[int, int]] = {}
            for key in ("modifier", "country"):
                if m.group(key) is not None:
                    lead[key] = m.span(key)
            if not lead and self._qualified(text, base + m.start("title"), parties=bool(m.group("dot"))):
                continue
            if "country" in lead and lead["country"][0] == m.start() and self._qualified_country(text, base + m.start()):
                continue
            people = []
            for n in self.one_name.finditer(s, m.start("names"), m.end("names")):
                # Each name whole: it ends where its run ends (no possessive, no stop word
                # after it); a word dropped before it is a place's ("Vladimir" of "Vladimir
                # Oblast Governor"), the title being already read.
                trimmed = trim_name(n.start(), n.group(), self.stop, possessor=False)
                if trimmed is None or trimmed.possessive or trimmed.start + len(trimmed.name) != n.end():
                    people = []
                    break
                people.append((n.start(), n.group()))
            if len(people) < 2:
                continue
            for at, person in people:
                slots = {key: s[lo:hi] for key, (lo, hi) in lead.items()}
                spans = {key: (base + lo, base + hi) for key, (lo, hi) in lead.items()}
                slots["title"] = title
                if title_span is None:
                    slots["abbreviation"] = s[m.start("title"):m.end("dot")]
                    spans["abbreviation"] = (base + m.start("title"), base + m.end("dot"))
                else:
                    spans["title"] = (base + title_span[0], base + title_span[1])
                slots["person"] = person
                spans["person"] = (base + at, base + at + len(person))
                start = base + m.start()
                end = base + at + len(person)
                claims.append(Claim(kind=KIND, rule=f"{KIND}.plural-title", start=start, end=end, text=text[start:end],
                                    sentence=index, slots=slots, slot_spans=spans))
        return claims

    def _singulars(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s = sentence.text
        lower = None if self.folded_trigger is None else folded(s)
        found = self.trigger.finditer(s) if lower is None else self.folded_trigger.finditer(lower)
        first = next(found, None)  # most sentences name no title: nothing to scan then
        hits = self._abbreviations(s) if "Gov" in s or "Sen" in s or "Rep" in s else None
        if first is None and not hits:
            return []
        if first is not None:
            found = itertools.chain((first,), found)
        if hits:
            found = heapq.merge(found, hits, key=_START)
        claims = []
        for at, toks in scan_at_triggers(self.expr, s, self.trigger, lead=self.lead, found=found):
            if toks["rule"] == "name-comma-title" and inside_possessed(s, at + toks["person"][0], self.stop):
                continue  # "Scholz's Social Democrats, the ...": the name is the possessed's
            claim = self._claim(text, sentence.start + at, index, toks)
            if claim is not None:
                claims.append(claim)
        return claims

    def _qualified(self, text: str, start: int, parties: bool = False) -> bool:
        """Is the title qualified by a capitalised word the grammar did not take in?

        In "former London mayor Boris Johnson", "Deputy Prime Minister X" or "NATO
        Secretary-General Jens Stoltenberg" the office is London's, a deputy's or NATO's;
        judging the bare title would pick some other office of that name, so no claim.
        With `parties` (an abbreviated US title), a party is no qualifier: "Republican Sen.
        Ted Cruz" is a senator all the same."""
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m:
            return False
        word = m.group(1)
        if word[:1].isupper():
            return word not in STOPWORDS and not (parties and word in _PARTIES)
        return _POSSESSIVE_END.sub("", word) in _QUALIFIERS

    def _qualified_country(self, text: str, start: int) -> bool:
        """Is the country word that opens the claim part of a longer capitalised name? "South
        Australian Premier Steven Marshall" is South Australia's premier, "New Mexico Gov. X"
        New Mexico's governor: judged as Australia's or Mexico's they would be false alarms,
        so no claim. A country of two words ("South African", "North Korean") is matched
        whole by the vocabulary and never gets here; a title of the state's own ("South
        Australian Premier") is a title of the base and makes a claim of its own."""
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m:
            return False
        word = m.group(1)
        return word[:1].isupper() and word not in STOPWORDS and word not in _OPENERS

    def _claim(self, text: str, base: int, index: int, toks: dict) -> Claim | None:
        if "person" not in toks:
            return None
        spans: dict[str, tuple[int, int]] = {}
        slots: dict[str, str] = {}
        for key, name in _SLOT_NAMES:
            found = toks.get(key)
            if found is not None:
                at, value = found
                slots[name] = value
                spans[name] = (base + at, base + at + len(value))
        if "abbr" in slots:  # "Florida Gov." stands for the title "Florida Governor"
            place = slots.pop("abbr_place", None)
            spans.pop("abbr_place", None)
            spans.pop("abbr")
            written = text[spans["title"][0]:spans["title"][1]]
            full = _ABBREVIATED[slots.pop("abbr").rstrip(".")]
            spans["abbreviation"] = spans.pop("title")
            slots["abbreviation"] = written
            slots["title"] = f"{place} {full}" if place and full == "Governor" else full
        rule = toks["rule"]
        if rule == "title-comma-name" and "country" not in slots and "to" not in slots and "modifier" not in slots:
            return None  # "said the president, Putin ..." names no office precisely enough
        start = min(map(_FIRST, spans.values()))
        end = max(map(_SECOND, spans.values()))
        if rule == "title-before-name" and "country" not in slots and "modifier" not in slots and self._qualified(
                text, start, parties="abbreviation" in slots):
            return None
        if "country" in spans and spans["country"][0] == start and rule != "name-comma-title" \
                and self._qualified_country(text, start):
            return None
        return Claim(KIND, _RULES.get(rule) or f"{KIND}.{rule}", start, end, text[start:end], index, slots, spans)


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][\w'’-]*)[ \t]+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
class _Hit:
    """A trigger hit as scan_at_triggers reads it (start and end)."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*[ \t]+(?=\S)")
# A word that may be a plural title (its singular is checked against the titles, alone or
# after the word before it: "Prime Ministers"), with the period of an abbreviation ("Sens.").
_PLURAL_HINT = re.compile(r"(?<![\w.-])([A-Za-z][\w-]*)s(\.)?[ \t]+(?=[A-Z])")
# What every hint holds, found faster (a regex led by a letter skips to each "s"): most
# sentences have none.
_PLURAL_CUE = re.compile(r"s\.?[ \t]+[A-Z]")
_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)[ \t]+$")
_ABBREVIATED = {"Gov": "Governor", "Sen": "Senator", "Rep": "Representative"}
_PARTIES = frozenset("Republican Democratic Democrat GOP Independent".split())
# Capitalised words that open a sentence before a country's title without qualifying it:
# "Like Russian President Vladimir Putin, ...", "Even French President Emmanuel Macron ...".
_OPENERS = frozenset("""Like Unlike Including Even Only Now Still Just Already Indeed Instead Thus Hence
    Neither Either Nor Unless Although Though Because Once Whether Despite Alongside Besides""".split())
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
