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

This module finds mentions; `event_date` and `event_place` turn them into claims. Words
come from the vocabulary (aliases, places, countries), never from the base directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyparsing as pp

from claims.grammars.common import keep_tabs, DATE_RE, MONTH_YEAR_RE, YEAR_RE, alternation, date_parts, month_number
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

_CAP = r"[A-Z][\w.’'&-]*"
# A date as attributive (before the noun) or after a preposition. Day dates first.
_DATE_ANY = "(?:%s)" % "|".join(re.sub(r"\(\?P<\w+>", "(?:", r.pattern) for r in (DATE_RE, MONTH_YEAR_RE, YEAR_RE))
# After a named event: "in 2014", "in March 2014", "on June 16, 2021", "of June 23, 2016".
_POST_DATE = re.compile(rf"\s+(?:(?:by|of)\s+(?P<by>{_CAP}(?:\s+{_CAP})?)\s+)?(?P<prep>in|on|of)\s+(?:early\s+|late\s+|mid-)?(?P<date>{_DATE_ANY})(?![\d\w-])")
_PRE_DATE = re.compile(rf"(?P<date>{_DATE_ANY})[\s,]*$")
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

    def put(self, key: str, value: str, lo: int) -> None:
        self.slots[key] = value
        self.spans[key] = (lo, lo + len(value))


def iso_of(date_text: str) -> str | None:
    """ISO text at the written precision of a date written in news style."""
    m = DATE_RE.fullmatch(date_text)
    if m:
        year, month, dom = date_parts(m)
        return None if year is None else f"{year:04d}-{month:02d}-{dom:02d}"
    m = MONTH_YEAR_RE.fullmatch(date_text)
    if m:
        return f"{int(m.group('y')):04d}-{month_number(m.group('m')):02d}"
    m = YEAR_RE.fullmatch(date_text)
    return m.group("y") if m else None


class EventFinder:
    def __init__(self, vocabulary: Vocabulary):
        aliases = [a for a in vocabulary.event_aliases if not _HEAD.search(a.split()[-1])]
        places = sorted(set(vocabulary.event_places) | set(vocabulary.capitals) | set(vocabulary.countries))
        self.places = frozenset(places)
        qualifiers = set()
        for a in vocabulary.event_aliases:
            words = a.split()
            if len(words) > 1 and _HEAD.fullmatch(words[-1]):
                q = " ".join(words[:-1])
                if q not in self.places and not q[0].isdigit():
                    qualifiers.add(q)
        self.alias_re = re.compile(alternation(aliases), re.IGNORECASE) if aliases else None
        place_alt = alternation(places) if places else r"(?!)"
        qual_alt = alternation(qualifiers) if qualifiers else r"(?!)"
        country_alt = alternation(vocabulary.countries) if vocabulary.countries else r"(?!)"
        side = rf"(?:{country_alt}|{_CAP})"
        # A pair of sides: "US-Russia", "U.S.-Russian", "Biden-Putin", "US-North Korea".
        self.pair = rf"(?:{side}(?:\s*[-–]\s*{side})+)"
        self.place_re = re.compile(place_alt)
        self.premod_re = re.compile(
            rf"(?:(?P<qualifier>{qual_alt})|(?P<place>{place_alt})|(?P<pair>{self.pair}))\s+$")
        self.country_re = re.compile(rf"(?:{country_alt})\s+$")
        party = rf"(?:the\s+)?(?:{_CAP}\s+){{0,4}}{_CAP}"
        self.post_place = re.compile(rf"\s+(?:in|at)\s+(?:the\s+)?(?P<place>{place_alt})(?![\w-])")
        self.post_between = re.compile(rf"\s+between\s+(?P<a>{party}?)\s+and\s+(?P<b>{party}?)(?=[\s,.;:)]|$)")
        self.post_with = re.compile(rf"\s+with\s+(?P<b>{party}?)(?=[\s,.;:)]|$)")
        # pyparsing: the head of a summit phrase, scanned through the sentence.
        self.head = keep_tabs(pp.Regex(_HEAD.pattern, flags=re.IGNORECASE))
        self.alias = keep_tabs(pp.Regex(self.alias_re.pattern, flags=re.IGNORECASE)) if aliases else None

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
            return lo
        iso = iso_of(d.group("date"))
        if not iso:
            return lo
        m.put("date", d.group("date"), d.start("date"))
        m.slots["date_iso"], m.slots["date_position"] = iso, "before"
        return d.start()

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

    def _post_date(self, m: Mention, s: str) -> None:
        d = _POST_DATE.match(s, m.end)
        if d:
            iso = iso_of(d.group("date"))
            if iso:
                if d.group("by") and "agent" not in m.slots:
                    m.put("agent", d.group("by"), d.start("by"))
                m.put("date", d.group("date"), d.start("date"))
                m.slots["date_iso"], m.slots["date_position"] = iso, "after"
                m.end = d.end("date")

    # --- mentions ----------------------------------------------------------------------

    def mentions(self, s: str) -> list[Mention]:
        found = self._summits(s)
        taken = [(m.start, m.end) for m in found]
        if self.alias is not None:
            for toks, lo, hi in self.alias.scan_string(s):
                if any(a < hi and lo < b for a, b in taken):
                    continue
                m = Mention("alias", lo, hi)
                m.put("event", s[lo:hi], lo)
                m.start = self._before(m, s, lo)
                self._post_date(m, s)
                p = self.post_place.match(s, m.end)
                if p:
                    m.put("place", p.group("place"), p.start("place"))
                    m.slots["place_position"] = "after"
                    m.end = p.end("place")
                    if "date" not in m.slots:
                        self._post_date(m, s)
                found.append(m)
        return sorted(found, key=lambda m: m.start)

    def _summits(self, s: str) -> list[Mention]:
        out = []
        for toks, lo, hi in self.head.scan_string(s):
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
            # after the head: place, sides, date, in any order
            for _ in range(3):
                p = self.post_place.match(s, m.end)
                if p and "place" not in m.slots:
                    m.put("place", p.group("place"), p.start("place"))
                    m.slots["place_position"] = "after"
                    m.end = p.end()
                    continue
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
                before = m.end
                if "date" not in m.slots:
                    self._post_date(m, s)
                if m.end == before:
                    break
            # "the Geneva summit" names one; "a summit in Geneva" alone does not
            if any(k in m.slots for k in ("qualifier", "pair", "agent", "side_a", "side_b")) or \
                    m.slots.get("place_position") == "before":
                out.append(m)
        return out


@lru_cache(maxsize=8)
def finder(vocabulary: Vocabulary) -> EventFinder:
    return EventFinder(vocabulary)


_MENTION_CACHE: dict[tuple[int, str], list[Mention]] = {}


def mentions(vocabulary: Vocabulary, sentence_text: str) -> list[Mention]:
    key = (id(vocabulary), sentence_text)
    if key not in _MENTION_CACHE:
        if len(_MENTION_CACHE) > 256:
            _MENTION_CACHE.clear()
        _MENTION_CACHE[key] = finder(vocabulary).mentions(sentence_text)
    return _MENTION_CACHE[key]


def claim(kind: str, rule: str, m: Mention, text: str, sentence: Sentence, index: int) -> Claim:
    start, end = sentence.start + m.start, sentence.start + m.end
    spans = {k: (sentence.start + lo, sentence.start + hi) for k, (lo, hi) in m.spans.items()}
    return Claim(kind=kind, rule=rule, start=start, end=end, text=text[start:end], sentence=index,
                 slots={**m.slots, "shape": m.shape}, slot_spans=spans)
