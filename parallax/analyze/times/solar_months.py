"""A Solar Hijri month and its year with no day ("آذر ۱۴۰۵", "مهرماه سال ۱۴۰۵"): the Gregorian days it covers.

A Solar Hijri month straddles two Gregorian months (Azar 1405 runs from 22 November to 21 December 2026), so it
has no month value ("2026-11" would set it against a report of 3 December).  It is given the range of its days,
"2026-11-22/2026-12-21", with the granularity "month": a range of days would be compared as a day is, and two
ranges that differ as a disagreement (:func:`parallax.compare.dates.dates_conflict`), while a month's granularity
names no day, so the value can agree with another report's day (it overlaps it) and never sets one against it.
Before, the year alone was kept, with no value (:mod:`.hijri`: 1405 is no Gregorian year).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex.fa import FA
from parallax.analyze.times.calendars import _solar_to_gregorian

_NAMES = "|".join(sorted(map(re.escape, FA.solar_months), key=len, reverse=True))
# the month, "ماه" (month) written onto it or after it, "سال" (year) or nothing, then the year; no day before it
# (a day and month are the lexicon's, converted to their day)
_MONTH_YEAR = re.compile(rf"(?<!\d\s)(?<![\w\u200c])(?P<m>{_NAMES})(?:\u200c?ماه)?\s(?:سال\s)?(?P<y>1[34]\d\d)(?!\d)")


def solar_month_range(year: int, month: int) -> str | None:
    """The first and last Gregorian days of a Solar Hijri month, as an ISO range."""
    first = _solar_to_gregorian(year, month, 1)
    after = _solar_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    if not first or not after:
        return None
    return f"{first}/{(date.fromisoformat(after) - timedelta(days=1)).isoformat()}"


def solar_months(text: str, found: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``found`` (one Persian paragraph's expressions, ``text`` in ASCII digits) with each Solar Hijri month and
    year that no expression dates to a day read as said above, in place of the year it holds."""
    out = list(found)
    for m in _MONTH_YEAR.finditer(text):
        hits = [i for i, (s, e, _, _) in enumerate(out) if s < m.end() and m.start() < e]
        if any(out[i][3] != "year" or out[i][2] is not None for i in hits):
            continue  # a day the lexicon converted ("۳ آذر ۱۴۰۵"), or a reading of another kind
        value = solar_month_range(int(m.group("y")), FA.solar_months[m.group("m")])
        if value:
            out = [t for i, t in enumerate(out) if i not in hits]
            out.append((m.start(), m.end(), value, "month"))
    return sorted(out)
