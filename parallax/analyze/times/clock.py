"""Clock times ("11 p.m. Tuesday", "um 06:40", "오후 3시") and the day they fall on.

The one handler that answers three things (value, granularity, whether a day word placed it), with its
guards against figures that only look like a time ("John 3:16", "2:05:37"); kept apart from :mod:`.days`,
whose :class:`~.days.DayHandlers` inherits it, so that each reads in one sitting.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.times.context import Context
from parallax.analyze.times.cues import until_near
from parallax.analyze.times.evening_clocks import evening_before

# what may stand before a 24-hour time written with one digit for the hour ("at 9:30", "um 6:40")
_AT_TIME = re.compile(
    r"(?:\b(?:at|by|around|about|until|till|from|before|after|um|gegen|ab|bis|à|vers|dès|alle|verso|a las|hacia|às|om|rond|kl|o|в|о)"
    r"\.?|[(,–—-])\s*\Z",
    re.I,
)


# a bound before midnight ("shortly before midnight", "kurz vor Mitternacht", "peu avant minuit", "poco antes de la
# medianoche", "poco prima di mezzanotte", "kort voor middernacht"): the late night of the day, not its midnight
_BEFORE_MIDNIGHT = re.compile(r"(?<!\w)(?:before|vor|avant|antes de(?: la)?|prima di|voor|vóór|före|innan|før|до|przed)[ \u00a0]+\Z", re.I)


_DAWN = 6  # the hour before which a time told after a night is that night's, past its midnight


def _bare_time(text: str, start: int, hour: str) -> bool:
    """Whether figures like "14:30" at ``start`` are a time of day: not part of a longer figure
    ("2:05:37", "1:50,000"), the hour at most 23, and a one-digit hour only after a word for "at"
    ("at 9:30", not "John 3:16")."""
    if start and text[start - 1] in "0123456789:.,":
        return False
    if int(hour) > 23:
        return False
    return len(hour) == 2 or _AT_TIME.search(text, max(0, start - 12), start) is not None


class ClockHandlers(Context):
    """The handler (named by the lexicon's clock rules) of a clock time and its day."""

    def clock(self, m, text):
        """A clock time and its day: (value, granularity, loose), where ``loose`` says that no day
        word placed the time, so that :meth:`find` may still place it on a date written before it.
        The one handler that answers three things; :meth:`find` calls it by name."""
        g = m.groupdict()
        cpart = g.get("cpart") or g.get("cpart2")  # (a part of the day before the hour, or after it: "16h30 chiều")
        if g.get("noon"):
            h, mi = (24, 0) if g["noon"].lower() == "midnight" else (12, 0)
        elif g.get("midnight"):
            h, mi = 24, 0
        elif g.get("hhmm"):  # "1400 GMT", "0900 ET": four figures before a time zone
            h, mi = int(g["hhmm"][:2]), int(g["hhmm"][2:])
            if g["hhmm"][:2] in ("19", "20") and not _AT_TIME.search(text, max(0, m.start("hhmm") - 12), m.start("hhmm")):
                return None, None, False  # "in 2015 UTC agreed ...": a year before a company's initials
        else:
            # figures, or number words ("下午三点二十分", "الساعة الثالثة"), and "half past" words ("3시 반")
            # (``minb``: minutes told after the hour's word, Hindi "4 बजकर 12 मिनट")
            minutes = g.get("min") or g.get("minb") or g.get("min24") or "0"
            h, mi = self._told(g) if g.get("h") is None else (self._figure(g["h"]), self._figure(minutes))
            if g.get("mw"):
                mi = self.lex.lookup("minute_words", g["mw"])
            if g.get("min24") and not _bare_time(text, m.start("h"), g["h"]):
                return None, None, False
            ampm = (g.get("ampm") or "").lower()
            # a 24-hour time may name its afternoon or night too ("16h30 chiều", "下午15点"), not its morning
            late = cpart and h > 12 and self.lex.lookup("clock_parts", cpart) not in ("pm", "night")
            if h > 24 or mi > 59 or (ampm and not 1 <= h <= 12) or late:
                return None, None, False
            if ampm.startswith("p") and h < 12:
                h += 12
            elif ampm.startswith("a") and h == 12:
                h = 0
            elif not ampm and not cpart and 1 <= h <= 11 and not g.get("min24") and evening_before(self.lex, text, m.start()):
                h += 12  # "maandagavond 8 uur", "Montagabend um 8 Uhr": the evening on the weekday (:mod:`.evening_clocks`)
            if cpart:  # "오후 3시", "午前0時", "晚上八点", "الثالثة عصرا"
                kind = self.lex.lookup("clock_parts", cpart)
                if kind == "pm" and h < 12 or kind == "night" and 6 <= h < 12:
                    h += 12
                elif kind == "night" and h == 12:
                    h = 24
                elif kind == "am" and h == 12:
                    h = 0
        if not self.ref:
            return None, "time", False
        loose = False
        if cpart and any(cpart.lower() == k.lower() for k in self.lex.day_with_part):  # "昨晚8点", "어젯밤 11시"
            d = self.ref + timedelta(days=self._day_with_part(cpart)[0])
        elif g.get("wd"):
            d = self._weekday_date(self.lex.lookup("weekdays", g["wd"]), (g.get("cmod") or "").lower(), m, text)
        elif g.get("cmonth"):
            month, day = self._month(g["cmonth"]), int(g["cday"])
            try:
                d = date(self._year_for(month, day, text, m), month, day)
            except ValueError:  # "Feb. 30"
                return None, None, False
        elif g.get("rel"):
            d = self.ref + timedelta(days=self.lex.lookup("relative_days", g["rel"]))
        elif g.get("cdd"):  # "16h30 chiều 20/5", "16h30 ngày 20/5": a day and month after it
            month, day = int(g["cdm"]), int(g["cdd"])
            try:
                d = date(self._year_for(month, day, text, m), month, day)
            except ValueError:
                return None, None, False
        else:
            d = self._day_of_sentence(text, m.start(), (h, mi))
            loose = d is None  # a date written before it may still place it (see find)
            tense = self._tense(text, m.start(), m.end())
            # a time still ahead: a future, or an "until" with no tense to send it back ("is in force until 6pm")
            ahead = tense == "future" or tense is None and until_near(text, m.start(), m.end()) is not None
            d = d or self._carried(text, m, h, ahead) or self.ref
            # the publication day, by default or carried from an earlier sentence ("results published on Monday ...
            # conceded shortly after midnight" in a paper out on Monday at 06:00): a time still to come there is the day before's
            if (
                loose
                and d == self.ref
                and self.pub_clock
                and (h, mi) > self.pub_clock
                and not ahead
            ):
                d -= timedelta(days=1)  # "Vers 21 heures, des manifestants ont déversé ..." in a paper out at 07:15
        if (h, mi) == (24, 0) and _BEFORE_MIDNIGHT.search(text, max(0, m.start() - 20), _word_start(m)):
            return f"{d.isoformat()}TNI", "time", loose  # "shortly before midnight on Tuesday": Tuesday's night
        return f"{d.isoformat()}T{h:02d}:{mi:02d}", "time", loose

    def _carried(self, text: str, m, hour: int, ahead: bool) -> date | None:
        """The day carried from an earlier paragraph for a bare clock time: in a past sentence, not a day after
        publication ("We shall be filing an appeal on Monday," he said. ¶ The verdict was read at 3.40pm": the
        coming Monday, named in a quotation, is no day an act already done fell on), but the last day named that
        is not after it, as :meth:`_pick_anchor` chooses for "the night before"; none such, no day carried.  A
        night carried ("swept in overnight", "on Wednesday night") runs past midnight: an hour before dawn after it
        ("at 2am") is the next day's, as in one phrase ("kl. 03.15 natt til lørdag", :meth:`Resolver._clock_days`).
        A time still ahead (``ahead``: "The warning will be lifted at 6pm", "is in force until 6pm") is no hour of a
        day gone that an earlier paragraph told of ("a tree fell on his car on Wednesday evening"): the publication
        day's."""
        day = self.carry_day
        if day is not None and self.ref is not None and day < self.ref and ahead:
            return self.ref
        if day is not None and self.carry_night and hour < _DAWN:
            return day + timedelta(days=1)
        if day is None or self.ref is None or day <= self.ref or self._tense(text, m.start(), m.end()) != "past":
            return day
        return next((d for d in reversed(self.named_days) if d <= self.ref), None)

    def _told(self, g: dict) -> tuple[int, int]:
        """An hour told by the half or quarter around it (:attr:`Lexicon.hour_words`): "half tien" is 9.30, the half
        hour on the way to ten; "kwart over negen" 9.15; "kwart voor tien" 9.45."""
        word = g.get("hhalf") or g.get("qpast") or g["qto"]
        hour = self.lex.lookup("hour_words", word) if not word.isdigit() else int(word)
        if g.get("qpast"):
            return hour, 15
        return (hour - 1 or 12), (30 if g.get("hhalf") else 45)

    def _figure(self, word: str) -> int:
        """An hour or minute in figures (also full-width ones) or in the lexicon's number words."""
        n = self.lex.number(word)
        if n is None:
            raise ValueError(word)
        return n


def _word_start(m) -> int:
    """Where the word of midnight starts in a clock match, after any "at" the pattern took with it."""
    for group in ("noon", "midnight"):
        if m.groupdict().get(group):
            return m.start(group)
    return m.start()
