"""How far apart two reports were published, from the ``published`` strings a comparison records.

A later report's larger toll is most likely an update (:mod:`parallax.compare.updates`), and the reports say how
much later it came (:mod:`parallax.report.formatting`); both read the gap here, from the ISO 8601 strings alone,
so the reports need nothing but the comparison JSON.

A time with its offset on both sides is compared as one instant ("08:30+01:00" is "07:30+00:00"); where either side has none, the two local clocks are compared as
:meth:`parallax.records.Article.published_at` reads them.  A bare date ("2026-03-10") is the whole of that day,
so the gap is the least the two days allow: a report of the 11th at 08:00 is at least 8 hours after one of the
10th, and two reports dated one day, or two days running, may have come minutes apart.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def publication_window(published: str | None) -> tuple[datetime, datetime] | None:
    """The earliest and latest instant ``published`` allows (one instant for a time, a whole day for a bare date),
    or None where it is missing or no ISO 8601 date."""
    if not published or not isinstance(published, str):
        return None
    try:
        when = datetime.fromisoformat(published.strip())
    except ValueError:
        return None
    if _DATE_ONLY.fullmatch(published.strip()):
        return when, when + timedelta(days=1)
    return when, when


def hours_later(earlier: str | None, later: str | None) -> tuple[float, bool] | None:
    """How many hours at least ``later`` was published after ``earlier`` (negative where it may have come first),
    and whether both give a time of day (False: a bare date on either side, the figure a least gap); None where
    either time is unknown."""
    a, b = publication_window(earlier), publication_window(later)
    if a is None or b is None:
        return None
    aware = all(t.tzinfo is not None for t in (a[1], b[0]))
    end_a, start_b = (a[1], b[0]) if aware else (a[1].replace(tzinfo=None), b[0].replace(tzinfo=None))
    exact = a[0] == a[1] and b[0] == b[1]
    return (start_b - end_a).total_seconds() / 3600, exact
