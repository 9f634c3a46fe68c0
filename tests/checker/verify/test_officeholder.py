"""Officeholder verdicts on running text, against the small test base (conftest.py)."""
from __future__ import annotations

import pytest


def one(verdicts):
    assert len(verdicts) == 1, [v.claim.text for v in verdicts]
    return verdicts[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "German Chancellor Olaf Scholz arrived in Paris on a two-day visit.",
        "The talks were led by Olaf Scholz, the German chancellor, and his aides.",
        "Germany's chancellor, Olaf Scholz, said the pipeline would stay closed.",
        "Chancellor Olaf Scholz of Germany spoke first.",
        "Chancellor Olaf Scholz spoke first.",
    ],
)
def test_current_holder_is_verified_in_every_form(small_index, judge_text, sentence):
    v = one(judge_text(small_index, sentence, "2022-03-03"))
    assert (v.verdict, v.reason) == ("verified", "holds-office")
    assert "Olaf Scholz" in v.explanation and "Chancellor of Germany" in v.explanation
    assert v.evidence and v.evidence[0].ref.startswith("ref/base.yaml:")


def test_former_holder_named_as_current_conflicts_and_says_who_holds_it(small_index, judge_text):
    v = one(judge_text(small_index, "German Chancellor Angela Merkel opened the summit.", "2022-03-03"))
    assert (v.verdict, v.reason) == ("conflicting", "other-holder")
    assert v.explanation == (
        "as of 2022-03-03 the Chancellor of Germany is Olaf Scholz (since 2021-12-08); "
        "Angela Merkel held the office 2005-11-22 – 2021-12-08"
    )
    assert v.suggestion == "Olaf Scholz"
    assert {e.fact.split(":")[0] for e in v.evidence} == {"Olaf Scholz", "Angela Merkel"}


def test_person_who_never_held_the_office_conflicts(small_index, judge_text):
    v = one(judge_text(small_index, "Russian President Joe Biden denied it.", "2022-03-03"))
    assert (v.verdict, v.reason) == ("conflicting", "never-held")
    assert "Vladimir Putin" in v.explanation


def test_same_claim_verified_at_an_earlier_article_date(small_index, judge_text):
    v = one(judge_text(small_index, "German Chancellor Angela Merkel opened the summit.", "2015-06-01"))
    assert v.verdict == "verified"


def test_anchored_year_moves_the_time_of_the_claim(small_index, judge_text):
    v = one(judge_text(small_index, "In 2010, Russian President Dmitry Medvedev visited Berlin.", "2022-03-03"))
    assert (v.verdict, v.when) == ("verified", "2010")


def test_then_uses_the_anchor_even_after_the_name(small_index, judge_text):
    verdicts = judge_text(small_index, "Then-President Barack Obama visited Moscow in 2009.", "2022-03-03")
    v = one([v for v in verdicts if v.claim.kind == "officeholder"])  # the trip is an event claim
    assert (v.verdict, v.when) == ("verified", "2009")


def test_year_precision_is_respected_across_a_change_of_holder(small_index, judge_text):
    # Medvedev took over on 2008-05-07: "in 2008" fits both men.
    for name in ("Vladimir Putin", "Dmitry Medvedev"):
        v = one(judge_text(small_index, f"In 2008, Russian President {name} met the press.", "2022-03-03"))
        assert v.verdict == "verified", v.explanation


def test_former_is_verified_after_the_term_and_conflicts_during_it(small_index, judge_text):
    v = one(judge_text(small_index, "Former President Barack Obama endorsed him.", "2022-03-03"))
    assert (v.verdict, v.reason) == ("verified", "held-before")
    v = one(judge_text(small_index, "Former President Joe Biden endorsed him.", "2022-03-03"))
    assert (v.verdict, v.reason) == ("conflicting", "still-in-office")


def test_past_the_horizon_is_unknown_never_verified_or_conflicting(small_index, judge_text):
    # The test source's snapshot is 2023-06-30; Scholz's term is open.
    v = one(judge_text(small_index, "German Chancellor Olaf Scholz spoke.", "2024-01-10"))
    assert (v.verdict, v.reason) == ("unknown", "after-horizon")
    assert "up to 2023-06-30" in v.explanation
    v = one(judge_text(small_index, "German Chancellor Angela Merkel spoke.", "2024-01-10"))
    assert v.verdict == "unknown"


def test_imprecise_dates_give_unknown_at_the_edges(small_index, judge_text):
    # Sullivan's term: 2020 – 2022-09 (year and month precision only).
    assert one(judge_text(small_index, "US Ambassador to Russia John Sullivan left.", "2021-05-01")).verdict == "verified"
    assert one(judge_text(small_index, "US Ambassador to Russia John Sullivan left.", "2022-09-15")).verdict == "unknown"
    assert one(judge_text(small_index, "US envoy John Sullivan left.", "2021-05-01")).verdict == "verified"


def test_misspelled_name_is_judged_for_the_person_meant(small_index, judge_text):
    claim, spelling = judge_text(small_index, "Russian President Vladmir Putin spoke.", "2022-03-03")
    assert (claim.claim.kind, claim.verdict) == ("officeholder", "verified")
    assert "Vladimir Putin" in claim.explanation and claim.suggestion == "Vladimir Putin"
    # ... and a separate spelling finding on the name alone, with the right spelling.
    assert (spelling.claim.kind, spelling.claim.text, spelling.verdict) == ("spelling", "Vladmir Putin", "conflicting")
    assert spelling.reason == "misspelled-name" and spelling.suggestion == "Vladimir Putin"


def test_a_name_spelled_as_an_alias_is_no_spelling_finding(small_index, judge_text):
    (v,) = judge_text(small_index, "German Chancellor Gerhard Schroeder spoke.", "2002-03-03")
    assert v.verdict == "verified"


def test_surname_links_to_the_full_name_earlier_in_the_article(small_index, judge_text):
    text = "Former President George W. Bush spoke first. Later, President Bush left the stage."
    verdicts = judge_text(small_index, text, "2005-03-03")
    assert [v.verdict for v in verdicts] == ["conflicting", "verified"]
    assert "George W. Bush" in verdicts[1].explanation


def test_ambiguous_surname_is_decided_by_time_or_left_unknown(small_index, judge_text):
    v = one(judge_text(small_index, "President Bush spoke.", "1990-06-01"))
    assert v.verdict == "verified" and "George H. W. Bush" in v.explanation
    v = one(judge_text(small_index, "President Bush spoke.", "2015-06-01"))
    assert v.verdict == "unknown"


def test_unknown_person_and_unknown_office_are_unknown(small_index, judge_text):
    v = one(judge_text(small_index, "German Chancellor Hans Beispiel spoke.", "2022-03-03"))
    assert v.verdict in ("unknown", "conflicting")
    # An unknown name never conflicts: the reference cannot know everyone.
    assert v.verdict == "unknown"


def test_explanation_names_the_earlier_holder_in_full(small_index, judge_text):
    # never the last word of the name: "Tsai Ing-wen", "Margrethe II", "Wei Fenghe"
    v = one(judge_text(small_index, "President George W. Bush spoke.", "2012-03-03"))
    assert v.verdict == "conflicting"
    assert v.explanation.endswith("; George W. Bush held the office 2001-01-20 – 2009-01-20")


MORE = """\
countries:
  - {id: PT, name: Portugal, demonyms: [Portuguese], source: desk}
  - {id: ME, name: Montenegro, demonyms: [Montenegrin], source: desk}
  - {id: FR, name: France, demonyms: [French], source: desk}
  - {id: PL, name: Poland, demonyms: [Polish], source: desk}
  - {id: AT, name: Austria, demonyms: [Austrian], source: desk}
  - {id: IT, name: Italy, demonyms: [Italian], source: desk}
offices:
  - {id: pt.prime-minister, name: Prime Minister of Portugal, country: PT, forms: [Prime Minister], source: desk}
  - {id: pt.president, name: President of Portugal, country: PT, forms: [President], source: desk}
  - {id: me.president, name: President of Montenegro, country: ME, forms: [President], source: desk}
  - {id: fr.president, name: President of France, country: FR, forms: [President], source: desk}
  - {id: pl.president, name: President of Poland, country: PL, forms: [President], source: desk}
  - {id: at.president, name: President of Austria, country: AT, forms: [President], source: desk}
  - {id: it.president, name: President of Italy, country: IT, forms: [President], source: desk}
people:
  - {id: Q100, name: Luís Montenegro, source: desk}
  - {id: Q101, name: António Costa, source: desk}
  - {id: Q102, name: Rahul Gandhi, source: desk}
  - {id: Q103, name: Theresa May, born: 1956-10-01, source: desk}
terms:
  - {person: Q101, office: pt.prime-minister, start: 2015-11-26, end: 2023-01-02, source: desk}
  - {person: Q100, office: pt.prime-minister, start: 2023-01-02, source: desk}
"""


@pytest.fixture(scope="module")
def more_index(tmp_path_factory):
    from tests.checker.conftest import BASE, index_of, write_base

    folder = write_base(tmp_path_factory.mktemp("ref"), BASE)
    return index_of(write_base(folder, MORE, "more.yaml"))


def test_a_title_that_fits_many_offices_lists_a_few(more_index, judge_text):
    v = one(judge_text(more_index, "President Rahul Gandhi spoke.", "2023-03-03"))
    assert (v.verdict, v.reason) == ("unknown", "office-ambiguous")
    listed = v.explanation.split(": ", 1)[1]
    assert listed.endswith(" and 3 more") and listed.count(", ") == 4, listed


def test_a_title_qualified_by_a_party_makes_no_claim(more_index, judge_text):
    assert judge_text(more_index, "Congress party president Rahul Gandhi spoke.", "2023-03-03") == []


def test_a_name_that_ends_in_a_country_is_read_whole_when_the_base_knows_it(more_index, judge_text):
    v = one(judge_text(more_index, "Portuguese Prime Minister Luís Montenegro arrived.", "2023-06-04"))
    assert (v.verdict, v.claim.text) == ("verified", "Portuguese Prime Minister Luís Montenegro")
    assert "Luís Montenegro is Prime Minister of Portugal" in v.explanation
    # and then the surname alone, and with an honorific, means him
    text = "Portuguese Prime Minister Luís Montenegro arrived. Mr. Montenegro, the Portuguese prime minister, spoke."
    assert [v.verdict for v in judge_text(more_index, text, "2023-06-04")] == ["verified", "verified"]
    # the same words in 2020 (the base's dates made up): António Costa was prime minister
    v = one(judge_text(more_index, "Portuguese Prime Minister Luís Montenegro arrived.", "2020-06-04"))
    assert (v.verdict, v.suggestion) == ("conflicting", "António Costa")


def test_a_country_after_a_surname_is_not_taken_into_the_name(more_index, judge_text):
    v = one(judge_text(more_index, "Biden told President Vladimir Putin Russia would pay.", "2022-03-03"))
    assert v.verdict == "verified" and "Vladimir Putin is President of Russia" in v.explanation


def test_a_possessive_ends_the_name(more_index, judge_text):
    v = one(judge_text(more_index, "Russian President Vladimir Putin's United Russia party won.", "2022-03-03"))
    assert (v.verdict, v.claim.text) == ("verified", "Russian President Vladimir Putin")


def test_title_of_country_before_the_name(more_index, judge_text):
    v = one(judge_text(more_index, "The Chancellor of Germany Olaf Scholz spoke.", "2022-03-03"))
    assert (v.verdict, v.claim.text) == ("verified", "Chancellor of Germany Olaf Scholz")
    v = one(judge_text(more_index, "The Chancellor of Germany Angela Merkel spoke.", "2022-03-03"))
    assert v.verdict == "conflicting"


def test_a_term_two_sources_state_is_listed_once_at_its_most_precise():
    from checker.verify.officeholder import _more_precise
    assert _more_precise("2021-08-03 – 2024-05-19", "2021-08-03 – 2024-05")
    assert _more_precise("2021-09-15 – 2022-09-06", "since 2021-09-15")
    assert not _more_precise("2021-08-03 – 2024-05", "2021-08-03 – 2024-05-19")
    assert not _more_precise("2005 – 2010", "2005 – 2009")  # another end is another term


def test_a_several_seat_office_says_so_when_it_cannot_decide(make_base, judge_text):
    from tests.checker.conftest import BASE, index_of
    text = BASE.replace("forms: [Ambassador, Envoy], source: desk}", "forms: [Ambassador, Envoy], single_seat: no, source: desk}")
    index = index_of(make_base(text))
    v = one(judge_text(index, "US Ambassador to Russia Joe Biden arrived.", "2021-03-01"))
    assert (v.verdict, v.reason) == ("unknown", "several-seat")
    assert "several holders at once" in v.explanation
