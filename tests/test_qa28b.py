"""QA defects of counts under different nouns and roles (invented sentences, aligned by hand).

One kind of person under two nouns ("lawmakers" / "MPs"), an injury said in several words ("treated for
minor injuries"), a disaster's victims as its dead ("Sono tre le vittime"), and a common noun opening
its sentence taken for the holder of a count ("L'operazione vale 28 milioni")."""

from __future__ import annotations

import pytest

from tests.helpers import first_sentence_conflicts


def _numbers(a: str, b: str, lang: str) -> list[tuple[list[float], list[float]]]:
    return [(v["a"], v["b"]) for kind, v in first_sentence_conflicts(a, b, lang) if kind == "number"]


# one kind of person under two nouns: one figure
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("en", "Eleven lawmakers voted against the fishing bill on Tuesday.", "Nine government MPs voted against the fishing bill on Tuesday.", ([11.0], [9.0])),
        ("en", "The bakery chain laid off 140 workers last week.", "The bakery chain laid off 160 employees last week.", ([140.0], [160.0])),
        ("fr", "Douze députés ont voté contre le texte sur la pêche.", "Quatorze parlementaires ont voté contre le texte sur la pêche.", ([12.0], [14.0])),
        ("es", "La fábrica despidió a 80 trabajadores en marzo.", "La fábrica despidió a 95 empleados en marzo.", ([80.0], [95.0])),
    ],
)  # fmt: skip
def test_one_kind_of_person_under_two_nouns_conflicts(lang, a, b, values):
    assert _numbers(a, b, lang) == [values]


# two groups stay two facts
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("en", "Nine senators voted against the fishing bill on Tuesday.", "Eleven representatives voted against the fishing bill on Tuesday."),
        ("en", "Eleven lawmakers voted against the fishing bill on Tuesday.", "Nine farmers protested against the fishing bill on Tuesday."),
    ],
)  # fmt: skip
def test_different_groups_stay_apart(lang, a, b):
    assert _numbers(a, b, lang) == []


# an injury said in several words, six words and more after the count
@pytest.mark.parametrize(
    "b",
    [
        "Four people were treated for minor injuries after the tram collision.",
        "Four people were taken to hospital with minor injuries after the tram collision.",
        "Four people were hospitalised after the tram collision.",
    ],
)
def test_injured_said_in_several_words(b):
    assert _numbers("Three people were slightly injured in the tram collision.", b, "en") == [([3.0], [4.0])]


def test_dead_and_treated_for_injuries_stay_apart():
    a, b = "28 people were killed in the tram collision.", "210 people were treated for minor injuries after the tram collision."
    assert _numbers(a, b, "en") == []


# a disaster's victims, where nothing else is said of them, are its dead
@pytest.mark.parametrize(
    ("lang", "a", "b", "values"),
    [
        ("it", "Due persone sono morte nel crollo della passerella.", "Sono tre le vittime del crollo della passerella.", ([2.0], [3.0])),
        ("en", "Three people died in the warehouse fire.", "The warehouse fire claimed four victims.", ([3.0], [4.0])),
        ("es", "Cinco personas murieron en el derrumbe del muro.", "El derrumbe del muro dejó seis víctimas.", ([5.0], [6.0])),
    ],
)  # fmt: skip
def test_victims_are_the_dead(lang, a, b, values):
    assert _numbers(a, b, lang) == [values]


def test_injured_victims_are_no_dead():
    a, b = "Five victims were injured in the knife attack.", "Seven people died in the knife attack."
    assert _numbers(a, b, "en") == []


# a common noun opening its sentence is no holder (a language without an entity model)
def test_elided_article_makes_no_holder():
    a, b = "L'operazione vale 28 milioni di euro.", "Al Sassuolo vanno 25 milioni di euro."
    assert _numbers(a, b, "it") == [([28000000.0], [25000000.0])]


def test_names_opening_their_sentence_still_hold_counts():
    assert _numbers("L'Inter ha speso 28 milioni di euro.", "La Juventus ha speso 25 milioni di euro.", "it") == []


@pytest.mark.parametrize(
    ("a_text", "b_text", "conflicts"),
    [
        # a party opening the sentence as the holder's modifier, which each article writes as a name elsewhere too
        ("Labour lawmakers won 27 seats in the vote, a gain for Labour.",
         "Conservative MPs won 30 seats in the vote, the best result for the Conservative party.", []),
        # one party on both sides: one count, compared
        ("Labour lawmakers won 27 seats in the vote.", "Labour MPs won 30 seats in the vote, a gain for Labour.", [[27.0, 30.0]]),
        # a word that merely opens the sentence is no holder
        ("Local lawmakers won 27 seats in the vote.", "Local MPs won 30 seats in the vote.", [[27.0, 30.0]]),
    ],
)  # fmt: skip
def test_an_opening_name_the_model_missed_holds_its_count(a_text, b_text, conflicts):
    from tests.helpers import first_sentence_conflicts

    assert [[*v["a"], *v["b"]] for _, v in first_sentence_conflicts(a_text, b_text, "en")] == conflicts
