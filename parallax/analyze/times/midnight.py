"""A clock time "hours later" that is earlier than the time before it: the night has passed midnight.

A bare clock time takes the day its paragraph (or an earlier one) named, and "hours later" moves no day on
by itself: "The fire broke out on Tuesday at 11 p.m. Hours later, police said ..." is still about Tuesday
night, and most stories that say "hours later" stay on one day.  But when the clock time after such a cue is
earlier than the clock time the text gave before it on the same day ("at 11 p.m. ... Hours later, at 2 a.m.",
"gegen 23 Uhr ... Stunden später, gegen 2 Uhr", "vers 23 heures ... Quelques heures plus tard, vers 2
heures"), it is the early hours of the next day.  Later bare times of those early hours, before noon and not
before the one that crossed, go on in the new day ("At 5 a.m. he was charged"); an evening time does not
("Earlier, at 10 p.m., ...").  A time that names its own day, or takes the day written right after it, is left
alone, and so is one with a day word between the cue and the time ("Hours later, on Wednesday, at 2 a.m.").

A night the paragraph names before a bare clock time of the small hours needs no cue: "Thursday night at 2:14
a.m.", "dün gece saat 02.14" (last night, at 02.14) and "in der Nacht zu Freitag um 2 Uhr" are after that
night's midnight, the next day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex import LEXICONS
from parallax.analyze.times.context import _PART_START, Context
from parallax.analyze.times.cues import _cached, _day_words

# "hours later" and "later that night", per language: a time after one of these may run past midnight
_LATER: dict[str, str] = {
    "en": r"(?:hours?|minutes?)\s+later|later\s+that\s+night",
    "de": r"(?:Stunden?|Minuten?)\s+(?:später|danach)|später\s+in\s+der\s+Nacht",
    "fr": r"(?:heures?|minutes?)\s+plus\s+tard|plus\s+tard\s+dans\s+la\s+nuit",
    "es": r"(?:horas?|minutos?)\s+(?:después|más\s+tarde)|más\s+tarde\s+esa\s+noche",
    "it": r"(?:ore|ora|minuti|minuto)\s+(?:dopo|più\s+tardi)|più\s+tardi\s+quella\s+notte",
    "pt": r"(?:horas?|minutos?)\s+(?:depois|mais\s+tarde)|mais\s+tarde\s+naquela\s+noite",
    "nl": r"(?:uur|uren|minuten|minuut)\s+later|later\s+die\s+nacht",
    "sv": r"(?:timmar|timme|minuter)\s+(?:senare|efter)",
    "da": r"(?:timer|time|minutter)\s+(?:senere|efter)",
    "no": r"(?:timer|time|minutter)\s+(?:senere|etter)",
    "ru": r"(?:час\w*|минут\w*)\s+спустя",
    "pl": r"(?:godzin\w*|minut\w*)\s+później",
}
_CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})\Z")
# a part of a day ("Tuesday evening": "2026-03-24TEV") is a time before "hours later" too, from where it starts
_PART_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)\Z")
_WINDOW = 250  # characters before a time that the cue may stand in (in its paragraph, after the time before it)
_NOON = (12, 0)  # an early-hours time after a crossing is one before this
_SMALL_HOURS_END = (6, 0)  # a clock time before this, after a night the paragraph names, is past that night's midnight


def _later_pattern(lex) -> re.Pattern | None:
    def build() -> re.Pattern | None:
        words = "|".join(_LATER[code] for code, other in LEXICONS.items() if other is lex and code in _LATER)
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I) if words else None

    return _cached(lex, "hours-later", build)


class MidnightCrossing(Context):
    """Moves a bare clock time after "hours later" to the next day when it is earlier than the time before it."""

    def _cross_midnight(self, text: str, out: list[tuple[int, int, str | None, str]], free: set[int]) -> None:
        """Reads the clock times of ``out`` (one paragraph, in order) against the last one read before them
        (``last_clock``, carried across paragraphs); ``free`` are the starts of the times whose day nothing
        in their own phrase wrote, the only ones that may move."""
        later = _later_pattern(self.lex)
        prev_end = 0  # where the clock time before this one ended, in this paragraph
        night: tuple[date, int] | None = None  # the day of a night this paragraph names, and where it ends
        for i, (s, e, v, g) in enumerate(out):
            m = _CLOCK_VALUE.match(v or "")
            if not m:
                if part := _PART_VALUE.match(v or ""):
                    self.last_clock, self.crossed = (date.fromisoformat(part.group(1)), _PART_START[part.group(2)]), None
                    prev_end = e
                    night = (self.last_clock[0], e) if part.group(2) == "NI" else None
                continue
            day, at = date.fromisoformat(m.group(1)), (int(m.group(2)), int(m.group(3)))
            last, crossed = self.last_clock, self.crossed
            self.crossed = None
            if s in free and night and day == night[0] and at < _SMALL_HOURS_END and s - night[1] <= _WINDOW:
                # "Thursday night at 2:14 a.m.", "dün gece saat 02.14", "in der Nacht zu Freitag um 2 Uhr": a night
                # runs past its midnight, and its small hours are the next day's
                day += timedelta(days=1)
                self.crossed = (night[0], day)
                out[i] = (s, e, day.isoformat() + v[10:], g)  # type: ignore[index]
            elif s in free and last and later is not None:
                if day == last[0] and at < last[1] and self._cue_before(later, text, max(prev_end, s - _WINDOW), s):
                    day += timedelta(days=1)
                    self.crossed = (day - timedelta(days=1), day)
                elif crossed and day == crossed[0] and last[0] == crossed[1] and last[1] <= at < _NOON:
                    day, self.crossed = crossed[1], crossed  # the early hours go on ("At 5 a.m. he was charged")
                if day.isoformat() != m.group(1):
                    out[i] = (s, e, day.isoformat() + v[10:], g)  # type: ignore[index]
            self.last_clock = (day, at)
            prev_end = e

    def _cue_before(self, later: re.Pattern, text: str, lo: int, s: int) -> bool:
        """Whether "hours later" stands in ``text[lo:s]`` with no day word after it ("Hours later, on Wednesday")."""
        cue = max(later.finditer(text, lo, s), key=lambda c: c.start(), default=None)
        return cue is not None and _day_words(self.lex).search(text, cue.end(), s) is None
