"""Sentence splitting: boundaries, and offsets that always index the article text."""
from __future__ import annotations

import pytest

from claims.segment import sentences


def split(text: str, start: int = 0) -> list[str]:
    found = sentences(text, start)
    for s in found:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    return [s.text for s in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. Embassy in Moscow said it was monitoring. Staff were told to stay home.",
         ["The U.S. Embassy in Moscow said it was monitoring.", "Staff were told to stay home."]),
        ("Mr. Sullivan met Gen. Mark Milley on Jan. 5 in the capital. They spoke for an hour.",
         ["Mr. Sullivan met Gen. Mark Milley on Jan. 5 in the capital.", "They spoke for an hour."]),
        ("Sec. Antony Blinken and Sen. Jim Risch spoke. Others followed.",
         ["Sec. Antony Blinken and Sen. Jim Risch spoke.", "Others followed."]),
        ("Sens. Ted Cruz and John Cornyn met Gov. Greg Abbott and Reps. of both parties. Others followed.",
         ["Sens. Ted Cruz and John Cornyn met Gov. Greg Abbott and Reps. of both parties.", "Others followed."]),
        ("Former President George W. Bush spoke first. Others followed.",
         ["Former President George W. Bush spoke first.", "Others followed."]),
        ("Talks in the U.S. Senate ended. The vote is next.",
         ["Talks in the U.S. Senate ended.", "The vote is next."]),
        ("The bill cost $3.5 billion. Critics balked.", ["The bill cost $3.5 billion.", "Critics balked."]),
        ("Downing Street said No. 10 would respond. It did not.",
         ["Downing Street said No. 10 would respond.", "It did not."]),
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy moved to the U.S. The embassy confirmed it.",
         ["The envoy moved to the U.S.", "The embassy confirmed it."]),
        ("Relations with the U.K. In 2014 they soured.", ["Relations with the U.K.", "In 2014 they soured."]),
        ("Asked about a deal, he said no. The talks ended.", ["Asked about a deal, he said no.", "The talks ended."]),
        ("The delegates sat. Then the vote began.", ["The delegates sat.", "Then the vote began."]),
        ("The shares went to Acme Inc. He declined to comment.",
         ["The shares went to Acme Inc.", "He declined to comment."]),
    ],
)
def test_abbreviation_like_words_can_end_a_sentence(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said, "We are ready." Then he left.', ['He said, "We are ready."', "Then he left."]),
        ("Was it over? \u201cNo,\u201d she said.", ["Was it over?", "\u201cNo,\u201d she said."]),
        ("(The talks resumed.) Both sides attended.", ["(The talks resumed.)", "Both sides attended."]),
        ("It was over! Or so it seemed.", ["It was over!", "Or so it seemed."]),
        ("The ministry said \u201cnot now.\u201d Officials agreed.",
         ["The ministry said \u201cnot now.\u201d", "Officials agreed."]),
        ("Russia said... nothing at all.", ["Russia said... nothing at all."]),
        ('"Is it true?" she asked.', ['"Is it true?" she asked.']),
    ],
)
def test_quotes_and_brackets(text, expected):
    assert split(text) == expected


def test_blank_line_ends_a_sentence_without_punctuation():
    text = "Talks Stall in Geneva\n\nDiplomats met again on Friday. Nothing changed.\n"
    assert split(text) == ["Talks Stall in Geneva", "Diplomats met again on Friday.", "Nothing changed."]


def test_single_newline_does_not_end_a_sentence():
    assert split("The talks went on\nuntil late at night.") == ["The talks went on\nuntil late at night."]


def test_crlf_text():
    text = "Talks Stall in Geneva\r\n\r\nDiplomats met again. Nothing changed.\r\nMore was\r\nexpected.\r\n"
    assert split(text) == ["Talks Stall in Geneva", "Diplomats met again.", "Nothing changed.", "More was\r\nexpected."]


def test_blank_line_with_spaces():
    assert split("One headline \n \t \nBody text.") == ["One headline", "Body text."]


def test_start_offset_and_end():
    text = "Front matter here. Body one. Body two."
    found = sentences(text, text.index("Body"))
    assert [s.text for s in found] == ["Body one.", "Body two."]
    assert found[0].start == text.index("Body")
    assert [s.text for s in sentences(text, 0, text.index(" Body two"))] == ["Front matter here.", "Body one."]


def test_empty_and_whitespace():
    assert sentences("") == []
    assert sentences(" \n\n \t") == []


def test_lowercase_after_period_is_not_a_new_sentence():
    assert split("The total was 3.5 percent. e.g. it fell.") == ["The total was 3.5 percent. e.g. it fell."]


def test_the_word_before_a_period_is_read_as_the_regex_reads_it():
    """`segment._run_start` finds what `_WORD_BEFORE.search(text, lo, end)` finds (the run of
    word characters and periods ending at `end`), on random text of word, space and odd
    characters; a newline just before the end is left to the regex ("$" matches before it)."""
    import random
    import re

    from claims import segment

    word = re.compile(r"[\w.]")
    assert all(segment._in_word(chr(c)) == bool(word.match(chr(c))) for c in range(0x110000))
    rng = random.Random(5)
    alphabet = "ab_.1 \n\t-'’éΣ٣²Ⅻ,"
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        end = rng.randint(lo, len(text))
        if end > lo and text[end - 1] == "\n":
            continue
        m = segment._WORD_BEFORE.search(text, lo, end)
        assert segment._run_start(text, lo, end) == (m.start() if m else end), (text, lo, end)
    assert split("Ends with a word\n. Next one.") == ["Ends with a word\n.", "Next one."]
    assert split("He met Gen\n. Mark Milley. Then left.") == ["He met Gen\n. Mark Milley.", "Then left."]
    assert split("He met Gen.\nMark Milley. Then left.") == ["He met Gen.\nMark Milley.", "Then left."]
