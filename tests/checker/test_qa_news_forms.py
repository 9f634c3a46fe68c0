"""Forms a QA review met in unseen articles, judged end to end against the bundled base:
romanisations of a given name are no misspelling, a capitalised word before a country's
adjective qualifies the office, US copy's abbreviated titles ("Sen.", "Rep.", "Gov."),
title words the base lacks ("Majority Leader"), a surname that is also a place's word
("Cruz, 47,"), "X of Massachusetts, 69,", "Justice Sonia Sotomayor", plural titles and
buildings named after a person."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def check(check_bundled):
    def run(text: str) -> list[tuple[str, str, str, str]]:
        return [(v.claim.kind, v.claim.text, v.verdict, v.reason) for v in check_bundled(text).verdicts]

    return run


def of_kind(found, kind):
    return {text: (verdict, reason) for k, text, verdict, reason in found if k == kind}


# --- 1. romanisations of a given name ----------------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("Moscow Mayor Sergei Sobyanin said the city would reopen.", "Moscow Mayor Sergei Sobyanin"),
    ("Agriculture Minister Dmitri Patrushev spoke.", "Agriculture Minister Dmitri Patrushev"),
    ("Deputy Prime Minister Yuri Borisov was there.", "Deputy Prime Minister Yuri Borisov"),
    ("Education Minister Sergei Kravtsov agreed.", "Education Minister Sergei Kravtsov"),
    ("Iranian President Ibrahim Raisi called.", "Iranian President Ibrahim Raisi"),
])
def test_a_standard_romanisation_is_no_misspelling(check, sentence, text):
    # before: the claim was verified "(read 'Sergei Sobyanin' as 'Sergey Sobyanin', a 93%
    # match)" and a separate spelling finding conflicted (misspelled-name)
    found = check("MOSCOW, June 20, 2022 — " + sentence)
    assert of_kind(found, "officeholder") == {text: ("verified", "holds-office")}
    assert of_kind(found, "spelling") == {}


@pytest.mark.parametrize("sentence, written, right", [
    ("Russian President Vladmir Putin spoke.", "Vladmir Putin", "Vladimir Putin"),
    ("Ukrainian President Volodymyr Zelenksy replied.", "Volodymyr Zelenksy", "Volodymyr Zelensky"),
    ("Moscow Mayor Sergie Sobyanin spoke.", "Sergie Sobyanin", "Sergey Sobyanin"),  # no romanisation
])
def test_a_real_misspelling_is_still_reported(check, sentence, written, right):
    found = check("MOSCOW, June 20, 2022 — " + sentence)
    assert of_kind(found, "spelling") == {written: ("conflicting", "misspelled-name")}


# --- 2. a capitalised word before the country's adjective ----------------------------------------

def test_a_state_adjective_is_not_the_country(check):
    # before: "Australian Premier Steven Marshall" conflicted with the Premier of New South Wales
    found = of_kind(check("SYDNEY, June 20, 2019 — South Australian Premier Steven Marshall said the state "
                          "would act. Western Australian Premier Mark McGowan agreed. Queensland Premier "
                          "Annastacia Palaszczuk said so too."), "officeholder")
    assert found == {
        "South Australian Premier Steven Marshall": ("verified", "holds-office"),
        "Western Australian Premier Mark McGowan": ("verified", "holds-office"),
        "Queensland Premier Annastacia Palaszczuk": ("verified", "holds-office"),
    }


def test_no_state_named_is_no_conflict_with_one_state(check):
    found = of_kind(check("SYDNEY, June 20, 2019 — Australian Premier Steven Marshall spoke."), "officeholder")
    assert all(verdict != "conflicting" for verdict, _ in found.values())


def test_a_two_word_demonym_of_the_vocabulary_still_makes_a_claim(check):
    found = of_kind(check("SYDNEY, June 20, 2019 — South African President Cyril Ramaphosa called. North "
                          "Korean leader Kim Jong Un was silent."), "officeholder")
    assert found == {"South African President Cyril Ramaphosa": ("verified", "holds-office"),
                     "North Korean leader Kim Jong Un": ("verified", "holds-office")}


def test_an_unknown_qualifier_before_a_country_makes_no_claim(check):
    # "New Mexico": no Mexican governor is meant
    found = of_kind(check("SANTA FE, June 20, 2019 — The New Mexican President Andrés Manuel López Obrador"
                          " wrote."), "officeholder")
    assert found == {}


# --- 3. abbreviated US titles ---------------------------------------------------------------------

def test_sen_rep_gov(check):
    found = check("WASHINGTON, Nov. 7, 2018 — Rep. Nancy Pelosi said she would run. Gov. Rick Scott led. "
                  "Florida Gov. Rick Scott spoke. Republican Sen. Ted Cruz won. Kevin Cramer beat Sen. Heidi "
                  "Heitkamp in North Dakota.")
    offices = of_kind(found, "officeholder")
    assert offices["Rep. Nancy Pelosi"] == ("verified", "holds-office")
    assert offices["Gov. Rick Scott"] == ("verified", "holds-office")
    assert offices["Florida Gov. Rick Scott"] == ("verified", "holds-office")
    assert offices["Sen. Ted Cruz"] == ("verified", "holds-office")
    # before: an election claim "Kevin Cramer beat Sen" (the name cut at the abbreviation)
    assert not any(text.endswith("Sen") for _, text, _, _ in found)


def test_a_governor_named_at_the_wrong_time_conflicts(check):
    found = of_kind(check("TALLAHASSEE, June 1, 2021 — Florida Gov. Rick Scott spoke."), "officeholder")
    assert found == {"Florida Gov. Rick Scott": ("conflicting", "other-holder")}


def test_a_senator_is_verified_only(check):
    # several-seat: a senator named before his term is unknown, never conflicting
    found = of_kind(check("WASHINGTON, June 1, 2012 — Sen. Ted Cruz spoke."), "officeholder")
    assert [verdict for verdict, _ in found.values()] == ["unknown"]


def test_hun_sen_is_a_name(check):
    found = of_kind(check("PHNOM PENH, June 1, 2018 — Prime Minister Hun Sen spoke."), "officeholder")
    assert list(found) == ["Prime Minister Hun Sen"]


# --- 4. title words the base lacks ----------------------------------------------------------------

def test_majority_leader_does_not_leak_into_the_name(check):
    found = check("WASHINGTON, Nov. 7, 2018 — Senate Majority Leader Mitch McConnell, 76, said. "
                  "House Minority Leader Nancy Pelosi, 78, said.")
    # before: unknown "Majority Leader Mitch McConnell, 76": the reference does not know 'Majority'
    assert of_kind(found, "age") == {"Mitch McConnell, 76": ("verified", "age-matches"),
                                     "Nancy Pelosi, 78": ("verified", "age-matches")}
    assert of_kind(found, "officeholder") == {}  # "Majority Leader" is no "Leader" of the base


# --- 5, 6. ages ----------------------------------------------------------------------------------

def test_a_surname_that_is_also_a_place_word_has_an_age(check):
    # before: no claim ("Cruz" is a word of "Santa Cruz Governor")
    found = of_kind(check("HOUSTON, Nov. 7, 2018 — Ted Cruz won again. Cruz, 47, said he won."), "age")
    assert found == {"Cruz, 47": ("verified", "age-matches")}


def test_a_place_alone_is_no_person(check):
    found = check("WASHINGTON, Nov. 9, 2016 — Trump won Texas (38) and Florida (29).")
    assert of_kind(found, "age") == {}


def test_the_persons_state_between_name_and_age(check):
    found = of_kind(check("BOSTON, Nov. 7, 2018 — Sen. Elizabeth Warren of Massachusetts, 69, said she "
                          "would run."), "age")
    assert found == {"Elizabeth Warren of Massachusetts, 69": ("verified", "age-matches")}


# --- 7. Justice ----------------------------------------------------------------------------------

def test_justice_sotomayor(check):
    found = of_kind(check("WASHINGTON, Nov. 7, 2018 — Justice Sonia Sotomayor dissented."), "officeholder")
    assert found == {"Justice Sonia Sotomayor": ("verified", "holds-office")}


# --- 8. plural titles ----------------------------------------------------------------------------

def test_a_plural_title_makes_one_claim_per_person(check):
    found = of_kind(check("WASHINGTON, Nov. 7, 2018 — Former Presidents Barack Obama, George W. Bush and "
                          "Bill Clinton attended."), "officeholder")
    # before: no claim
    assert found == {
        "Former Presidents Barack Obama": ("verified", "held-before"),
        "Former Presidents Barack Obama, George W. Bush": ("verified", "held-before"),
        "Former Presidents Barack Obama, George W. Bush and Bill Clinton": ("verified", "held-before"),
    }


def test_each_person_of_a_plural_title_is_judged_as_with_the_singular(check):
    plural = of_kind(check("WASHINGTON, Nov. 7, 2018 — Former Presidents Barack Obama and Joe Biden "
                           "attended."), "officeholder")
    singular = of_kind(check("WASHINGTON, Nov. 7, 2018 — Former President Joe Biden attended."), "officeholder")
    assert plural["Former Presidents Barack Obama"][0] == "verified"
    assert plural["Former Presidents Barack Obama and Joe Biden"] == singular["Former President Joe Biden"]
    wrong = of_kind(check("BERLIN, Nov. 7, 2022 — Former German Chancellors Gerhard Schröder and Olaf Scholz"
                          " met."), "officeholder")
    assert wrong["Former German Chancellors Gerhard Schröder"][0] == "verified"
    assert wrong["Former German Chancellors Gerhard Schröder and Olaf Scholz"][0] == "conflicting"


def test_a_plural_title_without_a_modifier_makes_no_claim(check):
    # US usage keeps "President" for life: "Presidents Obama, Bush and Clinton" at a funeral
    found = of_kind(check("WASHINGTON, Dec. 5, 2018 — Presidents Barack Obama, George W. Bush and Bill Clinton"
                          " attended the funeral."), "officeholder")
    assert found == {}


def test_a_plural_that_is_no_title_makes_no_claim(check):
    found = of_kind(check("WASHINGTON, Nov. 7, 2018 — Democrats Nancy Pelosi and Chuck Schumer spoke."),
                    "officeholder")
    assert found == {}


# --- 9. buildings --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "They met at the King George VI Memorial Chapel.",
    "The gala was held at the President John F. Kennedy Center.",
    "She flew into the President Nelson Mandela Airport.",
])
def test_a_building_named_after_a_person_is_no_officeholder(check, sentence):
    assert of_kind(check("LONDON, Nov. 7, 2018 — " + sentence), "officeholder") == {}


def test_a_name_before_a_verb_is_still_a_person(check):
    found = of_kind(check("LONDON, Nov. 7, 1950 — King George VI opened the hospital."), "officeholder")
    assert list(found) == ["King George VI"]


def test_a_king_of_a_country_with_his_age(check):
    # before: unknown "Arabia, 92" (the country's last word read as the person)
    found = of_kind(check("RIYADH, July 24, 2013 — King Fahd of Saudi Arabia, 92, was remembered."), "age")
    assert found == {"Fahd of Saudi Arabia, 92": ("verified", "age-matches")}
