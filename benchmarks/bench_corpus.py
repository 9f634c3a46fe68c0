"""A generated corpus of news-like articles whose claims are known (planted), for the benchmark.

Each article (about 700 words) opens with a dateline and mixes filler prose with sentences
that plant claims drawn from the reference base: officeholders in the common newswire forms
(true and, now and then, false), weekday-and-date statements, predecessor/successor relations,
election results and ages. The generator records each planted claim's kind and span, so the
claim recall of any extractor can be measured. Deterministic for a seed; held in memory.
"""
from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from checker.index import ReferenceIndex, Tenure

MONTH_NAMES = list(calendar.month_name)
WEEKDAY_NAMES = list(calendar.day_name)
TARGET_WORDS = 700

FILLER = (
    "Officials said the talks in {city} would resume after a short break, and aides described the mood as businesslike.",
    "The meeting lasted {n} hours, longer than planned, according to two people familiar with the discussions.",
    "Markets in {city} were little changed, with traders waiting for a clearer signal from the capital.",
    "Diplomats recalled the {event}, which still shapes how both sides approach the negotiations.",
    "A spokesperson declined to comment on the details, saying only that contacts would continue at every level.",
    "Analysts cautioned that the statement left much unsaid and that implementation would be the real test.",
    "Some {n} delegates attended the session in {city}, where security was tight around the conference hall.",
    "The foreign ministry issued a brief readout of the call, describing it as frank and constructive.",
    "Critics at home argued that the government had conceded too much, while supporters praised its patience.",
    "Reporters waited outside the building in {city} for several hours before a short statement was read.",
    "The agreement, if approved, would cover trade, energy and the movement of people across the border.",
    "Opposition lawmakers demanded a debate in parliament before any commitment was made.",
    "The draft text, seen by several news agencies, runs to {n} pages and includes a timetable.",
    "Energy prices rose for a third day as investors weighed the risk of further sanctions.",
    "Observers noted that the tone had softened since the {event}, though substantive gaps remain.",
)
SAID = ("said", "told reporters", "said in a statement", "wrote on social media", "told parliament")


@dataclass(frozen=True)
class Planted:
    kind: str
    start: int
    end: int
    text: str
    form: str  # the template used


@dataclass
class GenArticle:
    path: str
    text: str
    date: date
    planted: list[Planted] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []
        self.words = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.words += len(text.split())

    def plant(self, kind: str, text: str, form: str) -> None:
        self.planted.append(Planted(kind, self.length, self.length + len(text), text, form))
        self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


class CorpusGenerator:
    def __init__(self, index: ReferenceIndex, people: set[str], seed: int = 1):
        self.index = index
        self.rng = random.Random(seed)
        self.cities = sorted({c.capital for c in index.base.countries if c.capital})
        self.events = sorted({a for e in index.base.events for a in e.aliases} | {e.name for e in index.base.events})
        # Tenures of the core people in offices with a country that has a demonym or name.
        self.tenures: list[Tenure] = []
        for pid in sorted(people):
            for t in index.tenures_by_person.get(pid, ()):
                if t.sure_to is not None and t.sure_to.year >= 1950 and not t.term.acting and len(index.people[pid].name.split()) >= 2:
                    self.tenures.append(t)
        self.tenures.sort(key=lambda t: (t.term.office, t.sure_from, t.term.person))
        self.successions = []
        for office in sorted({t.term.office for t in self.tenures}):
            for a, b in index.successions(office):
                if a.term.person in people and b.term.person in people and a.sure_to is not None:
                    self.successions.append((a, b))
        self.elections = [e for e in index.elections() if e.runner_up and e.winner in index.people
                          and e.runner_up in index.people]
        self.born = sorted(pid for pid in people if index.people[pid].born is not None
                           and index.people[pid].born.precision == "day" and len(index.people[pid].name.split()) >= 2)

    # --- pieces -----------------------------------------------------------------------

    def _name(self, pid: str) -> str:
        return self.index.people[pid].name

    def _country_words(self, t: Tenure) -> tuple[str, str]:
        """(adjective-ish prefix, country name) for the office's country."""
        office = self.index.offices[t.term.office]
        c = self.index.countries[office.country]
        prefix = self.rng.choice(c.demonyms) if c.demonyms else c.name
        return prefix, c.name

    def _officeholder(self, b: _Builder, t: Tenure, former: bool) -> None:
        office = self.index.offices[t.term.office]
        title = office.forms[0]
        prefix, country = self._country_words(t)
        name = self._name(t.term.person)
        to = f" to {self.index.countries[office.to].name}" if office.to else ""
        rng = self.rng
        if former:
            b.plant("officeholder", f"former {prefix} {title}{to} {name}", "former")
            return
        form = rng.choice(("title-before", "title-before", "title-before", "name-of", "name-comma", "poss-comma"))
        if form == "name-of" and not to:
            b.plant("officeholder", f"{title} {name} of {country}", form)
        elif form == "name-comma":
            b.plant("officeholder", f"{name}, the {prefix} {title.lower()}{to}", form)
            b.add(",")
        elif form == "poss-comma":
            b.plant("officeholder", f"{country}'s {title.lower()}{to}, {name}", form)
            b.add(",")
        else:
            b.plant("officeholder", f"{prefix} {title}{to} {name}", "title-before")

    def _weekday(self, b: _Builder, d: date, wrong: bool) -> None:
        when = d - timedelta(days=self.rng.randrange(1, 20))
        wd = when.weekday() if not wrong else (when.weekday() + self.rng.randrange(1, 7)) % 7
        year = f", {when.year}" if self.rng.random() < 0.5 else ""
        b.add("on ")
        b.plant("weekday", f"{WEEKDAY_NAMES[wd]}, {MONTH_NAMES[when.month]} {when.day}{year}", "weekday")

    def _current(self, d: date) -> list[Tenure]:
        return [t for t in self.tenures if t.sure_from <= d <= t.sure_to]

    def _past(self, d: date) -> list[Tenure]:
        return [t for t in self.tenures if t.sure_to < d]

    # --- sentences --------------------------------------------------------------------

    def _filler(self, b: _Builder) -> None:
        s = self.rng.choice(FILLER)
        b.add(s.format(city=self.rng.choice(self.cities), n=self.rng.randrange(2, 90),
                       event=self.rng.choice(self.events)) + " ")

    def _claim_sentence(self, b: _Builder, d: date, current: list[Tenure], past: list[Tenure]) -> None:
        rng = self.rng
        kind = rng.choices(("officeholder", "officeholder2", "relation", "election", "age"), (5, 3, 1.5, 1, 1.5))[0]
        if kind == "officeholder" and current:
            wrong = rng.random() < 0.1 and len(current) > 1
            t = rng.choice(current)
            if wrong:  # somebody else's office, same person: usually a conflict
                other = rng.choice(current)
                t = Tenure(t.term.__class__(t.term.person, other.term.office, *_rest(t.term)),
                           t.sure_from, t.sure_to, t.maybe_from, t.maybe_to, t.end_text) if other is not t else t
            self._officeholder(b, t, former=False)
            b.add(f" {rng.choice(SAID)} ")
            self._weekday(b, d, wrong=rng.random() < 0.1)
            b.add(" that the two sides had narrowed their differences. ")
        elif kind == "officeholder2" and current and past:
            b.add("The remarks came after ")
            self._officeholder(b, rng.choice(past), former=True)
            b.add(" met ")
            self._officeholder(b, rng.choice(current), former=False)
            b.add(f" in {rng.choice(self.cities)}. ")
        elif kind == "relation" and self.successions:
            a, nxt = rng.choice(self.successions)
            if rng.random() < 0.5:
                b.plant("relation", f"{self._name(nxt.term.person)}'s predecessor, {self._name(a.term.person)}", "predecessor")
            else:
                b.plant("relation", f"{self._name(a.term.person)}'s successor, {self._name(nxt.term.person)}", "successor")
            b.add(", had taken a harder line on the issue. ")
        elif kind == "election" and self.elections:
            e = rng.choice(self.elections)
            year = e.date.lo.year
            if rng.random() < 0.5:
                b.plant("election", f"{self._name(e.winner)} defeated {self._name(e.runner_up)} in {year}", "defeated")
            else:
                b.plant("election", f"{self._name(e.winner)} won the {year} election", "won")
            b.add(", and the result reshaped the region's politics. ")
        elif kind == "age" and self.born:
            pid = rng.choice(self.born)
            born = self.index.people[pid].born.lo
            age = d.year - born.year - ((d.month, d.day) < (born.month, born.day))
            if not 18 <= age <= 100:
                self._filler(b)
                return
            b.plant("age", f"{self._name(pid)}, {age}", "appositive")
            b.add(f", {rng.choice(SAID)} the decision would stand. ")
        else:
            self._filler(b)

    def article(self, n: int) -> GenArticle:
        rng = self.rng
        for _ in range(100):
            d = date(2001, 1, 1) + timedelta(days=rng.randrange(0, 365 * 21 + 150))
            current = self._current(d)
            if len(current) >= 5:
                break
        past = self._past(d)
        b = _Builder()
        city = rng.choice(self.cities).upper()
        b.add(f"{city}, {MONTH_NAMES[d.month]} {d.day}, {d.year} — ")
        paragraph = 0
        while b.words < TARGET_WORDS:
            if rng.random() < 0.6:
                self._claim_sentence(b, d, current, past)
            else:
                self._filler(b)
            paragraph += 1
            if paragraph % 4 == 0:
                b.add("\n\n")
        return GenArticle(f"gen/article-{n:05d}.txt", b.text().rstrip() + "\n", d, b.planted)

    def corpus(self, count: int) -> list[GenArticle]:
        return [self.article(n) for n in range(count)]


def _rest(term):
    """The Term fields after person and office."""
    return (term.start, term.end, term.acting, term.source, term.cite, term.ref)


def recall(planted: list[Planted], found: list[tuple[str, int, int]]) -> tuple[int, int]:
    """(planted claims found, planted claims): found means a claim of the same kind overlaps it."""
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for kind, s, e in found:
        by_kind.setdefault(kind, []).append((s, e))
    hit = 0
    for p in planted:
        if any(s < p.end and p.start < e for s, e in by_kind.get(p.kind, ())):
            hit += 1
    return hit, len(planted)
