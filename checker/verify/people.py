"""Person look-ups shared by the relation, election and age verifiers: resolve a mention,
remember full names for later surname mentions, and word fuzzy matches in explanations."""
from __future__ import annotations

from checker.index import ReferenceIndex
from checker.model import Verdict
from checker.resolve import ArticleContext, PersonMatch, person


def match(index: ReferenceIndex, mention: str | None, context: ArticleContext) -> PersonMatch:
    if not mention:
        return PersonMatch((), "none", 0.0)
    found = person(index, mention, context)
    # A full name met here lets a later "Trump" mean the same person, as in officeholder.
    if len(found.ids) == 1 and found.how in ("exact", "fuzzy") and len(mention.split()) > 1:
        context.remember(index, found.ids[0], mention)
    return found


def may_conflict(*matches: PersonMatch, surname_ok: bool = False) -> bool:
    """A conflict needs each name to be sure: no weak fuzzy match, and no bare surname that
    only the base (not the article) ties to someone, unless the claim itself narrows it
    (`surname_ok`: an office or an election that the surname's one bearer is tied to)."""
    return all(m.strong and (m.how != "surname" or surname_ok and len(m.ids) == 1) for m in matches)


def spelling(verdict: Verdict, found: PersonMatch, mention: str, index: ReferenceIndex) -> Verdict:
    """Say how a misspelt name was read, and suggest the right spelling."""
    if found.how != "fuzzy" or len(found.ids) != 1:
        return verdict
    right = index.people[found.ids[0]].name
    note = f" (read {mention!r} as {right!r}, a {found.score:.0f}% match)"
    return Verdict(verdict.claim, verdict.verdict, verdict.reason, verdict.explanation + note, verdict.when,
                   suggestion=verdict.suggestion or right, evidence=verdict.evidence)


def names(index: ReferenceIndex, ids) -> str:
    return " or ".join(sorted({index.people[i].name for i in ids}))
