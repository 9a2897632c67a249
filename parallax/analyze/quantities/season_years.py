"""The second year of a season or a fiscal year written with its first: the 27 of "the 2026/27 season".

Sports seasons, school years, budgets and fiscal years span two calendar years and the press writes them as the first
year and the last two digits of the next ("the 2026/27 season", "Saison 2026/27", "the 2026-27 budget", "FY2026–27"):
the first is a year, and the second, read as a count, gave a stray 27 with the noun after it ("27 season") to set
against another report's figures.  A one- or two-digit figure (or four) straight after a year and a slash or a dash
is no count where it is that year's next one: the span's end.  "2026/28" or "1989-90s" and a score "21-27" (no year
before) are left as they were.
"""

from __future__ import annotations

import re

_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>1[89]\d\d|20\d\d)[/–-]\Z")


def season_end(text: str, start: int, number: str) -> bool:
    """Whether ``number`` at ``start`` ends a span of two years opened by the year before it ("2026/27")."""
    if not number.isdigit() or len(number) not in (2, 4):
        return False
    m = _YEAR_BEFORE.search(text, max(0, start - 6), start)
    if not m:
        return False
    following = int(m.group("year")) + 1
    return int(number) == (following % 100 if len(number) == 2 else following)
