"""Days written in Chinese, Japanese and Korean figures: "2026年3月14日", "令和8年6月14日", "18日", "先月28日".

Kept apart from :mod:`.days`, whose :class:`~.days.DayHandlers` inherits these handlers, because each reads a
script of its own (年, 月, 日 and their Korean 년, 월, 일) and a calendar the other day handlers never meet (the
Japanese eras), so that each module reads in one sitting (days.py had grown past 330 lines).
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from parallax.analyze.times.calendars import _day
from parallax.analyze.times.context import Context, _add_months

# the year before the first of each Japanese era: 令和 1 is 2019, 平成 1 1989, 昭和 1 1926
_ERA_BEFORE_FIRST = {"令和": 2018, "平成": 1988, "昭和": 1925}


class CjkDayHandlers(Context):
    """Handlers (named by the lexicon's rules) of days written in CJK figures."""

    def numeric_cjk(self, m, text):
        """"2026年3月14日", the shared rule of every language (a Japanese quotation in an English report); without a
        year, the year :meth:`Context._year_for` gives, as :meth:`cjk_date` reads it in Chinese and Japanese: the
        nearest near the publication, farther away the one the sentence's tense says ("was held on 3月14日", in a
        report of November, is the March gone, not the next one, nearer as that is)."""
        month, day = int(m.group("m")), int(m.group("d"))
        if m.group("year"):
            return _day(int(m.group("year")), month, day), "day"
        return (_day(self._year_for(month, day, text, m), month, day) if self.ref else None), "day"

    def era_date(self, m, text):
        """"令和8年6月14日", "令和8年6月", "平成元年": a year of a Japanese era (令和 1 is 2019), with its month and day."""
        year = _ERA_BEFORE_FIRST[m.group("era")] + (1 if m.group("ey") == "元" else int(m.group("ey")))
        if m.group("d"):
            return _day(year, int(m.group("m")), int(m.group("d"))), "day"
        if m.group("m"):
            return (f"{year:04d}-{int(m.group('m')):02d}" if 1 <= int(m.group("m")) <= 12 else None), "month"
        return f"{year:04d}", "year"

    def numeric_cjk_day(self, m, text):
        """"18日" alone: that day of the publication month, or of the month before when the day is
        still to come (a report speaks of the past) -- unless the sentence looks ahead ("오는 20일",
        "20日に開催する予定"): then the next such day."""
        if not self.ref:
            return None, "day"
        day = int(m.group("d"))
        month = self.ref.replace(day=1)
        if day != self.ref.day and self._tense(text, m.start(), m.end()) == "future":
            ahead = month if day > self.ref.day else _add_months(month, 1)
            # a day gone this month is next month's only where that is the nearer: "18日" in a report of the 20th
            # whose sentence looks ahead ("发改委18日表示，未来五年将投资") is the 18th just gone, "3日" on the 28th the 3rd to come
            before = text[max(0, m.start() - 8) : m.start()].split()
            said_ahead = bool(before) and before[-1] in self.lex.next_words  # "오는 5일": the coming one, however far
            if said_ahead or day > self.ref.day or day > monthrange(ahead.year, ahead.month)[1] or (date(ahead.year, ahead.month, day) - self.ref).days <= self.ref.day - day:
                return _day(ahead.year, ahead.month, day), "day"
        if day > self.ref.day:
            month = _add_months(month, -1)
        return _day(month.year, month.month, day), "day"

    def cjk_date(self, m, text):
        """"去年5月14日", "작년 5월 14일", "3月14号": the year written, the year a word names, else the
        year :meth:`Context._year_for` gives; "先月28日", "지난달 28일": the day of the month the word names."""
        if m.groupdict().get("mrel"):
            if not self.ref:
                return None, "day"
            first = _add_months(self.ref.replace(day=1), self.lex.lookup("rel_periods", m.group("mrel"))[1])
            return _day(first.year, first.month, int(m.group("md"))), "day"
        month, day = int(m.group("m")), int(m.group("d"))
        if m.group("year"):
            return _day(int(m.group("year")), month, day), "day"
        if not self.ref:
            return None, "day"
        if m.groupdict().get("yrel"):
            unit, step = self.lex.lookup("rel_periods", m.group("yrel"))
            return _day(self.ref.year + step, month, day), "day"
        # the year nearest the publication date near it; farther away the tense decides, as for "March 14"
        # (a Chinese report of 5 November: "3月14日发生火灾" is the fire of 14 March gone, not of the next one)
        return _day(self._year_for(month, day, text, m), month, day), "day"
