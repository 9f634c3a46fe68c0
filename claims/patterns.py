"""Compiled regular expressions that a later run can load instead of compiling again.

The grammars' vocabulary alternations (every title, country, capital and event alias of the
reference base, tens of thousands of characters of pattern) take CPython's regex compiler,
which is written in Python, most of a second to build at every start. What it produces, a
list of integers for the C matching engine, loads in a millisecond. `Patterns.compile`
works like `re.compile` and remembers each program; the checker saves `saved()` beside its
index cache and hands it back to the next run.

A saved program is used only for the exact pattern text and flags it was compiled from, and
only by the same Python implementation, version and regex engine (`_sre.MAGIC`); anything
else, or any error while loading, compiles the pattern afresh, so a stale or foreign file
can cost time but never change a match. Where the engine's internals are not available,
`compile` is plain `re.compile`.
"""
from __future__ import annotations

import functools
import hashlib
import re
import sys
from collections.abc import Callable, Iterable

try:  # CPython 3.11+: the compiler's two halves and the engine's constructor
    import _sre
    from re import _compiler, _parser

    ENGINE = (sys.implementation.name, sys.version_info[:2], _sre.MAGIC)
except ImportError:  # pragma: no cover - other implementations or older Pythons
    _sre = _compiler = _parser = None
    ENGINE = None

Program = tuple  # (flags, code, groups, groupindex, indexgroup): `_sre.compile`'s arguments


class Patterns:
    def __init__(self, saved: dict | None = None):
        ok = ENGINE is not None and isinstance(saved, dict) and saved.get("engine") == ENGINE
        programs = saved.get("programs") if ok else None
        texts = saved.get("texts") if isinstance(saved, dict) else None
        self._saved: dict = programs if isinstance(programs, dict) else {}
        self._saved_texts: dict = texts if isinstance(texts, dict) else {}
        self._made: dict[tuple[str, int], tuple[re.Pattern, Program | None]] = {}
        self._texts: dict[str, str] = {}

    def text(self, key: str, build: Callable[[], str]) -> str:
        """A pattern text derived from the vocabulary (a trie of thousands of words), kept
        like the programs: `key` must name everything the text is built from."""
        if key not in self._texts:
            saved = self._saved_texts.get(key)
            self._texts[key] = saved if isinstance(saved, str) else build()
        return self._texts[key]

    def alternation(self, words: Iterable[str]) -> str:
        """`alternation(words)`, kept between runs."""
        words = tuple(sorted(set(words)))
        digest = hashlib.sha256("\n".join(words).encode()).hexdigest()
        return self.text(f"alternation {digest}", lambda: _alternation(words))

    def folded_alternation(self, words: Iterable[str]) -> str | None:
        """`folded_alternation(words)`, kept between runs (None where it is not available)."""
        if _EXTRA_CASES is None:  # pragma: no cover
            return None
        words = tuple(sorted(set(words)))
        digest = hashlib.sha256("\n".join(words).encode()).hexdigest()
        return self.text(f"folded alternation {digest}", lambda: folded_alternation(words))

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        key = (pattern, int(flags))
        made = self._made.get(key)
        if made is not None:
            return made[0]
        program = self._saved.get(key)
        compiled = _load(pattern, program) if program is not None else None
        if compiled is None:
            compiled, program = _compile(pattern, int(flags))
        self._made[key] = (compiled, program)
        return compiled

    def saved(self) -> dict:
        """What to save for the next run: the programs of every pattern compiled so far, and
        those saved before that this run did not need (a grammar built only when an article
        needs it), which are then counted as saved."""
        programs = {**self._saved, **{key: program for key, (_, program) in self._made.items() if program is not None}}
        texts = {**self._saved_texts, **self._texts}
        self._saved, self._saved_texts = programs, texts
        return {"engine": ENGINE, "programs": programs, "texts": texts}

    def complete(self) -> bool:
        """Did everything come from what was saved (nothing new to save)?"""
        return all(key in self._saved for key in self._made) and all(key in self._saved_texts for key in self._texts)


def _load(pattern: str, program: Program) -> re.Pattern | None:
    try:
        return _sre.compile(pattern, *program)  # the engine validates the code it is given
    except Exception:  # a damaged or foreign program: compile instead
        return None


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, Program | None]:
    """Exactly what `re._compiler.compile` does, keeping the engine's arguments."""
    if _compiler is None:  # pragma: no cover
        return re.compile(pattern, flags), None
    try:
        tree = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]  # opcodes are int subclasses
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program = (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        return _sre.compile(pattern, *program), program
    except re.error:
        raise
    except Exception:  # pragma: no cover - internals changed: the public way still works
        return re.compile(pattern, flags), None


# --- word alternations --------------------------------------------------------------------

def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` as a whole word, the longest one where several fit.

    Built as a trie ("Vice President|Vice Premier" → "Vice (?:Pre(?:sident|mier))"), so that
    thousands of titles compile and match quickly instead of being tried one by one.
    """
    return _alternation(tuple(sorted(set(words))))


@functools.lru_cache(maxsize=32)  # several grammars ask for the same words
def _alternation(words: tuple[str, ...], char: Callable[[str], str] | None = None) -> str:
    char = char or _char
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return r"(?!)"
    then, ex = "".join(map(char, "then")), "".join(map(char, "ex"))
    return _EDGES.format(then=then, ex=ex, body=_trie_regex(trie, char))


# The word edges of every alternation. \b does not work after a final period ("U.S."), so
# the next character is looked at instead. Not inside a hyphenated word ("Vice-President" is
# not "President"), except after the prefixes "then-" and "ex-" ("then-Vice President").
_EDGES = r"(?<![\w.])(?:(?<={then}-)|(?<={ex}-)|(?<!-))(?:{body})(?![\w])"
_PARTS = re.compile(re.escape(_EDGES).replace(r"\{then\}", "(.+?)").replace(r"\{ex\}", "(.+?)")
                    .replace(r"\{body\}", "(.*)"), re.S)


def alternation_parts(pattern: str) -> tuple[str, str, str] | None:
    """(then, ex, body) of an alternation made here (`alternation`, `folded_alternation`):
    how it matches the prefixes "then" and "ex", and its trie without the word edges; None
    for another pattern. For a variant of the same alternation with other edges."""
    m = _PARTS.fullmatch(pattern)
    return None if m is None else m.groups()


def _trie_regex(node: dict, char: Callable[[str], str]) -> str:
    # Words were inserted in sorted order, so children are already in a stable order.
    alts = [char(ch) + _trie_regex(child, char) for ch, child in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    # A word may end here: the optional longer branch is tried first (greedy), so the
    # longest word that fits wins, as with a longest-first alternation.
    return f"(?:{body})?" if "" in node else body


def _char(ch: str) -> str:
    # Words of a multi-word entry may also be hyphenated, as British and Indian papers write
    # "Vice-President"; the whole form is matched, never its last word alone.
    if ch == " ":
        return r"(?:\s+|-)"
    return ch if ch.isalnum() else re.escape(ch)


# --- the same alternation, for lower-cased text ------------------------------------------
#
# A case-insensitive alternation of thousands of words is slow to search: at each word start
# the engine tries every branch of the trie, since it cannot rule a branch out by its first
# character when that character is matched ignoring case. Searched in the lower-cased text,
# a case-sensitive trie of lower-case characters finds the same matches at the same offsets
# at about half the cost.

# Characters whose str.lower() is not the character a case-insensitive regex compares (İ
# lower-cases to two characters; ı and ſ match i and s ignoring case), and K to be safe:
# text holding one is searched with the case-insensitive alternation instead. Each is
# checked in tests/claims/test_patterns.py, over every code point.
FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f\u212a]")


def fold(s: str) -> str | None:
    """`s.lower()`, or None where a case-insensitive match in `s` cannot be found in it
    (see FOLDS_ODDLY): then it has the same length as `s`, every character in its place."""
    return None if FOLDS_ODDLY.search(s) else s.lower()


def folded_alternation(words: Iterable[str]) -> str | None:
    """A case-sensitive regex that matches in `fold(s)` exactly where `alternation(words)`,
    compiled with re.IGNORECASE, matches in `s` (same starts and ends; `fold(s)` not None).

    The same trie with each cased character replaced by what the engine compares ignoring
    case: its simple lower-case form and the characters the engine treats as the same letter
    (`re._casefix`), less the ones `fold` never leaves in its text (ı and ſ, see FOLDS_ODDLY).
    None where the engine's tables are not available (then search `s` ignoring case).
    """
    if _EXTRA_CASES is None:  # pragma: no cover
        return None
    return _alternation(tuple(sorted(set(words))), _folded_char)


def _folded_char(ch: str) -> str:
    if ch == " " or not _iscased(ch):
        return _char(ch)
    low = chr(_tolower(ord(ch)))
    same = [low, *(chr(c) for c in _EXTRA_CASES.get(ord(low), ()))]
    same = [c for c in same if not FOLDS_ODDLY.match(c)]
    return re.escape(same[0]) if len(same) == 1 else "[" + "".join(map(re.escape, same)) + "]"


try:  # what the engine compares a cased character to, ignoring case (CPython)
    from re._casefix import _EXTRA_CASES
    _tolower = _sre.unicode_tolower

    def _iscased(ch: str) -> bool:
        return bool(_sre.unicode_iscased(ord(ch)))
except (ImportError, AttributeError, TypeError):  # pragma: no cover
    _EXTRA_CASES = None
