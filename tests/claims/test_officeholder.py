"""Officeholder grammar: a person named with an office, in the forms newswire uses."""
from __future__ import annotations

import pytest

from claims.grammars import officeholder

POSITIVE = [
    # title before the name
    ("Russian President Vladimir Putin ordered a review of the grain deal.",
     "Russian President Vladimir Putin", "title-before-name",
     {"country": "Russian", "title": "President", "person": "Vladimir Putin"}),
    ("Talks opened with German Chancellor Olaf Scholz in the chair.",
     "German Chancellor Olaf Scholz", "title-before-name",
     {"country": "German", "title": "Chancellor", "person": "Olaf Scholz"}),
    ("Secretary of State Antony Blinken landed in Brussels late on the second day.",
     "Secretary of State Antony Blinken", "title-before-name",
     {"title": "Secretary of State", "person": "Antony Blinken"}),
    ("The ministry summoned US Ambassador to Russia John Sullivan over the remarks.",
     "US Ambassador to Russia John Sullivan", "title-before-name",
     {"country": "US", "title": "Ambassador", "to": "Russia", "person": "John Sullivan"}),
    ("A meeting with US envoy John Sullivan was postponed.",
     "US envoy John Sullivan", "title-before-name",
     {"country": "US", "title": "envoy", "person": "John Sullivan"}),
    ("The rally was addressed by former President Donald Trump and two governors.",
     "former President Donald Trump", "title-before-name",
     {"modifier": "former", "title": "President", "person": "Donald Trump"}),
    ("U.K. Prime Minister Boris Johnson spoke to reporters outside the venue.",
     "U.K. Prime Minister Boris Johnson", "title-before-name",
     {"country": "U.K.", "title": "Prime Minister", "person": "Boris Johnson"}),
    ("Former U.S. President George W. Bush opened the library wing.",
     "Former U.S. President George W. Bush", "title-before-name",
     {"modifier": "Former", "country": "U.S.", "title": "President", "person": "George W. Bush"}),
    ("Russia's President Vladimir Putin chaired the council meeting.",
     "Russia's President Vladimir Putin", "title-before-name",
     {"country": "Russia", "title": "President", "person": "Vladimir Putin"}),
    ("Ukrainian President Volodymyr Zelensky, speaking by video link, asked for air defence.",
     "Ukrainian President Volodymyr Zelensky", "title-before-name",
     {"country": "Ukrainian", "title": "President", "person": "Volodymyr Zelensky"}),
    ("Russian president Vladimir Putin signed the decree.",
     "Russian president Vladimir Putin", "title-before-name",
     {"country": "Russian", "title": "president", "person": "Vladimir Putin"}),
    ("Acting President Kamala Harris received the delegation.",
     "Acting President Kamala Harris", "title-before-name",
     {"modifier": "Acting", "title": "President", "person": "Kamala Harris"}),
    ("The decision fell to ex-President Dmitry Medvedev.",
     "ex-President Dmitry Medvedev", "title-before-name",
     {"modifier": "ex-", "title": "President", "person": "Dmitry Medvedev"}),
    ("Britain's King Charles welcomed the visitors.",
     "Britain's King Charles", "title-before-name",
     {"country": "Britain", "title": "King", "person": "Charles"}),
    ("Premier Li Qiang chaired the cabinet session.",
     "Premier Li Qiang", "title-before-name", {"title": "Premier", "person": "Li Qiang"}),
    ("Russia's ambassador to Washington Anatoly Antonov left the meeting early.",
     "Russia's ambassador to Washington Anatoly Antonov", "title-before-name",
     {"country": "Russia", "title": "ambassador", "to": "Washington", "person": "Anatoly Antonov"}),
    # name, then "of" country
    ("Officials described the call with President Vladimir Putin of Russia as frank.",
     "President Vladimir Putin of Russia", "title-before-name",
     {"title": "President", "country": "Russia", "person": "Vladimir Putin"}),
    ("The pact was signed by Prime Minister Narendra Modi of India on the second day.",
     "Prime Minister Narendra Modi of India", "title-before-name",
     {"title": "Prime Minister", "country": "India", "person": "Narendra Modi"}),
    # title, then "of" country, then the name
    ("Talks opened with Prime Minister of India Narendra Modi in the chair.",
     "Prime Minister of India Narendra Modi", "title-before-name",
     {"title": "Prime Minister", "country": "India", "person": "Narendra Modi"}),
    ("A letter from the President of the United States Joe Biden was read out.",
     "President of the United States Joe Biden", "title-before-name",
     {"title": "President", "country": "United States", "person": "Joe Biden"}),
    ("Former President of France Nicolas Sarkozy was sentenced on appeal.",
     "Former President of France Nicolas Sarkozy", "title-before-name",
     {"modifier": "Former", "title": "President", "country": "France", "person": "Nicolas Sarkozy"}),
    # title, comma, name
    ("Russia's president, Vladimir Putin, rejected the offer within hours.",
     "Russia's president, Vladimir Putin", "title-comma-name",
     {"country": "Russia", "title": "president", "person": "Vladimir Putin"}),
    ("Russia's ambassador to the US, Anatoly Antonov, called the move hostile.",
     "Russia's ambassador to the US, Anatoly Antonov", "title-comma-name",
     {"country": "Russia", "title": "ambassador", "to": "US", "person": "Anatoly Antonov"}),
    ("The president of France, Emmanuel Macron, called for calm.",
     "president of France, Emmanuel Macron", "title-comma-name",
     {"title": "president", "country": "France", "person": "Emmanuel Macron"}),
    ("The US ambassador to Moscow, John Sullivan, met officials on the embassy grounds.",
     "US ambassador to Moscow, John Sullivan", "title-comma-name",
     {"country": "US", "title": "ambassador", "to": "Moscow", "person": "John Sullivan"}),
    ("The former U.S. president, George W. Bush, returned to the stage.",
     "former U.S. president, George W. Bush", "title-comma-name",
     {"modifier": "former", "country": "U.S.", "title": "president", "person": "George W. Bush"}),
    # name, comma, title
    ("Vladimir Putin, the Russian president, said the sanctions would fail.",
     "Vladimir Putin, the Russian president", "name-comma-title",
     {"country": "Russian", "title": "president", "person": "Vladimir Putin"}),
    ("Olaf Scholz, Germany's chancellor, travelled to the summit by train.",
     "Olaf Scholz, Germany's chancellor", "name-comma-title",
     {"country": "Germany", "title": "chancellor", "person": "Olaf Scholz"}),
    ("Anatoly Antonov, Russia's ambassador to the US, declined to comment.",
     "Anatoly Antonov, Russia's ambassador to the US", "name-comma-title",
     {"country": "Russia", "title": "ambassador", "to": "US", "person": "Anatoly Antonov"}),
    ("Narendra Modi, India's prime minister, arrived on Monday.",
     "Narendra Modi, India's prime minister", "name-comma-title",
     {"country": "India", "title": "prime minister", "person": "Narendra Modi"}),
    ("Vladimir Putin, Russia's president since 2012, has ruled out talks.",  # an open tenure (test_tenure.py)
     "Vladimir Putin, Russia's president since 2012", "tenure",
     {"country": "Russia", "title": "president", "person": "Vladimir Putin", "start": "2012", "shape": "tenure",
      "open": "yes"}),
]


@pytest.mark.parametrize("sentence, text, rule, slots", POSITIVE, ids=[p[1] for p in POSITIVE])
def test_forms(claims_of, sentence, text, rule, slots):
    (claim,) = claims_of(sentence, "officeholder")
    assert claim.text == text
    assert claim.rule == f"officeholder.{rule}"
    assert claim.slots == slots


def test_then_vice_president_takes_time_from_the_sentence(claims_of):
    (claim,) = claims_of("In 2014, then-Vice President Joe Biden visited Kyiv twice.", "officeholder")
    assert claim.text == "then-Vice President Joe Biden"
    assert claim.slots == {"modifier": "then-", "title": "Vice President", "person": "Joe Biden"}
    assert claim.anchor == "2014"


def test_then_asks_for_a_time_written_after_the_claim(claims_of):
    (claim,) = claims_of("Then-Vice President Joe Biden visited Kyiv in April 2014.", "officeholder")
    assert claim.anchor == "2014-04"


def test_former_does_not_take_a_later_date(claims_of):
    (claim,) = claims_of(
        "Former President Donald Trump, who left office in January 2021, criticised the plan.",
        "officeholder",
    )
    assert claim.slots["person"] == "Donald Trump"
    assert claim.anchor is None


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("German President Ursula von der Leyen would be a false claim, but a well-parsed one.",
         "Ursula von der Leyen"),
        ("President Recep Tayyip Erdoğan offered to host the talks.", "Recep Tayyip Erdoğan"),
        ("The envoy met President George W. Bush at the ranch.", "George W. Bush"),
        ("The envoy met President George H.W. Bush at the ranch.", "George H.W. Bush"),
        ("President Luiz Inácio Lula da Silva arrived in Beijing.", "Luiz Inácio Lula da Silva"),
        ("King Charles III addressed the chamber.", "Charles III"),
    ],
)
def test_names_with_particles_diacritics_and_initials(claims_of, sentence, person):
    (claim,) = claims_of(sentence, "officeholder")
    assert claim.slots["person"] == person
    assert claim.text.endswith(person)


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision fell to European Commission President Ursula von der Leyen on Monday.",
        "He praised former London mayor Boris Johnson for his loyalty.",
        "They met NATO Secretary of State Jens Stoltenberg, a title the vocabulary lacks.",
    ],
)
def test_a_title_qualified_by_an_unknown_word_makes_no_claim(claims_of, sentence):
    # The office is the Commission's, London's or NATO's: judging the bare title would pick
    # some other office of that name.
    assert claims_of(sentence, "officeholder") == []


@pytest.mark.parametrize(
    "sentence, text, person",
    [
        ("President Biden's plan drew criticism from both parties.", "President Biden", "Biden"),
        ("Indian Prime Minister Narendra Modi's visit was delayed by fog.",
         "Indian Prime Minister Narendra Modi", "Narendra Modi"),
        ("US President Joe Biden’s administration said it would respond.",
         "US President Joe Biden", "Joe Biden"),
        ("Ukrainian President Volodymyr Zelenskyy's office confirmed the call.",
         "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy"),
    ],
)
def test_possessive_is_not_part_of_the_name(claims_of, sentence, text, person):
    (claim,) = claims_of(sentence, "officeholder")
    assert (claim.text, claim.slots["person"]) == (text, person)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The statement was welcomed by Russian President Vladimir Putin.", "Vladimir Putin"),
        ("The talks were led by Secretary of State Antony Blinken. Russia did not reply.", "Antony Blinken"),
        ("The call was with U.S. President Joe Biden.", "Joe Biden"),
        ("He met with President Biden.", "Biden"),
        ("The speech was given by President George W. Bush.", "George W. Bush"),
        ('"Russian President Vladimir Putin," he said, "is isolated."', "Vladimir Putin"),
    ],
)
def test_sentence_final_name_has_no_period(claims_of, text, person):
    (claim,) = claims_of(text, "officeholder")
    assert claim.slots["person"] == person
    assert not claim.text.endswith(".")


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Russian President Vladimir Putin Tuesday said the talks had failed.",
         "Russian President Vladimir Putin"),
        ("Vice President Kamala Harris Thursday announced the aid package.",
         "Vice President Kamala Harris"),
        ("U.S. President Joe Biden on Monday said the deal was close.", "U.S. President Joe Biden"),
    ],
)
def test_weekday_after_the_name_is_not_part_of_it(claims_of, sentence, text):
    (claim,) = claims_of(sentence, "officeholder")
    assert claim.text == text


@pytest.mark.parametrize(
    "sentence",
    [
        "The president said the talks would continue.",
        "The President said nothing about the deal.",
        "The president Tuesday said talks would continue.",
        "The envoy Monday said the talks had stalled.",
        "President Tuesday signed the bill.",
        "Talks between the president and Germany's chancellor went on.",
        "The vice-presidential debate drew a large audience.",
        "The Vice-Presidency was vacant for a month.",
        "The ambassador, John Sullivan, said little.",  # no country: too vague to check
        "A presidential envoy, Mr. Smith, arrived.",
        "President-elect Joe Biden named his team.",
        "Martin Luther King Jr. spoke to the crowd.",
        "The Martin Luther King Jr. Day parade was cancelled.",
        "Kyiv, the Ukrainian capital, was quiet overnight.",
        "The summit was attended by the president.",
    ],
)
def test_no_claim(claims_of, sentence):
    assert claims_of(sentence, "officeholder") == []


def test_vice_president_is_never_read_as_president(claims_of):
    (claim,) = claims_of("Vice-President Kamala Harris met the delegation.", "officeholder")
    # the whole hyphenated title, never "President Kamala Harris"
    assert claim.slots["title"] == "Vice-President"
    assert claim.text == "Vice-President Kamala Harris"


def test_place_before_comma_is_not_a_name(claims_of):
    text = "In Moscow, Russian Prime Minister Mikhail Mishustin told ministers to prepare."
    (claim,) = claims_of(text, "officeholder")
    assert claim.text == "Russian Prime Minister Mikhail Mishustin"
    assert claim.rule == "officeholder.title-before-name"
    assert "Moscow" not in claim.text


@pytest.mark.parametrize("place", ["Washington", "Berlin", "Kyiv"])
def test_capital_before_comma_then_title_without_country(claims_of, place):
    (claim,) = claims_of(f"In {place}, Chancellor Olaf Scholz said the aid would continue.", "officeholder")
    assert claim.text == "Chancellor Olaf Scholz"
    assert claim.slots["person"] == "Olaf Scholz"


def test_two_officeholders_in_one_sentence(claims_of):
    text = "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris."
    found = claims_of(text, "officeholder")
    assert [c.text for c in found] == ["French President Emmanuel Macron", "German Chancellor Olaf Scholz"]
    assert found[0].end < found[1].start


def test_list_of_officeholders_separated_by_commas(claims_of):
    text = "President Joe Biden, Vice President Kamala Harris and aides met on Friday."
    assert [c.slots["person"] for c in claims_of(text, "officeholder")] == ["Joe Biden", "Kamala Harris"]


def test_offsets_are_article_offsets_not_sentence_offsets(vocabulary, in_sentence):
    grammar = officeholder.build(vocabulary)
    (claim,) = in_sentence(grammar, "Talks with Prime Minister Narendra Modi of India ended.", offset=57)
    assert claim.start == 57 + len("Talks with ")
    assert claim.slot_spans["country"][0] > claim.slot_spans["person"][0]


def test_no_trigger_word_is_cheap_and_empty(vocabulary, in_sentence):
    grammar = officeholder.build(vocabulary)
    assert in_sentence(grammar, "Markets fell sharply after the announcement.") == []


def test_vocabulary_decides_the_titles(in_sentence):
    from claims.vocabulary import Vocabulary

    grammar = officeholder.build(Vocabulary(titles=("Governor",), countries=("Texas",)))
    (claim,) = in_sentence(grammar, "Texas Governor Greg Abbott signed it.")
    assert claim.slots == {"country": "Texas", "title": "Governor", "person": "Greg Abbott"}
    assert in_sentence(grammar, "Russian President Vladimir Putin signed it.") == []


@pytest.mark.parametrize(
    "sentence, text, person",
    [
        # the title is the possessor's: the name ends at the possessive
        ("Prime Minister Narendra Modi's Bharatiya Janata Party lost its majority.",
         "Prime Minister Narendra Modi", "Narendra Modi"),
        ("Talks with German Chancellor Olaf Scholz's Social Democrats broke down.",
         "German Chancellor Olaf Scholz", "Olaf Scholz"),
        ("Russian President Vladimir Putin’s United Russia party won the vote.",
         "Russian President Vladimir Putin", "Vladimir Putin"),
        # "of India" belongs to the party, not to the title
        ("Prime Minister Narendra Modi's Bharatiya Janata Party of India won.",
         "Prime Minister Narendra Modi", "Narendra Modi"),
    ],
)
def test_a_name_ends_at_a_possessive_followed_by_more_names(claims_of, sentence, text, person):
    (claim,) = claims_of(sentence, "officeholder")
    assert (claim.text, claim.slots["person"]) == (text, person)
    assert "country" not in claim.slots or claim.slots["country"] in sentence[:sentence.index(person)]


def test_a_possessed_name_before_a_title_is_no_person(claims_of):
    # the appositive describes the Social Democrats (of which the title is a part), not Scholz
    assert claims_of("Olaf Scholz's Social Democrats, the German chancellor's party, lost.", "officeholder") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Congress party president Rahul Gandhi conceded defeat on Tuesday.",
        "The club president Florentino Perez said nothing.",
        "Russia's deputy prime minister Alexander Novak arrived.",  # "deputy" is no part of the title here
        "The shadow chancellor John McDonnell replied.",
        "A former party president Joe Smith spoke.",
        "The nation's first president George Washington is on the note.",
        "Britain's future prime minister Liz Truss was then at the Foreign Office.",
        "The central bank president Christine Lagarde raised rates.",
        "The party's president Rahul Gandhi conceded.",
    ],
)
def test_a_title_qualified_by_a_lower_case_noun_makes_no_claim(claims_of, sentence):
    # the office is the party's, the club's, a deputy's, or another time's
    assert claims_of(sentence, "officeholder") == []


@pytest.mark.parametrize(
    "sentence",
    ["He met with President Joe Biden on Monday.", "Reporters asked President Joe Biden about it.",
     "The bill was signed by President Joe Biden.", "She said President Joe Biden was wrong."],
)
def test_verbs_and_prepositions_before_a_title_are_no_qualifier(claims_of, sentence):
    (claim,) = claims_of(sentence, "officeholder")
    assert claim.text == "President Joe Biden"


@pytest.mark.parametrize(
    "sentence, text, person",
    [
        ("Mrs. May, the British prime minister, flew to Brussels.", "May, the British prime minister", "May"),
        ("Mr Macron, the French president, hosted the talks.", "Macron, the French president", "Macron"),
        ("Ms. Merkel, Germany's chancellor, declined.", "Merkel, Germany's chancellor", "Merkel"),
    ],
)
def test_an_honorific_and_a_surname(claims_of, sentence, text, person):
    (claim,) = claims_of(sentence, "officeholder")
    assert (claim.text, claim.slots["person"]) == (text, person)


def test_a_country_that_ends_the_name_gives_a_longer_reading(in_sentence):
    from claims.vocabulary import Vocabulary

    grammar = officeholder.build(Vocabulary(titles=("Prime Minister", "President"),
                                            countries=("Portugal", "Portuguese", "Montenegro", "Russia")))
    (claim,) = in_sentence(grammar, "Portuguese Prime Minister Luís Montenegro arrived in Brussels.")
    assert claim.slots["person"] == "Luís"
    assert claim.slots["person_long"] == "Luís Montenegro"  # the verifier takes it if the base knows him
    assert claim.text == "Portuguese Prime Minister Luís Montenegro"
    (claim,) = in_sentence(grammar, "Mr. Montenegro, the Portuguese prime minister, arrived.")
    assert claim.slots["person"] == "Montenegro"
    (claim,) = in_sentence(grammar, "Biden told President Vladimir Putin Russia would pay.")
    assert (claim.slots["person"], claim.slots["person_long"]) == ("Vladimir Putin", "Vladimir Putin Russia")


@pytest.mark.parametrize("sentence, text, person, title", [
    ("Hillary Clinton, a former secretary of state, conceded early on Wednesday.",
     "Hillary Clinton, a former secretary of state", "Hillary Clinton", "secretary of state"),
    ("Clinton, 69, a former secretary of state and senator from New York, spoke.",
     "Clinton, 69, a former secretary of state", "Clinton", "secretary of state"),
    ("Gordon Brown, an ex-prime minister, wrote the foreword.", "Gordon Brown, an ex-prime minister",
     "Gordon Brown", "prime minister"),
    ("The former president, Bill Clinton, campaigned in Florida.", "former president, Bill Clinton",
     "Bill Clinton", "president"),
])
def test_former_title_in_apposition(claims_of, sentence, text, person, title):
    (claim,) = claims_of(sentence, "officeholder")
    assert claim.text == text
    assert (claim.slots["person"], claim.slots["title"].lower(), claim.slots["modifier"].lower().rstrip("-")) == (
        person, title, "former" if "former" in text else "ex")


@pytest.mark.parametrize("sentence", [
    "Hillary Clinton, a secretary of state's daughter, spoke.",  # "a" without "former": no claim
    "John Smith, a president of three companies, spoke.",
])
def test_indefinite_title_without_former_is_no_claim(claims_of, sentence):
    assert claims_of(sentence, "officeholder") == []


# --- forms a QA review met in unseen articles ----------------------------------------------------

def _us_grammar():
    from claims.vocabulary import Vocabulary

    return officeholder.build(Vocabulary(
        titles=("President", "Governor", "Florida Governor", "Senator", "Representative", "Premier",
                "South Australian Premier", "Leader"),
        countries=("US", "U.S.", "American", "Australian", "Australia", "South African", "Mexico"),
        capitals=("Washington",)))


@pytest.mark.parametrize("sentence, text, slots", [
    ("Rep. Nancy Pelosi said she would run.", "Rep. Nancy Pelosi",
     {"title": "Representative", "abbreviation": "Rep.", "person": "Nancy Pelosi"}),
    ("Kevin Cramer beat Sen. Heidi Heitkamp in North Dakota.", "Sen. Heidi Heitkamp",
     {"title": "Senator", "abbreviation": "Sen.", "person": "Heidi Heitkamp"}),
    ("Gov. Rick Scott led in Florida.", "Gov. Rick Scott",
     {"title": "Governor", "abbreviation": "Gov.", "person": "Rick Scott"}),
    ("Florida Gov. Rick Scott spoke.", "Florida Gov. Rick Scott",
     {"title": "Florida Governor", "abbreviation": "Florida Gov.", "person": "Rick Scott"}),
    ("Republican Sen. Ted Cruz won.", "Sen. Ted Cruz",  # a party is no qualifier of an abbreviation
     {"title": "Senator", "abbreviation": "Sen.", "person": "Ted Cruz"}),
    ("former Gov. Rick Scott spoke.", "former Gov. Rick Scott",
     {"modifier": "former", "title": "Governor", "abbreviation": "Gov.", "person": "Rick Scott"}),
])
def test_abbreviated_us_titles(in_sentence, sentence, text, slots):
    (claim,) = in_sentence(_us_grammar(), sentence)
    assert claim.text == text
    assert {k: claim.slots.get(k) for k in slots} == slots
    assert "title" not in claim.slot_spans  # the title is named, the abbreviation located


@pytest.mark.parametrize("sentence", [
    "Hun Sen said the talks would go on.",  # a name
    "The rep. of the firm spoke to Nancy Pelosi.",  # lower case
    "Ohio Senate Sen. Bob Smith spoke.",  # another office's senator: qualified
])
def test_no_abbreviated_title(in_sentence, sentence):
    assert in_sentence(_us_grammar(), sentence) == []


def test_a_capitalised_word_before_the_country_qualifies_the_office(in_sentence):
    grammar = _us_grammar()
    # before: "Australian Premier Steven Marshall" (judged as the Premier of New South Wales)
    (claim,) = in_sentence(grammar, "South Australian Premier Steven Marshall said so.")
    assert claim.slots["title"] == "South Australian Premier" and "country" not in claim.slots
    assert in_sentence(grammar, "Western Australian Premier Mark McGowan agreed.") == []
    assert in_sentence(grammar, "New Mexico President Bob Smith agreed.") == []
    # a country of two words is matched whole; an opening adverb is no qualifier
    (claim,) = in_sentence(grammar, "South African President Cyril Ramaphosa called.")
    assert claim.slots["country"] == "South African"
    (claim,) = in_sentence(grammar, "Like American President Joe Biden, she spoke.")
    assert claim.slots["country"] == "American"
    (claim,) = in_sentence(grammar, "Australian Premier Steven Marshall spoke.")
    assert claim.slots["country"] == "Australian"


def test_a_plural_title_makes_one_claim_per_person(in_sentence):
    grammar = _us_grammar()
    sentence = "Former Presidents Barack Obama, George W. Bush and Bill Clinton attended."
    found = in_sentence(grammar, sentence)
    assert [(c.slots["modifier"], c.slots["title"], c.slots["person"]) for c in found] == [
        ("Former", "President", "Barack Obama"), ("Former", "President", "George W. Bush"),
        ("Former", "President", "Bill Clinton")]
    assert all(c.rule == "officeholder.plural-title" for c in found)
    found = in_sentence(grammar, "Sens. Ted Cruz and John Cornyn voted no.")
    assert [(c.slots["title"], c.slots["abbreviation"], c.slots["person"]) for c in found] == [
        ("Senator", "Sens.", "Ted Cruz"), ("Senator", "Sens.", "John Cornyn")]


@pytest.mark.parametrize("sentence", [
    "Presidents Barack Obama and Bill Clinton attended the funeral.",  # no modifier: no time
    "Former Democrats Barack Obama and Bill Clinton attended.",  # no title
    "Former Presidents Barack Obama's and Bill Clinton's libraries opened.",  # possessives
])
def test_no_plural_claim(in_sentence, sentence):
    assert [c for c in in_sentence(_us_grammar(), sentence) if c.rule == "officeholder.plural-title"] == []


def test_a_title_word_the_base_lacks_qualifies_the_title(in_sentence):
    # "Majority Leader" is no "Leader" of the vocabulary
    assert in_sentence(_us_grammar(), "Senate Majority Leader Mitch McConnell spoke.") == []


def test_a_building_named_after_an_officeholder_is_no_claim(in_sentence):
    from claims.vocabulary import Vocabulary

    grammar = officeholder.build(Vocabulary(titles=("King", "President"), countries=(), capitals=()))
    assert in_sentence(grammar, "They met at the King George VI Memorial Chapel on Sunday.") == []
    assert in_sentence(grammar, "The gala was at the President John F. Kennedy Center.") == []
    (claim,) = in_sentence(grammar, "King George VI opened the new hospital wing.")
    assert claim.slots["person"] == "George VI"
