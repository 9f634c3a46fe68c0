"""The time a sentence anchors its claims at: "In 2014, then-Vice President Joe Biden ...",
"On March 3, 2014, ...", "in June 2009". Only dates introduced by a preposition of time
count, so "a 2014 law" or "since 2000" do not move the claim away from the article's date."""
from __future__ import annotations

import re

from claims.grammars.common import DATE_RE, MONTH_YEAR_RE, YEAR_RE, date_parts, month_number

# "mid-" joins its year without a space ("in mid-2014"), so the space is optional after it.
_PREPOSITION = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Aa]s of|[Ii]n early|[Ii]n late|[Ii]n mid)\s+|\b[Ii]n mid-)$"
)


def anchor(sentence: str, before: int, anywhere: bool = False) -> str | None:
    """ISO text of the last anchored date in `sentence[:before]`; with `anywhere`, else the
    first one after it. None when the sentence anchors no time.

    A date after the claim usually belongs to a clause of its own ("Former President Donald
    Trump, who left office in January 2021, ..."), so it anchors only claims that ask for a
    time ("then-Vice President Joe Biden visited Kyiv in 2014")."""
    found = _anchors(sentence)
    preceding = [a for at, a in found if at < before]
    if preceding:
        return preceding[-1]
    return found[0][1] if found and anywhere else None


def _anchors(sentence: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in DATE_RE.finditer(sentence):
        year, month, dom = date_parts(m)
        if year is not None and _introduced(sentence, m.start()):
            out.append((m.start(), f"{year:04d}-{month:02d}-{dom:02d}"))
        taken.append(m.span())
    for m in MONTH_YEAR_RE.finditer(sentence):
        if not _inside(m.span(), taken) and _introduced(sentence, m.start()):
            out.append((m.start(), f"{int(m.group('y')):04d}-{month_number(m.group('m')):02d}"))
        taken.append(m.span())
    for m in YEAR_RE.finditer(sentence):
        if not _inside(m.span(), taken) and _introduced(sentence, m.start()):
            out.append((m.start(), m.group("y")))
    return sorted(out)


def _introduced(sentence: str, at: int) -> bool:
    return bool(_PREPOSITION.search(sentence, 0, at))


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(lo <= span[0] and span[1] <= hi for lo, hi in spans)
