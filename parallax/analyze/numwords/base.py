"""What every language's number words share: the record of one language, and the compound rule.

A language is data: its words from two to ninety-nine, built by its own rule
for compounds in its family module, the words that multiply ("hundred",
"thousand"), the hundreds written as one word and the approximate counts.
:func:`compound_value` reads a run of such words in any language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

HUNDRED, THOUSAND = 100, 1000
ABOUT = 0.2  # how far off an approximate count ("une trentaine") may be, as a share


@dataclass(frozen=True)
class NumberWords:
    """One language's number words and how it writes a count with them."""

    words: dict[str, float]
    # words that multiply what comes before them ("two hundred", "due mila", "пять тысяч")
    multipliers: dict[str, int] = field(default_factory=dict)
    # hundreds written as one word ("doscientos", "двести")
    hundreds: dict[str, int] = field(default_factory=dict)
    # approximate counts: word -> (value, the share it may be off by) ("une trentaine" is 24 to 36)
    collectives: dict[str, tuple[int, float]] = field(default_factory=dict)
    # plural thousands, which say "thousands" on their own ("тысячи людей", "tysiące ludzi")
    plural_thousands: frozenset[str] = frozenset()


def compound_value(values: list[float]) -> tuple[float, int] | None:
    """The count a sequence of number words makes, and how many of them make it (a sequence stops
    where it stops making sense: "five six" is five, then six), or None.

    ``values`` are the words' values in order; a hundred or thousand multiplies what precedes it
    ("fourteen hundred" = 1400, "mille duecento" = 1200)."""
    total = current = used = 0
    small_before = False
    for i, v in enumerate(values):
        if v == THOUSAND:
            if total or current >= THOUSAND:
                break
            total, current, small_before = (current or 1) * THOUSAND, 0, False
        elif v == HUNDRED:
            if current >= HUNDRED:
                break
            current, small_before = (current or 1) * HUNDRED, False
        elif v >= HUNDRED:  # "doscientos", "quinhentas"
            if current:
                break
            current, small_before = v, False
        else:
            if small_before or current % HUNDRED or current and values[i + 1 : i + 2] == [HUNDRED]:
                break  # "twaalfhonderd en tweehonderd": the "twee" starts the next count
            current += v
            small_before = True
        used += 1
    return (total + current, used) if used else None


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def with_plain_spellings(words: dict[str, float]) -> dict[str, float]:
    """Each word also without its accents ("veintitres", "ventitre", "tres"), as some copy writes it."""
    out = dict(words)
    for w, n in words.items():
        out.setdefault(strip_accents(w), n)
    return out
