"""Spans of days and months as Chinese, Japanese and Korean write them, and the fiscal years they leave unread.

A range of days joins two days with a word or a mark ("11月17日至19日", "17日到19日", "17～19日", "17日から19日まで",
"17~19일", "17일부터 19일까지"): one range, as "17–19 November" is, not two days (or, with the first day's 日 left
out, the second day alone).  Japanese names a quarter by its months ("7～9月期", "7-9月期": July to September, the
third quarter), which was read as September.  A fiscal year (年度, 财年, 회계연도) starts in a month the text does not
give (April in Japan, October or July elsewhere): its quarter is no calendar quarter, and is left unread rather than
read wrong.  Kept apart from :mod:`.days` and :mod:`.quarters`, which resolve one day and one quarter.
"""

from __future__ import annotations

import re
from datetime import date

from parallax.analyze.times.context import Context, _add_months, _nearest_year

# a word for a fiscal year right before a quarter or a half ("2026年度第3四半期", "今年度上半期", "2026财年第三季度",
# "2026회계연도 3분기", "FY2026 1분기"): the quarter is of a year whose first month the text does not say
FISCAL_BEFORE = re.compile(r"(?:年度|财年|財年|會計年|会计年|회계\s?연도|회계\s?년도|사업\s?연도|FY\s?\d{0,4})\s?(?:第\s?)?\Z", re.I)
# the months of a quarter or a half, first and last: "7～9月期" is Q3, "1～6月期" the first half
_MONTH_SPANS = {(1, 3): ("Q", 1), (4, 6): ("Q", 2), (7, 9): ("Q", 3), (10, 12): ("Q", 4), (1, 6): ("H", 1), (7, 12): ("H", 2)}


def fiscal_before(text: str, start: int) -> bool:
    """Whether a word for a fiscal year stands right before ``text[start:]`` (see :data:`FISCAL_BEFORE`)."""
    return bool(FISCAL_BEFORE.search(text, max(0, start - 12), start))


def place_period(ctx: Context, g: dict, code: str, q: int, m, text: str) -> tuple[str | None, str]:
    """A CJK quarter or half (``code`` "Q" or "H", number ``q``) placed in its year: the year written before it, a
    year word ("明年", "올해"), else this year's where it has begun or the sentence looks ahead, last year's otherwise."""
    if g.get("year"):
        return f"{int(g['year']):04d}-{code}{q}", "quarter"
    if not ctx.ref:
        return None, "quarter"
    if g.get("yrel"):
        y = ctx.ref.year + ctx.lex.lookup("rel_periods", g["yrel"])[1]
    else:
        cur = (ctx.ref.month - 1) * (2 if code == "H" else 4) // 12 + 1
        y = ctx.ref.year if q <= cur or ctx._tense(text, m.start(), m.end()) == "future" else ctx.ref.year - 1
    return f"{y:04d}-{code}{q}", "quarter"


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


class CjkSpanHandlers(Context):
    """Handlers (named by the lexicon's rules) of CJK day ranges and quarters named by their months."""

    def cjk_day_range(self, m, text):
        """"11月17日至19日", "17～19日", "17일부터 19일까지": the first day to the last.  Without a month, the days are of
        the publication's month, or of the month before where the first is still to come (a report speaks of the
        past), unless the sentence looks ahead -- as a day alone ("18日") is placed."""
        g = m.groupdict()
        d1, d2 = int(g["d"]), int(g["d2"])
        m1 = int(g["m"]) if g.get("m") else None
        m2 = int(g["m2"]) if g.get("m2") else m1
        m1 = m1 or m2
        if g.get("year"):
            y = int(g["year"])
        elif g.get("yrel") and self.ref:
            y = self.ref.year + self.lex.lookup("rel_periods", g["yrel"])[1]
        elif not self.ref:
            return None, "range"
        elif m1 is None:
            month = self.ref.replace(day=1)
            if d1 != self.ref.day and self._tense(text, m.start(), m.end()) == "future":
                month = month if d1 > self.ref.day else _add_months(month, 1)
            elif d1 > self.ref.day:
                month = _add_months(month, -1)
            y, m1, m2 = month.year, month.month, month.month
        else:
            y = _nearest_year(m1, d1, self.ref)
        assert m1 is not None and m2 is not None
        y2 = y + 1 if m2 < m1 else y  # "12月30日至1月2日": over the new year
        if (y2, m2, d2) <= (y, m1, d1):
            return None, None
        a, b = _iso(y, m1, d1), _iso(y2, m2, d2)
        return (f"{a}/{b}" if a and b else None), "range"

    def cjk_month_quarter(self, m, text):
        """"7～9月期", "2025年4-6月期": the quarter (or half) its months make, placed as a quarter in figures is;
        other spans of months ("4～12月期") and those of a fiscal year stay unread."""
        g = m.groupdict()
        span = _MONTH_SPANS.get((int(g["m1"]), int(g["m2"])))
        if span is None or g.get("fy") or fiscal_before(text, m.start()):
            return None, "quarter"
        code, q = span
        return place_period(self, g, code, q, m, text)
