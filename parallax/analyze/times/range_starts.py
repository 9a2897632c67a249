"""The first day of a span or list whose last day alone says which week it is: "from Monday to Friday last week",
"dari Isnin hingga Jumaat minggu lepas", "de lunes a viernes de la semana pasada".  The bare first weekday had
been read alone, as the nearest Monday, so on a Friday it came out four days after the Friday it runs to.  It is
the latest such weekday on or before the dated day it is joined to (the mirror of :meth:`Resolver._coordinated_days`,
which carries a dated first day forward to a bare second one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from parallax.analyze.times.day_carry import _COORDINATION, _DAY_VALUE


def start_in_week_of_end(text: str, out: list[tuple[int, int, str | None, str]], bare: set[int], dated: Callable[[str], bool]) -> None:
    """Give each bare weekday of ``out`` that a coordinating word joins to a following day written with its week or
    date (``dated``; "Friday last week", "March 13") the weekday on or before that day; in place."""
    for i in range(len(out) - 1):
        s, e, v, g = out[i]
        s2, e2, v2, _ = out[i + 1]
        if s not in bare or s2 in bare or not v or not v2 or not _DAY_VALUE.match(v) or not _DAY_VALUE.match(v2):
            continue
        if not _COORDINATION.match(text, e, s2) or not _FROM_OR_LIST.search(text, max(0, s - 12), s) and not _RANGE.match(text, e, s2):
            continue
        if not dated(text[s2:e2]) or not dated(text[s:e]):
            continue
        end, day = date.fromisoformat(v2[:10]), date.fromisoformat(v[:10])
        day = end - timedelta(days=(end.weekday() - day.weekday()) % 7)
        out[i] = (s, e, day.isoformat() + v[10:], g)


# a range's own words: "to", "until", "hingga", "bis", ... (a list joined by "and" needs "from" or "between" before it
# to be one span: "on Monday and on Friday last week" may be two weeks)
_RANGE = re.compile(
    r"[^\S\n]*(?:to|through|until|bis|au|a|al|tot|till|til|hingga|sehingga|sampai|hadi|mpaka|hanggang|đến|tới|até|-|–)[^\S\n]*\Z", re.I
)
_FROM_OR_LIST = re.compile(r"(?<!\w)(?:from|between|von|zwischen|du|entre|de|desde|dari|antara|kuanzia|mula|từ|van|od)[^\S\n]+\Z", re.I)
