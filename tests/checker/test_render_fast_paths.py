"""The renderers' fast paths give what the plain ways give, byte for byte.

render_json writes its indented JSON itself (json's indented encoder is pure Python and
slow), and render_text's one_line skips the regex and the split when a text is already on
one clean line; both are checked here against the plain ways over awkward inputs.
"""
import enum
import json
import random
from collections import OrderedDict
from datetime import date

import pytest

from checker.model import ArticleReport, Evidence, RunReport, Verdict
from checker.render_json import article_json, dumps_indented, render_json, run_to_dict
from checker.render_text import _CONTROL, one_line
from claims.model import Article, Claim


class Level(enum.IntEnum):
    LOW = 1


class Word(str, enum.Enum):
    A = "a"


AWKWARD_STRINGS = [
    "", " ", "plain", 'quote " and \\ backslash', "line\nbreak\r\n", "tab\there", "\x00\x1b[31m\x7f\x9f",
    "é ü – — “curly” ‘single’", "\u2028\u2029", "emoji 🙂 and \ud83d", "&<>'\"", '"articles": [],',
    "\n  ", "{}", "[]", "null",
]

AWKWARD_VALUES = [
    None, True, False, 0, -1, 2**70, 1.5, -0.0, 1e300, float("nan"), float("inf"), float("-inf"),
    Level.LOW, Word.A, [], {}, (), [[]], [{}], {"a": []}, {"a": {}}, (1, "two", None),
    {1: "int key", 2.5: "float key", None: "none key", False: "bool key"},
    OrderedDict([("b", 1), ("a", 2)]), {"nested": {"deeper": [1, [2, [3, {"x": None}]]]}},
]


def _random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth > 3 or roll < 0.45:
        return rng.choice(AWKWARD_STRINGS + AWKWARD_VALUES[:14])
    if roll < 0.7:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if roll < 0.75:
        return tuple(_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    return {rng.choice(AWKWARD_STRINGS): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


@pytest.mark.parametrize("value", AWKWARD_STRINGS + AWKWARD_VALUES, ids=repr)
def test_dumps_indented_is_json_dumps(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_dumps_indented_random_documents():
    rng = random.Random(6)
    for _ in range(3000):
        value = _random_value(rng)
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
        indented = "\n".join("    " + line for line in json.dumps(value, ensure_ascii=False, indent=2).split("\n"))
        assert "    " + dumps_indented(value, "\n    ") == indented


def test_dumps_indented_fails_like_json():
    for bad in ({"a": object()}, [1, {2, 3}], {"a": {(1, 2): "tuple key"}}):
        with pytest.raises(TypeError):
            json.dumps(bad, ensure_ascii=False, indent=2)
        with pytest.raises(TypeError):
            dumps_indented(bad)


def _awkward_run() -> RunReport:
    text = "Title\n\nSay \"hi\" <b>&amp;</b>\x1b[2J to Ms\u00a0Smith\u2028now.\ttab  end \n"
    claims = [
        Claim("officeholder", "officeholder.title-name", 0, 5, "Title", 0, {}),
        Claim("weekday", "weekday-date", 12, 30, text[12:30], 0, {}),
        Claim("spelling", "spelling.name", 40, 52, text[40:52], 0, {}),
    ]
    verdicts = (
        Verdict(claims[0], "verified", "holds-office", "fine", "2022-03-02"),
        Verdict(claims[1], "conflicting", "other-holder", 'said "x"\nthen\x00y', "2022",
                suggestion="<script>alert(1)</script>",
                evidence=(Evidence("fact\twith tab", "source ‘A’", "ref:1", "https://e.org/?a=1&b=2"),
                          Evidence("fact 2", "source B", "ref:2", "javascript:alert(1)"),
                          Evidence("fact 3", "source ‘A’", "ref:3"))),
        Verdict(claims[2], "unknown", "office-not-in-reference", "", "2022-03", suggestion=""),
    )
    report = ArticleReport(Article("dir/a \"b\".md", text), date(2022, 3, 3), "dateline", verdicts)
    empty = ArticleReport(Article("empty.md", ""), date(2022, 1, 1), "today", ())
    return RunReport("9.9", "sha256:abc", 7, (report, empty), (("x\n.md", 'bad "articles": [],\x1b'),))


def test_render_json_is_the_plain_encoding():
    run = _awkward_run()
    whole = json.dumps(run_to_dict(run), ensure_ascii=False, indent=2) + "\n"
    assert render_json(run) == whole
    assert render_json(run, [article_json(a) for a in run.articles]) == whole


def _one_line_plainly(text: str) -> str:
    return " ".join(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", text).split())


def test_one_line_every_character():
    # Every character alone, between words and beside a space: whitespace and control
    # characters included, whichever way Unicode classes them.
    for code in range(0x110000):
        c = chr(code)
        for text in (c, f"a{c}b", f" {c}", f"{c} ", f"a {c}"):
            assert one_line(text) == _one_line_plainly(text), repr(text)


def test_one_line_random_texts():
    rng = random.Random(6)
    alphabet = [" ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\xad",
                "\u2028", "\u3000", "\u200b", "\ufeff", "\x00", "\x1b", "\x7f", "\x9f", "a", "é", "\ufffd"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert one_line(text) == _one_line_plainly(text), repr(text)


def test_one_line_space_pattern():
    # The fast path's premise: all whitespace but the space is unprintable.
    assert not [c for c in map(chr, range(0x110000)) if c.isspace() and c != " " and c.isprintable()]
    assert not [c for c in map(chr, range(0x110000)) if _CONTROL.match(c) and c.isprintable()]
