"""Two figures one of which is the other rounded: one figure, not a conflict.

Outlets round a precise figure ("38.2% of the vote") to fewer decimals ("38% of the vote"); read as exact
values the two would conflict.  Used by :func:`parallax.compare.hedges.fits` on exact figures (bounds
are ``(value, lowest, highest)``).
"""

from __future__ import annotations

import math


def decimals(v: float) -> int:
    text = repr(float(v))
    return 0 if "e" in text else len(text.split(".")[1].rstrip("0"))


def rounded(x: tuple[float, float, float], y: tuple[float, float, float]) -> bool:
    """Whether one exact figure is the other rounded to its fewer decimals ("38%" / "38.2%", "30%" / "29.5%"),
    and close to it (within 5%: "4%" is no rounding of "4.4%").  The decimals are the value's: "1.2 million"
    is 1,200,000, a whole figure, so "1 million" is no rounding of it."""
    if x[0] != x[1] or x[0] != x[2] or y[0] != y[1] or y[0] != y[2]:
        return False
    (coarse, dc), (fine, df) = sorted(((x[0], decimals(x[0])), (y[0], decimals(y[0]))), key=lambda p: p[1])
    if dc == df or abs(fine - coarse) > 0.05 * max(abs(fine), abs(coarse)):
        return False
    return math.isclose(math.floor(fine * 10**dc + 0.5) / 10**dc, coarse)
