from datetime import date

from checker.model import ArticleReport, Evidence, RunReport, Verdict
from checker.render_text import render_text
from claims.model import Article, Claim

TEXT = (
    "BERLIN — On Wednesday, March 2, 2022, German Chancellor Angela Merkel spoke by\n"
    "phone with Russian President Vladimir Putin for nearly an hour.\n"
    "The call came as U.N. envoy Martin\nGriffiths prepared to visit the region.\n"
)
MERKEL = (
    "as of 2022-03-03 the Chancellor of Germany is Olaf Scholz (since 2021-12-08); "
    "Angela Merkel held the office 2005-11-22 – 2021-12-08"
)
SCHOLZ = Evidence("Olaf Scholz: Chancellor of Germany, 2021-12-08 – 2025-05-06",
                  "Bundesregierung", "reference/germany.yaml:12")
MERKEL_TERM = Evidence("Angela Merkel: Chancellor of Germany, 2005-11-22 – 2021-12-08",
                       "Bundesregierung", "reference/germany.yaml:18")
KREMLIN = Evidence("Vladimir Putin: President of Russia, 2012-05-07 –", "Kremlin",
                   "reference/russia.yaml:7")


def verdict(claim_text, result, explanation, evidence=(), text=TEXT):
    start = text.index(claim_text)
    claim = Claim("officeholder", "demonym-title-name", start, start + len(claim_text),
                  claim_text, 0, {})
    return Verdict(claim, result, "code", explanation, "2022-03-02", evidence=evidence)


def sample_run(text=TEXT, verdicts=None):
    if verdicts is None:
        verdicts = (
            verdict("German Chancellor Angela Merkel", "conflicting", MERKEL,
                    (SCHOLZ, MERKEL_TERM)),
            verdict("Russian President Vladimir Putin", "verified",
                    "Vladimir Putin is President of Russia since 2012-05-07", (KREMLIN,)),
            verdict("U.N. envoy Martin\nGriffiths", "unknown",
                    "no office 'U.N. envoy' in the reference"),
        )
    report = ArticleReport(Article("news/call.md", text), date(2022, 3, 3), "dateline", verdicts)
    return RunReport("0.1.0", "sha256:0f3a9c51", 42, (report,),
                     (("news/missing.md", "No such file or directory"),))


def test_lines():
    assert render_text(sample_run()).splitlines() == [
        f'news/call.md:1:39: conflicting: "German Chancellor Angela Merkel" — {MERKEL} '
        "[Bundesregierung]",
        'news/call.md:2:12: verified: "Russian President Vladimir Putin" — '
        "Vladimir Putin is President of Russia since 2012-05-07 [Kremlin]",
        'news/call.md:3:18: unknown: "U.N. envoy Martin Griffiths" — '
        "no office 'U.N. envoy' in the reference",
        "news/call.md: 1 verified, 1 conflicting, 1 unknown (as of 2022-03-03, from dateline)",
        "news/missing.md: error: No such file or directory",
    ]


def test_plain_by_default_and_trailing_newline():
    out = render_text(sample_run())
    assert "\x1b" not in out
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_color_marks_verdict_words_only():
    out = render_text(sample_run(), color=True)
    assert '\x1b[31mconflicting\x1b[0m: "German Chancellor Angela Merkel"' in out
    assert "\x1b[32mverified\x1b[0m:" in out
    assert "\x1b[33munknown\x1b[0m:" in out
    assert out.splitlines()[-2].startswith("news/call.md: 1 verified")  # summary uncoloured


def test_article_cannot_inject_terminal_escapes():
    text = "Sen. \x1b[2JJohn Doe said"
    run = sample_run(text, (verdict("Sen. \x1b[2JJohn Doe", "unknown", "not found", text=text),))
    out = render_text(run)
    assert "\x1b" not in out
    assert '"Sen. \N{REPLACEMENT CHARACTER}[2JJohn Doe"' in out


def test_no_claims_still_summarised():
    out = render_text(sample_run(verdicts=()))
    assert out.splitlines()[0] == (
        "news/call.md: 0 verified, 0 conflicting, 0 unknown (as of 2022-03-03, from dateline)"
    )
