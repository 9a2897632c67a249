"""A minute of play written with a prime counts nothing: "al 75'", "a segno al 12' e al 67'", "all'81'".

Italian match reports (and Spanish, Portuguese and French ones after them) time a goal by the minute and an
apostrophe; read as a count, the 75 of "Immobile su rigore al 75'" was set against the "one" of "pulled one back" in
an English report of the same goal, a conflict no reader would see.  The minute itself is compared as a minute by
:mod:`parallax.compare.minutes`.  English writes feet so ("a 12' boat"), so it is left out.
"""

from __future__ import annotations

_PRIMES = "'’′"
_MOST = 130  # a match lasts 90 minutes, 120 with extra time, and a few of stoppage


def minute_mark(text: str, num: str, end: int, lang: str | None) -> bool:
    """Whether the number ``num`` ending at ``end`` is a minute of play marked with a prime (see the module)."""
    if (lang or "en")[:2] == "en" or not num.isdigit() or int(num) > _MOST:
        return False
    after = text[end : end + 2]
    return after[:1] in _PRIMES and not (after[1:2].isalnum())
