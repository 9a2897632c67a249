"""When a report's figure was counted: the time its sentence dates it to ("as of Thursday evening, 12 people were
missing"), else the report's publication time.

:mod:`.updates` marks a larger toll in a later report as a likely update by the two moments the figures were
counted.  A report that dates its own figure says when that was better than its publication time does: a
report published on Friday may still give "as of Thursday evening" a count another outlet published on
Friday morning has overtaken, and a report with no publication time may still date its figure.  The time is
one :func:`parallax.compare.as_of_times.dates_a_count` finds in the figure's sentence (its day, and its clock
time where resolved; a part of the day, "evening", stands for the whole day, so two such times of one day
are never an hour apart).
"""

from __future__ import annotations

import re

from parallax.compare.as_of_times import dates_a_count
from parallax.records import Article, Sentence

_DAY_OR_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?(?![\d:])")


def figure_moment(art: Article, s: Sentence) -> str | None:
    """The ISO time (a day, or a day and a clock time) the figures of ``s`` were counted at (see the module)."""
    for t in art.times:
        if s.start <= t.start < s.end and t.value and (m := _DAY_OR_TIME.match(t.value)) and dates_a_count(art, t):
            return m.group()
    return art.published
