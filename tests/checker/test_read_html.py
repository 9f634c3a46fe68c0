"""Saved web pages: the main text and the publication date, with offsets into that text."""
from __future__ import annotations

import sys

import pytest

from claims.read import ArticleError, read_bytes

# Written for this test (no published article): navigation, scripts and a footer around it.
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Talks stall in a test city | Example Wire</title>
<meta property="article:published_time" content="2022-03-03T10:00:00Z">
<meta property="og:title" content="Talks stall in a test city">
<script>var tracking = "German Chancellor Olaf Scholz";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks stall in a test city</h1>
<p>German Chancellor Angela Merkel met Russian President Vladimir Putin on Wednesday,
March 2, 2022, the ministry said in a statement issued late in the evening.</p>
<p>Officials said further rounds of talks were planned for the coming weeks, though no date
was fixed and several delegations had yet to confirm their attendance at the venue.</p>
<p>A paragraph with &lt;script&gt;alert(1)&lt;/script&gt; as text, written for this test only,
to show that escaped markup in a page stays text once it is extracted.</p>
</article><footer>Copyright Example Wire. All rights reserved.</footer></body></html>
"""


def test_main_text_title_and_date():
    pytest.importorskip("trafilatura")
    article = read_bytes(PAGE.encode(), "saved/page.html")
    assert "German Chancellor Angela Merkel met Russian President Vladimir Putin on Wednesday, March 2, 2022" in article.text
    assert "<script>alert(1)</script>" in article.text  # unescaped once: it is text now
    assert "Home" not in article.text and "tracking" not in article.text and "Copyright" not in article.text
    assert article.front_matter["date"] == "2022-03-03"
    assert article.front_matter["title"] == "Talks stall in a test city"
    assert article.front_matter["extracted-from"] == "html"
    assert article.body_start == 0


def test_offsets_index_the_extracted_text(small_index):
    pytest.importorskip("trafilatura")
    from datetime import date

    from checker.judge import as_of, check_article
    from claims.extract import Extractor

    article = read_bytes(PAGE.encode(), "page.html")
    when = as_of(article, None, date(2030, 1, 1))
    assert (when.date, when.source) == (date(2022, 3, 3), "front-matter")
    report = check_article(article, Extractor(small_index.vocabulary()), small_index, when)
    texts = {v.claim.text: v.verdict for v in report.verdicts}
    assert texts["German Chancellor Angela Merkel"] == "conflicting"
    for v in report.verdicts:
        assert article.text[v.claim.start:v.claim.end] == v.claim.text


def test_a_page_without_text_is_an_article_error():
    pytest.importorskip("trafilatura")
    with pytest.raises(ArticleError, match="no article text"):
        read_bytes(b"<html><head><title>t</title></head><body></body></html>", "empty.html")


def test_without_the_extra_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    with pytest.raises(ArticleError, match=r"page\.html: .*factcheck\[html\]"):
        read_bytes(PAGE.encode(), "page.html")


# A wire story whose dateline has no year: the page's <meta> or <time> gives the date.
WIRE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pound steadies | Example Wire</title>{meta}</head>
<body><article><h1>Pound steadies</h1>{time}
<p>LONDON, July 7 (Example Wire) - Sterling steadied on Thursday after a week of losses, traders
said, as investors weighed the outlook for interest rates and the government's plans.</p>
<p>Traders said volumes were thin and that the market would stay cautious for some days yet,
with several central bank speakers due before the end of the week.</p>
</article></body></html>
"""


@pytest.mark.parametrize("meta, time", [
    ('<meta property="article:published_time" content="2022-07-07T10:30:00Z">', ""),
    ("", '<p><time datetime="2022-07-07T10:30:00Z">July 7, 2022</time></p>'),
])
def test_a_yearless_dateline_takes_the_pages_date(meta, time):
    pytest.importorskip("trafilatura")
    from datetime import date

    from checker.judge import as_of

    article = read_bytes(WIRE_PAGE.format(meta=meta, time=time).encode(), "wire.html")
    when = as_of(article, None, date(2026, 11, 28))
    assert (when.date, when.source) == (date(2022, 7, 7), "front-matter")
