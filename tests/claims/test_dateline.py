"""The article's date from its dateline or a first line that is only a date."""
from __future__ import annotations

from datetime import date

import pytest

from claims.dateline import find, opening, read


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WASHINGTON, June 20, 2021 — Lawmakers returned to the capital.", date(2021, 6, 20)),
        ("MOSCOW (Reuters) March 3, 2022 - The Kremlin said on Thursday.", date(2022, 3, 3)),
        ("LONDON, 3 March 2022 (Reuters) - Britain said it would respond.", date(2022, 3, 3)),
        ("KYIV, Ukraine, March 3, 2022 — Air raid sirens sounded.", date(2022, 3, 3)),
        ("AUSTIN, Texas (AP) March 3, 2022 — The governor spoke.", date(2022, 3, 3)),
        ("WASHINGTON, D.C., March 3, 2022 — Officials met.", date(2022, 3, 3)),
        ("BERLIN, Feb. 24, 2022 – Germany halted the pipeline.", date(2022, 2, 24)),
        ("KYIV, Feb 24, 2022 — Explosions were heard.", date(2022, 2, 24)),
        ("March 3, 2022\nThe Kremlin said on Thursday that talks would resume.", date(2022, 3, 3)),
        ("Thursday, March 3, 2022\nThe Kremlin said talks would resume.", date(2022, 3, 3)),
        ("2022-03-03\nThe Kremlin said talks would resume.", date(2022, 3, 3)),
        ("Talks Stall in Geneva\nGENEVA, June 20, 2021 — Diplomats met.", date(2021, 6, 20)),
        ("March 3, 2022", date(2022, 3, 3)),
    ],
)
def test_datelines(text, expected):
    assert find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats met on March 3, 2022 — the first meeting in months.",
        "In Moscow, March 3, 2022 — a date officials would remember.",
        "The talks, March 3, 2022 — were short.",
        "WASHINGTON (AP) — The talks began March 3, 2022, officials said.",
        "MOSCOW, March 3 (Reuters) - Russia said it would respond.",  # no year to take (see `read`)
        "SAO PAULO, Brazil, Feb. 30, 2022 — No such day.",
        "WASHINGTON, June 20, 2021: Lawmakers met.",
        "No date here at all.",
        "",
    ],
)
def test_no_dateline(text):
    assert find(text) is None


def test_dateline_after_front_matter():
    text = "---\ntitle: Talks\n---\nMOSCOW (Reuters) March 3, 2022 - The Kremlin said."
    assert find(text, text.index("MOSCOW")) == date(2022, 3, 3)


def test_date_deep_in_the_body_is_not_a_dateline():
    text = "Officials met.\n" + "Talks went on for hours. " * 20 + "\nMarch 3, 2022\n"
    assert find(text) is None


# Real-world dateline styles (issue: each one read as "no date" judged the article as of today).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("BRASÍLIA, Jan. 1, 2023 — Luiz Inácio Lula da Silva was sworn in.", date(2023, 1, 1)),
        ("SÃO PAULO, Brazil, Oct. 30, 2022 — Voters went to the polls.", date(2022, 10, 30)),
        ("BOGOTÁ, Colombia, Aug. 7, 2022 — Gustavo Petro took office.", date(2022, 8, 7)),
        ("MÉXICO CITY, Dec. 1, 2018 — Andrés Manuel López Obrador was sworn in.", date(2018, 12, 1)),
        ("ZÜRICH, March 3, 2022 (Reuters) - Swiss banks froze assets.", date(2022, 3, 3)),
        ("LONDON — July 7, 2022 — Boris Johnson resigned.", date(2022, 7, 7)),
        ("LONDON - July 7, 2022 - Boris Johnson resigned.", date(2022, 7, 7)),
        ("LONDON, July 7, 2022 (Reuters) - Boris Johnson resigned.", date(2022, 7, 7)),
        ("LONDON, July 7, 2022 (Reuters) — Boris Johnson resigned.", date(2022, 7, 7)),
        ("LONDON (Reuters) — July 7, 2022 — Boris Johnson resigned.", date(2022, 7, 7)),
        ("LONDON, Thursday, July 7, 2022 — Boris Johnson resigned.", date(2022, 7, 7)),
        ("RIO DE JANEIRO, Oct. 30, 2022 — Crowds gathered.", date(2022, 10, 30)),
        ("PORT-AU-PRINCE, Haiti, July 7, 2021 (AP) — The president was killed.", date(2021, 7, 7)),
        ("N'DJAMENA, Chad, April 20, 2021 (Reuters) - The army said.", date(2021, 4, 20)),
        ("ST. LOUIS, Mo., July 7, 2021 — The mayor spoke.", date(2021, 7, 7)),
        ("THE HAGUE, Netherlands, March 17, 2023 — The court issued a warrant.", date(2023, 3, 17)),
        ("NEW DELHI, Sept. 9, 2023 (PTI) -- Leaders arrived.", date(2023, 9, 9)),
        ("KUALA LUMPUR, 24 Nov 2022 - Anwar Ibrahim was sworn in.", date(2022, 11, 24)),
        ("Kyiv, March 3, 2022 — Air raid sirens sounded.", date(2022, 3, 3)),
        ("Rio de Janeiro, Oct. 30, 2022 — Crowds gathered.", date(2022, 10, 30)),
        ("New Delhi, India, Sept. 9, 2023 — Leaders arrived.", date(2023, 9, 9)),
        ("Washington, July 7, 2022 (Reuters) - The White House said.", date(2022, 7, 7)),
        ("By Jane Smith\nBRASÍLIA, Jan. 1, 2023 — Lula was sworn in.", date(2023, 1, 1)),
        ("WASHINGTON, June 20, 2021\nLawmakers returned.", date(2021, 6, 20)),
        ("WASHINGTON, June 20, 2021 —\r\nLawmakers returned.", date(2021, 6, 20)),
    ],
)
def test_real_world_datelines(text, expected):
    assert find(text) == expected


# Openings that are no dateline: a capitalised name, a preposition, a span of dates, a range.
@pytest.mark.parametrize(
    "text",
    [
        "Boris Johnson on July 7, 2022 resigned as Conservative leader.",
        "Boris Johnson, July 7, 2022 — the day he resigned — was a blur.",
        "Joe Biden, Jan. 20, 2021 — the day he took office — was cold.",
        "President Joe Biden said on July 7, 2022 — a Thursday — that talks would go on.",
        "Angela Merkel, July 17, 1954 — born in Hamburg — grew up in the East.",
        "ELIZABETH II, April 21, 1926 – Sept. 8, 2022\nThe Queen died at Balmoral.",
        "On July 7, 2022 — the day Boris Johnson resigned — sterling rose.",
        "Today, July 7, 2022 — a day to remember.",
        "In Kyiv, March 3, 2022 — sirens sounded.",
        "NEW YORK, Sept. 9-10 — the festival ran for two days.",
        "Updated July 7, 2022, 10:31 GMT",
        "Washington (AP) July 7, 2022 — officials said.",  # title case needs a comma or a dash
    ],
)
def test_no_dateline_in_ordinary_openings(text):
    assert find(text) is None


def test_wire_dateline_without_a_year_gives_month_and_day_only():
    found = read("LONDON, July 7 (Reuters) - Boris Johnson resigned.")
    assert (found.date, found.month, found.day, found.place, found.year_missing) == (None, 7, 7, "LONDON", True)
    assert find("LONDON, July 7 (Reuters) - Boris Johnson resigned.") is None


def test_wire_dateline_without_a_year_takes_it_from_the_opening():
    text = "Published July 7, 2022 10:31 GMT\nLONDON, July 7 (Reuters) - Boris Johnson resigned."
    found = read(text)
    assert (found.date, found.year_missing) == (date(2022, 7, 7), True)
    assert find(text) == date(2022, 7, 7)
    # another day's full date is no year for it
    assert find("Published July 8, 2022\nLONDON, July 7 (Reuters) - Johnson resigned.") is None


def test_a_later_full_dateline_wins_over_a_yearless_one():
    assert find("LONDON, July 7 (Reuters) - x\nPARIS, July 8, 2022 — y") == date(2022, 7, 8)


def test_yearless_day_that_never_exists():
    assert read("LONDON, Feb. 30 (Reuters) - x") is None
    assert read("LONDON, Feb. 29 (Reuters) - x").day == 29  # in a leap year


@pytest.mark.parametrize(
    "sentence, story",
    [
        ("WASHINGTON, July 7, 2022 — In 2014, Biden visited Kyiv.", "In 2014"),
        ("LONDON, July 7 (Reuters) - In 2016, Britain voted to leave.", "In 2016"),
        ("WASHINGTON (AP) — In 2014, Biden visited Kyiv.", "In 2014"),
        ("BRASÍLIA, Jan. 1, 2023 — In 2003, Lula took office.", "In 2003"),
        ("KYIV, Ukraine — In 2014, Russia annexed Crimea.", "In 2014"),
    ],
)
def test_opening_is_where_the_story_begins(sentence, story):
    assert sentence[opening(sentence):].startswith(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2014, Biden visited Kyiv.",
        "Biden — then vice president — visited Kyiv in 2014.",
        "Boris Johnson, July 7, 2022 — the day he resigned — was a blur.",
        "the talks — in 2014 — failed.",
        "US-Russia talks, in 2014, failed.",  # a hyphen inside a word is no dash
        "",
    ],
)
def test_no_opening_dateline(sentence):
    assert opening(sentence) == 0
