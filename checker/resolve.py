"""Resolve what a claim names to entries of the base: people (exactly, by an earlier full
mention in the article, or fuzzily), countries and offices.

Fuzzy matching (rapidfuzz) only runs on a blocked candidate set, the people who share a
word's first three letters with the mention, never over the whole base.
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.index import MEMO_SIZE, ReferenceIndex
from checker.names import fold, fold_all, tokens

FUZZY_ACCEPT = 85  # below this a name is not taken to mean anyone
FUZZY_STRONG = 92  # below this a match may verify, but never conflict


@dataclass(frozen=True)
class PersonMatch:
    ids: tuple[str, ...]  # candidate person ids, sorted; empty when nobody matched
    how: str  # exact | article | surname | fuzzy | none
    score: float = 100.0

    @property
    def strong(self) -> bool:
        return self.how != "fuzzy" or self.score >= FUZZY_STRONG


class ArticleContext:
    """People already named in full in this article, by each word of their name, so that a
    later "President Putin" means the Vladimir Putin named above; and the events its claims
    identified, in order, so that a later "the meeting" may mean the article's own event
    (`checker.verify.event`, which also keeps there what it worked out once per article)."""

    def __init__(self) -> None:
        self._by_token: dict[str, set[str]] = {}
        self.events: list[str] = []  # ids of the events identified so far, first first
        self.memo: dict = {}  # per-article results of the verifiers (the article's own event)
        self._remembered: set[tuple[str, str]] = set()  # (person id, mention) remembered
        self._pending: list[tuple[ReferenceIndex, str, str]] = []  # remembered, not yet in by_token

    def remember_event(self, event_id: str) -> None:
        if event_id not in self.events:
            self.events.append(event_id)

    def remember(self, index: ReferenceIndex, person_id: str, mention: str) -> None:
        # An article names the same people again and again: each (person, words) is added
        # once, and only when `by_token` is first read after it (many articles never read it).
        key = (person_id, mention)
        if key not in self._remembered:
            self._remembered.add(key)
            self._pending.append((index, person_id, mention))

    @property
    def by_token(self) -> dict[str, set[str]]:
        """Each word of a remembered mention or of its person's name → those people."""
        if self._pending:
            self._add_pending()
        return self._by_token

    def _add_pending(self) -> None:
        by_token = self._by_token
        for index, person_id, mention in self._pending:  # in the order remembered
            for tok in _words(index, person_id, mention):
                ids = by_token.get(tok)
                if ids is None:
                    by_token[tok] = {person_id}
                else:
                    ids.add(person_id)
        self._pending.clear()

    def lookup(self, mention: str) -> set[str]:
        toks = tokens(mention)
        return set(self.by_token.get(toks[-1], ())) if len(toks) == 1 else set()


def _words(index: ReferenceIndex, person_id: str, mention: str) -> tuple[str, ...]:
    """Each word of the mention and of the person's name, once: the same people are named
    the same way article after article (kept per index)."""
    key = ("resolve.words", person_id, mention)
    found = index.verify_memo.get(key)
    if found is None:
        words = (*fold(mention).split(), *fold(index.people[person_id].name).split())
        found = index.keep(key, tuple(dict.fromkeys(words)))
    return found


def person(index: ReferenceIndex, mention: str, context: ArticleContext, fuzzy: bool = True) -> PersonMatch:
    """`fuzzy` False, for a caller that takes no fuzzy match: a name of several words that is
    nobody's matches nobody (how "none"), without scoring it against a block of the base."""
    folded = fold(mention)
    found = by_name(index, folded)
    if found is not None:
        return found
    toks = folded.split()
    if len(toks) == 1:
        earlier = context.lookup(mention)
        if earlier:
            return PersonMatch(tuple(sorted(earlier)), "article")
        return _by_token(index, toks[0])
    return _fuzzy(index, folded) if fuzzy else _NOBODY


_NOBODY = PersonMatch((), "none", 0.0)


def misspelt(index: ReferenceIndex, mention: str) -> PersonMatch | None:
    """The fuzzy match `person` makes of a name written unlike any the base knows, in any
    article (a name of one word is never matched fuzzily); None for any other match."""
    folded = fold(mention)
    if len(folded.split()) < 2 or by_name(index, folded) is not None:
        return None
    found = _fuzzy(index, folded)
    return found if found.how == "fuzzy" else None


# The matches that do not depend on the article (a whole name, a surname the article has not
# tied to anyone) are the same claim after claim: each is made once per index, in its
# `match_memo` (PersonMatch is immutable), bounded as `_fuzzy`'s.

def by_name(index: ReferenceIndex, folded: str) -> PersonMatch | None:
    """Those whose name (or alias, or a form of it) this is, or None."""
    memo = index.match_memo
    found = memo.get(folded)
    if found is None:
        exact = index.people_by_name.get(folded)
        if not exact:
            return None
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[folded] = PersonMatch(tuple(sorted(exact)), "exact")
    return found


def _by_token(index: ReferenceIndex, token: str) -> PersonMatch:
    """Those with this word in a name (a bare surname)."""
    memo = index.match_memo
    key = ("token", token)
    found = memo.get(key)
    if found is None:
        same = index.people_by_token.get(token, set())
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[key] = PersonMatch(tuple(sorted(same)), "surname" if same else "none")
    return found


def _fuzzy(index: ReferenceIndex, folded: str) -> PersonMatch:
    # The same unknown phrases recur across an article and a batch ("White House"): each is
    # matched once per index (a bounded memo on the index, which never changes).
    memo = index.fuzzy_memo
    found = memo.get(folded)
    if found is None:
        if len(memo) >= 16384:
            memo.clear()
        found = memo[folded] = _fuzzy_match(index, folded)
    return found


def _fuzzy_match(index: ReferenceIndex, folded: str) -> PersonMatch:
    """Blocked first on the last word's first three letters (a misspelt name mostly keeps its
    surname's start: "Vladmir Putin", "Vladimir Puttin"), then on the other words' (a large
    base has thousands of people whose first name starts "Joh")."""
    toks = [t for t in folded.split() if len(t) >= 3]
    if not toks:
        return PersonMatch((), "none", 0.0)
    found = _best(index, folded, [toks[-1][:3]])
    if found.ids or len(toks) == 1:
        return found
    return _best(index, folded, dict.fromkeys(tok[:3] for tok in toks[:-1]))


def _best(index: ReferenceIndex, folded: str, prefixes) -> PersonMatch:
    """The people of these blocks whose name or an alias scores highest (at least
    FUZZY_ACCEPT); a person in two blocks scores the same in both."""
    from rapidfuzz import fuzz, process  # imported on first use: most runs never need it

    best: dict[str, float] = {}
    for prefix in prefixes:
        names, owners = _block(index, prefix)
        for _, score, at in process.extract(folded, names, scorer=fuzz.ratio, score_cutoff=FUZZY_ACCEPT,
                                            limit=None):
            pid = owners[at]
            if score > best.get(pid, 0):
                best[pid] = score
    if not best:
        return PersonMatch((), "none", 0.0)
    top = max(best.values())
    ids = tuple(sorted(pid for pid, s in best.items() if s == top))
    return PersonMatch(ids, "fuzzy", top)


def _block(index: ReferenceIndex, prefix: str) -> tuple[list[str], list[str]]:
    """The folded names and aliases of the people blocked under `prefix`, and whose each is:
    folded once per index, so that scoring a mention is one call into rapidfuzz's C loop
    (scoring name by name from Python, and folding each name again, took a millisecond or
    more per unknown phrase at a large base)."""
    block = index.fuzzy_blocks.get(prefix)
    if block is None:
        names, owners = index.names_of_all(index.people_by_prefix.get(prefix, ()))
        block = index.fuzzy_blocks[prefix] = (fold_all(names), owners)
    return block
