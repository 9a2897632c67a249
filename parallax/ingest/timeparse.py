"""Publication times: accept ISO 8601 dates and date-times, reject nonsense."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

# a bare date, extended or basic ("20220408", ISO 8601 too): the basic form went to datetime and came
# out "2022-04-08T00:00:00", a midnight nobody wrote
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{8}$")
# a date and a time are joined by "T" (or a space, RFC 3339): Python reads any character there, so
# "2022-04-08+02:00" (an offset on a bare date) became two o'clock and "2022-04-08x10:00" ten
_BAD_JOIN = re.compile(r"^\d{4}-\d{2}-\d{2}[^Tt ]")


def parse_published(value) -> str | None:
    """Normalise a publication date to ISO 8601, or ``None`` if it is not one.

    Years outside 1000-2999 are rejected: they are corrupt metadata in news."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if _BAD_JOIN.match(text):
        return None
    try:
        if _ISO_DATE.match(text):
            d = date.fromisoformat(text)
            return d.isoformat() if 1000 <= d.year <= 2999 else None
        dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    if not 1000 <= dt.year <= 2999:
        return None
    return dt.isoformat()


def published_date(value: str | None) -> date | None:
    """The calendar date of a publication time as written (local to the outlet)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def published_ts(value: str | None) -> float | None:
    """UTC seconds of an ISO 8601 date or date-time; a bare date is midnight UTC,
    a naive date-time is taken as UTC."""
    if not value:
        return None
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()
