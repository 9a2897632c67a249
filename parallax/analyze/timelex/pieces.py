"""Small helpers and pattern pieces that the lexicons and the rule builders share.

``_alt`` (an alternation of words, longest first), the Chinese and Japanese number words, the table of units,
and the fixed pattern pieces several rule modules use; :class:`RuleParts` carries the pieces built once per
lexicon by :func:`.base._rules` to the builders of each kind of expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HAN_DIGITS = "一二三四五六七八九"


def _han_numbers(top: int) -> dict[str, int]:
    """Chinese and Japanese number words from 0 (零, 〇) to ``top``: 一 ... 十, 十一 ... 二十, 二十一 ..."""
    out = {"零": 0, "〇": 0}
    for n in range(1, top + 1):
        tens, ones = divmod(n, 10)
        out[("" if tens < 2 else _HAN_DIGITS[tens - 1]) + ("十" if tens else "") + (_HAN_DIGITS[ones - 1] if ones else "")] = n
    return out


def farewell(phrase: str) -> str:
    """A leave-taking said as an utterance of its own ("¡Hasta mañana!", "«Até amanhã», disse", "« À demain ! »"):
    the phrase right after an opening quotation mark or "¡" and right before a closing one or a punctuation mark.  It names
    no day; "se aplaza hasta mañana" (no quotation mark opening it) keeps its date."""
    return rf"[«‹\"“„¡]\s*(?i:{phrase})(?=\s*(?:[!.,…»›\"”“]|$))"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Chinese and Japanese: a word may start or end anywhere but inside a run of Latin letters and figures
_LATIN_RUN = "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_NO_SPACE_BOUNDARY = rf"(?:(?<![{_LATIN_RUN}])|(?![{_LATIN_RUN}]))"


# a fraction, not a date, before "of": "el 2/3 de los votos", "em 2/3 dos casos", "τα 2/3 των"
_FRACTION_OF = r"(?!\s(?:de|des|del|dei|delle|degli|dos|das|do|da|of|των|της|του|من)(?!\w))"


# words after "3日" / "3일" that make it a number of days, not the 3rd: a time it takes ("3日かかる", "3일
# 걸렸다", "3日を要する"), lasts ("3日続いた") or a bound or hedge on a count ("3日以上", "3日以内", "3日ほど",
# "3일 이상", "3일가량"), and "for the first time in 3 days" ("3日ぶり")
_DAYS_COUNTED = "かか|掛か|を要|続|ほど|程度|以上|以内|足らず|余り|あまり|近く|ぶり|連続|がかり|걸리|걸렸|걸려|걸린|이상|이내|가량|정도|연속|넘게"

# the second year of a span of years, "2019-2022", "2019–2022" ("w latach 2019-2022", "nel periodo 2019-2022"): a
# year as the first is (a bare year's rule reads none after a hyphen, where it would be a code or a score); a
# hyphen with no year before it ("Covid-2019") or a date in figures after it ("2019-05-12") stays no year
YEAR_SPAN_END = r"(?<=(?<![\w$£€¥#./:,-])(?:19|20)\d{2}[-–])(?P<x>(?:19|20)\d{2})(?![\w%-]|[.,:/]\d)"


def _units(day, week, month, year, hour=(), minute=(), decade=()) -> dict[str, str]:
    out = {}
    for unit, words in (("day", day), ("week", week), ("month", month), ("year", year), ("hour", hour), ("minute", minute), ("decade", decade)):
        for w in words:
            out[w] = unit
    return out


@dataclass
class RuleParts:
    """The pieces of pattern that :func:`.base._rules` builds once from a lexicon and the rule builders of
    each kind share (the names are those the builders use: ``M`` the months, ``WD`` the weekdays, ``Y`` a year)."""

    flags: int
    M: str
    M_ALONE: str
    WD: str
    Y: str
    Y2: str
    num: str
    units: str
    last_next_this: str
    last_next: str
    parts: str
    link: str
    part_suffix: str
    whole: list[str]
    sp: str
    year_before: str


def _after(words: tuple[str, ...]) -> str:
    """A lookbehind for any of ``words`` and a space (each one fixed width, as ``re`` needs), or nothing."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words) + ")" if words else ""


def midnight_noon(midnight: str, noon: str = "", midnight_after: tuple[str, ...] = (), noon_after: tuple[str, ...] = ()) -> str:
    """The alternatives a clock pattern adds for the words of midnight and noon, as English "noon|midnight"
    (groups ``midnight`` and ``noon``, read by :meth:`parallax.analyze.times.clock.ClockHandlers.clock`).
    A word that also names a direction or a region ("północ": north, "le Midi", "il Mezzogiorno") is read
    only after one of the words of ``*_after`` ("o północy", "à midi"), which stay out of the expression
    as "at" does in English; no letter nor hyphen may follow ("Mittagessen", "midi-pyrénées")."""
    out = rf"|{_after(midnight_after)}(?P<midnight>{midnight})(?![\w-])"
    return out + (rf"|{_after(noon_after)}(?P<noon>{noon})(?![\w-])" if noon else "")
