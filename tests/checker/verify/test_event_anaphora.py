"""Events the text refers back to, and events whose country the sentence gives: "the
meeting", "the previous gathering", "The first, in July 1997", "Erdogan also invoked the
failed coup of July 2015". They verify when the event taken as meant fits; they conflict
only where the reading is borne out (one own event and an explicit "previous" with a date
that fits; one event of that country with that name)."""
from __future__ import annotations

import pytest

from checker import load
from checker.index import ReferenceIndex

EXTRA_SOURCES = """\
  - {id: geonames, title: GeoNames gazetteer, url: 'https://www.geonames.org', licence: CC BY 4.0, snapshot: 2026-07}
"""
COUNTRIES = """\
  - {id: TR, name: Turkey, names: [Türkiye], demonyms: [Turkish], capital: Ankara, source: desk}
  - {id: JP, name: Japan, demonyms: [Japanese], capital: Tokyo, source: desk}
  - {id: SG, name: Singapore, demonyms: [Singaporean], capital: Singapore, source: desk}
  - {id: ES, name: Spain, demonyms: [Spanish], capital: Madrid, source: desk}
  - {id: GB, name: United Kingdom, names: [Britain, UK], demonyms: [British], capital: London, source: desk}
  - {id: CA, name: Canada, demonyms: [Canadian], capital: Ottawa, source: desk}
  - {id: FR, name: France, demonyms: [French], capital: Paris, source: desk}
  - {id: LT, name: Lithuania, demonyms: [Lithuanian], capital: Vilnius, source: desk}
  - {id: IN, name: India, demonyms: [Indian], capital: New Delhi, source: desk}
  - {id: CY, name: Cyprus, demonyms: [Cypriot], capital: Nicosia, source: desk}
"""
OFFICES = """\
  - {id: tr.president, name: President of Turkey, country: TR, forms: [President], source: desk}
  - {id: tr.pm, name: Prime Minister of Turkey, country: TR, forms: [Prime Minister], source: desk}
  - {id: gb.monarch, name: Monarch of the United Kingdom, country: GB, forms: [King, Queen, Monarch], source: desk}
  - {id: ca.monarch, name: Monarch of Canada, country: CA, forms: [King], source: desk}
"""
PEOPLE = """\
  - {id: Q39723, name: Recep Tayyip Erdoğan, aliases: [Recep Tayyip Erdogan], source: desk}
  - {id: Q2036, name: Ahmet Davutoğlu, aliases: [Ahmet Davutoglu], source: desk}
  - {id: Q43274, name: Charles III, aliases: [King Charles, King Charles III], source: desk}
  - {id: Q9682, name: Elizabeth II, aliases: [Queen Elizabeth II], source: desk}
"""
TERMS = """\
  - {person: Q39723, office: tr.president, start: 2014-08-28, source: desk}
  - {person: Q2036, office: tr.pm, start: 2014-08-28, end: 2016-05-24, source: desk}
  - {person: Q9682, office: gb.monarch, start: 1952-02-06, end: 2022-09-08, source: desk}
  - {person: Q43274, office: gb.monarch, start: 2022-09-08, source: desk}
  - {person: Q43274, office: ca.monarch, start: 2022-09-08, source: desk}
"""
EVENTS = """\
events:
  - {id: ev.tr-2016, name: Turkish coup attempt of 2016, kind: other,
     aliases: [Turkish coup attempt, failed coup in Turkey, coup attempt in Turkey], start: 2016-07-15, end: 2016-07-16,
     country: TR, participants: [TR], source: desk}
  - {id: ev.tr-1980, name: 1980 Turkish coup d'état, kind: other, aliases: [1980 Turkish coup], start: 1980-09-12,
     place: Ankara, country: TR, source: desk}
  - {id: ev.cy-1974, name: Turkish invasion of Cyprus, kind: invasion, aliases: [Turkish invasion, invasion of Cyprus],
     start: 1974-07-20, country: CY, participants: [TR], source: desk}
  - {id: ev.death-elizabeth, name: Death of Elizabeth II, kind: other, aliases: [death of Elizabeth II],
     start: 2022-09-08, place: Balmoral Castle, country: GB, people: [Q9682], source: desk}
  - {id: ev.chandrayaan-3, name: Chandrayaan-3 Moon landing, kind: other,
     aliases: [Chandrayaan-3 landing, Chandrayaan-3 Moon landing], start: 2023-08-23, participants: [IN], source: desk}
  - {id: ev.g7-2021, name: 47th G7 summit, kind: summit, aliases: [G7 summit], start: 2021-06-11, end: 2021-06-13,
     place: Carbis Bay, country: GB, source: desk}
  - {id: ev.g7-2022, name: 48th G7 summit (Schloss Elmau), kind: summit, aliases: [G7 summit], start: 2022-06-26,
     end: 2022-06-28, place: Schloss Elmau, country: DE, source: desk}
  - {id: ev.g7-2023, name: 49th G7 summit (Hiroshima), kind: summit, aliases: [G7 summit, Hiroshima summit],
     start: 2023-05-19, end: 2023-05-21, place: Hiroshima, country: JP, source: desk}
  - {id: ev.sg-2018, name: Singapore summit of Donald Trump and Kim Jong Un, kind: summit,
     aliases: [Singapore summit, Trump-Kim summit], start: 2018-06-12, place: Singapore, country: SG,
     people: [Q22686], source: desk}
  - {id: ev.nato-1997, name: 1997 NATO summit (Madrid), kind: summit, aliases: [NATO summit], start: 1997-07-08,
     end: 1997-07-09, place: Madrid, country: ES, source: desk}
  - {id: ev.nato-2022, name: 2022 NATO summit (Madrid), kind: summit, aliases: [NATO summit], start: 2022-06-28,
     end: 2022-06-30, place: Madrid, country: ES, source: desk}
  - {id: ev.nato-2023, name: 2023 NATO summit (Vilnius), kind: summit, aliases: [NATO summit], start: 2023-07-11,
     end: 2023-07-12, place: Vilnius, country: LT, source: desk}
  - {id: ev.eu-2022, name: June 2022 European Council meeting, kind: summit, aliases: [EU summit], start: 2022-06-23,
     end: 2022-06-24, place: Madrid, country: ES, source: desk}
places:
  - {id: de.by, name: Bavaria, kind: region, country: DE, source: geonames}
  - {id: de.he, name: Hesse, kind: region, country: DE, source: geonames}
  - {id: 'geonames:2925533', name: Frankfurt am Main, aliases: [Frankfurt], country: DE, region: Hesse, lat: 50.1155,
     lon: 8.6842, population: 650000, source: geonames}
  - {id: 'geonames:2867714', name: Munich, country: DE, region: Bavaria, lat: 48.1374, lon: 11.5755, population: 1505005,
     source: geonames}
  - {id: curated.elmau, name: Schloss Elmau, aliases: [Elmau], kind: site, country: DE, region: Bavaria, lat: 47.4617,
     lon: 11.1880, source: desk}
  - {id: 'geonames:1862415', name: Hiroshima, country: JP, lat: 34.4, lon: 132.45, population: 1143841, source: geonames}
  - {id: 'geonames:1880252', name: Singapore, country: SG, lat: 1.2897, lon: 103.8501, population: 3547809, source: geonames}
  - {id: curated.sentosa, name: Sentosa, kind: site, country: SG, lat: 1.2494, lon: 103.8303, source: desk}
  - {id: 'geonames:3117735', name: Madrid, country: ES, lat: 40.4165, lon: -3.7026, population: 3255944, source: geonames}
  - {id: 'geonames:2988507', name: Paris, country: FR, lat: 48.8534, lon: 2.3488, population: 2138551, source: geonames}
"""


@pytest.fixture
def index(make_base, base_text):
    text = base_text.replace("countries:\n", EXTRA_SOURCES + "countries:\n" + COUNTRIES, 1)
    for section, extra in (("offices:\n", OFFICES), ("people:\n", PEOPLE), ("terms:\n", TERMS)):
        text = text.replace(section, section + extra, 1)
    return ReferenceIndex(load.load(load.files_in(make_base(text + EVENTS), "ref")), "test")


def event_verdicts(judge_text, index, text, as_of, kind):
    return [v for v in judge_text(index, text, as_of) if v.claim.kind == kind]


# --- the country from the context -------------------------------------------------------

@pytest.mark.parametrize("text, verdict, suggestion, words", [
    ("Erdogan also invoked the failed coup of July 2015, which he blames on followers of the U.S.-based cleric.",
     "conflicting", "July 2016", "Erdoğan, President of Turkey"),
    ("Erdogan also invoked the failed coup of July 2016.", "verified", None, "failed coup in Turkey"),
    ("Turkish President Recep Tayyip Erdogan invoked the failed coup of July 2015.", "conflicting", "July 2016",
     "President of Turkey"),
    ("The Turkish president invoked the failed coup of July 2015.", "conflicting", "July 2016", "'Turkish'"),
    ("Turkey's failed coup of July 2015 still divides the country.", "conflicting", "July 2016", "failed coup in Turkey"),
    ("Turkey's president recalled the coup attempt in 2015.", "conflicting", "2016", "the country taken from 'Turkey'"),
    # "coup in Turkey" is no name of one event: an event of that country fits, or unknown
    ("Erdogan recalled the coup of 1980 in a speech.", "verified", None, "1980"),
    ("Erdogan recalled the coup of 1971 in a speech.", "unknown", None, ""),
    # an invasion "of Turkey's" may be one by Turkey or of Turkey: never read as its name
    ("Erdogan defended the invasion of 2019 in a speech.", "unknown", None, ""),
    ("Turkey's invasion of 2019 drew sanctions.", "unknown", None, ""),
    # no one country: offices of two countries; someone the base does not know
    ("King Charles recalled the failed coup of July 2015.", "unknown", None, "2 countries"),
    ("Kilicdaroglu also invoked the failed coup of July 2015.", "unknown", None, ""),
    # a former officeholder: the offices ever held
    ("Davutoglu also invoked the failed coup of July 2015.", "conflicting", "July 2016", "Prime Minister of Turkey"),
])
def test_a_generic_event_takes_its_country_from_the_sentence(index, judge_text, text, verdict, suggestion, words):
    (v,) = event_verdicts(judge_text, index, text, "2023-05-29", "event-date")
    assert v.verdict == verdict, v.explanation
    assert words in v.explanation
    if suggestion:
        assert v.suggestion == suggestion


# --- the article's own event -------------------------------------------------------------

SINGAPORE = "SINGAPORE, June 12, 2018 — Trump and Kim shook hands on a resort island here on Tuesday.\n\n"
HIROSHIMA = "HIROSHIMA, Japan, May 21, 2023 — Leaders of the Group of Seven ended their summit in this city.\n\n"


@pytest.mark.parametrize("text, kind, verdict, words", [
    (SINGAPORE + "The meeting at the Capella hotel on Sentosa island on Tuesday, June 12, lasted five hours.",
     "event-place", "verified", "Singapore summit"),
    (SINGAPORE + "The meeting at the Capella hotel on Sentosa island on Tuesday, June 12, lasted five hours.",
     "event-date", "verified", "Singapore summit"),
    # a venue the gazetteer does not know, a place elsewhere, a date elsewhere: maybe another meeting
    (SINGAPORE + "The meeting at the Capella hotel lasted five hours.", "event-place", "unknown", "does not know where"),
    (SINGAPORE + "The meeting in Paris was about trade.", "event-place", "unknown", "may mean another"),
    (SINGAPORE + "The meeting on June 3 was about trade.", "event-date", "unknown", "may mean another"),
    # the previous one of the series: explicit, and borne out by the date written
    (HIROSHIMA + "The previous gathering, held in Frankfurt last June, was chaired by Germany.",
     "event-place", "conflicting", "G7 summit before the article's own (49th G7 summit (Hiroshima))"),
    (HIROSHIMA + "The previous gathering, held in Frankfurt last June, was chaired by Germany.",
     "event-date", "verified", "48th G7 summit"),
    (HIROSHIMA + "The previous gathering, held in Elmau last June, was chaired by Germany.",
     "event-place", "verified", "Schloss Elmau"),
    (HIROSHIMA + "The previous gathering, held in Frankfurt, was chaired by Germany.",  # no date to bear it out
     "event-place", "unknown", "may mean another"),
    (HIROSHIMA + "The previous gathering, held in Frankfurt in 2019, was chaired by Germany.",  # another one
     "event-place", "unknown", "may mean another"),
    # a year fits most events of a yearly series: it does not bear the reading out
    (HIROSHIMA + "The previous gathering, held in Frankfurt last year, was chaired by Germany.",
     "event-place", "unknown", "may mean another"),
    # no own event: no dateline, nothing identified; or two going on in the dateline's city
    ("The previous gathering, held in Frankfurt last June, was chaired by Germany.", "event-place", "unknown",
     "none the reference knows"),
    ("MADRID, June 26, 2022 — Leaders arrived.\n\nThe previous summit, held in Paris last June, was calm.",
     "event-place", "unknown", "any of"),
])
def test_anaphora_to_the_articles_own_event(index, judge_text, text, kind, verdict, words):
    as_of = "2018-06-12" if text.startswith("SINGAPORE") else "2022-06-26" if text.startswith("MADRID") else "2023-05-21"
    (v,) = event_verdicts(judge_text, index, text, as_of, kind)
    assert v.verdict == verdict, v.explanation
    assert words in v.explanation, v.explanation
    if verdict == "conflicting":
        assert v.suggestion == "Schloss Elmau"


@pytest.mark.parametrize("sentence, verdict", [
    # written in June, "next July" may be this July or next year's: the summit of July 2023 fits
    ("The next summit, in Vilnius next July, will be harder.", "verified"),
    ("The next summit, in Vilnius in July 2024, will be harder.", "conflicting"),  # a year, and the place fits
    ("The next summit, in Vilnius next June, will be harder.", "conflicting"),  # June 2023 only
    ("The next summit, in Paris in July 2024, will be harder.", "unknown"),  # the place does not bear it out
])
def test_the_next_summit(index, judge_text, sentence, verdict):
    text = "MADRID, July 2, 2022 — NATO leaders ended a three-day summit here on Thursday.\n\n" + sentence
    (v,) = event_verdicts(judge_text, index, text, "2022-07-02", "event-date")
    assert v.verdict == verdict, v.explanation
    assert "2023 NATO summit (Vilnius)" in v.explanation


def test_an_earlier_claim_identifies_the_own_event(index, judge_text):
    text = ("Leaders met at the G7 summit in Hiroshima on May 20. The previous gathering, held in Frankfurt "
            "last June, was chaired by Germany.")
    (_, v) = event_verdicts(judge_text, index, text, "2023-05-21", "event-place")
    assert v.verdict == "conflicting" and "49th G7 summit" in v.explanation


@pytest.mark.parametrize("text, verdict", [
    ("It was NATO's second summit in Madrid. The first, in July 1997, invited Poland to talks.", "verified"),
    ("It was NATO's second summit in Madrid. The first, in July 1999, invited Poland to talks.", "unknown"),
])
def test_an_ellipsis_means_an_earlier_event_of_the_series(index, judge_text, text, verdict):
    (v,) = event_verdicts(judge_text, index, text, "2022-06-30", "event-date")
    assert v.verdict == verdict, v.explanation
    assert "NATO summit in Madrid" in v.explanation


# --- deaths --------------------------------------------------------------------------------

LONDON = ("LONDON, Sept. 9, 2022 — King Charles III addressed the nation a day after the death of his mother, "
          "Queen Elizabeth II.\n\n")


@pytest.mark.parametrize("text, kind, verdict", [
    (LONDON + "The queen died at Balmoral Castle in Scotland on Thursday.", "event-place", "verified"),
    (LONDON + "The queen died at Windsor Castle on Thursday.", "event-place", "unknown"),  # never conflicting
    (LONDON + "The king died at Balmoral Castle on Thursday.", "event-place", "unknown"),  # Charles: no death
    ("The queen died at Balmoral Castle on Thursday.", "event-place", "unknown"),  # no queen named before
    ("Elizabeth II died at Balmoral Castle on Sept. 8, 2022.", "event-place", "verified"),
    ("Elizabeth II died at Balmoral Castle on Sept. 8, 2022.", "event-date", "verified"),
    ("Elizabeth II died at Balmoral Castle on Sept. 7, 2022.", "event-date", "unknown"),
])
def test_a_death_is_the_persons_death_event(index, judge_text, text, kind, verdict):
    (v,) = event_verdicts(judge_text, index, text, "2022-09-09", kind)
    assert v.verdict == verdict, v.explanation
    if verdict == "verified":
        assert "Death of Elizabeth II" in v.explanation


@pytest.mark.parametrize("sentence, verdict", [
    ("India's Chandrayaan-3 spacecraft touched down near the moon's south pole on Aug. 23, a success.", "verified"),
    ("India's Chandrayaan-3 spacecraft touched down near the moon's south pole on Aug. 25, a success.", "conflicting"),
])
def test_a_landing(index, judge_text, sentence, verdict):
    (v,) = event_verdicts(judge_text, index, sentence, "2023-09-10", "event-date")
    assert v.verdict == verdict, v.explanation
