"""The article's date from its opening: a dateline ("WASHINGTON, June 20, 2021 —",
"MOSCOW (Reuters) March 3, 2022 -") or a first line that is only a date ("March 3, 2022")."""
from __future__ import annotations

import re
from datetime import date

from claims.grammars.common import DATE_RE, date_parts

_OPENING = 300  # a dateline sits in the first line or two
# The place: a city in capitals, then maybe a state or country as written ("KYIV, Ukraine",
# "AUSTIN, Texas", "WASHINGTON, D.C.") and the agency ("(Reuters)"); the date may be led by
# its weekday ("Thursday, March 3, 2022").
_PLACE = r"[A-Z][A-Z .'’-]*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?(?:\s*\([^)\n]{1,40}\))?[ ,]+"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_LEAD = re.compile(rf"\s*(?:{_PLACE})?{_WEEKDAY}$")
_TAIL = re.compile(r"\s*(?:[—–-]|\(|$|\n)")


def find(text: str, start: int = 0) -> date | None:
    """The date of a dateline at text[start:], or None."""
    head = text[start : start + _OPENING]
    for m in DATE_RE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if not _LEAD.match(head, line_start, m.start()) or not _TAIL.match(head, m.end()):
            continue
        year, month, dom = date_parts(m)
        if year is None:
            continue
        try:
            return date(year, month, dom)
        except ValueError:
            continue
    return None
