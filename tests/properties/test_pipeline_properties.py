"""Property tests: on any text — the grammars' own words mixed with noise — checking never
raises, every claim's offsets index its text, the JSON round-trips, and the HTML shows the
article's markup as text."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import cache, load
from checker.judge import AsOf, check_article
from checker.model import RunReport
from checker.paths import bundled_reference_dir
from checker.render_html import render_html
from checker.render_json import render_json
from checker.render_text import render_text
from claims.extract import Extractor
from claims.read import ArticleError, parse, read_bytes

WORDS = [
    "President", "Vice President", "Prime Minister", "Chancellor", "Secretary of State", "Ambassador",
    "envoy", "former", "then-", "ex-", "acting", "the", "of", "to", "Russia", "Russian", "Russia's", "U.S.",
    "US", "American", "Germany's", "German", "British", "UK", "Vladimir", "Putin", "Vladmir", "Joe", "Biden",
    "Angela", "Merkel", "Olaf", "Scholz", "Donald", "Trump", "George", "W.", "Bush", "John", "Sullivan",
    "Anatoly", "Antonov", "Monday", "Wednesday", "Sunday", "March", "Feb.", "2", "20", "31", "2014", "2022",
    "In", "On", "in", "on", ",", ".", "'s", "’s", "(", ")", "—", "-", "\n", "\n\n", "\r\n", "<script>",
    "</textarea>", "{{ 7*7 }}", "{%", "%}", "javascript:", "&amp;", "Erdoğan", "Zelenskyy", "\u00a0", "é",
]

tokens = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=6))
articles = st.lists(tokens, max_size=60).map(lambda ws: " ".join(ws))


TAGS = ("<script", "</script", "<textarea", "</textarea", "<img")


@pytest.fixture(scope="module")
def pipeline():
    index = cache.load_index(load.files_in(bundled_reference_dir(), "reference"))
    return index, Extractor(index.vocabulary())


@pytest.fixture(scope="module")
def own_tags(pipeline):
    """How often the report's own markup uses each tag, for an article with no markup."""
    index, extractor = pipeline
    report = check_article(parse("Nothing to see.", "clean.txt"), extractor, index, AsOf(date(2022, 1, 1), "option"))
    page = render_html(report, RunReport("0", index.digest, index.facts, (report,)))
    return {tag: page.count(tag) for tag in TAGS}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=articles, day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_any_text_checks_cleanly(pipeline, own_tags, text, day):
    index, extractor = pipeline
    article = parse(text, "fuzz.txt")
    report = check_article(article, extractor, index, AsOf(day, "option"))
    for v in report.verdicts:
        c = v.claim
        assert article.text[c.start:c.end] == c.text and c.start < c.end
        for slot, (lo, hi) in c.slot_spans.items():
            assert article.text[lo:hi] == c.slots[slot]
        assert v.verdict in ("verified", "conflicting", "unknown")
    run = RunReport("0", index.digest, index.facts, (report,))
    data = json.loads(render_json(run))
    assert data["articles"][0]["summary"] == report.summary()
    render_text(run)
    page = render_html(report, run)
    # The page's own markup has a fixed number of script and textarea tags; article text,
    # however hostile, must add none (it is escaped).
    for tag in TAGS:
        assert page.count(tag) == own_tags[tag], tag


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_clearly(data):
    try:
        article = read_bytes(data, "blob.txt")
    except ArticleError as exc:
        assert str(exc).startswith("blob.txt: ")
    else:
        assert isinstance(article.text, str)
