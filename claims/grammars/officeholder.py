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
import operator
import re

import pyparsing as pp

from claims.grammars.common import WORD_START, starts_before, folded, keep_tabs, regex_form, trimmed_person
from claims.grammars.mentions import inside_possessed
from claims.grammars.names import UPPER_LETTERS, NAME_PATTERN, STOPWORDS, trim_name
from claims.model import Claim, Sentence
from claims.patterns import alternation_parts
from claims.vocabulary import Vocabulary

KIND = "officeholder"

_MODIFIER = r"(?<![\w-])(?:(?:former|then|acting|interim|outgoing|late)(?![\w-])|(?:ex|then)-)"
_SLOT_ORDER = ("modifier", "country", "title", "abbr", "abbr_place", "to", "country_of", "person", "person_long")
# (slot of the grammar, slot of the claim): a country after the name is the claim's country
_SLOT_NAMES = tuple((key, "country" if key == "country_of" else key) for key in _SLOT_ORDER)
_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
_START = operator.methodcaller("start")  # of a title's match (or `_Hit`)
_RULES = {rule: f"{KIND}.{rule}" for rule in ("title-before-name", "title-comma-name", "name-comma-title")}
# Where the forms are tried: as scan_at_triggers' defaults, the word starts of the 12 words
# before a title (and the title's own), on a slice that ends 200 characters after it
_BACK_WORDS, _AHEAD = 12, 200


class OfficeholderGrammar:
    def __init__(self, vocabulary: Vocabulary):
        country_words = vocabulary.alternation(vocabulary.countries)
        places = vocabulary.alternation(vocabulary.countries + vocabulary.capitals)
        self.trigger = vocabulary.compile(vocabulary.alternation(vocabulary.titles), re.I)
        # The same matches, found faster in the lower-cased sentence (claims.patterns)
        lower = vocabulary.patterns.folded_alternation(vocabulary.titles)
        self.folded_trigger = None if lower is None else vocabulary.compile(lower)
        # ... and faster still led by the character before the title (`_titles`)
        self.after_edge = None if lower is None else _Edged.of(lower, vocabulary.titles, vocabulary.compile)
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
        # Led by the abbreviation itself, which the engine skips to in C, with the same
        # lookbehind after it: no word character, period or hyphen before its three letters.
        self.abbreviation = re.compile(rf"(?:Gov|Sen|Rep)(?<![\w.-]...)(?:\.|(?=[ \t]))(?=[ \t]+[{UPPER_LETTERS}])")
        self.states = frozenset(states)
        self.state_words = max((len(p.split()) for p in states), default=0)
        to = rf"(?i:to(?!\w)){ws}{the}?(?P<to>{places})"
        of = rf"of(?!\w){ws}{the}?(?P<country_of>{country_words})"
        name = rf"(?P<person>(?>{NAME_PATTERN}))"
        forms = [  # (rule, pattern, whether a title before the name makes it the possessor)
            # "Russian President Vladimir Putin (of Russia)", "US Ambassador to Russia John Sullivan"
            ("title-before-name", rf"{pre}{title}(?:{ws}{to})?{ws}{name}(?:{ws}{of})?", True),
            # "Prime Minister of India Narendra Modi", "Secretary-General of NATO Jens Stoltenberg"
            ("title-before-name", rf"{pre_no_country}{title}{ws}of(?!\w){ws}{the}?(?P<country>{country_words}){ws}{name}",
             True),
            # "Russia's ambassador to the US, Anatoly Antonov"; "the president of France, Emmanuel Macron"
            ("title-comma-name", rf"{pre}{title}(?:{ws}(?:{to}|{of}))?{ws},{ws}{name}", True),
            # "Vladimir Putin, the Russian president"; "Olaf Scholz, Germany's chancellor". Not
            # when a name follows the title: "In Moscow, Russian Prime Minister X" is the form above.
            ("name-comma-title", rf"{name}{ws},{ws}{pre}{title}(?:{ws}(?:{to}|{of}))?(?!{ws}{NAME_PATTERN})", False),
            # "Hillary Clinton, a former secretary of state", "Clinton, 69, a former senator":
            # "a" only with "former", which makes the title the person's own past one.
            ("name-comma-title", (rf"{name}(?:{ws},{ws}\d{{1,3}})?{ws},{ws}(?i:an?)\s+(?P<modifier>(?i:former|ex-))"
                                  rf"{ws}(?:{country}{ws})?{title}(?:{ws}(?:{to}|{of}))?(?!{ws}{NAME_PATTERN})"), False),
        ]
        # The person's name: cut at a possessive where the title before it is the
        # possessor's ("Prime Minister Narendra Modi's Bharatiya Janata Party"), refused where
        # the title after it would describe the possessed ("Scholz's Social Democrats, ...").
        before = trimmed_person(self.stop, possessor=True, long=True, surnames=surnames)
        after = trimmed_person(self.stop, long=True, surnames=surnames)
        self.expr = keep_tabs(pp.MatchFirst([
            regex_form(rule, pattern, before if possessor else after, vocabulary.compile)
            for rule, pattern, possessor in forms]))
        # The same forms read straight from their matches (`_read`); `expr` stays the
        # grammar's definition, which tests/claims/test_officeholder_fast.py holds them to.
        self.surnames = surnames
        self.forms = tuple(_Form(rule, e.direct_form[1], possessor)
                           for (rule, _, possessor), e in zip(forms, self.expr.exprs))
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
        # The word starts from which the lead reaches a title at the end of the text searched
        # (`_starts`): a word start as common.WORD_START finds one, the lead up to the end.
        self.lead_to_end = vocabulary.compile(rf"(?<![\w'’])(?=[\w'’\"“(])(?:{self.lead.pattern})\Z")

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        claims = self._plurals(text, sentence, index)
        if claims:
            taken = [(c.start, c.end) for c in claims]
            return claims + [c for c in self._singulars(text, sentence, index)
                             if not any(lo < c.end and c.start < hi for lo, hi in taken)]
        return self._singulars(text, sentence, index)

    def _abbreviations(self, s: str) -> list:
        """Where "Sen.", "Rep." or "Gov." stands before a name, as hits like `_titles`' (start
        and end), each from the place before it if there is one ("Florida Gov.")."""
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
        """The claims of the singular forms: what `scan_at_triggers(self.expr, ...)` finds,
        made into claims by `_claim`, without the generic scan's intermediate slot
        dictionaries (this grammar runs on every sentence with a title, most of them)."""
        s = sentence.text
        hits, shift = self._titles(s)
        if "Gov" in s or "Sen" in s or "Rep" in s:
            more = self._abbreviations(s)
            if more:
                hits = list(heapq.merge([_Hit(h.start(), h.end() - shift) for h in hits], more, key=_START))
                shift = 0
        if not hits:
            return []  # most sentences name no title: nothing to scan then
        claims = []
        consumed = 0  # (as in scan_at_triggers: claims do not overlap)
        for hit in hits:
            at = hit.start()
            if at < consumed:
                continue
            stop = hit.end() - shift + _AHEAD
            for start in self._starts(s, consumed, at):
                read = self._read(s[start:stop])
                if read is None:
                    continue
                end = start + read[-1]
                if end <= at:  # matched something before the trigger only
                    continue
                consumed = end
                claim = self._claim(text, sentence.start + start, index, read, s, start)
                if claim is not None:
                    claims.append(claim)
                break
        return claims

    def _starts(self, s: str, lo: int, at: int):
        """Where a claim of the title at `at` may start, leftmost first, as scan_at_triggers
        tries them: the last 13 word starts of s[lo:at + 1] (`starts_before`), each before
        the title where the lead reaches the title from it (`lead.fullmatch(s, start, at)`).

        Most of them cannot open a claim: one search finds the next that can (the lead to the
        end of s[:at], at a word start), instead of trying the lead at each in turn."""
        search = self.lead_to_end.search
        m = search(s, lo, at)
        if m is not None and len(WORD_START.findall(s, m.start(), at + 1)) > _BACK_WORDS + 1:
            # (further back than the words tried: those words one by one, as the scan does)
            for start in starts_before(s, lo, at, _BACK_WORDS + 1):
                if start == at or self.lead.fullmatch(s, start, at) is not None:
                    yield start
            return
        while m is not None:
            yield m.start()
            m = search(s, m.start() + 1, at)
        if WORD_START.match(s, at) is not None:  # (the title's own start: no lead to check)
            yield at

    def _titles(self, s: str) -> tuple[list, int]:
        """The matches of `self.trigger` in `s` as `finditer` finds them (found faster, see
        `_Edged`), and by how many characters each one's end runs past the title's."""
        lower = None if self.folded_trigger is None else folded(s)
        if lower is None:
            return list(self.trigger.finditer(s)), 0
        if self.after_edge is None:
            return list(self.folded_trigger.finditer(lower)), 0
        # (a match takes the character before the title: with a space before the text, it
        # starts where the title does in `s`, and ends one further)
        return list(self.after_edge.finditer(lower)), 1

    def _read(self, w: str) -> tuple | None:
        """What `common.parse(self.expr, w)` finds, read straight from the first form's
        match that the name check (`common.trimmed_person`) accepts: (form, match, the
        trimmed person, its end (`common._end_of` of the slots)), or None."""
        for form in self.forms:
            m = form.rx.match(w)  # (w starts at a word: no whitespace for pyparsing to skip)
            if m is None:
                continue
            lo, hi = m.regs[form.person]
            trimmed = trim_name(0, w[lo:hi], self.stop, possessor=form.possessor, surnames=self.surnames)
            if trimmed is None or trimmed.possessive and not form.possessor:
                continue  # the check refuses the form: MatchFirst tries the next
            at = lo + trimmed.start
            end = at + len(trimmed.name)
            if trimmed.long is not None:
                end = max(end, at + len(trimmed.long))
            regs = m.regs
            for number in form.cut if form.possessor and trimmed.possessive else form.others:
                if regs[number][1] > end:
                    end = regs[number][1]
            return form, m, trimmed, end
        return None

    def _qualified(self, text: str, start: int, parties: bool = False) -> bool:
        """Is the title qualified by a capitalised word the grammar did not take in?

        In "former London mayor Boris Johnson", "Deputy Prime Minister X" or "NATO
        Secretary-General Jens Stoltenberg" the office is London's, a deputy's or NATO's;
        judging the bare title would pick some other office of that name, so no claim.
        With `parties` (an abbreviated US title), a party is no qualifier: "Republican Sen.
        Ted Cruz" is a senator all the same."""
        word = _word_before(text, start)
        if word is None:
            return False
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
        word = _word_before(text, start)
        if word is None:
            return False
        return word[:1].isupper() and word not in STOPWORDS and word not in _OPENERS

    def _claim(self, text: str, base: int, index: int, read: tuple, s: str, at: int) -> Claim | None:
        """The claim of a form read at `at` in the sentence `s` (`base`: that offset in `text`)."""
        form, m, trimmed, _ = read
        regs, w = m.regs, m.string
        lo = regs[form.person][0] + trimmed.start  # the person's name, trimmed, in `w`
        if form.rule == "name-comma-title" and inside_possessed(s, at + lo, self.stop):
            return None  # "Scholz's Social Democrats, the ...": the name is the possessed's
        spans: dict[str, tuple[int, int]] = {}
        slots: dict[str, str] = {}
        dropped = form.country_of if form.possessor and trimmed.possessive else 0  # ("Modi's ... of India")
        for name, number in form.slots:
            a, b = regs[number]
            if a >= 0 and number != dropped:
                slots[name] = w[a:b]
                spans[name] = (base + a, base + b)
        slots["person"] = trimmed.name
        spans["person"] = (base + lo, base + lo + len(trimmed.name))
        if trimmed.long is not None:
            slots["person_long"] = trimmed.long
            spans["person_long"] = (base + lo, base + lo + len(trimmed.long))
        if "abbr" in slots:  # "Florida Gov." stands for the title "Florida Governor"
            place = slots.pop("abbr_place", None)
            spans.pop("abbr_place", None)
            spans.pop("abbr")
            written = text[spans["title"][0]:spans["title"][1]]
            full = _ABBREVIATED[slots.pop("abbr").rstrip(".")]
            spans["abbreviation"] = spans.pop("title")
            slots["abbreviation"] = written
            slots["title"] = f"{place} {full}" if place and full == "Governor" else full
        rule = form.rule
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
        return Claim(KIND, _RULES[rule], start, end, text[start:end], index, slots, spans)


class _Form:
    """One singular form as `_read` and `_claim` run it: its regex, and its groups by slot."""

    def __init__(self, rule: str, rx: re.Pattern, possessor: bool):
        self.rule, self.rx, self.possessor = rule, rx, possessor
        numbers: dict[str, list[int]] = {}  # slot -> its groups in the pattern's order
        for key, number in sorted(rx.groupindex.items(), key=_SECOND):
            numbers.setdefault(key.rstrip("0123456789"), []).append(number)
        self.person = numbers["person"][0]
        self.country_of = numbers.get("country_of", [0])[0]  # (0: none, group 0 being the whole match)
        # (slot of the claim, group) in _SLOT_ORDER, the person's made from the trimmed name.
        # A slot is the first of its groups that took part ("modifier1", "modifier2"), so
        # these are listed last first for each to overwrite the one before; a country after
        # the name ("country_of") overwrites one before it, keeping the place of the first.
        self.slots = tuple((name, number) for key, name in _SLOT_NAMES if key in numbers and key != "person"
                           for number in reversed(numbers[key]))
        # groups other than the person's (their ends may end the parse), and the same
        # without "country_of" (dropped where the name is cut at a possessive)
        self.others = tuple(n for key, found in numbers.items() if key != "person" for n in found)
        self.cut = tuple(n for n in self.others if n != self.country_of)


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][\w'’-]*)[ \t]+$")
# The same read backwards from the end (`$` also before a final newline): a match at the start
# of the reversed text instead of a search trying every character before the claim.
_WORD_BEFORE_REVERSED = re.compile(r"\n?[ \t]+([\w'’-]*[A-Za-z])(?![\w'’.-])")


def _word_before(text: str, start: int) -> str | None:
    """The word just before `start` (then spaces or tabs only):
    `_WORD_BEFORE.search(text, max(0, start - 40), start).group(1)`, or None where that finds
    none. The word must start within those 40 characters, after no word character, period,
    hyphen or apostrophe (the character before them is read too, as the search's lookbehind
    does)."""
    lo = max(0, start - 40)
    backwards = text[lo - 1 if lo else 0:start][::-1]
    m = _WORD_BEFORE_REVERSED.match(backwards)
    if m is None or lo and m.end(1) == len(backwards):  # (a word from before the 40 characters)
        return None
    return m.group(1)[::-1]


_POSSESSIVE_END = re.compile(r"['’]s?$")


class _Hit:
    """A title's place as `_singulars` reads it from a match (start and end)."""

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


class _Edged:
    """The title alternation for lower-cased text (`claims.patterns.folded_alternation`),
    led by the character before a title instead of looking behind for it, for `finditer`
    over " " + the text (see `OfficeholderGrammar._titles`).

    The alternation is tried at every character where it looks behind first; led by a
    character class (what may stand before a title), the engine skips in C to the next
    space or punctuation mark. The same matches, each one character longer at its start: a
    title may start where the alternation's lookbehind allows it, after a character other
    than a word's or a period (a space before the text stands for its start), and no match
    takes a character another one needs, as every title ends with a word character or a
    period. After a hyphen a title starts only where "then-" or "ex-" ends, so in a text
    without those (most) a hyphen cannot lead one either (`plain`); the lookbehinds for
    them and for a hyphen's absence exclude each other, so trying them in an atomic group
    in another order changes nothing (`prefixed`)."""

    def __init__(self, prefixed: re.Pattern, plain: re.Pattern, prefixes: tuple[str, str]):
        self.prefixed, self.plain, self.prefixes = prefixed, plain, prefixes

    @classmethod
    def of(cls, pattern: str, titles, compile) -> _Edged | None:
        """None where the pattern is not of that shape: then search with it as it is."""
        parts = alternation_parts(pattern)
        if parts is None or not all(re.match(r"[\w.]", t[-1:]) for t in titles) or not all(map(str.isalpha, parts[:2])):
            return None
        then, ex, body = parts
        return cls(compile(rf"[^\w.](?>(?<!-)|(?<={then}-)|(?<={ex}-))(?:{body})(?![\w])"),
                   compile(rf"[^\w.-](?:{body})(?![\w])"), (f"{then}-", f"{ex}-"))

    def finditer(self, lower: str):
        then, ex = self.prefixes
        rx = self.prefixed if "-" in lower and (then in lower or ex in lower) else self.plain
        return rx.finditer(" " + lower)


def build(vocabulary: Vocabulary) -> OfficeholderGrammar:
    return OfficeholderGrammar(vocabulary)
