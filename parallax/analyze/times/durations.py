"""Durations ("two days", "a year and a half", "several years", "in the coming days") and sets ("every Monday", "daily").

Counts of time rather than places in it, with the guards that keep an age ("a 6-year-old") or a rate
("$500 million a year") from being read as one.  Kept apart from :mod:`.periods`, whose
:class:`~.periods.PeriodHandlers` inherits them, so that each reads in one sitting.
"""

from __future__ import annotations

import re
from datetime import date

from parallax.analyze.quantities.labels import years_of_age
from parallax.analyze.times.context import Context
from parallax.analyze.times.cues import _cached
from parallax.analyze.times.halves import decimal_measure
from parallax.analyze.times.halves import half_more as _half_more

_ONE = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H", "minute": "PT1M", "decade": "P10Y"}
_VAGUE = {"day": "PXD", "week": "PXW", "month": "PXM", "year": "PXY", "hour": "PTXH", "minute": "PTXM", "decade": "PXE"}
_ARTICLES = {"a", "an", "one", "per", "un", "une", "ein", "einen", "eine", "una", "uno"}
# what makes a span of years an age: "37 years old", German "ein 36 Jahre alter Mann", Dutch "een 36 jaar oude man"
_AGE = re.compile(r"[\s-](?:old|alt(?:e[mnrs]?)?|oude?)\b", re.I)
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
# what makes "a day" after "to be" a length still: "it was a day later", "fue un día después", "c'est un jour plus tard"
_STILL_A_LENGTH = re.compile(
    r"[ \u00a0]+(?:later|earlier|after|before|ago|away|old|long|since|después|antes|más\starde|dopo|prima|più\stardi"
    r"|depois|mais\starde|après|avant|plus\stard|després|abans|més\stard)(?!\w)",
    re.I,
)
_RATE_WORDS = {"million", "billion", "twice", "once", "times", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}


def _is_year(figures: str, ref: date | None) -> bool:
    """Whether four figures can be a year of the news: from 1000 to 30 years after publication (2099 without it)."""
    return len(figures) == 4 and figures.isdigit() and 1000 <= int(figures) <= (ref.year + 30 if ref else 2099)


def _is_rate(text: str, start: int) -> bool:
    """A figure among the three words before "a year": "$1.76 a year", "four flights a week", "24 hours a day"."""
    words = text[max(0, start - 40) : start].split()[-3:]
    return any(any(ch.isdigit() for ch in w) or w.lower().strip(",.") in _RATE_WORDS for w in words)


class DurationHandlers(Context):
    """Handlers (named by the lexicon's rules) of durations and sets."""

    def year_ended(self, m, text):
        """ "the year ended Sept. 30", "the fiscal year ending June 30": a year of accounts named by its last day,
        which TimeML reads as a length of one year (the day after it is its own expression)."""
        return "P1Y", "duration"

    def year_of_report(self, m, text):
        """ "a high for the year", "for the full year": the year of the report (TimeBank DATE 1989), as "this year"."""
        return (f"{self.ref.year:04d}" if self.ref else None), "year"

    def duration(self, m, text):
        if m.groupdict().get("cu"):  # "이틀", "يومين"
            n, unit = self.lex.count(m)
        else:  # "3日間" (the lexicon's own units of a duration, where it has them)
            unit = (self.lex.duration_units or self.lex.units)[m.group("unit").lower()]
            if m.group("n").lower() in self.lex.one_and_a_half:  # "półtorej godziny", "полтора часа"
                return _half_more(1.5, unit), "duration"
            if (half := self.lex.and_a_half_words.get(m.group("n").lower())) is not None:  # "dreieinhalb Jahre"
                return _half_more(half, unit), "duration"
            if _DECIMAL.fullmatch(m.group("n")):  # "3,5 godziny", "2.25 hours"
                value = decimal_measure(float(m.group("n").replace(",", ".")), unit)
                return (value, "duration") if value else (None, None)
            n = self.lex.number(m.group("n"))
        if n is None or _AGE.match(text, m.end()):
            return None, None  # "a 6-year-old boy", "37 years old"
        if unit == "year" and m.groupdict().get("n") and years_of_age(text, m.start("n"), m.end("n")):
            return None, None  # "un uomo di 45 anni", "la donna, 32 anni,", "Jean Lefort, 54 ans,": an age (quantities.labels)
        if unit == "year" and m.groupdict().get("n") and m.group("unit").lower() in self.lex.year_nouns and _is_year(m.group("n"), self.ref):
            return m.group("n"), "year"  # "2023 год стал рекордным": the year 2023 (Lexicon.year_nouns)
        if m.groupdict().get("n") and m.group("n").lower() in _ARTICLES and _is_rate(text, m.start()):
            return None, None  # a rate: "$500 million a year", "four flights a week"
        if (m.groupdict().get("n") or "").lower() in _ARTICLES | {"um", "uma"} and self._named_by_to_be(text, m.start(), m.end()):
            return None, None  # "És un dia molt trist", "It was a day of mourning": a day, no length
        code = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M", "decade": "Y"}[unit]
        g = m.groupdict()
        if g.get("andhalf") or g.get("andhalf2") or g.get("halfof"):  # "a year and a half", "half an hour"
            return _half_more(n + 0.5 if g.get("andhalf") or g.get("andhalf2") else n / 2, unit), "duration"
        if unit == "decade":
            n *= 10
        return (f"PT{n}{code}" if unit in ("hour", "minute") else f"P{n}{code}"), "duration"

    def _named_by_to_be(self, text: str, start: int, end: int) -> bool:
        """Whether "a day" at text[start:end] follows a form of "to be" (``Lexicon.copulas``) and no word that
        makes it a length still ("it was a day later"): it names a day ("És un dia molt trist"), measures none."""
        if not self.lex.copulas or _STILL_A_LENGTH.match(text, end):
            return False
        to_be = _cached(self.lex, "copulas", lambda: re.compile(rf"(?<!\w)(?:{self.lex.copulas})[ \u00a0]+\Z", re.I))
        return bool(to_be.search(text, max(0, start - 25), start))  # type: ignore[union-attr]

    def elapsed(self, m, text):
        """A time taken in hours, minutes and seconds ("2時間8分15秒"): one duration, ``PT2H8M15S``."""
        h, mi, sec = m.group("h"), m.group("mi"), m.groupdict().get("s")
        return f"PT{int(h)}H{int(mi)}M" + (f"{sec}S" if sec else ""), "duration"

    def seasons(self, m, text):
        """A count of a sport's seasons, a year each: the length of a contract or a career ("cinco temporadas" is a
        five-year contract, P5Y); a decimal or a word the lexicon does not read is none."""
        n = self.lex.number(m.group("n"))
        return (f"P{n}Y", "duration") if isinstance(n, int) and 0 < n < 30 else (None, None)

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
