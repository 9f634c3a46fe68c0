"""Plain data of the judging side: verdicts and the evidence behind them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claims.model import Article, Claim

VERDICTS = ("verified", "conflicting", "unknown")


# Judging makes a Verdict for every claim, and Evidence for most: their __init__ fills the
# instance's dict directly, as unpickling does, where a frozen dataclass's generated one calls
# object.__setattr__ once per field (less than half the cost; the fields, defaults, repr,
# equality and hash are the dataclass's own).

@dataclass(frozen=True, init=False)
class Evidence:
    fact: str  # one sentence stating the fact, e.g. "Olaf Scholz: Chancellor of Germany, 2021-12-08 – 2025-05-06"
    source: str  # source title, plus the entry's citation where it has one
    ref: str  # reference file and line, e.g. "reference/imported/germany.yaml:12"
    url: str | None = None

    def __init__(self, fact: str, source: str, ref: str, url: str | None = None) -> None:
        d = self.__dict__
        d["fact"], d["source"], d["ref"], d["url"] = fact, source, ref, url


@dataclass(frozen=True, init=False)
class Verdict:
    claim: Claim
    verdict: str  # one of VERDICTS
    reason: str  # stable code, e.g. "holds-office", "other-holder"
    explanation: str
    when: str  # the time the claim was judged at, ISO (date, year-month or year)
    suggestion: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def __init__(self, claim: Claim, verdict: str, reason: str, explanation: str, when: str,
                 suggestion: str | None = None, evidence: tuple[Evidence, ...] = ()) -> None:
        d = self.__dict__
        d["claim"], d["verdict"], d["reason"], d["explanation"] = claim, verdict, reason, explanation
        d["when"], d["suggestion"], d["evidence"] = when, suggestion, evidence


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True)
class ArticleReport:
    article: Article
    as_of: date
    date_source: str  # option | front-matter | dateline | dateline-no-year | today
    verdicts: tuple[Verdict, ...]
    positions: tuple[Position, ...] = ()  # one per verdict, same order

    def summary(self) -> dict[str, int]:
        counts = {v: 0 for v in VERDICTS}
        for v in self.verdicts:
            counts[v.verdict] += 1
        return counts


@dataclass(frozen=True)
class RunReport:
    tool_version: str
    reference_digest: str
    reference_facts: int
    articles: tuple[ArticleReport, ...]
    failures: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (path, message)
