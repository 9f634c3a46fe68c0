"""Officeholders named as they leave office (claims.departures): the title is the one held
up to the departure, so a successor already in office is no conflict."""
from __future__ import annotations


def one(verdicts):
    officeholders = [v for v in verdicts if v.claim.kind == "officeholder"]
    assert len(officeholders) == 1, [v.claim.text for v in verdicts]
    return officeholders[0]


def test_named_as_they_resign_is_verified_though_the_successor_holds_it(small_index, judge_text):
    text = "German Chancellor Angela Merkel stepped down on Wednesday after 16 years."
    v = one(judge_text(small_index, text, "2021-12-10"))
    assert (v.verdict, v.reason) == ("verified", "held-until-departure")
    assert "Angela Merkel was Chancellor of Germany (2005-11-22 – 2021-12-08)" in v.explanation
    assert "stepped down" in v.explanation and v.when == "2021-12-08"  # the Wednesday
    # the same title with no departure is the present one, and conflicts
    plain = one(judge_text(small_index, "German Chancellor Angela Merkel spoke on Wednesday.", "2021-12-10"))
    assert plain.verdict == "conflicting"


def test_outgoing_and_ousted_are_departures(small_index, judge_text):
    for text in ("Outgoing German Chancellor Angela Merkel handed over the keys.",
                 "Supporters of ousted Chancellor Angela Merkel gathered outside."):
        v = one(judge_text(small_index, text, "2021-12-09"))
        assert v.verdict == "verified", text


def test_a_departure_from_an_office_never_held(small_index, judge_text):
    # undated, it is unknown: the base may lack an old term; dated, the holder then is known
    v = one(judge_text(small_index, "Russian President Joe Biden resigned after the vote.", "2022-03-03"))
    assert (v.verdict, v.reason) == ("unknown", "never-held")
    v = one(judge_text(small_index, "Russian President Joe Biden resigned on Friday.", "2022-03-03"))
    assert (v.verdict, v.reason, v.when) == ("conflicting", "never-held", "2022-02-25")


def test_former_keeps_its_own_time(small_index, judge_text):
    text = "Former German Chancellor Angela Merkel announced her resignation from the party board."
    v = one(judge_text(small_index, text, "2022-03-03"))
    assert (v.verdict, v.reason) == ("verified", "held-before")


def test_a_departure_dated_before_the_term_conflicts(small_index, judge_text):
    v = one(judge_text(small_index, "German Chancellor Olaf Scholz resigned in 2019.", "2022-03-03"))
    assert (v.verdict, v.reason) == ("conflicting", "other-holder")
    assert "Angela Merkel" in v.explanation


def test_a_dated_departure_must_be_near_the_end_of_a_term(small_index, judge_text):
    # Merkel left on 2021-12-08: a resignation dated a year later is someone else's.
    v = one(judge_text(small_index, "German Chancellor Angela Merkel resigned on Dec. 1, 2022.", "2022-12-05"))
    assert (v.verdict, v.reason) == ("conflicting", "other-holder")
    assert "Olaf Scholz" in v.explanation
    near = one(judge_text(small_index, "German Chancellor Angela Merkel stepped down on Dec. 8, 2021.", "2022-03-03"))
    assert near.verdict == "verified" and "2021-12-08" in near.explanation


BORN = """
  - {id: Q8023, name: Nelson Mandela, born: 1918-07-18, source: desk}
"""


def test_an_age_at_death_is_the_age_on_the_date_of_death(make_base, judge_text):
    from tests.checker.conftest import BASE, index_of
    index = index_of(make_base(BASE.replace("people:\n", "people:" + BORN, 1)))
    ages = lambda text, as_of: [v for v in judge_text(index, text, as_of) if v.claim.kind == "age"]  # noqa: E731
    (v,) = ages("Nelson Mandela, 95, died in December 2013 at his home.", "2018-07-18")
    assert (v.verdict, v.when) == ("verified", "2013-12")
    (v,) = ages("Nelson Mandela, 94, died in December 2013 at his home.", "2018-07-18")
    assert v.verdict == "conflicting"
    (v,) = ages("Nelson Mandela, 95, died at his home.", "2018-07-18")  # no date: he may have died long ago
    assert (v.verdict, v.reason) == ("unknown", "undated-departure")


def test_former_on_the_day_of_the_handover(small_index, judge_text):
    # Trump's term ends on 2021-01-20, the day Biden's begins: both are true that day
    v = one(judge_text(small_index, "Former President Donald Trump did not attend.", "2021-01-20"))
    assert (v.verdict, v.reason) == ("verified", "held-before")
    assert "after handing it over that day" in v.explanation
    assert one(judge_text(small_index, "President Donald Trump left Washington.", "2021-01-20")).verdict == "verified"
    assert one(judge_text(small_index, "Former President Donald Trump spoke.", "2021-01-19")).verdict == "conflicting"
