"""Measures of time with a half in them ("a year and a half", "two and a half years", "half an hour").

Written in whole units they would lose the half ("a year and a half" read as "a year", P1Y) and then
conflict with the same span in smaller units ("18 months"); so the half goes into the next smaller unit.
"""

from __future__ import annotations

# a measure with a half: a year and a half is 18 months (a year and six months would count 545 days, 18 months
# 540); an hour, a minute or a day keeps its whole units and adds the half in the smaller one ("PT1H30M")
_SMALLER = {"decade": (120, "P{}M"), "year": (12, "P{}M"), "month": (30, "P{}D"), "week": (7 * 24, "PT{}H"), "day": (24, "PT{}H"),
            "hour": (60, "PT{}M"), "minute": (60, "PT{}S")}  # fmt: skip
_WHOLE_AND_HALF = {"day": "P{}DT12H", "hour": "PT{}H30M", "minute": "PT{}M30S"}


def half_more(n: float, unit: str) -> str:
    """The ISO 8601 duration of ``n`` units, a whole number and a half or a half alone."""
    if n > 1 and unit in _WHOLE_AND_HALF:
        return _WHOLE_AND_HALF[unit].format(int(n))
    factor, form = _SMALLER[unit]
    return form.format(round(n * factor))
