"""The time a sentence anchors: only dates introduced by a preposition of time."""
from __future__ import annotations

import pytest

from claims.anchors import anchor, anchors_in, may_anchor, times


def before_x(sentence: str, anywhere: bool = False) -> str | None:
    return anchor(sentence, sentence.index("X"), anywhere)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In 2014, X visited Kyiv.", "2014"),
        ("On March 3, 2014, X moved troops.", "2014-03-03"),
        ("On 3 March 2014, X moved troops.", "2014-03-03"),
        ("in June 2009 X was elected.", "2009-06"),
        ("In January of 2021, X left office.", "2021-01"),
        ("During 2014, X met allies.", "2014"),
        ("By Feb. 2022, X had decided.", "2022-02"),
        ("By Feb 2022, X had decided.", "2022-02"),
        ("As of March 2022, X was in office.", "2022-03"),
        ("In early 2014, X met allies.", "2014"),
        ("In late January 2021, X left.", "2021-01"),
        ("In mid-2014, X visited.", "2014"),
        ("In mid 2014, X visited.", "2014"),
        ("In Sept. 2001, X spoke.", "2001-09"),
        ("On 2014-03-18, X signed.", "2014-03-18"),
        ("During 2014 and in 2015, X travelled.", "2015"),  # the last one before the claim
    ],
)
def test_anchored(sentence, expected):
    assert before_x(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2014 law, X said, was void.",
        "Since 2000, X has ruled.",
        "In the 2014 elections, X won.",
        "On Jan. 5, X spoke.",  # no year: nothing to anchor
        "X spoke to 2014 delegates.",
        "A mid-2014 deal, X said, failed.",
    ],
)
def test_not_anchored(sentence):
    assert before_x(sentence) is None


def test_date_after_the_claim_only_when_asked():
    sentence = "X, who left office in January 2021, criticised the plan."
    assert before_x(sentence) is None
    assert before_x(sentence, anywhere=True) == "2021-01"


def test_preceding_date_wins_over_following_one():
    sentence = "In 2014, X visited Kyiv, and in 2016 he returned."
    assert before_x(sentence, anywhere=True) == "2014"


def test_first_following_date_when_none_precedes():
    sentence = "X visited Kyiv in 2014 and again in 2016."
    assert before_x(sentence, anywhere=True) == "2014"


def test_month_year_inside_a_full_date_is_not_counted_twice():
    sentence = "On March 3, 2014, X arrived."
    assert before_x(sentence) == "2014-03-03"


@pytest.mark.parametrize("sentence, expected", [
    # an opening clause that happened at a time dates the main clause
    ("When he visited Kyiv in 2009, then-Vice President Joe Biden met Prime Minister Yulia Tymoshenko.", "2009"),
    ("While in office in 2012, President Barack Obama met Dmitry Medvedev.", "2012"),
    # "after"/"before"/"since" date it only relative to that time
    ("After he left office in 2009, President George W. Bush wrote a memoir.", None),
    ("Before the vote in 2016, Prime Minister David Cameron campaigned.", None),
])
def test_an_opening_when_clause_anchors_the_main_clause(sentence, expected):
    assert anchor(sentence, sentence.index("President") if "President" in sentence else sentence.index("Prime")) == expected


def test_sentences_without_a_month_or_hyphen_skip_the_date_regexes(monkeypatch):
    """anchors_in skips DATE_RE and MONTH_YEAR_RE where no month's name and no hyphen could
    match them: the same anchors as reading every sentence with both."""
    import pathlib
    import re

    from claims import anchors, segment

    corpus = pathlib.Path(__file__).resolve().parent.parent.parent / "corpus"
    texts = [s.text for p in sorted(corpus.glob("*.txt")) for s in segment.sentences(p.read_text(encoding="utf-8"))]
    texts += ["In 2014-03-18 X", "On 3 March 2014, X", "In May, 2014 X", "In 2014, X met Mayor May", "Jan X 5"]
    fast = [anchors.anchors_in(t) for t in texts]
    monkeypatch.setattr(anchors, "_MONTH_HINT", re.compile(""))  # matches everywhere: no skipping
    slow = [anchors.anchors_in(t) for t in texts]
    assert fast == slow
    assert sum(bool(a.dates) for a in fast) > 50


def test_a_sentence_that_may_not_anchor_has_no_anchored_date():
    """`may_anchor` is False only where `anchors_in` finds no date (then no claim of the
    sentence moves from the article's date), and True where it finds one."""
    import pathlib

    from claims import anchors, segment

    corpus = pathlib.Path(__file__).resolve().parent.parent.parent / "corpus"
    texts = [s.text for p in sorted(corpus.glob("*.txt")) for s in segment.sentences(p.read_text(encoding="utf-8"))]
    texts += [
        "In mid-\n2014 X", "in \n2014 X", "in mid-2014 X", "On Monday,\n3 March 2014, X", "In early 2014, X",
        "As of March 2022 X", "on Thursday, December 18 that X", "in 10 days X", "By 2014-03-18 X", "in 2014-03-18 X",
        "during\t1999 X", "In May, X", "In May 2014 X", "On 3rd of March, 2014 X", "In June of 2021, X", "On March 3 X",
        "inside 2014 X", "Berlin 2014 X", "in 1599 X", "in Sept. 2001 X", "On Mon. 3 March 2014 X",
    ]
    skipped = 0
    for text in texts:
        found = anchors.anchors_in(text)
        assert anchors.may_anchor(text) or not found.dates, text
        skipped += not anchors.may_anchor(text)
    assert skipped > 100
    assert all(anchors.may_anchor(t) for t in ("In mid-\n2014 X", "On Monday,\n3 March 2014, X", "in 2014-03-18 X"))


# --- a later clause that is only a phrase of time dates the clauses after it ---------------


def times_of(sentence: str, at: str, anywhere: bool = False):
    return times(anchors_in(sentence), sentence.index(at), anywhere)


@pytest.mark.parametrize(
    "sentence, at, expected",
    [
        ("In 2012, then-Prime Minister David Cameron led tributes for her Diamond Jubilee, and in 2002, "
         "then-Prime Minister Tony Blair did the same for her Golden Jubilee.", "then-Prime Minister Tony", "2002"),
        ("In 2012, then-Prime Minister David Cameron led tributes for her Diamond Jubilee, and in 2002, "
         "then-Prime Minister Tony Blair did the same.", "then-Prime Minister David", "2012"),
        ("In 2012, X met Y; in 2002, then-President Z did the same.", "then-President Z", "2002"),
        ("In 2012, X met Y, but in March 2002, then-President Z did the same.", "then-President Z", "2002-03"),
        ("In 2012, X met Y, and on June 4, 2002, then-President Z did the same.", "then-President Z", "2002-06-04"),
        # the clause's own date still comes first
        ("In 2012, X met Y, and in 2002, Z said that in 2004 then-President W would come.", "then-President W", "2004"),
    ],
)
def test_a_later_phrase_of_time_dates_the_clauses_after_it(sentence, at, expected):
    anywhere = "then-" in at
    assert times_of(sentence, at, anywhere)[0] == expected


@pytest.mark.parametrize(
    "sentence, at, expected",
    [
        # a date inside a clause that says more than the time stays in its clause
        ("In 2012, X led tributes, and Biden, who visited Kyiv in 2002, said President Y spoke.", "President Y", "2012"),
        # no opening phrase and a relative clause with a date: nothing moves
        ("President Y, who was elected in 2002, met Z.", "Z", None),
        # "since" is no phrase of time that dates a clause
        ("In 2012, X led tributes, and since 2002, President Y has ruled.", "President Y", "2012"),
    ],
)
def test_nearby_forms_keep_their_time(sentence, at, expected):
    assert times_of(sentence, at)[0] == expected


# --- a dateline opening the sentence is no part of its clauses ------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("WASHINGTON, July 7, 2022 — In 2014, Vice President Joe Biden visited Kyiv.", "2014"),
        ("WASHINGTON (AP) — In 2014, Vice President Joe Biden visited Kyiv.", "2014"),
        ("LONDON, July 7 (Reuters) - In 2016, then-President Barack Obama visited.", "2016"),
        ("BRASÍLIA, Jan. 1, 2023 — In 2003, President Lula took office.", "2003"),
        ("KYIV, Ukraine, March 3, 2022 — During 2014, President Petro Poroshenko was elected.", "2014"),
        ("LONDON — July 7, 2022 — In June 2016, President Barack Obama visited.", "2016-06"),
    ],
)
def test_an_opening_phrase_after_a_dateline_anchors_the_sentence(sentence, expected):
    assert may_anchor(sentence)
    assert times_of(sentence, "President")[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the dateline's own date anchors nothing
        "WASHINGTON, July 7, 2022 — Vice President Kamala Harris visited Kyiv.",
        "WASHINGTON, Thursday, July 7, 2022 — Vice President Kamala Harris visited Kyiv.",
        # a date in the first clause of the story that is no opening phrase
        "WASHINGTON, July 7, 2022 — Vice President Kamala Harris, who visited Kyiv in 2014, spoke.",
    ],
)
def test_a_dateline_date_anchors_nothing(sentence):
    assert times_of(sentence, "Vice President")[0] is None
