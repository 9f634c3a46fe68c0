"""ArticleReport → one self-contained HTML page (templates/report.html.j2); a batch run's
index of reports (templates/index.html.j2).

The article text never reaches the template as markup: it is cut at claim offsets into
plain and claim segments here, and the template escapes every piece. The page's own CSS
and JS are inlined from templates/ and pinned by hash in a Content-Security-Policy, so
even a failure of escaping could not run injected script or load anything remotely.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable
from urllib.parse import urlsplit

from checker.model import VERDICTS, ArticleReport, Evidence, Position, RunReport, Verdict
from checker.paths import templates_dir
from checker.render_json import claim_id, positions_of

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "report.html.j2"
INDEX_TEMPLATE = "index.html.j2"
MARKERS = {"verified": "✓", "conflicting": "✗", "unknown": "?"}
SPELLING_MARKER = "✎"
# Where the as-of date came from, in words (JSON keeps the codes).
DATE_SOURCES = {
    "option": "the --date option",
    "front-matter": "the front matter",
    "dateline": "the dateline",
    "dateline-no-year": "the dateline's day (its year assumed: the dateline has none)",
    "today": "today's date (the article has none)",
}
# Conflicts need attention first; verified claims matter least to a reviewer.
LISTING_ORDER = ("conflicting", "unknown", "verified")


@dataclass(frozen=True)
class ClaimView:
    id: str
    verdict: Verdict
    position: Position
    marker: str
    highlighted: bool  # False when it overlaps an earlier claim and is not marked in the text
    # (evidence item, its url if safe to link, else None), in the verdict's evidence order
    evidence: tuple[tuple[Evidence, str | None], ...]
    spelling: bool = False  # the suggestion corrects how a name is written

    @property
    def kind(self) -> str:
        return self.verdict.claim.kind


@dataclass(frozen=True)
class Horizon:
    """The reference base's time limits: each source's snapshot date."""

    snapshots: tuple[tuple[str, str], ...] = ()  # (source title, snapshot), by date

    @property
    def earliest(self) -> str | None:
        return self.snapshots[0][1] if self.snapshots else None

    @property
    def latest(self) -> str | None:
        return self.snapshots[-1][1] if self.snapshots else None

    def describe(self) -> str:
        return "; ".join(f"{title}: {snap}" for title, snap in self.snapshots)


def horizon_of(index: Any) -> Horizon:
    """The Horizon of a ReferenceIndex (its sources' snapshots)."""
    sources = getattr(index, "sources", {}) or {}
    pairs = sorted((str(s.snapshot), s.title) for s in sources.values())
    return Horizon(tuple((title, snap) for snap, title in pairs))


@dataclass(frozen=True)
class Segment:
    text: str
    claim: ClaimView | None = None  # None: plain text
    front: bool = False  # the Markdown front matter (shown, dimmed; no claims in it)


def render_html(report: ArticleReport, run: RunReport, horizon: Horizon | None = None,
                index_href: str | None = None) -> str:
    """The report page of one article; `index_href` links back to a batch's index."""
    from markupsafe import Markup

    env = _environment()
    assets = _assets()
    views = claim_views(report)
    front = report.article.front_matter
    kind_counts = Counter(v.kind for v in views)  # one pass, not one per kind
    kinds = sorted(kind_counts)
    return env.get_template(TEMPLATE).render(
        report=report,
        run=run,
        title=front.get("title") or None,
        article_source=front.get("source") or None,
        from_html=front.get("extracted-from") == "html",
        date_source=date_source_words(report),
        counts=report.summary(),
        spelling_count=sum(v.spelling for v in views),
        verdicts=VERDICTS,
        kinds=kinds,
        kind_counts={k: kind_counts[k] for k in kinds},
        markers=MARKERS,
        spelling_marker=SPELLING_MARKER,
        short_digest=short_digest(run.reference_digest),
        horizon=horizon or Horizon(),
        index_href=index_href,
        segments=split_front(segments(report.article.text, views), report.article.body_start),
        claims=listing(views),
        css=Markup(assets.css),
        js=Markup(assets.js),
        csp=assets.report_csp,
    )


@dataclass(frozen=True)
class IndexRow:
    path: str
    href: str  # relative link to the article's report
    title: str | None
    as_of: str
    date_source: str
    counts: dict[str, int] = field(default_factory=dict)


def render_index(run: RunReport, hrefs: Iterable[str], horizon: Horizon | None = None) -> str:
    """A batch run's index: one row per article (most conflicts first), then the failures.

    `hrefs` are the report file names, in the order of `run.articles`.
    """
    from markupsafe import Markup

    env = _environment()
    assets = _assets()
    rows = [
        IndexRow(r.article.path, href, r.article.front_matter.get("title") or None,
                 r.as_of.isoformat(), r.date_source, r.summary())
        for r, href in zip(run.articles, hrefs)
    ]
    rows.sort(key=lambda r: (-r.counts["conflicting"], -r.counts["unknown"], r.path))
    totals = {v: sum(r.counts[v] for r in rows) for v in VERDICTS}
    return env.get_template(INDEX_TEMPLATE).render(
        run=run,
        rows=rows,
        totals=totals,
        verdicts=VERDICTS,
        listed=("conflicting", "unknown", "verified"),
        markers=MARKERS,
        short_digest=short_digest(run.reference_digest),
        horizon=horizon or Horizon(),
        error_text=error_text,
        css=Markup(assets.css),
        csp=assets.index_csp,
    )


def error_text(path: str, error: str) -> str:
    """The failure message without the path it starts with (the page shows it beside)."""
    prefix = f"{path}: "
    return error[len(prefix):] if error.startswith(prefix) else error


def date_source_words(report: ArticleReport) -> str:
    if report.date_source == "front-matter" and report.article.front_matter.get("extracted-from") == "html":
        return "the web page's publication date"
    return DATE_SOURCES.get(report.date_source, report.date_source)


def claim_views(report: ArticleReport) -> list[ClaimView]:
    shown = highlighted_indices(report.article.text, report.verdicts)
    views = []
    for i, (v, p) in enumerate(zip(report.verdicts, positions_of(report))):
        views.append(ClaimView(
            id=claim_id(i),
            verdict=v,
            position=p,
            marker=MARKERS.get(v.verdict, "•"),
            highlighted=i in shown,
            evidence=tuple((e, safe_url(e)) for e in v.evidence),
            spelling=is_spelling(v),
        ))
    return views


def is_spelling(v: Verdict) -> bool:
    """A spelling finding: a name written unlike the reference's spelling, whose
    suggestion is its right spelling ("Vladmir Putin" → "Vladimir Putin")."""
    return v.claim.kind == "spelling"


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


def split_front(pieces: list[Segment], body_start: int) -> list[Segment]:
    """Mark the text before `body_start` (front matter) as such; claims never lie in it."""
    out: list[Segment] = []
    pos = 0
    for n, piece in enumerate(pieces):
        if pos >= body_start:
            out.extend(pieces[n:])  # the body: kept as it is
            break
        end = pos + len(piece.text)
        if piece.claim is None:
            cut = min(end, body_start) - pos
            out.append(Segment(piece.text[:cut], front=True))
            if piece.text[cut:]:
                out.append(Segment(piece.text[cut:]))
        else:
            out.append(piece)
        pos = end
    return out


def listing(views: list[ClaimView]) -> list[ClaimView]:
    """Claims for the side list: by verdict (conflicts first), then in text order."""
    rank = {v: n for n, v in enumerate(LISTING_ORDER)}
    return sorted(views, key=lambda v: rank.get(v.verdict.verdict, len(rank)))


def safe_url(evidence: Evidence) -> str | None:
    """The evidence url if it may become a link (http/https with a host), else None."""
    return _safe_link(evidence.url) if evidence.url else None


@lru_cache(maxsize=4096)
def _safe_link(url: str) -> str | None:
    # Memoised: a base's evidence comes from a handful of sources, so urls repeat.
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def short_digest(digest: str) -> str:
    return digest.rpartition(":")[2][:12]


def content_security_policy(css: str, js: str | None) -> str:
    script = f"'{_sha256(js)}'" if js is not None else "'none'"
    return (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src {script}; img-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@dataclass(frozen=True)
class Assets:
    """The inlined CSS and JS and the policies pinning them, the same for every page."""

    css: str
    js: str
    report_csp: str
    index_csp: str


@lru_cache(maxsize=1)
def _assets() -> Assets:
    # Once per process, like the compiled templates: a batch writes hundreds of pages.
    env = _environment()
    css, js = _asset(env, "report.css"), _asset(env, "report.js")
    return Assets(css, js, content_security_policy(css, js), content_security_policy(css, None))


def _asset(env: jinja2.Environment, name: str) -> str:
    # Read through the loader so assets come from the same templates_dir() as the page.
    source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    return source


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2  # on first use: most runs write no HTML

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
