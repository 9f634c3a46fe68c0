"""Judge an article: the as-of date, each claim's time, and a verdict per claim."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from checker.index import ReferenceIndex
from checker.model import ArticleReport, Verdict
from checker.positions import positions
from checker.resolve import ArticleContext
from checker.verify import officeholder, spelling, weekday
from checker.verify import age, election, relation
from checker.verify import event as event_verify
from checker.verify import tenure, took_office
from claims import dateline, read
from claims.dates import DateRange, day, latest, parse_iso
from claims.extract import Extractor
from claims.model import Article, Claim


class DateError(ValueError):
    pass


@dataclass(frozen=True)
class AsOf:
    date: date
    source: str  # option | front-matter | dateline | dateline-no-year | today


def as_of(article: Article, option: date | None, today: date) -> AsOf:
    """`--date`, else front matter `date:`, else a dateline, else today.

    The front matter's date may be written in any unambiguous form ("2022-07-07",
    "2022-07-07T10:30:00Z", "2022/07/07", "July 7, 2022", "7 July 2022", "Thu, 07 Jul 2022
    10:30:00 +0000"); an ambiguous ("07/08/2022") or impossible ("2022-02-30") one stops the
    article with `path:line: what is wrong`. A year alone ("date: 2022") completes a dateline
    without a year ("LONDON, July 7 (Reuters) -").

    A dateline without a year whose year stands nowhere in the opening (`dateline.read`) gives
    its day in the latest year that does not put it after today, with the source
    `dateline-no-year`: the day the wire story was filed if it is recent, and a visible guess
    otherwise (today's date would be as wrong for an archive, and wrong for a recent one too)."""
    if option is not None:
        return AsOf(option, "option")
    raw = article.front_matter.get("date")
    if raw and raw.strip():
        where = _front_line(article)
        value = raw.strip()
        if _YEAR_ONLY.fullmatch(value):
            found = dateline.read(article.text, article.body_start)
            if found is not None:
                try:
                    return AsOf(date(int(value), found.month, found.day), "front-matter")
                except ValueError:
                    pass
            raise DateError(f"{where}: front matter date {raw!r} gives only a year; write the day too (YYYY-MM-DD)")
        try:
            return AsOf(read.parse_date(value), "front-matter")
        except ValueError as exc:
            raise DateError(f"{where}: front matter date {raw!r} {exc}") from None
    found = dateline.read(article.text, article.body_start)
    if found is not None and found.date is not None:
        return AsOf(found.date, "dateline")
    if found is not None:
        return AsOf(latest(found.month, found.day, today).lo, "dateline-no-year")  # `read` checks the day exists
    return AsOf(today, "today")


_YEAR_ONLY = re.compile(r"(?:1[6-9]|20)\d\d")
_DATE_KEY = re.compile(r"^[ \t]*['\"]?date['\"]?[ \t]*:", re.M)


def _front_line(article: Article) -> str:
    """`path:line` of the front matter's `date:` (the path alone for a web page's date)."""
    if article.front_matter.get("extracted-from") == "html":
        return article.path
    m = _DATE_KEY.search(article.text, 0, article.body_start)
    return f"{article.path}:{article.text.count(chr(10), 0, m.start()) + 1}" if m else article.path


def claim_time(claim: Claim, article_date: date) -> DateRange:
    """The sentence's anchored time ("In 2014, ..."), else the article's date."""
    if claim.anchor:
        try:
            return _parsed(claim.anchor)
        except ValueError:
            pass
    return _day(article_date)


def _readings(claim: Claim, article_date: date) -> list[DateRange]:
    """The claim's time, then the other times its sentence may mean ("" = the article's)."""
    if not claim.other_times:  # (most claims)
        return [claim_time(claim, article_date)]
    others = [_parsed(t) if t else _day(article_date) for t in claim.other_times]
    return [claim_time(claim, article_date), *others]


# Every claim of an article asks for the article's date, and its sentences' anchors recur:
# each is read once (a DateRange is immutable; a text that is no date raises every time).
@lru_cache(maxsize=1 << 12)
def _parsed(iso: str) -> DateRange:
    return parse_iso(iso)


@lru_cache(maxsize=1 << 10)
def _day(d: date) -> DateRange:
    return day(d)


def judge_claim(claim: Claim, article_date: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    kind = claim.kind
    if kind == officeholder.KIND:  # (first: half the claims of an article)
        if claim.slots.get("shape") == tenure.SHAPE:
            return tenure.judge(claim, index, context, claim_time(claim, article_date))
        if not claim.other_times:  # (most claims)
            return officeholder.judge_at(claim, claim_time(claim, article_date), article_date, index, context)
        return officeholder.judge_readings(claim, _readings(claim, article_date), article_date, index, context)
    if kind == weekday.KIND:
        return weekday.judge(claim, article_date)
    if kind == weekday.RELATIVE_KIND:
        return weekday.judge_relative(claim, article_date)
    if kind == relation.KIND:
        return relation.judge(claim, claim_time(claim, article_date), index, context)
    if kind == election.KIND:
        return election.judge(claim, index, context, claim_time(claim, article_date))
    if kind in event_verify.KINDS and claim.slots.get("shape") == took_office.SHAPE:
        return took_office.judge(claim, claim_time(claim, article_date), article_date, index, context)
    if kind in event_verify.KINDS:
        return event_verify.judge(claim, claim_time(claim, article_date), article_date, index, context)
    if kind == age.KIND:
        return age.judge(claim, claim_time(claim, article_date), index, context)
    raise ValueError(f"no verifier for claim kind {claim.kind!r}")


def check_article(article: Article, extractor: Extractor, index: ReferenceIndex, when: AsOf) -> ArticleReport:
    claims = extractor.claims(article)
    judged = _judge_all(claims, when.date, index)
    if when.source == "dateline-no-year":
        judged = _agreeing_years(claims, judged, when.date, index)
    verdicts = tuple(spelling.with_findings(judged, index))
    where = positions(article.text, [v.claim.start for v in verdicts])
    return ArticleReport(article, when.date, when.source, verdicts, where)


def _judge_all(claims: list[Claim], article_date: date, index: ReferenceIndex) -> list[Verdict]:
    context = ArticleContext()  # per article: a surname links only to names in the same piece
    return [judge_claim(c, article_date, index, context) for c in claims]


# An article whose dateline has no year, and no year near it, is judged in the latest year
# that fits; it may as well be from any of these years before it (wire copy kept in an archive).
UNSURE_YEARS = 25


def _agreeing_years(claims: list[Claim], judged: list[Verdict], guess: date, index: ReferenceIndex) -> list[Verdict]:
    """The verdicts as of `guess` where the article's year does not matter; unknown where the
    same claim (verified or conflicting as of `guess`) is judged otherwise as of the dateline's day in another of the UNSURE_YEARS
    years before (a claim that names its own time, or a dated weekday, agrees in every year)."""
    out = list(judged)
    for year in range(guess.year - 1, guess.year - 1 - UNSURE_YEARS, -1):
        other = latest(guess.month, guess.day, date(year, 12, 31)).lo
        for i, (claim, verdict) in enumerate(zip(claims, _judge_all(claims, other, index))):
            first = out[i]
            if first.verdict != "unknown" and verdict.verdict != first.verdict:
                out[i] = Verdict(claim, "unknown", _YEAR_NOT_GIVEN,
                                 f"the article gives no year (its dateline has none): as of {guess.isoformat()}, the "
                                 f"latest such day, this claim is {first.verdict}, but as of {other.isoformat()} it is "
                                 f"{verdict.verdict}; give the date with --date or in the front matter",
                                 first.when, evidence=first.evidence)
    return out


_YEAR_NOT_GIVEN = "year-not-given"
