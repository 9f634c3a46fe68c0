"""Event places: where a named event happened — "a US-Russia summit in Geneva", "the
Helsinki summit", "the summit in Vienna between X and Y", "the 2019 G7 summit in
Biarritz", "COP26 in Glasgow". Mentions come from `claims.grammars.event`; a claim needs
a place the base knows (an event's place, a capital or a country)."""
from __future__ import annotations

from claims.grammars import event
from claims.vocabulary import Vocabulary

KIND = "event-place"


def build(vocabulary: Vocabulary) -> event.EventAspectGrammar:
    return event.EventAspectGrammar(vocabulary, KIND, "place")
