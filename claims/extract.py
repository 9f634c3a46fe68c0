"""Text side of the pipeline: article → sentences → claims, each with its time anchor."""
from __future__ import annotations

from dataclasses import replace

from claims import anchors, segment
from claims.grammars import officeholder, weekday
from claims.grammars import age, election, relation
from claims.grammars import event_date, event_place
from claims.model import Article, Claim
from claims.vocabulary import Vocabulary

GRAMMAR_MODULES = (officeholder, weekday, weekday.relative, relation, election, age, event_date, event_place)


class Extractor:
    """Grammars built once from a vocabulary, then applied to any number of articles."""

    def __init__(self, vocabulary: Vocabulary):
        self.grammars = [module.build(vocabulary) for module in GRAMMAR_MODULES]

    def claims(self, article: Article) -> list[Claim]:
        text = article.text
        found: list[Claim] = []
        for index, sentence in enumerate(segment.sentences(text, article.body_start)):
            times = None  # the sentence's anchors, found once and only if it has claims
            for grammar in self.grammars:
                for claim in grammar.extract(text, sentence, index):
                    times = anchors.anchors_in(sentence.text) if times is None else times
                    wants_time = claim.slots.get("modifier", "").lower().startswith("then")
                    when, others = anchors.times(times, claim.start - sentence.start, wants_time)
                    found.append(replace(claim, anchor=when, other_times=others) if when or others else claim)
        found.sort(key=lambda c: (c.start, c.end, c.kind))
        return found
