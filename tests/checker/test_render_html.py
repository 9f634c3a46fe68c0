import base64
import hashlib
import html
import re
from datetime import date
from html.parser import HTMLParser

from checker.model import ArticleReport, Evidence, RunReport, Verdict
from checker.render_html import render_html
from claims.model import Article, Claim

HOSTILE = (
    "KYIV — On Wednesday, March 2, 2022, German Chancellor Angela Merkel <script>alert(1)</script>\n"
    "    said {{ 7*7 }} and {% if true %}yes{% endif %} </textarea> & more.\n"
    "Russian President Vladimir Putin visited javascript:alert(2) nobody.\n"
)
MERKEL = (
    "as of 2022-03-03 the Chancellor of Germany is Olaf Scholz (since 2021-12-08); "
    "Angela Merkel held the office 2005-11-22 – 2021-12-08"
)


def verdict(text, claim_text, result, explanation, occurrence=0, **extra):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(claim_text, start + 1)
    claim = Claim("officeholder", "demonym-title-name", start, start + len(claim_text),
                  claim_text, 0, {})
    return Verdict(claim, result, "code", explanation, "2022-03-02", **extra)


def sample(text=HOSTILE, verdicts=None):
    if verdicts is None:
        verdicts = (
            verdict(text, "Wednesday, March 2, 2022", "verified", "2022-03-02 was a Wednesday"),
            verdict(text, "German Chancellor Angela Merkel", "conflicting", MERKEL,
                    suggestion="German Chancellor Olaf Scholz",
                    evidence=(
                        Evidence("Olaf Scholz: Chancellor of Germany, 2021-12-08 –",
                                 "Bundesregierung", "reference/germany.yaml:12",
                                 "https://www.bundesregierung.de/"),
                        Evidence("Angela Merkel <b>bold</b>", "Source {{ 7*7 }}",
                                 "reference/germany.yaml:18", "javascript:alert(3)"),
                    )),
            verdict(text, "Russian President Vladimir Putin", "unknown", "<i>not</i> found"),
        )
    report = ArticleReport(Article("news/<call>.md", text), date(2022, 3, 3), "dateline",
                           verdicts)
    return report, RunReport("0.1.0", "sha256:0f3a9c51d2e4b7a8c0ff", 42, (report,))


class ArticleText(HTMLParser):
    """Text of the article <div>, leaving out the verdict marker and screen-reader labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.stack or attrs.get("class") == "article":
            self.stack.append(attrs.get("class", ""))
            self.tags.append(tag)

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()
            assert self.tags.pop() == tag, "unbalanced markup in the article text"

    def handle_data(self, data):
        if self.stack and self.stack[-1] not in ("mk", "sr"):
            self.text.append(data)


def article_text(page):
    parser = ArticleText()
    parser.feed(page)
    assert parser.stack == []
    return "".join(parser.text)


def test_hostile_text_is_escaped():
    page = render_html(*sample())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert page.count("<script>") == 1  # the page's own
    assert "{{ 7*7 }}" in page and "{% if true %}yes{% endif %}" in page
    # Nothing evaluated the braces; the CSP hashes are left out as they are random-looking.
    assert "49" not in re.sub(r"<meta http-equiv=[^>]*>", "", page)
    assert "&lt;/textarea&gt;" in page and "</textarea>" not in page
    assert "&lt;i&gt;not&lt;/i&gt; found" in page
    assert "news/&lt;call&gt;.md" in page


def test_article_text_preserved_exactly():
    page = render_html(*sample())
    assert article_text(page) == HOSTILE
    assert "white-space: pre-wrap" in page


def test_only_http_urls_become_links():
    page = render_html(*sample())
    assert 'href="https://www.bundesregierung.de/"' in page
    assert 'href="javascript:' not in page
    assert "javascript:alert(3)" in page  # still shown, as text


def test_every_claim_anchored_with_verdict_class():
    page = render_html(*sample())
    for cid, result in (("c1", "verified"), ("c2", "conflicting"), ("c3", "unknown")):
        assert f'<li id="{cid}" class="finding v-{result}"' in page
        assert re.search(rf'<mark class="claim v-{result}" id="t-{cid}" [^>]*><a href="#{cid}"', page)
        assert f'href="#t-{cid}"' in page
    assert ">✗</span>German Chancellor Angela Merkel" in page
    assert ">✓</span>Wednesday, March 2, 2022" in page
    assert ">?</span>Russian President Vladimir Putin" in page


def test_header_counts_date_digest_version():
    page = render_html(*sample())
    counts = dict(
        (v, int(n)) for v, n in re.findall(r'<strong class="n" data-count="(\w+)">(\d+)</strong>', page)
    )
    assert counts == {"verified": 1, "conflicting": 1, "unknown": 1}
    assert "2022-03-03" in page and "date from the dateline" in page
    assert ">0f3a9c51d2e4<" in page
    assert "factcheck 0.1.0" in page


def test_claim_details_conflicts_first():
    page = render_html(*sample())
    ids = re.findall(r'<li id="(c\d+)"', page)
    assert ids == ["c2", "c3", "c1"]
    assert html.escape(MERKEL) in page
    assert "German Chancellor Olaf Scholz" in page
    assert "<time>2022-03-02</time>" in page
    assert "reference/germany.yaml:12" in page


def test_self_contained_and_accessible():
    page = render_html(*sample())
    assert '<html lang="en">' in page
    assert "prefers-color-scheme: dark" in page and ":focus-visible" in page
    assert "default-src 'none'" in html.unescape(page)
    assert not re.search(r"""\ssrc=|@import|url\(|<link""", page)
    external = set(re.findall(r'href="(https?://[^"]*)"', page))
    assert external == {"https://www.bundesregierung.de/"}  # evidence only


def test_csp_hashes_match_inline_assets():
    page = render_html(*sample())
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"',
                                  page).group(1))
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp


def test_overlapping_claims_do_not_break_markup():
    text = "Former U.S. President Barack Obama met German Chancellor Olaf Scholz."
    verdicts = (
        verdict(text, "U.S. President Barack Obama", "conflicting", "outer"),
        verdict(text, "President Barack Obama", "verified", "inner"),
        verdict(text, "Obama met German", "unknown", "straddles"),
        verdict(text, "German Chancellor Olaf Scholz", "verified", "later"),
    )
    page = render_html(*sample(text, verdicts))
    assert article_text(page) == text
    for cid in ("c1", "c2", "c3", "c4"):
        assert f'<li id="{cid}"' in page
    assert 'id="t-c1"' in page and 'id="t-c4"' in page
    assert 'id="t-c2"' not in page and 'id="t-c3"' not in page
    assert page.count("not marked in the text") == 2


def test_bad_offsets_are_listed_not_marked():
    text = "Short text."
    bad = Claim("officeholder", "r", 5, 99, "out of range", 0, {})
    page = render_html(*sample(text, (Verdict(bad, "unknown", "code", "x", "2022"),)))
    assert article_text(page) == text
    assert '<li id="c1"' in page and 'id="t-c1"' not in page


def test_leading_newline_and_no_claims():
    text = "\n\n  Indented first line.\n"
    page = render_html(*sample(text, ()))
    assert article_text(page) == text
    assert "No checkable claims were found." in page


def test_deterministic():
    assert render_html(*sample()) == render_html(*sample())


def test_front_matter_title_and_horizon_in_the_header():
    from checker.render_html import Horizon

    text = "---\ntitle: <b>Talks</b> {{ x }}\nsource: Wire\n---\nGerman Chancellor Angela Merkel spoke.\n"
    claim_text = "German Chancellor Angela Merkel"
    article = Article("a.md", text, {"title": "<b>Talks</b> {{ x }}", "source": "Wire"},
                      body_start=text.index("German"))
    report = ArticleReport(article, date(2022, 3, 3), "front-matter",
                           (verdict(text, claim_text, "conflicting", "x"),))
    run = RunReport("0.1.0", "sha256:0f3a9c51d2e4b7a8c0ff", 42, (report,))
    page = render_html(report, run, Horizon((("Wikidata", "2022-07-23"), ("Curated", "2025-05-31"))))
    assert "<h1>&lt;b&gt;Talks&lt;/b&gt; {{ x }}</h1>" in page
    assert "horizon <span" in page and "2022-07-23 – 2025-05-31" in page
    assert '<span class="front" title="front matter">---\ntitle: &lt;b&gt;' in page
    assert article_text(page) == text
    assert 'data-kind="officeholder"' in page and 'name="k" value="officeholder"' in page


def test_index_sorted_by_conflicts_with_failures():
    from checker.render_html import render_index

    text = HOSTILE
    good = ArticleReport(Article("b/calm.txt", text), date(2022, 3, 3), "dateline",
                         (verdict(text, "Wednesday, March 2, 2022", "verified", "ok"),))
    bad, run = sample()
    run = RunReport("0.1.0", "sha256:0f3a9c51d2e4b7a8c0ff", 42, (good, bad),
                    (("x/<bad>.txt", "x/<bad>.txt: not UTF-8 text"),))
    page = render_index(run, ["calm.html", "call.html"])
    assert page.index('href="call.html"') < page.index('href="calm.html"')
    assert "&lt;bad&gt;.txt</span>: not UTF-8 text" in page
    assert "<script" not in page and "script-src 'none'" in html.unescape(page)
