"""A resolved time's value as a reader says it: "2026-03-03TNI" is "Tue 3 Mar 2026, night", "PT6H" is "6 hours".

The comparison keeps TimeML values (TIMEX3, the form TempEval and HeidelTime use), which are exact and sort well but
read as codes: an analyst scanning the text report's dates table or a timeline's tooltip should not have to decode
"2026-W10" or "P2D".  This module only words a value for display; the JSON keeps the value itself.
"""

from __future__ import annotations

import re
from datetime import date

_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime", "MI": "midday"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second", "Q": "quarter", "DE": "decade", "CE": "century"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})|(MO|AF|EV|NI|DT|MI)))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_QUARTER = re.compile(r"(\d{4})-(Q[1-4]|H[12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?|X)(Y|M|W|D|Q|DE|CE))?(?:T(\d+(?:\.\d+)?|X)(H|M|S))?")


def _count(n: str, unit: str) -> str:
    if n == "X":
        return unit + "s"
    return f"{n} {unit}" + ("" if n in ("1", "1.0") else "s")


_WEEKDAY_SET = re.compile(r"XXXX-WXX-([1-7])")
_MONTH_SET = re.compile(r"XXXX-(\d{2})")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _set_reading(value: str) -> str | None:
    """A set's value (TimeML SET: "daily" is P1D with the quantifier EVERY) as a frequency: "every day", "every
    Monday", "every March", "every 2 weeks"; never as the length "1 day" that the same value of a duration reads."""
    if (m := _WEEKDAY_SET.fullmatch(value)) is not None:
        return f"every {_WEEKDAYS[int(m[1]) - 1]}"
    if (m := _MONTH_SET.fullmatch(value)) is not None and 1 <= int(m[1]) <= 12:
        return f"every {date(2000, int(m[1]), 1):%B}"
    if value.startswith("P") and (m := _DURATION.fullmatch(value)) is not None and (m[1] or m[3]):
        n, unit = (m[1], _UNITS[m[2]]) if m[1] else (m[3], _TIME_UNITS[m[4]])
        return f"every {unit}" if n in ("1", "1.0", "X") else f"every {n} {unit}s"
    return None


def time_reading(value: str | None, granularity: str | None = None) -> str | None:
    """``value`` in words, or None where it is no TIMEX3 value this module knows (then show the value alone); a set
    (``granularity`` "set": "daily", "every Monday") reads as a frequency."""
    if not value:
        return None
    if granularity == "set":
        return _set_reading(value)
    if value in _REFS:
        return _REFS[value]
    if value.count("/") == 1:  # a range, "2026-03-02/2026-03-03": each end in words
        ends = [time_reading(end) for end in value.split("/")]
        return f"{ends[0]} to {ends[1]}" if ends[0] and ends[1] else None
    if (m := _DAY.fullmatch(value)) is not None:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        said = f"{day:%a} {day.day} {day:%b %Y}"
        if m[4]:
            return f"{said}, {m[4]}:{m[5]}"
        return f"{said}, {_PARTS[m[6]]}" if m[6] else said
    if (m := _MONTH.fullmatch(value)) is not None and 1 <= int(m[2]) <= 12:
        return f"{date(2000, int(m[2]), 1):%B} {m[1]}"
    if (m := _WEEK.fullmatch(value)) is not None:
        return f"weekend of week {int(m[2])}, {m[1]}" if m[3] else f"week {int(m[2])} of {m[1]}"
    if (m := _QUARTER.fullmatch(value)) is not None:
        return f"{m[2]} {m[1]}"
    if (m := _SEASON.fullmatch(value)) is not None:
        return f"{_SEASONS[m[2]]} {m[1]}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if value.startswith("P") and len(value) > 1 and (m := _DURATION.fullmatch(value)) is not None and (m[1] or m[3]):
        words = [_count(m[1], _UNITS[m[2]])] if m[1] else []
        words += [_count(m[3], _TIME_UNITS[m[4]])] if m[3] else []
        return " ".join(words)
    return None
