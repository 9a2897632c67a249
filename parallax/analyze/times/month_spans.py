"""A month joined to a later one that carries its year takes that year: "between March and August this year".

"The recall covers the KT-200 model sold between March and August this year", published in November: "this
year" names August's year, and March, with none of its own, was read alone as the nearest March, next year's
(2027-03), a span that ran backwards.  A list or span of months runs forward from its first member to its last,
so a month written without a year before a coordinated month whose year the text gives ("August this year",
"August 2026") is that month's year, or the year before when it comes later in the calendar ("between November and
February 2027": November 2026).
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import _cached

_MONTH = re.compile(r"\d{4}-\d{2}\Z")
_DIGIT = re.compile(r"\d")


def _year_words(lex: Lexicon) -> re.Pattern:
    """The lexicon's words for a year ("year", "Jahr"), as a pattern."""
    words = sorted((w for w, u in lex.units.items() if u == "year"), key=len, reverse=True)
    return _cached(lex, "year-words", lambda: re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.I))  # type: ignore[return-value]


def joined_months(text: str, out: list[tuple[int, int, str | None, str]], coordination: re.Pattern, lex: Lexicon) -> None:
    """Give each month written without a year the year of the month joined after it (see the module), in place.
    ``coordination`` matches the words that join two members of a list or span."""
    if not any(u == "year" for u in lex.units.values()):
        return
    lex_year = _year_words(lex)
    for i in range(len(out) - 1, 0, -1):
        s, e, v, g = out[i - 1]
        s2, e2, v2, _ = out[i]
        if not v or not v2 or not _MONTH.match(v) or not _MONTH.match(v2) or not coordination.match(text, e, s2):
            continue
        if _DIGIT.search(text, s, e) or not (_DIGIT.search(text, s2, e2) or lex_year.search(text, s2, e2)):
            continue  # the first writes its own year, or the second none: each stands as read
        year, month, month2 = int(v2[:4]), int(v[5:7]), int(v2[5:7])
        out[i - 1] = (s, e, f"{year if month <= month2 else year - 1:04d}-{month:02d}", g)
