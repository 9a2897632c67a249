"""A month's abbreviation beside a day's number, and a time zone after a clock time, are when, not who or where.

Story grouping reads the capitalised words of a raw article as its names (:func:`.features.name_occurrences`) and
leaves out the weekdays and months of four letters or more (:mod:`.calendar_names`): a word of three may be a name
(Turkish "Ara").  So a printed date line ("Fri Aug 2, 2013 6:50pm EDT", "16 Dec 2008 13:45 GMT") gave the names
"aug" and "edt", and "aug" as the report's leading actor (the last word of the "name" "Fri Aug"): two reports of one
event published in two months then each led with a month the other never named, and the actor conflict
(:mod:`.actors`) read them as two events (ecb57).  Next to a day's number the abbreviation is a month (the time
lexicon's, :func:`parallax.analyze.timelex.month_words`), and a word of capitals right after a clock time is its zone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import fold

_DAY_AFTER = re.compile(r"\.?,?\s{1,2}\d{1,2}(?!\d)")  # "Aug 2", "Dec. 19", "Sept 3"
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th|\.)?\s{1,2}$")  # "16 Dec", "2nd Aug", "16. Dez"
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s?[:.]\s?\d\d(?:\s?[ap]\.?\s?m\.?)?\s{1,2}$", re.I)  # "6:50pm ", "13:45 "
_ZONE = re.compile(r"[A-Z]{2,4}")
_REACH = 16  # characters read before a word: a clock time or a day's number with its spaces


@lru_cache(maxsize=64)
def _month_abbreviations(language: str) -> frozenset[str]:
    """``language``'s month words of three letters (abbreviations, "aug", "dez"), folded; empty without a lexicon."""
    from parallax.analyze.timelex import LEXICONS, month_words  # lazily: the lexicons compile their rules on import

    if language not in LEXICONS:
        return frozenset()
    return frozenset(fold(w) for w in month_words(language) if len(w) == 3 or (len(w) == 4 and w.isalpha()))


def is_date_word(sentence: str, word: re.Match[str], language: str) -> bool:
    """Whether the capitalised ``word`` (a match in ``sentence``) is a month's abbreviation next to a day's number
    ("Aug 2", "16 Dec") or a time zone's right after a clock time ("6:50pm EDT")."""
    token, before = word.group(), sentence[max(0, word.start() - _REACH) : word.start()]  # bounded: no scan per word
    if _ZONE.fullmatch(token) and _CLOCK_BEFORE.search(before):
        return True
    if fold(token) not in _month_abbreviations(language):
        return False
    return bool(_DAY_AFTER.match(sentence, word.end()) or _DAY_BEFORE.search(before))
