"""The officeholder grammar's own scan gives exactly what the generic one gives.

`OfficeholderGrammar._singulars` finds titles (`_titles`), the word starts a claim may open
at (`_starts`) and reads a form's match into a claim (`_read`, `_claim`) without
`common.scan_at_triggers`' slot dictionaries. Its grammar stays `expr` (pyparsing, checked
against `common.direct` by test_direct.py): here the plain way — scan_at_triggers over
`expr`, a claim made from its slots as the grammar made them before — must find the same
claims, slot for slot and in the same order, in every sentence of the tests' texts.
"""
from __future__ import annotations

import heapq
import operator
import random
import re

import pytest

from claims.grammars import common, officeholder
from claims.grammars.mentions import inside_possessed
from claims.model import Claim, Sentence
from claims.vocabulary import Vocabulary
from tests.claims.conftest import CAPITALS, COUNTRIES, TITLES
from tests.claims.test_direct import TEXTS

MORE_TITLES = TITLES + ("Foreign Minister", "Florida Governor", "New York Governor", "Governor", "Senator",
                        "Mayor", "Secretary-General", "Defence Minister", "Vice-Chancellor", "Minister")
SENTENCES = [
    "Russian President Vladimir Putin of Russia met US Ambassador to Russia John Sullivan.",
    "Prime Minister of India Narendra Modi's Bharatiya Janata Party won; Olaf Scholz, Germany's chancellor, spoke.",
    "In 2014, then-Vice President Joe Biden and ex-President Bill Clinton, a former President, met.",
    "Sen. Ted Cruz, Rep. Nancy Pelosi and Florida Gov. Rick Scott and New York Gov. Andrew Cuomo talked.",
    "Republican Sen.\tTed Cruz said the president, Putin, and former presidents Obama, Bush and Clinton came.",
    "Scholz's Social Democrats, the German chancellor's party, and Clinton, 69, a former senator, talked.",
    "Hillary Clinton, a former Secretary of State, said deputy Prime Minister X and NATO Secretary-General Jens Stoltenberg.",
    "South Australian Premier Steven Marshall and New Mexico Governor Bill Richardson, Like Russian President Putin.",
    "Lee Myung-bak, the South Korean President, and Russia's president, Vladimir Putin, (“President Joe Biden”).",
    "The U.S.-President Joe Biden, vice-President Kamala Harris, Vice-Chancellor Robert Habeck and co-President X.",
    " ".join(["the word"] * 20) + " President Joe Biden said, " + " ".join(["Mr Smith"] * 9) + ", the Russian President",
    "Mr. Montenegro, the French Foreign Minister, and Putin, the Russian President Vladimir, said.",
    "Russian President Vladimir Putin's Party of Russia and former Russian former President Boris Yeltsin of Russia.",
    "President" + " " * 196 + "Jo Bo said",  # (the name cut where the parsed slice ends)
    # a lead from further back than the 13 word starts tried (particles repeat)
    "He met Jean de la de la de la de la de la de la Fontaine, the former President, and Jo de la Ka, the King.",
]

_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def _plain_singulars(grammar, text: str, sentence: Sentence, index: int) -> list[Claim]:
    """The singular claims as the grammar found them with scan_at_triggers."""
    s = sentence.text
    lower = None if grammar.folded_trigger is None else common.folded(s)
    found = list(grammar.trigger.finditer(s) if lower is None else grammar.folded_trigger.finditer(lower))
    hits = grammar._abbreviations(s) if "Gov" in s or "Sen" in s or "Rep" in s else None
    if not found and not hits:
        return []
    if hits:
        found = heapq.merge(found, hits, key=operator.methodcaller("start"))
    claims = []
    for at, toks in common.scan_at_triggers(grammar.expr, s, grammar.trigger, lead=grammar.lead, found=found):
        if toks["rule"] == "name-comma-title" and inside_possessed(s, at + toks["person"][0], grammar.stop):
            continue
        claim = _plain_claim(grammar, text, sentence.start + at, index, toks)
        if claim is not None:
            claims.append(claim)
    return claims


def _plain_claim(grammar, text: str, base: int, index: int, toks: dict) -> Claim | None:
    spans: dict[str, tuple[int, int]] = {}
    slots: dict[str, str] = {}
    for key, name in officeholder._SLOT_NAMES:
        found = toks.get(key)
        if found is not None:
            at, value = found
            slots[name] = value
            spans[name] = (base + at, base + at + len(value))
    if "abbr" in slots:
        place = slots.pop("abbr_place", None)
        spans.pop("abbr_place", None)
        spans.pop("abbr")
        written = text[spans["title"][0]:spans["title"][1]]
        full = officeholder._ABBREVIATED[slots.pop("abbr").rstrip(".")]
        spans["abbreviation"] = spans.pop("title")
        slots["abbreviation"] = written
        slots["title"] = f"{place} {full}" if place and full == "Governor" else full
    rule = toks["rule"]
    if rule == "title-comma-name" and "country" not in slots and "to" not in slots and "modifier" not in slots:
        return None
    start = min(map(_FIRST, spans.values()))
    end = max(map(_SECOND, spans.values()))
    if rule == "title-before-name" and "country" not in slots and "modifier" not in slots and grammar._qualified(
            text, start, parties="abbreviation" in slots):
        return None
    if "country" in spans and spans["country"][0] == start and rule != "name-comma-title" \
            and grammar._qualified_country(text, start):
        return None
    return Claim(officeholder.KIND, f"{officeholder.KIND}.{rule}", start, end, text[start:end], index, slots, spans)


@pytest.fixture(scope="module", params=["tests", "more"])
def grammar(request, vocabulary):
    if request.param == "more":
        vocabulary = Vocabulary(titles=MORE_TITLES, countries=COUNTRIES + ("South Korean", "Australian", "Mexico"),
                                capitals=CAPITALS)
    return officeholder.OfficeholderGrammar(vocabulary)


def _sentences():
    for text in TEXTS + SENTENCES:
        for piece in re.finditer(r"[^.!?]+[.!?]?", text):
            yield text, Sentence(piece.start(), piece.end(), piece.group())
        yield text, Sentence(0, len(text), text)


def test_the_singular_claims_are_the_plain_scans(grammar):
    assert grammar.after_edge is not None and grammar.forms  # (the fast ways are taken)
    found = 0
    for text, sentence in _sentences():
        fast = grammar._singulars(text, sentence, 3)
        plain = _plain_singulars(grammar, text, sentence, 3)
        assert fast == plain, sentence.text
        assert [list(c.slots.items()) for c in fast] == [list(c.slots.items()) for c in plain]
        assert [list(c.slot_spans.items()) for c in fast] == [list(c.slot_spans.items()) for c in plain]
        found += len(fast)
    assert found > 100


def test_a_read_is_the_located_parse(grammar):
    """At every word start: the form `_read` takes is the one the parse takes, with the same
    end and the same trimmed name."""
    located = common._located_parser_of(grammar.expr)
    checked = 0
    for text in TEXTS[:300] + SENTENCES:
        for start in common.WORD_START.finditer(text):
            window = text[start.start():start.start() + 240]
            read = grammar._read(window)
            plain = located(window)
            assert (read is None) == (plain is None), window
            if read is not None:
                form, m, trimmed, end = read
                tokens, plain_end = plain
                assert (form.rule, end) == (tokens["rule"], plain_end), window
                assert tokens["person"] == (m.regs[form.person][0] + trimmed.start, trimmed.name), window
                checked += 1
    assert checked > 100


def test_the_titles_are_the_trigger_matches(grammar):
    rng = random.Random(6)
    pieces = ["president", "President", "prime minister", "vice-president", "then-", "ex-", "x-", "-", ".", " ",
              "\n", "the", "minister", "é", "İ", "ſ", "King", "Kinging", "president.", "then", "ex", "US"]
    texts = TEXTS[:300] + SENTENCES + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
                                        for _ in range(20_000)]
    for text in texts:
        hits, shift = grammar._titles(text)
        assert [(h.start(), h.end() - shift) for h in hits] == [m.span() for m in grammar.trigger.finditer(text)], text


def test_the_starts_are_the_word_starts_the_lead_allows(grammar):
    text = SENTENCES[-1]
    at = text.index("President")
    assert grammar.lead.fullmatch(text, text.index("Jean"), at)  # (the case of too far back)
    assert len(common.WORD_START.findall(text, text.index("Jean"), at + 1)) > officeholder._BACK_WORDS + 1
    checked = 0
    for text in TEXTS[:200] + SENTENCES:
        starts = [m.start() for m in common.WORD_START.finditer(text)]
        for i, at in enumerate(starts):
            for lo in {0, *starts[max(0, i - 15):i + 1:3]}:
                plain = [start for start in common.starts_before(text, lo, at, officeholder._BACK_WORDS + 1)
                         if start == at or grammar.lead.fullmatch(text, start, at) is not None]
                assert list(grammar._starts(text, lo, at)) == plain, (text[lo:at], lo, at)
                checked += 1
    assert checked > 1000


def test_the_abbreviations_are_found_as_before(grammar):
    before = re.compile(r"(?<![\w.-])(?:Gov|Sen|Rep)(?:\.|(?=[ \t]))" + rf"(?=[ \t]+[{officeholder.UPPER_LETTERS}])")
    rng = random.Random(7)
    pieces = ["Gov", "Sen", "Rep", "Sens", ".", "-", " ", "\t", "\n", "A", "a", "x", "É", "'", "_"]
    for _ in range(50_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in grammar.abbreviation.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_the_word_before_is_the_one_the_search_finds():
    rng = random.Random(8)
    pieces = ["Ab", "a", "Z9", "-", ".", "'", "’", " ", "\t", "\n", "é", "1", "_", "x" * 30, "word ", ",", "B-c"]
    texts = TEXTS[:100] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        for start in range(len(text) + 1) if len(text) < 80 else range(0, len(text) + 1, 7):
            m = officeholder._WORD_BEFORE.search(text, max(0, start - 40), start)
            assert officeholder._word_before(text, start) == (m.group(1) if m else None), (text, start)
