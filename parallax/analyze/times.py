"""Temporal expressions, resolved against the publication date.

News conventions drive the rules: a bare weekday is the most recent one on or
before the publication day unless the sentence looks ahead ("will", "next");
a month and day without a year take the year that puts them nearest the
publication date; "last month" is a month, not a day.  Values are ISO 8601 at
the expression's real granularity (``2022-04-07``, ``2022-03``, ``2022``,
``2022-W14``, ``2022-04-06/2022-04-07``, ``P2D``).  Lexicons for English,
German, French and Spanish live in :mod:`parallax.analyze.timelex`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from parallax.analyze import Paragraph, component
from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.ingest.timeparse import published_date
from parallax.records import Article, TimeExpression

_FUTURE_CUES = re.compile(
    r"\b(will|would|shall|to be held|is due|are due|due to|scheduled|plans? to|planned|expected to|set to|next|upcoming|"
    r"wird|werden|soll|sollen|kommende[nmr]?|nächste[nmr]?|prochain|prochaine|sera|seront|doit|devrait|próximo|próxima|será)\b",
    re.I,
)


_MONTH_PREPS = {"in", "of", "since", "by", "until", "during", "early", "late", "mid", "from", "before", "after", "next", "last", "this", "en", "de", "depuis", "fin", "début"}


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def _nearest_year(month: int, day: int | None, ref: date) -> int:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((d - ref).days) + (0.5 if d > ref else 0)  # ties go to the past
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else ref.year


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


class Resolver:
    """Finds and resolves expressions in one paragraph for one language."""

    def __init__(self, lex: Lexicon, ref: date | None):
        self.lex = lex
        self.ref = ref

    def find(self, text: str) -> list[tuple[int, int, str | None, str]]:
        found: list[tuple[int, int, str | None, str]] = []
        taken: list[tuple[int, int]] = []
        for rule in self.lex.rules:
            for m in rule.pattern.finditer(text):
                s, e = m.span("x") if "x" in m.groupdict() else m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                try:
                    value, gran = getattr(self, rule.handler)(m, text)
                except (ValueError, KeyError, OverflowError):
                    continue
                if gran is None:
                    continue
                taken.append((s, e))
                found.append((s, e, value, gran))
        found.sort()
        return found

    # -------------------------------------------------------- handlers
    def _month(self, name: str) -> int:
        return self.lex.lookup("months", name.rstrip("."))

    def _year(self, m: re.Match, key: str = "year") -> int | None:
        y = m.groupdict().get(key)
        return int(y) if y else None

    def month_day(self, m, text):
        month = self._month(m.group("month"))
        day = int(m.group("day"))
        year = self._year(m) or (self.ref and _nearest_year(month, day, self.ref))
        if not year:
            return None, "day"
        return _day(year, month, day), "day"

    def month_day_range(self, m, text):
        month = self._month(m.group("month"))
        d1, d2 = int(m.group("day")), int(m.group("day2"))
        month2 = self._month(m.group("month2")) if m.groupdict().get("month2") else month
        year = self._year(m) or (self.ref and _nearest_year(month, d1, self.ref))
        if not year or d2 <= d1 and month2 == month:
            return (None, "range") if not year else (None, None)
        a, b = _day(year, month, d1), _day(year, month2, d2)
        return (f"{a}/{b}" if a and b else None), "range"

    def month_year(self, m, text):
        return f"{int(m.group('year')):04d}-{self._month(m.group('month')):02d}", "month"

    def month_only(self, m, text):
        month = self._month(m.group("month"))
        before = text[: m.start()].split()
        if m.group("month").lower() in ("may", "mars") and (not before or before[-1].lower() not in _MONTH_PREPS):
            return None, None  # the modal verb "May", the planet "Mars"
        if not self.ref:
            return None, "month"
        return f"{_nearest_year(month, None, self.ref):04d}-{month:02d}", "month"

    def year(self, m, text):
        return m.group("year"), "year"

    def decade(self, m, text):
        return m.group("year")[:3], "decade"

    def iso(self, m, text):
        return _day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "day"

    def numeric_dmy(self, m, text):
        return _day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "day"

    def weekday(self, m, text):
        wd = self.lex.lookup("weekdays", m.group("wd"))
        mod = (m.groupdict().get("mod") or "").lower()
        if not self.ref:
            return None, "day"
        sentence = text[max(0, m.start() - 120) : m.end() + 40]
        sentence = re.split(r"[.!?]\s", sentence)[-1] if m.start() > 0 else sentence
        back = (self.ref.weekday() - wd) % 7
        if mod in self.lex.next_words or (mod not in self.lex.last_words and _FUTURE_CUES.search(sentence) and back != 0):
            fwd = (wd - self.ref.weekday()) % 7 or 7
            return (self.ref + timedelta(days=fwd)).isoformat(), "day"
        if mod in self.lex.last_words and back == 0:
            back = 7
        return (self.ref - timedelta(days=back)).isoformat(), "day"

    def relative_day(self, m, text):
        if not self.ref:
            return None, "day"
        offset = self.lex.lookup("relative_days", m.group("rel"))
        return (self.ref + timedelta(days=offset)).isoformat(), "day"

    def relative_unit(self, m, text):
        """last/this/next week|month|year (and their translations)."""
        if not self.ref:
            return None, "day"
        which = m.group("which").lower()
        unit = self.lex.units[m.group("unit").lower()]
        step = -1 if which in self.lex.last_words else 1 if which in self.lex.next_words else 0
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
        n = self.lex.number(m.group("n"))
        unit = self.lex.units[m.group("unit").lower()]
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
            return f"{self.ref.year - n:04d}", "year"
        return None, None

    def duration(self, m, text):
        n = self.lex.number(m.group("n"))
        unit = self.lex.units[m.group("unit").lower()]
        if n is None:
            return None, None
        code = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M", "decade": "Y"}[unit]
        if unit == "decade":
            n *= 10
        return (f"PT{n}{code}" if unit in ("hour", "minute") else f"P{n}{code}"), "duration"

    def now_unit(self, m, text):
        """today-like phrases: 'this morning', 'tonight'."""
        return (self.ref.isoformat() if self.ref else None), "day"


def resolve_text(text: str, language: str | None, published: str | None) -> list[tuple[int, int, str | None, str]]:
    """All expressions of ``text`` as (start, end, value, granularity)."""
    lex = LEXICONS.get((language or "en")[:2], LEXICONS["en"])
    return Resolver(lex, published_date(published)).find(text)


@component("times")
def add_times(article: Article, paragraphs: list[Paragraph]) -> None:
    for para in paragraphs:
        for s, e, value, gran in resolve_text(para.text, article.language, article.published):
            article.times.append(TimeExpression(para.text[s:e], value, para.offset + s, para.offset + e, gran))
