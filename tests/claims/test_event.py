"""Event grammars: named events with a date (event-date) or a place (event-place)."""
from __future__ import annotations

import pytest

from claims.extract import Extractor
from claims.read import parse
from claims.vocabulary import Vocabulary

TITLES = ("President", "Vice President", "Prime Minister", "Chancellor", "Secretary of State")
COUNTRIES = ("Russia", "Russian", "US", "U.S.", "United States", "America", "American", "Britain", "British",
             "UK", "Ukraine", "Ukrainian", "France", "French", "Syria", "Switzerland", "Finland")
CAPITALS = ("Moscow", "Washington", "Kyiv", "Paris")


def assert_located(text, claim):
    assert text[claim.start : claim.end] == claim.text
    for key, (lo, hi) in claim.slot_spans.items():
        assert text[lo:hi] == claim.slots[key], key

EVENT_ALIASES = (
    "annexation of Crimea", "Crimea's annexation", "intervention in Syria", "Brexit referendum",
    "EU membership referendum", "invasion of Ukraine", "Minsk agreements", "Good Friday Agreement",
    "attack on the Capitol", "visit to Hiroshima", "G7 summit", "NATO summit", "Trump-Kim summit",
    "Helsinki summit", "Geneva summit", "Paris Agreement", "invasion of Iraq", "US-led invasion of Iraq",
    "fall of the Berlin Wall", "collapse of Lehman Brothers", "Charlie Hebdo attack", "Lisbon Treaty",
    "Cornwall summit", "killing of Osama bin Laden",
)
PLACES = ("Geneva", "Helsinki", "Biarritz", "Vilnius", "Hanoi", "Vienna", "Glasgow", "Madrid", "Lisbon", "Mumbai",
          "Warsaw")


def claims_of(vocabulary: Vocabulary):
    """claims(text, kind): the located claims of that kind the vocabulary's grammars find."""
    extractor = Extractor(vocabulary)

    def claims(text: str, kind: str) -> list:
        found = extractor.claims(parse(text, "a.txt"))
        for c in found:
            assert_located(text, c)
        return [c for c in found if c.kind == kind]

    return claims


@pytest.fixture(scope="module")
def run():
    return claims_of(Vocabulary(titles=TITLES, countries=COUNTRIES,
                                capitals=CAPITALS, event_aliases=EVENT_ALIASES, event_places=PLACES))


DATES = [
    ("Russia's 2014 annexation of Crimea drew sanctions.", "Russia's 2014 annexation of Crimea",
     {"event": "annexation of Crimea", "date_iso": "2014", "agent": "Russia"}),
    ("Moscow defended its 2015 intervention in Syria.", "its 2015 intervention in Syria",
     {"event": "intervention in Syria", "date_iso": "2015", "agent": "its"}),
    ("Markets fell after the 2016 Brexit referendum.", "2016 Brexit referendum", {"date_iso": "2016"}),
    ("Markets fell after the June 2016 Brexit referendum.", "June 2016 Brexit referendum", {"date_iso": "2016-06"}),
    ("The Brexit referendum of June 23, 2016, split families.", "Brexit referendum of June 23, 2016",
     {"date_iso": "2016-06-23", "date_position": "after"}),
    ("Sanctions followed the annexation of Crimea by Russia in March 2014.",
     "annexation of Crimea by Russia in March 2014", {"agent": "Russia", "date_iso": "2014-03"}),
    ("The leaders met at the Geneva summit on June 16, 2021, for four hours.", "Geneva summit on June 16, 2021",
     {"place": "Geneva", "date_iso": "2021-06-16"}),
    ("Trade dominated the 2019 G7 summit in Biarritz.", "2019 G7 summit in Biarritz",
     {"qualifier": "G7", "place": "Biarritz", "date_iso": "2019"}),
    ("Britain joined the US-led invasion of Iraq in 2003.", "US-led invasion of Iraq in 2003", {"date_iso": "2003"}),
    ("Obama's 2016 visit to Hiroshima was brief.", "Obama's 2016 visit to Hiroshima", {"agent": "Obama", "date_iso": "2016"}),
    ("The Jan. 6, 2021, attack on the Capitol was investigated.", "Jan. 6, 2021, attack on the Capitol",
     {"date_iso": "2021-01-06"}),
    ("Crimea's annexation in 2014 changed the map.", "Crimea's annexation in 2014", {"date_iso": "2014"}),
    # a range of days is judged by its first day; a region in apposition keeps the date the event's
    ("Delegates flew to the NATO summit in Vilnius on July 11-12, 2023, by way of Warsaw.",
     "NATO summit in Vilnius on July 11-12, 2023", {"place": "Vilnius", "date_iso": "2023-07-11"}),
    ("She will attend the G7 summit in Biarritz, France, on Aug. 24-26 before flying home.",
     "G7 summit in Biarritz, France, on Aug. 24-26", {"region": "France", "date_md": "08-24"}),
    ("The delegates reached the Madrid summit on June 28-30, 2022, after delays.",
     "Madrid summit on June 28-30, 2022", {"date_iso": "2022-06-28"}),
]


TRIPS = [
    ("Biden visited Kyiv on Feb. 20, 2023, and then Warsaw.", "Biden visited Kyiv on Feb. 20, 2023",
     {"side_a": "Biden", "verb": "visited", "place": "Kyiv", "date_iso": "2023-02-20"}),
    ("President Joe Biden made an unannounced visit to Kyiv on Monday, Feb. 20.",
     "President Joe Biden made an unannounced visit to Kyiv on Monday, Feb. 20",
     {"side_a": "President Joe Biden", "verb": "visit", "date": "Feb. 20", "date_md": "02-20"}),
    ("Blinken flew to Brussels in March 2022 for talks.", "Blinken flew to Brussels in March 2022",
     {"side_a": "Blinken", "place": "Brussels", "place_known": "no", "date_iso": "2022-03"}),
    ("Macron's trip to Beijing in April 2023 drew criticism.", "Macron's trip to Beijing in April 2023",
     {"side_a": "Macron", "place": "Beijing"}),
]


@pytest.mark.parametrize("sentence, text, slots", TRIPS, ids=[t[1] for t in TRIPS])
def test_trips(run, sentence, text, slots):
    (claim,) = [c for c in run(sentence, "event-date") if c.slots["shape"] == "trip"]
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


@pytest.mark.parametrize("sentence", [
    "He visited Kyiv in 2023.",  # no name: nothing to look up
    "Biden would have visited Kyiv in 2022 if invited.",  # not something that happened
    "Biden visited Kyiv, aides said.",  # no date
])
def test_no_trip(run, sentence):
    assert not [c for c in run(sentence, "event-date") + run(sentence, "event-place") if c.slots["shape"] == "trip"]


@pytest.mark.parametrize("sentence, text, slots", DATES, ids=[d[1] for d in DATES])
def test_event_dates(run, sentence, text, slots):
    (claim,) = run(sentence, "event-date")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


PLACES_FORMS = [
    ("Officials prepared a US-Russia summit in Geneva.", "US-Russia summit in Geneva", {"pair": "US-Russia", "place": "Geneva"}),
    ("Critics still talk about the Helsinki summit.", "Helsinki summit", {"place": "Helsinki", "place_position": "before"}),
    ("The summit in Vienna between Joe Biden and Vladimir Putin was short.",
     "summit in Vienna between Joe Biden and Vladimir Putin", {"place": "Vienna", "side_a": "Joe Biden", "side_b": "Vladimir Putin"}),
    ("The Trump-Kim summit in Hanoi collapsed.", "Trump-Kim summit in Hanoi", {"qualifier": "Trump-Kim", "place": "Hanoi"}),
    ("Biden's Helsinki summit with Putin lasted hours.", "Biden's Helsinki summit with Putin",
     {"agent": "Biden", "side_b": "Putin", "place": "Helsinki"}),
    ("Allies gathered at the NATO summit in Vilnius in July 2023.", "NATO summit in Vilnius in July 2023",
     {"qualifier": "NATO", "place": "Vilnius", "date_iso": "2023-07"}),
]


@pytest.mark.parametrize("sentence, text, slots", PLACES_FORMS, ids=[p[1] for p in PLACES_FORMS])
def test_event_places(run, sentence, text, slots):
    (claim,) = run(sentence, "event-place")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


@pytest.mark.parametrize("sentence", [
    "A summit in Geneva was productive.",  # nothing says which summit
    "A summit on June 16, 2021, ended early.",
    "In 2014, then-Vice President Joe Biden travelled to Kyiv after Russia annexed Crimea.",
    "The annexation of Crimea was condemned by 100 countries.",  # no date, no place
    "After the Brexit referendum, in 2019 Parliament voted again.",  # the date is another clause's
    "Since 2014 the annexation of Crimea has shaped policy.",
    "The Iran-Iraq war ended in 1988.",
])
def test_no_event_claim(run, sentence):
    assert run(sentence, "event-date") == []
    assert run(sentence, "event-place") == []


# Verb forms, participles, year-less and relative dates, generic heads, meetings.
NEW_DATES = [
    ("Russia annexed Crimea in March 2014, the minister said.", "Russia annexed Crimea in March 2014",
     {"event": "annexation of Crimea", "agent": "Russia", "date_iso": "2014-03"}),
    ("Moscow says it invaded Ukraine on Feb. 24, 2022, to protect Russians.", "invaded Ukraine on Feb. 24, 2022",
     {"event": "invasion of Ukraine", "date_iso": "2022-02-24"}),
    ("Crimea was annexed by Russia in 2014.", "Crimea was annexed by Russia in 2014",
     {"event": "annexation of Crimea", "agent": "Russia", "date_iso": "2014"}),
    ("The Berlin Wall fell in November 1989, and the map changed.", "The Berlin Wall fell in November 1989",
     {"event": "fall of the Berlin Wall", "date_iso": "1989-11"}),
    ("Banks froze after Lehman Brothers collapsed in September 2008.", "Lehman Brothers collapsed in September 2008",
     {"event": "collapse of Lehman Brothers", "date_iso": "2008-09"}),
    ("Students marked the fall of the Berlin Wall in 1989 with a concert.", "fall of the Berlin Wall in 1989",
     {"date_iso": "1989"}),
    ("Security tightened after the Charlie Hebdo attack in January 2015.", "Charlie Hebdo attack in January 2015",
     {"date_iso": "2015-01"}),
    ("Its rules come from the Lisbon Treaty, signed in Lisbon in December 2007, which changed voting.",
     "Lisbon Treaty, signed in Lisbon in December 2007", {"place": "Lisbon", "date_iso": "2007-12", "participle": "signed"}),
    ("The Lisbon Treaty was signed in 2007.", "Lisbon Treaty was signed in 2007", {"date_iso": "2007"}),
    ("Tourism slumped after the attacks in Mumbai in November 2008.", "attacks in Mumbai in November 2008",
     {"head": "attacks", "place": "Mumbai", "date_iso": "2008-11"}),
    ("Tourism slumped after the November 2008 attacks in Mumbai.", "November 2008 attacks in Mumbai",
     {"head": "attacks", "place": "Mumbai", "date_iso": "2008-11"}),
    ("Reporters gathered at the 2021 G7 summit in Cornwall.", "2021 G7 summit in Cornwall",
     {"qualifier": "G7", "place": "Cornwall", "place_known": "no", "date_iso": "2021"}),
    ("Leaders meet at the G7 summit in Biarritz next month.", "G7 summit in Biarritz next month",
     {"date_rel": "month+1", "place": "Biarritz"}),
    ("Allies recalled last year's NATO summit in Vilnius.", "last year's NATO summit in Vilnius",
     {"date_rel": "year-1", "qualifier": "NATO"}),
    ("Zelensky spoke months after Russia's invasion on Feb. 24.", "Russia's invasion on Feb. 24",
     {"shape": "generic", "agent": "Russia", "date_md": "02-24"}),
    ("Blair hosted the July G7 summit as bombs went off.", "July G7 summit", {"date_md": "07", "date_position": "before"}),
    ("Bush and Gorbachev met in Helsinki in September 1990 for a day.", "Bush and Gorbachev met in Helsinki in September 1990",
     {"shape": "meeting", "side_a": "Bush", "side_b": "Gorbachev", "place": "Helsinki", "date_iso": "1990-09"}),
    ("NATO's 2016 summit in Warsaw agreed to send battalions.", "NATO's 2016 summit in Warsaw",
     {"qualifier": "NATO", "date_iso": "2016", "place": "Warsaw"}),
    ("Allies recalled the 2008 summit in Bucharest.", "2008 summit in Bucharest", {"date_iso": "2008", "place": "Bucharest"}),
]


@pytest.mark.parametrize("sentence, text, slots", NEW_DATES, ids=[d[1] for d in NEW_DATES])
def test_new_event_date_forms(run, sentence, text, slots):
    (claim,) = run(sentence, "event-date")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


@pytest.mark.parametrize("sentence", [
    "Leaders met in Helsinki.",  # no sides, no date: nothing to check
    "Sales fell in March 2014 after the annexation.",  # the date is not the event's
    "Prices rose in 2014 after Russia annexed Crimea.",  # the date is before the verb
    "Russia would not have annexed Crimea in 2013 without the protests.",  # negated, modal
    "Analysts feared Russia could invade Ukraine in January.",
    "The attacks in 2014 were condemned.",  # a bare head needs a place or an agent
    "Obama signed the treaty in the Spanish Hall of Prague Castle.",  # "Spanish" is part of a name
    "The Lisbon Treaty, held in high regard, took effect.",  # "held" without a place or date
    "The G7 summit in May's final year was tense.",  # a name, not the month
    "Biden met reporters in Washington on Monday.",  # a weekday is no event date
])
def test_no_new_event_claim(run, sentence):
    assert run(sentence, "event-date") == []


@pytest.mark.parametrize("sentence, text, slots", [
    ("Obama signed the treaty in the Spanish Hall of Prague Castle.", None, None),
    ("Leaders met in Helsinki.", None, None),
    ("He met Prime Minister Liz Truss at Buckingham Palace on Tuesday.", None, None),  # a pronoun names no side
    ("Tourism slumped after the November 2008 attacks in Mumbai.", "November 2008 attacks in Mumbai", {"place": "Mumbai"}),
    ("Bush and Gorbachev met in Helsinki in September 1990.", "Bush and Gorbachev met in Helsinki in September 1990",
     {"place": "Helsinki"}),
])
def test_new_event_place_forms(run, sentence, text, slots):
    found = run(sentence, "event-place")
    if text is None:
        assert found == []
        return
    (claim,) = found
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key


# Event series and generic heads: the Olympics, party conventions, debates, earthquakes,
# coups, royal occasions. Heads ("convention", "debate", "coronation", "conference") come
# from the aliases (a common noun ending five or more of them), not from code.
SERIES_ALIASES = (
    "Olympics", "Olympic Games", "Summer Olympics", "Beijing Olympics", "Tokyo Olympics", "Rio Olympics",
    "Democratic convention", "Democratic National Convention", "Republican convention", "Republican National Convention",
    "GOP convention", "presidential debate", "Biden-Trump debate", "Trump-Biden debate", "Harris-Trump debate",
    "Trump-Harris debate", "Elizabeth II's coronation", "Queen Elizabeth II's coronation", "Charles III's coronation",
    "King Charles's coronation", "King Charles III's coronation", "Paris climate conference", "Glasgow climate conference",
    "Copenhagen climate conference", "Bonn climate conference", "Kyoto climate conference", "L'Aquila earthquake",
    "Kobe earthquake", "atomic bombing of Hiroshima", "poisoning of Sergei Skripal", "Platinum Jubilee celebrations",
    "Platinum Jubilee", "March on Rome", "Brexit referendum", "ouster of Viktor Yanukovych", "G20 summit",
    "Soviet coup attempt", "Reagan assassination attempt", "2002 Venezuelan coup attempt", "23-F coup attempt",
    "2024 Bolivian coup attempt",
)
SERIES_PLACES = ("Cleveland", "Philadelphia", "Chicago", "Atlanta", "Westminster Abbey", "Salisbury", "Rio de Janeiro",
                 "Mexico City", "L'Aquila", "Rome", "Beijing", "Milwaukee")


@pytest.fixture(scope="module")
def news():
    return claims_of(Vocabulary(titles=TITLES, countries=COUNTRIES + ("Turkey", "Turkish", "Niger", "Brazil"),
                                capitals=CAPITALS + ("Beijing", "Rome"), event_aliases=SERIES_ALIASES,
                                event_places=SERIES_PLACES))


SERIES_DATES = [
    # a participle of when it began: "which opened in", "which opens on", "are scheduled to open on"
    ("Xi oversaw the Beijing Olympics, which opened in August 2008 after years of work.",
     "Beijing Olympics, which opened in August 2008", {"date_iso": "2008-08", "participle": "opened"}),
    ("Leaders head for the climate conference in Paris, which opens on Monday, Nov. 30.",
     "conference in Paris, which opens on Monday, Nov. 30",
     {"shape": "generic", "head": "conference", "place": "Paris", "date_md": "11-30", "participle": "opened"}),
    ("The Tokyo Olympics, postponed in March, are now scheduled to open on July 23, 2021.",
     "Tokyo Olympics, postponed in March, are now scheduled to open on July 23, 2021", {"date_iso": "2021-07-23"}),
    # "<year> <name> in <place>"
    ("Brazil last hosted the world at the 2016 Olympics in Rio de Janeiro.", "2016 Olympics in Rio de Janeiro",
     {"date_iso": "2016", "place": "Rio de Janeiro", "date_position": "before"}),
    # a generic head with a place and a month: "the party's convention"
    ("He was nominated at the party's convention in Cleveland in July, aides said.", "convention in Cleveland in July",
     {"shape": "generic", "head": "convention", "place": "Cleveland", "date_md": "07"}),
    ("Delegates will gather for the Democratic convention in Chicago on Aug. 19.", "Democratic convention in Chicago on Aug. 19",
     {"shape": "alias", "place": "Chicago", "date_md": "08-19"}),
    # "the <date> <head>": a day names the event
    ("The campaign was overshadowed by the Feb. 6 earthquakes, which killed thousands.", "Feb. 6 earthquakes",
     {"shape": "generic", "date_md": "02-06", "date_position": "before"}),
    ("The capital was hit by the Sept. 19, 2017, earthquake, which struck at midday.", "Sept. 19, 2017, earthquake",
     {"shape": "generic", "date_iso": "2017-09-19"}),
    ("Biden faltered in the June 27 debate in Atlanta against Trump.", "June 27 debate in Atlanta",
     {"shape": "generic", "head": "debate", "date_md": "06-27", "place": "Atlanta"}),
    # "<name> of <month year>", and no agent "Aquila" in "L'Aquila"
    ("The summit was moved after the L'Aquila earthquake of April 2010.", "L'Aquila earthquake of April 2010",
     {"shape": "alias", "date_iso": "2010-04"}),
    ("Survivors of the atomic bombing of Hiroshima on Aug. 6, 1945, still speak.",
     "atomic bombing of Hiroshima on Aug. 6, 1945", {"event": "atomic bombing of Hiroshima", "date_iso": "1945-08-06"}),
    # a participle with a weekday and a day
    ("Britain voted to leave in the referendum held on Thursday, June 23.", "referendum held on Thursday, June 23",
     {"shape": "generic", "participle": "held", "date_md": "06-23"}),
    # a word of an event's name before a generic head is no side: "the Brexit vote"
    ("The pound fell after Britain's Brexit vote in June.", "Brexit vote in June",
     {"shape": "generic", "qualifier": "Brexit", "date_md": "06"}),
    # a part of a month
    ("The new chancellor faces the G20 summit in Rome at the end of October.", "G20 summit in Rome at the end of October",
     {"date_md": "10", "place": "Rome"}),
    # a description in apposition before the name
    ("Ties worsened after the poisoning of a former Russian spy, Sergei Skripal, in Salisbury in March 2018.",
     "poisoning of a former Russian spy, Sergei Skripal, in Salisbury in March 2018",
     {"event": "poisoning of Sergei Skripal", "place": "Salisbury", "date_iso": "2018-03"}),
    ("Her Platinum Jubilee celebrations in June 2021 drew crowds.", "Her Platinum Jubilee celebrations in June 2021",
     {"agent": "Her", "date_iso": "2021-06"}),
    ("Meloni took office before the centenary of the March on Rome in October 1922.", "March on Rome in October 1922",
     {"date_iso": "1922-10"}),
    # a venue passed over before the town, a region after it
    ("He survived an assassination attempt at a rally in Butler, Pennsylvania, on Saturday, July 13, aides said.",
     "attempt at a rally in Butler, Pennsylvania, on Saturday, July 13",
     {"shape": "generic", "place": "Butler", "region": "Pennsylvania", "date_md": "07-13"}),
    # verbs of a removal with "from power"
    ("He won after the Maidan protests drove Viktor Yanukovych from power in February 2014.",
     "drove Viktor Yanukovych from power in February 2014", {"event": "ouster of Viktor Yanukovych", "date_iso": "2014-02"}),
    # a known place before a generic head (not a capital: "the Moscow annexation" is Russia's)
    ("Trump's nomination at the Cleveland convention in July 2016 was rowdy.", "Cleveland convention in July 2016",
     {"shape": "generic", "place": "Cleveland", "place_position": "before", "date_iso": "2016-07"}),
    ("Her coronation at Westminster Abbey in June 1953 was televised.", "Her coronation at Westminster Abbey in June 1953",
     {"shape": "generic", "head": "coronation", "agent": "Her", "place": "Westminster Abbey", "date_iso": "1953-06"}),
]


@pytest.mark.parametrize("sentence, text, slots", SERIES_DATES, ids=[d[1] for d in SERIES_DATES])
def test_series_and_generic_date_forms(news, sentence, text, slots):
    (claim,) = news(sentence, "event-date")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key
    assert "agent" not in claim.slots or slots.get("agent") == claim.slots["agent"]


@pytest.mark.parametrize("sentence, text, slots", [
    # a place that starts a name (or follows "in|on|at" in it) is a place claim, dated by nothing:
    # every event so named was there
    ("Xi oversaw the Beijing Olympics, which opened in August 2008.", "Beijing Olympics, which opened in August 2008",
     {"place": "Beijing", "place_position": "name"}),
    ("The summit was moved after the L'Aquila earthquake of April 2010.", "L'Aquila earthquake of April 2010",
     {"place": "L'Aquila", "place_position": "name"}),
    ("Clinton was nominated at the Democratic convention in Philadelphia.", "Democratic convention in Philadelphia",
     {"place": "Philadelphia", "place_position": "after"}),
    ("Troops fired days before the 1968 Olympics in Mexico City opened.", "1968 Olympics in Mexico City",
     {"place": "Mexico City", "date_iso": "1968"}),
])
def test_series_place_forms(news, sentence, text, slots):
    (claim,) = news(sentence, "event-place")
    assert claim.text == text
    for key, value in slots.items():
        assert claim.slots[key] == value, key
    if slots.get("place_position") == "name":
        assert not any(k.startswith("date") for k in claim.slots)


@pytest.mark.parametrize("sentence", [
    "Erdogan also invoked a failed coup of July 2015.",  # indefinite: not one the reader knows
    "The failed coup of July 2015 still divides the country.",  # no context before it
    "Erdogan also invoked the failed coup on July 15.",  # a day after the head may date something else
    "Senators cheered the Senate vote on March 3.",  # "Senate" is no word of an event's name
    "Putin ordered the invasion on Thursday, Feb. 24.",  # a day after the head may date the order
    "Obituaries recalled his death in 2019.",  # a pronoun is no side
    "The party's convention was rowdy.",  # no date
    "A debate in Houston drew ten candidates.",
    "The vote took place on Wednesday, March 2, 2022.",  # parliaments vote every week: a day is not enough
    "The summit opened on Wednesday 16 June 2021 in Geneva.",  # a main verb: a day the summit had
])
def test_no_generic_claim(news, sentence):
    assert news(sentence, "event-date") == []
    assert news(sentence, "event-place") == []


def test_an_unknown_word_before_a_name_keeps_its_date_but_makes_no_place_claim(news):
    sentence = "The 2018 Youth Olympics in Buenos Aires drew teenagers."
    (claim,) = news(sentence, "event-date")
    assert claim.slots["agent"] == "Youth"
    assert news(sentence, "event-place") == []


def test_event_heads_come_from_the_aliases():
    from claims.grammars.event import EventFinder
    heads = EventFinder._heads(SERIES_ALIASES)
    assert {"convention", "debate", "coronation", "conference"} <= set(heads)
    assert "olympics" not in heads and "summit" not in heads  # a proper name; a shape of its own


def test_an_age_between_a_name_and_met(news):
    sentence = "U.S. President George W. Bush, 61, met Putin in Sochi on April 6 for a final summit."
    (claim,) = news(sentence, "event-date")
    assert claim.slots["shape"] == "meeting"
    assert (claim.slots["side_a"], claim.slots["side_b"], claim.slots["date_md"]) == ("President George W. Bush", "Putin", "04-06")


# --- might_match: which sentences the event grammars need not read ----------------------------

def _vocabularies() -> dict[str, Vocabulary]:
    return {
        "run": Vocabulary(titles=TITLES, countries=COUNTRIES, capitals=CAPITALS, event_aliases=EVENT_ALIASES,
                          event_places=PLACES),
        "news": Vocabulary(titles=TITLES, countries=COUNTRIES + ("Turkey", "Turkish", "Niger", "Brazil"),
                           capitals=CAPITALS + ("Beijing", "Rome"), event_aliases=SERIES_ALIASES,
                           event_places=SERIES_PLACES),
    }


def _event_grammars(extractor: Extractor) -> list:
    return [g for g in extractor.grammars if type(g).__name__ == "EventAspectGrammar"]


def _unfiltered(vocabulary: Vocabulary) -> Extractor:
    """An extractor whose event grammars read every sentence."""
    extractor = Extractor(vocabulary)
    extractor.filters = [None if g in _event_grammars(extractor) else f
                         for g, f in zip(extractor.grammars, extractor.filters)]
    return extractor


_WITH_CLAIMS = [("run", d[0]) for d in TRIPS + DATES + PLACES_FORMS + NEW_DATES] + [("news", d[0]) for d in SERIES_DATES] + [
    ("news", "U.S. President George W. Bush, 61, met Putin in Sochi on April 6 for a final summit."),
    ("news", "Ties worsened after the poisoning of a former Russian spy, Sergei Skripal, in Salisbury in March 2018."),
]


@pytest.mark.parametrize("vocabulary, sentence", _WITH_CLAIMS, ids=[s for _, s in _WITH_CLAIMS])
def test_might_match_lets_every_sentence_with_an_event_claim_through(vocabulary, sentence):
    extractor = Extractor(_vocabularies()[vocabulary])
    for grammar in _event_grammars(extractor):
        assert grammar.might_match(sentence, sentence.lower())
    found = extractor.claims(parse(sentence, "a.txt"))
    assert any(c.kind.startswith("event-") for c in found)
    assert found == _unfiltered(_vocabularies()[vocabulary]).claims(parse(sentence, "a.txt"))


@pytest.mark.parametrize("sentence", [
    "Energy prices rose for a third day as investors weighed the risk of further sanctions.",
    "A spokesperson declined to comment on the details, saying only that contacts would continue.",
    "The draft text, seen by several news agencies, runs to 34 pages and includes a timetable.",
    "Putin said on Tuesday, March 1, 2022, that Russia would press on.",  # a date, but no event word
])
def test_might_match_rules_out_a_sentence_without_an_event_word(sentence):
    for vocabulary in _vocabularies().values():
        for grammar in _event_grammars(Extractor(vocabulary)):
            assert not grammar.might_match(sentence, sentence.lower())


def test_the_words_might_match_looks_for_come_from_the_vocabulary():
    sentence = "The Zorblax accords of 1999 ended the war."
    plain = _vocabularies()["run"]
    assert not any(g.might_match(sentence, sentence.lower()) for g in _event_grammars(Extractor(plain)))
    # a user's own event alias (as in a YAML file of the base) is looked for too
    extended = Vocabulary(titles=plain.titles, countries=plain.countries, capitals=plain.capitals,
                          event_aliases=plain.event_aliases + ("Zorblax accords",), event_places=plain.event_places)
    extractor = Extractor(extended)
    assert all(g.might_match(sentence, sentence.lower()) for g in _event_grammars(extractor))
    (claim,) = [c for c in extractor.claims(parse(sentence, "a.txt")) if c.kind == "event-date"]
    assert (claim.text, claim.slots["date_iso"]) == ("Zorblax accords of 1999", "1999")


@pytest.mark.parametrize("sentence", [
    "Russia's 2014 annexat\u0131on of Crimea drew sanctions.",  # a dotless i matches "i" case-insensitively
    "Russia's 2014 ANNEXATION OF CRIMEA drew sanctions.",
    "Moscow\u2019s 2015 intervention in Syria drew criticism.",  # not ASCII
    "Sanctions followed the annexation of Crimea by Russia in March\u00a02014.",
])
def test_might_match_on_sentences_that_fold_or_spell_oddly(sentence):
    vocabulary = _vocabularies()["run"]
    extractor = Extractor(vocabulary)
    for grammar in _event_grammars(extractor):
        assert grammar.might_match(sentence, None)  # `folded` None: nothing ruled out
    found = extractor.claims(parse(sentence, "a.txt"))
    assert any(c.kind == "event-date" for c in found)
    assert found == _unfiltered(vocabulary).claims(parse(sentence, "a.txt"))


def test_chunk_bounds_of_patterns():
    import re

    from claims.grammars.event import chunk_bound
    assert chunk_bound(re.compile(r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*\s+$")) == 3
    assert chunk_bound(re.compile(r"\d+[\s,]*$")) == 1
    assert chunk_bound(re.compile(r"a,b")) == 2  # a comma parts chunks as whitespace does
    assert chunk_bound(re.compile(r"(?:a|\s)+$")) is None  # unbounded
    assert chunk_bound(re.compile(r"[^x]+")) is None  # may hold whitespace: unbounded
    assert chunk_bound(re.compile(r"(a)\1")) is None  # not known


def test_searching_back_finds_what_a_search_from_the_start_finds():
    from claims.grammars import event
    sentences = [d[0] for d in TRIPS + DATES + PLACES_FORMS + NEW_DATES + SERIES_DATES] + [
        "In 2014 ,  , the  Nov. 30 -  Dec. 12,   2015 ,  summit of the last month's Cleveland convention",
        "Russia's US-led   Rio de\tJaneiro Olympics, the   Feb. 6  earthquakes would not have been annexed",
        " , ,, 2016,,, ,",
    ]
    for vocabulary in _vocabularies().values():
        finder = event.finder(vocabulary)
        assert finder.bounds and all(bound is not None for bound in finder.bounds.values())
        for s in sentences:
            for pattern in finder.bounds:
                for lo in range(len(s) + 1):
                    got, want = finder._search_back(pattern, s, lo), pattern.search(s, 0, lo)
                    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), (s, lo)


# A generic event without its country takes the nearest capitalised phrase before it.
CONTEXT_FORMS = [
    ("Erdogan also invoked the failed coup of July 2015, which he blames on followers of the U.S.-based cleric.",
     "failed coup of July 2015", {"context": "Erdogan", "head": "failed coup", "date_iso": "2015-07"}),
    ("Turkey's president recalled the coup attempt in July 2016.", "coup attempt in July 2016",
     {"context": "Turkey"}),
    ("On Monday, Erdogan spoke of the referendum of 2017.", "referendum of 2017", {"context": "Erdogan"}),
    ("Turkish President Recep Tayyip Erdogan's aides invoked the failed coup of July 2015.", "failed coup of July 2015",
     {"context": "Turkish President Recep Tayyip Erdogan"}),
    ("Prime Minister Theresa May said the referendum of 2016 must be honoured.", "referendum of 2016",
     {"context": "Prime Minister Theresa May"}),  # a month ends a name
    ("Erdogan said in May that the failed coup of July 2015 had failed.", "failed coup of July 2015",
     {"context": "Erdogan"}),  # "in May" is no one
]


@pytest.mark.parametrize("sentence, text, slots", CONTEXT_FORMS, ids=[c[1] for c in CONTEXT_FORMS])
def test_a_generic_event_takes_its_context(news, sentence, text, slots):
    (claim,) = news(sentence, "event-date")
    assert claim.text == text and claim.slots["shape"] == "generic"
    for key, value in slots.items():
        assert claim.slots[key] == value, key
    assert news(sentence, "event-place") == []


# Anaphora to the article's own event, and an ellipsis for an earlier one of a series.
ANAPHORA = [
    ("The meeting at the Capella hotel on Sentosa island on Tuesday, June 12, lasted five hours.",
     "The meeting at the Capella hotel on Sentosa island on Tuesday, June 12",
     {"anaphor": "this", "place": "Sentosa", "venue": "Capella", "place_known": "no", "date_md": "06-12"}),
    ("Modi spoke on the first day of the meeting at the new Bharat Mandapam convention centre.",
     "the meeting at the new Bharat Mandapam convention centre",
     {"anaphor": "this", "place": "Bharat Mandapam", "place_known": "no"}),
    ("Japan hosted in 2016, while the previous gathering, held in Frankfurt last June, was chaired by Germany.",
     "the previous gathering, held in Frankfurt last June",
     {"anaphor": "previous", "head": "gathering", "place": "Frankfurt", "date_rel": "last:06", "participle": "held"}),
    ("The summit in Geneva was productive.", "The summit in Geneva", {"anaphor": "this", "place": "Geneva"}),
    ("The next summit, in Vilnius, will be harder.", "The next summit, in Vilnius", {"anaphor": "next"}),
]


@pytest.mark.parametrize("sentence, text, slots", ANAPHORA, ids=[a[1] for a in ANAPHORA])
def test_anaphora(run, sentence, text, slots):
    found = run(sentence, "event-place") + run(sentence, "event-date")
    assert found and {c.text for c in found} == {text}
    for claim in found:
        assert claim.slots["shape"] == "anaphor"
        for key, value in slots.items():
            assert claim.slots[key] == value, key


def test_the_dateline_city_is_kept_on_anaphora(run):
    text = "MADRID, June 30, 2022 — NATO leaders met.\n\nThe summit at the Ifema convention centre ended on Thursday."
    (claim,) = run(text, "event-place")
    assert claim.slots["dateline"] == "Madrid" and claim.slots["place"] == "Ifema"


@pytest.mark.parametrize("sentence", [
    "The meeting was long.",  # nothing after the head
    "The first meeting between them was in 2018 in Singapore.",  # the first ever: no anaphor
    "The meeting point was in Paris.",
])
def test_no_anaphor(run, sentence):
    assert not [c for c in run(sentence, "event-place") + run(sentence, "event-date") if c.slots["shape"] == "anaphor"]


def test_an_ellipsis_takes_the_series_and_place_of_the_sentence_before(run):
    text = ("It was NATO's second summit in Madrid. The first, in July 1997, invited Poland, Hungary and the "
            "Czech Republic to begin accession talks.")
    (claim,) = run(text, "event-date")
    assert claim.text == "The first, in July 1997"
    assert claim.slots["anaphor"] == "earlier" and claim.slots["which"] == "first"
    assert (claim.slots["series"], claim.slots["series_place"], claim.slots["date_iso"]) == ("NATO", "Madrid", "1997-07")
    assert run(text, "event-place") == []
    # without an ordinal in the sentence before, "The first" refers to nothing here
    assert run("NATO met in Madrid. The first, in July 1997, was short.", "event-date") == []


DEATHS = [
    ("The queen died at Balmoral Castle in Scotland on the afternoon of Thursday, Sept. 8, aged 96.",
     "The queen died at Balmoral Castle", {"title": "queen", "place": "Balmoral Castle"}),
    ("Navalny died in Kharp on Feb. 16, 2024, prison officials said.", "Navalny died in Kharp on Feb. 16, 2024",
     {"side_a": "Navalny", "place": "Kharp", "date_iso": "2024-02-16"}),
    ("After a long illness, Kissinger died on Nov. 29, 2023.", "Kissinger died on Nov. 29, 2023",
     {"side_a": "Kissinger", "date_iso": "2023-11-29"}),
]


@pytest.mark.parametrize("sentence, text, slots", DEATHS, ids=[d[1] for d in DEATHS])
def test_deaths(run, sentence, text, slots):
    found = run(sentence, "event-place") + run(sentence, "event-date")
    assert found and {c.text for c in found} == {text}
    for claim in found:
        assert claim.slots["shape"] == "death"
        for key, value in slots.items():
            assert claim.slots[key] == value, key


@pytest.mark.parametrize("sentence", [
    "The queen died peacefully.",  # nothing after the verb
    "The president would have died in Dallas without the surgeons.",  # a modal
])
def test_no_death_claim(run, sentence):
    assert not [c for c in run(sentence, "event-place") + run(sentence, "event-date") if c.slots["shape"] == "death"]


_NEW_WITH_CLAIMS = [("run", d[0]) for d in DEATHS] + [("run", a[0]) for a in ANAPHORA] + [("news", c[0]) for c in CONTEXT_FORMS] + [
    ("run", "It was NATO's second summit in Madrid. The first, in July 1997, invited Poland to talks."),
]


@pytest.mark.parametrize("vocabulary, text", _NEW_WITH_CLAIMS, ids=[s for _, s in _NEW_WITH_CLAIMS])
def test_might_match_keeps_anaphora_and_contexts(vocabulary, text):
    extractor = Extractor(_vocabularies()[vocabulary])
    found = extractor.claims(parse(text, "a.txt"))
    assert any(c.kind.startswith("event-") for c in found)
    assert found == _unfiltered(_vocabularies()[vocabulary]).claims(parse(text, "a.txt"))



LANDINGS = Vocabulary(titles=TITLES, countries=COUNTRIES + ("India", "Indian"), capitals=CAPITALS,
                      event_aliases=("Chandrayaan-3 landing", "Chandrayaan-3 Moon landing", "Apollo 11 landing",
                                     "Air France Flight 4590 crash"), event_places=PLACES)


@pytest.mark.parametrize("sentence, text, date", [
    ("India's Chandrayaan-3 spacecraft touched down near the moon's south pole on Aug. 23, a success.",
     "Chandrayaan-3 spacecraft touched down near the moon's south pole on Aug. 23", {"date_md": "08-23"}),
    ("The Apollo 11 lander landed on July 20, 1969.", "Apollo 11 lander landed on July 20, 1969",
     {"date_iso": "1969-07-20"}),
    ("Air France Flight 4590 crashed on July 25, 2000, killing everyone aboard.",
     "Air France Flight 4590 crashed on July 25, 2000", {"date_iso": "2000-07-25"}),
])
def test_landings_and_crashes(sentence, text, date):
    (claim,) = claims_of(LANDINGS)(sentence, "event-date")
    assert claim.text == text and claim.slots["shape"] == "verb"
    for key, value in date.items():
        assert claim.slots[key] == value


@pytest.mark.parametrize("sentence", [
    "Chandrayaan-3 would have touched down near the south pole on Aug. 23 but for the weather.",  # a modal
    "Chandrayaan-3 touched down near the Shiv Shakti point on Aug. 23.",  # a capitalised place: not passed over
])
def test_no_landing_claim(sentence):
    assert claims_of(LANDINGS)(sentence, "event-date") == []
