"""A month named by reference to the month the sentence wrote before: "3.2% in October, down from 3.8% the previous
month", "sales rose in March, against 1% a month earlier".

Economic releases give each figure beside last period's, and "the previous month" there is the month before the
one just named (September), not the month before publication: read as "last month" it was dated October, the very
month the figure is for, and beside another report's "3.8% in September" it was a date of its own.  The words count
from the last month the same sentence wrote (up to its start, no full stop between); with none, they keep the value
the rules gave them (from publication, as "last month" has).
"""

from __future__ import annotations

import re

# the words by language, with the months they step from the month before them
_ANAPHORS = {
    "en": {
        "the previous month": -1,
        "the prior month": -1,
        "the preceding month": -1,
        "the month before": -1,
        "a month earlier": -1,
        "one month earlier": -1,
        "the following month": 1,
        "the next month": 1,
        "the month after": 1,
    },
}
_MONTH = re.compile(r"\d{4}-\d{2}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")


def _step(value: str, months: int) -> str:
    year, month = int(value[:4]), int(value[5:7]) + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def resolve_month_anaphora(text: str, out: list[tuple[int, int, str | None, str]], language: str | None) -> None:
    """Give each expression of ``out`` that is a month anaphor the month the sentence last wrote before it, moved by its
    step (in place)."""
    words = _ANAPHORS.get((language or "").split("-")[0].lower())
    if not words:
        return
    last: tuple[int, str] | None = None  # (where it ends, the month) of the last month written
    for i, (s, e, value, _gran) in enumerate(out):
        step = words.get(text[s:e].lower())
        if step is not None:
            if last is not None and not _SENTENCE_END.search(text, last[0], s):
                out[i] = (s, e, _step(last[1], step), "month")
            continue
        if value and _MONTH.fullmatch(value):
            last = (e, value)
