"""checker.names: how names are folded and which shorter forms also find a person."""
from __future__ import annotations

from checker import load
from checker.index import ReferenceIndex
from checker.names import fold, short_forms
from checker.resolve import ArticleContext, person


def test_fold_ignores_case_diacritics_and_punctuation():
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert fold("Joseph R. Biden Jr.") == "joseph r biden jr"
    assert fold("Jean-Yves Le Drian") == "jean yves le drian"


def test_short_forms_drop_middle_initials_and_suffixes_only():
    assert short_forms("Mark A. Milley") == ["mark milley"]
    assert short_forms("Joseph R. Biden Jr.") == ["joseph biden"]
    assert short_forms("George H. W. Bush") == ["george bush"]
    assert short_forms("Anders Fogh Rasmussen") == []  # a middle name is part of the name
    assert short_forms("J. D. Vance") == []  # initials are all the first name there is
    assert short_forms("Vladimir Putin") == []


def test_a_name_without_its_middle_initial_is_an_exact_match(tmp_path):
    (tmp_path / "base.yaml").write_text(
        "sources:\n  - {id: desk, title: Desk, snapshot: 2023-01-01}\n"
        "people:\n"
        "  - {id: Q1, name: Mark A. Milley, source: desk}\n"
        "  - {id: Q2, name: George H. W. Bush, source: desk}\n"
        "  - {id: Q3, name: George W. Bush, source: desk}\n", encoding="utf-8")
    index = ReferenceIndex(load.load(load.files_in(tmp_path, "ref")), "test")
    found = person(index, "Mark Milley", ArticleContext())
    assert (found.ids, found.how) == (("Q1",), "exact")  # no spelling finding for a dropped initial
    both = person(index, "George Bush", ArticleContext())
    assert set(both.ids) == {"Q2", "Q3"}  # truly ambiguous: the office and time must decide
