"""The `factcheck` command line.

Exit codes: 0 no conflicting claim; 1 at least one conflicting claim; 2 usage, input or
reference error (message on stderr; no output file is half-written).
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from checker import __version__, cache, load, reference_cli
from checker.atomic import OutputPathError, OutputSet, check_writable
from checker.judge import DateError
from checker.model import RunReport
from checker import batch
from checker.progress import Progress, should_show
from checker.render_html import horizon_of, render_html
from checker.render_json import render_json
from checker.render_text import render_text

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
EXIT_OK, EXIT_CONFLICT, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="factcheck", description="Check the claims of news articles against a reference base.")
    p.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check articles and report each claim as verified, conflicting or unknown")
    c.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders; '-' (or none, with a pipe) reads standard input")
    c.add_argument("--date", help="judge claims as of this date (YYYY-MM-DD) instead of the article's own date")
    c.add_argument("--reference", action="append", default=[], metavar="DIR", help="add the YAML files of DIR to the bundled base (repeatable)")
    c.add_argument("--format", choices=("text", "json"), default="text", help="what to print on standard output")
    c.add_argument("--html", metavar="FILE", help="write an HTML report (a folder when checking several articles)")
    c.add_argument("--json", metavar="FILE", help="write the JSON report to FILE")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    c.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                   help="check articles in N parallel processes (0: one per CPU, up to 8); the output is the same")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress bar or notes on standard error")
    reference_cli.add_parser(sub)  # factcheck reference stats|validate|lookup|import
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help/--version
        return int(exc.code or 0)
    try:
        if args.command == "reference":
            return reference_cli.run(args)
        return _check(args)
    except (UsageError, OutputPathError, DateError) as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except load.ReferenceError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        print(f"factcheck: error: the reference base has {len(exc.errors)} error(s); nothing was checked", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return n or batch.default_workers()


def _check(args: argparse.Namespace) -> int:
    option_date = _parse_date(args.date)
    inputs = _inputs(args.paths)
    html_dir = _html_target(args.html, len(inputs))
    if html_dir is not None:  # never read our own reports back as articles
        inputs = [p for p in inputs if p == "-" or not _is_under(Path(p), html_dir)] or inputs
    for target in (args.json, None if html_dir else args.html):
        if target:
            check_writable(target)
    index = _index(args.reference, quiet=args.quiet)
    jobs = []
    failures: list[tuple[str, str]] = []
    for path in inputs:
        if path == "-":
            jobs.append(batch.Job(path, sys.stdin.buffer.read()))
        else:
            jobs.append(batch.Job(path, None))
    shown = should_show(len(jobs), sys.stderr, quiet=args.quiet)
    want_json = bool(args.json or args.format == "json")
    json_only = args.format == "json" and not args.html  # no renderer needs the reports
    with Progress(len(jobs), sys.stderr, enabled=shown) as progress:
        outcomes = batch.check_all(jobs, index, option_date, date.today(), workers=args.jobs,
                                   on_done=progress.advance, want_json=want_json, keep_reports=not json_only)
    checked = [o for o in outcomes if o.error is None]
    reports = [o.report for o in checked if o.report is not None]
    failures += [(o.path, o.error) for o in outcomes if o.error is not None]
    run = RunReport(__version__, index.digest, index.facts, tuple(reports), tuple(failures))
    _write_outputs(args, run, html_dir, horizon_of(index), [o.json for o in checked])
    for path, message in failures:
        print(f"factcheck: error: {message}", file=sys.stderr)
    if failures:
        return EXIT_ERROR
    return EXIT_CONFLICT if any(o.conflicting for o in checked) else EXIT_OK


def _is_under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (ValueError, OSError):
        return False


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date (YYYY-MM-DD)") from None


def _inputs(paths: list[str]) -> list[str]:
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no article given (name a file or folder, or pipe text in)")
        return ["-"]
    found: list[str] = []
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found += sorted(str(f) for f in p.rglob("*") if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
        else:
            found.append(raw)
    if not found:
        raise UsageError(f"no articles ({', '.join(ARTICLE_SUFFIXES)}) under {', '.join(paths)}")
    return found


def _html_target(html: str | None, count: int) -> Path | None:
    """A folder for one report per article, when several are checked or the path is a folder."""
    if not html:
        return None
    target = Path(html)
    if count > 1 or target.is_dir() or html.endswith(("/", "\\")):
        target.mkdir(parents=True, exist_ok=True)
        check_writable(target / "index.html")
        return target
    return None


def _index(extra: list[str], quiet: bool = False):
    # the bundled base, then [tool.factcheck] reference folders (pyproject.toml), then --reference
    files = reference_cli.reference_files(extra)
    return cache.load_index(
        files, on_build=None if quiet else lambda: print("factcheck: building the reference index (once per change of the base)…", file=sys.stderr)
    )


def _write_outputs(args: argparse.Namespace, run: RunReport, html_dir: Path | None, horizon=None,
                   articles_json: list[str | None] | None = None) -> None:
    if args.json or args.format == "json":
        ready = articles_json if articles_json and None not in articles_json else None
        json_text = render_json(run, ready)
    else:
        json_text = None
    with OutputSet() as out:  # the JSON and HTML reports in place together, or none of them
        if args.json:
            out.add(args.json, json_text)
        if html_dir:
            batch.write_html_dir(html_dir, run, horizon, out)
        elif args.html:
            for report in run.articles:  # (one article at most: see `_html_target`)
                out.add(Path(args.html), render_html(report, run, horizon))
    if args.format == "json":
        sys.stdout.write(json_text)
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        sys.stdout.write(render_text(run, color=color))


def main_exit() -> None:
    sys.exit(main())
