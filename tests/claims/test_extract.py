"""The pipeline: article text → sentences → claims with their time anchors."""
from __future__ import annotations

import ast
import pathlib

import claims
from claims.extract import GRAMMAR_MODULES, Extractor
from claims.read import read_bytes

ARTICLE = """\
---
date: 2022-03-03
title: President Joe Biden in the front matter is not a claim
---
WASHINGTON, March 3, 2022 — U.S. President Joe Biden spoke by phone with Ukrainian President \
Volodymyr Zelensky on Wednesday, March 2, 2022, officials said. Secretary of State Antony Blinken \
later flew to Europe.

In Moscow, Russian Prime Minister Mikhail Mishustin told ministers to prepare. Russia's \
ambassador to the US, Anatoly Antonov, was summoned on Monday, March 1.

In 2014, then-Vice President Joe Biden visited Kyiv. Former President Donald Trump, who left \
office in January 2021, said little. Talks were held with the U.S. In 2016 German Chancellor \
Angela Merkel hosted them.
"""


def test_article_claims(claims_of):
    found = claims_of(ARTICLE)
    assert [(c.kind, c.text) for c in found] == [
        ("officeholder", "U.S. President Joe Biden"),
        ("officeholder", "Ukrainian President Volodymyr Zelensky"),
        ("weekday", "Wednesday, March 2, 2022"),
        ("officeholder", "Secretary of State Antony Blinken"),
        ("officeholder", "Russian Prime Minister Mikhail Mishustin"),
        ("officeholder", "Russia's ambassador to the US, Anatoly Antonov"),
        ("weekday", "Monday, March 1"),
        ("officeholder", "then-Vice President Joe Biden"),
        ("officeholder", "Former President Donald Trump"),
        ("officeholder", "German Chancellor Angela Merkel"),
    ]


def test_sentence_indices_and_anchors(claims_of):
    by_text = {c.text: c for c in claims_of(ARTICLE)}
    assert by_text["U.S. President Joe Biden"].sentence == 0
    assert by_text["Secretary of State Antony Blinken"].sentence == 1
    assert by_text["Russian Prime Minister Mikhail Mishustin"].sentence == 2
    assert by_text["then-Vice President Joe Biden"].anchor == "2014"
    # "who left office in January 2021" follows the claim: it does not move it
    assert by_text["Former President Donald Trump"].anchor is None
    # the date of the article's dateline is no anchor of the claims after it
    assert by_text["U.S. President Joe Biden"].anchor is None
    # "with the U.S." ends a sentence, so "In 2016" anchors the claim after it and nothing before
    merkel = by_text["German Chancellor Angela Merkel"]
    assert merkel.anchor == "2016"
    assert merkel.sentence == by_text["Former President Donald Trump"].sentence + 2


def test_front_matter_is_not_scanned(claims_of):
    body = ARTICLE.index("WASHINGTON")
    assert all(c.start >= body for c in claims_of(ARTICLE))


def test_crlf_article_gives_the_same_claims_at_their_own_offsets(extractor):
    crlf = ARTICLE.replace("\n", "\r\n")
    article = read_bytes(crlf.encode(), "crlf.md")
    assert article.front_matter["date"] == "2022-03-03"
    lf = extractor.claims(read_bytes(ARTICLE.encode(), "lf.md"))
    found = extractor.claims(article)
    assert [c.text for c in found] == [c.text for c in lf]
    for c in found:
        assert crlf[c.start : c.end] == c.text
        for key, (lo, hi) in c.slot_spans.items():
            assert crlf[lo:hi] == c.slots[key]


def test_bom_article_offsets(extractor):
    text = "\ufeffMOSCOW (Reuters) March 3, 2022 - Russian President Vladimir Putin spoke."
    article = read_bytes(text.encode(), "bom.txt")
    (claim,) = extractor.claims(article)
    assert article.text[claim.start : claim.end] == "Russian President Vladimir Putin"


def test_claims_are_sorted_by_position(claims_of):
    found = claims_of(ARTICLE)
    assert found == sorted(found, key=lambda c: (c.start, c.end, c.kind))


def test_one_extractor_serves_many_articles(vocabulary):
    extractor = Extractor(vocabulary)
    one = extractor.claims(read_bytes(b"German Chancellor Olaf Scholz spoke.", "a.txt"))
    two = extractor.claims(read_bytes(b"Nothing to check here.", "b.txt"))
    three = extractor.claims(read_bytes(b"German Chancellor Olaf Scholz spoke.", "c.txt"))
    assert two == [] and one == three


def test_every_grammar_module_has_kind_and_build():
    for module in GRAMMAR_MODULES:
        assert isinstance(module.KIND, str)
        assert callable(module.build)


def test_claims_never_imports_checker():
    root = pathlib.Path(claims.__file__).parent
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n == "checker" or n.startswith("checker.") for n in names), path
