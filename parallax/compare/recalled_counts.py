"""Counts of an earlier event that a report recalls beside the one it reports.

"The earthquake was the deadliest in the region since 1987, when a quake near Selenka killed more than 100 people"
gives no toll of this quake, yet its 100 people met another report's "killing at least 28 people" as a conflict (the
demo corpus showed three such).  A count is recalled when a time more than a year before the publication stands
before it in its sentence and nothing but the time's own clause lies between: the same clause ("a quake in 1987
killed 100"), a relative clause on that time ("1987, when a quake … killed"), or the time opening the sentence ("In
2019, a similar storm killed 12 people").  A recalled count is compared only with a count the other sentence dates
to the same year ("in 1987 … 100" / "in 1987 … 120" still conflict).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from parallax.compare.count_nouns import NOT_COUNTS
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Sentence, TimeExpression

_RECALL_DAYS = 366  # a time that ended more than this before the publication is another event's
_GAP = 100  # characters at most between the time and the count
# words that open a clause about the time before them: "1987, when …", "2011, als …", "en 2010, cuando …"
_TIME_CLAUSE = re.compile(
    r"\s*+\)?+\s*+,\s*+(?:when|where|in which|which|as|cuando|en que|als|wo|quand|lorsque|où|quando|in cui|kiedy|когда|toen|da|när)\b",
    re.I,
)
_DATED = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\Z")


def _last_day(value: str | None) -> date | None:
    """The last day a time's value covers (the end of a range), or None for a duration, a set or no date."""
    if not value:
        return None
    m = _DATED.match(value.split("/")[-1])
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if not 1 <= year <= 9998:
        return None
    month_n = int(month) if month else 12
    if not 1 <= month_n <= 12:
        return None
    return date(year, month_n, int(day) if day else calendar.monthrange(year, month_n)[1])


def _earlier_times(art: Article, s: Sentence) -> list[TimeExpression]:
    """The sentence's times that ended more than a year before the publication."""
    when = art.published_at()
    if when is None:
        return []
    published = when.date()
    out = []
    for t in starting_in(art.times, s):
        last = _last_day(t.value)
        if last is not None and (published - last).days > _RECALL_DAYS:
            out.append(t)
    return out


def _dates(time: TimeExpression, count_start: int, text: str, sentence_start: int) -> bool:
    """Whether ``time`` dates the count at ``count_start`` after it (see the module's docstring)."""
    gap = text[time.end : count_start]
    if time.end > count_start or len(gap) > _GAP or any(c in gap for c in ";:.!?()[]"):
        return False
    if "," not in gap:
        return True
    if _TIME_CLAUSE.match(gap):
        return "," not in gap[gap.index(",") + 1 :]
    opening = len(text[sentence_start : time.start].split()) <= 2  # "In 2019, a similar storm killed 12 people"
    return opening and gap.lstrip().startswith(",") and "," not in gap.lstrip()[1:]


def recalled_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of each sentence's counts dated by an earlier time whose year the other sentence does not name."""
    sides = ((art_a, sa, art_b, sb), (art_b, sb, art_a, sa))
    out: tuple[set[int], set[int]] = (set(), set())
    for i, (art, s, other, os) in enumerate(sides):
        earlier = _earlier_times(art, s)
        if not earlier:
            continue
        other_years = {t.value[:4] for t in other.times if t.value and in_sentence(os, t.start)}
        for q in starting_in(art.quantities, s):
            if not in_sentence(s, q.start) or q.value is None or q.unit in NOT_COUNTS:
                continue
            dating = [t for t in earlier if _dates(t, q.start, art.text, s.start)]
            if dating and not any(t.value[:4] in other_years for t in dating if t.value):
                out[i].add(q.start)
    return out
