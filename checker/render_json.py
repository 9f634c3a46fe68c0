"""RunReport → JSON, the machine-readable contract (schema ``factcheck.report/1``).

Key order is fixed by construction (dicts built in order, no sort_keys) so the same
report always gives byte-identical output. Claim ids and line/column helpers live here
because the text and HTML renderers must agree with the JSON on both.
"""
from __future__ import annotations

import json
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


def render_json(run: RunReport) -> str:
    return json.dumps(run_to_dict(run), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def run_to_dict(run: RunReport) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": TOOL_NAME, "version": run.tool_version},
        "reference": {"digest": run.reference_digest, "facts": run.reference_facts},
        "articles": [article_to_dict(a) for a in run.articles],
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
