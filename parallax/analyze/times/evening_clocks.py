"""A clock hour written on the twelve-hour dial beside a day that names its afternoon or evening: "maandagavond 8 uur",
"am Montagabend um 8 Uhr", "måndag kväll klockan 8", "lundi soir vers 8 heures", "om 8 uur maandagavond" are 20:00,
not 08:00.

The press of many languages counts the hours of an evening from one to twelve when the part of the day is written
beside them.  Written on the hour ("'s avonds om 8 uur", "8 Uhr abends") the clock rule reads it as 20:00 already;
written on the weekday instead ("maandagavond", "Montagabend", "lundi soir"), the clock time kept its morning
hour, a twelve-hour error that set one report's "20:00" against another's "08:00".  An afternoon or evening word of
the language (its ``dayparts`` read "AF" or "EV") at most three words before the hour, in its sentence, or the day
placed after the hour reading so, moves an hour from 1 to 11 past noon.  The night is left alone: "maandagnacht om
2 uur" is two in the morning.
"""

from __future__ import annotations

import re

_PM_PARTS = ("AF", "EV")
_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
_SENTENCE_STOP = re.compile(r"[.!?;]\s")
_PATTERNS: dict[int, re.Pattern[str] | None] = {}


def _evening_words(lex) -> re.Pattern[str] | None:
    """The afternoon and evening words of ``lex`` closing a text, at most three words before its end."""
    if id(lex) not in _PATTERNS:
        words = sorted((w for w, v in (lex.dayparts or {}).items() if v in _PM_PARTS), key=len, reverse=True)
        alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        # (glued to its weekday, "maandagavond", "Montagabend", so no word boundary before it)
        _PATTERNS[id(lex)] = re.compile(rf"(?i:{alt})(?![\w-])(?:[^\w.!?;\n]+[\w-]+){{0,3}}?[^\w.!?;\n]*\Z") if alt else None
    return _PATTERNS[id(lex)]


def evening_before(lex, text: str, pos: int) -> bool:
    """Whether an afternoon or evening word stands before a clock time at ``pos``, in its sentence, at most three
    words back ("maandagavond 8 uur", "Montagabend um 8 Uhr", "Monday evening at about 8")."""
    pattern = _evening_words(lex)
    return pattern is not None and pattern.search(text, max(0, pos - 60), pos) is not None


def on_part_of_day(day: str, clock: str) -> str:
    """The clock value ``clock`` placed on the day ``day`` ("2026-12-07TEV"), its hour moved past noon when the day
    names an afternoon or an evening and the hour is 1 to 11 ("om 8 uur maandagavond")."""
    placed = day[:10] + clock[10:]
    m = _CLOCK.fullmatch(placed)
    if m is None or not day.endswith(tuple("T" + p for p in _PM_PARTS)):
        return placed
    hour = int(m.group(2))
    return f"{m.group(1)}T{hour + 12:02d}:{m.group(3)}" if 1 <= hour <= 11 else placed
