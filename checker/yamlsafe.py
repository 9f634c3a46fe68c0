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


@dataclass(frozen=True)
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
    except yaml.YAMLError as exc:
        raise YamlError(path, 1, 1, f"malformed YAML: {exc}") from None
    if root is None:
        return None
    return _convert(root, path, set())


def _convert(node: yaml.Node, path: str, seen: set[int]) -> Node:
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
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
        return Node([_convert(item, path, seen) for item in node.value], line, col)
    mapping: dict[str, Node] = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, path, seen)
        if not isinstance(key.value, str):
            raise YamlError(path, key.line, key.column, "keys must be plain words")
        if key.value in mapping:
            raise YamlError(path, key.line, key.column, f"duplicate key {key.value!r}")
        mapping[key.value] = _convert(value_node, path, seen)
    return Node(mapping, line, col)
