"""Read an article: bytes → text (offsets are into this text), plus front matter.

Markdown front matter (`---` YAML block at the top) gives `date:`, `title:`, `source:`;
the body starts after it, and claims are only looked for in the body.

A saved web page (`.html`, `.htm`) is reduced to its main text by trafilatura, and its
publication date found by htmldate (the optional extra ``factcheck[html]``). The extracted
text *is* the article: claim offsets index it, and the report shows it. The page's title,
date and address become front matter, with ``extracted-from: html``.
"""
from __future__ import annotations

import re

from claims.model import Article

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)(?:\r?\n|\r)---[ \t]*(?:\r?\n|\r|\Z)", re.S)


class ArticleError(ValueError):
    """An article that cannot be read; str() says why and where."""


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
