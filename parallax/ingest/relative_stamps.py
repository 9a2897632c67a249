"""A time stamp printed relative to now, on a line of its own: "vor 5 Stunden in Aktuelles, keine Lesermeinung",
"3 hours ago", "il y a 2 jours", "hace 5 horas · 4 comentarios".

Pages print the age of a story (and perhaps its section and comment count) over it; the record keeps the
publication time itself, and in the text the line says nothing of the news and is wrong the moment it is read.
A report writes no such line: it dates events, and a clause that opens on "two hours ago" goes on as a sentence
(a verb and a full stop), so only a short line with no stop at its end is taken.
"""

from __future__ import annotations

import re

_UNITS_EN = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
_STAMP = re.compile(
    r"^[\W_]*(?:"
    rf"(?:\d{{1,3}}|an?|one) {_UNITS_EN} ago|"
    r"vor (?:\d{1,3}|einer|einem|einen) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|"
    r"il y a (?:\d{1,3}|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|"
    r"hace (?:\d{1,3}|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)|"
    r"há (?:\d{1,3}|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)|"
    r"(?:\d{1,3}|un'?|una) (?:secondi|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa|"
    r"(?:\d{1,3}|een) (?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar) geleden"
    r")(?!\w)",
    re.I,
)
_MAX_STAMP_LINE_WORDS = 8


def is_relative_stamp(line: str) -> bool:
    """Whether ``line`` is a relative time stamp, perhaps with the section and comment count beside it."""
    return len(line.split()) <= _MAX_STAMP_LINE_WORDS and not line.rstrip().endswith((".", "!", "?")) and bool(_STAMP.match(line))
