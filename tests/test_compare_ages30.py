"""An age set before a role and its holder named after a comma ("The 52-year-old owner, Peter Walsh,") is that
person's, so it meets the age another outlet gives the same name ("55-year-old Peter Walsh")."""

from __future__ import annotations

import pytest

from parallax.compare.ages import named_age
from parallax.records import Quantity
from tests.test_age_conflicts import _ages


def _name(text: str, figure: str) -> list[str] | None:
    start = text.index(figure)
    return named_age(text, Quantity(text=figure, value=float(figure), start=start, end=start + len(figure), unit="(age)"))


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("The 52-year-old owner, Peter Walsh, was questioned by detectives.", "52", ["peter", "walsh"]),
        ("A 45-year-old man, Paul Brenner, was arrested.", "45", ["paul", "brenner"]),
        ("The 61-year-old former mayor, Paul Brenner, was sentenced.", "61", ["paul", "brenner"]),
    ],
)
def test_a_role_then_a_comma_names_the_person_after_it(text: str, figure: str, name: list[str]) -> None:
    assert _name(text, figure) == name


@pytest.mark.parametrize(
    "text",
    [
        "The 52-year-old driver, police said, was taken to hospital.",  # no name after the comma
        "The 52-year-old crossed the road, Peter Walsh said.",  # no role before it
        "The 52-year-old cyclist, Peter Walsh and two others were hurt.",  # "cyclist" stays unknown: no role word
    ],
)
def test_no_name_without_a_known_role_before_the_comma(text: str) -> None:
    assert _name(text, "52") is None


def test_the_two_ages_of_one_named_owner_conflict() -> None:
    found = _ages("The 52-year-old owner, Peter Walsh, was questioned by detectives.",
                  "The warehouse owner, 55-year-old Peter Walsh, was questioned by detectives.")
    assert found == [{"a": [52.0], "b": [55.0], "unit": "age"}]
