"""What carries a day from one time phrase to the next: the patterns :class:`parallax.analyze.times.Resolver` reads
when it gives a clock time, a bare part of the day or a coordinated day the day a phrase before or after it names.

Split from :mod:`parallax.analyze.times` (342 lines in session 45) with no change of behaviour: the resolver keeps
the order of its passes, this module the shapes of text between two phrases that keep them one ("at 14:30 local time
on Monday", "Monday and Tuesday") and those that part them (a clause break, "until", a tally's cutoff day).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from parallax.analyze.times.context import _CLAUSE_BREAK, _UNTIL_WORDS

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")
# what a paragraph may name and still leave the day carried over it in place: clock times and durations
_KEEPS_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|PT?\d")
# days the handlers of these place relative to the day a paragraph last named, and how many days after it
# ("overnight" by :meth:`Context._night_of`)
_ANCHORED = {"day_after": 1, "day_before": -1, "same_day": 0, "bare_part": 0, "overnight": 0}
# what may stand between a clock time and the day written after it in one phrase: a few words with no stop,
# clause break or "until" ("at 14:30 local time on Monday", "alle 14.30 di martedì", "a las 14:30 hora local del
# sábado", "um 14.30 Uhr am Montag", "at 9 a.m. (0700 GMT) on Tuesday")
_CLOCK_DAY_GAP = re.compile(r"(?:[^\S\n]|[()])*(?:(?<=[\s(])[^\s.;!?,:()]+[^\S\n]+(?:\(\s*)?){0,4}\Z")
# or a comma and at most one short word, a preposition or an article: the day set off after its hour ("la ora 10
# dimineața, marți", "at 10 a.m., Tuesday", "a las 10, el martes"), not a clause ("at 10 a.m., officials said Tuesday")
_CLOCK_DAY_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*(?:[^\W\d_]{1,3}[^\S\n]+)?\Z")
# a day given as the cutoff of a tally, "截至10月28日共接到35起报告" (as of 28 October), "4日午後6時現在", "5일 현재": the day
# the count stood at, not one the report tells of, so no "当天" (that day) after it hangs on it
_CUTOFF_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到)[ ]?\Z")
_CUTOFF_AFTER = re.compile(r"[ ]?(?:現在|时点|時点|현재)")


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})|-W(\d{2}))?\Z")


def holds_day(value: str | None, day: date | None) -> bool:
    """Whether ``value`` is a year, a month or an ISO week that holds ``day``: a paragraph of background that names
    "this year" or "this month" ("fuel prices have risen 20 per cent this year") has not moved the narrative off the
    day carried over it, as one naming another period ("talks resume next week") has."""
    if value is None or day is None or not (m := _PERIOD.match(value)):
        return False
    year, month, week = m.groups()
    if month:
        return (day.year, day.month) == (int(year), int(month))
    if week:
        return day.isocalendar()[:2] == (int(year), int(week))
    return day.year == int(year)


def _cutoff(text: str, s: int, e: int) -> bool:
    return bool(_CUTOFF_BEFORE.search(text, max(0, s - 4), s) or _CUTOFF_AFTER.match(text, e))


_CLOCK_DAY_STOP = re.compile(rf"{_CLAUSE_BREAK.pattern}|(?<!\w)(?:{_UNTIL_WORDS})(?!\w)", re.I)
_CLOCK_DAY_MAX = 30  # characters: a day farther on belongs to another phrase
# the words that join two days of one span or list ("Monday and Tuesday", "maandag en dinsdag", "de lunes a
# miércoles", "上周一和周二", "지난주 월요일과 화요일"; also the conjunction a proclitic writes: "الاثنين والثلاثاء")
_COORDINATION = re.compile(
    r"[^\S\n]*(?:and|to|through|until|or|und|bis|oder|et|au|ou|y|a|al|o|e|en|tot|of|och|og|eller|ve|ile|i|oraz|lub|"
    r"и|і|й|та|или|або|és|vagy|ja|tai|και|ή|și|sau|و|ו|和|与|與|及|至|到|或|、|と|から|과|와|부터|및|-|–|~|〜"
    # Malay and Indonesian, Swahili, Tagalog, Vietnamese, Portuguese, Nordic ("dari Isnin hingga Jumaat minggu lepas")
    r"|hingga|sehingga|sampai|dan|atau|hadi|mpaka|na|hanggang|at|đến|tới|và|até|till|til)[^\S\n]*\Z",
    re.I,
)
# a clock match that names its own day ("11 p.m. Tuesday", "昨晚8点"): the groups that hold it
_CLOCK_OWN_DAY = ("wd", "rel", "cmonth", "cdd", "cpart", "cpart2")


class _Spans:
    """Non-overlapping spans, sorted, with an overlap test in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)  # spans starting before e
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
