"""Read an article: bytes → text (offsets are into this text), plus front matter.

Markdown front matter (`---` YAML block at the top) gives `date:`, `title:`, `source:`;
the body starts after it, and claims are only looked for in the body. `parse_date` reads the
`date:` in any unambiguous form: "2022-07-07", "2022-07-07T10:30:00Z", "2022-07-07 10:30:00
+0100", "2022/07/07", "July 7, 2022", "Thursday, July 7, 2022", "7 July 2022", "Thu, 07 Jul
2022 10:30:00 +0000", "25/12/2022"; not "07/08/2022" (day and month either way round),
"7/8/22", nor a day the calendar lacks ("2022-02-30").

A saved web page (`.html`, `.htm`) is reduced to its main text by trafilatura, and its
publication date found by htmldate (the optional extra ``factcheck[html]``). The extracted
text *is* the article: claim offsets index it, and the report shows it. The page's title,
date and address become front matter, with ``extracted-from: html``.
"""
from __future__ import annotations

import re
from datetime import date

from claims.grammars.common import DATE_RE, date_parts
from claims.model import Article

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)(?:\r?\n|\r)---[ \t]*(?:\r?\n|\r|\Z)", re.S)


class ArticleError(ValueError):
    """An article that cannot be read; str() says why and where."""


# A time after the date: "T10:30:00Z", " 10:30", " 10:30:00 +0100", " 10:30 a.m. GMT".
_TIME = r"(?:(?:[T ]|,?\s+)\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d\d:?\d\d|[A-Z]{2,4}))?)?"
_NUMERIC = re.compile(rf"(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}}){_TIME}")
_DAY_MONTH_YEAR = re.compile(rf"(?P<a>\d{{1,2}})[-/.](?P<b>\d{{1,2}})[-/.](?P<y>\d{{2}}|\d{{4}}){_TIME}")
_WEEKDAY_LEAD = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?,?\s+")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def parse_date(raw: str) -> date:
    """A front matter date in an unambiguous form; ValueError saying what is wrong."""
    value = raw.strip().strip("'\"").strip()
    m = _NUMERIC.fullmatch(value)
    if m:
        return _day(int(m["y"]), int(m["m"]), int(m["d"]), value)
    m = _DAY_MONTH_YEAR.fullmatch(value)
    if m:
        a, b, year = int(m["a"]), int(m["b"]), m["y"]
        if len(year) == 2:
            raise ValueError("has a two-digit year and day and month in an unknown order; write YYYY-MM-DD")
        y = int(year)
        readings = {(mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12}
        if len(readings) > 1:
            (m1, d1), (m2, d2) = sorted(readings)
            raise ValueError(
                f"is ambiguous: {_MONTH_NAMES[m1 - 1]} {d1} or {_MONTH_NAMES[m2 - 1]} {d2}, {y}; "
                f"write {y:04d}-{m1:02d}-{d1:02d} or {y:04d}-{m2:02d}-{d2:02d}")
        if not readings:
            raise ValueError("is not a date: neither of its first two numbers is a month")
        (mo, d), = readings
        return _day(y, mo, d, value)
    lead = _WEEKDAY_LEAD.match(value)
    rest = value[lead.end():] if lead else value
    m = DATE_RE.match(rest)
    if m and not m.group("iso") and re.fullmatch(_TIME, rest[m.end():]):
        year, month, dom = date_parts(m)
        if year is None:
            raise ValueError("has no year; write YYYY-MM-DD")
        return _day(year, month, dom, value)
    raise ValueError("is not a date in a form I can read; write YYYY-MM-DD (e.g. 2022-07-07)")


def _day(year: int, month: int, dom: int, value: str) -> date:
    try:
        return date(year, month, dom)
    except ValueError:
        if not 1 <= month <= 12:
            raise ValueError(f"is not a day of the calendar (no month {month})") from None
        raise ValueError(f"is not a day of the calendar ({_MONTH_NAMES[month - 1]} {year} has no day {dom})") from None


def decode(data: bytes, path: str) -> str:
    nul = data.find(b"\x00")  # anywhere: text never holds one, and find() is cheap
    if nul >= 0:
        raise ArticleError(f"{path}: binary file (NUL byte at byte offset {nul}), not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start})"
        ) from None
    # A byte-order mark is no character of the article: editors do not count it in columns,
    # and a dateline must still open the text.
    return text[1:] if text.startswith("\ufeff") else text


def parse(text: str, path: str) -> Article:
    """Split off YAML front matter, if any; the article keeps the full text."""
    front: dict[str, str] = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        import yaml  # only articles with front matter need it

        try:
            data = yaml.load(m.group(1), Loader=yaml.BaseLoader)  # strings only
        except yaml.YAMLError as exc:
            raise ArticleError(f"{path}: malformed front matter: {exc}") from None
        if isinstance(data, dict):
            front = {str(k): v for k, v in data.items() if isinstance(v, str)}
        body_start = m.end()
    return Article(path=path, text=text, front_matter=front, body_start=body_start)


HTML_SUFFIXES = (".html", ".htm")
HTML_EXTRA_HINT = "pip install 'factcheck[html]'"


def read_bytes(data: bytes, path: str) -> Article:
    if path.lower().endswith(HTML_SUFFIXES):
        return read_html(data, path)
    return parse(decode(data, path), path)


def read_html(data: bytes, path: str) -> Article:
    """A saved web page → its main text, with title, date and url as front matter."""
    try:
        import htmldate
        import trafilatura
    except ImportError as exc:
        raise ArticleError(
            f"{path}: reading saved web pages (.html) needs the optional extra: {HTML_EXTRA_HINT} "
            f"({exc.name or 'trafilatura'} is not installed)"
        ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleError(f"{path}: binary file (NUL byte at byte offset {nul}), not a web page")
    # Let the libraries sniff the encoding (meta charset), as a browser would.
    try:
        text = trafilatura.extract(
            data, output_format="txt", include_comments=False, include_tables=True,
            include_images=False, include_links=False, deduplicate=False,
        )
        meta = trafilatura.extract_metadata(data)
        published = htmldate.find_date(
            data, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except Exception as exc:  # a malformed page is this article's failure, not the run's
        raise ArticleError(f"{path}: cannot extract the article from the page: {exc}") from None
    if not text or not text.strip():
        raise ArticleError(f"{path}: no article text found in the page")
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    body = "\n\n".join(p for p in paragraphs if p) + "\n"
    front = {"extracted-from": "html"}
    if published:
        front["date"] = published
    if meta is not None:
        for key, value in (("title", meta.title), ("source", meta.url or meta.sitename)):
            if value and value.strip():
                front[key] = " ".join(value.split())
    return Article(path=path, text=body, front_matter=front, body_start=0)
