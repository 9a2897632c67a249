"""QA round 40a: invented reports of one event in Spanish, German, French, Italian, Portuguese, Dutch, Polish and
English against Spanish and German (a derailment, a vote, a transfer, a wildfire, a ruling, quarterly results, a storm
whose toll rises between reports).

What it found and mended, each with a case that must not change:

- an Italian count with a thousands point, "1.200 persone", "12.500 abitanti", was a clock time at 1:00 or 12:00 and
  no count at all, so a wildfire's evacuees met no other outlet's figure: with no "alle" before it the hour took a
  point and two figures that were the first two of three (``analyze/timelex/it.py``).
"""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nel comune sono stati contati 3.450 sfollati dopo la frana.", 3450.0, "sfollati"),
        ("La diga trattiene 14.800 metri cubi d'acqua, dice il consorzio.", 14800.0, None),
    ],
)
def test_italian_thousands_point_is_a_count_not_a_clock(text: str, value: float, unit: str | None) -> None:
    art = analyzed(text, "it", "2026-11-20T10:00:00+00:00")
    assert not [t for t in art.times if t.value and "T" in t.value]
    assert value in [q.value for q in art.quantities]
    if unit:
        assert (value, unit) in [(q.value, q.unit) for q in art.quantities]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Il traghetto è partito 6.45 da Olbia.", "6.45", "2026-11-20T06:45"),
        ("La riunione è iniziata alle 17.15 in prefettura.", "alle 17.15", "2026-11-19T17:15"),
    ],
)
def test_italian_clock_with_minutes_stays(text: str, expr: str, value: str) -> None:
    assert resolved("it", text, "2026-11-20T10:00:00+00:00").get(expr) == value
