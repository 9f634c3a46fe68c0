"""Offices of the bundled base that news name constantly and the imports lack or title
differently: heads of international organisations (reference/curated/organisations.yaml),
titles added to imported offices (reference/curated/office-forms.yaml) and the
"Texas Governor" forms the Wikidata import derives."""
from __future__ import annotations

from datetime import date

import pytest

from checker.cli import _index
from checker.importers.wikidata import forms_of
from checker.judge import as_of, check_article
from claims.extract import Extractor
from claims.read import parse


@pytest.fixture(scope="module")
def check():
    index = _index([])
    extractor = Extractor(index.vocabulary())

    def run(text: str) -> dict[str, tuple[str, str]]:
        article = parse(text, "test.txt")
        report = check_article(article, extractor, index, as_of(article, None, date(2026, 1, 1)))
        return {v.claim.text: (v.verdict, v.explanation) for v in report.verdicts if v.claim.kind == "officeholder"}

    return run


def test_heads_of_international_organisations(check):
    got = check(
        "BRUSSELS, June 30, 2022 — NATO Secretary-General Jens Stoltenberg said the alliance would grow. "
        "U.N. Secretary-General Antonio Guterres urged restraint, and European Commission President "
        "Ursula von der Leyen promised aid. ECB President Christine Lagarde warned of inflation. "
        "IMF chief Christine Lagarde was quoted wrongly in one paper. Former U.N. Secretary-General "
        "Ban Ki-moon spoke too.")
    assert got["NATO Secretary-General Jens Stoltenberg"][0] == "verified"
    assert got["U.N. Secretary-General Antonio Guterres"][0] == "verified"
    assert got["European Commission President Ursula von der Leyen"][0] == "verified"
    assert got["ECB President Christine Lagarde"][0] == "verified"
    verdict, why = got["IMF chief Christine Lagarde"]
    assert verdict == "conflicting" and "Kristalina Georgieva" in why
    assert got["Former U.N. Secretary-General Ban Ki-moon"][0] == "verified"


def test_an_organisation_at_an_anchored_time(check):
    got = check("GENEVA, May 2, 2016 — In 2012, then-NATO Secretary General Jens Stoltenberg was "
                "still Norway's prime minister.")
    verdict, why = got["then-NATO Secretary General Jens Stoltenberg"]
    assert verdict == "conflicting" and "Anders Fogh Rasmussen" in why


def test_titles_news_use_for_imported_offices(check):
    got = check("DUBLIN, July 25, 2019 — Irish Prime Minister Leo Varadkar said he had no plans to meet "
                "North Korean leader Kim Jong Un. Former London mayor Boris Johnson took office on "
                "Wednesday. In 2010, Afghan President Hamid Karzai visited Dublin.")
    assert got["Irish Prime Minister Leo Varadkar"][0] == "verified"
    assert got["North Korean leader Kim Jong Un"][0] == "verified"
    assert got["Former London mayor Boris Johnson"][0] == "verified"
    assert got["Afghan President Hamid Karzai"][0] == "verified"


def test_place_titles_derived_by_the_import():
    assert "Texas Governor" in forms_of("Governor of Texas", "US")
    assert "London Mayor" in forms_of("Mayor of London", "GB")
    assert forms_of("Lord Speaker (Speaker of the House of Lords)", "GB") == ["Lord Speaker"]
    assert all("(" not in f for f in forms_of("Yang di-Pertuan Agong (Monarch)", "MY"))
