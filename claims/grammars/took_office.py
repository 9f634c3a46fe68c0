"""Taking office on a date, an event-date claim the terms of the base answer:

  "Biden took office in January 2021", "Keir Starmer, who took office on July 5",
  "Sunak became prime minister in October 2022", "Lula was sworn in as president on Jan. 1",
  "Macron was inaugurated in May 2017", "Trudeau was sworn in as Canada's prime minister on Nov. 4",
  "Biden was sworn in as the 46th president on Jan. 20, 2021", "Macron took office on Sunday"
  (the last Sunday on or before the article's date), "Scholz was elected chancellor by the
  Bundestag on Wednesday" (elected by a parliament: taking office that day)

The person is the name just before the verb (or before ", who"); a title after "as" (or
after "became") names the office, from the vocabulary. The date is read as for named
events (`claims.grammars.event`: with or without a year, or relative: "last month").
Without a date there is no claim: "Biden, who took office promising unity" states nothing
checkable.
"""
from __future__ import annotations

import re


from claims.grammars import event
from claims.grammars.common import keep_tabs, regex_form, scan_at_triggers, trimmed_person
from claims.grammars.mentions import inside_possessed
from claims.grammars.names import NAME_PATTERN
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "event-date"

_VERB = r"took\s+office|(?:was|were)\s+(?:sworn\s+in|inaugurated)"
_ELECTED = r"(?:was|were)\s+(?:re-?)?elected"
_TRIGGER = re.compile(rf"(?<![\w-])(?:{_VERB}|became|{_ELECTED})(?![\w-])")
# A head of government or state elected by a parliament takes office that day ("Scholz was
# elected chancellor by the Bundestag on Wednesday"); elected by the voters, not (that is an
# election, `claims.grammars.election`): only these bodies make "was elected" a taking of office.
_BY_PARLIAMENT = (
    r"\s+by\s+(?:(?:the|its|their)\s+)?(?:[A-Z][\w'’-]+\s+)?"
    r"(?:parliament|Parliament|lawmakers|legislators|deputies|MPs|Bundestag|Diet|Knesset|National\s+Assembly"
    r"|Assembly|Duma|Lok\s+Sabha|Sejm|Riksdag|Storting|Folketing|D[áa]il|House\s+of\s+Commons|Verkhovna\s+Rada"
    r"|Rada|Majlis|legislature|Congress)(?![\w-])")
_ELECTED_RE, _BY_PARLIAMENT_RE = re.compile(_ELECTED), re.compile(_BY_PARLIAMENT)
_WEEKDAY = re.compile(r"\s+on\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])"
                      r"(?!,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)")


class TookOfficeGrammar:
    def __init__(self, vocabulary: Vocabulary):
        self.finder = event.finder(vocabulary)
        self.stop = frozenset(vocabulary.countries) | frozenset(w for t in vocabulary.titles for w in t.split())
        ws = r"\s*"
        countries = vocabulary.alternation(vocabulary.countries)
        titles = vocabulary.alternation(vocabulary.titles)

        def office(n: int) -> str:  # the office, twice in the pattern: group names end in n
            country = rf"(?:(?P<country{n}>{countries})(?:['’]s?(?!\w))?\s+)"
            of = rf"(?:\s+of\s+(?:the\s+)?(?P<country_of{n}>{countries}))?"
            # "the 46th president of the United States"
            return rf"(?:(?i:the)\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?{country}?(?P<title{n}>(?i:{titles})){of}"

        name = rf"(?P<person>(?>{NAME_PATTERN}))(?:{ws},{ws}who)?\s+(?:(?:has|had)\s+)?"
        # "took office (as president)", "was sworn in (as prime minister)", "became president"
        # (the office once in the pattern: compiling the titles is most of a cold start; which
        # verb needs which part is checked in `extract`)
        pattern = rf"{name}(?P<verb>{_VERB}|became|{_ELECTED})(?:\s+(?P<as>as\s+)?{office(1)})?"
        self.expr = keep_tabs(regex_form("took-office", pattern, trimmed_person(self.stop), vocabulary.compile))
        self.lead = vocabulary.compile(rf"{NAME_PATTERN}(?:{ws},{ws}who)?\s+(?:(?:has|had)\s+)?")

    @staticmethod
    def might_match(s: str, folded: str | None) -> bool:
        """False only when the sentence has no trigger word (case-sensitive), so no claim."""
        # Each _TRIGGER match holds one of these words as written, one test each (a generator
        # over a tuple of them cost more than the tests)
        return "took" in s or "sworn" in s or "inaugurated" in s or "became" in s or "elected" in s

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        s, out = sentence.text, []
        for at, toks in scan_at_triggers(self.expr, s, _TRIGGER, back_words=8, ahead=120, lead=self.lead):
            slots = {k: (at + toks[k][0], toks[k][1]) for k in ("person", "verb", "title", "country", "country_of")
                     if k in toks}
            if not _verb_fits(slots, "as" in toks, s):
                continue
            if inside_possessed(s, slots["person"][0], self.stop):
                continue  # "Narendra Modi's Bharatiya Janata Party took office": no person
            m = event.Mention("took-office", slots["person"][0], max(lo + len(v) for lo, v in slots.values()))
            for key, (lo, value) in slots.items():
                m.put("country" if key == "country_of" else key, value, lo)
            if _ELECTED_RE.fullmatch(slots["verb"][1]):
                m.end = _BY_PARLIAMENT_RE.match(s, m.end).end()  # the date comes after the body
            self.finder.post_date(m, s)
            if "date" not in m.slots and (wd := _WEEKDAY.match(s, m.end)):
                # "took office as president on Sunday": the last Sunday on or before the article's date
                m.put("date", wd.group("wd"), wd.start("wd"))
                m.slots["date_rel"], m.slots["date_position"] = f"weekday:{wd.group('wd')}", "after"
                m.end = wd.end()
            if "date" in m.slots:
                out.append(event.claim(KIND, f"{KIND}.took-office", m, text, sentence, index))
        return out


def _verb_fits(slots: dict, as_: bool, s: str) -> bool:
    """"took office"/"was sworn in" take their office after "as" (or none); "became" one
    without it; "was elected" one (with or without "as") and then a parliament."""
    verb, title = slots["verb"][1], slots.get("title")
    if verb == "became":
        return title is not None and not as_
    if _ELECTED_RE.fullmatch(verb):
        if title is None:
            return False
        end = max(lo + len(v) for k, (lo, v) in slots.items() if k in ("title", "country_of"))
        return _BY_PARLIAMENT_RE.match(s, end) is not None
    return title is None or as_


def build(vocabulary: Vocabulary) -> TookOfficeGrammar:
    return TookOfficeGrammar(vocabulary)
