"""Expressions longer than a day, counted spans, and repeated times.

Months, years, decades and centuries; "last week", "three years ago";
fiscal quarters and halves, seasons and weekends; durations ("two days",
"P2D") and sets ("every Monday").  They are kept apart from :mod:`.days`
because none of them names one day: the driver never re-anchors them, and
several need guards of their own against words that only look like times
("a 6-year-old", "$500 million a year", "2000 people", "the fall in prices").  Quarters and seasons are in
:mod:`.quarters`, durations and sets in :mod:`.durations`; :class:`PeriodHandlers` inherits both.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex import Lexicon
from parallax.analyze.timelex.spelled_years import spelled_year
from parallax.analyze.times.context import _add_months, _cached
from parallax.analyze.times.durations import _AGE, _ARTICLES, _ONE, _RATE_WORDS, _VAGUE, DurationHandlers, _is_rate, _is_year  # noqa: F401  (kept importable from here)
from parallax.analyze.times.halves import half_more as _half_more  # noqa: F401  (kept importable from here)
from parallax.analyze.times.month_names import names_an_event
from parallax.analyze.times.quarters import _DEADLINE_BEFORE, _DEADLINE_WORDS, _SEASONS, _SPACE, _YEAR_EARLIER, QuarterHandlers  # noqa: F401  (kept importable from here)
from parallax.analyze.times.within_past import length_value, within_past
from parallax.analyze.times.year_counts import count_before_noun

_MONTH_PREPS = {
    "in",
    "of",
    "since",
    "by",
    "until",
    "during",
    "early",
    "late",
    "mid",
    "from",
    "before",
    "after",
    "next",
    "last",
    "this",
    "en",
    "de",
    "depuis",
    "fin",
    "début",
}


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


_QUARTER_REACH = 1500  # characters after a quarter within which "a year ago" means that quarter


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    """A Roman numeral up to XXXIX, as centuries are written ("XIX", "XXI")."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


_COUNT_BEFORE = re.compile(
    r"\b(?:than|about|around|nearly|almost|approximately|roughly|some|no\.|number|flight|room|route|highway|model)\s$", re.I
)
_COMMON_COUNTS = r"%|km|kms|mph|gmt|utc|hrs|kg|mw|kw|gw|mb|gb"


def _count_after(lex: Lexicon) -> re.Pattern:
    words = "|".join(w for w in (_COMMON_COUNTS, lex.not_after_year) if w)
    # the words open at a word's start (read at a year's end: a run of letters is tried once, not from each letter)
    return _cached(lex, "count", lambda: re.compile(rf"\s?(?<![^\W\d_])(?:{words})\b|\s?%", re.I))  # type: ignore[return-value]


class PeriodHandlers(QuarterHandlers, DurationHandlers):
    """Handlers (named by the lexicon's rules) of months, years, quarters, seasons, weekends,
    durations and sets."""

    def month_year(self, m, text):
        year = spelled_year(m.group("spoken")) if m.groupdict().get("spoken") else self._year(m)
        return (f"{year:04d}-{self._month(m.group('month')):02d}", "month") if year else (None, None)

    def month_only(self, m, text):
        name = m.group("month")
        month = self._month(name)
        mod = (m.groupdict().get("mod") or "").lower()
        before = text[max(0, m.start("month") - 30) : m.start("month")].split()
        governed = bool(before) and (
            before[-1].lower() in _MONTH_PREPS or bool(self.lex.month_preps and re.fullmatch(self.lex.month_preps, before[-1], re.I))
        )
        if not mod and name.lower() in ("may", "mars") and not governed:
            return None, None  # the modal verb "May", the planet "Mars" (Swedish and Norwegian "i mars" is March)
        if not mod and name.lower() in self.lex.ambiguous_months and not (before and re.fullmatch(self.lex.month_preps, before[-1], re.I)):
            return None, None  # Romanian "mai" (more)
        if not mod and names_an_event(text, m.start("month"), m.end("month"), governed):
            return None, None  # "the October Revolution", "Rewolucja Październikowa": a name, no date (:mod:`.month_names`)
        if not self.ref:
            return None, "month"
        year = self._year_for(month, None, text, m, mod)
        return f"{year:04d}-{month:02d}", "month"

    def month_rel_year(self, m, text):
        if not self.ref:
            return None, "month"
        which = m.group("which").lower()
        step = -1 if which in self.lex.last_words else 1 if which in self.lex.next_words else 0
        return f"{self.ref.year + step:04d}-{self._month(m.group('month')):02d}", "month"

    def year(self, m, text):
        if self.own_lexicon and _count_after(self.lex).match(text, m.end()):
            return None, None  # "از ۱۵۰۰ تومان به ۳۰۰۰ تومان" (from 1,500 tomans): after a preposition, a count all the same
        return f"{self._year(m):04d}", "year"

    def bare_year(self, m, text):
        if not self.own_lexicon:
            return None, None  # "2000 metrów": without the language's count words a number is no year
        year = int(m.group("x"))
        if self.ref and year > self.ref.year + 30:
            return None, None
        if _count_after(self.lex).match(text, m.end()) or _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None, None  # "2000 people", "more than 1900"
        if count_before_noun(self.lex, text, m.start(), m.end()):
            return None, None  # "filled 1900 sandbags" (:mod:`.year_counts`)
        return f"{year:04d}", "year"  # (in ASCII figures: "१९९३" is 1993)

    def year_anaphor(self, m, text):
        """ "the following year": set once the paragraph is read, from the year written before (:mod:`.year_anaphora`)."""
        return None, "year"

    def spelled_year(self, m, text):
        """ "nineteen ninety-six": the year a transcript spells as it is spoken (:mod:`..timelex.spelled_years`)."""
        year = spelled_year(m.group("x"))
        return (f"{year:04d}", "year") if year else (None, None)

    def decade(self, m, text):
        g = m.groupdict()
        if g.get("yy"):  # "anni '90": the 1990s (Lexicon.decade_names)
            return "19" + g["yy"][0], "decade"
        if g.get("dw"):  # "anni Novanta"
            return self.lex.lookup("decade_names", g["dw"]), "decade"
        return m.group("year")[:3], "decade"

    def century(self, m, text):
        g = m.groupdict()
        roman = g.get("roman") or g.get("roman2")
        n = _roman(roman) if roman else int(g["n"])
        return (f"{n - 1:02d}", "century") if 1 <= n <= 21 else (None, None)

    def relative_unit(self, m, text):
        """last/this/next week|month|year (and their translations)."""
        if not self.ref:
            return None, "day"
        which = m.group("which").lower()
        unit = self.lex.units[m.group("unit").lower()]
        step = -1 if which in self.lex.last_words else 1 if which in self.lex.next_words else 0
        return self._period(unit, step)

    def relative_period(self, m, text):
        """One word for a period relative to now: "去年" (last year), "지난주", "来月", "前年" (two years back)."""
        if not self.ref:
            return None, "day"
        unit, step = self.lex.lookup("rel_periods", m.group("x"))
        if unit == "weekend":  # "上周末", "今週末"
            monday = self.ref - timedelta(days=self.ref.weekday())
            return f"{_week(monday + timedelta(weeks=step))}-WE", "week"
        return self._period(unit, step)

    def _period(self, unit: str, step: int) -> tuple[str | None, str | None]:
        """The week, month, year or day ``step`` of them from the publication date."""
        assert self.ref is not None
        if unit == "week":
            return _week(self.ref + timedelta(weeks=step)), "week"
        if unit == "month":
            d = _add_months(self.ref.replace(day=1), step)
            return f"{d.year:04d}-{d.month:02d}", "month"
        if unit == "year":
            return f"{self.ref.year + step:04d}", "year"
        if unit == "day":
            return (self.ref + timedelta(days=step)).isoformat(), "day"
        return None, None

    def ago(self, m, text):
        if not self.ref:
            return None, "day"
        n, unit = self.lex.count(m)
        if n is None:
            return None, None
        if unit == "day":
            return (self.ref - timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return _week(self.ref - timedelta(weeks=n)), "week"
        if unit == "month":
            d = _add_months(self.ref.replace(day=1), -n)
            return f"{d.year:04d}-{d.month:02d}", "month"
        if unit == "year":
            lq = self.last_quarter
            if n == 1 and lq and self.base + m.start() - lq[2] < _QUARTER_REACH:
                return f"{lq[0] - 1:04d}-Q{lq[1]}", "quarter"
            return f"{self.ref.year - n:04d}", "year"
        if unit == "decade":  # "a decade ago": the year ten before
            return f"{self.ref.year - 10 * n:04d}", "year"
        return None, None

    def later(self, m, text):
        """ "3일 후", "两周后", "بعد ثلاثة أيام": that many units after now; in a sentence about the past
        ("三天后，警方逮捕了…") after the day the text named before, and unresolved without one."""
        if not self.ref:
            return None, "day"
        n, unit = self.lex.count(m)
        if n is None or unit not in ("day", "week", "month", "year"):
            return None, None
        if within_past(getattr(self, "lang", ""), text, m.end()):
            return length_value(n, unit), "duration"  # "Za jeden den napadlo": within a day (:mod:`.within_past`)
        start = self.ref
        if self._tense(text, m.start(), m.end()) == "past":
            start = self._anchor(text, m.start())
            if start is None:
                return None, unit
        if unit == "day":
            return (start + timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return _week(start + timedelta(weeks=n)), "week"
        if unit == "month":
            d = _add_months(start.replace(day=1), n)
            return f"{d.year:04d}-{d.month:02d}", "month"
        return f"{start.year + n:04d}", "year"

    def cjk_month(self, m, text):
        """ "5月", "去年5月", "2025年5月", "지난 3월", "十二月": a month, in the year written or named, else
        the one that news means (:meth:`Context._year_for`)."""
        month = int(m.group("m")) if m.group("m").isdigit() else self.lex.number(m.group("m"))
        if not month or not 1 <= month <= 12:
            return None, None
        if m.group("year"):
            return f"{int(m.group('year')):04d}-{month:02d}", "month"
        if not self.ref:
            return None, "month"
        if m.groupdict().get("yrel"):
            unit, step = self.lex.lookup("rel_periods", m.group("yrel"))
            return f"{self.ref.year + step:04d}-{month:02d}", "month"
        return f"{self._year_for(month, None, text, m, (m.groupdict().get('mod') or '').lower()):04d}-{month:02d}", "month"

    def cjk_year(self, m, text):
        """ "2025年", "2025년"."""
        return f"{int(m.group('year')):04d}", "year"

    def weekend(self, m, text):
        if not self.ref:
            return None, "week"
        mod = m.group("mod").lower()
        wd = self.ref.weekday()
        monday = self.ref - timedelta(days=wd)
        if mod in self.lex.last_words or (mod == "this past" and wd < 5):
            week = monday - timedelta(days=7)
        elif mod in self.lex.next_words:
            week = monday + timedelta(days=7)
        elif mod in self.lex.this_words or mod == "this past":
            week = monday
        else:  # "the weekend": the one just past, unless the sentence looks ahead
            future = self._tense(text, m.start(), m.end()) == "future"
            week = monday if future or wd >= 5 else monday - timedelta(days=7)
        return f"{_week(week)}-WE", "week"

    def reference(self, m, text):
        return self.lex.lookup("refs", m.group("x")), "ref"
