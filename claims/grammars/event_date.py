"""Event dates: a named event with the year, month or day it happened, as news write it —
"Russia's 2014 annexation of Crimea", "the 2016 Brexit referendum", "its 2015
intervention in Syria", "the Geneva summit on June 16, 2021", "the annexation of Crimea
in March 2014", "the June 2016 Brexit referendum". The mention itself is found by
`claims.grammars.event`; only a date written against the event makes a claim (a date
elsewhere in the sentence may be about something else)."""
from __future__ import annotations

from claims.grammars import event
from claims.vocabulary import Vocabulary

KIND = "event-date"


def build(vocabulary: Vocabulary) -> event.EventAspectGrammar:
    return event.EventAspectGrammar(vocabulary, KIND, "date")
