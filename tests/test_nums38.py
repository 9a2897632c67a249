"""Counts and measures that were missed or met the wrong noun (session 38)."""

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


def _units(text: str) -> list[tuple[float, str | None]]:
    from tests.helpers import QA_PUBLISHED, analysed_articles

    (art,) = analysed_articles([text], "en", QA_PUBLISHED)
    return [(q.value, q.unit) for q in art.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party won 167 seats in the 460-seat Sejm on Sunday.", [(167.0, "seat"), (460.0, "seat-sejm")]),
        ("The 300-bed hospital took in 40 patients on Monday.", [(300.0, "bed-hospital"), (40.0, "patient")]),
        ("A 5,000-strong crowd marched on Monday.", [(5000.0, "strong")]),
    ],
)
def test_a_count_hyphened_to_a_noun_before_another_noun_describes_that_noun(text, expected):
    assert _units(text) == expected


def test_a_chambers_size_does_not_meet_the_seats_won():
    a = "The party won 167 seats in the 460-seat Sejm, officials said on Tuesday."
    b = "The party won 460 seats in the Sejm, officials said on Tuesday."
    assert first_sentence_conflicts(a, b, "en") == [("number", {"a": [167.0], "b": [460.0], "unit": "seat"})]


def test_a_measure_hyphened_to_a_noun_keeps_its_unit():
    assert _units("Police caught him after a 5-km chase.") == [(5.0, "km")]
