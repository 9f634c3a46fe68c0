"""RunReport → linter-style text, one line per finding, for terminals and editors.

    path:line:col: verdict: "claim text" — explanation [source]
    path: 3 verified, 1 conflicting, 2 unknown (as of 2022-03-03, from dateline)
    path: error: message
"""
from __future__ import annotations

import re

from checker.model import VERDICTS, ArticleReport, Position, RunReport, Verdict
from checker.render_json import positions_of

_ANSI = {"verified": "\x1b[32m", "conflicting": "\x1b[31m", "unknown": "\x1b[33m"}
_RESET = "\x1b[0m"
# C0/C1 controls other than plain whitespace: an article must not be able to send
# escape sequences to the reviewer's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def render_text(run: RunReport, color: bool = False) -> str:
    lines: list[str] = []
    for report in run.articles:
        lines.extend(article_lines(report, color))
    lines.extend(f"{one_line(path)}: error: {one_line(msg)}" for path, msg in run.failures)
    return "".join(line + "\n" for line in lines)


def article_lines(report: ArticleReport, color: bool = False) -> list[str]:
    path = one_line(report.article.path)
    findings = [
        finding_line(path, v, p, color) for v, p in zip(report.verdicts, positions_of(report))
    ]
    return [*findings, summary_line(path, report)]


def finding_line(path: str, verdict: Verdict, position: Position, color: bool = False) -> str:
    word = colored(verdict.verdict, color)
    line = (
        f"{path}:{position.line}:{position.column}: {word}: "
        f"\"{one_line(verdict.claim.text)}\" — {one_line(verdict.explanation)}"
    )
    sources = sources_of(verdict)
    return f"{line} [{one_line(sources)}]" if sources else line


def summary_line(path: str, report: ArticleReport) -> str:
    counts = report.summary()
    parts = ", ".join(f"{counts[v]} {v}" for v in VERDICTS)
    return f"{path}: {parts} (as of {report.as_of.isoformat()}, from {report.date_source})"


def sources_of(verdict: Verdict) -> str:
    """Distinct evidence sources in evidence order, so repeated facts from one source show once."""
    return "; ".join(dict.fromkeys(e.source for e in verdict.evidence))


def colored(word: str, color: bool) -> str:
    return f"{_ANSI[word]}{word}{_RESET}" if color and word in _ANSI else word


def one_line(text: str) -> str:
    """Collapse whitespace (claims may span a line break) and neutralise control characters."""
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        # Nothing to do, the common case: every control character and every whitespace but
        # the plain space is unprintable, and the spaces are single and between words.
        return text
    return " ".join(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", text).split())
