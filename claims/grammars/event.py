"""Mentions of named events, shared by the event-date and event-place grammars.

Two shapes of noun phrase are recognised:

- a **named event**, by one of the aliases the reference base gives ("annexation of
  Crimea", "Brexit referendum", "Minsk II agreement"), with what news hang on it: an agent
  before it ("Russia's", "its", "the US-led", "Russian"), a date before it ("the 2016 Brexit
  referendum", "Russia's 2014 annexation of Crimea", "the June 2016 Brexit referendum") or
  after it ("the annexation of Crimea in March 2014", "the Brexit referendum of June 23,
  2016", "... by Russia in 2014"), and a place after it ("COP26 in Glasgow");
- a **summit**, built from parts: "the Geneva summit", "a US-Russia summit in Geneva",
  "the 2019 G7 summit in Biarritz", "Biden's summit with Putin", "the summit in Vienna
  between X and Y", "the Trump-Kim summit in Hanoi". The words before "summit" are places
  (from the base), series or names the base uses for summits ("G7", "NATO", "BRICS",
  "inter-Korean", taken from aliases that end in "summit"), or a pair of sides ("US-Russia",
  "Biden-Putin"). A summit mention makes a claim only when something names which summit
  is meant (a series, sides, a place, an agent); a bare "a summit in Vienna" does not.

Beyond noun phrases, news date and place events in other shapes, also found here:

- **verb forms** of an alias "<noun> of|in|from <object>": "Russia annexed Crimea in March
  2014", "Crimea was annexed by Russia in 2014", "invaded Ukraine on Feb. 24, 2022", and for
  "collapse/fall/death of X" "Lehman Brothers collapsed in September 2008", "the Berlin Wall
  fell in 1989". Only with a date right after; never after a modal or a negation ("would
  not have annexed");
- **participles** after a name: "the Lisbon Treaty, signed in Lisbon in December 2007", "the
  COP21 conference, held in Paris", "New START, the treaty signed in Prague in April 2010";
- **generic heads** ("attacks", "bombing", "invasion", "coup", "ceasefire", "earthquake",
  "referendum") with a date and a place or an agent: "the November 2008 attacks in Mumbai",
  "Russia's invasion on Feb. 24" (the verifier only ever verifies these);
- **meetings**: "Bush and Gorbachev met in Helsinki in September 1990", "X met Y in Sochi"
  (verified only when the base holds a meeting of those people there; never conflicting);
- dates **without a year** ("in June", "on Aug. 19", "the July G8 summit") and **relative**
  ones ("next month", "earlier this month", "last year's", "last June"), resolved by the
  verifier against the article's date; places the base does not know ("in Cornwall") are
  kept, marked `place_known: no`, and can verify but never conflict.

Every piece here is one regular expression found with `finditer` (aliases, summit heads,
generic heads) and then extended by anchored matches around it: pyparsing's scan tried
the same patterns at every character in Python and cost most of the checking time.

This module finds mentions; `event_date` and `event_place` turn them into claims. Words
come from the vocabulary (aliases, places, countries), never from the base directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.grammars.common import RANGE_END, RANGE_END_RE, RANGE_WITH_YEAR, DATE_RE, MONTH_YEAR_RE, YEAR_RE, date_parts, month_number
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

_CAP = r"[A-Z][\w.’'&-]*"
# A date as attributive (before the noun) or after a preposition. Day dates first.
_DATE_ANY = "(?:%s)" % "|".join(re.sub(r"\(\?P<\w+>", "(?:", r.pattern) for r in (DATE_RE, MONTH_YEAR_RE, YEAR_RE))
_DATE_ANY = f"(?:{RANGE_WITH_YEAR}|{_DATE_ANY})"  # a range of days first: it is the longer
# After a named event: "in 2014", "in March 2014", "on June 16, 2021", "of June 23, 2016".
# "on Monday, Feb. 20": the weekday before a date is the weekday grammar's claim, not part of the date
_ON_WEEKDAY = r"(?:(?<=on\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_POST_DATE = re.compile(rf"\s+(?:(?:by|of)\s+(?P<by>{_CAP}(?:\s+{_CAP})?)\s+)?(?P<prep>in|on|of)\s+{_ON_WEEKDAY}(?:early\s+|late\s+|mid-)?(?P<date>{_DATE_ANY})(?![\d\w-])")
# A region in apposition after a place, closed by a comma and followed by a date.
_REGION = re.compile(r",\s+(?P<region>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?=,\s+(?:in|on)\s)")
_PRE_DATE = re.compile(rf"(?P<date>{_DATE_ANY})[\s,]*$")
# A date without a year, after the name ("in June", "on Aug. 19") or before it after a
# determiner ("the July G8 summit", "the Feb. 6 earthquakes"); the verifier takes the year
# nearest the article's date. A month must not start a name ("May's government").
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
_NOYEAR_DAY = rf"(?:{_FULL_MONTH}|{_MONTH_ABBR})\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:{RANGE_END})?(?![\d:,]*\s*(?:1[6-9]\d\d|20\d\d))(?![\d:-])"
_NOYEAR_AFTER = re.compile(
    rf"\s+(?:(?P<on>on|of)\s+{_ON_WEEKDAY}(?P<day>{_NOYEAR_DAY})|(?P<in>in|of)\s+(?:early\s+|late\s+|mid-)?(?P<month>{_FULL_MONTH}|{_MONTH_ABBR}))"
    r"(?![\w'’-])(?!\s+(?:[A-Z]|\d))")
_NOYEAR_BEFORE = re.compile(
    rf"(?:\b(?:the|a|an|this|last)|['’]s)\s+(?P<date>{_NOYEAR_DAY}|{_FULL_MONTH})[\s,]*$")
# Dates relative to the article's: "last month", "earlier this month", "next year", "last June";
# before the name "last year's", "next month's".
_REL = rf"(?:(?:earlier|later)\s+this\s+(?:month|year)|(?:last|next|this)\s+(?:month|year|{_FULL_MONTH}))"
_REL_AFTER = re.compile(rf"\s+(?P<date>{_REL})(?![\w'’-])")
_REL_BEFORE = re.compile(r"(?:\b(?:the|a|an)\s+)?(?P<date>(?:last|next|this)\s+(?:month|year)['’]s)\s+$", re.IGNORECASE)


def rel_of(text: str) -> str:
    """"last month" → "month-1", "earlier this year" → "year+0", "last June" → "last:06"."""
    words = text.lower().replace("’", "'").removesuffix("'s").split()
    which, unit = words[-3] if len(words) == 3 else words[0], words[-1]
    if unit in ("month", "year"):
        return f"{unit}{ {'last': '-1', 'next': '+1'}.get(which, '+0') }"
    return f"{which}:{month_number(unit):02d}"


# "signed in Lisbon", ", held in Marseille", "which was signed in Prague", ", the treaty signed in"
_PARTICIPLE = re.compile(
    r"(?:\s+(?:conference|summit|talks|meeting|treaty|agreement|accord|deal))?"
    r"(?:,\s+(?:the\s+(?:[a-z-]+\s+){0,2}(?:treaty|agreement|accord|accords|deal|pact|summit|conference|talks|referendum|vote)\s+)?"
    r"|,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been)\s+)?)"
    r"(?P<verb>signed|held|agreed|reached|struck|concluded|staged|hosted|convened|carried\s+out)(?=\s+(?:in|at|on)\s)")
# Words never taken for an unknown place after "in" ("in March", "in Congress" is a place all the same)
_NOT_PLACE = re.compile(rf"(?:{_FULL_MONTH}|{_MONTH_ABBR}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Its|Their|"
                        r"Our|This|That|These|Those|Which|Whose|Power|Office|Parliament|Congress|Court|January)$")
_CALENDAR_WORD = re.compile(rf"(?:{_FULL_MONTH}|{_MONTH_ABBR}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|D\.C\.)\b")
# Generic heads: an event named only by what happened, told apart by date, place and agent.
# They verify when the base has such an event there and then, and never conflict.
_GENERIC = re.compile(
    r"(?<![\w-])(?:(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|shootings?)|invasion|annexation|(?:failed\s+)?coup(?:\s+attempt)?"
    r"|ceasefire|truce|peace\s+(?:deal|agreement|accord|treaty)|earthquakes?|referendum|peace\s+talks)(?![\w-])",
    re.IGNORECASE)
# Meetings: "Bush and Gorbachev met in Helsinki", "Bush met Putin in Sochi on April 6".
_NAME = r"(?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){0,3}"
_MET = re.compile(
    rf"(?P<a>{_NAME})\s+(?:and\s+(?P<b1>{_NAME})\s+met|met\s+(?:with\s+)?(?P<b2>{_NAME}))(?=\s+(?:in|at)\s+[A-Z])")
# Trips: "Biden visited Kyiv on Feb. 20", "Blinken flew to Brussels in March", "Merkel made an
# unannounced visit to Kabul in 2010", "Macron's trip to Beijing in April". The place and a
# date after it are read as for other events; the traveller is the name before the verb.
_TRIP = re.compile(
    rf"(?P<a>{_NAME})(?:['’]s|\s+(?:(?:has|had)\s+)?(?:(?P<verb>visited|toured|(?:travell?ed|flew|went|came|returned)\s+to)"
    r"|(?:made|paid)\s+(?:an?|his|her|their)))?\s+(?(verb)|(?:[a-z-]+\s+){0,2}(?:visit|trip)\s+to\s+)(?=[A-Z])")
_MODAL = re.compile(r"\b(?:not|never|n['’]t|to|would|could|might|may|will|shall|should|must|can|cannot|if|unless|whether)"
                    r"\s+(?:(?:have|has|had)\s+)?(?:(?:be|been)\s+)?$", re.IGNORECASE)
# Verb forms of event names: "annexation of Crimea" → "annexed Crimea", "Crimea was annexed";
# "collapse of Lehman Brothers" → "Lehman Brothers collapsed".
_TRANSITIVE = {
    "annexation": ("annexed",), "invasion": ("invaded",), "intervention": ("intervened",),
    "poisoning": ("poisoned",), "killing": ("killed",), "assassination": ("assassinated",),
    "murder": ("murdered",), "capture": ("captured",), "execution": ("executed",), "ouster": ("ousted",),
    "overthrow": ("overthrew", "overthrown"), "bombing": ("bombed",), "recognition": ("recognised", "recognized"),
    "seizure": ("seized",), "downing": ("downed", "shot down"), "storming": ("stormed",), "removal": ("removed",),
    "withdrawal": ("withdrew",),
}
_INTRANSITIVE = {"collapse": ("collapsed",), "fall": ("fell",), "dissolution": ("dissolved", "was dissolved"),
                 "breakup": ("broke up",), "sinking": ("sank",), "death": ("died",)}
_SUBJECT_STOP = {"The", "A", "An", "When", "After", "Before", "Since", "Until", "As", "In", "On", "Then", "And", "But",
                 "Because", "While", "Once", "If", "Though", "Although", "So", "Why", "How", "Where",
                 "He", "She", "They", "It", "We", "I", "You", "Who"}
# "Russia's", "Russians'", "its", "the US-led", "Russian", "Soviet": whoever did it.
_WORD = r"[A-Z][\w.&-]*"
_AGENT = re.compile(rf"(?P<agent>(?:{_WORD}\s+){{0,2}}{_WORD}|\b(?:its|their|his|her))(?:['’]s|(?<=s)['’])?\s+$")
_HEAD = re.compile(r"summit(?:\s+(?:meeting|talks))?(?![\w-])", re.IGNORECASE)


@dataclass
class Mention:
    """One event mention in a sentence: offsets are into the sentence text."""

    shape: str  # "alias" | "summit"
    start: int
    end: int
    slots: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    after_region: bool = False  # ends at a region closed by a comma ("in Antalya, Turkey,")

    def put(self, key: str, value: str, lo: int) -> None:
        self.slots[key] = value
        self.spans[key] = (lo, lo + len(value))


def iso_of(date_text: str) -> str | None:
    """ISO text at the written precision of a date written in news style (a range of days
    by its first day)."""
    date_text = RANGE_END_RE.sub("", date_text, count=1)
    m = DATE_RE.fullmatch(date_text)
    if m:
        year, month, dom = date_parts(m)
        return None if year is None else f"{year:04d}-{month:02d}-{dom:02d}"
    m = MONTH_YEAR_RE.fullmatch(date_text)
    if m:
        return f"{int(m.group('y')):04d}-{month_number(m.group('m')):02d}"
    m = YEAR_RE.fullmatch(date_text)
    return m.group("y") if m else None


def md_of(date_text: str) -> str | None:
    """"MM-DD" or "MM" of a date written without a year ("Aug. 19", "June")."""
    m = re.fullmatch(r"(?P<m>[A-Za-z]+\.?)(?:\s+(?P<d>\d+)(?:st|nd|rd|th)?)?", RANGE_END_RE.sub("", date_text.strip(), count=1))
    if not m:
        return None
    try:
        month = month_number(m.group("m"))
    except KeyError:
        return None
    return f"{month:02d}-{int(m.group('d')):02d}" if m.group("d") else f"{month:02d}"


class EventFinder:
    def __init__(self, vocabulary: Vocabulary):
        self._last: tuple[str, list[Mention]] | None = None  # see `mentions`
        aliases = [a for a in vocabulary.event_aliases if not _HEAD.search(a.split()[-1])]
        # an organisation ("NATO") is neither a place nor a side: "the 2008 NATO summit" names a series
        countries = sorted(set(vocabulary.countries) - set(vocabulary.organisations))
        places = sorted(set(vocabulary.event_places) | set(vocabulary.capitals) | set(countries))
        self.places = frozenset(places)
        qualifiers = set()
        for a in vocabulary.event_aliases:
            words = a.split()
            if len(words) > 1 and _HEAD.fullmatch(words[-1]):
                q = " ".join(words[:-1])
                if q not in self.places and not q[0].isdigit():
                    qualifiers.add(q)
        self.qualifiers = frozenset(q.lower() for q in qualifiers)
        self.alias_re = vocabulary.compile(vocabulary.alternation(aliases), re.IGNORECASE) if aliases else None
        place_alt = vocabulary.alternation(places) if places else r"(?!)"
        qual_alt = vocabulary.alternation(qualifiers) if qualifiers else r"(?!)"
        country_alt = vocabulary.alternation(countries) if countries else r"(?!)"
        side = rf"(?:{country_alt}|{_CAP})"
        # A pair of sides: "US-Russia", "U.S.-Russian", "Biden-Putin", "US-North Korea".
        self.pair = rf"(?:{side}(?:\s*[-–]\s*{side})+)"
        self.place_re = vocabulary.compile(place_alt)
        self.premod_re = vocabulary.compile(
            rf"(?:(?P<qualifier>{qual_alt})|(?P<place>{place_alt})|(?P<pair>{self.pair}))\s+$")
        self.country_re = vocabulary.compile(rf"(?:{country_alt})\s+$")
        party = rf"(?:the\s+)?(?:{_CAP}\s+){{0,4}}{_CAP}"
        # A known place must end the name: "in the Spanish Hall" is no place "Spanish".
        self.post_place = vocabulary.compile(
            rf"\s+(?:in|at)\s+(?:the\s+)?(?P<place>{place_alt})(?![\w-])(?![’']s)(?!\s+(?!{_CALENDAR_WORD.pattern})[A-Z])")
        # A place the base does not know ("Cornwall", "Salisbury"): claims on it verify or stay unknown.
        self.post_loose = re.compile(
            r"\s+(?:in|at)\s+(?P<place>[A-Z][\w’'.-]*[\w](?:\s+[A-Z][\w’'-]*[\w]){0,2})(?![\w-])(?![’']s)")
        self.post_between = re.compile(rf"\s+between\s+(?P<a>{party}?)\s+and\s+(?P<b>{party}?)(?=[\s,.;:)]|$)")
        self.post_with = re.compile(rf"\s+with\s+(?P<b>{party}?)(?=[\s,.;:)]|$)")
        self.agent_before_verb = vocabulary.compile(rf"(?P<agent>{country_alt}|{_CAP}(?:\s+{_CAP}){{0,2}})\s+$")
        self.verbs = self._verb_forms(vocabulary.event_aliases, vocabulary.compile)
        verb_words = {w for forms in (*_TRANSITIVE.values(), *_INTRANSITIVE.values()) for f in forms for w in f.split()[-1:]}
        self.verb_trigger = re.compile(r"\b(?:%s)\b" % "|".join(sorted(verb_words)), re.IGNORECASE)

    @staticmethod
    def _verb_forms(aliases, compile=re.compile) -> list[tuple[re.Pattern, str]]:
        """(pattern, alias) for the verb forms of aliases "<noun> of|in|from <object>"."""
        out = []
        for alias in sorted(set(aliases)):
            m = re.fullmatch(r"(?P<noun>[a-z]+)\s+(?P<prep>of|in|from|on)\s+(?P<obj>.+)", alias)
            if not m:
                continue
            noun, prep, obj = m.group("noun"), m.group("prep"), re.escape(m.group("obj")).replace(r"\ ", r"\s+")
            obj = rf"(?<![\w-]){obj}(?![\w-])"
            if noun in _TRANSITIVE and (prep == "of" or (noun, prep) in (("intervention", "in"), ("withdrawal", "from"))):
                verbs = "|".join(v.replace(" ", r"\s+") for v in _TRANSITIVE[noun])
                link = r"\s+in\s+" if prep == "in" else r"\s+from\s+" if prep == "from" else r"\s+"
                out.append((compile(rf"(?P<verb>\b(?:{verbs})){link}(?P<obj>{obj})", re.IGNORECASE), alias))
                if prep == "of":
                    out.append((compile(
                        rf"(?P<obj>{obj})\s+(?:was|were)\s+(?P<verb>(?:{verbs}))(?:\s+by\s+(?P<by>(?-i:{_CAP}(?:\s+{_CAP})?)))?",
                        re.IGNORECASE), alias))
            elif noun in _INTRANSITIVE and prep == "of":
                verbs = "|".join(v.replace(" ", r"\s+") for v in _INTRANSITIVE[noun])
                out.append((compile(rf"(?P<obj>{obj})\s+(?P<verb>(?:{verbs}))\b", re.IGNORECASE), alias))
        return out

    # --- shared pieces -----------------------------------------------------------------

    def _before(self, m: Mention, s: str, lo: int) -> int:
        """Agent ("Russia's", "its", "US-led", "Russian") and attributive date ("2014", "June
        2016") before position `lo`, in either order; returns the new start of the phrase."""
        for _ in range(2):
            lo = self._pre_date(m, s, lo)
            lo = self._agent(m, s, lo)
        return lo

    def _pre_date(self, m: Mention, s: str, lo: int) -> int:
        if "date" in m.slots:
            return lo
        d = _PRE_DATE.search(s, 0, lo)
        if not d or re.search(r"(?:\b(?:in|on|since|from|by|of|until|after|before|to|and|or)|\d)[\s,]*$",
                              s[: d.start()], re.IGNORECASE):
            return self._pre_date_noyear(m, s, lo)
        iso = iso_of(d.group("date"))
        if not iso:
            return lo
        m.put("date", d.group("date"), d.start("date"))
        m.slots["date_iso"], m.slots["date_position"] = iso, "before"
        return d.start()

    def _pre_date_noyear(self, m: Mention, s: str, lo: int) -> int:
        r = _REL_BEFORE.search(s, 0, lo)
        if r:
            m.put("date", r.group("date"), r.start("date"))
            m.slots["date_rel"], m.slots["date_position"] = rel_of(r.group("date")), "before"
            return r.start()
        d = _NOYEAR_BEFORE.search(s, 0, lo)
        md = md_of(d.group("date")) if d else None
        if not md:
            return lo
        m.put("date", d.group("date"), d.start("date"))
        m.slots["date_md"], m.slots["date_position"] = md, "before"
        return d.start("date")

    def _agent(self, m: Mention, s: str, lo: int) -> int:
        if "agent" in m.slots:
            return lo
        a = _AGENT.search(s, 0, lo)
        if not a:
            return lo
        words = a.group("agent").split()
        while words and words[0] in ("The", "A", "An", "This", "That"):
            words.pop(0)
        if not words:
            return lo
        agent = " ".join(words)
        at = a.end("agent") - len(agent)
        led = re.fullmatch(r"(?P<who>.+?)-(?:led|backed)", agent)
        if led:
            agent = led.group("who")
        m.put("agent", agent, at)
        return at

    def post_date(self, m: Mention, s: str) -> None:
        at = m.end + 1 if m.after_region and s.startswith(",", m.end) else m.end
        d = _POST_DATE.match(s, at)
        iso = iso_of(d.group("date")) if d else None
        if iso:
            if d.group("by") and "agent" not in m.slots:
                m.put("agent", d.group("by"), d.start("by"))
            m.put("date", d.group("date"), d.start("date"))
            m.slots["date_iso"], m.slots["date_position"] = iso, "after"
            m.end = d.end("date")
            return
        d = _NOYEAR_AFTER.match(s, at)
        if d:
            key = "day" if d.group("day") else "month"
            md = md_of(d.group(key))
            if md:
                m.put("date", d.group(key), d.start(key))
                m.slots["date_md"], m.slots["date_position"] = md, "after"
                m.end = d.end(key)
            return
        r = _REL_AFTER.match(s, at)
        if r:
            m.put("date", r.group("date"), r.start("date"))
            m.slots["date_rel"], m.slots["date_position"] = rel_of(r.group("date")), "after"
            m.end = r.end("date")

    def _place_after(self, m: Mention, s: str, loose: bool = True) -> bool:
        if "place" in m.slots:
            return False
        p = self.post_place.match(s, m.end)
        if p:
            m.put("place", p.group("place"), p.start("place"))
            m.slots["place_position"] = "after"
            m.end = p.end("place")
            self._region(m, s)
            return True
        p = self.post_loose.match(s, m.end) if loose else None
        if p and not _NOT_PLACE.match(p.group("place").split()[0]) and not _CALENDAR_WORD.match(p.group("place")):
            m.put("place", p.group("place"), p.start("place"))
            m.slots["place_position"], m.slots["place_known"] = "after", "no"
            m.end = p.end("place")
            self._region(m, s)
            return True
        return False

    @staticmethod
    def _region(m: Mention, s: str) -> None:
        """"in Antalya, Turkey, on Nov. 15": the region between commas belongs to the place,
        so that a date after it is still the event's."""
        r = _REGION.match(s, m.end)
        if r and not _CALENDAR_WORD.match(r.group("region")):
            m.put("region", r.group("region"), r.start("region"))
            m.end = r.end("region")
            m.after_region = True

    def _tail(self, m: Mention, s: str, sides: bool = False) -> None:
        """What follows the name, in any order: a place, a date, "signed in", sides."""
        participle = False
        for _ in range(5):
            before = m.end
            if self._place_after(m, s):
                continue
            if "date" not in m.slots:
                self.post_date(m, s)
                if m.end != before:
                    continue
            if sides:
                b = self.post_between.match(s, m.end)
                if b and "side_a" not in m.slots:
                    m.put("side_a", b.group("a"), b.start("a"))
                    m.put("side_b", b.group("b"), b.start("b"))
                    m.end = b.end()
                    continue
                w = self.post_with.match(s, m.end)
                if w and "side_b" not in m.slots:
                    m.put("side_b", w.group("b"), w.start("b"))
                    m.end = w.end()
                    continue
            if not participle:
                p = _PARTICIPLE.match(s, m.end)
                if p:
                    trial = Mention(m.shape, m.start, p.end(), dict(m.slots), dict(m.spans))
                    self._place_after(trial, s)
                    if "date" not in trial.slots:
                        self.post_date(trial, s)
                    if trial.end > p.end():  # "signed" counts only with a place or date after it
                        m.slots, m.spans, m.end = trial.slots, trial.spans, trial.end
                        m.slots["participle"] = p.group("verb").split()[0].lower()
                        participle = True
                        continue
            break

    # --- mentions ----------------------------------------------------------------------

    def mentions(self, s: str) -> list[Mention]:
        """The event mentions of sentence `s`. The event-date and event-place grammars both
        ask for the same sentence in turn, so the last answer is kept."""
        if self._last is None or self._last[0] != s:
            self._last = (s, self._find(s))
        return self._last[1]

    def _find(self, s: str) -> list[Mention]:
        found = self._summits(s)
        taken = [(m.start, m.end) for m in found]

        def free(lo: int, hi: int) -> bool:
            return not any(a < hi and lo < b for a, b in taken)

        if self.alias_re is not None:
            for a in self.alias_re.finditer(s):
                lo, hi = a.span()
                if not free(lo, hi):
                    continue
                m = Mention("alias", lo, hi)
                m.put("event", s[lo:hi], lo)
                m.start = self._before(m, s, lo)
                self._tail(m, s)
                found.append(m)
                taken.append((m.start, m.end))
        for m in self._verb_mentions(s) + self._meetings(s) + self._trips(s):
            if free(m.start, m.end):
                found.append(m)
                taken.append((m.start, m.end))
        for g in _GENERIC.finditer(s):
            lo, hi = g.span()
            if not free(lo, hi):
                continue
            m = Mention("generic", lo, hi)
            m.put("head", s[lo:hi], lo)
            m.start = self._before(m, s, lo)
            self._tail(m, s)
            if "agent" in m.slots and m.slots["agent"].lower() in self.qualifiers:
                continue
            if "date" in m.slots and ("place" in m.slots or "agent" in m.slots):
                found.append(m)
                taken.append((m.start, m.end))
        return sorted(found, key=lambda m: m.start)

    def _verb_mentions(self, s: str) -> list[Mention]:
        out = []
        if not self.verb_trigger.search(s):
            return out
        for pattern, alias in self.verbs:
            for v in pattern.finditer(s):
                if _MODAL.search(s, 0, v.start("verb")) or _MODAL.search(s, 0, v.start()):
                    continue
                m = Mention("verb", v.start(), v.end())
                m.put("verb", v.group("verb"), v.start("verb"))
                m.slots["event"] = alias
                if v.groupdict().get("by"):
                    m.put("agent", v.group("by"), v.start("by"))
                elif v.start("verb") == v.start():  # active: the subject just before is the agent
                    a = self.agent_before_verb.search(s, 0, v.start())
                    if a:
                        words = a.group("agent").split()
                        while words and words[0] in _SUBJECT_STOP:
                            words.pop(0)
                        if words:
                            agent = " ".join(words)
                            m.put("agent", agent, a.end("agent") - len(agent))
                            m.start = a.end("agent") - len(agent)
                # "annexed Crimea from Ukraine in 2014"
                f = re.match(rf"\s+from\s+{_CAP}(?:\s+{_CAP})?(?=\s+(?:in|on)\s)", s[m.end:])
                if f:
                    m.end += f.end()
                self.post_date(m, s)
                if "date" in m.slots:
                    self._place_after(m, s, loose=False)
                    out.append(m)
        return out

    def _trips(self, s: str) -> list[Mention]:
        """A person's trip to a place with a date: a visit event of the base may verify it."""
        out = []
        for v in _TRIP.finditer(s):
            a = v.group("a").split()
            while a and a[0] in _SUBJECT_STOP:
                a.pop(0)
            if not a or _MODAL.search(s, 0, v.start("a")):
                continue
            traveller = re.sub(r"['’]s$", "", " ".join(a))
            m = Mention("trip", v.start("a") + len(v.group("a")) - len(" ".join(a)), v.end())
            m.put("side_a", traveller, m.start)
            if v.group("verb"):
                m.put("verb", v.group("verb").split()[0], v.start("verb"))
            else:
                m.slots["verb"] = "visit"
            m.end = v.end() - 1  # before the space: the place reader wants " to|in X"
            place = re.match(rf"\s(?P<place>{_CAP}(?:\s+{_CAP}){{0,2}})", s[m.end:])
            if not place or _NOT_PLACE.match(place.group("place").split()[0]):
                continue
            lo = m.end + place.start("place")
            m.put("place", place.group("place"), lo)
            m.slots["place_position"] = "after"
            m.slots["place_known"] = "yes" if self.place_re.fullmatch(place.group("place")) else "no"
            m.end = lo + len(place.group("place"))
            self._region(m, s)
            self.post_date(m, s)
            if "date" in m.slots:
                out.append(m)
        return out

    def _meetings(self, s: str) -> list[Mention]:
        out = []
        for v in _MET.finditer(s):
            if _MODAL.search(s, 0, v.start("a")):
                continue
            a = v.group("a").split()
            while a and a[0] in _SUBJECT_STOP:
                a.pop(0)
            if not a:
                continue
            a_text = " ".join(a)
            b_key = "b1" if v.group("b1") else "b2"
            m = Mention("meeting", v.end("a") - len(a_text), v.end())
            m.put("side_a", a_text, m.start)
            m.put("side_b", v.group(b_key), v.start(b_key))
            m.end = v.end()
            self._place_after(m, s)
            if "place" not in m.slots:
                continue
            self.post_date(m, s)
            out.append(m)
        return out

    def _summits(self, s: str) -> list[Mention]:
        out = []
        for h in _HEAD.finditer(s):
            lo, hi = h.span()
            m = Mention("summit", lo, hi)
            m.put("head", s[lo:hi], lo)
            start = lo
            for _ in range(3):  # up to three pre-modifiers: "the 2019 G7 summit", "US-Russia Geneva summit"
                pm = self.premod_re.search(s[:start])
                if not pm:
                    break
                key = pm.lastgroup
                if key in m.slots and key != "pair":
                    break
                value = pm.group(key)
                if key == "pair":
                    if "-" not in value and "–" not in value:
                        break
                    key = "pair"
                m.put(key, value, pm.start(key))
                if key == "place":
                    m.slots["place_position"] = "before"
                start = pm.start()
            m.start = self._before(m, s, start)
            # "NATO's 2016 summit": the agent is the series
            if "qualifier" not in m.slots and m.slots.get("agent", "").lower() in self.qualifiers:
                m.slots["qualifier"] = m.slots.pop("agent")
                m.spans["qualifier"] = m.spans.pop("agent")
            # after the head: place, sides, date, in any order
            self._tail(m, s, sides=True)
            # "the Geneva summit" names one; "a summit in Geneva" alone does not, unless dated
            if any(k in m.slots for k in ("qualifier", "pair", "agent", "side_a", "side_b")) or \
                    m.slots.get("place_position") == "before" or ("date" in m.slots and "place" in m.slots):
                out.append(m)
        return out


@lru_cache(maxsize=8)
def finder(vocabulary: Vocabulary) -> EventFinder:
    """One finder per vocabulary, shared by the event-date and event-place grammars (asked
    for once each, when they are built)."""
    return EventFinder(vocabulary)


class EventAspectGrammar:
    """The event-date and event-place grammars: the same event mentions (found once per
    sentence by the shared finder), each kind keeping those that state its aspect."""

    def __init__(self, vocabulary: Vocabulary, kind: str, aspect: str) -> None:
        self.finder = finder(vocabulary)
        self.kind, self.aspect = kind, aspect  # aspect: "date" or "place"

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        out = []
        for m in self.finder.mentions(sentence.text):
            if self.aspect in m.slots:
                position = m.slots[f"{self.aspect}_position"]
                rule = f"{self.kind}.{m.shape}-{self.aspect}-{position}"
                out.append(claim(self.kind, rule, m, text, sentence, index))
        return out


def claim(kind: str, rule: str, m: Mention, text: str, sentence: Sentence, index: int) -> Claim:
    start, end = sentence.start + m.start, sentence.start + m.end
    spans = {k: (sentence.start + lo, sentence.start + hi) for k, (lo, hi) in m.spans.items()}
    return Claim(kind=kind, rule=rule, start=start, end=end, text=text[start:end], sentence=index,
                 slots={**m.slots, "shape": m.shape}, slot_spans=spans)
