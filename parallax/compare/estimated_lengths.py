"""Whether two lengths of time of aligned sentences can both be right, one or both an estimate ("about three
hours" / "about four hours").

Kept apart from :mod:`.durations`, which finds the lengths, so the rule reads on its own.  Two exact lengths
agree only when equal.  An estimate is read as a hedged count is (:func:`parallax.compare.hedges.bounds`:
"about 200" allows 10% either way, and two estimates are two outlets' figures that agree when within 10%),
with one difference: a length is said in whole units of its own ("about three hours" is three to the nearest
hour), so its give is at least one of that unit.  "about three hours" agrees with "four hours" and with
"about four hours", "about 40 days" with "about 42 days"; "about three hours" and "about ten hours" (or
"seven hours") are a conflict.  A bound ("more than three hours", "within three hours") is no measure at all
and never reaches here.
"""

from __future__ import annotations

import re

_COMPONENT = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
# seconds in one of each unit of an ISO 8601 duration, before and after its "T"
_DATE_UNIT = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400}
_TIME_UNIT = {"H": 3600, "M": 60, "S": 1}


def unit_seconds(value: str) -> float:
    """Seconds in the smallest unit a duration is told in: an hour for ``PT3H``, a minute for ``PT2H30M``."""
    date, _, time = value.partition("T")
    if found := _COMPONENT.findall(time):
        return _TIME_UNIT[found[-1][1]]
    found = _COMPONENT.findall(date)
    return _DATE_UNIT[found[-1][1]] if found else 0.0


# a length told in years and months only ("P3Y6M", "P42M", "P1Y"): the seconds of a year (365 days) and of twelve
# months (360) differ, so "trois ans et demi" (42 months) and "tres años y seis meses" (3 years, 6 months) are compared
# in months
_CALENDAR = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?")


def calendar_months(value: str) -> int | None:
    """The months of a length told in whole years and months only, else ``None``."""
    m = _CALENDAR.fullmatch(value)
    return int(m.group(1) or 0) * 12 + int(m.group(2) or 0) if m and any(m.groups()) else None


def _give(value: str, seconds: float) -> float:
    return max(0.1 * seconds, unit_seconds(value))


def lengths_fit(x: tuple, y: tuple) -> bool:
    """Whether two lengths, (ISO value, seconds, ..., estimated), can both be right (see the module)."""
    (vx, sx, *_, ax), (vy, sy, *_, ay) = x, y
    if not ax and not ay:
        mx, my = calendar_months(vx), calendar_months(vy)
        return mx == my if mx is not None and my is not None else sx == sy
    give = max(_give(vx, sx) if ax else 0.0, _give(vy, sy) if ay else 0.0)
    return abs(sx - sy) <= give
