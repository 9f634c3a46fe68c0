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

import re
import sys

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
        self._saved: dict = programs if isinstance(programs, dict) else {}
        self._made: dict[tuple[str, int], tuple[re.Pattern, Program | None]] = {}

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
        """What to save for the next run: the programs of every pattern compiled so far."""
        programs = {key: program for key, (_, program) in self._made.items() if program is not None}
        return {"engine": ENGINE, "programs": programs}

    def complete(self) -> bool:
        """Did every pattern come from saved programs (nothing new to save)?"""
        return all(key in self._saved for key in self._made)


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
