"""Event claims: when (event-date) and where (event-place) a named event happened.

Which event is meant is decided without the stated fact itself: from the name ("annexation
of Crimea"; for summits the series, "G7", "NATO", or the place before "summit"), then the
sides (an agent "Russia's", a pair "US-Russia", "between Biden and Putin", "with Putin"),
then the year the text gives (for a place claim) or the claim's time (the sentence's anchor,
else the article's date) when several events remain.

- **Dates** are compared at the precision the text gives: "in 2014" is right for any day of
  2014, "on June 16, 2021" must be a day of the event. Verified when the stated time
  contains a day the event surely took place on (or the whole of an imprecise event);
  conflicting when it contains none of the days the event may have taken place on.
- **Places** match the event's place, a place named in one of its names ("Strasbourg-Kehl
  summit"), or its country ("the G7 summit in France"); through the gazetteer (`places:`,
  `checker.places`), a place holding it ("in Scotland" for Gleneagles) or near it ("in Paris"
  for Le Bourget). A place conflicts when the gazetteer puts every reading of it far from the
  event's (more than 40 km, or in another region), or, where the gazetteer lacks one of the
  two, when the grammar knows it (an event's place, a capital, a country) and it is another.

A conflict needs one identified event. Summits recur in the same cities and series, so a
summit is identified for a conflict only by its sides, or by its series together with a
place; an agent the base cannot resolve ("the Soviet invasion") never lets a claim conflict.
Events named only by what happened ("the November 2008 attacks in Mumbai") and meetings
("Bush and Gorbachev met in Helsinki") are verified when one event fits every part written,
and otherwise unknown: the base may simply lack the event meant. A date without a year is
read within six months of the article's date (conflicting only if every reading is); a
relative one ("last month") from the article's date ("last March" written in June may mean
this year's March or last year's, "next July" this year's or next year's: both are read).
A place the base does not know ("Cornwall") may lie within the real one, so it never
conflicts, nor does the place where an event began or ended ("Euromaidan began in Lviv":
`place_role`), which may be one of several it had; nor does a participle other than "held" ("the Paris Agreement, signed in 2016")
unless the event is named for that act ("Signing of the Treaty of Lisbon").
A main verb or participle of the start ("began", "opened", "broke out") is read, like "opened",
as any day of the event ("The Gulf War began in January 1991" is verified: Desert Storm);
"struck", "followed", "occurred", "happened" as "held". An act ("adopted", "launched",
"introduced") is like "signed": it contradicts only an event named for that act
("Adoption of the Paris Agreement"). An act that follows the one events are dated by
("ratified", "approved", "entered into force") is judged only against an event named for
it, and is otherwise unknown (the event's own date neither confirms nor contradicts it).
An event still going on (an intervention or war without an end) is contradicted by a date
after its start only when the date was written before the name ("its 2016 intervention")
or is said to be its start ("Russia's full-scale invasion began on Feb. 24, 2023").

An award ("Obama, who won the Nobel Peace Prize in 2009", shape `award`) is judged by
`judge_award`: the prize's events (one a year) must include the winners named — a person
of the base among the event's `people`, anyone else by the words of their name in the
event's name; it conflicts only when a year is written, the base has that year's prize,
and a winner is a person the base knows who is not among that year's laureates but is
among another year's (the suggestion); never for an unknown winner or without a year.

A name several events bear ("the Olympics", "the Democratic convention", "the Thai coup")
names a series: only a year, a month, a place or a side that leaves one event identifies
it; a place the base knows where none of them was, or a side it does not know, leaves the
claim unknown. A date without a year beside events all more than six months from the
article's date is their day of the year ("marked the bombing of Hiroshima on Aug. 6"):
verified when it is one of theirs, else unknown. A generic head the grammar took from the
base's names ("the party's convention", "the June 27 debate") means the events with that
word in a name; a word of a name before it ("the Brexit vote") must be in the event's.

A generic head after a day without a year that names the event ("the Sept. 11 terror
attacks", "the September 11th attacks" written in 2021) that no event within six months
of the article's date fits is read as its day of the year (as `_anniversary`): verified
by an event of that day more than six months away, else unknown.

A generic event of a country ("Turkey's failed coup of July 2015"), or whose country the
sentence gives (`context`: "Erdogan also invoked the failed coup of July 2015" — a country
written before it, or the one person named there whose offices at the claim's time, or for
a former officeholder ever, are all of one country, Erdogan being President of Turkey), is
read as the name the base has for such an event of that country ("failed coup in Turkey",
"Turkish coup attempt", "Thai coup") and judged as that name, which may conflict when it
names one event; without such a name, as an event of that country (verified or unknown);
with no one country (none, a person not in the base, or offices of several countries),
unknown. Only coups, referendums and earthquakes are read so: "Iraq's invasion" is one by
Iraq, the "Iraq invasion" one of Iraq. The explanation says where the country came from.

Anaphora (`anaphor`): "the meeting", "the summit", "the talks" with a place or a date mean
the article's own event: a meeting (a summit, or an event with "meeting", "talks",
"conference", "forum" in a name) going on within a week of the article's date that an
earlier claim identified or that was held in the dateline's city; exactly one, else the
claim is unknown. "The meeting" is verified when its place (or the venue) or date fits
that event, else unknown (another meeting may be meant: "the meeting in Paris" in an
article on a summit in Geneva never conflicts, nor does a venue the gazetteer lacks).
"The previous (next) gathering" is the event before (after) it in its series (the events
sharing one of its aliases); it may conflict on its place when a month or a day is written
and fits that event (a year fits most events of a yearly series), or on its date when a
place is written and fits ("the previous gathering, held in Frankfurt last June" before the
Hiroshima G7 summit of May 2023: Schloss Elmau, June 2022). An ellipsis ("It was NATO's
second summit in Madrid. The first, in July 1997, ...") is verified when an event of that
series and place fits, and otherwise unknown. The explanation names the event taken as
meant.

A death ("The queen died at Balmoral Castle", "Navalny died in Kharp on Feb. 16") is the
death event (a name beginning "Death of", "Assassination of", "Killing of", "Murder of")
of the person named, or of the one person named before in the article who held an office
of that title (preferring those whose names hold the title word, as an office's forms do
not tell a queen from a king); verified when the place or date written fits it, never
conflicting.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from checker import evidence as ev
from checker import places
from checker.facts import Event
from checker.index import ReferenceIndex
from checker.model import Evidence, Verdict
from checker.names import fold, fold_all, tokens
from checker.resolve import ArticleContext, person as match_person
from checker.verify.weekday import resolve_relative
from claims.dates import DateRange, day, parse_iso
from claims.model import Claim

KIND_DATE = "event-date"
KIND_PLACE = "event-place"
KINDS = (KIND_DATE, KIND_PLACE)
_ONGOING_KINDS = ("war", "intervention", "invasion")
_PRONOUNS = {"its", "their", "his", "her"}
_RECURRING_KINDS = ("summit", "visit")  # the same name may mean another meeting or trip
_LOOSE_SHAPES = ("generic", "meeting", "trip")  # named only by what happened: verify, never conflict
# Generic heads: the kinds of event each may name, and words its names may contain. A head
# not listed here (one the grammar took from the base's aliases: "convention", "debate")
# names the events with that word in a name.
_GENERIC_KINDS = {
    "attack": (("attack",), ()), "bombing": (("attack",), ()), "shooting": (("attack",), ()),
    "invasion": (("invasion", "war"), ("invasion",)), "annexation": (("annexation",), ("annexation",)),
    "coup": ((), ("coup",)), "ceasefire": (("treaty",), ()), "truce": (("treaty",), ()),
    "peace": (("treaty",), ()), "earthquake": ((), ("earthquake",)), "quake": ((), ("earthquake",)),
    "referendum": (("referendum",), ()), "vote": (("referendum",), ("vote",)),
}
# Participles that date the event itself: any day of it. ("Opened" is not read as the first
# day: the Olympic Games begin before their opening ceremony, a conference with a session
# before its opening; the event's days span both.) Others ("signed") may date another act.
_WHOLE = ("held", "opened", "closed")
# Acts that come after the one most events are dated by (a treaty's signing or adoption): the
# event's date says nothing of them, so they are judged only against an event named for them
# ("Ratification of ..."), else unknown.
_LATER_ACTS = {"ratified": "rati", "approved": "appro", "in force": "force"}


@dataclass
class Reading:
    candidates: list[Event]
    strong: bool  # identified well enough to contradict
    why: list[str] = field(default_factory=list)  # how candidates were narrowed (for explanations)
    # something written says it may be another event (an unknown side, a place none was at,
    # an act the name is not for): a year that leaves one candidate does not identify it
    doubtful: bool = False


def judge(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    shape = claim.slots.get("shape")
    if shape == "anaphor":
        return judge_anaphor(claim, when, as_of, index, context)
    if shape == "death":
        return judge_death(claim, when, as_of, index, context)
    if shape == "award":
        return judge_award(claim, when, as_of, index, context)
    if shape == "generic" and (claim.slots.get("context") or _agent_country(claim, index)):
        return judge_in_context(claim, when, as_of, index, context)
    if shape in _LOOSE_SHAPES:
        return judge_loose(claim, when, as_of, index, context)
    if claim.kind == KIND_DATE:
        return _remembered(judge_date(claim, index, context, when, as_of), index, context)
    return _remembered(judge_place(claim, when, index, context, as_of), index, context)


def _remembered(v: Verdict, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """Keeps in the article's context the one event a verified or conflicting claim was
    judged against (its first evidence), for later anaphora ("the meeting")."""
    if v.verdict != "unknown":
        table = _by_ref(index)
        found = [table[x.ref] for x in v.evidence if x.ref in table]
        if len(found) == 1:
            context.remember_event(found[0])
    return v


# Per index: each event's `ref` (file:line) → its id.
_BY_REF: weakref.WeakKeyDictionary[ReferenceIndex, dict[str, str]] = weakref.WeakKeyDictionary()


def _by_ref(index: ReferenceIndex) -> dict[str, str]:
    table = _BY_REF.get(index)
    if table is None:
        table = _BY_REF[index] = {e.ref: e.id for e in index.events_of_kind(*(index.event_kinds() - {"visit"}))}
    return table


def date_readings(s: dict, when: DateRange, as_of: date | None) -> list[DateRange]:
    """The dates the text may mean. A date without a year ("in June", "on Aug. 19") is read in
    the sentence's anchored year, else in the year that puts it within six months of the
    article's date (both readings when two years do)."""
    if s.get("date_iso"):
        return [parse_iso(s["date_iso"])]
    if s.get("date_rel"):
        return _relatives(s["date_rel"], as_of or when.lo)
    md = s.get("date_md")
    if not md:
        return []
    if when.precision == "year" or as_of is None:
        years = [when.lo.year]
    else:
        years = [y for y in (as_of.year - 1, as_of.year, as_of.year + 1)
                 if _within(f"{y:04d}-{md}", as_of, 183)]
        if not years:
            years = [min((as_of.year - 1, as_of.year, as_of.year + 1),
                         key=lambda y: _distance(f"{y:04d}-{md}", as_of))]
    out = []
    for y in years:
        try:
            out.append(parse_iso(f"{y:04d}-{md}"))
        except ValueError:  # Feb. 29 of a common year
            continue
    return out


def _relatives(rel: str, as_of: date) -> list[DateRange]:
    """The readings of a relative date: "last March" written in June may be this year's
    March or last year's, "next July" written in June this year's July or next year's (the
    nearer first); "last June" written in May is last year's only."""
    first = _relative(rel, as_of)
    if rel.startswith(("last:", "next:")) and first.lo.year == as_of.year:
        other = parse_iso(f"{as_of.year + (-1 if rel.startswith('last:') else 1):04d}-{rel[5:]}")
        return [first, other]
    return [first]


def _relative(rel: str, as_of: date) -> DateRange:
    """"month-1" (last month), "year+0" (this year), "last:06" (last June), "next:06",
    "weekday:Sunday" (after a verb in the past: the last Sunday on or before the article's date)."""
    if rel.startswith("weekday:"):
        return day(resolve_relative(rel[8:], "past", as_of))
    if rel.startswith(("last:", "next:")):
        which, month = rel.split(":")
        year = as_of.year
        if which == "last":
            year -= 1 if int(month) >= as_of.month else 0
        else:
            year += 1 if int(month) <= as_of.month else 0
        return parse_iso(f"{year:04d}-{month}")
    unit, step = rel[:-2], int(rel[-2:])
    if unit == "year":
        return parse_iso(f"{as_of.year + step:04d}")
    months = as_of.year * 12 + as_of.month - 1 + step
    return parse_iso(f"{months // 12:04d}-{months % 12 + 1:02d}")


def _distance(iso: str, as_of: date) -> int:
    try:
        r = parse_iso(iso)
    except ValueError:
        return 10**6
    if r.lo <= as_of <= r.hi:
        return 0
    return min(abs((r.lo - as_of).days), abs((r.hi - as_of).days))


def _within(iso: str, as_of: date, days: int) -> bool:
    return _distance(iso, as_of) <= days


# --- which event --------------------------------------------------------------------------

def _named(claim: Claim, index: ReferenceIndex) -> tuple[list[Event], bool]:
    """Events the wording names, and whether the name alone is specific (not a recurring
    kind such as a summit in a city)."""
    s = claim.slots
    if s.get("shape") in ("alias", "verb"):
        events = index.events_named(s["event"])
        # a name several events bear ("Olympics", "Democratic convention", "Thai coup") names
        # a series: a year, a place or a side must pick one
        return events, len(events) <= 1 and not any(e.kind in _RECURRING_KINDS for e in events)
    if s.get("qualifier"):
        return index.events_named(f"{s['qualifier']} summit"), False
    return index.events_of_kind("summit"), False


def _sides(claim: Claim, index: ReferenceIndex, context: ArticleContext) -> tuple[list[set[str]], list[set[str]], bool]:
    """(countries, people, unresolved): each side a set of ids any of which may be meant."""
    s = claim.slots
    words: list[str] = []
    if s.get("agent") and s["agent"].lower() not in _PRONOUNS:
        words.append(s["agent"])
    if s.get("pair"):
        words += [w.strip() for w in s["pair"].replace("–", "-").split("-") if w.strip()]
    for key in ("side_a", "side_b"):
        if s.get(key):
            words.append(s[key])
    countries, people, unresolved = [], [], False
    for w in words:
        c = _country(w, index)
        if c:
            countries.append({c})
            continue
        p = _person(w, index, context)
        if p:
            people.append(p)
            continue
        unresolved = True
    return countries, people, unresolved


def _country(word: str, index: ReferenceIndex) -> str | None:
    w = word[4:] if word.lower().startswith("the ") else word
    found = index.country_id(w)
    if found and index.countries[found].organisation:
        return None  # "NATO's 2016 summit": the series, not a participant
    if found:
        return found
    toks = w.split()
    # "US President Joe Biden" is a person, not a country: only a whole phrase is a country.
    return index.country_id(toks[-1]) if len(toks) == 2 and toks[0].lower() == "the" else None


def _person(words: str, index: ReferenceIndex, context: ArticleContext) -> set[str]:
    """People a side names: the longest tail of the words that is a known name
    ("U.S. President Joe Biden" → Joe Biden; "Putin" → Vladimir Putin)."""
    asks, found = _person_scan(words, index)
    for tail, otherwise in asks:
        earlier = context.lookup(tail)
        if earlier:
            return earlier
        if otherwise:
            return set(otherwise)
    return set(found)


def _person_scan(words: str, index: ReferenceIndex) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """`_person`'s scan of the tails, as far as it does not depend on the article, kept per
    index (the same sides recur): the tails of one word, in order, that the article may tie
    to someone named earlier (`ArticleContext.lookup`), each with the people it means
    otherwise (none: the scan goes on); then the people the scan ends with."""
    key = ("event.person", words)
    kept = index.verify_memo.get(key)
    if kept is not None:
        return kept
    asks, found = [], ()
    nobody = ArticleContext()  # (the article's part is asked when judging)
    toks = words.split()
    for i in range(len(toks)):
        tail = " ".join(toks[i:])
        if index.country_id(tail):
            break
        m = match_person(index, tail, nobody, fuzzy=False)  # (a fuzzy match is not taken)
        taken = m.ids if m.ids and m.how in ("exact", "article", "surname") and m.strong else ()
        if m.how != "exact" and len(tokens(tail)) == 1:  # (`match_person` asks the article)
            asks.append((tail, taken))
        else:
            found = taken
        if taken:
            break
    return index.keep(key, (tuple(asks), found))


def _place_matches(e: Event, place: str, index: ReferenceIndex, within: str | None = None) -> bool:
    """Whether the stated place fits the event's: by name, or through the gazetteer (the
    same place, one holding the other, or a place within reach of it: `checker.places`).
    Generous on purpose: a match only ever verifies. `within`: a region written after the
    place ("Butler, Pennsylvania")."""
    if _names_match(e, place, index):
        return True
    relation = places.relate(index, place, e, within)
    return relation is not None and relation.verdict == "match"


def _names_match(e: Event, place: str, index: ReferenceIndex) -> bool:
    """The event's place, its country (not named by its capital: "Moscow" is no Russia-wide
    claim), or a place named in one of its names ("Strasbourg-Kehl summit")."""
    if e.place and fold(place) == fold(e.place):
        return True
    cid = index.country_id(place)
    if cid is not None and cid == e.country and fold(place) != fold(index.countries[cid].capital or ""):
        return True
    # the place's words, in order, among one name's (a folded name is its words, single-spaced)
    want = f" {fold(place)} "
    return want == "  " or any(want in f" {fold(name)} " for name in (e.name, *e.aliases))


def _read(claim: Claim, index: ReferenceIndex, context: ArticleContext, use_place: bool) -> Reading:
    s = claim.slots
    events, specific = _named(claim, index)
    why: list[str] = []
    countries, people, unresolved = _sides(claim, index, context)
    for side in countries:
        events = [e for e in events if side & set(e.participants) or (e.country in side and e.kind not in ("summit", "visit"))]
    for side in people:
        events = [e for e in events if side & set(e.people)]
    cues = bool(countries or people)
    if countries or people:
        why.append("the sides named")
    placed = elsewhere = False
    if use_place and s.get("place"):
        at = [e for e in events if _place_matches(e, s["place"], index)]
        if at:  # a wrong place is the place claim's business, not a reason to know no event
            events, placed = at, True
            why.append(f"the place ({s['place']})")
        else:  # a place the base knows, and none of these was there: maybe another event
            elsewhere = s.get("place_known") != "no"
    strong = not unresolved and not elsewhere and (specific or cues or (bool(s.get("qualifier")) and placed))
    # "the Paris Agreement, signed in 2016": a treaty adopted on one day is signed on another,
    # so a participle other than "held" (or "opened", "closed": its days) contradicts only an
    # event named for that act.
    verb = s.get("participle")
    doubtful = unresolved or elsewhere
    if verb and verb not in _WHOLE and not all(verb[:4] in fold(e.name) for e in events):
        strong, doubtful = False, True
    return Reading(events, strong, why, doubtful)


def _attributive(claim: Claim, index: ReferenceIndex, context: ArticleContext) -> str | None:
    """An agent written before the name but not as a possessive, that the base knows as
    neither a country nor a person ("the Youth Olympics", "the Republican presidential
    debate"): a word of the event's name rather than a side, or None."""
    s = claim.slots
    agent = s.get("agent")
    if s.get("shape") != "alias" or not agent or agent.lower() in _PRONOUNS or "agent" not in claim.slot_spans:
        return None
    after = claim.slot_spans["agent"][1] - claim.start
    if claim.text[after : after + 1] in ("'", "’"):
        return None
    if _country(agent, index) or _person(agent, index, context):
        return None
    return agent


def _named_with(events: list[Event], words: str) -> list[Event]:
    """The events with every word of `words` in one of their names."""
    want = set(tokens(words))
    return [e for e in events if any(want <= set(tokens(n)) for n in (e.name, *e.aliases))]


# --- dates --------------------------------------------------------------------------------

def _span(e: Event) -> tuple[date, date, date | None, date | None]:
    """(maybe_lo, maybe_hi, sure_lo, sure_hi) of the days the event took place on."""
    first, last = e.start, e.end or e.start
    sure_lo, sure_hi = first.hi, last.lo
    if sure_lo > sure_hi:
        return first.lo, last.hi, None, None
    return first.lo, last.hi, sure_lo, sure_hi


def _date_fit(e: Event, stated: DateRange, before: bool) -> str:
    lo, hi, sure_lo, sure_hi = _span(e)
    if stated.lo <= lo and hi <= stated.hi:
        return "yes"
    if sure_lo is not None and stated.lo <= sure_hi and sure_lo <= stated.hi:
        return "yes"
    ongoing = e.end is None and e.kind in _ONGOING_KINDS and not before
    if stated.hi < lo or (stated.lo > hi and not ongoing):
        return "no"
    return "maybe"


def _when_text(e: Event) -> str:
    return f"{e.start} – {e.end}" if e.end else f"{e.start}"


def _fact(e: Event) -> str:
    where = f" in {e.place}" if e.place else ""
    if e.country and (not e.place or e.place != e.country):
        where += f" ({e.country})" if e.place else f" in {e.country}"
    return f"{e.name}: {_when_text(e)}{where}"


def _evidence(events: list[Event], index: ReferenceIndex) -> tuple[Evidence, ...]:
    out = []
    for e in events[:5]:
        source, url = ev.cite(index, e.source, e.cite, e.ref)
        out.append(Evidence(_fact(e), source, e.ref, url))
    return tuple(out)


def _names(events: list[Event]) -> str:
    shown = "; ".join(f"{e.name} ({_when_text(e)})" for e in events[:4])
    return shown + (f"; and {len(events) - 4} more" if len(events) > 4 else "")


def judge_date(claim: Claim, index: ReferenceIndex, context: ArticleContext,
               when: DateRange | None = None, as_of: date | None = None) -> Verdict:
    """A date without a year may have two readings: verified if one is, conflicting only if
    all are."""
    readings = date_readings(claim.slots, when or parse_iso("1"), as_of)
    if not readings:
        return Verdict(claim, "unknown", "no-anchor", "the date has no year", claim.slots.get("date", ""))
    if claim.slots.get("date_md") and as_of is not None:
        past = _anniversary(claim, index, context, as_of)
        if past is not None:
            return past
    verdicts = [_judge_date_at(claim, stated, index, context) for stated in readings]
    for wanted in ("verified", "conflicting"):
        if all(v.verdict == wanted for v in verdicts) or (wanted == "verified" and any(v.verdict == wanted for v in verdicts)):
            return next(v for v in verdicts if v.verdict == wanted)
    return next((v for v in verdicts if v.verdict == "unknown"), verdicts[0])


def _anniversary(claim: Claim, index: ReferenceIndex, context: ArticleContext, as_of: date) -> Verdict | None:
    """"Japan marked the atomic bombing of Hiroshima on Aug. 6": a date without a year is read
    within six months of the article's date; next to an event farther away (every candidate)
    it is the event's day of the year, or an anniversary's. Verified when it is the event's
    day (month), else unknown: a contradiction needs the year. None when some candidate is
    within six months."""
    events = _read(claim, index, context, use_place=True).candidates
    if not events or any(_distance(f"{e.start}", as_of) <= 183 or _distance(f"{e.end or e.start}", as_of) <= 183
                         for e in events):
        return None
    md = claim.slots["date_md"]
    on_day = [e for e in events if any(_days_of(e, md))]
    text = claim.slots.get("date", md)
    if on_day:
        e = on_day[0]
        return Verdict(claim, "verified", "event-date-matches", f"{e.name} took place {_phrase(e)}", text,
                       evidence=_evidence(on_day, index))
    return Verdict(claim, "unknown", "no-anchor",
                   f"the date has no year, and {_names(events)} took place more than six months before or after "
                   "the article: it may be an anniversary", text, evidence=_evidence(events, index))


def _days_of(e: Event, md: str):
    """The sure days (of a precise enough event) whose month-day, or month, is `md`."""
    lo, hi, sure_lo, sure_hi = _span(e)
    if sure_lo is None or (sure_hi - sure_lo).days > 400:
        return
    d = sure_lo
    while d <= sure_hi:
        if d.strftime("%m-%d" if "-" in md else "%m") == md:
            yield d
        d = date.fromordinal(d.toordinal() + 1)


def _judge_date_at(claim: Claim, stated: DateRange, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    s = claim.slots
    when = stated.text
    reading = _read(claim, index, context, use_place=True)
    events = reading.candidates
    if not events:
        return Verdict(claim, "unknown", "event-not-found",
                       f"the reference has no event matching {claim.text!r}", when)
    later = _LATER_ACTS.get(s.get("participle", ""))
    if later and not all(later in fold(e.name) for e in events):
        return Verdict(claim, "unknown", "event-ambiguous",
                       f"the text dates an act ({s['participle']}) after the one the reference dates: {_names(events)}",
                       when, evidence=_evidence(events, index))
    # "its 2016 intervention", "the invasion began in 2023": a date before the name, or of
    # the start, is contradicted by an event still going on that began before it
    before = s.get("date_position") == "before" or s.get("participle") == "opened"
    strong = reading.strong
    if stated.precision != "year":
        # "the Geneva summit on June 15, 2021": the year tells which summit, the day is the claim
        same_year = [e for e in events if e.start.lo.year <= stated.lo.year <= (e.end or e.start).hi.year]
        if same_year:
            events = same_year
            strong = strong or (len(same_year) == 1 and not reading.doubtful)
    fits = {e.id: _date_fit(e, stated, before) for e in events}
    yes = [e for e in events if fits[e.id] == "yes"]
    word = _attributive(claim, index, context) if yes else None
    if word and not _named_with(yes, word):
        # "the 2018 Youth Olympics": a word before the name that no event of it bears
        return Verdict(claim, "unknown", "event-not-found",
                       f"the reference knows no {word} event of that name: {_names(yes)}", when,
                       evidence=_evidence(yes, index))
    if yes:
        return Verdict(claim, "verified", "event-date-matches",
                       f"{yes[0].name} took place {_phrase(yes[0])}", when, evidence=_evidence(yes, index))
    if all(f == "no" for f in fits.values()):
        if len(events) == 1 and strong:
            e = events[0]
            return Verdict(claim, "conflicting", "event-date-mismatch",
                           f"{e.name} took place {_phrase(e)}, not {_stated(stated)}", when,
                           suggestion=_suggest(e, stated), evidence=_evidence(events, index))
        why = ("the claim could mean any of: " + _names(events)) if len(events) > 1 else \
            f"the reference knows only {_names(events)}; the text may mean another event of that name"
        return Verdict(claim, "unknown", "event-ambiguous", why, when, evidence=_evidence(events, index))
    maybe = [e for e in events if fits[e.id] == "maybe"]
    return Verdict(claim, "unknown", "imprecise-dates",
                   f"the reference's dates are too imprecise to tell: {_names(maybe)}", when,
                   evidence=_evidence(maybe, index))


def _phrase(e: Event) -> str:
    if e.end:
        return f"from {e.start} to {e.end}"
    return {"day": "on", "month": "in", "year": "in"}[e.start.precision] + f" {e.start}"


def _stated(stated: DateRange) -> str:
    return {"day": "on", "month": "in", "year": "in"}[stated.precision] + f" {stated.text}"


def _suggest(e: Event, stated: DateRange) -> str:
    """The right date at the precision the text used: "2014", "2014-03", "2014-03-18";
    the same month (day) in the event's year when the event spans it ("June 2021" for the
    jubilee of 2022: "June 2022")."""
    d = e.start
    lo, hi, _, _ = _span(e)
    if stated.precision in ("month", "day") and d.precision != "year":
        for year in range(lo.year, hi.year + 1):
            try:
                shifted = parse_iso(f"{year:04d}{stated.text[4:]}")
            except ValueError:
                continue
            if lo <= shifted.lo and shifted.hi <= hi:
                d = shifted
                break
    if stated.precision == "year" or d.precision == "year":
        return f"{d.lo.year}"
    if stated.precision == "month" or d.precision == "month":
        return d.lo.strftime("%B %Y")
    return f"{d.lo.strftime('%B')} {d.lo.day}, {d.lo.year}"


# --- places -------------------------------------------------------------------------------

def judge_place(claim: Claim, when: DateRange, index: ReferenceIndex, context: ArticleContext,
                as_of: date | None = None) -> Verdict:
    s = claim.slots
    place, within = s["place"], s.get("region")
    reading = _read(claim, index, context, use_place=False)
    events = reading.candidates
    # A place the gazetteer has can be compared; so can one the grammar knows (an event's
    # place, a capital, a country: compared by name when the gazetteer lacks it or the event's
    # place). Any other ("in Cornwall" for a base without it) may lie within the real one.
    known = bool(places.readings(index, place, within)) or s.get("place_known") != "no"
    # "Euromaidan began in Lviv": where an event began or ended may be one of its places
    strong = reading.strong and known and not s.get("place_role")
    readings = date_readings(s, when, as_of)
    dated_claim = bool(readings)
    if readings:
        years = {y for r in readings for y in range(r.lo.year, r.hi.year + 1)}
        # the year tells which event; the exact day is the date claim's business
        dated = [e for e in events if any(e.start.lo.year <= y <= (e.end or e.start).hi.year for y in years)]
        events = dated
        strong = strong and len(years) == 1 or (
            len(years) == 1 and known and not s.get("place_role")
            and bool(dated and (s.get("qualifier") or s.get("shape") in ("alias", "verb"))))
        judged_at = readings[0].text if len(readings) == 1 else when.text
    else:
        judged_at = when.text
    if not events:
        return Verdict(claim, "unknown", "event-not-found", f"the reference has no event matching {claim.text!r}", judged_at)
    here = [e for e in events if _place_matches(e, place, index, within)]
    if here:
        if not dated_claim and len(here) > 1:  # the one nearest the claim's time first
            here = sorted(here, key=lambda e: (abs((e.start.lo - when.lo).days), e.id))
        e = here[0]
        relation = None if _names_match(e, place, index) else places.relate(index, place, e, within)
        return Verdict(claim, "verified", "event-place-matches",
                       f"{e.name} took place in {e.place or place}{_how_near(relation, place)}", judged_at,
                       evidence=_evidence(here, index) + _place_evidence(relation, index))
    if len(events) > 1 and not dated_claim:
        near = [e for e in events if e.start.lo.year <= when.lo.year <= (e.end or e.start).hi.year]
        if len(near) == 1:
            events = near
    placed = [e for e in events if e.place]
    if len(events) == 1 and placed and strong:
        e = events[0]
        relation = places.relate(index, place, e, within)
        # The gazetteer decides when it knows both places: a conflict only when every reading
        # of each is far from (or, for a region, outside) every reading of the other; near,
        # inside, or not far enough is no conflict. Without it, the names decide, for a place
        # the grammar knows (the rule before the gazetteer).
        if relation is None and s.get("place_known") != "no" or relation is not None and relation.verdict == "conflict":
            return Verdict(claim, "conflicting", "event-place-mismatch",
                           f"{e.name} took place in {e.place}{_country_name(e, index)} ({_when_text(e)}), "
                           f"not in {place}{_how_far(relation, place, index)}",
                           judged_at, suggestion=e.place, evidence=_evidence(events, index) + _place_evidence(relation, index))
    if len(events) > 1:
        return Verdict(claim, "unknown", "event-ambiguous", "the claim could mean any of: " + _names(events),
                       judged_at, evidence=_evidence(events, index))
    return Verdict(claim, "unknown", "event-not-found",
                   f"the reference knows no such event in {place}; it knows {_names(events)}", judged_at,
                   evidence=_evidence(events, index))


def _how_near(relation: places.Relation | None, place: str) -> str:
    """", 11 km from Paris" or ", in Scotland": how a place matched through the gazetteer."""
    if relation is None or relation.stated is None:
        return ""
    if relation.km is not None:
        return f", {relation.km:.0f} km from {place}" if relation.km >= 1 else ""
    if relation.stated.level != places.POINT:
        return f", in {relation.stated.name}"
    return ""


def _how_far(relation: places.Relation | None, place: str, index: ReferenceIndex) -> str:
    """", 50 km away" for two points; " (Carbis Bay is in Cornwall)" for a region."""
    if relation is None or relation.stated is None:
        return ""
    if relation.km is not None:
        return f", {relation.km:.0f} km away"
    stated, actual = relation.stated, relation.actual
    point, area = (actual, stated) if actual.level == places.POINT else (stated, actual)
    if point.level != places.POINT:  # two areas: another country
        return f" ({actual.name} is in {places.describe(actual, index).split(', ')[-1]})"
    where = places.container(point, area.level, index)
    return f" ({point.name} is in {where})" if where else ""


def _place_evidence(relation: places.Relation | None, index: ReferenceIndex) -> tuple[Evidence, ...]:
    """The gazetteer's records that decided (GeoNames' or a curated one), as evidence."""
    out = []
    if relation is not None:
        for r in (relation.actual, relation.stated):
            if r is not None and r.place is not None:
                source, url = ev.cite(index, r.place.source, r.place.cite, r.place.ref)
                out.append(Evidence(places.fact(r.place, index), source, r.place.ref, url))
    return tuple(out)


def _country_name(e: Event, index: ReferenceIndex) -> str:
    c = index.countries.get(e.country) if e.country else None
    return f", {c.name}" if c and c.name != e.place else ""


# --- events named only by what happened ---------------------------------------------------

def _generic_candidates(claim: Claim, index: ReferenceIndex, context: ArticleContext) -> list[Event] | None:
    """Events the wording may mean, or None when a side it names is unknown to the base."""
    s = claim.slots
    if s["shape"] == "trip":  # a visit event of the traveller
        traveller = _person(s["side_a"], index, context)
        if len(traveller) != 1:
            return None
        return list(_trips(index, next(iter(traveller))))
    if s["shape"] == "meeting":
        people = [_person(s[k], index, context) for k in ("side_a", "side_b")]
        if not any(people):
            return None
        return list(_meetings_of(index, tuple(frozenset(p) for p in people)))
    head = fold(s["head"])
    key = next((k for k in _GENERIC_KINDS if k in head), None)
    # what happened is never a trip: the thousands of visits are not read
    if key is not None:
        kinds, words = _GENERIC_KINDS[key]
        named = _events_with_words(index, {f for w in words for f in (w, w + "s")})
        events = sorted({e.id: e for e in (*index.events_of_kind(*kinds), *named)}.values(), key=lambda e: (e.start.lo, e.id))
    else:  # a head taken from the base's names ("convention", "debate"): events so named
        last = tokens(head)[-1:]
        forms = {*last, *(w[:-1] for w in last if w.endswith("s")), *(w + "s" for w in last)}
        events = _events_with_words(index, forms)
    if s.get("qualifier"):  # "the Brexit vote", "the Kobe quake": a word of its name
        events = _named_with(events, s["qualifier"])
    countries, people, unresolved = _sides(claim, index, context)
    if unresolved:
        return None
    for side in countries:
        events = [e for e in events if side & set(e.participants) or e.country in side]
    for side in people:
        events = [e for e in events if side & set(e.people)]
    return sorted(events, key=lambda e: (e.start.lo, e.id))


def _trips(index: ReferenceIndex, traveller: str) -> tuple[Event, ...]:
    """The person's visit events (they travelled), by date; kept per index."""
    key = ("event.trips", traveller)
    found = index.verify_memo.get(key)
    if found is None:
        found = index.keep(key, tuple(e for e in index.events_with_person(traveller)
                                      if e.kind == "visit" and e.people[0] == traveller))
    return found


def _meetings_of(index: ReferenceIndex, people: tuple[frozenset[str], ...]) -> tuple[Event, ...]:
    """The events of the first known side of a meeting with every known side among their
    people (a visit only as `_met_on_visit` allows), by date; kept per index."""
    key = ("event.meetings-of", people)
    found = index.verify_memo.get(key)
    if found is None:
        known = [p for p in people if p]
        found = index.keep(key, tuple(
            e for e in index.events_with_person(*known[0]) if all(p & set(e.people) for p in known)
            and (e.kind != "visit" or _met_on_visit(e, list(people)))))
    return found


# Per index: each word of the names of its events (not trips and visits) → those events.
_BY_NAME_WORD: "weakref.WeakKeyDictionary[ReferenceIndex, dict[str, tuple[str, ...]]]" = weakref.WeakKeyDictionary()


def _events_with_words(index: ReferenceIndex, words: set[str]) -> list[Event]:
    """The events (not trips) with any of `words` in one of their names, by date."""
    table = _BY_NAME_WORD.get(index)
    if table is None:
        # from the rows' names, folded in one go: only the events a claim's words find are
        # decoded, not every event of the base
        ids = [i for kind in sorted(index.event_kinds() - {"visit"}) for i in index.events_by_kind[kind]]
        names, owners = index.names_of_all(ids, "events")
        found: dict[str, list[str]] = {}
        for name, event_id in zip(fold_all(names), owners):
            for word in name.split():
                found.setdefault(word, []).append(event_id)
        table = _BY_NAME_WORD[index] = {w: tuple(dict.fromkeys(ids)) for w, ids in found.items()}
    events = {i: index.event_records[i] for w in words for i in table.get(w, ())}
    return sorted(events.values(), key=lambda e: (e.start.lo, e.id))


def _met_on_visit(e: Event, sides: list[set[str]]) -> bool:
    """A visit's people are whoever travelled (first) and some of those they met, not a list
    of people who met one another: it shows a meeting only of the traveller with one of the
    others, both named and known (thousands of trips must not verify "X met someone")."""
    return len(sides) == 2 and all(sides) and bool(e.people) and any(e.people[0] in side for side in sides)


def judge_loose(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """A meeting ("Bush and Gorbachev met in Helsinki") or an event named by what happened
    ("the November 2008 attacks in Mumbai"): verified when one event of the base fits every
    part written (sides, place, date), else unknown; such wording may mean an event the base
    does not hold, so it never conflicts."""
    s = claim.slots
    readings = date_readings(s, when, as_of)
    judged_at = readings[0].text if len(readings) == 1 else when.text
    events = _generic_candidates(claim, index, context)
    if events is None:
        return Verdict(claim, "unknown", "event-not-found",
                       f"the reference does not know who is meant in {claim.text!r}", judged_at)
    if s.get("place"):
        events = [e for e in events if _place_matches(e, s["place"], index)]
    every = events
    if readings:
        events = [e for e in events if any(_date_fit(e, r, s.get("date_position") == "before") == "yes" for r in readings)]
    md = s.get("date_md", "")
    if not events and s["shape"] == "generic" and "-" in md and s.get("date_position") == "before" and as_of:
        # "the Sept. 11 terror attacks" written in 2021: a day that names the event, of a
        # year long past (more than six months from the article's date), as `_anniversary`
        events = [e for e in every if any(_days_of(e, md)) and _distance(f"{e.start}", as_of) > 183
                  and _distance(f"{e.end or e.start}", as_of) > 183]
        judged_at = s.get("date", md) if events else judged_at
    if not events:
        return Verdict(claim, "unknown", "event-not-found",
                       f"the reference has no event matching {claim.text!r}", judged_at)
    e = events[0]
    if claim.kind == KIND_DATE:
        return Verdict(claim, "verified", "event-date-matches", f"{e.name} took place {_phrase(e)}",
                       judged_at, evidence=_evidence(events, index))
    return Verdict(claim, "verified", "event-place-matches", f"{e.name} took place in {e.place or s['place']}",
                   judged_at, evidence=_evidence(events, index))


# --- anaphora: the article's own event ----------------------------------------------------
# An event of the article's own is one that is going on around the article's date: from a
# week before it starts to a week after it ends.
_AROUND = timedelta(days=7)
# Words of the names of events a "meeting", "summit", "talks", "gathering" may mean.
_MEETING_WORDS = frozenset({"summit", "meeting", "talks", "conference", "gathering", "forum"})


def _around(e: Event, as_of: date) -> bool:
    return e.start.lo - _AROUND <= as_of <= (e.end or e.start).hi + _AROUND


def _meeting_like(e: Event) -> bool:
    return e.kind == "summit" or any(w in _MEETING_WORDS for n in (e.name, *e.aliases) for w in tokens(n))


def _own_events(dateline: str | None, as_of: date, index: ReferenceIndex, context: ArticleContext) -> list[Event]:
    """The meetings the article may be about: those its claims identified so far, and those
    held in its dateline's city, that are going on around the article's date."""
    found = {}
    for eid in context.events:
        e = index.event_records[eid]
        if _meeting_like(e) and _around(e, as_of):
            found[e.id] = e
    key = ("dateline", dateline, as_of)
    if key not in context.memo:
        context.memo[key] = [e for e, lo, hi in _meetings(index) if lo <= as_of <= hi
                             and _place_matches(e, dateline, index)] if dateline else []
    for e in context.memo[key]:
        found.setdefault(e.id, e)
    return list(found.values())


def _meetings(index: ReferenceIndex) -> tuple[tuple[Event, date, date], ...]:
    """The meetings (`_meeting_like`) among the summits and the events with a meeting word in
    a name, each once, with the first and last day an article about it may be written
    (`_around`). Kept per index: every article with a dateline asks."""
    found = index.verify_memo.get("event.meetings")
    if found is None:
        events = dict.fromkeys((*index.events_of_kind("summit"), *_events_with_words(index, set(_MEETING_WORDS))))
        found = index.keep("event.meetings", tuple((e, e.start.lo - _AROUND, (e.end or e.start).hi + _AROUND)
                                                   for e in events if _meeting_like(e)))
    return found


def _series(e: Event, index: ReferenceIndex) -> tuple[str, list[Event]]:
    """The series an event belongs to: its first alias that other events of its kind bear,
    and all the events of that kind bearing one of those aliases, by date."""
    label, members = "", {}
    for alias in e.aliases:
        same = [x for x in index.events_named(alias) if x.kind == e.kind]
        if len(same) > 1:
            label = label or alias
            members.update((x.id, x) for x in same)
    return label, sorted(members.values(), key=lambda x: (x.start.lo, x.id))


def _neighbour(e: Event, which: str, index: ReferenceIndex) -> tuple[Event | None, str]:
    """The event just before (`which` "previous") or after ("next") `e` in its series."""
    label, members = _series(e, index)
    if which == "previous":
        before = [x for x in members if (x.end or x.start).hi < e.start.lo]
        return (before[-1] if before else None), label
    after = [x for x in members if x.start.lo > (e.end or e.start).hi]
    return (after[0] if after else None), label


def judge_anaphor(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """"The meeting at ... on Tuesday", "the previous gathering, held in Frankfurt last June",
    "The first, in July 1997": an event the article refers back to. "The meeting" (this one)
    is the article's own event, when exactly one is known (see `_own_events`): verified when
    the place or date written fits it, else unknown (it may be another meeting). "The
    previous (next) summit" is the one before (after) it in its series: that one may
    conflict, the reference being explicit. An ellipsis is read in the series and place of
    the sentence before (`_judge_ellipsis`)."""
    s = claim.slots
    if s["anaphor"] == "earlier":
        return _judge_ellipsis(claim, when, as_of, index)
    own = _own_events(s.get("dateline"), as_of, index, context)
    at = when.text
    if len(own) != 1:
        why = "the article is about none the reference knows" if not own else \
            "the article may be about any of: " + _names(own)
        return Verdict(claim, "unknown", "event-not-found",
                       f"{s['head']!r} refers to an event of the article's own, and {why}", at,
                       evidence=_evidence(own, index))
    e = own[0]
    if s["anaphor"] == "this":
        how = f"{s['head']!r} taken as the article's own event, {e.name}"
        return _judge_one(claim, e, when, as_of, index, how, may_conflict=False)
    target, label = _neighbour(e, s["anaphor"], index)
    if target is None:
        return Verdict(claim, "unknown", "event-not-found",
                       f"the reference knows no {s['anaphor']} event in the series of {e.name}", at,
                       evidence=_evidence([e], index))
    side = "before" if s["anaphor"] == "previous" else "after"
    how = f"the {s['anaphor']} {s['head']} taken as the {label or 'event'} {side} the article's own ({e.name}): {target.name}"
    return _judge_one(claim, target, when, as_of, index, how, may_conflict=True)


def _judge_ellipsis(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex) -> Verdict:
    """"It was NATO's second summit in Madrid. The first, in July 1997, ...": verified when an
    event of that series and place fits the date (place) written; never conflicting (the
    count may be the writer's, or the base may lack an event)."""
    s = claim.slots
    events = index.events_named(f"{s['series']} summit") if s.get("series") else index.events_of_kind("summit")
    if s.get("series_place"):
        events = [e for e in events if _place_matches(e, s["series_place"], index)]
    series = " ".join(x for x in (s.get("series"), s["head"], s.get("series_place") and f"in {s['series_place']}") if x)
    for e in events:
        v = _judge_one(claim, e, when, as_of, index, f"{claim.text!r} taken as the {s['which']} {series}", False)
        if v.verdict == "verified":
            return v
    return Verdict(claim, "unknown", "event-not-found", f"the reference knows no {series} that fits {claim.text!r}",
                   when.text, evidence=_evidence(events, index))


def _judge_one(claim: Claim, e: Event, when: DateRange, as_of: date, index: ReferenceIndex, how: str,
               may_conflict: bool) -> Verdict:
    """The date or place written, against the one event an anaphor was taken to mean (`how`
    says which and why). A conflict (where `may_conflict`) on one needs the other written
    and fitting the event (a date to the month or day): the reading is then borne out."""
    s = claim.slots
    readings = date_readings(s, when, as_of)
    at = readings[0].text if len(readings) == 1 else when.text
    fits = [_date_fit(e, r, s.get("date_position") == "before") for r in readings]
    if claim.kind == KIND_DATE:
        may_conflict = may_conflict and bool(s.get("place")) and _place_matches(e, s["place"], index, s.get("region"))
        if "yes" in fits:
            return Verdict(claim, "verified", "event-date-matches", f"{how}; it took place {_phrase(e)}", at,
                           evidence=_evidence([e], index))
        if may_conflict and fits and all(f == "no" for f in fits):
            return Verdict(claim, "conflicting", "event-date-mismatch",
                           f"{how}; it took place {_phrase(e)}, not {_stated(readings[0])}", at,
                           suggestion=_suggest(e, readings[0]), evidence=_evidence([e], index))
        return Verdict(claim, "unknown", "event-ambiguous", f"{how}; it took place {_phrase(e)}, and the text may mean "
                       "another event", at, evidence=_evidence([e], index))
    # a year is no confirmation: a yearly series has an event in most years
    confirmed = any(f == "yes" and r.precision != "year" for f, r in zip(fits, readings))
    return _judge_one_place(claim, e, index, how, may_conflict and confirmed, at)


def _judge_one_place(claim: Claim, e: Event, index: ReferenceIndex, how: str, may_conflict: bool, at: str) -> Verdict:
    s = claim.slots
    place, within = s["place"], s.get("region")
    for written in (place, s.get("venue")):
        if written and _place_matches(e, written, index, within):
            relation = None if _names_match(e, written, index) else places.relate(index, written, e, within)
            return Verdict(claim, "verified", "event-place-matches",
                           f"{how}; it took place in {e.place or written}{_how_near(relation, written)}", at,
                           evidence=_evidence([e], index) + _place_evidence(relation, index))
    known = bool(places.readings(index, place, within)) or s.get("place_known") != "no"
    relation = places.relate(index, place, e, within) if e.place else None
    if may_conflict and e.place and known and (
            relation is None and s.get("place_known") != "no" or relation is not None and relation.verdict == "conflict"):
        return Verdict(claim, "conflicting", "event-place-mismatch",
                       f"{how}; it took place in {e.place}{_country_name(e, index)} ({_when_text(e)}), "
                       f"not in {place}{_how_far(relation, place, index)}", at,
                       suggestion=e.place, evidence=_evidence([e], index) + _place_evidence(relation, index))
    why = "the reference does not know where that is" if not known else "the text may mean another event"
    return Verdict(claim, "unknown", "event-not-found", f"{how}; it took place in {e.place or '?'}, and {why}", at,
                   evidence=_evidence([e], index))


# --- generic events whose country the context gives -----------------------------------------

def _agent_country(claim: Claim, index: ReferenceIndex) -> str | None:
    agent = claim.slots.get("agent")
    return _country(_strip_possessive(agent), index) if agent and agent.lower() not in _PRONOUNS else None


def _strip_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _context_country(claim: Claim, when: DateRange, index: ReferenceIndex, context: ArticleContext) -> tuple[str | None, str]:
    """(country id, how it was found) for a generic event: its agent if a country, else the
    phrase before it (`context`): a country, or the one person it names whose offices at
    the claim's time (none then: ever) are all of one country. (None, why) when unsure."""
    cid = _agent_country(claim, index)
    if cid:
        return cid, ""
    text = _strip_possessive(claim.slots["context"])
    cid = _country(text, index)
    if cid:
        return cid, f" (the country taken from {text!r})"
    people = _person(text, index, context)
    if len(people) != 1:
        return None, f"{text!r} names no one country"
    pid = next(iter(people))
    tenures = index.tenures_by_person.get(pid, [])
    # the offices held then, else (a former officeholder) every office held
    offices = {t.term.office for t in tenures if t.maybe_overlaps(when.lo, when.hi)} or {t.term.office for t in tenures}
    countries = {index.offices[o].country for o in offices} - {None}
    countries = {c for c in countries if c in index.countries and not index.countries[c].organisation}
    if len(countries) != 1:
        return None, f"{index.people[pid].name} held offices of {len(countries) or 'no'} countries"
    cid = next(iter(countries))
    office = _office_named(text, [o for o in offices if index.offices[o].country == cid], index)
    return cid, f" (the country taken from {index.people[pid].name}, {office})"


def _office_named(text: str, offices: list[str], index: ReferenceIndex) -> str:
    """The name of the office the words name best ("British Prime Minister Theresa May"), else the first."""
    words = f" {fold(text)} "

    def named(o: str) -> int:
        return max((len(f) for f in map(fold, index.offices[o].forms) if f" {f} " in words), default=0)
    return index.offices[min(offices, key=lambda o: (-named(o), o))].name


# Heads whose country is where the event happened, however it is written: "Iraq's invasion"
# is one by Iraq, the "Iraq invasion" one of Iraq, so invasions, annexations and attacks are
# never read as a name of their country's.
_IN_COUNTRY = ("coup", "referendum", "earthquake", "quake")


def _aliases_in(head: str, cid: str, index: ReferenceIndex) -> list[str]:
    """The names of events "<head>" of that country may be written as, that the base has:
    "failed coup in Turkey", "Turkish coup attempt", "Thai coup" (for the heads of
    `_IN_COUNTRY` only)."""
    c = index.countries[cid]
    head = " ".join(head.lower().split())
    if not any(w.removesuffix("s") in _IN_COUNTRY for w in head.split()):
        return []
    forms = [f"{head} in {n}" for n in (c.name, *c.names)] + [f"{d} {head}" for d in c.demonyms] + \
        [f"{n} {head}" for n in (c.name, *c.names)]
    return [f for f in dict.fromkeys(forms) if index.events_named(f)]


def judge_in_context(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """A generic event with its country ("Turkey's failed coup", "the Thai coup") or with a
    context that gives one ("Erdogan also invoked the failed coup of July 2015": Erdogan is
    President of Turkey then). Judged as the name the base has for that event of that country
    ("failed coup in Turkey"), which may conflict as any name; without such a name, as a
    generic event of that country (verified or unknown); without one country, unknown."""
    s = claim.slots
    cid, how = _context_country(claim, when, index, context)
    if cid is None:
        return Verdict(claim, "unknown", "event-not-found", f"which country's {s['head']} is meant is not clear: {how}",
                       when.text)
    aliases = _aliases_in(s["head"], cid, index)
    if aliases:
        named = replace(claim, slots={**s, "shape": "alias", "event": aliases[0]})
        v = judge_date(named, index, context, when, as_of) if claim.kind == KIND_DATE else \
            judge_place(named, when, index, context, as_of)
        return replace(v, claim=claim, explanation=f"read as the {aliases[0]}{how}: {v.explanation}")
    if s.get("agent"):
        return judge_loose(claim, when, as_of, index, context)
    placed = replace(claim, slots={**s, "agent": index.countries[cid].name})
    v = judge_loose(placed, when, as_of, index, context)
    return replace(v, claim=claim, explanation=f"{v.explanation}{how}")


# --- deaths ---------------------------------------------------------------------------------
_DEATH_NAMES = ("death of", "assassination of", "killing of", "murder of")


def _the_dead(claim: Claim, index: ReferenceIndex, context: ArticleContext) -> tuple[set[str], str]:
    """The people a death's subject may be: a name, or a title ("the queen") read as the
    people named before in the article who ever held an office of that title."""
    s = claim.slots
    if s.get("side_a"):
        return _person(s["side_a"], index, context), repr(s["side_a"])
    title = fold(s["title"])
    named = set().union(*context.by_token.values()) if context.by_token else set()
    found = {pid for pid in named for t in index.tenures_by_person.get(pid, [])
             if any(fold(f) == title for f in index.offices[t.term.office].forms)}
    # an office's forms do not tell a queen from a king: a name with the title does
    styled = {pid for pid in found if any(title in tokens(n) for n in index.names_of(pid))}
    return styled or found, f"'the {s['title']}'"


def judge_death(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """"The queen died at Balmoral Castle": the death event of the person meant (named, or
    the one person of that title named before in the article). Verified when the place or
    date written fits it, else unknown: never conflicting (the base may lack the person's
    death, or the title may mean someone else)."""
    people, who = _the_dead(claim, index, context)
    if len(people) != 1:
        why = "no one named before holds that title" if not people else "several people may be meant"
        return Verdict(claim, "unknown", "event-not-found", f"who {who} is is not clear: {why}", when.text)
    pid = next(iter(people))
    deaths = [e for e in index.events_with_person(pid)
              if any(fold(n).startswith(_DEATH_NAMES) for n in (e.name, *e.aliases))]
    if len(deaths) != 1:
        return Verdict(claim, "unknown", "event-not-found",
                       f"the reference has no one death of {index.people[pid].name}", when.text)
    how = f"{who} taken as {index.people[pid].name}: {deaths[0].name}"
    return _judge_one(claim, deaths[0], when, as_of, index, how, may_conflict=False)


# --- awards ---------------------------------------------------------------------------------

def _in_name(e: Event, who: str) -> bool:
    """Whether the words of `who` stand together in the event's name (a laureate the base
    does not know as a person: "Maria Ressa", "the IPCC")."""
    want = [w for w in re.findall(r"\w+", fold(who)) if w != "the"]
    have = re.findall(r"\w+", fold(e.name))
    return bool(want) and any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


def judge_award(claim: Claim, when: DateRange, as_of: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    """"Obama, who won the Nobel Peace Prize in 2009", "the 2007 Nobel Peace Prize, shared by
    Al Gore and the IPCC", "Nobel Peace Prize laureate Malala Yousafzai": the prize is a
    series of events, one a year, whose `people` are the laureates the base knows (the
    others are written in the event's name). Verified when an event of that prize (of the
    year written, if any) has every winner named: a person by id, anyone else by the words
    of their name in the event's name. Conflicting only when a year is written, the base
    has that year's prize, and a winner named is a person the base knows who is not among
    that year's laureates but is among another year's (the suggestion that year); never for
    a winner the base does not know, nor without a year written (a month alone, "last
    year")."""
    s = claim.slots
    events = sorted(index.events_named(s["event"]), key=lambda e: (e.start.lo, e.id))
    readings = date_readings(s, when, as_of) if s.get("date") else []
    at = readings[0].text if len(readings) == 1 else when.text
    if s.get("date") and not readings:
        return Verdict(claim, "unknown", "no-anchor", "the date has no year", s.get("date", ""))
    years = {y for r in readings for y in range(r.lo.year, r.hi.year + 1)}
    that_year = [e for e in events if e.start.lo.year in years] if years else events
    winners = []
    for key in ("side_a", "side_b"):
        if s.get(key):
            ids = _person(s[key], index, context)
            winners.append((s[key], next(iter(ids)) if len(ids) == 1 else None))

    def has(e: Event, who: str, pid: str | None) -> bool:
        return (pid is not None and pid in e.people) or _in_name(e, who)
    won = [e for e in that_year if all(has(e, who, pid) for who, pid in winners)]
    if won:
        e = won[0]
        return Verdict(claim, "verified", "event-date-matches", f"{e.name} ({_when_text(e)})", at,
                       evidence=_evidence(won, index))
    # only a year written ("in 2008", "the 2008 ..."): a month without one ("won it in
    # October") or a relative date is read from the article's date, which may be wrong
    if s.get("date_iso") and len(years) == 1 and that_year:
        for who, pid in winners:
            if pid is None or any(has(e, who, pid) for e in that_year):
                continue
            other = [e for e in events if pid in e.people]
            if other:
                name = index.people[pid].name
                return Verdict(claim, "conflicting", "event-date-mismatch",
                               f"{name} is not a laureate of {that_year[0].name}; {name} won the {s['event']} in "
                               f"{', '.join(str(e.start.lo.year) for e in other)}", at,
                               suggestion=", ".join(str(e.start.lo.year) for e in other),
                               evidence=_evidence(that_year + other, index))
    if not that_year:
        why = f"the reference has no {s['event']} of {', '.join(map(str, sorted(years)))}" if years else \
            f"the reference knows no {s['event']}"
        return Verdict(claim, "unknown", "event-not-found", why, at)
    who = " and ".join(w for w, _ in winners)
    if years:
        why = f"the reference does not list {who} among the laureates of {_names(that_year)}"
    else:
        why = (f"the reference lists {who} among the laureates of none of the {len(events)} {s['event']}s it "
               f"knows ({events[0].start.lo.year}–{events[-1].start.lo.year})")
    return Verdict(claim, "unknown", "event-not-found", why, at, evidence=_evidence(that_year, index))
