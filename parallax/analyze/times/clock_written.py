"""A clock time after a date written in full takes that date, not the weekday written with it.

A bare clock time ("at 9am") takes the day of the last day word before it in its sentence
(:meth:`.anchors.AnchorQuestions._day_of_sentence`), and that method reads the word alone: in "on Saturday, 21
November 2026, at 9am" it resolved "Saturday" by the sentence's tense (in a past sentence out on Friday the 20th,
the Saturday gone, the 14th) while the expression "Saturday, 21 November 2026" itself was read as the 21st; and in
"on Tuesday, 21 November 2026, at 10am" (the 21st is a Saturday) the slip "Tuesday" set the hour's day.  A date
written in figures is the most specific thing a report gives (:mod:`.weekday_check` lets it win over its weekday
too), so where the day word an hour hangs on lies inside such an expression, the hour takes that expression's day.
Expressions without figures are left as they were: their weekday is resolved by the same rules either way.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.background_days import in_background
from parallax.analyze.times.cues import _day_words

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")
_REACH = 250  # characters back, as far as _day_of_sentence looks
_FIGURE = re.compile(r"\d")

Found = tuple[int, int, "str | None", str]


def clock_on_written_date(lex: Lexicon, text: str, out: list[Found], hung: set[int]) -> None:
    """Give each clock time of ``out`` that starts in ``hung`` (one a day word before it placed) the day of the
    written date its day word lies in, where there is one ("Saturday, 21 November 2026, at 9am")."""
    for i, (s, e, v, g) in enumerate(out):
        if s not in hung or not v or g != "time" or not _DAY_VALUE.match(v):
            continue
        lo = max(0, s - _REACH, text.rfind("\n", 0, s) + 1)
        words = [w for w in _day_words(lex).finditer(text, lo, s) if not in_background(lex, text, w.start(), w.end())]
        if not words:
            continue
        word = words[-1]
        holder = next((x for x in out if x[0] <= word.start() and word.end() <= x[1] and x[0] != s), None)
        if holder is None or not holder[2] or not _DAY_VALUE.match(holder[2]) or not _FIGURE.search(text[holder[0] : holder[1]]):
            continue
        if holder[2][:10] != v[:10]:
            out[i] = (s, e, holder[2][:10] + v[10:], g)
