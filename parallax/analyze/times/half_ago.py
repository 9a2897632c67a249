"""A length with a half in it, counted back: "two and a half years ago", "ढाई साल पहले", "vor zweieinhalb Jahren".

The "ago" rules count whole units ("two years ago" is 2024), so a measure with a half ("two and a half years",
"2.5 years", "ڈھائی سال", "полтора года") stayed a duration (P30M) beside its "ago" word, and no date came of it.  The
half is told in the next smaller unit (:mod:`.halves`), so the length counted back from the report's day gives the
month (a length in months) or the day (a length in days) it points to, as "30 months ago" would.  Only a length
whose whole is not already read by an "ago" rule, and whose "ago" word (``Lexicon.ago_after`` right after it,
``Lexicon.ago_before`` right before it) stands beside it, is read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex.lexicon import Lexicon

_LENGTH = re.compile(r"P(?:(?P<m>\d+)M|(?P<d>\d+)D)")
_CACHE: dict[int, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}


def _words(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    key = id(lex)
    if key not in _CACHE:
        after = re.compile(rf"[\s-]++(?:{lex.ago_after})(?![\w\u0900-\u0963\u0980-\u09fe\u0b80-\u0bff])", re.I) if lex.ago_after else None
        before = re.compile(rf"(?<!\w)(?:{lex.ago_before})\s++\Z", re.I) if lex.ago_before else None
        _CACHE[key] = (after, before)
    return _CACHE[key]


def _back(ref: date, m: re.Match[str]) -> tuple[str, str]:
    if m.group("m"):
        months = ref.year * 12 + ref.month - 1 - int(m.group("m"))
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return (ref - timedelta(days=int(m.group("d")))).isoformat(), "day"


def half_lengths_ago(
    text: str, found: list[tuple[int, int, str | None, str]], lex: Lexicon, ref: date | None
) -> list[tuple[int, int, str | None, str]]:
    """``found`` with each length in months or days that an "ago" word counts back made the month or day it names."""
    after, before = _words(lex)
    if ref is None or (after is None and before is None):
        return found
    out = []
    for s, e, value, gran in found:
        m = _LENGTH.fullmatch(value or "") if gran == "duration" else None
        if m is not None and after is not None and (a := after.match(text, e)):
            out.append((s, a.end(), *_back(ref, m)))
        elif m is not None and before is not None and (b := before.search(text, max(0, s - 30), s)):
            out.append((b.start(), e, *_back(ref, m)))
        else:
            out.append((s, e, value, gran))
    return out
