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
