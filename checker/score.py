"""Score the checker against the labelled corpus.

    python -m checker.score [CORPUS_DIR] [--no-fail] [--overall-only]

Each article (`NAME.txt`, `NAME.md`, ...) has a label file beside it, `NAME.labels.yaml`:

    date: 2021-06-20                # must be the date the checker takes from the article
    claims:
      - quote: "Russian President Vladimir Putin"   # exact text of the article
        occurrence: 2                                # optional: the N-th occurrence (default 1)
        expect: verified                             # verified | conflicting
        kind: officeholder                           # see KINDS

The articles are checked in-process exactly as `factcheck check` does (same index, same
extractor, same as-of date). Each label is matched to the reported claim of the same kind
whose span overlaps the quote's span the most. Per kind and overall this prints

  conflict recall   labelled conflicting, reported conflicting      (threshold >= 0.95)
  false alarms      labelled verified, reported conflicting         (threshold == 0)
  verified recall   labelled verified, reported verified            (threshold >= 0.90)
  unlabelled        reported conflicting claims no label covers     (shown, not a threshold)

and lists every miss as `file:line:col`, quote, expected, got, explanation.

Exit codes: 0 at or above every threshold (or `--no-fail`); 1 below a threshold; 2 a label
file is missing, malformed, or quotes text the article does not contain.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker import yamlsafe
from checker.judge import DateError, as_of, check_article
from checker.positions import positions
from checker.model import Verdict
from claims.model import Article
from claims.read import ArticleError, read_bytes

KINDS = ("officeholder", "weekday", "relation", "election", "event-date", "event-place", "age")
EXPECTS = ("verified", "conflicting")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
LABEL_SUFFIX = ".labels.yaml"
LABEL_KEYS = {"quote", "expect", "kind", "occurrence", "note"}

CONFLICT_RECALL_MIN = 0.95
FALSE_ALARMS_MAX = 0
VERIFIED_RECALL_MIN = 0.90

EXIT_OK, EXIT_BELOW, EXIT_LABELS = 0, 1, 2


class LabelError(ValueError):
    """Problems with the corpus's label files; `errors` are `file:line:col: message` lines."""

    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} label error(s)")
        self.errors = errors


@dataclass(frozen=True)
class Label:
    article: str  # the article's path as read
    label_file: str
    label_line: int
    quote: str
    expect: str
    kind: str
    occurrence: int
    start: int  # offsets of the quote in the article text
    end: int
    line: int  # 1-based position of the quote in the article
    column: int


@dataclass
class LabelledArticle:
    path: Path
    article: Article
    date: date
    labels: list[Label]


@dataclass(frozen=True)
class Outcome:
    label: Label
    verdict: Verdict | None  # the matched reported claim, None when nothing of the kind overlaps
    others: tuple[str, ...] = ()  # kinds of other reported claims overlapping the quote

    @property
    def got(self) -> str:
        return self.verdict.verdict if self.verdict else "not reported"

    @property
    def hit(self) -> bool:
        return self.got == self.label.expect

    @property
    def cause(self) -> str:
        """Why a miss happened, as a short key to group misses by."""
        if self.verdict is None:
            return "not reported"
        return f"{self.verdict.verdict}: {self.verdict.reason}"


@dataclass
class KindScore:
    labelled_conflicting: int = 0
    conflicts_found: int = 0
    labelled_verified: int = 0
    verified_found: int = 0
    false_alarms: int = 0
    unlabelled_conflicts: int = 0

    @property
    def conflict_recall(self) -> float | None:
        return self.conflicts_found / self.labelled_conflicting if self.labelled_conflicting else None

    @property
    def verified_recall(self) -> float | None:
        return self.verified_found / self.labelled_verified if self.labelled_verified else None

    def failures(self) -> list[str]:
        out = []
        if self.conflict_recall is not None and self.conflict_recall < CONFLICT_RECALL_MIN:
            out.append(f"conflict recall {self.conflict_recall:.2f} < {CONFLICT_RECALL_MIN}")
        if self.false_alarms > FALSE_ALARMS_MAX:
            out.append(f"false alarms {self.false_alarms} > {FALSE_ALARMS_MAX}")
        if self.verified_recall is not None and self.verified_recall < VERIFIED_RECALL_MIN:
            out.append(f"verified recall {self.verified_recall:.2f} < {VERIFIED_RECALL_MIN}")
        return out


@dataclass
class Score:
    articles: int = 0
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    overall: KindScore = field(default_factory=KindScore)
    outcomes: list[Outcome] = field(default_factory=list)
    unlabelled: list[tuple[str, Verdict, int, int]] = field(default_factory=list)  # (file, verdict, line, col)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.hit]

    def failures(self, overall_only: bool = False) -> list[str]:
        out = [f"overall: {f}" for f in self.overall.failures()]
        if not overall_only:
            out += [f"{kind}: {f}" for kind, s in self.kinds.items() for f in s.failures()]
        return out


# --- reading the corpus -------------------------------------------------------------------


def default_corpus() -> Path:
    here = Path.cwd() / "corpus"
    return here if here.is_dir() else Path(__file__).resolve().parents[1] / "corpus"


def article_paths(corpus: Path) -> list[Path]:
    return sorted(
        p for p in corpus.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )


def label_path(article: Path) -> Path:
    return article.with_name(article.stem + LABEL_SUFFIX)


def load_corpus(corpus: Path, today: date | None = None) -> list[LabelledArticle]:
    """Every article with its labels, each quote located; LabelError lists every problem."""
    today = today or date.today()
    errors: list[str] = []
    out: list[LabelledArticle] = []
    if not corpus.is_dir():
        raise LabelError([f"{corpus}: no such corpus folder"])
    articles = article_paths(corpus)
    if not articles:
        errors.append(f"{corpus}: no articles ({', '.join(ARTICLE_SUFFIXES)})")
    stems = {label_path(a) for a in articles}
    for orphan in sorted(p for p in corpus.rglob("*" + LABEL_SUFFIX) if p not in stems):
        errors.append(f"{orphan}:1:1: label file without an article beside it")
    for path in articles:
        try:
            article = read_bytes(path.read_bytes(), str(path))
            when = as_of(article, None, today)
        except (OSError, ArticleError, DateError) as exc:
            errors.append(f"{path}:1:1: {exc}")
            continue
        if when.source in ("today", "dateline-no-year"):  # a labelled article's date must be written whole
            errors.append(f"{path}:1:1: the article has no full date (dateline or front matter `date:`)")
        labels = _read_labels(label_path(path), article, when.date, errors)
        if labels is not None:
            out.append(LabelledArticle(path, article, when.date, labels))
    if errors:
        raise LabelError(errors)
    return out


def _read_labels(path: Path, article: Article, article_date: date, errors: list[str]) -> list[Label] | None:
    shown = str(path)
    if not path.is_file():
        errors.append(f"{article.path}:1:1: no label file {path.name} beside the article")
        return None
    try:
        root = yamlsafe.load(path.read_text(encoding="utf-8"), shown)
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(f"{shown}:1:1: cannot read: {exc}")
        return None
    except yamlsafe.YamlError as exc:
        errors.append(str(exc))
        return None
    if root is None or not isinstance(root.value, dict):
        errors.append(f"{shown}:1:1: expected a mapping with `date:` and `claims:`")
        return None
    top = root.value
    for key in sorted(set(top) - {"date", "claims"}):
        node = top[key]
        errors.append(f"{shown}:{node.line}:{node.column}: unknown key {key!r}")
    d = top.get("date")
    if d is None or not isinstance(d.value, str):
        errors.append(f"{shown}:1:1: missing `date:`")
    else:
        try:
            labelled = date.fromisoformat(d.value)
        except ValueError:
            errors.append(f"{shown}:{d.line}:{d.column}: date {d.value!r} is not YYYY-MM-DD")
        else:
            if labelled != article_date:
                errors.append(
                    f"{shown}:{d.line}:{d.column}: date {labelled} differs from the article's date {article_date}"
                )
    claims = top.get("claims")
    if claims is None or not isinstance(claims.value, list) or not claims.value:
        errors.append(f"{shown}:1:1: missing or empty `claims:` list")
        return None
    labels = []
    for item in claims.value:
        label = _read_label(shown, item, article, errors)
        if label is not None:
            labels.append(label)
    return labels


def _read_label(shown: str, item, article: Article, errors: list[str]) -> Label | None:
    where = f"{shown}:{item.line}:{item.column}"
    if not isinstance(item.value, dict):
        errors.append(f"{where}: a claim must be a mapping with quote, expect and kind")
        return None
    fields = item.value
    bad = False
    for key in sorted(set(fields) - LABEL_KEYS):
        errors.append(f"{shown}:{fields[key].line}:{fields[key].column}: unknown key {key!r}")
        bad = True
    values = {k: (v.value if isinstance(v.value, str) else None) for k, v in fields.items()}
    for key in ("quote", "expect", "kind"):
        if not values.get(key):
            errors.append(f"{where}: missing `{key}:`")
            bad = True
    if values.get("expect") and values["expect"] not in EXPECTS:
        errors.append(f"{where}: expect {values['expect']!r} is not one of {', '.join(EXPECTS)}")
        bad = True
    if values.get("kind") and values["kind"] not in KINDS:
        errors.append(f"{where}: kind {values['kind']!r} is not one of {', '.join(KINDS)}")
        bad = True
    occurrence = 1
    if "occurrence" in fields:
        raw = values.get("occurrence") or ""
        if not raw.isdigit() or int(raw) < 1:
            errors.append(f"{where}: occurrence {raw!r} is not a positive whole number")
            bad = True
        else:
            occurrence = int(raw)
    if bad:
        return None
    quote = values["quote"]
    start = _nth(article.text, quote, occurrence, article.body_start)
    if start < 0:
        found = article.text.count(quote, article.body_start)
        what = "not found in" if found == 0 else f"found only {found} time(s) in"
        errors.append(f"{where}: quote {quote!r} {what} {article.path}")
        return None
    pos = positions(article.text, [start])[0]
    return Label(article.path, shown, item.line, quote, values["expect"], values["kind"], occurrence,
                 start, start + len(quote), pos.line, pos.column)


def _nth(text: str, needle: str, n: int, start: int) -> int:
    at = start - 1
    for _ in range(n):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


# --- scoring ------------------------------------------------------------------------------


def normalise_kind(kind: str) -> str:
    return kind.replace("_", "-").lower()


def match(label: Label, verdicts: tuple[Verdict, ...]) -> Outcome:
    """The reported claim of the label's kind overlapping the quote the most (ties: the one
    whose span is closest to the quote's)."""
    best, best_key, others = None, None, []
    for v in verdicts:
        c = v.claim
        overlap = min(c.end, label.end) - max(c.start, label.start)
        if overlap <= 0:
            continue
        if normalise_kind(c.kind) != label.kind:
            others.append(normalise_kind(c.kind))
            continue
        key = (overlap, -abs((c.end - c.start) - (label.end - label.start)))
        if best_key is None or key > best_key:
            best, best_key = v, key
    return Outcome(label, best, tuple(sorted(set(others))))


def score(corpus: Path, index=None, extractor=None, today: date | None = None) -> Score:
    """Check every article of the corpus and compare with its labels (LabelError first)."""
    from claims.extract import Extractor

    labelled = load_corpus(corpus, today)
    if index is None:
        from checker.cli import _index

        index = _index([])
    extractor = extractor or Extractor(index.vocabulary())
    result = Score(articles=len(labelled))
    for item in labelled:
        report = check_article(item.article, extractor, index, as_of(item.article, None, today or date.today()))
        matched: set[int] = set()
        for label in item.labels:
            outcome = match(label, report.verdicts)
            result.outcomes.append(outcome)
            if outcome.verdict is not None:
                matched.add(id(outcome.verdict))
            for s in (result.kinds[label.kind], result.overall):
                _count(s, outcome)
        for verdict, pos in zip(report.verdicts, report.positions):
            kind = normalise_kind(verdict.claim.kind)
            if verdict.verdict == "conflicting" and id(verdict) not in matched:
                result.unlabelled.append((str(item.path), verdict, pos.line, pos.column))
                result.overall.unlabelled_conflicts += 1
                if kind in result.kinds:
                    result.kinds[kind].unlabelled_conflicts += 1
    return result


def _count(s: KindScore, o: Outcome) -> None:
    if o.label.expect == "conflicting":
        s.labelled_conflicting += 1
        s.conflicts_found += o.got == "conflicting"
    else:
        s.labelled_verified += 1
        s.verified_found += o.got == "verified"
        s.false_alarms += o.got == "conflicting"


# --- report -------------------------------------------------------------------------------


def _ratio(found: int, total: int, value: float | None) -> str:
    return f"{found:>3}/{total:<3} {value:5.2f}" if value is not None else f"{'-':>3}/{total:<3}   n/a"


def render(result: Score, overall_only: bool = False, list_misses: bool = True) -> str:
    lines = [f"factcheck corpus score: {result.articles} articles, {len(result.outcomes)} labelled claims", ""]
    head = f"{'kind':<13} {'labels':>6}  {'conflict recall':>15}  {'false alarms':>12}  {'verified recall':>15}  {'unlabelled':>10}"
    lines += [head, "-" * len(head)]
    rows = list(result.kinds.items()) + [("overall", result.overall)]
    for kind, s in rows:
        if kind == "overall":
            lines.append("-" * len(head))
        lines.append(
            f"{kind:<13} {s.labelled_conflicting + s.labelled_verified:>6}  "
            f"{_ratio(s.conflicts_found, s.labelled_conflicting, s.conflict_recall):>15}  "
            f"{s.false_alarms:>12}  "
            f"{_ratio(s.verified_found, s.labelled_verified, s.verified_recall):>15}  "
            f"{s.unlabelled_conflicts:>10}"
        )
    lines.append(
        f"thresholds: conflict recall >= {CONFLICT_RECALL_MIN}, false alarms <= {FALSE_ALARMS_MAX}, "
        f"verified recall >= {VERIFIED_RECALL_MIN}" + (" (overall only)" if overall_only else " (overall and per kind)")
    )
    misses = result.misses
    causes = Counter((o.label.kind, o.label.expect, o.cause) for o in misses)
    if causes:
        lines += ["", "misses by cause (kind, expected, got: reason):"]
        for (kind, expect, cause), n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {n:>4}  {kind:<12} expected {expect:<11} got {cause}")
    if list_misses and misses:
        lines += ["", f"misses ({len(misses)}):"]
        for o in sorted(misses, key=lambda o: (o.label.kind, o.label.label_file, o.label.start)):
            lines.append(_miss_line(o))
    if list_misses and result.unlabelled:
        lines += ["", f"unlabelled conflicts ({len(result.unlabelled)}):"]
        for path, v, line, col in result.unlabelled:
            lines.append(f"{path}:{line}:{col}: [{normalise_kind(v.claim.kind)}] \"{v.claim.text}\" — {v.explanation}")
    failures = result.failures(overall_only)
    lines += ["", "BELOW THRESHOLD: " + "; ".join(failures) if failures else "all thresholds met"]
    return "\n".join(lines) + "\n"


def _miss_line(o: Outcome) -> str:
    lab = o.label
    where = f"{lab.article}:{lab.line}:{lab.column}"
    if o.verdict is None:
        detail = "no claim of this kind overlaps the quote"
        if o.others:
            detail += f" (reported there as: {', '.join(o.others)})"
    else:
        v = o.verdict
        detail = f"[{v.claim.rule}] \"{v.claim.text}\" — {v.explanation}"
    return f"{where}: [{lab.kind}] \"{lab.quote}\" expected {lab.expect}, got {o.got}: {detail}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m checker.score", description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", help="corpus folder (default: ./corpus, else the project's corpus/)")
    p.add_argument("--no-fail", action="store_true", help="exit 0 even below the thresholds")
    p.add_argument("--overall-only", action="store_true", help="apply the thresholds to the overall figures only, not to each kind")
    p.add_argument("--summary", action="store_true", help="print the table and the causes, not every miss")
    args = p.parse_args(argv)
    corpus = Path(args.corpus) if args.corpus else default_corpus()
    try:
        result = score(corpus)
    except LabelError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        print(f"checker.score: error: {len(exc.errors)} label error(s); nothing was scored", file=sys.stderr)
        return EXIT_LABELS
    sys.stdout.write(render(result, args.overall_only, list_misses=not args.summary))
    if result.failures(args.overall_only) and not args.no_fail:
        return EXIT_BELOW
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
