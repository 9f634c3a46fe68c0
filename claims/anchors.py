"""The time a sentence anchors its claims at: "In 2014, then-Vice President Joe Biden ...",
"On March 3, 2014, ...", "in June 2009". Only dates introduced by a preposition of time
count, so "a 2014 law" or "since 2000" do not move the claim away from the article's date."""
from __future__ import annotations

import bisect
import re

from claims.grammars.common import DATE_RE, MONTH_YEAR_RE, YEAR_RE, date_parts, month_number

# "mid-" joins its year without a space ("in mid-2014"), so the space is optional after it.
_PREPOSITION = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of|[Ii]n early|[Ii]n late|[Ii]n mid)\s+|\b[Ii]n mid-)$"
)


_LONGEST_PREPOSITION = 24  # "in early " plus spacing, with room to spare


def anchor(sentence: str, before: int, anywhere: bool = False) -> str | None:
    """ISO text of the last anchored date in `sentence[:before]`; with `anywhere`, else the
    first one after it. None when the sentence anchors no time.

    A date after the claim usually belongs to a clause of its own ("Former President Donald
    Trump, who left office in January 2021, ..."), so it anchors only claims that ask for a
    time ("then-Vice President Joe Biden visited Kyiv in 2014")."""
    return pick(anchors_in(sentence), before, anywhere)


def pick(found: list[tuple[int, str]], before: int, anywhere: bool = False) -> str | None:
    """The anchor for a claim starting at `before`, from a sentence's `anchors_in` list."""
    i = bisect.bisect_left(found, (before, ""))
    if i:
        return found[i - 1][1]
    return found[0][1] if found and anywhere else None


def anchors_in(sentence: str) -> list[tuple[int, str]]:
    """(offset, ISO text) of every anchored date in the sentence, in order."""
    out: list[tuple[int, str]] = []
    taken = _Spans()
    for m in DATE_RE.finditer(sentence):
        year, month, dom = date_parts(m)
        if year is not None and _introduced(sentence, m.start()):
            out.append((m.start(), f"{year:04d}-{month:02d}-{dom:02d}"))
        taken.add(m.span())
    for m in MONTH_YEAR_RE.finditer(sentence):
        if not taken.covers(m.span()) and _introduced(sentence, m.start()):
            out.append((m.start(), f"{int(m.group('y')):04d}-{month_number(m.group('m')):02d}"))
        taken.add(m.span())
    for m in YEAR_RE.finditer(sentence):
        if not taken.covers(m.span()) and _introduced(sentence, m.start()):
            out.append((m.start(), m.group("y")))
    return sorted(out)


def _introduced(sentence: str, at: int) -> bool:
    # Look only at the few characters before the date: searching the whole prefix for each
    # date would make a sentence with many dates quadratic.
    return bool(_PREPOSITION.search(sentence, max(0, at - _LONGEST_PREPOSITION), at))


class _Spans:
    """Spans already taken by a longer date form; `covers` in O(log n)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.spans, span)

    def covers(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_right(self.spans, (span[0], float("inf")))
        return any(lo <= span[0] and span[1] <= hi for lo, hi in self.spans[max(0, i - 2) : i])
