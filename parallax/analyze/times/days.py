"""Expressions that name one calendar day, or a time of day on it.

Written dates in words and in figures ("March 14", "14.03.2026", "3月14日"),
weekdays, "yesterday", "the next day", holidays, clock times ("11 p.m.
Tuesday", "um 06:40") and parts of a day ("this morning", "anoche").  They are
kept apart from :mod:`.periods` because they resolve to a day (``2026-03-14``,
``2026-03-14T23:00``), which is what the driver in :mod:`parallax.analyze.times`
re-anchors when a later expression ("the next day", a bare clock time) depends
on the day a paragraph last named.  The clock handler, which :class:`DayHandlers` inherits, is in
:mod:`.clock`, the days written in Chinese, Japanese and Korean figures in :mod:`.cjk_days`, and the calendar
arithmetic (Easter, the Solar Hijri calendar) in :mod:`.calendars`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from parallax.analyze.times.calendars import _FARVARDIN_1404, _SOLAR_LEAP, _day, _easter, _holiday, _solar_leap, _solar_to_gregorian  # noqa: F401  (kept importable from here)
from parallax.analyze.times.cjk_days import _ERA_BEFORE_FIRST, CjkDayHandlers  # noqa: F401  (kept importable from here)
from parallax.analyze.times.clock import _AT_TIME, ClockHandlers, _bare_time  # noqa: F401  (kept importable from here)
from parallax.analyze.times.context import _PART_START, _add_months, _nearest_year
from parallax.analyze.times.cues import cjk_coordinated

# where a part of the day ends (hour, minute), for a bare part about the future: one already over is tomorrow's
_PART_END = {"MO": (12, 0), "AF": (17, 0), "EV": (21, 0)}

# a match starts at a word start only: linear on long runs of letters
_COORDINATED = re.compile(r"(?<!\w)(\w+)\s*+(?:and|to|through|until|or|-|–|und|bis|oder|et|au|ou|y|a|o)\s*+$")


class DayHandlers(ClockHandlers, CjkDayHandlers):
    """Handlers (named by the lexicon's rules) of expressions that resolve to a day or a time on it."""

    def month_day(self, m, text):
        month = self._month(m.group("month"))
        # the day in figures, or as an ordinal word ("التاسع من فبراير", "primero de mayo": Lexicon.day_ordinals)
        day = int(m.group("day")) if m.groupdict().get("day") else self.lex.lookup("day_ordinals", m.group("dord"))
        year = self._year(m)
        if not year and self.ref:
            year = self._year_for(month, day, text, m, (m.groupdict().get("mod") or "").lower())
        if not year:
            return None, "day"
        return _day(year, month, day), "day"

    def day_of_month(self, m, text):
        """A day of the month alone ("no último dia 10", "el pasado día 10", "on the 9th"): the latest such day up to the
        publication date, or the next one after it where a word or the future tense says so ("o próximo dia 20");
        English, which has no word for "last" here, takes the nearest one where no tense says which."""
        if m.groupdict().get("part"):  # "เมื่อคืนวันที่ 18": that part of the day (and of the month it names, if any)
            day, _ = self.month_day(m, text) if m.group("month") else self.day_of_month_alone(m, text)
            code = {k.lower(): v for k, v in self.lex.part_first.items()}.get(m.group("part").lower())
            return (f"{day}T{code}" if day and code else day), ("time" if day and code else "day")
        return self.day_of_month_alone(m, text)

    def day_of_month_alone(self, m, text):
        if not self.ref:
            return None, "day"
        n = int(m.group("day"))
        days = [date(d.year, d.month, n) for k in (-1, 0, 1) if n <= monthrange((d := _add_months(self.ref.replace(day=1), k)).year, d.month)[1]]
        tense = self._tense(text, m.start(), m.end())
        if "last" not in m.groupdict() and tense is None and days:
            # English "by the 20th" has no word that places it: with no tense either, the nearest such day
            return min(days, key=lambda d: (abs((d - self.ref).days), d > self.ref)).isoformat(), "day"
        ahead = m.groupdict().get("next") or (not m.groupdict().get("last") and tense == "future")
        found = [d for d in days if d > self.ref] if ahead else [d for d in days if d <= self.ref]
        return ((min(found) if ahead else max(found)).isoformat() if found else None), "day"

    def month_day_range(self, m, text):
        month = self._month(m.group("month"))
        d1, d2 = int(m.group("day")), int(m.group("day2"))
        month2 = self._month(m.group("month2")) if m.groupdict().get("month2") else month
        # without a year, the tense places it as it places one day: "se celebrará del 9 al 12 de octubre" in March
        # is this October, not the last one, nearer as that is
        year = self._year(m) or (self.ref and self._year_for(month, d1, text, m, ""))
        if not year or d2 <= d1 and month2 == month:
            return (None, "range") if not year else (None, None)
        a, b = _day(year, month, d1), _day(year, month2, d2)
        return (f"{a}/{b}" if a and b else None), "range"

    def iso(self, m, text):
        return _day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "day"

    def numeric_dmy(self, m, text):
        return _day(self._year(m), int(m.group("m")), int(m.group("d"))), "day"

    def numeric_slash(self, m, text):
        """"14/03/2026": day first, as everywhere but in American English; an English text gives
        the day only where one reading is impossible ("3/14/2026", "14/3/2026")."""
        a, b, year = int(m.group("a")), int(m.group("b")), self._year(m)
        if self.own_lexicon and self.lex.month_first_too:
            if a <= 12 and b <= 12:
                return None, "day"
            a, b = (b, a) if a <= 12 else (a, b)
        return _day(year, b, a), "day"

    def numeric_dm(self, m, text):
        """"17/5", "ngày 20/5", "στις 17/5": a day and month written day first without a year, in the year
        nearest the publication (farther away, the one the tense gives); after a part of the day ("chiều
        20/5") that part of it.  The rule reads a day up to 12 only after a date word (:attr:`Lexicon.date_words`):
        "3/4" alone is three quarters."""
        day, month = int(m.group("d") or m.group("d2")), int(m.group("m") or m.group("m2"))
        if not self.ref:
            return None, "day"
        found = _day(self._year_for(month, day, text, m), month, day)
        if found is None:
            return None, None  # "31/4"
        part = {k.lower(): v for k, v in self.lex.part_first.items()}.get((m.group("dw") or "").lower())
        return (f"{found}T{part}", "time") if part else (found, "day")

    def weekday(self, m, text):
        if self._trapped(m.start("wd"), m.end("wd"), text):
            return None, None  # "trei luni" (three months), "Minggu lalu" (last week)
        if not self.ref:
            return None, "day"
        mod = m.groupdict().get("mod") or m.groupdict().get("mod0") or ""
        d = self._weekday_date(self.lex.lookup("weekdays", m.group("wd")), mod.lower(), m, text)
        if m.groupdict().get("dom_m"):  # "Selasa (14/3)": the day and month, in the year nearest the publication date, or its own
            day, month, year = int(m.group("dom")), int(m.group("dom_m")), m.groupdict().get("dom_y")
            return self._with_part(date(int(year) if year else _nearest_year(month, day, self.ref), month, day), m)
        if m.groupdict().get("dom"):  # "segunda-feira (8)": the day of the month decides, near the publication date
            near = [self.ref + timedelta(days=k) for k in range(-10, 11) if (self.ref + timedelta(days=k)).day == int(m.group("dom"))]
            if near:
                return self._with_part(min(near, key=lambda x: abs((x - d).days)), m)
        # "on Monday and Tuesday": the second day of a coordination follows the first
        prev = _COORDINATED.search(text, max(0, m.start() - 30), m.start()) or (
            (cjk := cjk_coordinated(self.lex)) and cjk.search(text, max(0, m.start() - 12), m.start()))  # "周一至周五"
        if prev:
            try:
                first_wd = self.lex.lookup("weekdays", prev.group(1))
            except KeyError:
                first_wd = None
            if first_wd is not None:
                first = self._weekday_date(first_wd, "", prev, text)
                while d <= first:
                    d += timedelta(days=7)
        return self._with_part(d, m)

    def week_weekday(self, m, text):
        """A weekday of a week named by its place: "上周二" (Tuesday last week), "지난주 화요일", "来週の月曜日"."""
        if not self.ref:
            return None, "day"
        monday = self.ref - timedelta(days=self.ref.weekday())
        try:
            weeks = self.lex.lookup("week_mods", m.group("wmod"))
        except KeyError:  # after the weekday: "thứ Ba tuần trước"
            weeks = self.lex.lookup("week_mods_after", m.group("wmod"))
        d = monday + timedelta(weeks=weeks, days=self.lex.lookup("weekdays", m.group("wd")))
        if m.groupdict().get("fpart"):  # "chiều thứ Ba tuần trước"
            return f"{d.isoformat()}T{self.lex.lookup('part_first', m.group('fpart'))}", "time"
        return self._with_part(d, m)

    def part_weekday(self, m, text):
        """A part of the day before its weekday: 'la noche del lunes', 'к вечеру понедельника'."""
        if not self.ref:
            return None, "time"
        table = "weekdays_after_part" if self.lex.weekdays_after_part else "weekdays"
        d = self._weekday_date(self.lex.lookup(table, m.group("wd")), "", m, text)
        if m.groupdict().get("dom_m"):  # "chiều thứ Ba (19-5)": the day and month say which
            day, month = int(m.group("dom")), int(m.group("dom_m"))
            d = date(_nearest_year(month, day, self.ref), month, day)
        return f"{d.isoformat()}T{self.lex.lookup('part_first', m.group('part'))}", "time"

    def night_before(self, m, text):
        """The night before a weekday ("в ночь на пятницу", "in der Nacht zu Freitag"): the weekday's own day is
        placed as a bare weekday is, and the night is the evening before it (TimeML's NI of the day before)."""
        if not self.ref:
            return None, "time"
        word = m.group("wd")
        wd = next(t[k] for t in (self.lex.night_weekdays, self.lex.weekdays, self.lex.weekdays_after_part) for k in t if k.lower() == word.lower())
        d = self._weekday_date(wd, "", m, text) - timedelta(days=1)
        return f"{d.isoformat()}TNI", "time"

    def relative_day(self, m, text):
        if not self.ref:
            return None, "day"
        if self._trapped(m.start("rel"), m.end("rel"), text, "relative_day_traps"):
            return None, None  # Spanish "la mañana": a morning, not tomorrow
        return self._with_part(self.ref + timedelta(days=self._relative_offset(m.group("rel"), text, m)), m)

    def solar_day(self, m, text):
        """A Solar Hijri date ("۱۲ اسفند ۱۴۰۴") as its Gregorian day; without a year, the year that puts it
        nearest the publication date."""
        month, day = self.lex.solar_months[m.group("smonth")], int(m.group("day"))
        if m.group("syear"):
            return _solar_to_gregorian(int(m.group("syear")), month, day), "day"
        if not self.ref:
            return None, "day"
        near = self.ref.year - 621
        days = [d for y in (near - 1, near, near + 1) if (d := _solar_to_gregorian(y, month, day))]
        best = min(days, key=lambda d: abs((date.fromisoformat(d) - self.ref).days) + 0.5 * (date.fromisoformat(d) > self.ref), default=None)
        return best, "day"

    def day_after(self, m, text):
        """'The next day': the day after the day the text last named (this paragraph's, else an
        earlier one's); unresolved when it named none, rather than the day after publication.
        :meth:`find` re-anchors it on a written date named before it in the paragraph."""
        anchor = self._anchor(text, m.start())
        if anchor is None:
            return None, "day"
        return self._with_part(anchor + timedelta(days=1), m)  # "the next morning": that day's morning

    def day_before(self, m, text):
        """'The day before', 'la veille', 'накануне вечером', 'la noche anterior': the day before the
        day the text last named, else before publication (in news "накануне" alone is yesterday).
        :meth:`find` re-anchors it on a written date named before it in the paragraph."""
        anchor = self._anchor(text, m.start()) or self.ref
        if anchor is None:
            return None, "day"
        d = anchor - timedelta(days=1)
        if m.groupdict().get("bpart"):
            return f"{d.isoformat()}T{self.lex.lookup('day_before_parts', m.group('bpart'))}", "time"
        return self._with_part(d, m)

    def overnight(self, m, text):
        """'Overnight': the night of the day the text last named ("on Tuesday ... crews worked overnight"),
        else the night before publication, or tonight in a sentence about the future ("expected to burn
        overnight").  :meth:`find` re-anchors it like :meth:`day_after`."""
        night = self._night_of(self._anchor(text, m.start()), text, m.start(), m.end())
        return (f"{night.isoformat()}TNI" if night else None), "time"

    def bare_part(self, m, text):
        """A part of the day no word places ("in the morning", "am Abend"): that part of the day the text last named
        ("The fire broke out on Tuesday. In the evening, ..."), else of the publication day, or of the day before
        where that part had not begun when the report came out and the sentence is not about the future ("The
        fire broke out in the evening" in a paper out at 07:00).  :meth:`find` re-anchors it like
        :meth:`same_day`."""
        if not self.ref:
            return None, "time"
        day = self._anchor(text, m.start())
        if day is None:
            part = self.lex.lookup("dayparts", m.group("part"))
            start, end = _PART_START.get(part), _PART_END.get(part)
            if self._tense(text, m.start(), m.end()) == "future":  # "Talks will resume in the morning" at noon: tomorrow's
                over = self.pub_clock is not None and end is not None and end <= self.pub_clock
                day = self.ref + timedelta(days=1) if over else self.ref
            else:  # "The fire broke out in the evening" in a paper out at 07:00: yesterday's
                later = self.pub_clock is not None and start is not None and start > self.pub_clock
                day = self.ref - timedelta(days=1) if later else self.ref
        return self._with_part(day, m)

    def tonight(self, m, text):
        """One word for the night around publication (Hebrew "הלילה", "the night"): the night just over
        ("הלילה פרצה שריפה" in a morning's report, a fire broke out last night), but the publication's own
        night in a sentence about the future ("הלילה תתקיים ישיבה") or in a report written that night."""
        if not self.ref:
            return None, "time"
        evening = self.pub_zoned and self.pub_clock is not None and self.pub_clock >= _PART_START["NI"]
        own = evening or self._tense(text, m.start(), m.end()) == "future"
        return f"{(self.ref if own else self.ref - timedelta(days=1)).isoformat()}TNI", "time"

    def same_day(self, m, text):
        """'The same day', 'tego samego dnia': the day the text last named; unresolved when it named
        none, like 'the next day'.  :meth:`find` re-anchors it like :meth:`day_after`."""
        anchor = self._anchor(text, m.start())
        return self._with_part(anchor, m) if anchor else (None, "day")

    def holiday(self, m, text):
        spec = self.lex.lookup("holidays", m.group("h"))
        year = self._year(m)
        if not year and not self.ref:
            return None, "day"
        if not year:
            assert self.ref is not None
            guess = _holiday(spec, self.ref.year)
            year = self._year_for(guess.month, guess.day, text, m)
        return _holiday(year=year, spec=spec).isoformat(), "day"

    def now_unit(self, m, text):
        """today-like phrases: 'this morning', 'tonight'."""
        return (self.ref.isoformat() if self.ref else None), "day"

    def part_of_day(self, m, text):
        """'this morning', 'last night', 'yesterday afternoon'."""
        if not self.ref:
            return None, "time"
        rel = m.group("rel").lower()
        if rel in self.lex.this_words:
            offset = 0
        elif rel in self.lex.last_words:
            offset = -1
        else:
            offset = self._relative_offset(m.group("rel"), text, m)
        return self._with_part(self.ref + timedelta(days=offset), m)

    def day_with_part(self, m, text):
        """One word for a day and its part: 'stasera', 'gisteravond', 'anoche'."""
        if not self.ref:
            return None, "time"
        offset, part = self._day_with_part(m.group("x"))
        return f"{(self.ref + timedelta(days=offset)).isoformat()}T{part}", "time"
