"""Text side of the pipeline: article → sentences → claims, each with its time anchor."""
from __future__ import annotations

import re
from collections.abc import Callable

from claims import anchors, departures, segment
from claims.grammars import officeholder, weekday
from claims.grammars import age, election, relation
from claims.grammars import event_date, event_place, tenure, took_office
from claims.grammars.common import folded as fold
from claims.model import Article, Claim, Sentence, with_times
from claims.patterns import FOLDS_ODDLY
from claims.vocabulary import Vocabulary

GRAMMAR_MODULES = (officeholder, weekday, weekday.relative, relation, election, age, event_date, event_place, took_office,
                   tenure)
# Grammars built only when a sentence first passes their filter (a static `might_match`):
# their regexes hold every title of the base, and compiling them is a good part of a first
# run, which may well have no sentence for them.
DEFERRED = {tenure: tenure.TenureGrammar.might_match, took_office: took_office.TookOfficeGrammar.might_match}


class Extractor:
    """Grammars built once from a vocabulary, then applied to any number of articles.
    `on_built` is called after a deferred grammar is built (to keep its compiled patterns)."""

    def __init__(self, vocabulary: Vocabulary, on_built: Callable[[], None] | None = None):
        self.grammars = [_Deferred(module, vocabulary, DEFERRED[module], on_built) if module in DEFERRED
                         else module.build(vocabulary) for module in GRAMMAR_MODULES]
        # A grammar's `might_match(sentence text, folded)` is False only where its extract
        # would find nothing (a word every claim of it holds is missing): a substring test
        # in C instead of its trigger regex stepping through every character.
        self.filters = [getattr(g, "might_match", None) for g in self.grammars]

    def claims(self, article: Article) -> list[Claim]:
        text = article.text
        found: list[Claim] = []
        steps = [(g.extract, f) for g, f in zip(self.grammars, self.filters)]
        for index, whole in enumerate(segment.sentences(text, article.body_start)):
            previous: list[Claim] = []  # the claims kept from the piece before
            # (most sentences are one piece: no generator for them)
            parts = ((whole, whole.start, whole.end),) if len(whole.text) <= PIECE + OVERLAP else pieces(text, whole)
            for sentence, keep_lo, keep_hi in parts:
                times = None  # the sentence's anchors, found once and only if it has claims
                kept: list[Claim] = []
                s = sentence.text
                folded = fold(s)  # remembered for the grammars that read it too
                for extract, might_match in steps:
                    if might_match is not None and not might_match(s, folded):
                        continue
                    for claim in extract(text, sentence, index):
                        if not keep_lo <= claim.start < keep_hi or previous and any(
                            p.kind == claim.kind and p.start < claim.end and claim.start < p.end for p in previous
                        ):
                            continue  # another piece's claim (see `pieces`)
                        if times is None:
                            # A sentence without a digit anchors no date (every date form
                            # has one), nor one without a preposition of time before a date
                            # (`anchors.may_anchor`): then every claim keeps the article's date.
                            times = anchors.anchors_in(s) if _DIGIT.search(s) and anchors.may_anchor(s) else False
                        if times is False:
                            kept.append(claim)
                            continue
                        wants_time = claim.slots.get("modifier", "").lower().startswith("then")
                        when, others = anchors.times(times, claim.start - sentence.start, wants_time)
                        kept.append(with_times(claim, when, others) if when or others else claim)
                found += kept
                if previous or keep_hi < whole.end:
                    previous = [c for c in kept if c.end > keep_hi]
        found.sort(key=lambda c: (c.start, c.end, c.kind))
        return departures.mark(_without_superseded(found), text)


class _Deferred:
    """A grammar built on its first use; its filter needs nothing built."""

    def __init__(self, module, vocabulary: Vocabulary, might_match, on_built) -> None:
        self._module, self._vocabulary, self._on_built = module, vocabulary, on_built
        self._grammar = None
        self.might_match = might_match

    @property
    def built(self):
        """The grammar itself, built now if it was not yet."""
        if self._grammar is None:
            self._grammar = self._module.build(self._vocabulary)
            if self._on_built is not None:
                self._on_built()
        return self._grammar

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        return self.built.extract(text, sentence, index)


def _without_superseded(claims: list[Claim]) -> list[Claim]:
    """A tenure ("Schröder, chancellor from 1998 to 2005") supersedes the plain officeholder
    claim inside it ("Schröder, chancellor"): that one would be judged at the article's date,
    but the span says when the sentence means. A "former"/"then-" title stays a claim of its own."""
    spans = [(c.start, c.end) for c in claims if c.slots.get("shape") == tenure.SHAPE]
    if not spans:
        return claims
    return [c for c in claims if not (
        c.kind == tenure.KIND and c.slots.get("shape") != tenure.SHAPE and not c.slots.get("modifier")
        and any(lo <= c.start and c.end <= hi for lo, hi in spans))]


_DIGIT = re.compile("[0-9]")  # the dates of `claims.anchors` all start with one
# The characters a case-insensitive regex matches to an ASCII letter although str.lower()
# gives another character (İ ı ſ, and K to be safe; checked in tests/claims/test_direct.py
# and tests/claims/test_patterns.py): where one occurs, the lower-cased sentence cannot rule
# out a case-insensitive keyword, and `folded` is None (`claims.patterns.fold`).
_FOLDS_ODDLY = FOLDS_ODDLY


# A "sentence" longer than PIECE characters (a table, a list of names, a text with no full
# stop) is read in pieces that overlap by OVERLAP characters. Claims are short, but some
# grammar checks look back to the start of the sentence, which on one megabyte-long
# "sentence" would make checking quadratic in its length; in pieces it stays linear.
PIECE, OVERLAP = 3000, 500
_SPACE = re.compile(r"\s+")


def pieces(text: str, sentence: Sentence):
    """(piece, keep_lo, keep_hi): the sentence itself, or overlapping pieces of it.

    A piece's claims are kept when they start in [keep_lo, keep_hi); the next piece starts
    at keep_hi (a word start), so each claim is found by the piece it starts in, with at
    least OVERLAP characters after it. A claim that runs past keep_hi and that the next
    piece finds again in part is dropped there (Extractor.claims).
    """
    if len(sentence.text) <= PIECE + OVERLAP:
        yield sentence, sentence.start, sentence.end
        return
    lo = sentence.start
    while lo < sentence.end:
        if sentence.end - lo <= PIECE + OVERLAP:
            yield Sentence(lo, sentence.end, text[lo:sentence.end]), lo, sentence.end
            return
        space = _SPACE.search(text, lo + PIECE, sentence.end)  # cut between words
        cut = space.end() if space and space.start() < lo + PIECE + OVERLAP else lo + PIECE
        hi = cut + OVERLAP
        back = text.rfind(" ", cut, hi)  # end the piece at a word end too
        hi = back if back > cut else hi
        yield Sentence(lo, hi, text[lo:hi]), lo, cut
        lo = cut
