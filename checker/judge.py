"""Judge an article: the as-of date, each claim's time, and a verdict per claim."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from checker.index import ReferenceIndex
from checker.model import ArticleReport, Verdict
from checker.positions import positions
from checker.resolve import ArticleContext
from checker.verify import officeholder, spelling, weekday
from checker.verify import age, election, relation
from checker.verify import event as event_verify
from checker.verify import tenure, took_office
from claims import dateline
from claims.dates import DateRange, day, parse_iso
from claims.extract import Extractor
from claims.model import Article, Claim


class DateError(ValueError):
    pass


@dataclass(frozen=True)
class AsOf:
    date: date
    source: str  # option | front-matter | dateline | today


def as_of(article: Article, option: date | None, today: date) -> AsOf:
    """`--date`, else front matter `date:`, else a dateline, else today."""
    if option is not None:
        return AsOf(option, "option")
    raw = article.front_matter.get("date")
    if raw:
        try:
            return AsOf(date.fromisoformat(raw.strip()[:10]), "front-matter")
        except ValueError:
            raise DateError(f"{article.path}: front matter date {raw!r} is not YYYY-MM-DD") from None
    found = dateline.find(article.text, article.body_start)
    if found is not None:
        return AsOf(found, "dateline")
    return AsOf(today, "today")


def claim_time(claim: Claim, article_date: date) -> DateRange:
    """The sentence's anchored time ("In 2014, ..."), else the article's date."""
    if claim.anchor:
        try:
            return parse_iso(claim.anchor)
        except ValueError:
            pass
    return day(article_date)


def _readings(claim: Claim, article_date: date) -> list[DateRange]:
    """The claim's time, then the other times its sentence may mean ("" = the article's)."""
    others = [parse_iso(t) if t else day(article_date) for t in claim.other_times]
    return [claim_time(claim, article_date), *others]


def judge_claim(claim: Claim, article_date: date, index: ReferenceIndex, context: ArticleContext) -> Verdict:
    if claim.kind == weekday.KIND:
        return weekday.judge(claim, article_date)
    if claim.kind == weekday.RELATIVE_KIND:
        return weekday.judge_relative(claim, article_date)
    if claim.kind == officeholder.KIND and claim.slots.get("shape") == tenure.SHAPE:
        return tenure.judge(claim, index, context, claim_time(claim, article_date))
    if claim.kind == officeholder.KIND:
        return officeholder.judge_readings(claim, _readings(claim, article_date), article_date, index, context)
    if claim.kind == relation.KIND:
        return relation.judge(claim, claim_time(claim, article_date), index, context)
    if claim.kind == election.KIND:
        return election.judge(claim, index, context, claim_time(claim, article_date))
    if claim.kind in event_verify.KINDS and claim.slots.get("shape") == took_office.SHAPE:
        return took_office.judge(claim, claim_time(claim, article_date), article_date, index, context)
    if claim.kind in event_verify.KINDS:
        return event_verify.judge(claim, claim_time(claim, article_date), article_date, index, context)
    if claim.kind == age.KIND:
        return age.judge(claim, claim_time(claim, article_date), index, context)
    raise ValueError(f"no verifier for claim kind {claim.kind!r}")


def check_article(article: Article, extractor: Extractor, index: ReferenceIndex, when: AsOf) -> ArticleReport:
    context = ArticleContext()  # per article: a surname links only to names in the same piece
    verdicts = tuple(spelling.with_findings([judge_claim(c, when.date, index, context)
                                             for c in extractor.claims(article)], index))
    where = positions(article.text, [v.claim.start for v in verdicts])
    return ArticleReport(article, when.date, when.source, verdicts, where)
