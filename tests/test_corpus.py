"""The labelled corpus (corpus/ at the project root): its label files are valid, it is big
enough, and the checker scores at or above the thresholds of issue 3 on it."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from checker import score

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus/ is not in this tree (installed sdist/wheel)")


@pytest.fixture(scope="module")
def corpus():
    try:
        return score.load_corpus(CORPUS)
    except score.LabelError as exc:  # show every problem, not only the first
        pytest.fail("label errors:\n" + "\n".join(exc.errors))


def test_every_label_file_is_valid(corpus):
    # load_corpus checks: a label file beside every article and no orphan; date equals the
    # article's own date (dateline or front matter); kind and expect valid; every quote found.
    for item in corpus:
        assert item.labels, item.path
        for label in item.labels:
            assert item.article.text[label.start : label.end] == label.quote
            assert label.kind in score.KINDS and label.expect in score.EXPECTS


def test_corpus_size_and_coverage(corpus):
    assert len(corpus) >= 25
    labels = [label for item in corpus for label in item.labels]
    assert len(labels) >= 400
    per_kind = Counter(label.kind for label in labels)
    for kind in score.KINDS:
        assert per_kind[kind] >= 20, (kind, per_kind[kind])
    # about a third of the articles carry injected errors, of every kind
    with_errors = [item for item in corpus if any(lab.expect == "conflicting" for lab in item.labels)]
    assert len(with_errors) >= len(corpus) // 4
    conflicting_kinds = {lab.kind for lab in labels if lab.expect == "conflicting"}
    assert conflicting_kinds == set(score.KINDS)


def test_articles_are_newswire_sized(corpus):
    for item in corpus:
        words = len(item.article.text[item.article.body_start :].split())
        assert 250 <= words <= 700, (item.path, words)
        assert 2000 <= item.date.year <= 2025, item.path


def test_a_missing_quote_is_a_label_error(tmp_path):
    (tmp_path / "a.txt").write_text("BERLIN, June 3, 2015 — Chancellor Angela Merkel spoke.\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(
        'date: 2015-06-03\nclaims:\n  - {quote: "Chancellor Olaf Scholz", expect: verified, kind: officeholder}\n',
        encoding="utf-8",
    )
    with pytest.raises(score.LabelError) as exc:
        score.load_corpus(tmp_path)
    assert "not found" in exc.value.errors[0]
    assert score.main([str(tmp_path)]) == score.EXIT_LABELS


def test_a_wrong_label_date_is_a_label_error(tmp_path):
    (tmp_path / "a.txt").write_text("BERLIN, June 3, 2015 — Chancellor Angela Merkel spoke.\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(
        'date: 2015-06-04\nclaims:\n  - {quote: "Chancellor Angela Merkel", expect: verified, kind: officeholder}\n',
        encoding="utf-8",
    )
    with pytest.raises(score.LabelError) as exc:
        score.load_corpus(tmp_path)
    assert "differs from the article's date 2015-06-03" in exc.value.errors[0]


@pytest.fixture(scope="module")
def scored(corpus):
    return score.score(CORPUS)


def test_no_false_alarm_and_no_unlabelled_claim(scored):
    report = score.render(scored)
    assert scored.overall.false_alarms == 0, report  # no true claim is ever flagged
    assert scored.unlabelled == [], report  # nor any claim the labels do not cover


def test_scores_meet_the_thresholds(scored):
    # every kind and the whole corpus: conflict recall, false alarms, verified recall
    assert not scored.failures(), score.render(scored)
