"""Shortcuts of judging (an officeholder plan's one reading judged straight by its test with the
facts at hand; the scan of an event side's tails kept per index) give what the long way gives."""
from __future__ import annotations

import pytest

from checker.index import ReferenceIndex
from checker.verify import officeholder

ARTICLES = [
    ("Chancellor Angela Merkel met President Vladimir Putin. Later, Chancellor Merkel spoke.", "2015-03-01"),
    ("Former Chancellor Gerhard Schröder spoke. Former Chancellor Angela Merkel spoke.", "2015-03-01"),
    ("Then-Chancellor Gerhard Schröder spoke. Outgoing Chancellor Angela Merkel spoke.", "2021-12-01"),
    ("In 2003, Chancellor Schröder spoke. President Vladmir Putin met Chancellor Angela Merkel.", "2022-03-01"),
    ("President Bush spoke. Former President George W. Bush spoke too.", "2005-03-01"),
    ("Chancellor Olaf Scholz met Chancellor Angela Merkel.", "2019-03-01"),
]


def _seen(verdicts) -> list[tuple]:
    return [(v.claim.text, v.verdict, v.reason, v.explanation, v.when, v.suggestion, v.evidence) for v in verdicts]


def _general(plan_of):
    """`_plan` with `one` left unset: every claim takes the general path."""
    def plan(index, s, context):
        found = plan_of(index, s, context)
        copy = object.__new__(officeholder._Plan)
        for slot in officeholder._Plan.__slots__:
            setattr(copy, slot, getattr(found, slot))
        copy.one = copy.facts = None
        return copy
    return plan


@pytest.mark.parametrize("text, as_of", ARTICLES)
def test_one_reading_is_judged_as_the_general_path_judges_it(small_index, judge_text, monkeypatch, text, as_of):
    index = ReferenceIndex.from_tables(small_index.tables())
    fast = _seen(judge_text(index, text, as_of))
    assert any(isinstance(p, officeholder._Plan) and p.one for p in index.verify_memo.values())
    monkeypatch.setattr(officeholder, "_plan", _general(officeholder._plan))
    assert _seen(judge_text(ReferenceIndex.from_tables(small_index.tables()), text, as_of)) == fast


def test_cited_positions_are_the_cited_terms(small_index):
    r = officeholder.Reading("Q567", "de.chancellor")
    facts = officeholder._held(small_index, r)
    for positions in ([0], list(range(len(facts.mine)))):
        terms = [facts.mine[k] for k in positions]
        assert facts.cited(positions, small_index) == (officeholder._spans(terms, small_index),
                                                        officeholder._evidence(terms, small_index))


def _person_scanned_anew(words, index, context):
    """`event._person` as it read every tail each time (before its scan was kept per index)."""
    from checker.resolve import person

    toks = words.split()
    for i in range(len(toks)):
        tail = " ".join(toks[i:])
        if index.country_id(tail):
            break
        m = person(index, tail, context, fuzzy=False)
        if m.ids and m.how in ("exact", "article", "surname") and m.strong:
            return set(m.ids)
    return set()


SIDES = ["Putin", "Vladimir Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "Merkel",
         "Chancellor Merkel", "Bush", "the US", "Germany", "Russia's Putin", "U.S. President Bush", "Nobody Known",
         "Putin —", "Angela", "George W. Bush", "the Kremlin", ""]


def test_a_sides_people_are_found_as_by_reading_every_tail(small_index):
    from checker.resolve import ArticleContext
    from checker.verify import event

    bare, named = ArticleContext(), ArticleContext()
    for pid, mention in (("Q567", "Angela Merkel"), ("Q207", "George W. Bush")):
        named.remember(small_index, pid, mention)
    # the article's part: a "Bush" named earlier is the one it means
    assert event._person("Bush", small_index, bare) == {"Q207", "Q23505"}
    assert event._person("Bush", small_index, named) == {"Q207"}
    for context in (bare, named):
        for words in SIDES * 2:  # twice: the second time finds the scan kept
            assert event._person(words, small_index, context) == _person_scanned_anew(words, small_index, context)
