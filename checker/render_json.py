"""RunReport → JSON, the machine-readable contract (schema ``factcheck.report/1``).

Key order is fixed by construction (dicts built in order, no sort_keys) so the same
report always gives byte-identical output. Claim ids and line/column helpers live here
because the text and HTML renderers must agree with the JSON on both.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
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
    text = json.dumps(run_to_dict(run, with_articles=False), ensure_ascii=False, indent=2, sort_keys=False)
    # The top-level "articles" key comes after fields that cannot hold this text.
    head, tail = text.split('\n  "articles": [],\n', 1)
    body = "[]" if not articles else "[\n" + ",\n".join(articles) + "\n  ]"
    return f'{head}\n  "articles": {body},\n{tail}\n'


def article_json(report: ArticleReport) -> str:
    """One article's JSON text as it stands in the report (indented for its place there)."""
    text = json.dumps(article_to_dict(report), ensure_ascii=False, indent=2, sort_keys=False)
    return "\n".join("    " + line for line in text.split("\n"))


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
