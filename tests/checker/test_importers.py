"""The importers reproduce the committed reference files byte for byte, and spot-checks."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.importers import IMPORTERS
from checker.importers.__main__ import run_one

PROJECT = Path(__file__).parents[2]
DATA = PROJECT.parent / "shared" / "data"
IMPORTED = PROJECT / "reference" / "imported"


def _load(name: str) -> dict:
    with open(IMPORTED / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def _terms(data: dict, person: str, office: str) -> list[tuple[str, str | None]]:
    return [(t["start"], t.get("end")) for t in data["terms"]
            if t["person"] == person and t["office"] == office]


@pytest.mark.parametrize("name", sorted(IMPORTERS))
def test_importer_reproduces_committed_file(name: str, tmp_path: Path) -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} not available")
    _module, folder = IMPORTERS[name]
    out = tmp_path / f"{name}.yaml"
    run_one(name, DATA / folder, out)
    assert out.read_bytes() == (IMPORTED / f"{name}.yaml").read_bytes()


def test_biden_presidency_and_trump_open() -> None:
    data = _load("congress-legislators")
    assert _terms(data, "Q6279", "us.president") == [("2021-01-20", "2025-01-20")]
    assert _terms(data, "Q6279", "us.vice-president") == [("2009-01-20", "2017-01-20")]
    assert _terms(data, "Q22686", "us.president") == [("2017-01-20", "2021-01-20"),
                                                      ("2025-01-20", None)]
    names = {p["id"]: p["name"] for p in data["people"]}
    assert names["Q207"] == "George W. Bush"
    assert names["Q6279"] == "Joe Biden"


def test_blinken_secretary_of_state() -> None:
    data = _load("pocom")
    assert _terms(data, "pocom:blinken-antony-j", "us.secretary-of-state") == [
        ("2021-01-26", "2025-01-20")]
    assert _terms(data, "pocom:sullivan-john-j", "us.ambassador.ru") == [
        ("2020-01-16", "2022-09-04")]


def test_putin_terms() -> None:
    data = _load("wikidata")
    president = [t for t in data["terms"] if t["person"] == "Q7747"
                 and t["office"] == "ru.president"]
    assert [(t["start"], t.get("end"), t.get("acting")) for t in president] == [
        ("1999-12-31", "2000-05-07", "yes"),
        ("2000-05-07", "2008-05-07", None),
        ("2012-05-07", None, None),
    ]
    assert _terms(data, "Q7747", "ru.prime-minister") == [
        ("1999-08-16", "2000-05-07"), ("2008-05-08", "2012-05-07")]
    assert sum(1 for p in data["people"] if p["id"] == "Q7747") == 1
