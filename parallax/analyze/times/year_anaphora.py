"""A year named by reference to the year the text wrote before: "that year", "later that year", "the following year".

"Okoro became a judge on May 22, 1995, and the following year she was named chief justice" is 1996, not
a year after publication: the words count from the last year the text wrote in figures (in this paragraph or an
earlier one).  With none written, "the previous year" and "the year before" count from publication, as "last year"
does, and the others stay unresolved (their span kept, as "the next day" with no day before it is).

"A year earlier" counts from the time it is earlier than, not from publication: in a results story "profit for
2024 rose to $12 million from $9 million a year earlier" compares 2024 with 2023.  Where its sentence wrote a year
in figures before it, the count of years is taken from that year (a quarter before it is :mod:`.quarters`' own).
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
    _earlier_than_written_year(text, out, ref)
    return last_year


# the words after a count of years that make it a count back from a time the text named ("a year earlier", "two
# years before", "ein Jahr zuvor", "een jaar eerder", "vuotta aiemmin"), not from now ("a year ago")
_EARLIER = re.compile(r"(?:earlier|before|zuvor|früher|eerder|aiemmin|aikaisemmin|auparavant|plus\stôt)\Z", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _earlier_than_written_year(text: str, out: list[tuple[int, int, str | None, str]], ref: date | None) -> None:
    """Count each "N years earlier" of ``out`` (resolved from publication, ``ref``) back from the year its sentence
    wrote in figures before it, when it wrote one."""
    if ref is None:
        return
    for i, (s, e, value, gran) in enumerate(out):
        if gran != "year" or not value or not value.isdigit() or not _EARLIER.search(text[s:e]) or int(value) >= ref.year:
            continue
        back = ref.year - int(value)
        for ps, pe, pvalue, _ in reversed(out[:i]):
            if _SENTENCE_END.search(text, ps, s):
                break  # (not a year of another sentence)
            if pvalue and pvalue[:4].isdigit() and pe <= s and _EXPLICIT_YEAR.search(text[ps:pe]):
                out[i] = (s, e, f"{int(pvalue[:4]) - back:04d}", "year")
                break
