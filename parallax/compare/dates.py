"""Dates of two aligned sentences: which of them can contradict each other.

Two sentences that restate each other often date different moments of the story, and a date is
compared only where it can be the same moment's:

* words a quotation reproduces that are relative to when they were said ("we will not stop
  tonight") are not the article's dates: two outlets printing them verbatim a day apart would
  resolve them a day apart.  A date written in figures inside a quotation ("on 14 March") still is.
* an offset between two events ("on Sunday, a day after it ran aground", "mixed on Tuesday, a
  day after the minister announced it") names the other event's day too, so a sentence giving that
  day (Saturday, Monday) agrees.

Measures of time ("a 48-hour strike") and the offsets between two events ("a day after") are
:mod:`.durations`.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta

from parallax.compare.as_of_times import dates_a_count
from parallax.compare.durations import offsets
from parallax.compare.numbers import in_sentence
from parallax.compare.reporting_times import dates_a_release, dates_the_report, one_day
from parallax.compare.sentence_items import reaching_into, starting_in
from parallax.compare.sources import two_sources
from parallax.records import Article, Sentence, TimeExpression


def interval(value: str | None, loose: bool = False) -> tuple[date, date] | None:
    """The days (first and last, inclusive) an ISO 8601 value covers: a day, a week, a month, a year,
    or a range of them; a time of day or a part of day is its day ("2026-04-07T15:00",
    "2026-04-07TNI"): the day is what conflicts, and what a timeline shows.  None for a duration, a
    reference, a quarter or a season, and for anything else.

    ``loose`` is the report's: any other value whose first ten characters are a date is that day, so
    the timeline places every value it can read; a comparison takes only the forms it can compare."""
    if not value or value.startswith("P"):
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            ia, ib = interval(a, loose), interval(b, loose)
            return (ia[0], ib[1]) if ia and ib else None
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            start = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return start, start + timedelta(days=6)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if loose or _DAY.fullmatch(value):
            d = date.fromisoformat(value[:10])
            return d, d
    except ValueError:
        return None
    return None


# a day, or a time or a part of it ("2026-04-07T15:00", "2026-04-07TNI")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[^/]*)?")


_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")  # "Tuesday evening": a day the text names
_FIGURE = re.compile(r"\d")  # a date written in figures ("14 March", "2019", "14.03."), in any script's digits

DateValue = tuple[str | None, tuple[date, date], bool]  # value, days it covers, whether the text names the day
# a month written as the moment itself ("задержан в октябре 2024"): see :func:`dates_conflict`
_MONTH = re.compile(r"\d{4}-\d{2}")
_COARSE = re.compile(r"\d{4}(?:-\d{2})?")  # a month or a year: beside a day, the background


def _quoted(art: Article, s: Sentence) -> list[tuple[int, int]]:
    """The spans of the sentence's quoted words (direct and partial quotations, not reported speech,
    which is the article's own wording)."""
    return [(q.start, q.end) for q in reaching_into(art.quotes, s.start, s.end) if q.kind != "indirect"]


def _speakers_time(t: TimeExpression, quoted: list[tuple[int, int]]) -> bool:
    """A time inside a quotation that is relative to when it was said ("tonight", "on Monday"), not
    a date written out in figures."""
    return any(a <= t.start < b for a, b in quoted) and not _FIGURE.search(t.text)


def compared_dates(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[list[DateValue], list[DateValue]]:
    """The dates of two aligned sentences that can disagree (:mod:`.reporting_times`).  The day a statement was
    made ("the fire service said on Thursday") is no date of the event the other sentence dates ("collapsed on
    Wednesday"), so where one sentence names the event's day the other's statement days stand for the days up
    to them; where neither does, the days of the statements are what compares, between reports of one day only
    ("officials said Monday evening" / "the mayor said on Tuesday": a report a day later quotes a later
    statement).  The day figures were released compares never."""
    da, db = date_values(art_a, sa, "events"), date_values(art_b, sb, "events")
    if _names_a_day(da) and _names_a_day(db):
        return da, db
    ra, rb = date_values(art_a, sa, "statements"), date_values(art_b, sb, "statements")
    if not _names_a_day(da) and not _names_a_day(db):
        # (two sources' statements are two statements, each on its own day: :func:`.sources.two_sources`)
        return (ra, rb) if one_day(art_a, art_b) and not two_sources(art_a, sa, art_b, sb) else (da, db)
    # one names the event's day, the other only the day it was told: the event was on that day or before it
    # (told on Thursday of a collapse on Wednesday agrees; told on Tuesday of one on Wednesday does not)
    if _names_a_day(da):
        return da, _on_or_before(rb, db)
    return _on_or_before(ra, da), db


def _on_or_before(told: list[DateValue], events: list[DateValue]) -> list[DateValue]:
    """A sentence's dates (``told``: with the days of its statements) where each day a statement was made (not one
    of ``events``) stands for the span up to it."""
    own = {(v, iv) for v, iv, _ in events}
    return [(v, iv if (v, iv) in own else (date.min, iv[1]), named) for v, iv, named in told]


def _names_a_day(values: list[DateValue]) -> bool:
    return any(named and not _is_month(v) for v, _, named in values)


def date_values(art: Article, s: Sentence, keep: str = "all") -> list[DateValue]:
    """(value, days it covers, whether the text names the day) of the sentence's dates.  Days,
    ranges, parts of named days and clock times with their day ("11 p.m. on Dec. 30") name it; a
    bare clock time does not (its day may be inferred); a month does where no day is named.  A
    quotation's relative times are left out, and the day an offset points to ("on Sunday, a day after
    ...": Saturday) is added, unnamed, so that a sentence giving it agrees without being shown as a value.
    With ``keep`` "statements" the day figures were released ("according to results published on Monday")
    and the time a count or a state is given as of ("as of Thursday", :mod:`.as_of_times`) are left out too,
    with "events" also the day a statement was made ("officials said on Thursday"); see
    :mod:`.reporting_times`."""
    from parallax.analyze.times import names_a_day
    from parallax.analyze.times.cues import bare_part

    quoted = _quoted(art, s)
    out: list[DateValue] = []
    for t in starting_in(art.times, s):
        if in_sentence(s, t.start) and (iv := interval(t.value)) and not _speakers_time(t, quoted):
            if keep != "all" and (dates_a_release(art, t) or dates_a_count(art, t)) or keep == "events" and dates_the_report(art, t):
                continue
            # (a part of the day alone, "in the evening", has its day inferred: no day named)
            # ("por la mañana" holds the word for tomorrow, "mañana", and still names no day)
            alone = bool(_PART_OF_DAY.search(t.value or "")) and bare_part(t.text, art.language)
            named = t.granularity in ("day", "range") or bool(_PART_OF_DAY.search(t.value or "") and not alone)
            out.append((t.value, iv, not alone and (named or (t.granularity == "time" and names_a_day(t.text, art.language)))))
    days = [iv for _, iv, named in out if named]
    if not days:  # "задержан в октябре 2024": with no day named, a month names the moment
        out = [(v, iv, _is_month(v)) for v, iv, _ in out]
    for sign, seconds in offsets(art, s):
        lo, hi = math.floor(seconds / 86400), math.ceil(seconds / 86400)
        for first, last in days:
            if sign < 0:  # "X, a day after Y": Y is a day before X
                out.append((None, (first - timedelta(days=hi), last - timedelta(days=lo)), False))
            else:  # "X, a day before Y"
                out.append((None, (first + timedelta(days=lo), last + timedelta(days=hi)), False))
    return out


def _runs_into(night: DateValue, day: DateValue) -> bool:
    """A night and the next day named alone: "natt til søndag" (Saturday night) and "søndag", "Monday night"
    and "early Tuesday" are one night's small hours, no disagreement (two nights still are)."""
    value, other = night[0] or "", day[0] or ""
    return value.endswith("TNI") and len(other) == 10 and day[1][0] == night[1][1] + timedelta(days=1)


def dates_conflict(a: list[DateValue], b: list[DateValue]) -> bool:
    """Both sentences name a day, or neither names a day and both name a month ("задержан в октябре 2024" /
    "в ноябре 2024"), and no date of one fits any date of the other.  A month beside the other's day is
    left alone: it is as often the background ("first took part in December 2020" / "met on April
    6-7") as the moment; and where both name a day, a month or year beside it is the background too
    ("la inflación de febrero", announced "nesta terça-feira" / "em 11 de março"): the days are compared."""
    if not a or not b:
        return False
    months_a, months_b = (any(x[2] and _is_month(x[0]) for x in side) for side in (a, b))
    days_a, days_b = (any(x[2] and not _is_month(x[0]) for x in side) for side in (a, b))
    if not (days_a and days_b or months_a and months_b):
        return False
    if days_a and days_b:
        a, b = ([x for x in side if not _COARSE.fullmatch(x[0] or "")] for side in (a, b))
    if not any(x[1][0] <= y[1][1] and y[1][0] <= x[1][1] or _runs_into(x, y) or _runs_into(y, x) for x in a for y in b):
        return True
    return _itinerary_differs(a, b) or _ranges_differ(a, b)


_DAY_RANGE = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


def _ranges_differ(a: list[DateValue], b: list[DateValue]) -> bool:
    """Both sentences date their moment by a range of days alone, and the ranges are not the same ("18–19 November" /
    "17–18 November"): two outlets that name both ends of an event's days name them exactly, so an overlap is no
    agreement.  A single day inside the other's range still agrees (a report may date one of the days)."""
    ranges_a, ranges_b = ([x[1] for x in side if x[2] and _DAY_RANGE.fullmatch(x[0] or "")] for side in (a, b))
    days_a, days_b = ([x for x in side if x[2] and not _is_month(x[0])] for side in (a, b))
    if not ranges_a or len(ranges_a) != len(days_a) or not ranges_b or len(ranges_b) != len(days_b):
        return False
    return not set(ranges_a) & set(ranges_b)


def _itinerary_differs(a: list[DateValue], b: list[DateValue]) -> bool:
    """Two sentences that each name the same number of days, two or more, in order, as an itinerary or a timetable is
    told ("visits Osaka on the 13th and returns on the 15th" / "... on the 13th ... on the 14th"), and agree on one of
    them at least: the days are paired by order, and a pair that does not meet is a disagreement.  The same days in
    another order ("returns on the 14th after visiting Osaka on the 13th") are no disagreement."""
    days_a, days_b = ([x for x in side if x[2] and len(x[0] or "") == 10] for side in (a, b))
    if len(days_a) != len(days_b) or len(days_a) < 2 or sorted(x[0] for x in days_a) == sorted(y[0] for y in days_b):
        return False
    meet = [x[1][0] <= y[1][1] and y[1][0] <= x[1][1] for x, y in zip(days_a, days_b, strict=True)]
    return any(meet) and not all(meet)


def _is_month(value: str | None) -> bool:
    return bool(_MONTH.fullmatch(value or ""))
