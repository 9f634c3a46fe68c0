"""Event claims against the bundled base: an event's name as the subject of a main verb
("The Gulf War began in January 1991"), acts ("was adopted", "was introduced"), an attack's
target before its date, and prizes won (the Nobel Peace Prize laureates of
reference/curated/events-nobel.yaml)."""
from __future__ import annotations


import pytest



@pytest.fixture(scope="module")
def index(bundled_index):
    return bundled_index


@pytest.fixture(scope="module")
def check(check_bundled):
    def run(text: str) -> list[tuple[str, str, str | None]]:
        return [(v.claim.text, v.verdict, v.suggestion) for v in check_bundled(text).verdicts
                if v.claim.kind == "event-date"]

    return run


@pytest.mark.parametrize("sentence, text, verdict", [
    # main verbs with the event's name as subject
    ("Russia's full-scale invasion began on Feb. 24, 2022, and the war goes on.",
     "Russia's full-scale invasion began on Feb. 24, 2022", "verified"),
    ("Russia's full-scale invasion began on Feb. 24, 2023, officials said.",
     "Russia's full-scale invasion began on Feb. 24, 2023", "conflicting"),  # still going on: began before
    ("Hurricane Katrina struck New Orleans in August 2005.", "Hurricane Katrina struck New Orleans in August 2005",
     "verified"),
    ("Hurricane Katrina struck New Orleans in August 2006.", "Hurricane Katrina struck New Orleans in August 2006",
     "conflicting"),
    ("The Gulf War began in January 1991.", "Gulf War began in January 1991", "verified"),  # a day of the war
    ("The Gulf War ended in February 1991.", "Gulf War ended in February 1991", "verified"),
    ("The Arab Spring began in Tunisia in December 2010.", "Arab Spring began in Tunisia in December 2010", "verified"),
    ("The Fukushima nuclear disaster followed in March 2011.", "Fukushima nuclear disaster followed in March 2011",
     "verified"),
    ("The 9/11 attacks occurred on Sept. 11, 2001.", "9/11 attacks occurred on Sept. 11, 2001", "verified"),
    # acts: named for the act, they may conflict
    ("The Paris climate agreement was adopted in December 2015.",
     "Paris climate agreement was adopted in December 2015", "verified"),
    ("The Paris climate agreement was adopted in December 2016.",
     "Paris climate agreement was adopted in December 2016", "conflicting"),
    ("The Camp David Accords were signed in 1978.", "Camp David Accords were signed in 1978", "verified"),
    ("The Camp David Accords were signed in 1979.", "Camp David Accords were signed in 1979", "conflicting"),
    ("The euro was introduced in January 1999.", "The euro was introduced in January 1999", "verified"),
    ("The euro was introduced in 2002.", "The euro was introduced in 2002", "verified"),  # as notes and coins
    ("The euro was introduced in 2000.", "The euro was introduced in 2000", "unknown"),  # which introduction?
    # an act the event is not named for verifies only
    ("Russia's invasion of Ukraine, launched in 2021, goes on.", "Russia's invasion of Ukraine, launched in 2021",
     "unknown"),
    # an act after the one the event is dated by: neither verified nor contradicted by that date
    ("The Lisbon Treaty entered into force in December 2007.", "Lisbon Treaty entered into force in December 2007",
     "unknown"),
    ("The Paris climate agreement was ratified in December 2015.",
     "Paris climate agreement was ratified in December 2015", "unknown"),
    ("The Iran nuclear deal, struck in July 2016, collapsed.", "Iran nuclear deal, struck in July 2016", "unknown"),
    # an attack's target between the name and the date
    ("The 9/11 attacks on New York and Washington on Sept. 11, 2001, changed everything.",
     "9/11 attacks on New York and Washington on Sept. 11, 2001", "verified"),
    ("The 9/11 attacks on the World Trade Center, on Sept. 12, 2001, changed everything.",
     "9/11 attacks on the World Trade Center, on Sept. 12, 2001", "conflicting"),
])
def test_verbs(check, sentence, text, verdict):
    found = {t: v for t, v, _ in check(sentence)}
    assert found.get(text) == verdict, found


def test_a_day_that_names_an_attack_long_past(check):
    # "Sept. 11" without a year, in an article of 2021: the day of the 2001 attacks
    found = {t: v for t, v, _ in check("NEW YORK, Sept. 10, 2021 —\n\nThe Sept. 11 terror attacks killed nearly 3,000 "
                                       "people.\n\nThe Feb. 6 earthquakes killed no one here.")}
    assert found.get("Sept. 11 terror attacks") == "verified", found
    assert "conflicting" not in found.values()


@pytest.mark.parametrize("sentence", [
    "Euromaidan began in Lviv in November 2013.",  # protests in many cities: where it began is one of them
    "The Iranian Revolution began in Qom in January 1978.",
    "The Beslan school siege ended in Moscow in 2004.",
])
def test_where_an_event_began_never_conflicts(check_bundled, sentence):
    report = check_bundled(sentence)
    assert all(v.verdict != "conflicting" for v in report.verdicts), [(v.claim.text, v.explanation) for v in report.verdicts]


def test_a_main_verb_needs_a_name(check):
    # "The summit opened on ..." says which days the summit had, not which summit it was
    assert check("The summit opened on Wednesday 16 June 2021 in Geneva.") == []


@pytest.mark.parametrize("sentence, text, verdict, suggestion", [
    ("Obama, who won the Nobel Peace Prize in 2009, spoke.", "Obama, who won the Nobel Peace Prize in 2009",
     "verified", None),
    ("Barack Obama, who won the Nobel Peace Prize in 2008, spoke.",
     "Barack Obama, who won the Nobel Peace Prize in 2008", "conflicting", "2009"),
    ("The 2007 Nobel Peace Prize, shared by Al Gore and the IPCC, was a surprise.",
     "2007 Nobel Peace Prize, shared by Al Gore and the IPCC", "verified", None),
    ("The 2008 Nobel Peace Prize, shared by Al Gore and the IPCC, was a surprise.",
     "2008 Nobel Peace Prize, shared by Al Gore and the IPCC", "conflicting", "2007"),
    ("Nobel Peace Prize laureate Malala Yousafzai spoke in Oslo.", "Nobel Peace Prize laureate Malala Yousafzai",
     "verified", None),
    ("Malala Yousafzai, the 2013 Nobel Peace Prize laureate, spoke.",
     "Malala Yousafzai, the 2013 Nobel Peace Prize laureate", "conflicting", "2014"),
    ("Sadat and Begin won the Nobel Peace Prize in 1978.", "Sadat and Begin won the Nobel Peace Prize in 1978",
     "verified", None),
    ("The Nobel Peace Prize, awarded to Barack Obama in 2008, surprised many.",
     "Nobel Peace Prize, awarded to Barack Obama in 2008", "conflicting", "2009"),
    ("Obama won the Nobel Peace Prize in October, aides said.", "Obama won the Nobel Peace Prize in October",
     "unknown", None),  # no year written: read from the article's date, never contradicted
    ("Mikhail Gorbachev won the Nobel Peace Prize in 1990.", "Mikhail Gorbachev won the Nobel Peace Prize in 1990",
     "verified", None),
    ("Former U.S. President Jimmy Carter was awarded the Nobel Peace Prize in 2002.",
     "Former U.S. President Jimmy Carter was awarded the Nobel Peace Prize in 2002", "verified", None),
    # laureates the base does not know as people: by the words of the event's name
    ("Maria Ressa won the Nobel Peace Prize in 2021.", "Maria Ressa won the Nobel Peace Prize in 2021",
     "verified", None),
    # never a conflict: an unknown winner, a known person who never won it, no year, no prize that year
    ("Maria Ressa won the Nobel Peace Prize in 2020.", "Maria Ressa won the Nobel Peace Prize in 2020",
     "unknown", None),
    ("Joe Biden won the Nobel Peace Prize in 2009.", "Joe Biden won the Nobel Peace Prize in 2009", "unknown", None),
    ("Nobel Peace Prize laureate Joe Biden spoke.", "Nobel Peace Prize laureate Joe Biden", "unknown", None),
    ("Obama won the Nobel Peace Prize in 1985.", "Obama won the Nobel Peace Prize in 1985", "unknown", None),
])
def test_awards(check, sentence, text, verdict, suggestion):
    found = {t: (v, s) for t, v, s in check(sentence)}
    assert text in found, found
    assert found[text][0] == verdict, found
    if suggestion:
        assert found[text][1] == suggestion


def test_a_prize_that_might_have_been_won_makes_no_claim(check):
    assert check("Trump would have won the Nobel Peace Prize in 2020, he said.") == []
    assert check("Trump has never won the Nobel Peace Prize.") == []


def test_every_nobel_year_is_cited_and_its_people_known(index):
    prizes = [e for e in index.event_records.values() if "events-nobel.yaml" in e.ref]
    years = sorted(e.start.lo.year for e in prizes)
    assert set(range(1990, 2026)) <= set(years) and len(years) == len(set(years))
    for e in prizes:
        assert e.kind == "other" and e.source == "curated" and (e.cite or "").startswith("https://"), e.id
        assert e.start.precision == "year" and "Nobel Peace Prize" in e.aliases, e.id
        assert all(p in index.people for p in e.people), e.id
