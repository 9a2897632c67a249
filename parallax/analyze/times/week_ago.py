"""A weekday beside "a week ago": the one before the publication day's own.

A weekday that is the publication's own is that day in a past sentence ("The bridge collapsed on Monday evening"
in a paper stamped Monday morning was updated after its stamp), unless the words around it count a week back: "a
week ago on Monday", "on Monday, a week earlier", "vor einer Woche am Montag".  The words are the lexicon's: its
unit of a week (:attr:`Lexicon.units`) and its words of "ago" before or after the count (:attr:`Lexicon.ago_before`,
:attr:`Lexicon.ago_after`).  Read by :meth:`.context.Context._weekday_date`.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import _cached

_WINDOW = 40  # characters either side of the weekday searched
_GAP = 6  # at most between the phrase and the weekday: " on ", ", " ("said on Monday that ... a week ago" is none)


def _build(lex: Lexicon) -> re.Pattern[str] | None:
    weeks = [re.escape(w) for w, unit in lex.units.items() if unit == "week" and " " not in w]
    if not weeks or not (lex.ago_before or lex.ago_after):
        return None
    week = "|".join(sorted(weeks, key=len, reverse=True))
    # (one word of count at most between: "a week ago", "vor einer Woche", "il y a une semaine")
    forms = [rf"(?:{lex.ago_before})\s+(?:\w+\s+)?(?:{week})(?!\w)"] if lex.ago_before else []
    forms += [rf"(?<!\w)(?:\w+\s+)?(?:{week})\s+(?:{lex.ago_after})(?!\w)"] if lex.ago_after else []
    return re.compile("|".join(forms), 0 if lex.case_sensitive else re.I)


def week_ago_near(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether "a week ago" (in the words of ``lex``) stands beside the weekday at ``text[start:end]``."""
    pattern = _cached(lex, "week-ago", lambda: _build(lex))
    if pattern is None:
        return False
    for m in pattern.finditer(text, max(0, start - _WINDOW), min(len(text), end + _WINDOW)):
        if start - _GAP <= m.end() <= start or end <= m.start() <= end + _GAP:
            return True
    return False
