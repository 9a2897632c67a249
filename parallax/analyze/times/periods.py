"""Expressions longer than a day, counted spans, and repeated times.

Months, years, decades and centuries; "last week", "three years ago";
fiscal quarters and halves, seasons and weekends; durations ("two days",
"P2D") and sets ("every Monday").  They are kept apart from :mod:`.days`
because none of them names one day: the driver never re-anchors them, and
several need guards of their own against words that only look like times
("a 6-year-old", "$500 million a year", "2000 people", "the fall in prices").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.context import Context, _add_months, _cached
from parallax.analyze.times.halves import half_more as _half_more

_MONTH_PREPS = {"in", "of", "since", "by", "until", "during", "early", "late", "mid", "from", "before", "after", "next", "last", "this", "en", "de", "depuis", "fin", "début"}


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


_ONE = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H", "minute": "PT1M", "decade": "P10Y"}
_VAGUE = {"day": "PXD", "week": "PXW", "month": "PXM", "year": "PXY", "hour": "PTXH", "minute": "PTXM", "decade": "PXE"}
_SEASONS = ("SP", "SU", "FA", "WI")
_QUARTER_REACH = 1500  # characters after a quarter within which "a year ago" means that quarter
# a deadline at a quarter: "until", "by (the end of)", in the languages whose lexicons read quarters ("до конца
# второго квартала", "do końca drugiego kwartału", "bis Ende des zweiten Quartals", "d'ici la fin du deuxième
# trimestre", "hasta el final del segundo trimestre"): the quarter is the coming one unless the sentence is past
_DEADLINE_WORDS = (
    "until|till|by|before|through|by the end of|before the end of|until the end of|by the close of|"
    "до|до конца|к|к концу|до кінця|do|do końca|do konce|do konca|bis|bis Ende|bis zum Ende|vor Ende|"
    "d'ici|d'ici la fin du|avant la fin du|jusqu'à la fin du|hasta|hasta el final del|antes del final del|"
    "entro|entro la fine del|até|até o final do|tot|tot het einde van|voor het einde van"
)
_SPACE = "[ \u00a0]"
_DEADLINE_BEFORE = re.compile(rf"(?<!\w)(?:{_DEADLINE_WORDS.replace(' ', _SPACE)}){_SPACE}(?:the{_SPACE})?\Z", re.I)
_YEAR_EARLIER = {"year-earlier", "year-ago", "year-before", "prior-year", "comparable", "corresponding"}
_ARTICLES = {"a", "an", "one", "per", "un", "une", "ein", "einen", "eine", "una", "uno"}
_AGE = re.compile(r"[\s-]old\b", re.I)
_RATE_WORDS = {"million", "billion", "twice", "once", "times", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    """A Roman numeral up to XXXIX, as centuries are written ("XIX", "XXI")."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _is_year(figures: str, ref: date | None) -> bool:
    """Whether four figures can be a year of the news: from 1000 to 30 years after publication (2099 without it)."""
    return len(figures) == 4 and figures.isdigit() and 1000 <= int(figures) <= (ref.year + 30 if ref else 2099)


def _is_rate(text: str, start: int) -> bool:
    """A figure among the three words before "a year": "$1.76 a year", "four flights a week", "24 hours a day"."""
    words = text[max(0, start - 40) : start].split()[-3:]
    return any(any(ch.isdigit() for ch in w) or w.lower().strip(",.") in _RATE_WORDS for w in words)


_COUNT_BEFORE = re.compile(r"\b(?:than|about|around|nearly|almost|approximately|roughly|some|no\.|number|flight|room|route|highway|model)\s$", re.I)
_COMMON_COUNTS = r"%|km|kms|mph|gmt|utc|hrs|kg|mw|kw|gw|mb|gb"


def _count_after(lex: Lexicon) -> re.Pattern:
    words = "|".join(w for w in (_COMMON_COUNTS, lex.not_after_year) if w)
    return _cached(lex, "count", lambda: re.compile(rf"\s?(?:{words})\b|\s?%", re.I))  # type: ignore[return-value]


class PeriodHandlers(Context):
    """Handlers (named by the lexicon's rules) of months, years, quarters, seasons, weekends,
    durations and sets."""

    def month_year(self, m, text):
        return f"{self._year(m):04d}-{self._month(m.group('month')):02d}", "month"

    def month_only(self, m, text):
        name = m.group("month")
        month = self._month(name)
        mod = (m.groupdict().get("mod") or "").lower()
        before = text[max(0, m.start("month") - 30) : m.start("month")].split()
        governed = bool(before) and (before[-1].lower() in _MONTH_PREPS or bool(self.lex.month_preps and re.fullmatch(self.lex.month_preps, before[-1], re.I)))
        if not mod and name.lower() in ("may", "mars") and not governed:
            return None, None  # the modal verb "May", the planet "Mars" (Swedish and Norwegian "i mars" is March)
        if not mod and name.lower() in self.lex.ambiguous_months and not (
            before and re.fullmatch(self.lex.month_preps, before[-1], re.I)
        ):
            return None, None  # Romanian "mai" (more)
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
        return f"{self._year(m):04d}", "year"

    def bare_year(self, m, text):
        if not self.own_lexicon:
            return None, None  # "2000 metrów": without the language's count words a number is no year
        year = int(m.group("x"))
        if self.ref and year > self.ref.year + 30:
            return None, None
        if _count_after(self.lex).match(text, m.end()) or _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None, None  # "2000 people", "more than 1900"
        return m.group("x"), "year"

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
        return None, None

    def later(self, m, text):
        """"3일 후", "两周后", "بعد ثلاثة أيام": that many units after now; in a sentence about the past
        ("三天后，警方逮捕了…") after the day the text named before, and unresolved without one."""
        if not self.ref:
            return None, "day"
        n, unit = self.lex.count(m)
        if n is None or unit not in ("day", "week", "month", "year"):
            return None, None
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
        """"5月", "去年5月", "2025年5月", "지난 3월", "十二月": a month, in the year written or named, else
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
        """"2025年", "2025년"."""
        return f"{int(m.group('year')):04d}", "year"

    def quarter(self, m, text):
        g = m.groupdict()
        half = g["qw"].lower() in {w.lower() for w in self.lex.half_words}
        per_year = 2 if half else 4
        code = "H" if half else "Q"
        q = self.lex.lookup("ordinals", g["ord"]) if g.get("ord") else None
        if q is not None and q > per_year:
            return None, None
        qmod = (g.get("qmod") or "").lower()
        year = g.get("year") or g.get("year2")
        if not self.ref and not year:
            return None, "quarter"
        y = int(year) if year else None
        if y is None and g.get("yrel"):
            which = g["yrel"].lower()
            assert self.ref is not None
            y = self.ref.year - 1 if which in self.lex.last_words else self.ref.year + 1 if which in self.lex.next_words else self.ref.year
        if y is None or q is None:
            assert self.ref is not None
            cur = (self.ref.month - 1) * per_year // 12 + 1
            cy = self.ref.year
            if q is None:
                if y is not None:  # "the 1988 quarter": the same quarter as the latest one
                    q = cur - 1 if cur > 1 else per_year
                elif qmod in ("current", "this"):
                    q = cur
                elif qmod in ("next", "coming"):
                    q, cy = (cur + 1, cy) if cur < per_year else (1, cy + 1)
                else:  # "the quarter", "the latest quarter": the last one reported
                    q, cy = (cur - 1, cy) if cur > 1 else (per_year, cy - 1)
                y = y or cy
            elif y is None:  # quarters are reported after they end: "third-quarter profit" in October
                tense = self._tense(text, m.start(), m.end())
                # ... but a deadline at a quarter is the coming one unless the sentence is past: "до конца второго квартала"
                ahead = tense is None and bool(_DEADLINE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                y = cy if q <= cur or tense == "future" or ahead else cy - 1
            if qmod in _YEAR_EARLIER:
                y -= 1
        if not half:
            self.last_quarter = (y, q, self.base + m.start())
        return f"{y:04d}-{code}{q}", "quarter"

    def season(self, m, text):
        g = m.groupdict()
        code = self.lex.lookup("seasons", g["season"])
        mod = (g.get("mod") or g.get("mod2") or "").lower()
        year = g.get("year")
        if not (year or g.get("pre") or (mod and mod != "the")):
            return None, None  # "prices fall", "the fall in prices"
        if not year and re.match(r"\s(?:of|in|de|des|du)\s(?!\d)", text[m.end() : m.end() + 8]):
            return None, None  # "the fall of the Berlin Wall"
        if year:
            return f"{year}-{code}", "season"
        if not self.ref:
            return None, "season"
        ref = self.ref
        idx = _SEASONS.index(code)
        if ref.month == 12:
            cur, cy = 3, ref.year
        elif ref.month <= 2:
            cur, cy = 3, ref.year - 1
        else:
            cur, cy = (ref.month - 3) // 3, ref.year
        if mod in self.lex.last_words or mod == "this past":
            y = cy if idx < cur else cy - 1
        elif mod in self.lex.next_words:
            y = cy if idx > cur else cy + 1
        elif mod in self.lex.this_words:
            y = ref.year
        else:
            tense = self._tense(text, m.start(), m.end())
            y = (cy if idx <= cur else cy - 1) if tense == "past" else (cy if idx >= cur else cy + 1) if tense == "future" else ref.year
        return f"{y:04d}-{code}", "season"

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

    def duration(self, m, text):
        if m.groupdict().get("cu"):  # "이틀", "يومين"
            n, unit = self.lex.count(m)
        else:  # "3日間" (the lexicon's own units of a duration, where it has them)
            n = self.lex.number(m.group("n"))
            unit = (self.lex.duration_units or self.lex.units)[m.group("unit").lower()]
        if n is None or _AGE.match(text, m.end()):
            return None, None  # "a 6-year-old boy", "37 years old"
        if unit == "year" and m.groupdict().get("n") and m.group("unit").lower() in self.lex.year_nouns and _is_year(m.group("n"), self.ref):
            return m.group("n"), "year"  # "2023 год стал рекордным": the year 2023 (Lexicon.year_nouns)
        if m.groupdict().get("n") and m.group("n").lower() in _ARTICLES and _is_rate(text, m.start()):
            return None, None  # a rate: "$500 million a year", "four flights a week"
        code = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M", "decade": "Y"}[unit]
        g = m.groupdict()
        if g.get("andhalf") or g.get("andhalf2") or g.get("halfof"):  # "a year and a half", "half an hour"
            return _half_more(n + 0.5 if g.get("andhalf") or g.get("andhalf2") else n / 2, unit), "duration"
        if unit == "decade":
            n *= 10
        return (f"PT{n}{code}" if unit in ("hour", "minute") else f"P{n}{code}"), "duration"

    def elapsed(self, m, text):
        """A time taken in hours, minutes and seconds ("2時間8分15秒"): one duration, ``PT2H8M15S``."""
        h, mi, sec = m.group("h"), m.group("mi"), m.groupdict().get("s")
        return f"PT{int(h)}H{int(mi)}M" + (f"{sec}S" if sec else ""), "duration"

    def vague_duration(self, m, text):
        unit = self.lex.units[m.group("unit").lower()]
        if _AGE.match(text, m.end()):
            return None, None
        return _VAGUE[unit], "duration"

    def vague_span(self, m, text):
        """'In the coming days', 'en los próximos días', 'в последние дни': a span of some days ahead or
        behind (TimeML PXD), not the next or last day; a phrase the lexicon lists as a reference
        ("the coming months": FUTURE_REF) keeps that value."""
        phrase = " ".join(m.group("x").lower().split())
        refs = {k.lower(): v for k, v in self.lex.refs.items()}
        if phrase in refs:
            return refs[phrase], "ref"
        unit = self.lex.units[(m.group("unit") or m.group("unit2")).lower()]
        return _VAGUE[unit], "duration"

    def each(self, m, text):
        g = m.groupdict()
        if g.get("wd"):
            return f"XXXX-WXX-{self.lex.lookup('weekdays', g['wd']) + 1}", "set"
        if g.get("month"):
            return f"XXXX-{self._month(g['month']):02d}", "set"
        unit = self.lex.units[g["unit"].lower()]
        return _ONE[unit], "set"

    def set_word(self, m, text):
        return self.lex.lookup("sets", m.group("x")), "set"

    def reference(self, m, text):
        return self.lex.lookup("refs", m.group("x")), "ref"
