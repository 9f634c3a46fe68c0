"""Event places: where a named event happened — "a US-Russia summit in Geneva", "the
Helsinki summit", "the summit in Vienna between X and Y", "the 2019 G7 summit in
Biarritz", "COP26 in Glasgow". Mentions come from `claims.grammars.event`; a claim needs
a place the base knows (an event's place, a capital or a country)."""
from __future__ import annotations

from claims.grammars import event
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary

KIND = "event-place"


class EventPlaceGrammar:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.finder = event.finder(vocabulary)  # shared with the other event grammar

    def extract(self, text: str, sentence: Sentence, index: int) -> list[Claim]:
        out = []
        for m in self.finder.mentions(sentence.text):
            if "place" in m.slots:
                rule = f"event-place.{m.shape}-place-{m.slots['place_position']}"
                out.append(event.claim(KIND, rule, m, text, sentence, index))
        return out


def build(vocabulary: Vocabulary) -> EventPlaceGrammar:
    return EventPlaceGrammar(vocabulary)
