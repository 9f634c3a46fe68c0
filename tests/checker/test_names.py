"""checker.names: how names are folded and which shorter forms also find a person."""
from __future__ import annotations

from checker import load
from checker.index import ReferenceIndex
from checker.names import fold, given_name_forms, short_forms, transliterations
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


def test_given_names_in_their_other_standard_romanisations():
    assert short_forms("Sergey Sobyanin") == ["sergei sobyanin"]
    assert set(short_forms("Dmitry Patrushev")) == {"dmitri patrushev", "dmitriy patrushev", "dmitrii patrushev"}
    assert set(short_forms("Yuriy Borisov")) == {"yuri borisov", "yury borisov", "yurii borisov"}
    assert short_forms("Nikolay Shulginov") == ["nikolai shulginov"]
    assert short_forms("Ebrahim Raisi") == ["ibrahim raisi"]
    assert "evgeny prigozhin" in short_forms("Yevgeny Prigozhin")
    assert "muhammad bin salman" in short_forms("Mohammed bin Salman")
    # with a dropped middle initial too
    assert "sergei sobyanin" in short_forms("Sergey S. Sobyanin")


def test_romanisations_stay_narrow():
    # no rule for these: a misspelling must still differ from every form
    assert short_forms("Vladimir Putin") == []
    assert short_forms("Volodymyr Zelensky") == []  # a surname keeps its spelling (its variants are aliases)
    assert short_forms("Kay Ivey") == []  # -ay only in a given name of six letters or more
    assert short_forms("Corey Booker") == []
    assert short_forms("Henry Kissinger") == []  # -y/-i only for the listed Slavic stems
    assert transliterations("sergey") == []  # a single word is no full name
    assert given_name_forms("sergie") == ()


def test_a_romanisation_of_the_given_name_is_an_exact_match(tmp_path):
    (tmp_path / "base.yaml").write_text(
        "sources:\n  - {id: desk, title: Desk, snapshot: 2023-01-01}\n"
        "people:\n"
        "  - {id: Q1, name: Sergey Sobyanin, source: desk}\n"
        "  - {id: Q2, name: Yury Borisov, source: desk}\n"
        "  - {id: Q3, name: Ebrahim Raisi, source: desk}\n", encoding="utf-8")
    index = ReferenceIndex(load.load(load.files_in(tmp_path, "ref")), "test")
    for written, pid in (("Sergei Sobyanin", "Q1"), ("Yuri Borisov", "Q2"), ("Yuriy Borisov", "Q2"),
                         ("Ibrahim Raisi", "Q3")):
        found = person(index, written, ArticleContext())
        assert (found.ids, found.how) == ((pid,), "exact"), written  # no spelling finding
    misspelt = person(index, "Sergie Sobyanin", ArticleContext())
    assert (misspelt.ids, misspelt.how) == (("Q1",), "fuzzy")  # still a spelling finding


def test_folding_many_names_at_once_is_folding_each():
    import random

    from checker.names import fold_all

    written = ["Joseph R. Biden Jr.", "Jean-Yves  Le Drian", "Recep Tayyip Erdoğan", "O'Rourke",
               "Ngozi Okonjo\u2013Iweala", "\tTab\x0bbed\x1c Name ", "A\0B", "", "Ł. Ø", "Mc–Donald. "]
    assert fold_all(written) == [fold(name) for name in written]
    assert fold_all(written[:6]) == [fold(name) for name in written[:6]]  # every one plain ASCII but one
    rnd = random.Random(7)
    alphabet = [chr(i) for i in range(1, 128)] + list("ğıłøÉé’‘–‐")
    names = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(20_000)]
    assert fold_all(names) == [fold(name) for name in names]
    # the ASCII way and the way of other names agree
    assert fold("Jean-Yves  Le Drian.") == fold("Jéan–Yves Le Drian") == "jean yves le drian"
