"""The relation grammar's sentence filter passes every sentence its trigger is found in
(`RelationGrammar.might_match`: "took over from" needs "from" too)."""
from __future__ import annotations

from pathlib import Path

from claims import segment
from claims.grammars import relation
from claims.grammars.common import folded

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_the_filter_passes_every_sentence_with_a_trigger():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    sentences = [s.text for t in texts for s in segment.sentences(t, 0)]
    words = ["TOOK", "Taken", "taking", "takes", "over", "power", "office", "FROM", "from", "predecessor",
             "Successor", "succeeded", "Preceded", "replacing", "hand-picked", "ſ", "ı", "\t", " ", "\n", "x"]
    made = [" ".join(words[(n * 5 + k * 3) % len(words)] for k in range(n % 7 + 1)) for n in range(3000)]
    made += ["TOOK OVER FROM", "takes\tpower\nfrom", "Taking  office  From", "taken over from", "took power fromage"]
    found = 0
    for s in sentences + made:
        if relation._TRIGGER.search(s):
            found += 1
            assert relation.RelationGrammar.might_match(s, folded(s)), s
    assert found > 100
