"""A year named by reference to the year the text wrote before: "that year", "later that year", "the following year".

"Okoro became a judge on May 22, 1995, and the following year she was named chief justice" is 1996, not
a year after publication: the words count from the last year the text wrote in figures (in this paragraph or an
earlier one).  With none written, "the previous year" and "the year before" count from publication, as "last year"
does, and the others stay unresolved (their span kept, as "the next day" with no day before it is).
"""

from __future__ import annotations

import re
from datetime import date

_EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")


def resolve_year_anaphora(
    text: str, out: list[tuple[int, int, str | None, str]], anaphors: dict[int, int], last_year: int | None, ref: date | None
) -> int | None:
    """Give each expression of ``out`` that starts at a key of ``anaphors`` (its offset in years) the year the text last
    wrote before it, moved by that offset; return the last year written, for the next paragraph."""
    for i, (s, e, value, _) in enumerate(out):
        if s in anaphors:
            step = anaphors[s]
            if last_year is not None:
                out[i] = (s, e, f"{last_year + step:04d}", "year")
            elif step < 0 and ref is not None:
                out[i] = (s, e, f"{ref.year + step:04d}", "year")
        elif value and value[:4].isdigit() and _EXPLICIT_YEAR.search(text[s:e]):
            last_year = int(value[:4])
    return last_year
