"""English counted nouns whose plural adds "-es" are compared in their singular form.

"three matches" had the unit "matche", "four buses" "buse" and "one bus" "bu" (the plural "s" was stripped from any
word): one match and three matches did not count one thing, and a conflict's label showed a word no reader writes.
The singular drops "-es" after ch, sh, x, ss and zz, keeps nouns whose singular ends in "-che" ("avalanches"), and
leaves a singular that ends in "ss", "us" or "sis" whole.
"""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.records import Article


def _units(text: str) -> list[str | None]:
    article = Article(id="a", text=text, language="en", published="2026-12-01T09:00:00+00:00")
    Analyzer().analyze_all([article])
    return [q.unit for q in article.quantities]


@pytest.mark.parametrize(
    ("plural", "one", "unit"),
    [
        ("three matches", "one match", "match"),
        ("five churches", "one church", "church"),
        ("two boxes", "one box", "box"),
        ("four buses", "one bus", "bus"),
        ("six classes", "one class", "class"),
        ("seven crashes", "one crash", "crash"),
        ("three avalanches", "one avalanche", "avalanche"),
        ("four houses", "one house", "house"),
        ("two prizes", "one prize", "prize"),
        ("five viruses", "one virus", "virus"),
    ],
)
def test_units50_a_plural_in_es_and_its_singular_are_one_unit(plural: str, one: str, unit: str) -> None:
    assert _units(f"Officials counted {plural} on Monday.") == [unit]
    assert _units(f"Officials counted {one} on Monday.") in ([unit], [])  # "one" may be no count, never another unit


def test_units50_plain_plurals_are_unchanged() -> None:
    assert _units("Rescuers found 12 bodies and 30 members of the crew.") == ["body", "member"]
