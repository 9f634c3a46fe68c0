"""Person look-ups shared by the relation, election and age verifiers: resolve a mention,
remember full names for later surname mentions, and word fuzzy matches in explanations."""
from __future__ import annotations

from checker.index import ReferenceIndex
from checker.model import Verdict
from checker.names import fold
from checker.resolve import ArticleContext, PersonMatch, by_name, person


def match(index: ReferenceIndex, mention: str | None, context: ArticleContext, full: str | None = None,
          long: str | None = None) -> PersonMatch:
    """`full` is the longer name the article wrote earlier that contains `mention` (the
    grammars' `<slot>_full`): "Trump" after "Donald Trump" means him, even when the base
    knows several Trumps and no earlier claim named him. `long` is a longer reading of the
    words written (`<slot>_long`: "Luís Montenegro" beside "Luís", whose last word is also a
    country's name): taken when it is exactly someone's name."""
    if not mention:
        return PersonMatch((), "none", 0.0)
    named = exact_long(index, long, context)
    if named is not None:
        return named
    found = person(index, mention, context)
    # A full name met here lets a later "Trump" mean the same person, as in officeholder.
    if len(found.ids) == 1 and found.how in ("exact", "fuzzy") and len(mention.split()) > 1:
        context.remember(index, found.ids[0], mention)
    if full and found.how in ("surname", "none") or full and found.how == "article" and len(found.ids) > 1:
        # "President Donald Trump": the words before the name may be a title
        words = full.split()
        for k in range(len(words) - len(mention.split())):
            named = index.people_by_name.get(fold(" ".join(words[k:])))
            if named:
                if len(named) == 1:
                    pid = next(iter(named))
                    context.remember(index, pid, " ".join(words[k:]))
                    return PersonMatch((pid,), "article")
                break
    if found.how == "none" and len(mention.split()) > 1:
        found = _surnames(index, mention)
    return found


def _surnames(index: ReferenceIndex, mention: str) -> PersonMatch:
    """A name of several words that ends someone's name: "Lopez Obrador" (Andrés Manuel
    López Obrador), "Le Pen". As uncertain as a bare surname (`how` "surname")."""
    folded = fold(mention)
    key = ("people.surnames", folded)  # the index's alone: made once (PersonMatch is immutable)
    found = index.verify_memo.get(key)
    if found is not None:
        return found
    toks = folded.split()
    ids = tuple(sorted(
        pid for pid in index.people_by_token.get(toks[-1], ())
        if any((" " + fold(n)).endswith(" " + folded) for n in index.names_of(pid))))
    return index.keep(key, PersonMatch(ids, "surname" if ids else "none", 100.0 if ids else 0.0))


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


def exact_long(index: ReferenceIndex, long: str | None, context: ArticleContext) -> PersonMatch | None:
    """The longer reading of a name (`<slot>_long`) when it is exactly someone's name (or
    alias) in the base, remembered for later surnames; else None."""
    if not long:
        return None
    named = by_name(index, fold(long))
    if named is not None and len(named.ids) == 1:
        context.remember(index, named.ids[0], long)
    return named


def names(index: ReferenceIndex, ids) -> str:
    return listing(sorted({index.people[i].name for i in ids}), " or ", last="or")


LISTED = 5  # candidates an explanation names; the rest are counted ("and 395 more")


def listing(items, sep: str = ", ", limit: int = LISTED, last: str = "and") -> str:
    """Candidates for an explanation: all of them when there are at most `limit`, else the
    first `limit` and how many more ("A, B, C, D, E and 395 more")."""
    items = list(items)
    if len(items) <= limit:
        return sep.join(items)
    return sep.join(items[:limit]) + f" {last} {len(items) - limit} more"
