"""Comparison QA, round 28t: a toll of people against a toll of one kind of person.  "Two workers were
killed and seven injured" / "Nine workers were injured": the report whose toll sentence names the workers
and counts the injured as people (or by the casualty word alone) gives the same toll as the other's injured
workers, so the two figures meet (:mod:`parallax.compare.kind_tolls`), also in sentences the meaning alone
does not pair (:func:`parallax.compare.casualties.casualty_links`).  Invented reports, with the cases that
must stay no conflict: a group of the victims against the toll, two groups each report names, a part
against its whole, a kind that is no person."""

from __future__ import annotations

import pytest

from parallax.compare.casualties import casualty_links
from parallax.compare.kind_tolls import meets_toll
from tests.helpers import analysed_articles, compared_conflicts, first_sentence_conflicts


def _numbers(conflicts: list[tuple[str, dict]]) -> list[tuple[list[float], list[float]]]:
    return [(v["a"], v["b"]) for kind, v in conflicts if kind == "number"]


# a toll of people whose sentence names a kind of person, against another report's toll of that kind
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "Two workers were killed and seven people injured in the blast at the Orrin mill.",
         "Nine workers were injured in the blast at the Orrin mill.", ([7.0], [9.0])),
        ("en", "Two workers were killed and seven injured in the blast at the Orrin mill.",
         "Nine workers were injured in the blast at the Orrin mill.", ([7.0], [9.0])),
        ("uk", "Вибух на фабриці в Оріні: загинули двоє робітників, ще 7 травмовані.",
         "Ще 9 працівників отримали травми.", ([7.0], [9.0])),
        ("de", "Bei der Explosion in der Mühle von Orrin wurden zwei Arbeiter getötet und sieben Menschen verletzt.",
         "Neun Mitarbeiter wurden bei der Explosion in der Mühle von Orrin verletzt.", ([7.0], [9.0])),
        ("fr", "L'explosion à la minoterie d'Orrin a tué deux ouvriers et fait sept blessés.",
         "Neuf ouvriers ont été blessés dans l'explosion à la minoterie d'Orrin.", ([7.0], [9.0])),
        ("fr", "L'explosion à la minoterie d'Orrin a tué deux ouvriers et blessé sept personnes.",
         "Neuf salariés ont été blessés dans l'explosion à la minoterie d'Orrin.", ([7.0], [9.0])),
    ],
)  # fmt: skip
def test_a_toll_of_people_meets_a_toll_of_the_kind_its_sentence_names(lang, a, b, values):
    assert _numbers(first_sentence_conflicts(a, b, lang)) == [values]
    assert _numbers(compared_conflicts([a, b], lang)) == [values]


def test_injured_people_of_both_reports_still_meet():
    a = "Two workers were killed and seven injured in the blast at the Orrin mill."
    b = "Two workers died and nine people were injured in the blast at the Orrin mill."
    assert _numbers(compared_conflicts([a, b], "en")) == [([7.0], [9.0])]


def test_the_tolls_are_joined_where_the_meaning_does_not_pair_their_sentences():
    """Each report's only count of the injured, one of people, one of the workers, in sentences worded apart."""
    a = ("Вибух стався у вівторок уранці на фабриці в Оріні. Загинули двоє робітників, ще 7 травмовані.\n\n"
         "Причини з'ясовує поліція.")  # fmt: skip
    b = ("На фабриці в Оріні у вівторок пролунав вибух. Рятувальники працювали до вечора. Ще 9 працівників отримали травми.\n\n"
         "Причини з'ясовує поліція.")  # fmt: skip
    arts = analysed_articles([a, b], "uk")
    assert ((0, 1), (1, 2)) in casualty_links(arts)
    assert _numbers(compared_conflicts([a, b], "uk")) == [([7.0], [9.0])]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        # a group of the victims against the toll: the toll's sentence names no such group
        ("en", "Seven people were injured in the blast at the Orrin mill.", "Two workers were injured in the blast at the Orrin mill."),
        ("de", "Vierzehn Menschen wurden bei den Zusammenstößen in Orrin verletzt.",
         "Zwei Polizisten wurden bei den Zusammenstößen in Orrin verletzt."),
        ("uk", "Двоє поліцейських отримали поранення під час сутичок в Оріні.",
         "Чотирнадцять людей отримали поранення під час сутичок в Оріні."),
        # a part against its whole
        ("en", "Two workers were killed and 60 people injured in the blast at the Orrin mill.",
         "Sixty workers were injured in the blast at the Orrin mill, 21 of them seriously."),
        # a kind that is no person
        ("en", "Two workers were killed and seven people injured when the blast hit the Orrin depot.",
         "Nine vehicles were wrecked when the blast hit the Orrin depot."),
    ],
)  # fmt: skip
def test_no_toll_of_a_kind_where_none_is_told(lang, a, b):
    assert not _numbers(compared_conflicts([a, b], lang))


@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "Two children and five adults were injured in the fire in Orrin.",
         "Three children and five adults were injured in the fire in Orrin.", ([2.0], [3.0])),
        ("en", "Two workers and five passengers were injured in the crash near Orrin.",
         "Three workers and five passengers were injured in the crash near Orrin.", ([2.0], [3.0])),
        ("fr", "Deux policiers et cinq manifestants ont été blessés lors des heurts à Orrin.",
         "Trois policiers et cinq manifestants ont été blessés lors des heurts à Orrin.", ([2.0], [3.0])),
    ],
)  # fmt: skip
def test_two_groups_both_reports_name_meet_their_own_kind_only(lang, a, b, values):
    assert _numbers(compared_conflicts([a, b], lang)) == [values]


def test_a_kind_that_is_no_person_is_no_toll():
    assert meets_toll("worker", {"worker", "people"})
    assert not meets_toll("vehicle", {"vehicle", "people"})
    assert not meets_toll("worker", {"people"})
