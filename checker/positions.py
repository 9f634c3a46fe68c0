"""Line and column of character offsets, as editors count them."""
from __future__ import annotations

import bisect
import re

from checker.model import Position

_LINE_END = re.compile(r"\r\n|\r|\n")


def positions(text: str, offsets: list[int]) -> tuple[Position, ...]:
    """1-based line and column of each offset; \\r\\n, \\r and \\n each end a line."""
    starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
    out = []
    for offset in offsets:
        line = bisect.bisect_right(starts, offset)
        out.append(Position(line, offset - starts[line - 1] + 1))
    return tuple(out)


def position_at(text: str, offset: int) -> Position:
    return positions(text, [offset])[0]
