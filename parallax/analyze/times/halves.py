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


# the smaller unit a decimal measure's fraction is told in, beside its whole units ("2.25 hours" is PT2H15M)
_WHOLE_AND_PART = {"day": (24, "P{}DT{}H"), "hour": (60, "PT{}H{}M"), "minute": (60, "PT{}M{}S")}


def decimal_measure(n: float, unit: str) -> str | None:
    """The ISO 8601 duration of a measure written with decimals ("3,5 godziny", "1.5 years", "2.25 hours"): a half
    as :func:`half_more` writes it, another fraction in the next smaller unit; None where that is no whole number."""
    whole = int(n)
    if n == whole:
        return None  # "2.0 hours": left alone, as a plain figure would be read
    if n - whole == 0.5:
        return half_more(n, unit)
    if unit in _WHOLE_AND_PART:
        factor, form = _WHOLE_AND_PART[unit]
        part = (n - whole) * factor
        return form.format(whole, round(part)) if abs(part - round(part)) < 1e-6 and whole else None
    factor, form = _SMALLER.get(unit, (0, ""))
    total = n * factor
    return form.format(round(total)) if factor and abs(total - round(total)) < 1e-6 else None
