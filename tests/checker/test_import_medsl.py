"""The MEDSL Senate importer: fusion lines summed, special elections, runoffs left out, and
every winner confirmed by a congress-legislators term (small CSV snippets), and the
committed file reproduced from the data set."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from checker.importers import medsl

PROJECT = Path(__file__).parents[2]
DATA = PROJECT.parent / "shared" / "data" / "medsl-constituency-returns"
IMPORTED = PROJECT / "reference" / "imported"

HEADER = ('"year","state","state_po","state_fips","state_cen","state_ic","office","district","stage","special",'
          '"candidate","party","writein","mode","candidatevotes","totalvotes","unofficial","version"\n')


def row(year, st, candidate, party, votes, total, special="FALSE", stage="gen", writein="FALSE"):
    return (f'{year},"X","{st}",0,0,0,"US Senate","statewide","{stage}",{special},"{candidate}","{party}",'
            f'{writein},"total",{votes},{total},FALSE,20171011\n')


CONGRESS = """\
people:
  - {id: Q1, name: Kirsten Gillibrand, aliases: [Kirsten E. Gillibrand]}
  - {id: Q2, name: Ted Cruz}
  - {id: Q3, name: Amy Klobuchar}
  - {id: Q4, name: Tina Smith}
  - {id: Q5, name: John Kennedy}
  - {id: Q6, name: Chellie Pingree}
  - {id: Q7, name: Susan Collins, aliases: [Susan M. Collins]}
  - {id: Q8, name: Adam Smith}
  - {id: Q9, name: Nicholas Begich, aliases: [Nicholas J. Begich III]}
  - {id: Q10, name: Dan Sullivan}
  - {id: Q11, name: Chellie Pingree}
terms:
  - {person: Q1, office: us.senate.ny, start: '2009-01-26', end: '2013-01-03'}
  - {person: Q1, office: us.senate.ny, start: '2013-01-03', end: '2019-01-03'}
  - {person: Q1, office: us.senate.ny, start: '2019-01-03'}
  - {person: Q2, office: us.senate.tx, start: '2019-01-03'}
  - {person: Q3, office: us.senate.mn, start: '2019-01-03'}
  - {person: Q4, office: us.senate.mn, start: '2018-01-03', end: '2021-01-03'}
  - {person: Q5, office: us.senate.la, start: '2017-01-03'}
  - {person: Q6, office: us.house.me, start: '2009-01-03'}
  - {person: Q7, office: us.senate.me, start: '2003-01-03'}
  - {person: Q8, office: us.house.wa, start: '1997-01-03'}
  - {person: Q9, office: us.house.ak, start: '2023-01-03'}
  - {person: Q10, office: us.senate.ak, start: '2015-01-03'}
  - {person: Q11, office: us.house.me, start: '2009-01-03'}
"""


def build(tmp_path: Path, rows: list[str], congress: str = CONGRESS) -> tuple[dict, dict]:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir(parents=True)
    out.mkdir()
    (src / medsl.SENATE_FILE).write_bytes((HEADER + "".join(rows)).encode("latin-1"))
    (out / "congress-legislators.yaml").write_text(congress, encoding="utf-8")
    return medsl.build(src, out / "medsl.yaml")


def by_id(data: dict) -> dict[str, dict]:
    return {e["id"]: e for e in data["elections"]}


def test_election_day() -> None:
    assert medsl.election_day(2018) == date(2018, 11, 6)
    assert medsl.election_day(2016) == date(2016, 11, 8)
    assert medsl.election_day(1976) == date(1976, 11, 2)
    assert medsl.election_day(2022) == date(2022, 11, 8)


@pytest.mark.parametrize("raw, parts", [
    ('Rafael Edward "Ted" Cruz', ("cruz", {"rafael", "ted"})),
    ("Cruz, Ted", ("cruz", {"ted"})),
    ("Wyche Fowler, Jr.", ("fowler", {"wyche"})),
    ("Kirsten E. Gillibrand", ("gillibrand", {"kirsten"})),
    ("Beto O'Rourke", ("o'rourke", {"beto"})),
    ("Cindy Hyde-Smith", ("hyde-smith", {"cindy"})),
    ("Madonna", None),
])
def test_name_parts(raw, parts) -> None:
    got = medsl.name_parts(raw)
    assert (got if got is None else (got[0], set(got[1]))) == parts


def test_fusion_lines_are_summed(tmp_path) -> None:
    # Farley's republican line alone beats each of Gillibrand's lines but not their sum
    data, _ = build(tmp_path, [
        row(2018, "NY", "Kirsten E. Gillibrand", "democrat", 1500, 4000),
        row(2018, "NY", "Chele Chiavacci Farley", "republican", 1700, 4000),
        row(2018, "NY", "Kirsten E. Gillibrand", "working families", 400, 4000),
        row(2018, "NY", "Chele Chiavacci Farley", "conservative", 200, 4000),
        row(2018, "NY", "Kirsten E. Gillibrand", "independence", 150, 4000),
        row(2018, "NY", "Blank Vote/Scattering", "", 50, 4000),
    ])
    (e,) = data["elections"]
    assert (e["id"], e["office"], e["date"], e["winner"], e["runner_up"]) == (
        "us.senate.ny.2018", "us.senate.ny", "2018-11-06", "Q1", None)
    assert e["source"] == "medsl"
    assert e["cite"].endswith("/1976-2018-senate.csv#L2-L7")


def test_regular_and_special_race_of_one_state(tmp_path) -> None:
    # the two races of 2018 in Minnesota; the appointed Smith's term already ran
    data, _ = build(tmp_path, [
        row(2018, "MN", "Amy Klobuchar", "democratic-farmer-labor", 1566174, 5184235),
        row(2018, "MN", "Karin Housley", "republican", 1095777, 5184235, special="TRUE"),
        row(2018, "MN", "Jim Newberger", "republican", 940437, 5184235),
        row(2018, "MN", "Tina Smith", "democratic-farmer-labor", 1370540, 5184235, special="TRUE"),
    ])
    got = by_id(data)
    assert got["us.senate.mn.2018"]["winner"] == "Q3"
    assert got["us.senate.mn.2018-special"]["winner"] == "Q4"
    assert got["us.senate.mn.2018-special"]["date"] == "2018-11-06"
    # interleaved rows: the winner's row is cited
    assert got["us.senate.mn.2018-special"]["cite"].endswith("#L5")


def test_runoffs_are_left_out(tmp_path) -> None:
    data, summary = build(tmp_path, [
        # Louisiana: an open primary, the decisive round in December
        row(2016, "LA", "John Kennedy", "republican", 482591, 1937018),
        row(2016, "LA", "Foster Campbell", "democrat", 337494, 1937018),
        # Georgia: `pre` rows are the November round, the `gen` rows the runoff
        row(2008, "GA", "Saxby Chambliss", "republican", 1867097, 3752485, stage="pre"),
        row(2008, "GA", "Jim Martin", "democrat", 1757393, 3752485, stage="pre"),
        row(2008, "GA", "Saxby Chambliss", "republican", 1228033, 2137956),
        row(2008, "GA", "Jim Martin", "democrat", 909923, 2137956),
        # Mississippi's 2018 special: the rows are the runoff, the file does not say so
        row(2018, "MS", "Cindy Hyde-Smith", "republican", 486769, 1843803, special="TRUE"),
        row(2018, "MS", "Mike Espy", "democrat", 420819, 1843803, special="TRUE"),
        # a leader short of a majority in Georgia
        row(1996, "GA", "Max Cleland", "democrat", 1103993, 2263888),
        row(1996, "GA", "Guy Millner", "republican", 1073969, 2263888),
        row(1996, "GA", "Jack Cashin", "libertarian", 85878, 2263888),
    ])
    assert data["elections"] == []
    assert summary["runoff state (Louisiana)"] == 1
    assert summary["runoff (Georgia, Mississippi)"] == 3


def test_winner_must_have_a_fitting_term(tmp_path) -> None:
    data, summary = build(tmp_path, [
        # the leader is not in the base: left out, however famous
        row(2018, "OH", "Sherrod Brown", "democrat", 2358508, 4429582),
        row(2018, "OH", "Jim Renacci", "republican", 2053963, 4429582),
        # Cruz's term in the test base starts in 2019: it confirms 2018, not 2012
        row(2012, "TX", "Ted Cruz", "republican", 4440137, 7864822),
        row(2018, "TX", "Ted Cruz", "republican", 4260553, 8369089),
        row(2018, "TX", "Beto O'Rourke", "democrat", 4045632, 8369089),
        # a senator of another state with the same name confirms nothing
        row(2018, "ME", "Ted Cruz", "independent", 9, 10),
    ])
    assert [e["id"] for e in data["elections"]] == ["us.senate.tx.2018"]
    assert summary["winner not in the base"] == 2
    assert summary["senator's terms do not fit"] == 1


def test_runner_up_only_when_one_person_of_that_state_has_the_name(tmp_path) -> None:
    congress = CONGRESS.replace("  - {id: Q11, name: Chellie Pingree}\n", "")
    congress = congress.replace("  - {person: Q11, office: us.house.me, start: '2009-01-03'}\n", "")
    rows = [
        row(2002, "ME", "Susan M. Collins", "republican", 299266, 504776),
        row(2002, "ME", "Chellie Pingree", "democrat", 205901, 504776),
        # Linda Smith is not Adam Smith, Mark Begich not Nick Begich
        row(1998, "WA", "Patty Murray", "democrat", 1103184, 1964048),
        row(1998, "WA", "Linda Smith", "republican", 785377, 1964048),
        row(2014, "AK", "Dan Sullivan", "republican", 135445, 285431),
        row(2014, "AK", "Mark Begich", "democrat", 129431, 285431),
    ]
    got = by_id(build(tmp_path / "one", rows, congress)[0])
    assert got["us.senate.me.2002"]["runner_up"] == "Q6"
    assert got["us.senate.ak.2014"]["winner"] == "Q10" and got["us.senate.ak.2014"]["runner_up"] is None
    # two people of that name in Maine: no runner-up
    got = by_id(build(tmp_path / "two", rows)[0])
    assert got["us.senate.me.2002"]["runner_up"] is None


def test_stray_bytes_are_read(tmp_path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    body = (HEADER + row(2018, "TX", "Ted Cruz", "republican", 10, 12)).encode("latin-1")
    body += row(2018, "TX", "Jane Doe", "poor people\xc7\x90s campaign", 2, 12).encode("latin-1")
    (src / medsl.SENATE_FILE).write_bytes(body)
    (out / "congress-legislators.yaml").write_text(CONGRESS, encoding="utf-8")
    data, _ = medsl.build(src, out / "medsl.yaml")
    assert [e["winner"] for e in data["elections"]] == ["Q2"]


# --- the committed file ------------------------------------------------------------------------

def _committed() -> dict:
    with open(IMPORTED / "medsl.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def test_reproduces_committed_file(tmp_path) -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} not available")
    shutil.copy(IMPORTED / "congress-legislators.yaml", tmp_path / "congress-legislators.yaml")
    medsl.run(DATA, tmp_path / "medsl.yaml")
    assert (tmp_path / "medsl.yaml").read_bytes() == (IMPORTED / "medsl.yaml").read_bytes()


def test_committed_spot_checks() -> None:
    got = {e["id"]: e for e in _committed()["elections"]}
    assert got["us.senate.tx.2018"]["winner"] == "Q2036942"  # Ted Cruz
    assert got["us.senate.tx.2012"]["date"] == "2012-11-06"
    assert got["us.senate.me.2002"]["runner_up"] == "Q457243"  # Chellie Pingree
    assert got["us.senate.mn.2018-special"]["date"] == got["us.senate.mn.2018"]["date"] == "2018-11-06"
    assert not [i for i in got if i.startswith(("us.senate.la.", "us.senate.ga."))]
    assert "us.senate.ms.2018-special" not in got and "us.senate.ms.2018" in got
    assert all(e["source"] == "medsl" and e["cite"].startswith("https://github.com/MEDSL/") for e in got.values())
    assert len(got) >= 140


# --- the bundled base: claims about current senators' races --------------------------------

SENATORS = {  # person id -> (name, state) as the base has them
    "Q2036942": ("Ted Cruz", "Texas"), "Q22279": ("Susan Collins", "Maine"),
    "Q22237": ("Amy Klobuchar", "Minnesota"), "Q18631509": ("Tina Smith", "Minnesota"),
    "Q390491": ("Roger Wicker", "Mississippi"), "Q5120540": ("Cindy Hyde-Smith", "Mississippi"),
    "Q355522": ("Mitch McConnell", "Kentucky"), "Q359442": ("Bernie Sanders", "Vermont"),
}
FORMS = ("{n} won re-election in {y}.", "{n} won the {y} Senate race in {s}.",
         "{n} lost the {y} Senate race in {s}.", "{n} was elected to the Senate in {y}.")


@pytest.fixture(scope="module")
def bundled():
    from checker.cli import _index
    from claims.extract import Extractor
    index = _index([], quiet=True)
    return index, Extractor(index.vocabulary())


def test_bundled_senators_every_year(bundled) -> None:
    """Verified exactly for the races the file records the senator winning, conflicting only
    for "lost" of those, unknown for every other year (never "someone else won")."""
    from checker.judge import AsOf, check_article
    from claims.read import parse

    index, extractor = bundled
    won = {(e["winner"], e["date"][:4]) for e in _committed()["elections"]}
    sentences, expected = [], []
    for pid, (name, state) in SENATORS.items():
        assert index.people[pid].name == name
        for year in range(1976, 2020, 2):
            for form in FORMS:
                sentences.append(form.format(n=name, y=year, s=state))
                if (pid, str(year)) not in won:
                    expected.append("unknown")
                else:
                    expected.append("conflicting" if " lost " in form else "verified")
    text = "WASHINGTON, March 3, 2022 —\n\n" + "\n\n".join(sentences) + "\n"
    report = check_article(parse(text, "a.txt"), extractor, index, AsOf(date(2022, 3, 3), "option"))
    got = {text.count("\n", 0, v.claim.start): v for v in report.verdicts if v.claim.kind == "election"}
    wrong = [(s, e, got[2 + 2 * i].verdict if 2 + 2 * i in got else None)
             for i, (s, e) in enumerate(zip(sentences, expected))
             if (got[2 + 2 * i].verdict if 2 + 2 * i in got else None) != e]
    assert not wrong, wrong[:10]
    assert expected.count("verified") >= 30
