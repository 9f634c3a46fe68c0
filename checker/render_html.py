"""ArticleReport → one self-contained HTML page (templates/report.html.j2).

The article text never reaches the template as markup: it is cut at claim offsets into
plain and claim segments here, and the template escapes every piece. The page's own CSS
and JS are inlined from templates/ and pinned by hash in a Content-Security-Policy, so
even a failure of escaping could not run injected script or load anything remotely.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from checker.model import VERDICTS, ArticleReport, Evidence, Position, RunReport, Verdict
from checker.paths import templates_dir
from checker.render_json import claim_id, positions_of

TEMPLATE = "report.html.j2"
MARKERS = {"verified": "✓", "conflicting": "✗", "unknown": "?"}
# Conflicts need attention first; verified claims matter least to a reviewer.
LISTING_ORDER = ("conflicting", "unknown", "verified")


@dataclass(frozen=True)
class ClaimView:
    id: str
    verdict: Verdict
    position: Position
    marker: str
    highlighted: bool  # False when it overlaps an earlier claim and is not marked in the text
    links: tuple[str | None, ...]  # per evidence item: its url if safe to link, else None


@dataclass(frozen=True)
class Segment:
    text: str
    claim: ClaimView | None = None  # None: plain text


def render_html(report: ArticleReport, run: RunReport) -> str:
    env = _environment()
    css = _asset(env, "report.css")
    js = _asset(env, "report.js")
    views = claim_views(report)
    return env.get_template(TEMPLATE).render(
        report=report,
        run=run,
        counts=report.summary(),
        verdicts=VERDICTS,
        markers=MARKERS,
        short_digest=short_digest(run.reference_digest),
        segments=segments(report.article.text, views),
        claims=listing(views),
        css=Markup(css),
        js=Markup(js),
        csp=content_security_policy(css, js),
    )


def claim_views(report: ArticleReport) -> list[ClaimView]:
    shown = highlighted_indices(report.article.text, report.verdicts)
    return [
        ClaimView(
            id=claim_id(i),
            verdict=v,
            position=p,
            marker=MARKERS.get(v.verdict, "•"),
            highlighted=i in shown,
            links=tuple(safe_url(e) for e in v.evidence),
        )
        for i, (v, p) in enumerate(zip(report.verdicts, positions_of(report)))
    ]


def highlighted_indices(text: str, verdicts: tuple[Verdict, ...]) -> set[int]:
    """Claims to mark in the text: valid spans, no overlaps.

    Markup cannot express partial overlaps, so the earliest-starting (then longest, then
    first-listed) claim wins and any claim overlapping it stays unmarked; it is still
    listed with its details.
    """
    valid = [
        i for i, v in enumerate(verdicts) if 0 <= v.claim.start < v.claim.end <= len(text)
    ]
    valid.sort(key=lambda i: (verdicts[i].claim.start, -verdicts[i].claim.end, i))
    chosen: set[int] = set()
    covered_to = 0
    for i in valid:
        if verdicts[i].claim.start >= covered_to:
            chosen.add(i)
            covered_to = verdicts[i].claim.end
    return chosen


def segments(text: str, views: list[ClaimView]) -> list[Segment]:
    """Cut `text` into plain and claim pieces, in text order, covering all of it."""
    marked = sorted((v for v in views if v.highlighted), key=lambda v: v.verdict.claim.start)
    out: list[Segment] = []
    pos = 0
    for view in marked:
        start, end = view.verdict.claim.start, view.verdict.claim.end
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], view))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def listing(views: list[ClaimView]) -> list[ClaimView]:
    """Claims for the side list: by verdict (conflicts first), then in text order."""
    rank = {v: n for n, v in enumerate(LISTING_ORDER)}
    return sorted(views, key=lambda v: rank.get(v.verdict.verdict, len(rank)))


def safe_url(evidence: Evidence) -> str | None:
    """The evidence url if it may become a link (http/https with a host), else None."""
    if not evidence.url:
        return None
    parts = urlsplit(evidence.url.strip())
    return evidence.url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def short_digest(digest: str) -> str:
    return digest.rpartition(":")[2][:12]


def content_security_policy(css: str, js: str) -> str:
    return (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "base-uri 'none'; form-action 'none'"
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _asset(env: jinja2.Environment, name: str) -> str:
    # Read through the loader so assets come from the same templates_dir() as the page.
    source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    return source


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
