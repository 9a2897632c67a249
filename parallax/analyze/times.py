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
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Iterable
from datetime import date, timedelta

from parallax.analyze import Paragraph, component
from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.ingest.timeparse import published_date
from parallax.records import Article, TimeExpression

# words of a sentence about the future, in every language (each lexicon adds its own: "si riunirà", "zal")
_FUTURE_WORDS = (
    r"will|would|shall|to be held|is due|are due|due to|scheduled|plans? to|planned|expected to|set to|next|upcoming|"
    r"(?:is|are) expected|expects?|awaited|"
    r"vow(?:s|ed)? to|promis(?:es|ed) to|pledg(?:es|ed) to|threaten(?:s|ed)? to|intends? to|going to|'ll|"
    r"wird|werden|soll|sollen|kommende[nmr]?|nächste[nmr]?|prochain|prochaine|sera|seront|doit|devrait|próximo|próxima|será"
)


_MONTH_PREPS = {"in", "of", "since", "by", "until", "during", "early", "late", "mid", "from", "before", "after", "next", "last", "this", "en", "de", "depuis", "fin", "début"}


# a match starts at a word start only: linear on long runs of letters
_COORDINATED = re.compile(r"(?<!\w)(\w+)\s*+(?:and|to|through|until|or|-|–|und|bis|oder|et|au|ou|y|a|o)\s*+$")


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


_ONE = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H", "minute": "PT1M", "decade": "P10Y"}
_VAGUE = {"day": "PXD", "week": "PXW", "month": "PXM", "year": "PXY", "hour": "PTXH", "minute": "PTXM", "decade": "PXE"}
_SEASONS = ("SP", "SU", "FA", "WI")
_UNTIL = re.compile(r"(?<!\w)(?:until|till|through|hasta(?: el)?|fino a|jusqu'(?:à|au)|bis(?: zum| am)?|até(?: à| a)?|tot)\s+\Z", re.I)
_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|but|while|und|aber|et|mais|y|pero|e|ma|en|maar)\s")
_RIGHT_PENALTY = 200  # a tense cue after the expression and past a clause break is another clause's
_TENSE_RIGHT = 2.0  # a tense cue after the expression counts as this much farther than one before it
_NEAR_DAYS = 90  # a month (and day) without a year this close to publication is the nearest one
_QUARTER_REACH = 1500  # characters after a quarter within which "a year ago" means that quarter
_YEAR_EARLIER = {"year-earlier", "year-ago", "year-before", "prior-year", "comparable", "corresponding"}
_ARTICLES = {"a", "an", "one", "per", "un", "une", "ein", "einen", "eine", "una", "uno"}
_AGE = re.compile(r"[\s-]old\b", re.I)
_RATE_WORDS = {"million", "billion", "twice", "once", "times", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}


def _is_rate(text: str, start: int) -> bool:
    """A figure among the three words before "a year": "$1.76 a year", "four flights a week", "24 hours a day"."""
    words = text[max(0, start - 40) : start].split()[-3:]
    return any(any(ch.isdigit() for ch in w) or w.lower().strip(",.") in _RATE_WORDS for w in words)


_COUNT_BEFORE = re.compile(r"\b(?:than|about|around|nearly|almost|approximately|roughly|some|no\.|number|flight|room|route|highway|model)\s$", re.I)
_COMMON_COUNTS = r"%|km|kms|mph|gmt|utc|hrs|kg|mw|kw|gw|mb|gb"
# which words before an expression TimeML counts in its extent, per handler
_FAMILY = {
    "duration": "duration", "vague_duration": "duration",
    "relative_unit": "relative", "month_only": "period", "month_year": "period", "year": "period", "bare_year": "period",
    "decade": "period", "season": "period", "quarter": "period",
    "weekday": "day", "relative_day": "day", "day_with_part": "day", "day_after": "day", "month_day": "day", "part_of_day": "day", "clock": "day",
}  # fmt: skip
_PATTERN_CACHE: dict[tuple[int, str], re.Pattern | None] = {}


def _cached(lex: Lexicon, name: str, build) -> re.Pattern | None:
    """A pattern built from a lexicon once per lexicon and name."""
    key = (id(lex), name)
    if key not in _PATTERN_CACHE:
        _PATTERN_CACHE[key] = build()
    return _PATTERN_CACHE[key]


def _extension_pattern(lex: Lexicon, family: str) -> re.Pattern | None:
    def build() -> re.Pattern | None:
        words = lex.extend.get("period" if family == "relative" else family, "")
        if family == "relative" and words:
            words += "|the"
        return re.compile(rf"(?<![\w-])(?:{words})(?:\s|(?<=mid)-)\Z", re.I) if words else None

    return _cached(lex, "ext:" + family, build)


def _future_pattern(lex: Lexicon) -> re.Pattern:
    words = "|".join(w for w in (_FUTURE_WORDS, lex.future_cues) if w)
    return _cached(lex, "future", lambda: re.compile(rf"\b(?:{words})\b", re.I))  # type: ignore[return-value]


def _day_words(lex: Lexicon) -> re.Pattern:
    """The relative-day and weekday words of a language ("yesterday", "Monday")."""
    def build() -> re.Pattern:
        words = sorted({*lex.relative_days, *lex.day_with_part, *lex.weekdays}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)

    return _cached(lex, "days", build)  # type: ignore[return-value]


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def names_a_day(expression: str, language: str | None) -> bool:
    """Whether a time expression's own words name its day ("11 p.m. on Dec. 30", "10 a.m.
    Tuesday"), not only a clock time whose day was inferred ("11 p.m.")."""
    return _names_a_day(expression, LEXICONS.get((language or "en")[:2], LEXICONS["en"]))


# what may stand before a 24-hour time written with one digit for the hour ("at 9:30", "um 6:40")
_AT_TIME = re.compile(
    r"(?:\b(?:at|by|around|about|until|till|from|before|after|um|gegen|ab|bis|à|vers|dès|alle|verso|a las|hacia|às|om|rond|kl|o|в|о)"
    r"\.?|[(,–—-])\s*\Z",
    re.I,
)


def _bare_time(text: str, start: int, hour: str) -> bool:
    """Whether figures like "14:30" at ``start`` are a time of day: not part of a longer figure
    ("2:05:37", "1:50,000"), the hour at most 23, and a one-digit hour only after a word for "at"
    ("at 9:30", not "John 3:16")."""
    if start and text[start - 1] in "0123456789:.,":
        return False
    if int(hour) > 23:
        return False
    return len(hour) == 2 or _AT_TIME.search(text, max(0, start - 12), start) is not None


def _names_a_day(expression: str, lex: Lexicon) -> bool:
    months = _cached(lex, "months", lambda: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(lex.months, key=len, reverse=True))) + r")", re.I))
    return bool(_day_words(lex).search(expression) or months.search(expression))  # type: ignore[union-attr]


def _past_pattern(lex: Lexicon) -> re.Pattern | None:
    return _cached(lex, "past", lambda: re.compile(rf"\b(?:{lex.past_cues})\b", re.I) if lex.past_cues else None)


def _count_after(lex: Lexicon) -> re.Pattern:
    words = "|".join(w for w in (_COMMON_COUNTS, lex.not_after_year) if w)
    return _cached(lex, "count", lambda: re.compile(rf"\s?(?:{words})\b|\s?%", re.I))  # type: ignore[return-value]


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ll) // 433
    month = (h + ll - 7 * m + 90) // 25
    return date(year, month, (h + ll - 7 * m + 33 * month + 19) % 32)


def _holiday(spec: str, year: int) -> date:
    if spec.startswith("easter"):
        return _easter(year) + timedelta(days=int(spec[6:]))
    if spec.startswith("nth:"):
        _, month, weekday, n = spec.split(":")
        mo, wd, k = int(month), int(weekday), int(n)
        if k > 0:
            first = date(year, mo, 1)
            return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (k - 1))
        last = date(year, mo, monthrange(year, mo)[1])
        return last - timedelta(days=(last.weekday() - wd) % 7)
    mo, d = spec.split("-")
    return date(year, int(mo), int(d))


class _Spans:
    """Non-overlapping spans, sorted, with an overlap test in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)  # spans starting before e
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


class Resolver:
    """Finds and resolves expressions in one paragraph for one language."""

    def __init__(self, lex: Lexicon, ref: date | None):
        self.lex = lex
        self.ref = ref
        self.pub_clock: tuple[int, int] | None = None  # the publication's local time of day, when given
        # the last fiscal quarter named (year, quarter, article offset): in a results story
        # "a year ago" is that quarter a year before ("1988-Q3"), not the year
        self.last_quarter: tuple[int, int, int] | None = None
        self.base = 0  # offset of the text being resolved in its article
        self.carry_day: date | None = None  # the last day the previous paragraph named
        self.own_lexicon = True  # False: the text's language has no lexicon and the English one stands in
        self._loose_clock = False  # set by :meth:`clock` when no day word placed the time

    def find(self, text: str) -> list[tuple[int, int, str | None, str]]:
        found: list[tuple[int, int, str | None, str, str | None]] = []
        taken = _Spans()
        after: set[int] = set()  # where a "the next day" starts
        loose: set[int] = set()  # where a clock time starts that no day word placed
        for rule in self.lex.rules:
            for m in rule.pattern.finditer(text):
                s, e = m.span("x") if "x" in m.groupdict() else m.span()
                if s < 0 or taken.overlaps(s, e):
                    continue
                try:
                    value, gran = getattr(self, rule.handler)(m, text)
                except (ValueError, KeyError, OverflowError):
                    continue
                if gran is None:
                    continue
                taken.add(s, e)
                found.append((s, e, value, gran, _FAMILY.get(rule.handler)))
                if rule.handler == "day_after":
                    after.add(s)
                if rule.handler == "clock" and self._loose_clock:
                    loose.add(s)
                self._loose_clock = False
        out = []
        for s, e, value, gran, family in found:
            start = self._extend_left(text, s, family, taken) if family else s
            for marks in (after, loose):
                if s in marks:
                    marks.add(start)
            out.append((start, e, value, gran))
        out.sort()
        named: list[tuple[int, str]] = []  # the days this paragraph names, where and in order
        for i, (s, e, v, g) in enumerate(out):
            if s in after and named:
                # "On March 16 ... The next day": the day after the day last named, however written
                v = (date.fromisoformat(named[-1][1][:10]) + timedelta(days=1)).isoformat()
                out[i] = (s, e, v, g)
            elif s in loose and v and named and s - named[-1][0] <= 250:
                # "on March 14 at about 11 p.m.", "am 14.03.2026 um 06:40": the day written before it
                v = named[-1][1][:10] + v[10:]
                out[i] = (s, e, v, g)
            if v and _DAY_VALUE.match(v) and (g == "day" or _names_a_day(text[s:e], self.lex)):
                named.append((s, v))
        # the last day this paragraph names is the day of a bare clock time in the next one
        self.carry_day = date.fromisoformat(named[-1][1][:10]) if named else None
        return out

    def _extend_left(self, text: str, s: int, family: str, taken: _Spans) -> int:
        """Take in the words TimeML counts as part of an expression: "the past two years", "early 1990"."""
        pat = _extension_pattern(self.lex, family)
        if pat is None:
            return s
        for _ in range(4):
            m = pat.search(text, max(0, s - 40), s)
            if not m or taken.overlaps(m.start(), s):
                break
            s = m.start()
        return s

    def _tense(self, text: str, s: int, e: int) -> str | None:
        """'future' or 'past': the tense cue nearest to ``text[s:e]`` in its sentence, else None."""
        lo = max(0, s - 150)
        left = text[lo:s]
        cut = max(left.rfind(". "), left.rfind("? "), left.rfind("! "), left.rfind("\n"))
        if cut >= 0:
            lo += cut + 2
        right = text[e : e + 100]
        end = re.search(r"[.!?](?:\s|$)|\n", right)
        hi = e + (end.start() if end else len(right))
        best: tuple[float, str] | None = None
        past = _past_pattern(self.lex)
        for tense, pat in (("future", _future_pattern(self.lex)), ("past", past)):
            if pat is None:
                continue
            for m in pat.finditer(text, lo, hi):
                if m.end() <= s:
                    dist = s - m.end()
                elif m.start() >= e:
                    dist = (m.start() - e) * _TENSE_RIGHT + _RIGHT_PENALTY * (bool(_CLAUSE_BREAK.search(text, e, m.start())))
                else:
                    continue
                if best is None or dist < best[0]:
                    best = (dist, tense)
        return best[1] if best else None

    def _year_for(self, month: int, day: int | None, text: str, m: re.Match, mod: str = "") -> int:
        """The year of a month (and day) written without one, as news uses them: "last April" is
        the latest April before this month; near the publication date the nearest one; farther
        away the tense of the sentence decides ("was held on Oct. 23" is the past one)."""
        ref = self.ref
        assert ref is not None
        if mod in self.lex.last_words:
            return ref.year if month < ref.month else ref.year - 1
        if mod in self.lex.next_words:
            return ref.year if month > ref.month else ref.year + 1
        if mod in self.lex.this_words:
            return ref.year
        key, now = (month, day or 0), (ref.month, ref.day if day else 0)
        near = _nearest_year(month, day, ref)
        if abs((date(near, month, min(day or 15, 28)) - ref).days) <= _NEAR_DAYS:
            return near  # close to the publication date: the nearest one, whatever the tense
        tense = self._tense(text, m.start(), m.end())
        if tense == "past":
            return ref.year if key <= now else ref.year - 1
        if tense == "future":
            return ref.year if key >= now else ref.year + 1
        return near

    # -------------------------------------------------------- handlers
    def _month(self, name: str) -> int:
        return self.lex.lookup("months", name.rstrip("."))

    def _year(self, m: re.Match, key: str = "year") -> int | None:
        y = m.groupdict().get(key)
        return int(y) if y else None

    def month_day(self, m, text):
        month = self._month(m.group("month"))
        day = int(m.group("day"))
        year = self._year(m)
        if not year and self.ref:
            year = self._year_for(month, day, text, m)
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
        name = m.group("month")
        month = self._month(name)
        mod = (m.groupdict().get("mod") or "").lower()
        before = text[max(0, m.start("month") - 30) : m.start("month")].split()
        if not mod and name.lower() in ("may", "mars") and (not before or before[-1].lower() not in _MONTH_PREPS):
            return None, None  # the modal verb "May", the planet "Mars"
        if not self.ref:
            return None, "month"
        year = self._year_for(month, None, text, m, mod)
        return f"{year:04d}-{month:02d}", "month"

    def year(self, m, text):
        return m.group("year"), "year"

    def decade(self, m, text):
        return m.group("year")[:3], "decade"

    def iso(self, m, text):
        return _day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "day"

    def numeric_dmy(self, m, text):
        return _day(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "day"

    def numeric_cjk(self, m, text):
        """"2026年3月14日"; without a year, the year nearest the publication date."""
        month, day = int(m.group("m")), int(m.group("d"))
        if m.group("year"):
            return _day(int(m.group("year")), month, day), "day"
        return (_day(_nearest_year(month, day, self.ref), month, day) if self.ref else None), "day"

    def numeric_cjk_day(self, m, text):
        """"18日" alone: that day of the publication month, or of the month before when the day is
        still to come (a report speaks of the past)."""
        if not self.ref:
            return None, "day"
        day = int(m.group("d"))
        month = self.ref.replace(day=1)
        if day > self.ref.day:
            month = _add_months(month, -1)
        return _day(month.year, month.month, day), "day"

    def numeric_slash(self, m, text):
        """"14/03/2026": day first, as everywhere but in American English; an English text gives
        the day only where one reading is impossible ("3/14/2026", "14/3/2026")."""
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if self.own_lexicon and self.lex.month_first_too:
            if a <= 12 and b <= 12:
                return None, "day"
            a, b = (b, a) if a <= 12 else (a, b)
        return _day(year, b, a), "day"

    def weekday(self, m, text):
        if not self.ref:
            return None, "day"
        mod = m.groupdict().get("mod") or m.groupdict().get("mod0") or ""
        d = self._weekday_date(self.lex.lookup("weekdays", m.group("wd")), mod.lower(), m, text)
        if m.groupdict().get("dom"):  # "segunda-feira (8)": the day of the month decides, near the publication date
            near = [self.ref + timedelta(days=k) for k in range(-10, 11) if (self.ref + timedelta(days=k)).day == int(m.group("dom"))]
            if near:
                return self._with_part(min(near, key=lambda x: abs((x - d).days)), m)
        # "on Monday and Tuesday": the second day of a coordination follows the first
        prev = _COORDINATED.search(text, max(0, m.start() - 30), m.start())
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

    def _weekday_date(self, wd: int, mod: str, m, text) -> date:
        assert self.ref is not None
        back = (self.ref.weekday() - wd) % 7
        tense = self._tense(text, m.start(), m.end())
        # "an alert until Tuesday", "hasta el martes": with no tense to say otherwise, a deadline is ahead
        future = tense == "future" or (tense is None and bool(_UNTIL.search(text, max(0, m.start() - 12), m.start())))
        if mod in self.lex.next_words or (mod not in self.lex.last_words and future and back != 0):
            fwd = (wd - self.ref.weekday()) % 7 or 7
            return self.ref + timedelta(days=fwd)
        if mod in self.lex.last_words and back == 0:
            back = 7
        return self.ref - timedelta(days=back)

    def _with_part(self, d: date, m) -> tuple[str, str]:
        part = m.groupdict().get("part")
        if part:
            return f"{d.isoformat()}T{self.lex.lookup('dayparts', part)}", "time"
        return d.isoformat(), "day"

    def _day_with_part(self, word: str) -> tuple[int, str]:
        return next(v for k, v in self.lex.day_with_part.items() if k.lower() == word.lower())

    def day_with_part(self, m, text):
        """One word for a day and its part: 'stasera', 'gisteravond', 'anoche'."""
        if not self.ref:
            return None, "time"
        offset, part = self._day_with_part(m.group("x"))
        return f"{(self.ref + timedelta(days=offset)).isoformat()}T{part}", "time"

    def relative_day(self, m, text):
        if not self.ref:
            return None, "day"
        offset = self.lex.lookup("relative_days", m.group("rel"))
        return self._with_part(self.ref + timedelta(days=offset), m)

    def day_after(self, m, text):
        """'The next day': the day after the day the text last named (this paragraph's, else the
        previous one's); unresolved when it named none, rather than the day after publication.
        :meth:`find` re-anchors it on a written date named before it in the paragraph."""
        anchor = self._day_of_sentence(text, m.start()) if self.ref else None
        anchor = anchor or self.carry_day
        return ((anchor + timedelta(days=1)).isoformat() if anchor else None), "day"

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
            lq = self.last_quarter
            if n == 1 and lq and self.base + m.start() - lq[2] < _QUARTER_REACH:
                return f"{lq[0] - 1:04d}-Q{lq[1]}", "quarter"
            return f"{self.ref.year - n:04d}", "year"
        return None, None

    def duration(self, m, text):
        n = self.lex.number(m.group("n"))
        unit = self.lex.units[m.group("unit").lower()]
        if n is None or _AGE.match(text, m.end()):
            return None, None  # "a 6-year-old boy", "37 years old"
        if m.group("n").lower() in _ARTICLES and _is_rate(text, m.start()):
            return None, None  # a rate: "$500 million a year", "four flights a week"
        code = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M", "decade": "Y"}[unit]
        if unit == "decade":
            n *= 10
        return (f"PT{n}{code}" if unit in ("hour", "minute") else f"P{n}{code}"), "duration"

    def clock(self, m, text):
        g = m.groupdict()
        if g.get("noon"):
            h, mi = (24, 0) if g["noon"].lower() == "midnight" else (12, 0)
        else:
            h, mi = int(g["h"]), int(g.get("min") or g.get("min24") or 0)
            if g.get("min24") and not _bare_time(text, m.start("h"), g["h"]):
                return None, None
            ampm = (g.get("ampm") or "").lower()
            if h > 24 or mi > 59 or (ampm and not 1 <= h <= 12):
                return None, None
            if ampm.startswith("p") and h < 12:
                h += 12
            elif ampm.startswith("a") and h == 12:
                h = 0
        if not self.ref:
            return None, "time"
        if g.get("wd"):
            d = self._weekday_date(self.lex.lookup("weekdays", g["wd"]), (g.get("cmod") or "").lower(), m, text)
        elif g.get("cmonth"):
            month, day = self._month(g["cmonth"]), int(g["cday"])
            try:
                d = date(self._year_for(month, day, text, m), month, day)
            except ValueError:  # "Feb. 30"
                return None, None
        elif g.get("rel"):
            d = self.ref + timedelta(days=self.lex.lookup("relative_days", g["rel"]))
        else:
            d = self._day_of_sentence(text, m.start())
            self._loose_clock = d is None  # a date written before it may still place it (see find)
            d = d or self.carry_day
            if d is None:
                d = self.ref
                if self.pub_clock and (h, mi) > self.pub_clock and self._tense(text, m.start(), m.end()) != "future":
                    d -= timedelta(days=1)  # "Vers 21 heures, des manifestants ont déversé ..." in a paper out at 07:15
        return f"{d.isoformat()}T{h:02d}:{mi:02d}", "time"

    def _day_of_sentence(self, text: str, pos: int) -> date | None:
        """The day a bare clock time belongs to: the last day word before it in its paragraph, at
        most 250 characters back ("Police yesterday cleared the camp in an operation that started
        shortly after 5am"), else None."""
        assert self.ref is not None
        lo = max(0, pos - 250, text.rfind("\n", 0, pos) + 1)  # its paragraph, a sentence or two back
        day = max(_day_words(self.lex).finditer(text, lo, pos), key=lambda x: x.start(), default=None)
        if day is None:
            return None
        word = day.group().lower()
        if any(word == k.lower() for k in self.lex.relative_days):
            return self.ref + timedelta(days=self.lex.lookup("relative_days", word))
        if any(word == k.lower() for k in self.lex.day_with_part):
            return self.ref + timedelta(days=self._day_with_part(word)[0])
        return self._weekday_date(self.lex.lookup("weekdays", word), "", day, text)

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
            offset = self.lex.lookup("relative_days", rel)
        return self._with_part(self.ref + timedelta(days=offset), m)

    def reference(self, m, text):
        return self.lex.lookup("refs", m.group("x")), "ref"

    def set_word(self, m, text):
        return self.lex.lookup("sets", m.group("x")), "set"

    def each(self, m, text):
        g = m.groupdict()
        if g.get("wd"):
            return f"XXXX-WXX-{self.lex.lookup('weekdays', g['wd']) + 1}", "set"
        if g.get("month"):
            return f"XXXX-{self._month(g['month']):02d}", "set"
        unit = self.lex.units[g["unit"].lower()]
        return _ONE[unit], "set"

    def century(self, m, text):
        n = int(m.group("n"))
        return (f"{n - 1:02d}", "century") if 1 <= n <= 21 else (None, None)

    def vague_duration(self, m, text):
        unit = self.lex.units[m.group("unit").lower()]
        if _AGE.match(text, m.end()):
            return None, None
        return _VAGUE[unit], "duration"

    def bare_year(self, m, text):
        if not self.own_lexicon:
            return None, None  # "2000 metrów": without the language's count words a number is no year
        year = int(m.group("x"))
        if self.ref and year > self.ref.year + 30:
            return None, None
        if _count_after(self.lex).match(text, m.end()) or _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None, None  # "2000 people", "more than 1900"
        return m.group("x"), "year"

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
                y = cy if q <= cur or self._tense(text, m.start(), m.end()) == "future" else cy - 1
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

    def month_rel_year(self, m, text):
        if not self.ref:
            return None, "month"
        which = m.group("which").lower()
        step = -1 if which in self.lex.last_words else 1 if which in self.lex.next_words else 0
        return f"{self.ref.year + step:04d}-{self._month(m.group('month')):02d}", "month"

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


def resolve_text(text: str, language: str | None, published: str | None) -> list[tuple[int, int, str | None, str]]:
    """All expressions of ``text`` as (start, end, value, granularity)."""
    return resolve_paragraphs([(0, text)], language, published)


def resolve_paragraphs(
    paragraphs: Iterable[tuple[int, str]], language: str | None, published: str | None
) -> list[tuple[int, int, str | None, str]]:
    """Expressions of an article's paragraphs, given as (offset, text), with article offsets.

    One resolver reads the paragraphs in order, so what an earlier paragraph
    established (the fiscal quarter a results story is about) informs later ones."""
    lang = (language or "en")[:2]
    lex = LEXICONS.get(lang, LEXICONS["en"])
    resolver = Resolver(lex, published_date(published))
    resolver.own_lexicon = lang in LEXICONS  # other languages: only what any language writes alike (ISO dates, clock times)
    if published and (clock := re.search(r"T(\d{2}):(\d{2})", published)):
        resolver.pub_clock = int(clock.group(1)), int(clock.group(2))
    out = []
    for offset, text in paragraphs:
        resolver.base = offset
        out.extend((offset + s, offset + e, value, gran) for s, e, value, gran in resolver.find(text))
    return out


@component("times")
def add_times(article: Article, paragraphs: list[Paragraph]) -> None:
    found = resolve_paragraphs([(p.offset, p.text) for p in paragraphs], article.language, article.published)
    for s, e, value, gran in found:
        article.times.append(TimeExpression(article.text[s:e], value, s, e, gran))
