"""Taking office on a date, judged against the start of the person's terms."""
from __future__ import annotations

import pytest


def _took(verdicts):
    return [v for v in verdicts if v.claim.rule == "event-date.took-office"]


@pytest.mark.parametrize("text, as_of, verdict, reason", [
    ("Olaf Scholz took office in December 2021, promising continuity.", "2022-03-03", "verified", "took-office-matches"),
    ("Olaf Scholz took office on Dec. 8, 2021.", "2022-03-03", "verified", "took-office-matches"),
    # a date without a year: the year within six months of the article's
    ("Scholz's coalition was fragile. Olaf Scholz, who took office in December, hosted talks.", "2022-03-03",
     "verified", "took-office-matches"),
    ("Angela Merkel became chancellor in 2005 after a narrow election.", "2021-06-20", "verified", "took-office-matches"),
    # the office named and none of the person's terms of it starting then: a conflict
    ("Angela Merkel became chancellor in 2004 after a narrow election.", "2021-06-20", "conflicting", "took-office-mismatch"),
    ("Joe Biden was sworn in as president on Jan. 20, 2020.", "2021-06-20", "conflicting", "took-office-mismatch"),
    # no office named: the person may have taken one the base does not hold
    ("Joe Biden took office in 2019, aides said.", "2021-06-20", "unknown", "took-office-unsure"),
    # in office then already: a second term may have begun with a new swearing-in
    ("Vladimir Putin was sworn in as president in May 2018.", "2021-06-20", "unknown", "took-office-unsure"),
    # past the base's horizon (2023-06-30): a later term may be missing
    ("Angela Merkel became chancellor in 2024, a hoax claimed.", "2024-06-20", "unknown", "after-horizon"),
    ("Ivan Nobody took office in March 2020.", "2021-06-20", "unknown", "person-not-found"),
    # a weekday after the past verb: the last such day on or before the article's date
    ("Olaf Scholz was elected chancellor by the Bundestag on Wednesday.", "2021-12-09", "verified",
     "took-office-matches"),
    ("Olaf Scholz was sworn in as chancellor on Tuesday.", "2021-12-09", "conflicting", "took-office-mismatch"),
])
def test_took_office(small_index, judge_text, text, as_of, verdict, reason):
    (v,) = _took(judge_text(small_index, text, as_of))
    assert (v.verdict, v.reason) == (verdict, reason), v.explanation
    if verdict != "unknown":
        assert v.evidence and all(e.ref.startswith("ref/base.yaml:") for e in v.evidence)


def test_conflict_says_when_the_term_began(small_index, judge_text):
    (v,) = _took(judge_text(small_index, "Angela Merkel became chancellor in 2004.", "2021-06-20"))
    assert v.explanation == "Angela Merkel took office as Chancellor of Germany on 2005-11-22, not 2004"
    assert v.suggestion == "2005-11-22"
