"""A day of a month ("16 sep", "3 ноября", "5 Sept") is a date, never a count.

The times stage reads the dates it can resolve and the quantities skip them; a wire dateline it may
leave, so a number right before a month's name or abbreviation is no count here either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.analyze.quantities.base import _atoms, _lang
from parallax.analyze.timelex import LEXICONS, month_words


def _day_month(words: Iterable[str], flags=re.I) -> re.Pattern:
    """A month word right after a day ("16 sep.", "5 Sept"), a space before it and a full stop after optional."""
    return re.compile(rf"[ \u00a0]?(?:{_atoms(words)})\.?(?!\w)", flags)


# the language's own months in any case, and the English ones capitalised ("up to 12 may have died" is a
# count); the words are :func:`parallax.analyze.timelex.month_words`, which wire datelines are read with too
_EN_MONTHS = {m[:1].upper() + m[1:] for m in month_words("en")}
_DAY_MONTH = {lang: _day_month(month_words(lang)) for lang in LEXICONS if lang != "en"}
_DAY_MONTH_EN = _day_month(_EN_MONTHS, 0)


def _is_day_of_month(text: str, num: str, value: float, end: int, language: str | None) -> bool:
    """Whether the figure ``num`` ending at ``end`` is a day (1 to 31) with a month after it."""
    if not num.isdigit() or not 1 <= value <= 31:
        return False
    own = _DAY_MONTH.get(_lang(language))
    return bool(_DAY_MONTH_EN.match(text, end) or own and own.match(text, end))
