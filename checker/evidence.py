"""Evidence and wording shared by the verifiers: how a term or a date is cited."""
from __future__ import annotations

import weakref
from datetime import date

from checker.index import ReferenceIndex, Tenure
from checker.model import Evidence
from claims.dates import DateRange


def is_http(url: str | None) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))


def cite(index: ReferenceIndex, source_id: str, entry_cite: str | None, ref: str) -> tuple[str, str | None]:
    """(source text, url) for a fact: the source's title, plus the entry's own citation."""
    source = index.sources[source_id]
    text = source.title if not entry_cite or is_http(entry_cite) else f"{source.title}: {entry_cite}"
    url = entry_cite if is_http(entry_cite) else source.url
    return text, url


def span(t: Tenure) -> str:
    """"2005-11-22 – 2021-12-08" or, for a term open at its source's snapshot, "since 2012-05-07"."""
    term = t.term
    return f"{term.start} – {t.end_text}" if t.end_text is not None else f"since {term.start}"


def term_evidence(t: Tenure, index: ReferenceIndex) -> Evidence:
    """How a term is cited. The same terms are cited by many claims: each one's Evidence
    (immutable) is built once per index, and kept with the tenure, whose identity is the key
    (the index keeps its tenures: a tenure built again elsewhere is only looked up again)."""
    memo = _TERM_EVIDENCE[0]
    if memo[0]() is not index:
        try:
            memo = _TERM_EVIDENCE[0] = (weakref.ref(index), {})
        except TypeError:  # an index that takes no weak reference: nothing kept
            return _term_evidence(t, index)
    kept = memo[1].get(id(t))
    if kept is not None and kept[0] is t:
        return kept[1]
    evidence = _term_evidence(t, index)
    memo[1][id(t)] = (t, evidence)
    return evidence


# (a weak reference to the last index asked about, {id(tenure): (tenure, its Evidence)}),
# replaced whole for another index
_TERM_EVIDENCE: list[tuple[weakref.ref, dict]] = [(lambda: None, {})]


def _term_evidence(t: Tenure, index: ReferenceIndex) -> Evidence:
    person = index.people[t.term.person].name
    office = index.offices[t.term.office].name
    acting = " (acting)" if t.term.acting else ""
    source, url = cite(index, t.term.source, t.term.cite, t.term.ref)
    fact = f"{person}: {office}{acting}, {span(t)}"
    if t.end_text is None:
        fact += f" (in office at the source's snapshot, {index.sources[t.term.source].snapshot})"
    return Evidence(fact, source, t.term.ref, url)


def when_phrase(when: DateRange, as_of: date) -> str:
    """How the judged time reads in an explanation: "as of 2022-03-03", "in 2014"."""
    if when.precision == "day":
        return f"as of {when}" if when.lo == as_of else f"on {when}"
    if when.precision == "month":
        return f"in {when.lo.strftime('%B')} {when.lo.year}"
    return f"in {when}"


def verb(when: DateRange, as_of: date) -> str:
    return "is" if when.lo <= as_of <= when.hi and when.precision == "day" else "was"


def when_phrase_verb(when: DateRange, as_of: date) -> tuple[str, str]:
    """(`when_phrase`, `verb`): the time's precision read once."""
    text = when.text
    dashes = text.count("-")
    if dashes == 2:  # a day
        return (f"as of {text}" if when.lo == as_of else f"on {text}",
                "is" if when.lo <= as_of <= when.hi else "was")
    if dashes == 1:
        return f"in {when.lo.strftime('%B')} {when.lo.year}", "was"
    return f"in {text}", "was"
