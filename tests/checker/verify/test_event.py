"""Event verdicts: dates at the precision the text gives, places, and which event is meant."""
from __future__ import annotations

import pytest

from checker import load
from checker.index import ReferenceIndex

EVENTS = """\
  - {id: SG, name: Singapore, source: desk}
  - {id: CH, name: Switzerland, demonyms: [Swiss], capital: Bern, source: desk}
  - {id: FI, name: Finland, demonyms: [Finnish], capital: Helsinki, source: desk}
  - {id: FR, name: France, demonyms: [French], capital: Paris, source: desk}
  - {id: UA, name: Ukraine, demonyms: [Ukrainian], capital: Kyiv, source: desk}
  - {id: SY, name: Syria, demonyms: [Syrian], capital: Damascus, source: desk}
  - {id: GB, name: United Kingdom, names: [Britain, UK], demonyms: [British], capital: London, source: desk}
  - {id: IN, name: India, demonyms: [Indian], capital: New Delhi, source: desk}
  - {id: PT, name: Portugal, demonyms: [Portuguese], capital: Lisbon, source: desk}
  - {id: PL, name: Poland, demonyms: [Polish], capital: Warsaw, source: desk}
  - {id: EE, name: Estonia, demonyms: [Estonian], capital: Tallinn, source: desk}
events:
  - {id: ev.crimea, name: Annexation of Crimea by Russia, kind: annexation, aliases: [annexation of Crimea, Crimea's annexation],
     start: 2014-03-18, end: 2014-03-21, place: Crimea, country: UA, participants: [RU, UA], people: [Q7747], source: desk}
  - {id: ev.syria-us, name: US-led intervention in Syria, kind: intervention, aliases: [intervention in Syria],
     start: 2014-09, country: SY, participants: [US, SY], source: desk}
  - {id: ev.syria-ru, name: Russian intervention in Syria, kind: intervention, aliases: [intervention in Syria],
     start: 2015-09-30, country: SY, participants: [RU, SY], people: [Q7747], source: desk}
  - {id: ev.brexit, name: Brexit referendum, kind: referendum, aliases: [Brexit referendum], start: 2016-06-23,
     country: GB, participants: [GB], source: desk}
  - {id: ev.helsinki-2018, name: Helsinki summit of Trump and Putin, kind: summit, aliases: [Helsinki summit],
     start: 2018-07-16, place: Helsinki, country: FI, participants: [US, RU], people: [Q22686, Q7747], source: desk}
  - {id: ev.geneva-2021, name: Geneva summit of Biden and Putin, kind: summit, aliases: [Geneva summit],
     start: 2021-06-16, place: Geneva, country: CH, participants: [US, RU], people: [Q6279, Q7747], source: desk}
  - {id: ev.g7-2019, name: 45th G7 summit, kind: summit, aliases: [G7 summit], start: 2019-08-24, end: 2019-08-26,
     place: Biarritz, country: FR, participants: [US, FR, DE], source: desk}
  - {id: ev.g7-2018, name: 44th G7 summit, kind: summit, aliases: [G7 summit], start: 2018-06-08, end: 2018-06-09,
     place: La Malbaie, participants: [US, FR, DE], source: desk}
  - {id: ev.singapore-2018, name: Singapore summit of Trump and Kim, kind: summit, aliases: [Trump-Kim summit],
     start: 2018-06-12, place: Singapore, country: SG, participants: [US], people: [Q22686], source: desk}
  - {id: ev.g7-2021, name: 47th G7 summit, kind: summit, aliases: [G7 summit, Cornwall summit], start: 2021-06-11,
     end: 2021-06-13, place: Carbis Bay, country: GB, participants: [US, FR, DE, GB], source: desk}
  - {id: ev.nato-2016, name: 2016 NATO summit, kind: summit, aliases: [NATO summit], start: 2016-07-08, end: 2016-07-09,
     place: Warsaw, country: PL, source: desk}
  - {id: ev.berlin-wall, name: Fall of the Berlin Wall, kind: other, aliases: [fall of the Berlin Wall],
     start: 1989-11-09, place: Berlin, country: DE, source: desk}
  - {id: ev.lisbon, name: Signing of the Treaty of Lisbon, kind: treaty, aliases: [Lisbon Treaty],
     start: 2007-12-13, place: Lisbon, country: PT, source: desk}
  - {id: ev.paris-agreement, name: Adoption of the Paris Agreement, kind: treaty, aliases: [Paris Agreement],
     start: 2015-12-12, place: Paris, country: FR, source: desk}
  - {id: ev.mumbai, name: Mumbai attacks of 2008, kind: attack, aliases: [26/11 attacks], start: 2008-11-26,
     end: 2008-11-29, place: Mumbai, country: IN, source: desk}
  - {id: ev.ukraine-2022, name: Russian invasion of Ukraine, kind: invasion, aliases: [invasion of Ukraine],
     start: 2022-02-24, country: UA, participants: [RU, UA], people: [Q7747], source: desk}
  - {id: ev.helsinki-1990, name: Helsinki summit of Bush and Gorbachev, kind: summit, aliases: [Helsinki summit],
     start: 1990-09-09, place: Helsinki, country: FI, participants: [US], people: [Q23505], source: desk}
  # trips as the hsg-travels importer writes them: no alias, the traveller first, then whom they met
  - {id: "hsg-travels:1", name: "Joe Biden's trip to Switzerland", kind: visit, start: 2021-06-15, end: 2021-06-16,
     place: Geneva, country: CH, participants: [US, CH], people: [Q6279, Q7747, Q22686], source: desk}
  - {id: "hsg-travels:2", name: "Joe Biden's trip to the United Kingdom", kind: visit, start: 2021-06-10,
     place: Devon, country: GB, participants: [US, GB], people: [Q6279], source: desk}
"""


@pytest.fixture
def index(make_base, base_text):
    """The shared test base (tests/checker/conftest.py) plus a few countries and events."""
    countries, events = EVENTS.split("events:\n")
    text = base_text.replace("offices:\n", countries + "offices:\n", 1) + "events:\n" + events
    folder = make_base(text)
    return ReferenceIndex(load.load(load.files_in(folder, "ref")), "test")


def verdicts(judge_text, index, text, as_of, kind):
    return [v for v in judge_text(index, text, as_of) if v.claim.kind == kind]


@pytest.mark.parametrize("sentence, verdict, reason, suggestion", [
    ("Russia's 2014 annexation of Crimea drew sanctions.", "verified", "event-date-matches", None),
    ("The annexation of Crimea in March 2014 drew sanctions.", "verified", "event-date-matches", None),
    ("The annexation of Crimea on March 18, 2014, drew sanctions.", "verified", "event-date-matches", None),
    ("Russia's 2015 annexation of Crimea drew sanctions.", "conflicting", "event-date-mismatch", "2014"),
    ("The annexation of Crimea in February 2014 drew sanctions.", "conflicting", "event-date-mismatch", "March 2014"),
    ("Moscow defended its 2015 intervention in Syria.", "verified", "event-date-matches", None),  # the Russian one
    ("Moscow defended its 2016 intervention in Syria.", "unknown", "event-ambiguous", None),  # which of two?
    ("Russia's 2017 intervention in Syria grew.", "conflicting", "event-date-mismatch", "2015"),
    ("Russia's intervention in Syria in 2017 grew.", "unknown", "imprecise-dates", None),  # still going on
    ("The Brexit referendum of June 24, 2016, shocked markets.", "conflicting", "event-date-mismatch", "June 23, 2016"),
    ("Markets fell after the June 2016 Brexit referendum.", "verified", "event-date-matches", None),
    ("The leaders met at the Geneva summit on June 16, 2021.", "verified", "event-date-matches", None),
    ("The leaders met at the Geneva summit on June 15, 2021.", "conflicting", "event-date-mismatch", "June 16, 2021"),
    ("The 2017 Helsinki summit drew protests.", "unknown", "event-ambiguous", None),  # may be another Helsinki summit
    ("Trade dominated the 2019 G7 summit in Biarritz.", "verified", "event-date-matches", None),
    ("Trade dominated the G7 summit in Biarritz in 2018.", "conflicting", "event-date-mismatch", "2019"),
    ("The 2020 G7 summit was cancelled.", "unknown", "event-ambiguous", None),
    ("The Soviet annexation of Crimea in 1783 is a myth.", "unknown", "event-ambiguous", None),  # unknown agent
])
def test_event_dates(index, judge_text, sentence, verdict, reason, suggestion):
    (v,) = verdicts(judge_text, index, sentence, "2024-01-10", "event-date")
    assert (v.verdict, v.reason) == (verdict, reason), v.explanation
    if suggestion:
        assert v.suggestion == suggestion
    if verdict != "unknown":
        assert v.evidence and v.evidence[0].ref.startswith("ref/base.yaml:")


@pytest.mark.parametrize("sentence, as_of, verdict, suggestion", [
    ("Officials prepared a US-Russia summit in Geneva.", "2021-06-10", "verified", None),
    ("Officials prepared a US-Russia summit in Paris.", "2021-06-10", "conflicting", "Geneva"),  # the one that year
    ("Critics still talk about the Helsinki summit.", "2024-01-10", "verified", None),
    ("The summit in Paris between Joe Biden and Vladimir Putin was short.", "2024-01-10", "conflicting", "Geneva"),
    ("Biden's Helsinki summit with Putin lasted hours.", "2024-01-10", "conflicting", "Geneva"),
    ("The 2019 G7 summit in Paris ended without a communique.", "2024-01-10", "conflicting", "Biarritz"),
    ("The G7 summit in France ended without a communique.", "2024-01-10", "verified", None),
    ("The Trump-Kim summit in Singapore was a first.", "2024-01-10", "verified", None),
    ("The G7 summit in London was tense.", "2024-01-10", "unknown", None),  # which year?
])
def test_event_places(index, judge_text, sentence, as_of, verdict, suggestion):
    (v,) = verdicts(judge_text, index, sentence, as_of, "event-place")
    assert v.verdict == verdict, v.explanation
    if suggestion:
        assert v.suggestion == suggestion


@pytest.mark.parametrize("sentence, as_of, when", [
    ("The delegation left Moscow on Sunday.", "2022-03-03", "2022-02-27"),  # a Thursday: the Sunday before
    ("The delegation left Moscow on Thursday.", "2022-03-03", "2022-03-03"),  # that very day
    ("The vote took place last Thursday.", "2022-03-03", "2022-02-24"),
    ("Ministers will meet again on Tuesday.", "2022-03-03", "2022-03-08"),
    ("Talks are due to resume on Friday.", "2022-03-03", "2022-03-04"),
])
def test_relative_weekdays(small_index, judge_text, sentence, as_of, when):
    (v,) = verdicts(judge_text, small_index, sentence, as_of, "weekday-relative")
    assert v.when == when
    assert v.verdict == "unknown" and v.reason == "weekday-relative"


@pytest.mark.parametrize("sentence, as_of, verdict, suggestion", [
    # verb forms
    ("Russia annexed Crimea in March 2014.", "2024-01-10", "verified", None),
    ("Russia annexed Crimea in 2015.", "2024-01-10", "conflicting", "2014"),
    ("Crimea was annexed by Russia in 2014.", "2024-01-10", "verified", None),
    ("Russia invaded Ukraine on Feb. 24, 2022.", "2024-01-10", "verified", None),
    ("The Berlin Wall fell in November 1989.", "2024-01-10", "verified", None),
    ("The fall of the Berlin Wall in 1991 ended an era.", "2024-01-10", "conflicting", "1989"),
    # participles: "signed" contradicts only an event named for the signing
    ("The Lisbon Treaty, signed in Lisbon in December 2007, took effect later.", "2024-01-10", "verified", None),
    ("The Lisbon Treaty, signed in December 2008, took effect later.", "2024-01-10", "conflicting", "December 2007"),
    ("The Paris Agreement, which was signed in 2016, took effect.", "2024-01-10", "unknown", None),
    # a date without a year: the year nearest the article's date
    ("Zelensky spoke after Russia's invasion on Feb. 24.", "2022-06-30", "verified", None),
    ("Johnson hosted the June G7 summit in Cornwall.", "2021-09-01", "verified", None),
    ("Johnson hosted the March G7 summit in Cornwall.", "2021-09-01", "conflicting", "June 2021"),
    # relative dates
    ("Leaders meet at the G7 summit in Cornwall next month.", "2021-05-20", "verified", None),
    ("Allies recalled last year's NATO summit in Warsaw.", "2017-03-01", "verified", None),
    # events named by what happened: verified, never conflicting
    ("Tourism slumped after the November 2008 attacks in Mumbai.", "2024-01-10", "verified", None),
    ("Tourism slumped after the November 2009 attacks in Mumbai.", "2024-01-10", "unknown", None),
    # meetings: identified by the people, never conflicting
    ("George H. W. Bush and Vladimir Putin met in Helsinki in September 1990.", "2024-01-10", "unknown", None),
    ("George H. W. Bush and Mikhail Gorbachev met in Helsinki in September 1990.", "2024-01-10", "verified", None),
    ("George H. W. Bush and Mikhail Gorbachev met in Helsinki in May 1990.", "2024-01-10", "unknown", None),
    ("The 2008 summit in Helsinki was short.", "2024-01-10", "unknown", None),  # no series, no sides
])
def test_new_event_date_forms(index, judge_text, sentence, as_of, verdict, suggestion):
    (v,) = verdicts(judge_text, index, sentence, as_of, "event-date")
    assert v.verdict == verdict, v.explanation
    if suggestion:
        assert v.suggestion == suggestion


@pytest.mark.parametrize("sentence, as_of, verdict, suggestion", [
    ("Reporters gathered at the 2021 G7 summit in Cornwall.", "2024-01-10", "verified", None),  # a place in its names
    ("Reporters gathered at the 2021 G7 summit in Devon.", "2024-01-10", "unknown", None),  # may lie within the real one
    ("Reporters gathered at the 2021 G7 summit in Paris.", "2024-01-10", "conflicting", "Carbis Bay"),
    ("NATO's 2016 summit in Warsaw agreed to send battalions.", "2024-01-10", "verified", None),
    ("NATO's 2016 summit in Paris agreed to send battalions.", "2024-01-10", "conflicting", "Warsaw"),
    ("Allies recalled the 2016 summit in Warsaw.", "2024-01-10", "verified", None),
    ("Allies recalled the 2016 summit in Paris.", "2024-01-10", "unknown", None),  # which summit?
    ("Tourism slumped after the November 2008 attacks in Mumbai.", "2024-01-10", "verified", None),
    ("Tourism slumped after the November 2008 attacks in Paris.", "2024-01-10", "unknown", None),
    ("George H. W. Bush and Mikhail Gorbachev met in Helsinki in September 1990.", "2024-01-10", "verified", None),
    ("George H. W. Bush and Mikhail Gorbachev met in Paris in September 1990.", "2024-01-10", "unknown", None),
    ("The Paris Agreement, signed in London, took effect.", "2024-01-10", "unknown", None),  # signed elsewhere than adopted
])
def test_new_event_place_forms(index, judge_text, sentence, as_of, verdict, suggestion):
    (v,) = verdicts(judge_text, index, sentence, as_of, "event-place")
    assert v.verdict == verdict, v.explanation
    if suggestion:
        assert v.suggestion == suggestion


@pytest.mark.parametrize("sentence", [
    "Leaders met in Helsinki.",
    "In 2014 the leaders met in Helsinki.",
    "Sales fell in 2014, after the annexation.",
])
def test_no_event_claim_on_plain_sentences(index, judge_text, sentence):
    assert [v for v in judge_text(index, sentence, "2024-01-10") if v.claim.kind.startswith("event-")] == []


@pytest.mark.parametrize("sentence, verdict", [
    ("Joe Biden met Vladimir Putin in Geneva on June 15, 2021.", "verified"),  # the trip, not the summit (16th)
    ("Joe Biden met Vladimir Putin in Switzerland in June 2021.", "verified"),
    ("Vladimir Putin met Joe Biden in Geneva on June 15, 2021.", "verified"),
    ("Donald Trump met Vladimir Putin in Geneva on June 15, 2021.", "unknown"),  # both met the traveller, not each other
    ("Joe Biden met John Doeson in Geneva on June 15, 2021.", "unknown"),  # a trip shows no meeting with the unknown
    ("Joe Biden met Vladimir Putin in Bern on June 15, 2021.", "unknown"),  # trip data is incomplete: never conflicting
    ("Joe Biden met Vladimir Putin in Geneva on June 20, 2021.", "unknown"),
])
def test_meetings_on_trips(index, judge_text, sentence, verdict):
    found = [v for v in judge_text(index, sentence, "2024-01-10") if v.claim.kind.startswith("event-")]
    assert found and {v.verdict for v in found} == {verdict}, [v.explanation for v in found]
    if verdict == "verified":
        assert any(e.ref.startswith("ref/base.yaml:") and "trip" in e.fact for v in found for e in v.evidence)


def test_trip_places_are_no_event_places(index, judge_text):
    """A trip's city may be a region that holds the real site: it must not make a place claim
    conflict ("Devon" stays a place the base does not know)."""
    (v,) = verdicts(judge_text, index, "Reporters gathered at the 2021 G7 summit in Devon.", "2024-01-10", "event-place")
    assert v.verdict == "unknown"


@pytest.mark.parametrize("sentence, verdict", [
    ("Joe Biden visited Geneva on June 15, 2021, before the talks.", "verified"),
    ("Joe Biden flew to Switzerland in June 2021 for the talks.", "verified"),
    ("Joe Biden made a brief visit to Geneva on Tuesday, June 15, 2021.", "verified"),
    ("Biden's trip to Geneva in June 2021 was short.", "verified"),
    ("Joe Biden visited Geneva in March 2021.", "unknown"),  # no such trip: trips are incomplete, never conflicting
    ("Joe Biden visited Bern on June 15, 2021.", "unknown"),
    ("Vladimir Putin visited Geneva on June 15, 2021.", "unknown"),  # not the traveller of that trip
    ("John Doeson visited Geneva on June 15, 2021.", "unknown"),
])
def test_trips(index, judge_text, sentence, verdict):
    found = [v for v in judge_text(index, sentence, "2024-01-10") if v.claim.slots.get("shape") == "trip"]
    assert {v.claim.kind for v in found} == {"event-date", "event-place"}
    assert {v.verdict for v in found} == {verdict}, [v.explanation for v in found]
    if verdict == "verified":
        assert all("trip" in e.fact for v in found for e in v.evidence)
