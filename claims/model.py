"""Plain data passed between the text-side stages: read → segment → extract."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


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


@dataclass(frozen=True)
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


# Making claims: a grammar makes tens an article, and a frozen dataclass's __init__ (one
# object.__setattr__ per field) and `dataclasses.replace` cost several times what setting
# the fields directly does. Both below do that, only while Claim is what they assume (these
# fields in this order, no __post_init__, no slots); otherwise they fall back to the plain way.
_FIELDS = ("kind", "rule", "start", "end", "text", "sentence", "slots", "slot_spans", "anchor", "other_times")
_PLAIN_CLAIM = ("__slots__" not in vars(Claim) and "__post_init__" not in vars(Claim)
                and tuple(Claim.__dataclass_fields__) == _FIELDS
                and Claim.__dataclass_fields__["anchor"].default is None
                and Claim.__dataclass_fields__["other_times"].default == ())
_new = object.__new__


def new_claim(kind: str, rule: str, start: int, end: int, text: str, sentence: int, slots: dict,
              slot_spans: dict) -> Claim:
    """`Claim(kind, rule, start, end, text, sentence, slots, slot_spans)`, made faster."""
    if not _PLAIN_CLAIM:
        return Claim(kind, rule, start, end, text, sentence, slots, slot_spans)
    claim = _new(Claim)
    claim.__dict__.update(kind=kind, rule=rule, start=start, end=end, text=text, sentence=sentence, slots=slots,
                          slot_spans=slot_spans, anchor=None, other_times=())
    return claim


def with_times(claim: Claim, anchor: str | None, other_times: tuple[str, ...]) -> Claim:
    """`dataclasses.replace(claim, anchor=anchor, other_times=other_times)`, made faster."""
    if not _PLAIN_CLAIM or type(claim) is not Claim:
        return replace(claim, anchor=anchor, other_times=other_times)
    copy = _new(Claim)
    fields = copy.__dict__
    fields.update(claim.__dict__)
    fields["anchor"], fields["other_times"] = anchor, other_times
    return copy
