"""Plural words for tens and dozens that count at least two of them: "dozens of people" is 24 or more.

"Dozens of people were injured" gives no figure, but it says more than one dozen: against another report's "five
people were injured" it disagrees, against "48 people" it does not.  Read as no number (as it was), it could never
conflict.  Each such plural here is a number word worth its smallest reading, two of its unit, with no upper bound
(:func:`open_floor`; "dozens" can be hundreds in loose writing, so only the floor is held to): en "dozens", de
"Dutzende", nl "tientallen" (tens), and the Romance words for tens ("des dizaines", "decenas", "decine",
"dezenas").  "Several dozen", "a few dozen" and "dozens" after a figure ("two dozens") are left to the words of
:mod:`.european`.
"""

from __future__ import annotations

OPEN_COUNTS: dict[str, dict[str, int]] = {
    "en": {
        "dozens": 24,
        **{f"{few} {scale}": 2 * n for few in ("several", "a few") for scale, n in (("hundred", 100), ("thousand", 1000))},
        **{"hundreds": 200, "thousands": 2000, "tens of thousands": 20_000, "hundreds of thousands": 200_000},
    },
    "de": {"dutzende": 24, "dutzenden": 24},
    "nl": {"tientallen": 20, "dozijnen": 24},
    "fr": {"dizaines": 20},
    "es": {"decenas": 20},
    "it": {"decine": 20},
    "pt": {"dezenas": 20},
}


def open_floor(words: str, lang: str) -> float | None:
    """The least count ``words`` (lower case, one space between words) allows in ``lang``, or None for other words."""
    floor = OPEN_COUNTS.get(lang, {}).get(words)
    return float(floor) if floor is not None else None
