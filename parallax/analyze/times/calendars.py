"""Calendar arithmetic the day handlers need, apart from any text: Western Easter and the holidays
counted from it or from a weekday of a month, and the Solar Hijri (Persian) calendar.

Kept apart from :mod:`.days` because it is plain date arithmetic, tested and read on its own.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta


def _day(y: int, m: int, d: int) -> str | None:
    """The day ``y-m-d`` in ISO form; None where there is no such day ("2026-02-30")."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ll) // 433
    month = (h + ll - 7 * m + 90) // 25
    return date(year, month, (h + ll - 7 * m + 33 * month + 19) % 32)


def _holiday(spec: str, year: int) -> date:
    if spec.startswith("easter"):
        return _easter(year) + timedelta(days=int(spec[6:]))
    if spec.startswith("nth:"):
        _, month, weekday, n = spec.split(":")
        mo, wd, k = int(month), int(weekday), int(n)
        if k > 0:
            first = date(year, mo, 1)
            return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (k - 1))
        last = date(year, mo, monthrange(year, mo)[1])
        return last - timedelta(days=(last.weekday() - wd) % 7)
    mo, d = spec.split("-")
    return date(year, int(mo), int(d))


_FARVARDIN_1404 = date(2025, 3, 21)  # 1 Farvardin 1404, Nowruz 2025: where the year count starts
_SOLAR_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))


def _solar_leap(year: int) -> bool:
    """The 33-year arithmetic rule of the Solar Hijri calendar (leap where the year's remainder by 33 is
    1, 5, 9, 13, 17, 22, 26 or 30). It gives the calendar Iran observes for 1343-1472 AP (1964-2094),
    as 1399, 1403 and 1408 leap, 1407 not."""
    return year % 33 in _SOLAR_LEAP


def _solar_to_gregorian(year: int, month: int, day: int) -> str | None:
    """A Solar Hijri date as an ISO Gregorian one: months 1-6 have 31 days, 7-11 30, Esfand 29 (30 in a leap year)."""
    if not (1300 <= year <= 1500 and 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30 if month <= 11 else 29 + _solar_leap(year))):
        return None
    lo, hi = sorted((year, 1404))
    years = sum(365 + _solar_leap(y) for y in range(lo, hi))
    start = _FARVARDIN_1404 + timedelta(days=years if year > 1404 else -years)
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return (start + timedelta(days=offset + day - 1)).isoformat()
