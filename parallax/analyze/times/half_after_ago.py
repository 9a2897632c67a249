"""A count of years or months back with its half written after it: Hebrew "לפני שנתיים וחצי", Arabic "قبل عامين ونصف".

Hebrew and Arabic put "and a half" after the unit and the "ago" word before the count ("לפני" / "قبل": before two years
and a half), so the "ago" rule reads "לפני שנתיים" (two years ago, 2024) and the half is lost.  The half is told in the
next smaller unit, as :mod:`.half_ago` does for the languages that write the half inside the length ("two and a half
years ago"): thirty months back is the month, two and a half months back the day.  Only an expression that opens
with its "ago" word and has the half right after it is read again.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# the "ago" word before the count, and the half after the unit ("וחצי", "ونصف", with its accusative "ونصفا")
_AGO = {"he": re.compile(r"לפני\s"), "ar": re.compile(r"(?:قبل|منذ)\s")}
_HALF = {"he": re.compile(r"\s++וחצי(?![\u05d0-\u05ea])"), "ar": re.compile(r"\s++و\s?نصفا?(?![\u0621-\u064a])")}
_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _months_back(ref: date, months: int) -> tuple[int, int]:
    n = ref.year * 12 + ref.month - 1 - months
    return n // 12, n % 12 + 1


def half_after_ago(
    text: str, found: list[tuple[int, int, str | None, str]], language: str, ref: date | None
) -> list[tuple[int, int, str | None, str]]:
    """``found`` with each year or month counted back that a half follows made the month or day it names."""
    ago, half = _AGO.get(language), _HALF.get(language)
    if ref is None or ago is None or half is None:
        return found
    out = []
    for s, e, value, gran in found:
        m = half.match(text, e) if value and ago.match(text, s) else None
        if m is not None and _YEAR.fullmatch(value or ""):
            y, mo = _months_back(ref, (ref.year - int(value)) * 12 + 6)  # a year is twelve months; its half six
            out.append((s, m.end(), f"{y:04d}-{mo:02d}", "month"))
        elif m is not None and (ym := _MONTH.fullmatch(value or "")):
            y, mo = int(ym.group(1)), int(ym.group(2))
            back = date(y, mo, min(ref.day, 28)) - timedelta(days=15)  # a month's half: fifteen days
            out.append((s, m.end(), back.isoformat(), "day"))
        else:
            out.append((s, e, value, gran))
    return out
