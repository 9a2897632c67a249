"""The compound rule of number words (:func:`parallax.analyze.numwords.compound_value`): hundreds and
thousands multiply what precedes them, and so does every larger power of ten, by place (Thai "หมื่น"
and "แสน", Hungarian "kétmillió"); a sequence stops where it stops making sense."""

from __future__ import annotations

import pytest

from parallax.analyze.numwords import compound_value


@pytest.mark.parametrize(
    ("values", "found"),
    [
        ([2, 100, 12], (212, 3)),  # two hundred and twelve
        ([14, 100], (1400, 2)),  # fourteen hundred
        ([1000, 2, 100], (1200, 3)),  # mille duecento
        ([2, 1000, 3, 100, 45], (2345, 5)),  # two thousand three hundred and forty-five
        ([3, 1e4, 5, 1000], (35_000, 4)),  # สามหมื่นห้าพัน
        ([1, 1e5, 2, 1e4], (120_000, 4)),  # หนึ่งแสนสองหมื่น
        ([1, 1e6, 2, 1e5], (1_200_000, 4)),  # หนึ่งล้านสองแสน
        ([2, 1000, 5, 100, 1e6], (2_500_000_000, 5)),  # สองพันห้าร้อยล้าน: the million multiplies all before it
        ([2, 1e6], (2_000_000, 2)),  # kétmillió
        ([0.5, 1e6], (500_000, 2)),  # fél millió
        ([1e6, 2, 100, 1000], (1_200_000, 4)),  # sejuta dua ratus ribu
        ([2000, 500], (2500, 2)),  # ألفين وخمسمئة
    ],
)
def test_multipliers_compose_by_place(values, found):
    assert compound_value(values) == found


@pytest.mark.parametrize(
    ("values", "used"),
    [
        ([5, 6], 1),  # "five six": five, then six
        ([1000, 1000], 1),  # a thousand, then a thousand
        ([1e5, 1e4], 1),  # no count between two places
        ([2000, 1000], 1),  # "ألفين ألف"
        ([3, 4], 1),  # สามสี่: three or four
        ([20, 3], 1),  # tens and a unit as two words are two counts (the tables hold "twenty-three")
    ],
)
def test_a_sequence_stops_where_it_stops_making_sense(values, used):
    assert compound_value(values)[1] == used
