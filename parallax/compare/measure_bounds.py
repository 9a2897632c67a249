"""Whether two measures can both be right, two bounds the same way read as two outlets' figures.

"winds of up to 80 mph (130 km/h)" / "vientos de hasta 210 km/h": each "up to" made its measure a range open below, and
two such ranges always meet, so the storm's peak wind, given 80 mph against 130 mph once converted, was no conflict;
nor was "up to 130 km/h" / "up to 210 km/h" as counts, since :mod:`.measures` read the bracketed pair as one measure that
agreed with the other side.  As :func:`.hedges.fits` does for counts, two upper bounds ("up to", "nearly") are the
highest each outlet gives, and meet only where the two highs are within a tenth of each other (beyond the rounding each
measure already allows); two lower bounds ("more than") likewise.  Temperatures keep their ranges (a bound below
zero has no such tenth).
"""

from __future__ import annotations

_SPREAD = 0.1  # two outlets' bounds the same way agree within this share of the larger (as hedges.fits)
_INF = float("inf")


def measures_meet(kind: str, lo_a: float, hi_a: float, lo_b: float, hi_b: float) -> bool:
    """Whether two measures of one kind, each a range (lowest, highest), can both be right (see the module)."""
    if kind != "temperature" and lo_a == lo_b == -_INF and min(hi_a, hi_b) > 0:
        return min(hi_a, hi_b) >= (1 - _SPREAD) * max(hi_a, hi_b)
    if kind != "temperature" and hi_a == hi_b == _INF and min(lo_a, lo_b) > 0:
        return min(lo_a, lo_b) >= (1 - _SPREAD) * max(lo_a, lo_b)
    return lo_a <= hi_b and lo_b <= hi_a
