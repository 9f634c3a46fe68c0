import json
from datetime import date

import pytest

from checker.model import ArticleReport, Evidence, Position, RunReport, Verdict
from checker.positions import position_at
from checker.render_json import SCHEMA, render_json
from claims.model import Article, Claim

TEXT = (
    "BERLIN — On Wednesday, March 2, 2022, German Chancellor Angela Merkel spoke by\n"
    "phone with Russian President Vladimir Putin for nearly an hour.\n"
    "\n"
    "The call came as U.N. envoy Martin Griffiths prepared to visit the region.\n"
)

MERKEL = (
    "as of 2022-03-03 the Chancellor of Germany is Olaf Scholz (since 2021-12-08); "
    "Angela Merkel held the office 2005-11-22 – 2021-12-08"
)


def verdict(text, claim_text, kind, rule, result, reason, explanation, **extra):
    start = text.index(claim_text)
    claim = Claim(kind, rule, start, start + len(claim_text), claim_text, 0, {})
    return Verdict(claim, result, reason, explanation, "2022-03-02", **extra)


def sample_report():
    verdicts = (
        verdict(TEXT, "Wednesday, March 2, 2022", "weekday", "weekday-date", "verified",
                "weekday-matches", "2022-03-02 was a Wednesday"),
        verdict(TEXT, "German Chancellor Angela Merkel", "officeholder", "demonym-title-name",
                "conflicting", "other-holder", MERKEL,
                suggestion="German Chancellor Olaf Scholz",
                evidence=(
                    Evidence("Olaf Scholz: Chancellor of Germany, 2021-12-08 – 2025-05-06",
                             "Bundesregierung", "reference/germany.yaml:12",
                             "https://www.bundesregierung.de/"),
                    Evidence("Angela Merkel: Chancellor of Germany, 2005-11-22 – 2021-12-08",
                             "Bundesregierung", "reference/germany.yaml:18"),
                )),
        verdict(TEXT, "Russian President Vladimir Putin", "officeholder", "demonym-title-name",
                "verified", "holds-office",
                "Vladimir Putin is President of Russia since 2012-05-07",
                evidence=(Evidence("Vladimir Putin: President of Russia, 2012-05-07 –",
                                   "Kremlin", "reference/russia.yaml:7"),)),
        verdict(TEXT, "U.N. envoy Martin Griffiths", "officeholder", "title-name",
                "unknown", "office-not-in-reference", "no office 'U.N. envoy' in the reference"),
    )
    positions = tuple(position_at(TEXT, v.claim.start) for v in verdicts)
    return ArticleReport(Article("news/call.md", TEXT), date(2022, 3, 3), "dateline",
                         verdicts, positions)


def sample_run(**changes):
    fields = dict(tool_version="0.1.0", reference_digest="sha256:0f3a9c51d2e4b7a8",
                  reference_facts=42, articles=(sample_report(),),
                  failures=(("news/missing.md", "No such file or directory"),))
    fields.update(changes)
    return RunReport(**fields)


def test_top_level_shape_and_order():
    data = json.loads(render_json(sample_run()))
    assert list(data) == ["schema", "tool", "reference", "articles", "failures"]
    assert data["schema"] == SCHEMA == "factcheck.report/1"
    assert data["tool"] == {"name": "factcheck", "version": "0.1.0"}
    assert data["reference"] == {"digest": "sha256:0f3a9c51d2e4b7a8", "facts": 42}
    assert data["failures"] == [{"path": "news/missing.md", "error": "No such file or directory"}]


def test_article_and_claims():
    article = json.loads(render_json(sample_run()))["articles"][0]
    assert list(article) == ["path", "date", "date_source", "claims", "summary"]
    assert article["path"] == "news/call.md"
    assert article["date"] == "2022-03-03"
    assert article["date_source"] == "dateline"
    assert [c["id"] for c in article["claims"]] == ["c1", "c2", "c3", "c4"]
    assert article["summary"] == {"verified": 2, "conflicting": 1, "unknown": 1}

    merkel = article["claims"][1]
    assert list(merkel) == ["id", "kind", "rule", "text", "start", "end", "line", "column",
                            "when", "verdict", "reason", "explanation", "suggestion", "evidence"]
    assert merkel["text"] == "German Chancellor Angela Merkel"
    assert TEXT[merkel["start"]:merkel["end"]] == merkel["text"]
    assert (merkel["line"], merkel["column"]) == (1, 39)
    assert merkel["verdict"] == "conflicting"
    assert merkel["reason"] == "other-holder"
    assert merkel["explanation"] == MERKEL
    assert merkel["suggestion"] == "German Chancellor Olaf Scholz"
    assert merkel["evidence"][0] == {
        "fact": "Olaf Scholz: Chancellor of Germany, 2021-12-08 – 2025-05-06",
        "source": "Bundesregierung", "ref": "reference/germany.yaml:12",
        "url": "https://www.bundesregierung.de/",
    }
    assert merkel["evidence"][1]["url"] is None

    putin, envoy = article["claims"][2], article["claims"][3]
    assert (putin["line"], putin["column"]) == (2, 12)
    assert (envoy["line"], envoy["column"]) == (4, 18)
    assert envoy["suggestion"] is None and envoy["evidence"] == []


def test_deterministic_bytes():
    first = render_json(sample_run())
    assert first == render_json(sample_run())  # separately built, equal input
    assert first.endswith("}\n") and not first.endswith("\n\n")
    assert "2021-12-08 – 2025-05-06" in first  # ensure_ascii=False: no \u2013 escapes


def test_positions_computed_when_absent():
    report = sample_report()
    bare = ArticleReport(report.article, report.as_of, report.date_source, report.verdicts)
    assert render_json(sample_run(articles=(bare,))) == render_json(sample_run())


def test_mismatched_positions_refused():
    report = sample_report()
    broken = ArticleReport(report.article, report.as_of, report.date_source, report.verdicts,
                           (Position(1, 1),))
    with pytest.raises(ValueError, match="1 positions for 4 verdicts"):
        render_json(sample_run(articles=(broken,)))


def test_empty_run():
    data = json.loads(render_json(sample_run(articles=(), failures=())))
    assert data["articles"] == [] and data["failures"] == []


def test_articles_rendered_apart_make_the_same_document(small_index, judge_text):
    """`--jobs N` renders each article's JSON in its worker; spliced together they must be
    byte for byte the document rendered whole (and with no article, or a failure only)."""
    import json
    from datetime import date

    from checker.judge import AsOf, check_article
    from checker.model import RunReport
    from checker.render_json import article_json, render_json, run_to_dict
    from claims.extract import Extractor
    from claims.read import parse

    extractor = Extractor(small_index.vocabulary())
    reports = tuple(check_article(parse(text, f"{n}.txt"), extractor, small_index, AsOf(date(2022, 3, 3), "option"))
                    for n, text in enumerate(["German Chancellor Olaf Scholz met Russian President Vladimir Putin.",
                                              'Quote: "articles": [],\n and Angela Merkel, the German chancellor.']))
    for articles, failures in ((reports, ()), ((), (("x.txt", 'bad "articles": [],'),)), (reports[:1], (("y", "e"),))):
        run = RunReport("9.9", "digest", 3, articles, failures)
        whole = json.dumps(run_to_dict(run), ensure_ascii=False, indent=2) + "\n"
        assert render_json(run) == whole
        assert render_json(run, [article_json(a) for a in articles]) == whole
