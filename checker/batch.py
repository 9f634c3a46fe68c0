"""Check many articles: in order or in parallel processes, with the same result either way.

`check_all` returns the reports and failures in input order whatever `jobs` is, so the
outputs of `--jobs N` are byte-identical to those of `--jobs 1`. `write_html_dir` writes
one report per article under names that never collide, plus `index.html`.
"""
from __future__ import annotations

import gc
import os
import re
import signal
import traceback
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from checker import grammars
from checker.atomic import OutputSet
from checker.judge import DateError, as_of, check_article
from checker.model import ArticleReport, RunReport
from checker.render_html import Horizon, render_html, render_index
from checker.render_json import article_json
from claims.read import ArticleError, read_bytes

INDEX_NAME = "index.html"


@dataclass(frozen=True)
class Job:
    path: str
    data: bytes | None  # already read (standard input), else read by the worker


@dataclass(frozen=True)
class Outcome:
    path: str
    report: ArticleReport | None = None
    error: str | None = None
    json: str | None = None  # the article's part of the JSON report, when one is wanted
    conflicting: int = 0  # its conflicting verdicts, kept when the report itself is not


# --- checking --------------------------------------------------------------------------

_worker: dict = {}


def _init_worker(index, option_date: date | None, today: date, want_json: bool = False,
                 keep_reports: bool = True) -> None:
    _worker.update(index=index, extractor=grammars.extractor(index), option=option_date, today=today,
                   want_json=want_json, keep_reports=keep_reports)


def _init_pool_worker(*args) -> None:
    # Ctrl-C reaches the whole process group: only the parent handles it (it stops the pool and
    # says "interrupted"); a worker would print a traceback wherever the signal found it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(*args)


def _check_one(job: Job) -> Outcome:
    try:
        data = job.data if job.data is not None else _read(job.path)
        article = read_bytes(data, job.path)
        when = as_of(article, _worker["option"], _worker["today"])
        report = check_article(article, _worker["extractor"], _worker["index"], when)
        json = article_json(report) if _worker["want_json"] else None
        conflicting = report.summary()["conflicting"]
        return Outcome(job.path, report if _worker["keep_reports"] else None, json=json, conflicting=conflicting)
    except (ArticleError, DateError) as exc:
        return Outcome(job.path, error=str(exc))
    except RecursionError:
        return Outcome(job.path, error=f"{job.path}: too deeply nested to check")
    except Exception as exc:  # a bug met on this article: the other articles are still checked
        return Outcome(job.path, error=f"{job.path}: internal error, please report it: {_where(exc)}")


def _where(exc: Exception) -> str:
    """The error and the line of factcheck's own code that raised it, for a bug report."""
    ours = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.abspath(f.filename).startswith(_PACKAGES)]
    if not ours:
        return f"{type(exc).__name__}: {exc}"
    place = Path(os.path.abspath(ours[-1].filename)).relative_to(_ROOT).as_posix()
    return f"{type(exc).__name__}: {exc} ({place}:{ours[-1].lineno})"


_ROOT = Path(__file__).resolve().parent.parent  # where checker/ and claims/ are (installed)
_PACKAGES = tuple(str(_ROOT / name) + os.sep for name in ("checker", "claims"))


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None


def check_all(
    jobs: Sequence[Job],
    index,
    option_date: date | None,
    today: date,
    workers: int = 1,
    on_done: Callable[[str], None] | None = None,
    want_json: bool = False,
    keep_reports: bool = True,
) -> list[Outcome]:
    """Outcomes in the order of `jobs`; `on_done(path)` after each article, in any order.
    With `want_json`, each outcome also holds its article's part of the JSON report; without
    `keep_reports`, that and the count of conflicts are all it holds (when JSON is the only
    output: a parent that unpickles every full report competes with its workers for the CPUs,
    about a quarter of one core for `--jobs 2`)."""
    assert want_json or keep_reports, "an outcome must keep the report or its JSON"
    workers = max(1, min(workers, len(jobs)))
    if workers == 1:
        _init_worker(index, option_date, today, want_json, keep_reports)
        out = []
        for n, job in enumerate(jobs, 1):
            out.append(_check_one(job))
            if on_done:
                on_done(job.path)
            if n % SETTLE_EVERY == 0:
                settle()
        return out
    from concurrent.futures import ProcessPoolExecutor, as_completed  # only when parallel

    results: list[Outcome | None] = [None] * len(jobs)
    # Articles go to the workers a few at a time: one round trip per article cost more than
    # checking a short one. Small enough chunks keep both workers busy to the end.
    size = max(1, min(8, len(jobs) // (workers * 16)))
    chunks = [range(lo, min(lo + size, len(jobs))) for lo in range(0, len(jobs), size)]
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_pool_worker, initargs=(index, option_date, today, want_json, keep_reports)
    ) as pool:
        futures = {pool.submit(_check_some, [jobs[n] for n in chunk]): chunk for chunk in chunks}
        try:
            for done, future in enumerate(as_completed(futures), 1):
                for n, outcome in zip(futures[future], future.result()):
                    results[n] = outcome
                    if on_done:
                        on_done(jobs[n].path)
                if done * size % SETTLE_EVERY < size:
                    settle()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            # The workers ignore Ctrl-C and would finish their chunks first: stop them now.
            # (`ProcessPoolExecutor.terminate_workers` exists only from Python 3.14.)
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
            raise
    return [r for r in results if r is not None]


def _check_some(jobs: list[Job]) -> list[Outcome]:
    out = [_check_one(job) for job in jobs]
    _worker["checked"] = _worker.get("checked", 0) + len(jobs)
    if _worker["checked"] % SETTLE_EVERY < len(jobs):
        settle()
    return out


# What a batch keeps alive grows as it goes (the reports, and in each process the records of
# the base decoded on first use), and every full collection of the cyclic garbage collector
# walks all of it again: about 0.5 s of a 10 s run of 1,000 articles in one process, and
# more in the parent of `--jobs N`, which unpickles every report while the workers want
# every CPU. Every SETTLE_EVERY articles the young generations are collected, so that cycles
# made while checking are still freed, and what is alive then is moved out of the
# collector's reach (`gc.freeze`, as `checker.cache.load_index` does for the index). Frozen
# objects are still freed by reference counting when dropped; none of what is kept
# (reports, verdicts, claims, records) forms reference cycles.
SETTLE_EVERY = 32


def settle() -> None:
    gc.collect(1)
    gc.freeze()


def default_workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


# --- report files ----------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
RESERVED = {"index"}


def report_names(paths: Sequence[str]) -> list[str]:
    """A distinct `.html` file name for each article path (case-insensitively distinct).

    The stem when no other article shares it ("ukraine.html"); else the path below the
    articles' common folder ("world--ukraine.html"); else that with the extension
    ("world--ukraine.md.html"); else a number. Names are ASCII letters, digits, `.`, `_`
    and `-`, so they need no escaping in a link, and `index` is kept for the index.
    """
    real = [p for p in paths if p != "-"]
    root = _common_folder(real)
    levels = [_candidates(p, root) for p in paths]
    names: list[str | None] = [None] * len(paths)
    taken = set(RESERVED)
    for level in range(3):
        pending = [i for i, name in enumerate(names) if name is None]
        counts = Counter(levels[i][level].lower() for i in pending)
        for i in pending:
            candidate = levels[i][level]
            if counts[candidate.lower()] == 1 and candidate.lower() not in taken:
                names[i] = candidate
                taken.add(candidate.lower())
    for i, name in enumerate(names):
        if name is None:
            base, k = levels[i][-1], 2
            while f"{base}-{k}".lower() in taken:
                k += 1
            names[i] = f"{base}-{k}"
            taken.add(names[i].lower())
    return [f"{name}.html" for name in names]


def _common_folder(paths: list[str]) -> str:
    if not paths:
        return ""
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    try:
        return os.path.commonpath(folders)
    except ValueError:  # different drives
        return ""


def _candidates(path: str, root: str) -> tuple[str, str, str]:
    if path == "-":
        return ("stdin", "stdin", "stdin")
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, root) if root else absolute
    parts = [p for p in Path(rel).parts if p not in ("", os.sep, "..", ".")]
    stem = _safe(Path(path).stem)
    below = _safe("--".join(parts[:-1] + [Path(parts[-1]).stem])) if parts else stem
    with_ext = _safe("--".join(parts)) if parts else stem
    return (stem, below, with_ext)


def _safe(name: str) -> str:
    name = _UNSAFE.sub("_", name).strip("._") or "article"
    return name[:120]


def write_html_dir(folder: Path, run: RunReport, horizon: Horizon | None = None,
                   out: OutputSet | None = None) -> list[Path]:
    """One report per article plus index.html, all put in place together (into `out`, a
    set of outputs written with others, if given); the paths written."""
    if out is None:
        with OutputSet() as own:
            return write_html_dir(folder, run, horizon, own)
    names = report_names([r.article.path for r in run.articles])
    written = []
    for report, name in zip(run.articles, names):
        target = folder / name
        out.add(target, render_html(report, run, horizon, index_href=INDEX_NAME))
        written.append(target)
    index = folder / INDEX_NAME
    out.add(index, render_index(run, names, horizon))
    written.append(index)
    return written
