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
    if _round_thousands(x[0], y[0]):
        return True
    (coarse, dc), (fine, df) = sorted(((x[0], decimals(x[0])), (y[0], decimals(y[0]))), key=lambda p: p[1])
    if dc == df or abs(fine - coarse) > 0.05 * max(abs(fine), abs(coarse)):
        return False
    return math.isclose(math.floor(fine * 10**dc + 0.5) / 10**dc, coarse)


_ROUND_FROM = 1000  # below it a figure is a count the press gives exactly ("28 dead" / "30 dead" conflict)


def _zeros(v: float) -> int:
    n, k = int(abs(v)), 0
    while n and n % 10 == 0:
        n, k = n // 10, k + 1
    return k


def _round_thousands(a: float, b: float) -> bool:
    """Whether one large whole figure is the other rounded to its thousands or more ("48,000" / "50 mila", "50.000"):
    the rounder figure ends in three zeros or more and more than the other, the other rounds to it at that place,
    and the two are within 5% ("45,000" / "50,000" differ)."""
    if a != int(a) or b != int(b) or min(abs(a), abs(b)) < _ROUND_FROM or a == b:
        return False
    coarse, fine = (a, b) if _zeros(a) > _zeros(b) else (b, a)
    z = _zeros(coarse)
    if z < 3 or abs(fine - coarse) > 0.05 * max(abs(fine), abs(coarse)):
        return False
    return math.floor(fine / 10**z + 0.5) * 10**z == coarse
