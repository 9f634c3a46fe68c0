"""Spelling findings: a person's name written unlike any spelling the reference knows, but
close to one ("Vladmir Putin"). The claim itself is judged for the person meant; this
separate finding tells the editor to fix the name, with the right spelling as suggestion.

A standard romanisation of a given name ("Sergei Sobyanin" for the base's "Sergey Sobyanin",
"Ibrahim Raisi" for "Ebrahim Raisi") is a spelling the reference knows: the index holds
those forms (`checker.names.short_forms`), so the name matches exactly and no finding is made."""
from __future__ import annotations

from checker.evidence import cite
from checker.index import ReferenceIndex
from checker.model import Evidence, Verdict
from checker.resolve import misspelt
from claims.model import Claim

KIND = "spelling"


def finding(verdict: Verdict, index: ReferenceIndex) -> Verdict | None:
    """A spelling finding for the claim's person slot, or None when the name is spelled as
    the reference spells it (or matches nobody)."""
    claim = verdict.claim
    written = claim.slots.get("person")
    span = claim.slot_spans.get("person")
    if not written or span is None:
        return None
    match = misspelt(index, written)
    if match is None or len(match.ids) != 1:
        return None
    p = index.people[match.ids[0]]
    source, url = cite(index, p.source, p.cite, p.ref)
    spelled = Claim(
        kind=KIND, rule="spelling.person-name", start=span[0], end=span[1], text=written,
        sentence=claim.sentence, slots={"person": written, "reference": p.name}, slot_spans={"person": span},
    )
    evidence = (Evidence(f"{p.name}" + (f" (also written {', '.join(p.aliases)})" if p.aliases else ""), source, p.ref, url),)
    if match.strong:
        return Verdict(spelled, "conflicting", "misspelled-name",
                       f"{written!r} is not a spelling of the name the reference knows; did you mean {p.name}? "
                       f"({match.score:.0f}% similar)", verdict.when, suggestion=p.name, evidence=evidence)
    return Verdict(spelled, "unknown", "possible-misspelling",
                   f"{written!r} may be a misspelling of {p.name} ({match.score:.0f}% similar)", verdict.when,
                   suggestion=p.name, evidence=evidence)


def with_findings(verdicts: list[Verdict], index: ReferenceIndex) -> list[Verdict]:
    """The verdicts plus one spelling finding per misspelled name span, in text order."""
    out, seen = list(verdicts), set()
    for v in verdicts:
        f = finding(v, index)
        if f is not None and (f.claim.start, f.claim.end) not in seen:
            seen.add((f.claim.start, f.claim.end))
            out.append(f)
    return sorted(out, key=lambda v: (v.claim.start, v.claim.end, v.claim.kind))
