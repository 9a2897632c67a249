"""Session 55, helper qa55a: English across outlets (US, UK, Irish, Canadian, Australian, Indian, Pakistani,
Nigerian, Ghanaian, Philippine and Singaporean papers and wires) on a court verdict, an election count, a port
strike, a cyclone, a rail crash, a central bank decision and a sports final: the session's known leftovers and the
sets' findings (each fix has a test below with an invented sentence)."""

from __future__ import annotations

from tests.helpers import analyzed, compared_conflicts


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.value) for q in analyzed(text, "en").quantities]


def test_hundreds_and_thousands_of_people_are_floors_of_one_and_ten_hundred() -> None:
    # a vague plural counts at least one of its unit: "hundreds" 100 or more, "tens of thousands" 10,000 or more
    assert _figures("Hundreds of villagers were moved to school buildings.") == [("Hundreds", 100.0)]
    assert _figures("Tens of thousands of commuters were stranded.") == [("Tens of thousands", 10_000.0)]
    assert _figures("Hundreds of thousands of homes lost power.") == [("Hundreds of thousands", 100_000.0)]
    # a figure above the floor agrees with it; one below it does not
    above = ["Thousands of villagers were moved to school buildings.", "About 3,400 villagers were moved to school buildings."]
    assert compared_conflicts(above, "en") == []
    below = ["Thousands of villagers were moved to school buildings.", "About 340 villagers were moved to school buildings."]
    assert [k for k, _ in compared_conflicts(below, "en")] == ["number"]
    # two floors never conflict ("dozens" and "hundreds" both allow 150)
    floors = ["Dozens of villagers were moved to school buildings.", "Hundreds of villagers were moved to school buildings."]
    assert compared_conflicts(floors, "en") == []

