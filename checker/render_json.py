"""RunReport → JSON, the machine-readable contract (schema ``factcheck.report/1``).

Key order is fixed by construction (dicts built in order, no sort_keys) so the same
report always gives byte-identical output. Claim ids and line/column helpers live here
because the text and HTML renderers must agree with the JSON on both.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

from checker.model import ArticleReport, Evidence, Position, RunReport, Verdict
from checker.positions import positions

SCHEMA = "factcheck.report/1"
TOOL_NAME = "factcheck"


def claim_id(index: int) -> str:
    """Id of the verdict at 0-based `index`: c1, c2, … (stable across renderers)."""
    return f"c{index + 1}"


def positions_of(report: ArticleReport) -> tuple[Position, ...]:
    """The report's positions, computed from the text when the caller left them out."""
    if not report.positions:
        return positions(report.article.text, [v.claim.start for v in report.verdicts])
    if len(report.positions) != len(report.verdicts):
        # Pairing them up by index would silently put findings on the wrong lines.
        raise ValueError(
            f"{report.article.path}: {len(report.positions)} positions for "
            f"{len(report.verdicts)} verdicts"
        )
    return report.positions


def render_json(run: RunReport, articles: Sequence[str] | None = None) -> str:
    """The whole report. `articles`, when given, are the articles' texts from `article_json`
    (made where each article was checked, in parallel with the others: the indented encoder
    is json's pure-Python one, slow enough to matter for a batch)."""
    articles = [article_json(a) for a in run.articles] if articles is None else list(articles)
    text = dumps_indented(run_to_dict(run, with_articles=False))
    # The top-level "articles" key comes after fields that cannot hold this text.
    head, tail = text.split('\n  "articles": [],\n', 1)
    if not articles:
        return f'{head}\n  "articles": [],\n{tail}\n'
    # One join, the report's head and tail added to the first and last article: a batch's
    # report runs to tens of megabytes, and each concatenation would copy all of it again.
    pieces = [f'{head}\n  "articles": [\n{articles[0]}', *articles[1:]]
    pieces[-1] += f"\n  ],\n{tail}\n"
    return ",\n".join(pieces)


def article_json(report: ArticleReport) -> str:
    """One article's JSON text as it stands in the report (indented for its place there)."""
    return "    " + dumps_indented(article_to_dict(report), "\n    ")


def dumps_indented(value: Any, newline: str = "\n") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, with every line
    after the first starting with `newline` (a line break plus the indentation it stands at).

    The json module encodes with indentation in pure Python, one generator step per token;
    reports are plain dicts, lists, strings, ints and None, written here in one pass.
    """
    out: list[str] = []
    _dump(value, newline, out)
    return "".join(out)


def _dump(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is dict and value:
        _dump_dict(value, newline, out)
    elif (kind is list or kind is tuple) and value:
        inner = newline + "  "
        sep = "[" + inner
        for item in value:
            out.append(sep)
            _dump(item, inner, out)
            sep = "," + inner
        out.append(newline + "]")
    else:
        _dump_by_json(value, newline, out)


def _dump_dict(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    inner = newline + "  "
    sep = "{" + inner
    start = len(out)
    for key, item in value.items():
        if type(key) is not str:
            del out[start:]  # json turns such keys into strings its own way: let it
            _dump_by_json(value, newline, out)
            return
        # The common scalar values inline, one piece each (a call per value costs more).
        kind = type(item)
        if kind is str:
            out.append(f"{sep}{encode_basestring(key)}: {encode_basestring(item)}")
        elif kind is int:
            out.append(f"{sep}{encode_basestring(key)}: {int.__repr__(item)}")
        elif item is None:
            out.append(f"{sep}{encode_basestring(key)}: null")
        else:
            out.append(f"{sep}{encode_basestring(key)}: ")
            _dump(item, inner, out)
        sep = "," + inner
    out.append(newline + "}")


def _dump_by_json(value: Any, newline: str, out: list[str]) -> None:
    # Anything else (bools, floats, empty containers, subclasses, other keys): json itself;
    # its line breaks only ever separate tokens, so they take the indentation as they are.
    out.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline))


def run_to_dict(run: RunReport, with_articles: bool = True) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": TOOL_NAME, "version": run.tool_version},
        "reference": {"digest": run.reference_digest, "facts": run.reference_facts},
        "articles": [article_to_dict(a) for a in run.articles] if with_articles else [],
        "failures": [{"path": path, "error": error} for path, error in run.failures],
    }


def article_to_dict(report: ArticleReport) -> dict[str, Any]:
    positions = positions_of(report)
    return {
        "path": report.article.path,
        "date": report.as_of.isoformat(),
        "date_source": report.date_source,
        "claims": [
            claim_to_dict(i, v, p) for i, (v, p) in enumerate(zip(report.verdicts, positions))
        ],
        "summary": report.summary(),
    }


def claim_to_dict(index: int, verdict: Verdict, position: Position) -> dict[str, Any]:
    claim = verdict.claim
    return {
        "id": claim_id(index),
        "kind": claim.kind,
        "rule": claim.rule,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": position.line,
        "column": position.column,
        "when": verdict.when,
        "verdict": verdict.verdict,
        "reason": verdict.reason,
        "explanation": verdict.explanation,
        "suggestion": verdict.suggestion,
        "evidence": [evidence_to_dict(e) for e in verdict.evidence],
    }


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    return {
        "fact": evidence.fact,
        "source": evidence.source,
        "ref": evidence.ref,
        "url": evidence.url,
    }
