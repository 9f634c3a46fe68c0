"""Fixtures: a small reference base written as YAML, for tests of loading and judging."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import load
from checker.index import ReferenceIndex

BASE = """\
sources:
  - id: desk
    title: Test research desk
    snapshot: 2023-06-30
countries:
  - {id: DE, name: Germany, demonyms: [German], capital: Berlin, source: desk}
  - {id: US, name: United States, names: [US, U.S., America], demonyms: [American], capital: Washington, source: desk}
  - {id: RU, name: Russia, demonyms: [Russian], capital: Moscow, source: desk}
  - {id: NO, name: Norway, demonyms: [Norwegian], capital: Oslo, source: desk}
offices:
  - {id: de.chancellor, name: Chancellor of Germany, country: DE, forms: [Chancellor], source: desk}
  - {id: us.president, name: President of the United States, country: US, forms: [President], source: desk}
  - {id: ru.president, name: President of Russia, country: RU, forms: [President], source: desk}
  - {id: us.ambassador.ru, name: United States Ambassador to Russia, country: US, to: RU, forms: [Ambassador, Envoy], source: desk}
people:
  - {id: Q567, name: Angela Merkel, source: desk}
  - {id: Q61053, name: Olaf Scholz, source: desk}
  - {id: Q2530, name: Gerhard Schröder, aliases: [Gerhard Schroeder], source: desk}
  - {id: Q7747, name: Vladimir Putin, source: desk}
  - {id: Q23530, name: Dmitry Medvedev, source: desk}
  - {id: Q6279, name: Joe Biden, source: desk}
  - {id: Q76, name: Barack Obama, source: desk}
  - {id: Q22686, name: Donald Trump, source: desk}
  - {id: Q207, name: George W. Bush, source: desk}
  - {id: Q23505, name: George H. W. Bush, source: desk}
  - {id: Q1, name: John Sullivan, source: desk}
terms:
  - {person: Q2530, office: de.chancellor, start: 1998-10-27, end: 2005-11-22, source: desk}
  - {person: Q567, office: de.chancellor, start: 2005-11-22, end: 2021-12-08, source: desk}
  - {person: Q61053, office: de.chancellor, start: 2021-12-08, source: desk}
  - {person: Q7747, office: ru.president, start: 2000-05-07, end: 2008-05-07, source: desk}
  - {person: Q23530, office: ru.president, start: 2008-05-07, end: 2012-05-07, source: desk}
  - {person: Q7747, office: ru.president, start: 2012-05-07, source: desk}
  - {person: Q23505, office: us.president, start: 1989-01-20, end: 1993-01-20, source: desk}
  - {person: Q207, office: us.president, start: 2001-01-20, end: 2009-01-20, source: desk}
  - {person: Q76, office: us.president, start: 2009-01-20, end: 2017-01-20, source: desk}
  - {person: Q22686, office: us.president, start: 2017-01-20, end: 2021-01-20, source: desk}
  - {person: Q6279, office: us.president, start: 2021-01-20, source: desk}
  - {person: Q1, office: us.ambassador.ru, start: 2020, end: 2022-09, source: desk}
"""


def write_base(folder: Path, text: str = BASE, name: str = "base.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def index_of(folder: Path) -> ReferenceIndex:
    return ReferenceIndex(load.load(load.files_in(folder, "ref")), "test")


@pytest.fixture
def base_text() -> str:
    return BASE


@pytest.fixture
def make_base(tmp_path):
    """make_base(text=BASE) → the folder holding it as ref/base.yaml."""

    def make(text: str = BASE) -> Path:
        return write_base(tmp_path / "ref", text)

    return make


@pytest.fixture
def small_index(make_base) -> ReferenceIndex:
    return index_of(make_base())


@pytest.fixture
def judge_text():
    """judge_text(index, text, as_of) → the verdicts of the article `text` as of a date."""
    from datetime import date

    from checker.judge import AsOf, check_article
    from claims.extract import Extractor
    from claims.read import parse

    def run(index: ReferenceIndex, text: str, as_of: str):
        report = check_article(parse(text, "a.txt"), Extractor(index.vocabulary()), index,
                               AsOf(date.fromisoformat(as_of), "option"))
        return list(report.verdicts)

    return run


@pytest.fixture(scope="session")
def bundled_index() -> ReferenceIndex:
    from checker.cli import _index

    return _index([], quiet=True)


@pytest.fixture(scope="session")
def check_bundled(bundled_index):
    """check_bundled(text, today=2026-01-01, path="test.txt") → the report of an article
    checked against the bundled base (one index and one set of grammars for the session)."""
    from datetime import date

    from checker.judge import as_of, check_article
    from claims.extract import Extractor
    from claims.read import parse

    index = bundled_index
    extractor = Extractor(index.vocabulary())

    def run(text: str, today: date = date(2026, 1, 1), path: str = "test.txt"):
        article = parse(text, path)
        return check_article(article, extractor, index, as_of(article, None, today))

    return run
