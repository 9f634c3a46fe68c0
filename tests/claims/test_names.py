"""Person names: the generous pattern, then `trim` keeping only what can be a name."""
from __future__ import annotations

import re

import pytest

from claims.grammars.names import NAME_PATTERN, trim

NAME = re.compile(NAME_PATTERN)


def first_name(text: str) -> str | None:
    """The first name in `text` as the grammars find it: pattern, then trim."""
    m = NAME.search(text)
    if not m:
        return None
    trimmed = trim(m.start(), m.group())
    if trimmed is None:
        return None
    start, name = trimmed
    assert text[start : start + len(name)] == name
    return name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Vladimir Putin said", "Vladimir Putin"),
        ("Ursula von der Leyen said", "Ursula von der Leyen"),
        ("Recep Tayyip Erdoğan said", "Recep Tayyip Erdoğan"),
        ("George W. Bush said", "George W. Bush"),
        ("George H.W. Bush said", "George H.W. Bush"),
        ("Luiz Inácio Lula da Silva said", "Luiz Inácio Lula da Silva"),
        ("Jean-Yves Le Drian said", "Jean-Yves Le Drian"),
        ("Mohammed bin Salman said", "Mohammed bin Salman"),
        ("Martin Luther King Jr. said", "Martin Luther King Jr."),
        ("Sergei Lavrov’s deputy said", "Sergei Lavrov"),
        ("Joe Biden's plan", "Joe Biden"),
        ("Émilie Dupont said", "Émilie Dupont"),
        ("Beata Szydło said", "Beata Szydło"),
    ],
)
def test_names(text, name):
    assert first_name(text) == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Vladimir Putin Tuesday said", "Vladimir Putin"),
        ("Olaf Scholz On Monday", "Olaf Scholz"),
        ("The Kremlin said", "Kremlin"),
        ("Meanwhile Olaf Scholz said", "Olaf Scholz"),
        ("Joe Biden and aides", "Joe Biden"),
    ],
)
def test_stop_words_cut_the_name(text, name):
    assert first_name(text) == name


@pytest.mark.parametrize(
    "text, name",
    [("signed by Olaf Scholz.", "Olaf Scholz"), ("signed by George W. Bush.", "George W. Bush"),
     ("signed by Lula da Silva.", "Lula da Silva")],
)
def test_sentence_final_name_leaves_the_full_stop(text, name):
    assert first_name(text) == name


@pytest.mark.parametrize("text", ["U.S.", "U. S.", "The", "Tuesday", "von der", "Jr. Day"])
def test_not_a_name(text):
    m = NAME.search(text)
    assert m is None or trim(m.start(), m.group()) is None


def test_name_does_not_start_inside_a_word():
    assert NAME.search("mid-Putin") is None
    assert NAME.search("anti-Kremlin") is None


def test_extra_stop_words_from_the_vocabulary():
    # the grammar passes countries and title words, so "Russian" is not a first name
    assert trim(0, "Russian Vladimir Putin", frozenset({"Russian"})) == (8, "Vladimir Putin")
    assert trim(0, "Russia", frozenset({"Russia"})) is None


def test_trim_keeps_the_caller_origin():
    assert trim(100, "The Olaf Scholz") == (104, "Olaf Scholz")


def test_particles_and_month_surnames():
    from claims.grammars.names import trim
    assert trim(0, "Le Pen")[1] == "Le Pen"
    assert trim(0, "Al Gore")[1] == "Al Gore"
    assert trim(0, "Marine Le Pen")[1] == "Marine Le Pen"
    assert trim(0, "Theresa May")[1] == "Theresa May"
    assert trim(0, "Theresa May's")[1] == "Theresa May"
    assert trim(0, "In May") is None
    assert trim(0, "May") is None  # alone, a month
    assert trim(0, "Putin Tuesday")[1] == "Putin"


def test_a_name_ends_at_a_possessive():
    from claims.grammars.names import trim_name
    text = "Narendra Modi's Bharatiya Janata Party"
    assert trim(0, text) == (0, "Narendra Modi")  # the possessor
    found = trim_name(0, text)
    assert found.possessive and found.name == text  # kept whole only when asked: callers refuse it
    assert trim_name(0, text, possessor=True).name == "Narendra Modi"
    # a possessive at the end, or a country's before the name, is no run past a possessive
    assert not trim_name(0, "Sergei Lavrov's").possessive
    assert trim_name(0, "Germany's Olaf Scholz", frozenset({"Germany"})).name == "Olaf Scholz"
    assert not trim_name(0, "Germany's Olaf Scholz", frozenset({"Germany"})).possessive
    # a stop word after the possessive does not hide it
    assert trim_name(0, "Scholz's Social Democrats", frozenset({"Social"})).possessive


@pytest.mark.parametrize("text, name", [
    ("Mrs. May said", "May"), ("Mrs May said", "May"), ("Mr. Trump said", "Trump"),
    ("Ms. Merkel said", "Merkel"), ("Dr. Tedros Adhanom said", "Tedros Adhanom"),
    ("Mrs. May's deal", "May"),
])
def test_an_honorific_opens_a_name_and_is_no_part_of_it(text, name):
    assert first_name(text) == name


def test_an_honorific_makes_a_month_or_a_country_a_surname():
    from claims.grammars.names import trim_name
    assert trim(0, "Mrs. May") == (5, "May")
    assert trim(0, "May") is None  # alone, still a month
    assert trim_name(0, "Mr. Montenegro", frozenset({"Montenegro"}), surnames=frozenset({"Montenegro"})).name == "Montenegro"
    assert trim_name(0, "Montenegro", frozenset({"Montenegro"}), surnames=frozenset({"Montenegro"})) is None
    # a title after an honorific is no name: "Mr. President"
    assert trim(0, "Mr. President", frozenset({"President"})) is None


def test_a_country_that_ends_a_name_gives_a_longer_reading():
    from claims.grammars.names import trim_name
    stop = frozenset({"Montenegro", "Russia", "Portuguese"})
    found = trim_name(0, "Luís Montenegro", stop)
    assert (found.name, found.long) == ("Luís", "Luís Montenegro")
    assert trim_name(0, "Luís Montenegro's", stop).long == "Luís Montenegro"
    assert trim_name(0, "Portuguese Luís Montenegro", stop).long == "Luís Montenegro"
    # only a word that ends the run: "Putin Russia Today" is cut at "Russia", no longer reading
    assert trim_name(0, "Vladimir Putin Russia Today", stop).long is None
    # a function word is never a surname: "Olaf Scholz On"
    assert trim_name(0, "Olaf Scholz On").long is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sen. Heidi Heitkamp said", "Heidi Heitkamp"),
        ("Rep. Nancy Pelosi said", "Nancy Pelosi"),
        ("Gov. Rick Scott said", "Rick Scott"),
        ("Sens. Ted Cruz", "Ted Cruz"),
        ("Gov Rick Scott said", "Rick Scott"),
        ("Hun Sen said", "Hun Sen"),  # only where a name opens
        ("Amartya Sen said", "Amartya Sen"),
    ],
)
def test_us_abbreviated_titles_are_honorifics(text, name):
    # before: "Kevin Cramer beat Sen" took the abbreviation for a name
    assert first_name(text) == name


def test_title_words_the_vocabulary_lacks_are_no_name():
    # before: "Senate Majority Leader Mitch McConnell" trimmed to "Majority"
    stop = frozenset({"Senate", "Leader", "House", "Speaker"})
    assert trim(0, "Senate Majority Leader Mitch McConnell", stop)[1] == "Mitch McConnell"
    assert trim(0, "House Minority Whip Steny Hoyer", stop)[1] == "Steny Hoyer"
    assert trim(0, "Majority") is None


@pytest.mark.parametrize("text", [
    "George VI Memorial Chapel", "John F. Kennedy Center", "Nelson Mandela Airport", "Martin Luther King Jr. Street",
    "Nobel Peace Prize", "Clinton Foundation", "Ronald Reagan Washington National Airport",
])
def test_a_building_or_an_organisation_is_no_person(text):
    assert trim(0, text) is None


@pytest.mark.parametrize("text, name", [
    ("George VI opened it", "George VI"),
    ("Park Geun-hye said", "Park Geun-hye"),  # "Park", "Hall", "Church" are surnames
    ("Frank Church said", "Frank Church"),
    ("Arsenio Hall said", "Arsenio Hall"),
])
def test_nearby_names_are_still_names(text, name):
    assert first_name(text) == name


def test_a_stop_word_alone_may_be_a_name_when_the_caller_says_so():
    from claims.grammars.names import trim_name
    stop = frozenset({"Cruz", "Governor", "Santa"})
    assert trim_name(0, "Cruz", stop) is None
    assert trim_name(0, "Cruz", stop, alone=frozenset({"Cruz"})).name == "Cruz"
    assert trim_name(0, "Cruz's", stop, alone=frozenset({"Cruz"})).name == "Cruz"
    # only alone: in a longer run the word still cuts the name
    assert trim_name(0, "Santa Cruz", stop, alone=frozenset({"Cruz"})) is None
