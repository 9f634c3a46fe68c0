"""What judging keeps per index (officeholder plans, dated election verdicts, name words)
must never change a verdict: an article judged after others gives what it gives first."""
from __future__ import annotations

from checker.index import ReferenceIndex
from checker.resolve import ArticleContext, person

ARTICLES = [
    ("Chancellor Angela Merkel met President Vladimir Putin. Later, Chancellor Merkel spoke.", "2015-03-01"),
    ("President Bush spoke. Former President George W. Bush spoke too.", "2005-03-01"),
    ("President George W. Bush spoke. Later, President Bush spoke again.", "2005-03-01"),
    ("Chancellor Merkel met President Putin. Chancellor Angela Merkel smiled.", "2023-03-01"),
    ("President Vladmir Putin spoke; Chancellor Angla Merkel spoke.", "2015-03-01"),
    ("Chancellor Gerhard Schroeder met Chancellor Olaf Scholz. In 2003, Chancellor Schröder spoke.", "2022-03-01"),
]


def _fresh(index: ReferenceIndex) -> ReferenceIndex:
    return ReferenceIndex.from_tables(index.tables())  # the same base, nothing kept yet


def _seen(verdicts) -> list[tuple]:
    return [(v.claim.text, v.verdict, v.reason, v.explanation, v.when, v.suggestion, v.evidence) for v in verdicts]


def test_an_article_is_judged_alike_after_others_and_first(small_index, judge_text):
    shared = _fresh(small_index)
    for _ in range(2):  # twice over: the second round finds everything kept
        for text, as_of in ARTICLES:
            assert _seen(judge_text(shared, text, as_of)) == _seen(judge_text(_fresh(small_index), text, as_of))


def test_a_surname_plan_is_not_carried_to_another_article(small_index, judge_text):
    # "Bush" means George W. Bush only after the article has named him
    text, as_of = "President Bush spoke.", "1990-03-01"
    alone = _seen(judge_text(_fresh(small_index), text, as_of))
    shared = _fresh(small_index)
    judge_text(shared, "President George W. Bush spoke. President Bush spoke.", as_of)
    assert _seen(judge_text(shared, text, as_of)) == alone


def test_a_match_without_fuzzy_scoring_takes_no_misspelling(small_index):
    assert person(small_index, "Vladmir Putin", ArticleContext()).how == "fuzzy"
    found = person(small_index, "Vladmir Putin", ArticleContext(), fuzzy=False)
    assert (found.ids, found.how) == ((), "none")
    assert person(small_index, "Vladimir Putin", ArticleContext(), fuzzy=False).how == "exact"


def test_term_offices_are_the_offices_of_the_persons_terms(small_index):
    for pid in (*small_index.people, "nobody"):
        assert small_index.term_offices(pid) == tuple(t.term.office for t in small_index.tenures_by_person[pid])


ELECTIONS = [
    ("Joe Biden defeated Donald Trump in the 2020 election. Biden won the 2020 election.", "2021-03-01"),
    ("Trump won the 2020 election. Biden lost the 2020 election.", "2021-03-01"),
    ("Hillary Clinton won the 2020 election. Clinton won the 2016 election.", "2021-03-01"),
    ("Bill Clinton defeated Bob Dole in the 1996 election. Clinton won the 2016 election.", "2021-03-01"),
]


def test_a_dated_election_claim_is_judged_alike_after_others(bundled_index):
    from datetime import date

    from checker.judge import AsOf, check_article
    from claims.extract import Extractor
    from claims.read import parse

    extractor = Extractor(bundled_index.vocabulary())  # (built once: the same vocabulary throughout)

    def judge(index, text, as_of):
        return list(check_article(parse(text, "a.txt"), extractor, index,
                                  AsOf(date.fromisoformat(as_of), "option")).verdicts)

    shared = _fresh(bundled_index)
    for _ in range(2):
        for text, as_of in ELECTIONS:
            verdicts = judge(shared, text, as_of)
            assert any(v.claim.kind == "election" for v in verdicts)
            assert _seen(verdicts) == _seen(judge(_fresh(bundled_index), text, as_of))
