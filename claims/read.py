"""Read an article: bytes → text (offsets are into this text), plus front matter.

Markdown front matter (`---` YAML block at the top) gives `date:`, `title:`, `source:`;
the body starts after it, and claims are only looked for in the body.
"""
from __future__ import annotations

import re
import yaml

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
        try:
            data = yaml.load(m.group(1), Loader=yaml.BaseLoader)  # strings only
        except yaml.YAMLError as exc:
            raise ArticleError(f"{path}: malformed front matter: {exc}") from None
        if isinstance(data, dict):
            front = {str(k): v for k, v in data.items() if isinstance(v, str)}
        body_start = m.end()
    return Article(path=path, text=text, front_matter=front, body_start=body_start)


def read_bytes(data: bytes, path: str) -> Article:
    return parse(decode(data, path), path)
