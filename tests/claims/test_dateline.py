"""The article's date from its dateline or a first line that is only a date."""
from __future__ import annotations

from datetime import date

import pytest

from claims.dateline import find


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
        "MOSCOW, March 3 (Reuters) - Russia said it would respond.",  # no year to take
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
