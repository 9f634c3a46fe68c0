"""The peer: what a user would build instead, with spaCy.

spaCy `blank("en")` + `sentencizer` + a rule-based matcher loaded from the same reference
base: every person's name and aliases (PERSON), every title form (TITLE) and every country
name, short form, demonym and capital (GPE) as phrase patterns matched on the lower-cased
text, plus token patterns for weekday dates. Claims are read off the matched spans with a
few adjacency rules (title before name, name-comma-title, "X's predecessor, Y", "X won/
defeated ... YEAR", "X, 69,") and judged by dictionary look-ups of the matched people's
terms, successions, elections and birth dates in the same ReferenceIndex.

Two variants, both measured in the same run:
  tuned    `SpanRuler` with no per-pattern ids; the person is found from the span text
           through the index's name dictionary.
  untuned  `EntityRuler` with an `id` on every person pattern (the obvious way to do it).
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date

import spacy
from spacy.util import filter_spans

from checker.index import ReferenceIndex
from checker.names import fold

WEEKDAYS = [d.lower() for d in calendar.day_name]
MONTHS = [m.lower() for m in calendar.month_name if m]
_MONTH_NO = {m: i + 1 for i, m in enumerate(MONTHS)}


def _patterns(index: ReferenceIndex, with_ids: bool) -> list[dict]:
    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for p in index.base.people:
        for name in (p.name, *p.aliases):
            key = ("PERSON", name.lower())
            if with_ids:
                pats.append({"label": "PERSON", "pattern": name, "id": p.id})
            elif key not in seen:
                seen.add(key)
                pats.append({"label": "PERSON", "pattern": name})
    vocab = index.vocabulary()
    for t in vocab.titles:
        pats.append({"label": "TITLE", "pattern": t})
    for c in sorted(set(vocab.countries) | set(vocab.capitals)):
        pats.append({"label": "GPE", "pattern": c})
    for year in (True, False):
        pat = [{"LOWER": {"IN": WEEKDAYS}}, {"ORTH": ",", "OP": "?"}, {"LOWER": {"IN": MONTHS}},
               {"IS_DIGIT": True}]
        if year:
            pat += [{"ORTH": ",", "OP": "?"}, {"SHAPE": "dddd"}]
        pats.append({"label": "WEEKDAY_DATE", "pattern": pat})
    return pats


class SpacyPeer:
    def __init__(self, index: ReferenceIndex, tuned: bool = True):
        self.index, self.tuned = index, tuned
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        if tuned:
            self.ruler = nlp.add_pipe("span_ruler", config={"phrase_matcher_attr": "LOWER", "spans_key": "claims"})
        else:
            self.ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
        self.ruler.add_patterns(_patterns(index, with_ids=not tuned))
        self.nlp = nlp
        # the dictionaries the look-ups use
        self.title_offices: dict[str, list] = defaultdict(list)
        for o in index.base.offices:
            for f in o.forms:
                self.title_offices[fold(f)].append(o)
        self.elections = {(e.date.lo.year, e.winner): e for e in index.base.elections}

    # --- extraction -------------------------------------------------------------------

    def claims(self, text: str) -> list[tuple[str, int, int, str]]:
        """(kind, start char, end char, verdict) of each claim found."""
        doc = self.nlp(text)
        spans = filter_spans(list(doc.spans["claims"]) if self.tuned else list(doc.ents))
        spans.sort(key=lambda s: s.start)
        at = {s.start: s for s in spans}
        out = []
        today = _article_date(doc)
        for i, s in enumerate(spans):
            label = s.label_
            if label == "WEEKDAY_DATE":
                out.append(("weekday", s.start_char, s.end_char, self._weekday(s, today)))
            elif label == "TITLE":
                self._title(doc, s, spans, i, at, today, out)
            elif label == "PERSON":
                self._person_rules(doc, s, at, today, out)
        return out

    def _title(self, doc, s, spans, i, at, today, out) -> None:
        start = s.start
        country = None
        prev = spans[i - 1] if i else None
        if prev is not None and prev.label_ == "GPE" and prev.end == s.start:
            start, country = prev.start, prev
        elif prev is not None and prev.label_ == "GPE" and prev.end + 1 == s.start and doc[prev.end].text in ("'s", "’s"):
            start, country = prev.start, prev
        if start and doc[start - 1].lower_ in ("former", "then", "acting"):
            start -= 1
        j = s.end
        to = None
        if j < len(doc) and doc[j].lower_ == "to" and j + 1 in at and at[j + 1].label_ == "GPE":
            to = at[j + 1]
            j = to.end
        if j < len(doc) and doc[j].text == ",":
            j += 1
        person = at.get(j)
        if person is not None and person.label_ == "PERSON":
            end = person.end
            if end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in at and at[end + 1].label_ == "GPE":
                country = country or at[end + 1]
                end = at[end + 1].end
            verdict = self._holds(person, s.text, country, today)
            out.append(("officeholder", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), verdict))

    def _person_rules(self, doc, p, at, today, out) -> None:
        n = len(doc)
        j = p.end
        # "Name, the Russian president" / "Name, 69,"
        if j + 1 < n and doc[j].text == ",":
            k = j + 1
            if doc[k].like_num and k + 1 < n and doc[k + 1].text in (",", ")", "."):
                out.append(("age", p.start_char, doc[k].idx + len(doc[k]), self._age(p, doc[k].text, today)))
                return
            if doc[k].lower_ == "the":
                k += 1
            country = at.get(k) if k in at and at[k].label_ == "GPE" else None
            if country is not None:
                k = country.end
            title = at.get(k)
            if title is not None and title.label_ == "TITLE":
                out.append(("officeholder", p.start_char, title.end_char, self._holds(p, title.text, country, today)))
                return
        # "X's predecessor, Y" / "X's successor, Y"
        if j + 2 < n and doc[j].text in ("'s", "’s") and doc[j + 1].lower_ in ("predecessor", "successor"):
            k = j + 2 + (doc[j + 2].text == ",")
            other = at.get(k)
            if other is not None and other.label_ == "PERSON":
                out.append(("relation", p.start_char, other.end_char, self._relation(p, doc[j + 1].lower_, other)))
                return
        # "X won the 2016 election" / "X defeated Y in 2016"
        if j < n and doc[j].lower_ in ("won", "defeated", "beat"):
            for k in range(j + 1, min(n, j + 8)):
                if doc[k].shape_ == "dddd":
                    out.append(("election", p.start_char, doc[k].idx + 4, self._election(p, int(doc[k].text))))
                    return

    # --- judgement: dictionary look-ups -----------------------------------------------

    def _people(self, span) -> set[str]:
        if not self.tuned and span.id_:
            return {span.id_}  # the EntityRuler's id (one of the namesakes)
        return self.index.people_by_name.get(fold(span.text), set())

    def _holds(self, person, title: str, country, when: date | None) -> str:
        pids = self._people(person)
        offices = {o.id for o in self.title_offices.get(fold(title), ())}
        cid = self.index.country_id(country.text) if country is not None else None
        if not pids or not offices:
            return "unknown"
        for pid in pids:
            for t in self.index.tenures_by_person.get(pid, ()):
                if t.term.office in offices and (cid is None or self.index.offices[t.term.office].country == cid):
                    if when is None or t.maybe_overlaps(when, when):
                        return "verified"
        return "conflicting"

    def _weekday(self, s, when: date | None) -> str:
        words = [t for t in s if t.text != ","]
        try:
            year = int(words[3].text) if len(words) > 3 else (when.year if when else 2022)
            d = date(year, _MONTH_NO[words[1].lower_], int(words[2].text))
        except (ValueError, KeyError):
            return "unknown"
        return "verified" if WEEKDAYS[d.weekday()] == words[0].lower_ else "conflicting"

    def _relation(self, p, role: str, other) -> str:
        a, b = self._people(p), self._people(other)
        for pid in a:
            for t in self.index.tenures_by_person.get(pid, ()):
                for x, y in self.index.successions(t.term.office):
                    if role == "predecessor" and y.term.person == pid and x.term.person in b:
                        return "verified"
                    if role == "successor" and x.term.person == pid and y.term.person in b:
                        return "verified"
        return "unknown"

    def _election(self, p, year: int) -> str:
        return "verified" if any((year, pid) in self.elections for pid in self._people(p)) else "unknown"

    def _age(self, p, age: str, when: date | None) -> str:
        for pid in self._people(p):
            born = self.index.people[pid].born
            if born is not None and when is not None:
                real = when.year - born.lo.year - ((when.month, when.day) < (born.lo.month, born.lo.day))
                return "verified" if str(real) == age else "conflicting"
        return "unknown"


def _article_date(doc) -> date | None:
    """The dateline's date: the first 'Month D, YYYY' of the text."""
    for i, t in enumerate(doc[:12]):
        if t.lower_ in _MONTH_NO and i + 3 < len(doc) and doc[i + 1].is_digit and doc[i + 3].shape_ == "dddd":
            try:
                return date(int(doc[i + 3].text), _MONTH_NO[t.lower_], int(doc[i + 1].text))
            except ValueError:
                return None
    return None
