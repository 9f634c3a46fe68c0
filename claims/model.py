"""Plain data passed between the text-side stages: read → segment → extract."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """An article as read. `text` is exactly what claim offsets index."""

    path: str
    text: str
    front_matter: dict[str, str] = field(default_factory=dict)
    body_start: int = 0  # claims are looked for in text[body_start:], after front matter


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# Grammars make tens of claims an article: Claim's __init__ fills the instance's dict
# directly, as unpickling does, where a frozen dataclass's generated one calls
# object.__setattr__ once per field (several times the cost; the fields, defaults, repr,
# equality and hash are the dataclass's own). checker.model's Verdict and Evidence do the same.
@dataclass(frozen=True, init=False)
class Claim:
    """One checkable statement found in the text.

    `slots` holds the parts the grammar recognised, as written (e.g. ``person``,
    ``title``, ``country``); `slot_spans` their offsets in the article text.
    `anchor` is the time the sentence anchors (ISO date, year or year-month), if any.
    """

    kind: str
    rule: str
    start: int
    end: int
    text: str
    sentence: int
    slots: dict[str, str]
    slot_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    anchor: str | None = None
    # Other times the sentence may mean, judged too ("" is the article's date): a claim is
    # then decided only where these readings agree (see checker/verify/officeholder._agree).
    other_times: tuple[str, ...] = ()

    def __init__(self, kind: str, rule: str, start: int, end: int, text: str, sentence: int,
                 slots: dict[str, str], slot_spans: dict[str, tuple[int, int]] | None = None,
                 anchor: str | None = None, other_times: tuple[str, ...] = ()) -> None:
        d = self.__dict__
        d["kind"], d["rule"], d["start"], d["end"], d["text"] = kind, rule, start, end, text
        d["sentence"], d["slots"], d["slot_spans"] = sentence, slots, {} if slot_spans is None else slot_spans
        d["anchor"], d["other_times"] = anchor, other_times


def with_times(claim: Claim, anchor: str | None, other_times: tuple[str, ...]) -> Claim:
    """`dataclasses.replace(claim, anchor=anchor, other_times=other_times)` without its
    generic loop over the fields (a copy for each claim of a dated sentence)."""
    return Claim(claim.kind, claim.rule, claim.start, claim.end, claim.text, claim.sentence, claim.slots,
                 claim.slot_spans, anchor, other_times)
