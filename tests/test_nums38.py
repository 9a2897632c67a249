"""Counts and measures that were missed or met the wrong noun (session 36)."""

from __future__ import annotations

import pytest

from tests.helpers import first_sentence_conflicts

_WATER = "The river burst its banks and the water reached {} from the school on Tuesday, officials said."


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("500 metres", "0.5 km", False),
        ("500 metres", "a third of a mile", False),
        ("800 metres", "half a mile", False),
        ("500 metres", "0.8 km", True),
        ("1,500 metres", "3 miles", True),
    ],
)
def test_a_metre_figure_meets_a_distance_in_kilometres_or_miles(a, b, conflict):
    found = first_sentence_conflicts(_WATER.format(a), _WATER.format(b), "en")
    assert bool(found) is conflict, found


def test_a_height_and_a_distance_on_one_side_stay_apart():
    a = "A 3-metre surge flooded homes 2 km inland, officials said on Tuesday."
    b = "A 10-foot surge flooded homes 2 km inland, officials said on Tuesday."
    assert first_sentence_conflicts(a, b, "en") == []
