"""The day a wire report was written, from the date its dateline prints: the day its relative dates count from.

Wire copy dates itself: "Praha 19. listopadu (ČTK) - Vláda dnes schválila ...", "WASHINGTON, Nov. 19 (Reuters) -".
Its "dnes", "today", "Tuesday" count from that day, not from the page's publication time: a page that republishes
the report the next morning would put "today" a day late, a false date conflict with an outlet that printed it the
same day.  Ingest keeps the printed date (:attr:`parallax.records.Article.dateline_date`); this module reads it with
the article's lexicon and keeps it only where it is plausible: on or at most a few days before the publication day,
never after it (a dateline's date is when the report was filed, which no page prints before it was filed).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.context import _nearest_year
from parallax.ingest.timeparse import published_date
from parallax.records import Article

MAX_DAYS_BEFORE = 3  # a republished wire report runs a day or two late; a dateline a week old is another story's
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


def written_day(printed: str | None, language: str | None, published: date | None) -> date | None:
    """The day ``printed`` (a dateline's date, as printed) names, when it lies on or at most
    :data:`MAX_DAYS_BEFORE` days before ``published``; None when it names none, or an implausible one."""
    if not printed or published is None:
        return None
    lang = (language or "en")[:2]
    day = _read(printed.strip(), LEXICONS.get(lang, LEXICONS["en"]), lang, published)
    if day is None or not 0 <= (published - day).days <= MAX_DAYS_BEFORE:
        return None
    return day


def report_day(article: Article) -> date | None:
    """The day ``article`` was written: its dateline's date where plausible, else its publication day (None
    where neither is known).  Two reports of one day quote one statement; a republished wire report is of its
    dateline's day, not of the day the page went out."""
    published = published_date(article.published)
    return written_day(article.dateline_date, article.language, published) or published


def _read(printed: str, lex: Lexicon, lang: str, published: date) -> date | None:
    """The day of a printed date: a day of the month alone ("MADRID, 5 (EFE)") is the latest such day on or
    before publication; a day and a month take the year nearest publication unless they print one."""
    if printed.isdigit():
        return _latest_day(int(printed), published)
    from parallax.analyze.times import resolve_text  # here: that module imports this one

    for _, _, value, _ in resolve_text(printed, lang, published.isoformat()):
        if value and _FULL_DAY.match(value):  # the lexicon's own date rules: "19. listopadu", "4月27日", "19 नवंबर"
            return date.fromisoformat(value)
    return _abbreviated(printed, lex, published)


def _latest_day(day: int, published: date) -> date | None:
    """The latest day numbered ``day`` on or before ``published`` (this month's, else last month's)."""
    for back in range(0, 32):
        d = published - timedelta(days=back)
        if d.day == day:
            return d
    return None


def _abbreviated(printed: str, lex: Lexicon, published: date) -> date | None:
    """A day and a month the date rules leave, as wires abbreviate them: "19 Nov.", "15 mar", "14 MAR" (a month
    word that opens one month name of the lexicon, three letters or more), or in figures, day first: "1. 5."."""
    numbers = [int(n) for n in _NUMBER.findall(printed)]
    years = [n for n in numbers if n > 31]
    days = [n for n in numbers if 1 <= n <= 31]
    month = None
    for word in _WORD.findall(printed):
        found = {v for k, v in lex.months.items() if len(word) >= 3 and k.lower().startswith(word.lower())}
        if len(found) == 1:
            month = found.pop()
            break
    if month is None and len(days) >= 2 and not _WORD.search(printed):
        month, days = days[1], days[:1]  # "1. 5.": the day, then the month
    if month is None or not days or not 1 <= month <= 12:
        return None
    year = years[0] if years else _nearest_year(month, days[0], published)
    try:
        return date(year, month, days[0])
    except ValueError:
        return None
