"""An English day of the month alone after a preposition ("on the 9th", "by the 20th") is that day of the month at
hand: the past one where the sentence is past, the coming one where it is future, else the nearest."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUBLISHED = "2026-03-14"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The company said on the 9th that it would close the plant.", "the 9th", "2026-03-09"),
        ("On the 2nd, the board met in private.", "the 2nd", "2026-03-02"),
        ("The vote will be held on the 20th.", "the 20th", "2026-03-20"),
        ("The deal must be signed by the 20th.", "the 20th", "2026-03-20"),
        ("The talks collapsed on the 28th.", "the 28th", "2026-02-28"),
    ],
)
def test_a_day_of_the_month_alone_is_read(sentence: str, expression: str, value: str) -> None:
    assert resolved("en", sentence, PUBLISHED).get(expression) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "He lives on the 9th floor.",
        "They met on the 20th anniversary of the attack.",
        "It finished on the 3rd attempt.",
        "Prices rose on the 9th day of the strike.",
    ],
)
def test_an_ordinal_before_a_noun_is_no_date(sentence: str) -> None:
    assert resolved("en", sentence, PUBLISHED) == {}


def test_a_month_named_after_it_still_reads_as_one_date() -> None:
    assert resolved("en", "The ship docked on the 9th of March.", PUBLISHED) == {"the 9th of March": "2026-03-09"}
