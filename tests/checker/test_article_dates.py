"""The article's date (front matter in its common forms, datelines of every style, a wire
dateline without a year) and the times sentences anchor, end to end against the bundled base:
each case here was a false alarm (a true statement judged conflicting) before."""
from __future__ import annotations

from datetime import date

import pytest

from checker.judge import DateError, as_of
from claims.read import parse

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def check(check_bundled):
    def run(text: str, path: str = "article.txt"):
        return check_bundled(text, TODAY, path)

    return run


def verdicts(report) -> dict[str, str]:
    return {v.claim.text: v.verdict for v in report.verdicts}


# --- datelines ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, claim, day",
    [
        ("BRASÍLIA, Jan. 1, 2023 — Luiz Inácio Lula da Silva, 77, was sworn in as Brazil's president "
         "for a third time.", "Luiz Inácio Lula da Silva, 77", date(2023, 1, 1)),
        ("SÃO PAULO, Brazil, Jan. 1, 2023 — Luiz Inácio Lula da Silva, 77, was sworn in.",
         "Luiz Inácio Lula da Silva, 77", date(2023, 1, 1)),
        ("LONDON — July 7, 2022 — Queen Elizabeth II, 96, accepted the resignation.", "Elizabeth II, 96",
         date(2022, 7, 7)),
        ("LONDON, July 7, 2022 (Reuters) - Queen Elizabeth II, 96, accepted the resignation.", "Elizabeth II, 96",
         date(2022, 7, 7)),
    ],
)
def test_dateline_styles_date_the_article(check, text, claim, day):
    report = check(text)
    assert (report.as_of, report.date_source) == (day, "dateline")
    assert verdicts(report)[claim] == "verified"


def test_an_ordinary_first_sentence_is_no_dateline(check):
    report = check("Boris Johnson on July 7, 2022 resigned as Conservative leader.\n")
    assert report.date_source == "today"


# --- a wire dateline without a year ---------------------------------------------------------
def test_wire_dateline_without_a_year_takes_it_from_the_front_matter(check):
    text = "---\ndate: 2022\n---\nLONDON, July 7 (Reuters) - Queen Elizabeth II, 96, accepted the resignation.\n"
    report = check(text, "a.md")
    assert (report.as_of, report.date_source) == (date(2022, 7, 7), "front-matter")
    assert verdicts(report)["Elizabeth II, 96"] == "verified"


def test_wire_dateline_without_a_year_takes_it_from_the_opening(check):
    text = "Published July 7, 2022 10:31 GMT\nLONDON, July 7 (Reuters) - Queen Elizabeth II, 96, spoke.\n"
    report = check(text)
    assert (report.as_of, report.date_source) == (date(2022, 7, 7), "dateline")


def test_wire_dateline_without_any_year_is_its_day_this_year_and_says_so(check):
    report = check("LONDON, July 7 (Reuters) - The pound rose.\n")
    assert (report.as_of, report.date_source) == (date(2026, 7, 7), "dateline-no-year")
    # a day later in the year than today: last year's (a story is not dated in the future)
    report = check("LONDON, Dec. 30 (Reuters) - The pound rose.\n")
    assert (report.as_of, report.date_source) == (date(2025, 12, 30), "dateline-no-year")


def test_without_any_year_only_what_every_year_agrees_on_is_decided(check):
    # The dateline's day is guessed in the latest year: "President Joe Biden" conflicts then
    # but held a few years before, so the article's unknown year leaves it unknown; a claim
    # that names its own time, or a weekday with its full date, is decided in any year.
    report = check("WASHINGTON, March 3 (Reuters) - President Joe Biden said the talks would go on. "
                   "In 2014, then-Vice President Joe Biden visited Kyiv. The talks began on "
                   "Wednesday, June 16, 2021.\n")
    assert report.date_source == "dateline-no-year"
    by_text = {v.claim.text: v for v in report.verdicts}
    present = by_text["President Joe Biden"]
    assert (present.verdict, present.reason) == ("unknown", "year-not-given")
    assert "gives no year" in present.explanation and "--date" in present.explanation
    assert by_text["then-Vice President Joe Biden"].verdict == "verified"
    assert by_text["Wednesday, June 16, 2021"].verdict == "verified"


def test_with_its_year_the_same_wire_story_is_judged_as_usual(check):
    report = check("WASHINGTON, March 3, 2022 (Reuters) - President Joe Biden said the talks would go on.\n")
    assert [(v.verdict, v.reason) for v in report.verdicts if v.claim.kind == "officeholder"] == [
        ("verified", "holds-office")]


def test_front_matter_date_wins_over_a_yearless_dateline(check):
    report = check("---\ndate: July 7, 2022\n---\nLONDON, July 7 (Reuters) - Queen Elizabeth II, 96, spoke.\n", "a.md")
    assert (report.as_of, report.date_source) == (date(2022, 7, 7), "front-matter")


# --- front matter dates ---------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["July 7, 2022", "7 July 2022", "2022-07-07T10:30:00Z", "2022/07/07",
                                 "Thu, 07 Jul 2022 10:30:00 +0000", "2022-07-07 10:30:00 +0100"])
def test_front_matter_date_forms(check, raw):
    report = check(f"---\ntitle: Johnson quits\ndate: {raw}\n---\nQueen Elizabeth II, 96, accepted it.\n", "a.md")
    assert (report.as_of, report.date_source) == (date(2022, 7, 7), "front-matter")
    assert verdicts(report)["Elizabeth II, 96"] == "verified"


@pytest.mark.parametrize(
    "raw, message",
    [
        ("07/08/2022", "a.md:3: front matter date '07/08/2022' is ambiguous: July 8 or August 7, 2022"),
        ("2022-02-30", "a.md:3: front matter date '2022-02-30' is not a day of the calendar"),
        ("2022", "a.md:3: front matter date '2022' gives only a year"),
        ("soon", "a.md:3: front matter date 'soon' is not a date in a form I can read"),
    ],
)
def test_front_matter_dates_refused_with_file_and_line(raw, message):
    article = parse(f"---\ntitle: Johnson quits\ndate: {raw}\n---\nBody.\n", "a.md")
    with pytest.raises(DateError) as err:
        as_of(article, None, TODAY)
    assert str(err.value).startswith(message)


# --- anchored times -------------------------------------------------------------------------
def test_opening_phrase_after_the_dateline_anchors_the_sentence(check):
    report = check("WASHINGTON, July 7, 2022 — In 2014, Vice President Joe Biden visited Kyiv.\n")
    assert report.date_source == "dateline"
    assert verdicts(report)["Vice President Joe Biden"] == "verified"


def test_a_clause_with_its_own_phrase_of_time_is_judged_then(check):
    report = check(
        "LONDON, Sept. 19, 2022 — Britain said farewell to the Queen.\n\n"
        "In 2012, then-Prime Minister David Cameron led tributes for her Diamond Jubilee, and in 2002, "
        "then-Prime Minister Tony Blair did the same for her Golden Jubilee.\n"
    )
    found = verdicts(report)
    assert found["then-Prime Minister David Cameron"] == "verified"
    assert found["then-Prime Minister Tony Blair"] == "verified"


# --- weekdays with ranges of days -----------------------------------------------------------
def test_weekday_ranges(check):
    report = check(
        "NEW YORK, Sept. 1, 2023 — The festival runs on Saturday and Sunday, Sept. 9-10, in Central Park. "
        "A fair runs Friday to Sunday, Oct. 6-8. Hearings are set for Monday, Tuesday and Wednesday, "
        "Sept. 11-13.\n"
    )
    assert verdicts(report) == {
        "Saturday and Sunday, Sept. 9-10": "verified",
        "Friday to Sunday, Oct. 6-8": "verified",
        "Monday, Tuesday and Wednesday, Sept. 11-13": "verified",
    }
