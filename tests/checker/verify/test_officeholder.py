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
        "Merkel held the office 2005-11-22 – 2021-12-08"
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
