"""The number words a duration may open with, taken from the language's count tables.

The date lexicons listed the numbers one to twelve by hand, so "húsz percig" (twenty minutes), "zhruba čtyřicet
minut", "για είκοσι λεπτά" were no durations and two outlets' twenty and forty minutes did not conflict (a count
leaves time units to the dates).  :mod:`parallax.analyze.numwords` already writes every number from one to
ninety-nine in each case a language declines it in; a lexicon takes them from here, its own hand-listed words
keeping their values.
"""

from __future__ import annotations

_MAX = 99  # a duration of hundreds is written in figures


def spelled_numbers(language: str) -> dict[str, int]:
    """``language``'s number words from one to ninety-nine (compounds of two words too: "είκοσι τέσσερις")."""
    from parallax.analyze.numwords import WORDS_BY_LANGUAGE

    return {w: int(v) for w, v in WORDS_BY_LANGUAGE.get(language, {}).items() if 1 <= v <= _MAX and v == int(v)}
