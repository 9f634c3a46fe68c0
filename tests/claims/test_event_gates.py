"""The event grammars' filter (`EventFinder.might_match`): the sentences it rules out have no
event claim, whatever else they hold, and the ones it lets through get the claims an
unfiltered reading gets."""
from __future__ import annotations

import pytest

from claims.extract import Extractor
from claims.grammars import event
from claims.read import parse
from tests.claims.test_event import _event_grammars, _unfiltered, _vocabularies

# (vocabulary, sentence, what `might_match` says)
SENTENCES = [
    # "met" without a meeting's shape: the second side is no name just before "in|at"
    ("run", "The remarks came after former Indian Vice President Mohammad Hamid Ansari met Canadian Minister of "
            "Intergovernmental Affairs Justin Trudeau in Tbilisi.", False),
    ("run", "The remarks came after former Brazilian Minister Fernando Haddad met James Cleverly, the British "
            "minister, in Kabul.", False),
    ("run", "Bush and Gorbachev met in Helsinki in September 1990.", True),
    ("run", "Bush met with Putin at Camp David on April 6.", True),
    # a generic head and a number, but no date a finder reads ("42 delegates")
    ("news", "Some 42 delegates attended the session in Cleveland, where security was tight around the "
             "convention hall.", False),
    ("news", "Opposition lawmakers demanded a debate in parliament before 3 commitments were made.", False),
    # a relative date written in capitals is read all the same, with a digit elsewhere
    ("news", "Last month's convention in Cleveland drew 50,000 people.", True),
    ("news", "The party held its convention in Cleveland in July.", True),
    # an anaphor's head, with nothing after it that a place, a date or a participle starts with
    ("run", "The meeting lasted 88 hours, longer than planned, according to two people familiar with the "
            "discussions.", False),
    ("run", "Security was tight around the conference hall on Tuesday.", False),
    ("run", "The meeting, held in Geneva on June 16, lasted four hours.", True),
    ("run", "The talks in Vienna ended without a deal.", True),
    ("run", "The meeting of June 12, 2018 ended the standoff.", True),
    ("run", "The summit lasted lasted two days.", True),  # "summit": the summit finder's word
    # "came" without "to"; "came to" with a place and a date
    ("run", "The remarks came after the minister spoke in Warsaw on June 3, 2021.", False),
    ("run", "Biden came to Kyiv on Feb. 20, 2023, for a surprise visit.", True),
    # not ASCII: the ASCII words are found between the other characters
    ("run", "Russia\u2019s 2014 annexation of Crimea drew sanctions.", True),
    ("run", "Erdo\u011fan\u2019s aides said Russia annexed Crimea in March 2014.", True),
    ("run", "Erdo\u011fan\u2019s aides said the meeting went well \u2014 for now.", False),
    # characters that fold oddly ("\u0131", "\u0130", "\u017f", "\u212a"): read as the letters they match
    ("run", "Binali Y\u0131ld\u0131r\u0131m said the economy grew by 3 percent in 2019.", False),
    ("run", "Y\u0131ld\u0131r\u0131m said Russia's 2014 annexat\u0131on of Crimea drew sanct\u0131ons.", True),
    ("run", "\u0130stanbul hosted the meeting.", False),
    ("run", "Russia's 2014 ANNEXAT\u0130ON OF CR\u0130MEA drew sanctions.", True),
    ("run", "Ru\u017f\u017fia annexed Crimea in March 2014.", True),
]


@pytest.mark.parametrize("vocabulary, sentence, passes", SENTENCES, ids=[s for _, s, _ in SENTENCES])
def test_might_match_and_the_claims_of_an_unfiltered_reading(vocabulary, sentence, passes):
    extractor = Extractor(_vocabularies()[vocabulary])
    folded = None if event._FOLDS_ODDLY.search(sentence) else sentence.lower()
    for grammar in _event_grammars(extractor):
        assert grammar.might_match(sentence, folded) is passes
    found = extractor.claims(parse(sentence, "a.txt"))
    assert found == _unfiltered(_vocabularies()[vocabulary]).claims(parse(sentence, "a.txt"))
    if not passes:
        assert not any(c.kind.startswith("event-") for c in found)


@pytest.mark.parametrize("sentence", [
    "Bush and Gorbachev met in Helsinki in September 1990.",
    "Last month's convention in Cleveland drew 50,000 people.",
    "The meeting, held in Geneva on June 16, lasted four hours.",
    "The meeting of June 12, 2018 ended the standoff.",
    "Biden came to Kyiv on Feb. 20, 2023, for a surprise visit.",
    "Erdo\u011fan\u2019s aides said Russia annexed Crimea in March 2014.",
    "Y\u0131ld\u0131r\u0131m said Russia's 2014 annexat\u0131on of Crimea drew sanct\u0131ons.",
    "Russia's 2014 ANNEXAT\u0130ON OF CR\u0130MEA drew sanctions.",
])
def test_the_sentences_let_through_have_event_claims(sentence):
    found = []
    for vocabulary in _vocabularies().values():
        found += Extractor(vocabulary).claims(parse(sentence, "a.txt"))
    assert any(c.kind.startswith("event-") for c in found)


def test_every_gate_that_says_no_is_right_on_odd_spellings_of_the_event_sentences():
    """Each sentence of the event tests, with letters swapped for ones that fold oddly and for
    capitals: the finder with its gates finds what it finds with every gate open."""
    import random

    from tests.claims import test_event as t
    sentences = [d[0] for d in t.TRIPS + t.DATES + t.PLACES_FORMS + t.NEW_DATES + t.SERIES_DATES + t.DEATHS + t.ANAPHORA]
    swaps = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a"}
    rnd = random.Random(6)
    for vocabulary in _vocabularies().values():
        finder = event.finder(vocabulary)
        for sentence in sentences:
            # (not "\u017f" for the "s" of "'s": `rel_of` cannot read "last year'\u017f", gated or not)
            odd = "".join(swaps.get(c, c) if rnd.random() < 0.3 and sentence[i - 1:i] not in "'\u2019" else c
                          for i, c in enumerate(sentence))
            for variant in (sentence, sentence.upper(), odd):
                folded = None if event._FOLDS_ODDLY.search(variant) else variant.lower()
                finder._gated = (None, event._ALL, True)
                gated = finder._find(variant) if finder.might_match(variant, folded) else []
                finder._gated = (variant, event._ALL, True)  # every finder runs
                assert repr(gated) == repr(finder._find(variant)), variant
