"""Event series and generic events: the Olympics, party conventions, debates, earthquakes,
coups, royal occasions. A name many events bear ("the Olympics", "the Democratic
convention") needs a year, a date, a place or a side to pick one; a generic head ("the
earthquake", "the convention") verifies when one event fits every part written and never
conflicts; a date without a year beside an event years away is its day of the year."""
from __future__ import annotations

import pytest

from checker import load
from checker.index import ReferenceIndex

SERIES = """\
  - {id: CN, name: China, demonyms: [Chinese], capital: Beijing, source: desk}
  - {id: BR, name: Brazil, demonyms: [Brazilian], capital: Brasília, source: desk}
  - {id: JP, name: Japan, demonyms: [Japanese], capital: Tokyo, source: desk}
  - {id: MX, name: Mexico, demonyms: [Mexican], capital: Mexico City, source: desk}
  - {id: FR, name: France, demonyms: [French], capital: Paris, source: desk}
  - {id: ES, name: Spain, demonyms: [Spanish], capital: Madrid, source: desk}
  - {id: IT, name: Italy, demonyms: [Italian], capital: Rome, source: desk}
  - {id: TR, name: Turkey, demonyms: [Turkish], capital: Ankara, source: desk}
  - {id: SY, name: Syria, demonyms: [Syrian], capital: Damascus, source: desk}
  - {id: HT, name: Haiti, demonyms: [Haitian], capital: Port-au-Prince, source: desk}
  - {id: TH, name: Thailand, demonyms: [Thai], capital: Bangkok, source: desk}
  - {id: GB, name: United Kingdom, names: [Britain, UK], demonyms: [British], capital: London, source: desk}
  - {id: UA, name: Ukraine, demonyms: [Ukrainian], capital: Kyiv, source: desk}
events:
  - {id: ev.2008-so, name: 2008 Summer Olympics (Beijing), kind: other, aliases: [Olympics, Summer Olympics, Beijing Olympics],
     start: 2008-08-06, end: 2008-08-24, place: Beijing, country: CN, source: desk}
  - {id: ev.2022-wo, name: 2022 Winter Olympics (Beijing), kind: other, aliases: [Olympics, Winter Olympics, Beijing Olympics],
     start: 2022-02-02, end: 2022-02-20, place: Beijing, country: CN, source: desk}
  - {id: ev.2016-so, name: 2016 Summer Olympics (Rio de Janeiro), kind: other, aliases: [Olympics, Summer Olympics, Rio Olympics],
     start: 2016-08-03, end: 2016-08-21, place: Rio de Janeiro, country: BR, source: desk}
  - {id: ev.2020-so, name: 2020 Summer Olympics (Tokyo), kind: other,
     aliases: [Olympics, Summer Olympics, Tokyo Olympics, 2020 Olympics, 2020 Tokyo Olympics, Tokyo 2020],
     start: 2021-07-21, end: 2021-08-08, place: Tokyo, country: JP, source: desk}
  - {id: ev.1968-so, name: 1968 Summer Olympics (Mexico City), kind: other, aliases: [Olympics, Summer Olympics],
     start: 1968-10-12, end: 1968-10-27, place: Mexico City, country: MX, source: desk}
  - {id: ev.1968-wo, name: 1968 Winter Olympics (Grenoble), kind: other, aliases: [Olympics, Winter Olympics],
     start: 1968-02-06, end: 1968-02-18, place: Grenoble, country: FR, source: desk}
  - {id: ev.1996-dnc, name: 1996 Democratic National Convention (Chicago), kind: other,
     aliases: [Democratic National Convention, Democratic convention], start: 1996-08-26, end: 1996-08-29, place: Chicago,
     country: US, participants: [US], source: desk}
  - {id: ev.2008-dnc, name: 2008 Democratic National Convention (Denver), kind: other,
     aliases: [Democratic National Convention, Democratic convention], start: 2008-08-25, end: 2008-08-28, place: Denver,
     country: US, participants: [US], people: [Q76], source: desk}
  - {id: ev.2016-dnc, name: 2016 Democratic National Convention (Philadelphia), kind: other,
     aliases: [Democratic National Convention, Democratic convention], start: 2016-07-25, end: 2016-07-28,
     place: Philadelphia, country: US, participants: [US], source: desk}
  - {id: ev.2024-dnc, name: 2024 Democratic National Convention (Chicago), kind: other,
     aliases: [Democratic National Convention, Democratic convention], start: 2024-08-19, end: 2024-08-22, place: Chicago,
     country: US, participants: [US], source: desk}
  - {id: ev.2016-rnc, name: 2016 Republican National Convention (Cleveland), kind: other,
     aliases: [Republican National Convention, Republican convention, GOP convention], start: 2016-07-18, end: 2016-07-21,
     place: Cleveland, country: US, participants: [US], people: [Q22686], source: desk}
  - {id: ev.2024-debate-1, name: First presidential debate of 2024 (Biden-Trump), kind: other,
     aliases: [presidential debate, Biden-Trump debate, Trump-Biden debate], start: 2024-06-27, place: Atlanta,
     country: US, participants: [US], people: [Q6279, Q22686], source: desk}
  - {id: ev.2024-debate-2, name: Second presidential debate of 2024 (Harris-Trump), kind: other,
     aliases: [presidential debate, Harris-Trump debate, Trump-Harris debate], start: 2024-09-10, place: Philadelphia,
     country: US, participants: [US], people: [Q22686], source: desk}
  - {id: ev.2009-laquila, name: 2009 L'Aquila earthquake, kind: other, aliases: ["L'Aquila earthquake"], start: 2009-04-06,
     place: "L'Aquila", country: IT, source: desk}
  - {id: ev.2010-haiti, name: 2010 Haiti earthquake, kind: other, aliases: [Haiti earthquake], start: 2010-01-12,
     place: Port-au-Prince, country: HT, source: desk}
  - {id: ev.2021-haiti, name: 2021 Haiti earthquake, kind: other, aliases: [Haiti earthquake], start: 2021-08-14,
     country: HT, source: desk}
  - {id: ev.2017-chiapas, name: 2017 Chiapas earthquake, kind: other, aliases: [2017 Chiapas earthquake], start: 2017-09-07,
     end: 2017-09-08, country: MX, source: desk}
  - {id: ev.2017-puebla, name: 2017 Puebla earthquake, kind: other, aliases: [2017 Puebla earthquake], start: 2017-09-19,
     place: Mexico City, country: MX, source: desk}
  - {id: ev.2023-turkey, name: 2023 Turkey-Syria earthquakes, kind: other, aliases: [Turkey-Syria earthquake],
     start: 2023-02-06, place: Kahramanmaraş, country: TR, participants: [TR, SY], source: desk}
  - {id: ev.2006-thai, name: 2006 Thai coup, kind: other, aliases: [Thai coup], start: 2006-09-19, place: Bangkok,
     country: TH, source: desk}
  - {id: ev.2014-thai, name: 2014 Thai coup, kind: other, aliases: [Thai coup], start: 2014-05-22, place: Bangkok,
     country: TH, source: desk}
  - {id: ev.1953-coronation, name: Coronation of Elizabeth II, kind: other,
     aliases: ["Elizabeth II's coronation", "Queen Elizabeth II's coronation", "the Queen's coronation"],
     start: 1953-06-02, place: Westminster Abbey, country: GB, source: desk}
  - {id: ev.2023-coronation, name: Coronation of Charles III, kind: other,
     aliases: ["Charles III's coronation", "King Charles III's coronation", "King Charles's coronation"],
     start: 2023-05-06, place: Westminster Abbey, country: GB, source: desk}
  - {id: ev.2022-jubilee, name: Platinum Jubilee of Elizabeth II, kind: other,
     aliases: [Platinum Jubilee, Platinum Jubilee celebrations], start: 2022-02-06, end: 2022, country: GB, source: desk}
  - {id: ev.2016-brexit, name: Brexit referendum, kind: referendum, aliases: [Brexit referendum], start: 2016-06-23,
     country: GB, participants: [GB], source: desk}
  - {id: ev.1945-hiroshima, name: Atomic bombing of Hiroshima, kind: attack,
     aliases: [atomic bombing of Hiroshima, bombing of Hiroshima], start: 1945-08-06, place: Hiroshima, country: JP,
     participants: [US, JP], source: desk}
  - {id: ev.2018-skripal, name: Poisoning of Sergei and Yulia Skripal, kind: attack, aliases: [poisoning of Sergei Skripal],
     start: 2018-03-04, place: Salisbury, country: GB, source: desk}
  - {id: ev.2014-yanukovych, name: Removal of Viktor Yanukovych, kind: other, aliases: [ouster of Viktor Yanukovych],
     start: 2014-02-22, place: Kyiv, country: UA, source: desk}
  - {id: ev.2015-cop21, name: United Nations Climate Change Conference 2015 (COP21), kind: summit,
     aliases: [COP21, Paris climate conference], start: 2015-11-30, end: 2015-12-12, place: Paris, country: FR, source: desk}
  - {id: ev.2009-cop15, name: United Nations Climate Change Conference 2009 (COP15), kind: summit,
     aliases: [COP15, Copenhagen climate conference], start: 2009-12-07, end: 2009-12-18, place: Copenhagen, source: desk}
  - {id: ev.2021-cop26, name: United Nations Climate Change Conference 2021 (COP26), kind: summit,
     aliases: [COP26, Glasgow climate conference, UN climate conference], start: 2021-10-31, end: 2021-11-13,
     place: Glasgow, country: GB, source: desk}
  - {id: ev.1997-cop3, name: Kyoto climate conference (COP3), kind: summit, aliases: [COP3, Kyoto climate conference],
     start: 1997-12-01, end: 1997-12-11, place: Kyoto, country: JP, source: desk}
  - {id: ev.2022-cop27, name: United Nations Climate Change Conference 2022 (COP27), kind: summit,
     aliases: [COP27, Sharm el-Sheikh climate conference], start: 2022-11-06, end: 2022-11-20, place: Sharm el-Sheikh,
     source: desk}
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from tests.checker.conftest import BASE, write_base

    countries, events = SERIES.split("events:\n")
    text = BASE.replace("offices:\n", countries + "offices:\n", 1) + "events:\n" + events
    folder = write_base(tmp_path_factory.mktemp("series") / "ref", text)
    return ReferenceIndex(load.load(load.files_in(folder, "ref")), "test")


def verdict(judge_text, index, text, as_of, kind):
    found = [v for v in judge_text(index, text, as_of) if v.claim.kind == kind]
    assert len(found) == 1, [(v.claim.kind, v.claim.text) for v in judge_text(index, text, as_of)]
    return found[0]


@pytest.mark.parametrize("sentence, as_of, verdict_, reason, suggestion", [
    # the Olympics: a series, told apart by year, place, date
    ("Xi oversaw the Beijing Olympics, which opened in August 2008.", "2013-03-16", "verified", "event-date-matches", None),
    ("Brazil hosted the 2016 Olympics in Rio de Janeiro.", "2022-10-31", "verified", "event-date-matches", None),
    ("Brazil hosted the Rio Olympics in 2015.", "2022-10-31", "conflicting", "event-date-mismatch", "2016"),
    ("Tokyo will host the Olympics in 2019.", "2018-01-10", "unknown", "event-ambiguous", None),  # no Games that year
    ("The Beijing Olympics in August 2009 drew crowds.", "2013-03-16", "unknown", "event-ambiguous", None),  # two of that name
    ("The 2020 Tokyo Olympics, held in 2021, drew no spectators.", "2021-09-01", "verified", "event-date-matches", None),
    ("The Tokyo Olympics, postponed in March, are now scheduled to open on July 23, 2021.", "2020-09-17",
     "verified", "event-date-matches", None),
    # party conventions: a party's name is a series; the month picks the year's one
    ("Clinton accepted the nomination at the Democratic convention in August 2016.", "2016-11-09",
     "conflicting", "event-date-mismatch", "July 2016"),
    ("Delegates will gather for the Democratic convention in Chicago on Aug. 19.", "2024-07-22",
     "verified", "event-date-matches", None),
    ("The Democratic convention in 2015 chose no one.", "2016-11-09", "unknown", "event-ambiguous", None),
    # a generic head: verified when one event fits, never conflicting
    ("Trump accepted the nomination at the party's convention in Cleveland in July.", "2016-11-09",
     "verified", "event-date-matches", None),
    ("Merkel spoke at the party's convention in Essen in December 2016.", "2016-12-10", "unknown", "event-not-found", None),
    ("The Feb. 6 earthquakes killed more than 50,000 people.", "2023-05-29", "verified", "event-date-matches", None),
    ("The capital was hit by the Sept. 19, 2017, earthquake.", "2024-06-03", "verified", "event-date-matches", None),
    ("The capital was hit by the Sept. 20, 2017, earthquake.", "2024-06-03", "unknown", "event-not-found", None),
    ("The Chiapas quake of Sept. 8, 2017, came first.", "2024-06-03", "verified", "event-date-matches", None),
    ("Rescuers dug after the earthquake in Haiti in January 2010.", "2010-02-01", "verified", "event-date-matches", None),
    ("Biden faltered in the June 27 debate in Atlanta.", "2024-07-22", "verified", "event-date-matches", None),
    ("Biden faltered in the June 28 debate in Atlanta.", "2024-07-22", "unknown", "event-not-found", None),
    ("She was crowned at her coronation at Westminster Abbey in June 1953.", "2022-09-09", "verified", "event-date-matches", None),
    ("Britain voted in the referendum held on Thursday, June 23.", "2016-06-24", "verified", "event-date-matches", None),
    ("The pound fell after Britain's Brexit vote in June.", "2016-11-09", "verified", "event-date-matches", None),
    ("May lost the Brexit vote on Jan. 15 by 230 votes.", "2019-01-16", "unknown", "event-not-found", None),  # in Parliament
    ("The climate conference in Paris, which opens on Monday, Nov. 30, is crucial.", "2015-11-05",
     "verified", "event-date-matches", None),
    # names of one event: a wrong date conflicts, the right one in the event's year is the suggestion
    ("The summit was moved after the L'Aquila earthquake of April 2010.", "2022-10-23",
     "conflicting", "event-date-mismatch", "April 2009"),
    ("Her Platinum Jubilee celebrations in June 2021 drew crowds.", "2022-09-09", "conflicting", "event-date-mismatch", "June 2022"),
    ("The Thai coup in September 2014 ended months of protest.", "2015-01-10", "conflicting", "event-date-mismatch", "May 2014"),
    ("The Thai coup in 1991 was bloodless.", "2015-01-10", "unknown", "event-ambiguous", None),  # not every coup is here
    ("The Harris-Trump debate on Sept. 11 drew 67 million viewers.", "2024-09-20",
     "conflicting", "event-date-mismatch", "September 10, 2024"),
    ("Ties worsened after the poisoning of a former Russian spy, Sergei Skripal, in Salisbury in March 2018.",
     "2018-07-16", "verified", "event-date-matches", None),
    ("The Maidan protests drove Viktor Yanukovych from power in February 2014.", "2019-04-22",
     "verified", "event-date-matches", None),
    # a date without a year beside an event years away: its day of the year, never contradicted
    ("Japan marked the atomic bombing of Hiroshima on Aug. 6 with a silent prayer.", "2023-08-07",
     "verified", "event-date-matches", None),
    ("Crowds marked the bombing of Hiroshima on Aug. 5 with lanterns.", "2023-08-07", "unknown", "no-anchor", None),
    # a place the base knows, where no event of the name was: maybe another event, no contradiction
    ("The Brexit referendum in Paris in 2015 was a stunt.", "2016-11-09", "unknown", "event-ambiguous", None),
    # a word before the name that no event of it bears: maybe another event
    ("The 2008 Youth Olympics in Singapore were the first.", "2010-01-01", "unknown", "event-not-found", None),
])
def test_series_and_generic_dates(index, judge_text, sentence, as_of, verdict_, reason, suggestion):
    v = verdict(judge_text, index, sentence, as_of, "event-date")
    assert (v.verdict, v.reason) == (verdict_, reason), v.explanation
    if suggestion:
        assert v.suggestion == suggestion


@pytest.mark.parametrize("sentence, as_of, verdict_", [
    ("Xi oversaw the Beijing Olympics, which opened in August 2008.", "2013-03-16", "verified"),
    ("The summit was moved after the L'Aquila earthquake of April 2010.", "2022-10-23", "verified"),  # the name says where
    ("Brazil hosted the 2016 Olympics in Rio de Janeiro.", "2022-10-31", "verified"),
    ("Troops fired days before the 1968 Olympics in Mexico City opened.", "2024-06-03", "verified"),  # two Games in 1968
    ("Clinton was nominated at the Democratic convention in Philadelphia.", "2016-11-09", "verified"),
    ("Trump accepted the nomination at the party's convention in Cleveland in July.", "2016-11-09", "verified"),
    ("Biden faltered in the June 27 debate in Atlanta.", "2024-07-22", "verified"),
    ("She was crowned at her coronation at Westminster Abbey in June 1953.", "2022-09-09", "verified"),
    ("Brazil hosted the 2016 Olympics in Madrid.", "2022-10-31", "conflicting"),  # a year picks one Games
    ("The Olympics in Madrid would be a first.", "2021-07-01", "unknown"),  # which Games?
    ("The party's convention in Cleveland in August 2016 was rowdy.", "2016-11-09", "unknown"),  # a generic head
])
def test_series_and_generic_places(index, judge_text, sentence, as_of, verdict_):
    v = verdict(judge_text, index, sentence, as_of, "event-place")
    assert v.verdict == verdict_, v.explanation


def test_a_failed_coup_whose_country_the_sentence_does_not_give_is_unknown(index, judge_text):
    # "Erdogan" is no one this base knows: which country's coup is meant is not clear
    (v,) = [v for v in judge_text(index, "Erdogan also invoked the failed coup of July 2015.", "2023-05-29")
            if v.claim.kind.startswith("event")]
    assert v.verdict == "unknown" and "not clear" in v.explanation
