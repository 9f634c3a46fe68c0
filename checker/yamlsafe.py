"""Strict YAML reading: every scalar a string, every node with its line and column.

The reference base is data typed by people, so the loader refuses what YAML would
otherwise do silently: implicit booleans and timestamps (`country: NO` is Norway),
duplicate keys (the last would win unseen), anchors and aliases (a "billion laughs"
file would expand without bound) and custom tags (`!!python/object`).
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml

try:  # libyaml's composer is several times faster; same nodes either way
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}


class YamlError(ValueError):
    """A problem at a place in a file: str() is `file:line:col: message`."""

    def __init__(self, path: str, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


@dataclass(frozen=True, slots=True)  # slots: a large base is millions of Nodes
class Node:
    """A value with where it was written (1-based line and column)."""

    value: object  # str, None, list[Node] or dict[str, Node]
    line: int
    column: int


def load(text: str, path: str) -> Node | None:
    """Parse one YAML document into Nodes; None for an empty document."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(path, line, col, f"malformed YAML: {exc.problem or exc.context}") from None
    except yaml.reader.ReaderError as exc:  # a control character: it has an offset, not a mark
        line, col = _line_col(text, exc.position)
        raise YamlError(
            path, line, col, f"malformed YAML: character U+{exc.character:04X} is not allowed ({exc.reason})"
            if isinstance(exc.character, int) else f"malformed YAML: {exc.reason}"
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(path, 1, 1, f"malformed YAML: {exc}") from None
    if root is None:
        return None
    return _convert(root, path, set())


# Reference entries nest three levels deep; libyaml allows 1000, which would overflow
# Python's stack in _convert (a RecursionError, not a located error).
MAX_DEPTH = 50


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset (\\r\\n, \\r and \\n end lines)."""
    offset = max(0, min(offset, len(text)))
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def _convert(node: yaml.Node, path: str, seen: set[int], depth: int = 0) -> Node:
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if depth > MAX_DEPTH:
        raise YamlError(path, line, col, f"nested more than {MAX_DEPTH} levels deep")
    if id(node) in seen:
        # The composer hands back the same node object for every alias of an anchor.
        raise YamlError(path, line, col, "anchors and aliases are not allowed")
    seen.add(id(node))
    if node.tag not in _STANDARD_TAGS:
        raise YamlError(path, line, col, f"tag {node.tag!r} is not allowed")
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null" and node.value in ("", "~", "null", "Null", "NULL"):
            return Node(None, line, col)
        return Node(node.value, line, col)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, path, seen, depth + 1) for item in node.value], line, col)
    mapping: dict[str, Node] = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, path, seen, depth + 1)
        if not isinstance(key.value, str):
            raise YamlError(path, key.line, key.column, "keys must be plain words")
        if key.value in mapping:
            raise YamlError(path, key.line, key.column, f"duplicate key {key.value!r}")
        mapping[key.value] = _convert(value_node, path, seen, depth + 1)
    return Node(mapping, line, col)


# --- fast path -------------------------------------------------------------------------
# The bundled base is tens of megabytes of YAML in one simple shape (what the importers
# write): top-level keys holding block lists of flat mappings whose values are plain or
# single-quoted scalars or flow lists of them. Composing that with libyaml and converting
# its nodes takes seconds; this reader handles exactly that shape, line by line, with the
# same result and the same line and column numbers, and gives up (returns None) on anything
# else, which then goes through libyaml as before.

import re as _re

_KEY = r"([A-Za-z_][A-Za-z0-9_]*)"
_TOP = _re.compile(_KEY + r":[ \t]*\Z")
_FIRST = _re.compile(r"  - " + _KEY + r": (.*)\Z")
_MORE = _re.compile(r"    " + _KEY + r": (.*)\Z")
_PLAIN_BAD = _re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]|: |:\Z| #|\s\Z|[\t]""")
_NULLS = {"~", "null", "Null", "NULL"}
# Anything YAML reads otherwise than this line-by-line reader would: tabs (an error or not,
# depending on where they are), line breaks other than \n (\r, NEL, U+2028/9), and characters
# libyaml refuses (controls, a BOM). Such a file goes through libyaml, which says where.
_FAST_REFUSES = _re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_ITEM = _re.compile(r"\s*(?:'((?:[^']|'')*)'|([^,'\[\]{}#&*!|>\"%@`\s][^,\[\]{}#]*?))\s*(,|\]\s*\Z)")


def _fast_scalar(raw: str, line: int, col: int) -> Node | None | bool:
    """A Node for a scalar or flow list written at (line, col); False when not simple."""
    if raw.startswith("'"):
        if len(raw) < 2 or not raw.endswith("'") or "'" in raw[1:-1].replace("''", ""):
            return False
        return Node(raw[1:-1].replace("''", "'"), line, col)
    if raw.startswith("["):
        items, pos = [], 1
        if raw.strip() == "[]":
            return Node([], line, col)
        while True:
            m = _ITEM.match(raw, pos)
            if not m:
                return False
            start = m.start(1) if m.group(1) is not None else m.start(2)
            if m.group(1) is not None:
                items.append(Node(m.group(1).replace("''", "'"), line, col + start - 1 + 0))
            else:
                value = m.group(2).rstrip()
                if _PLAIN_BAD.search(value) or value in _NULLS:
                    return False
                items.append(Node(value, line, col + start))
            pos = m.end()
            if m.group(3) != ",":
                break
        # positions of quoted items point at the opening quote, as libyaml's do
        return Node(items, line, col)
    if not raw or _PLAIN_BAD.search(raw):
        return False
    if raw in _NULLS:
        return Node(None, line, col)
    return Node(raw, line, col)


def _lines(text: str):
    """The lines of `text` one at a time (a list of a big file's lines costs more than its tree)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


class NotSimple(Exception):
    """The text is not in the simple shape `iter_fast` reads (libyaml must read it)."""


def iter_fast(text: str, path: str):
    """The entries of a text in the simple shape described above, one at a time, as
    (section, line of the section's key, line of its first entry, entry Node), so that a
    reader of a large file never holds the tree of all of it. Raises NotSimple as soon as
    the text turns out not to be in the shape: possibly after some entries, which the
    caller must then drop; YamlError for a duplicate key."""
    if _FAST_REFUSES.search(text):
        raise NotSimple
    seen: set[str] = set()
    section: str | None = None
    top = first = 0  # the lines of the section's key and of its first entry
    entry: dict[str, Node] | None = None
    done: Node | None = None  # the entry being read, yielded when the next one starts
    for n, line in enumerate(_lines(text), 1):
        if not line or line.startswith("#") or (line.strip() == "" ) or line.lstrip().startswith("#"):
            continue
        if line[0] != " ":
            m = _TOP.match(line)
            if not m or m.group(1) in seen:
                raise NotSimple
            if section is not None and not first:
                raise NotSimple  # an empty section: let libyaml say what it is
            if done is not None:
                yield section, top, first, done
                done = None
            section, top, first, entry = m.group(1), n, 0, None
            seen.add(section)
            continue
        if section is None:
            raise NotSimple
        m = _FIRST.match(line)
        if m:
            if done is not None:
                yield section, top, first, done
            entry = {}
            first = first or n
            done = Node(entry, n, 5)
        else:
            m = _MORE.match(line)
            if not m or entry is None:
                raise NotSimple
        key, raw = m.group(1), m.group(2)
        if key in entry:
            raise YamlError(path, n, 5, f"duplicate key {key!r}")
        value = _fast_scalar(raw, n, m.start(2) + 1)
        if value is False:
            raise NotSimple
        entry[key] = value
    if section is None or not first:
        raise NotSimple
    yield section, top, first, done


def load_fast(text: str, path: str) -> Node | None | bool:
    """Parse the simple shape described above; False if the text is not in it."""
    root: dict[str, Node] = {}
    root_pos: tuple[int, int] | None = None
    try:
        for section, top, first, entry in iter_fast(text, path):
            if section not in root:
                root[section] = Node([], first, 3)
                root_pos = root_pos or (top, 1)
            root[section].value.append(entry)
    except NotSimple:
        return False
    return Node(root, *root_pos)
