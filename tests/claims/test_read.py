"""Reading an article: bytes to text, front matter, and the errors that say where."""
from __future__ import annotations

from datetime import date

import pytest

from claims.read import ArticleError, decode, parse, parse_date, read_bytes


def test_plain_utf8():
    article = read_bytes("KYIV — Zelensky spoke.".encode(), "a.txt")
    assert article.text == "KYIV — Zelensky spoke."
    assert article.front_matter == {}
    assert article.body_start == 0
    assert article.path == "a.txt"


def test_bom_is_dropped_so_offsets_and_columns_match_the_text():
    article = read_bytes("\ufeffWASHINGTON, June 20, 2021 — Text.".encode(), "a.txt")
    assert article.text == "WASHINGTON, June 20, 2021 — Text."


def test_crlf_is_kept_so_offsets_index_the_file_text():
    article = read_bytes(b"Line one.\r\nLine two.\r\n", "a.txt")
    assert article.text == "Line one.\r\nLine two.\r\n"


def test_invalid_utf8_names_the_byte_offset():
    with pytest.raises(ArticleError) as err:
        read_bytes("Caf\u00e9 talks \xff".encode("latin-1"), "bad.txt")
    message = str(err.value)
    assert "bad.txt" in message
    assert "byte offset 3" in message  # the latin-1 é
    assert "0xe9" in message


def test_truncated_multibyte_sequence():
    with pytest.raises(ArticleError, match=r"byte offset 9"):
        decode(b"Caf\xc3\xa9 ok \xe2\x80", "cut.txt")


@pytest.mark.parametrize("at", [3, 20000])
def test_nul_byte_is_a_binary_file(at):
    data = b"a" * at + b"\x00" + b"b" * 10
    with pytest.raises(ArticleError, match=rf"binary file \(NUL byte at byte offset {at}\)"):
        read_bytes(data, "blob.bin")


def test_front_matter_with_date():
    text = "---\ndate: 2022-03-03\ntitle: Talks stall\nsource: Wire\n---\nMOSCOW — Body text.\n"
    article = read_bytes(text.encode(), "a.md")
    assert article.front_matter == {"date": "2022-03-03", "title": "Talks stall", "source": "Wire"}
    assert article.text == text  # the article keeps its full text
    assert text[article.body_start :] == "MOSCOW — Body text.\n"


def test_front_matter_values_stay_strings():
    article = parse("---\ndate: 2022-03-03\ncount: 3\ntags: [a, b]\n---\nBody", "a.md")
    assert article.front_matter == {"date": "2022-03-03", "count": "3"}


def test_front_matter_with_crlf_and_bom():
    data = b"\xef\xbb\xbf---\r\ndate: 2022-03-03\r\n---\r\nBody text."
    article = read_bytes(data, "a.md")
    assert article.front_matter == {"date": "2022-03-03"}
    assert article.text[article.body_start :] == "Body text."


def test_front_matter_at_end_of_file():
    article = parse("---\ndate: 2022-03-03\n---", "a.md")
    assert article.front_matter == {"date": "2022-03-03"}
    assert article.body_start == len(article.text)


def test_unclosed_front_matter_is_body():
    text = "---\ndate: 2022-03-03\nBody without a closing fence."
    article = parse(text, "a.md")
    assert article.front_matter == {}
    assert article.body_start == 0


def test_front_matter_that_is_not_a_mapping():
    article = parse("---\n- a\n- b\n---\nBody", "a.md")
    assert article.front_matter == {}
    assert article.text[article.body_start :] == "Body"


def test_malformed_front_matter():
    with pytest.raises(ArticleError, match=r"a\.md: malformed front matter"):
        parse("---\ndate: [2022\n---\nBody", "a.md")


def test_dashes_later_in_the_text_are_not_front_matter():
    text = "Body first.\n---\ndate: 2022-03-03\n---\n"
    assert parse(text, "a.md").body_start == 0


# --- the front matter's date: any unambiguous form -----------------------------------------

@pytest.mark.parametrize(
    "raw",
    [
        "2022-07-07", "2022-7-7", "2022-07-07T10:30:00Z", "2022-07-07T10:30:00.123+02:00",
        "2022-07-07 10:30:00 +0100", "2022-07-07 10:30", "2022/07/07", "2022.07.07",
        "July 7, 2022", "Jul 7, 2022", "July 7 2022", "Thursday, July 7, 2022", "7 July 2022",
        "7th July 2022", "Thu, 07 Jul 2022 10:30:00 +0000", "July 7, 2022 10:30 AM EDT",
        "'2022-07-07'", "  2022-07-07  ",
        "07/07/2022",  # either way round the same day
    ],
)
def test_front_matter_date_forms(raw):
    assert parse_date(raw) == date(2022, 7, 7)


@pytest.mark.parametrize("raw", ["13/07/2022", "07/13/2022", "13.07.2022"])
def test_numeric_day_and_month_with_one_reading(raw):
    assert parse_date(raw) == date(2022, 7, 13)


@pytest.mark.parametrize(
    "raw, message",
    [
        ("07/08/2022", "is ambiguous: July 8 or August 7, 2022; write 2022-07-08 or 2022-08-07"),
        ("7/8/22", "two-digit year"),
        ("2022-02-30", "is not a day of the calendar (February 2022 has no day 30)"),
        ("2022-13-01", "no month 13"),
        ("30 February 2022", "February 2022 has no day 30"),
        ("13/13/2022", "neither of its first two numbers is a month"),
        ("July 7", "has no year"),
        ("next Tuesday", "write YYYY-MM-DD"),
        ("2022-07-07 and more", "write YYYY-MM-DD"),
    ],
)
def test_front_matter_dates_that_are_refused(raw, message):
    with pytest.raises(ValueError) as err:
        parse_date(raw)
    assert message in str(err.value)
