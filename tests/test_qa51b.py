"""QA round 51b (European languages): "a dozen" without an article ("około tuzina osób", "около дюжины человек",
"ett dussin"), the Baltic word for one before a person where the clause tells a casualty ("žuvo vienas žmogus"),
..."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities.values import approximate_range
from parallax.compare.roles import role
from tests.helpers import analyzed, compared_conflicts


def _roles(text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    a = analyzed(text, lang)
    return [(q.text, q.value, role(a.text, q)) for q in a.quantities]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Rannych zostało około tuzina osób.", "pl", [("tuzina", 12.0, "injured")]),
        ("Пострадали около дюжины человек.", "ru", [("дюжины", 12.0, "injured")]),
        ("Пострадали две дюжины человек.", "ru", [("две дюжины", 24.0, "injured")]),
        ("Zraněno bylo tucet lidí.", "cs", [("tucet", 12.0, "injured")]),
        ("Zranenie utrpel tucet ľudí.", "sk", [("tucet", 12.0, "injured")]),
        ("Egy tucat ember megsérült.", "hu", [("Egy tucat", 12.0, "injured")]),
        ("Ett dussin personer skadades.", "sv", [("Ett dussin", 12.0, "injured")]),
        ("Et dusin mennesker blev såret.", "da", [("Et dusin", 12.0, "injured")]),
        ("Tusina ihmistä loukkaantui.", "fi", [("Tusina", 12.0, "injured")]),
        ("Ранени са дузина души.", "bg", [("дузина", 12.0, "injured")]),
        # the plural says "dozens" and counts nothing, as English "dozens of"
        ("Kilka tuzinów osób zostało rannych.", "pl", []),
        ("Несколько дюжин человек пострадали.", "ru", []),
    ],
)
def test_a_dozen_without_an_article_is_an_approximate_twelve(text, lang, found) -> None:
    assert _roles(text, lang) == found
    for q in analyzed(text, lang).quantities:
        low, high = approximate_range(q.text, q.value, lang) or (None, None)
        assert low is not None and low < q.value < high


def test_a_dozen_against_fifteen_is_no_conflict_but_against_forty_is() -> None:
    a = "W pożarze hali w Gdańsku w środę rannych zostało około tuzina osób."
    near = "W pożarze hali w Gdańsku w środę rannych zostało 13 osób."
    far = "W pożarze hali w Gdańsku w środę rannych zostało 40 osób."
    assert compared_conflicts([a, near], "pl") == []
    assert [(k, v["a"], v["b"]) for k, v in compared_conflicts([a, far], "pl")] == [("number", [12.0], [40.0])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Per avariją žuvo vienas žmogus.", "lt", [("vienas žmogus", 1.0, "dead")]),
        ("Vienas žmogus buvo sužeistas.", "lt", [("Vienas žmogus", 1.0, "injured")]),
        ("Avārijā gāja bojā viens cilvēks.", "lv", [("viens cilvēks", 1.0, "dead")]),
        ("Viens cilvēks tika ievainots.", "lv", [("Viens cilvēks", 1.0, "injured")]),
        # without a death or an injury in its clause the word is the indefinite "a": "a man came"
        ("Atvyko vienas žmogus.", "lt", []),
        ("Ieradās viens cilvēks, un divi tika ievainoti.", "lv", [("divi", 2.0, "injured")]),
    ],
)
def test_the_baltic_word_for_one_counts_in_a_casualty_clause(text, lang, found) -> None:
    assert _roles(text, lang) == found


def test_one_dead_against_two_dead_conflicts_in_lithuanian() -> None:
    a = "Antradienį Kaune sprogo dujų balionas. Per sprogimą žuvo vienas žmogus."
    b = "Antradienį Kaune sprogo dujų balionas. Per sprogimą žuvo du žmonės."
    assert [(k, v["a"], v["b"]) for k, v in compared_conflicts([a, b], "lt")] == [("number", [1.0], [2.0])]


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the pronoun after "according to" is declined; it stands for the person named before, of its gender
        ("Ministryně Jana Nováková přijela v úterý. Podle ní je třeba jednat rychle.", "cs", [("je třeba jednat rychle", "Jana Nováková")]),
        ("Ministr Petr Dvořák a ministryně Jana Nováková přijeli v úterý. Podle něj byla škoda obrovská.", "cs",
         [("byla škoda obrovská", "Petr Dvořák")]),
        ("Minister Jan Kowalski przyjechał we wtorek. Według niego trzeba działać szybko.", "pl", [("trzeba działać szybko", "Jan Kowalski")]),
        ("Ministerka Jana Hudecová prišla v utorok. Podľa nej treba konať rýchlo.", "sk", [("treba konať rýchlo", "Jana Hudecová")]),
        ("Министър Иван Петров пристигна във вторник. Според него щетите са огромни.", "bg", [("щетите са огромни", "Иван Петров")]),
    ],
)
def test_a_declined_pronoun_after_according_to_is_the_person_named_before(text, lang, found) -> None:
    assert _speakers(text, lang) == found
