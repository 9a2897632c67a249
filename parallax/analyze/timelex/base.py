"""The lexicon of one language and the patterns built from it.

:class:`Lexicon` holds a language's words (months, weekdays, relative days, units, "last"/"next"
words, number words) and :func:`_rules` builds its ordered regular expressions.  Patterns are
linear (no nested quantifiers) so they are safe on untrusted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.letters import IN_WORD


@dataclass
class Rule:
    handler: str
    pattern: re.Pattern


@dataclass
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    units: dict[str, str]
    last_words: set[str]
    next_words: set[str]
    this_words: set[str]
    numbers: dict[str, int]
    ago_before: str = ""  # "vor", "il y a", "hace"
    ago_after: str = ""  # "ago"
    unit_first: bool = False  # "la semaine dernière"
    day_suffix: str = r"(?:st|nd|rd|th)?"
    day_dot: bool = False  # German "7. April"
    # "3/14/2026" is month first in American English: where both orders are possible, a slash date is left unread
    month_first_too: bool = False
    day_de: bool = False  # Spanish "7 de abril"
    case_sensitive: bool = True  # English/German capitalise months and weekdays
    clock_attach: bool = False  # "10 a.m. Thursday", "noon yesterday" form one expression
    compound_parts: bool = False  # German and Dutch write "Sonntagmorgen", "maandagavond" as one word
    prepositions: str = ""
    now_phrases: str = ""
    # "now", "recently", "in the future": TimeML's PRESENT_REF / PAST_REF / FUTURE_REF
    refs: dict[str, str] = field(default_factory=dict)
    # parts of the day after a day ("Thursday night", "yesterday morning"): TimeML MO/AF/EV/NI
    dayparts: dict[str, str] = field(default_factory=dict)
    # "the next day", "le lendemain", "на следующий день": the day after the day the text last named
    day_after: str = ""
    # "the day before", "la veille", "накануне": the day before the day the text last named (else before publication)
    day_before: str = ""
    # one phrase for the day before and its part: "the night before", "la noche anterior", "am Vorabend"
    day_before_parts: dict[str, str] = field(default_factory=dict)
    # "the same day", "le jour même", "tego samego dnia": the day the text last named
    same_day: str = ""
    # the word after "the day before" that makes it the eve of a named event ("the day before the storm", "la veille de")
    eve_of: str = ""
    daypart_link: str = ""  # words between a day and its part: "ayer por la tarde", "ontem à noite", "hier dans la soirée"
    # one word for a day and its part: "stasera" (this evening), "gisteravond" (last night), "anoche"
    day_with_part: dict[str, tuple[int, str]] = field(default_factory=dict)
    # a part of the day written before its weekday: "la noche del lunes", "к вечеру понедельника"; the parts as
    # written there (default: dayparts), the words between ("del", "di"), and the weekdays as written there
    # (default: weekdays; Russian "понедельника" only after a part: "среды" alone is also "environment")
    part_first: dict[str, str] = field(default_factory=dict)
    part_first_link: str = ""
    weekdays_after_part: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)  # "summer" -> "SU"
    season_context: str = ""  # words before a season that make it one ("in", "last"): "fall" is also a verb
    ordinals: dict[str, int] = field(default_factory=dict)  # for quarters and halves
    quarter_words: tuple[str, ...] = ()
    half_words: tuple[str, ...] = ()
    quarter_mods: str = ""  # "latest|year-earlier|...": resolved in times.periods.PeriodHandlers.quarter
    weekend: str = ""  # "weekend"
    sets: dict[str, str] = field(default_factory=dict)  # "daily" -> "P1D"
    each_words: str = ""  # "every|each": "each Thursday" -> XXXX-WXX-4
    vague_numbers: str = ""  # "several|a few": "several years" -> PXY
    vague_preps: str = ""  # "for|over": "for years" -> PXY
    # "in the coming days", "en los próximos días", "в последние дни": a vague span ahead or behind (PXD), not
    # one day; the words for "coming"/"last" in their plural forms, and the plural units they go with
    span_words: str = ""
    plural_units: tuple[str, ...] = ()
    clock: str = ""  # a clock time with groups h, min, ampm (and noon for "noon"/"midnight")
    past_cues: str = ""  # words of a past-tense sentence (months and seasons without a year)
    future_cues: str = ""  # words of a future-tense sentence ("si riunirà", "zal"), besides the shared ones in times/context.py
    not_after_year: str = ""  # words after a bare number that make it a count, not a year
    # words that TimeML includes in an expression's extent ("the past", "nearly", "early"), per family
    extend: dict[str, str] = field(default_factory=dict)
    # holidays: "MM-DD", "easter+N" (days after Western Easter) or "nth:MONTH:WEEKDAY:N" (N = -1: the last)
    holidays: dict[str, str] = field(default_factory=dict)
    # a weekday inside a match of this pattern is no weekday: Romanian "trei luni" (three months),
    # Indonesian "Minggu lalu" (last week), Greek "η τρίτη" (the third)
    weekday_traps: str = ""
    # relative days whose direction the tense gives: Hindi "कल" is yesterday or tomorrow (the value is the
    # number of days, and they are also listed in relative_days)
    tense_days: dict[str, int] = field(default_factory=dict)
    # the script writes vowel signs and joiners inside words (Devanagari, Persian's ZWNJ), which Python's
    # \b takes for word ends: a word boundary is then one of letters and marks together
    marks_in_words: bool = False
    particles: str = ""  # Korean writes particles onto a word ("어제는", "화요일에"): they may follow a word
    unspaced: bool = False  # a number and its unit, a modifier and its unit, in one word: "3일 전", "지난주"
    solar_months: dict[str, int] = field(default_factory=dict)  # Solar Hijri months (Persian), 1 = Farvardin
    # months that are also common words (Romanian "mai", more): alone, a month only after one of month_preps
    ambiguous_months: tuple[str, ...] = ()
    month_preps: str = ""
    rules: list[Rule] = field(default_factory=list)

    def lookup(self, table: str, word: str) -> int:
        """Case-insensitive look-up in one of the word tables."""
        low = {k.lower(): v for k, v in getattr(self, table).items()}
        return low[word.lower()]

    def number(self, word: str) -> int | None:
        word = word.lower()
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _rules(lex: Lexicon) -> list[Rule]:
    flags = 0 if lex.case_sensitive else re.I
    abbr = [m for m in lex.months if len(m) <= 4 and m.lower() not in ("may", "june", "july", "mai", "juin", "mars", "août", "aout", "mayo")]
    full = set(lex.months) - set(abbr)
    M = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.?)" if abbr else rf"(?:{_alt(lex.months)})"
    # a month on its own: full names, or an abbreviation with its dot ("Jan Kavan" is a name)
    M_ALONE = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.)" if abbr else M
    WD = _alt(lex.weekdays)
    Y = r"(?P<year>(?:1[0-9]|20)\d{2})"
    Y2 = r"(?P<year2>(?:1[0-9]|20)\d{2})"
    num = _alt(lex.numbers)
    units = _alt(lex.units)
    last_next_this = _alt(lex.last_words | lex.next_words | lex.this_words)
    last_next = _alt(lex.last_words | lex.next_words)
    parts = _alt(lex.dayparts) if lex.dayparts else ""
    link = rf"(?:(?:{lex.daypart_link})\s)?" if lex.daypart_link else ""
    part_suffix = rf"(?:\s{'?' if lex.compound_parts else ''}{link}(?P<part>{parts}))?" if parts else ""
    R = []

    def add(handler, pattern, fl=flags):
        if lex.marks_in_words:  # a boundary of letters and marks together: "जनवरी " ends a word after its vowel sign
            pattern = pattern.replace(r"\b", rf"(?:(?<![\w{IN_WORD}])(?=[\w{IN_WORD}])|(?<=[\w{IN_WORD}])(?![\w{IN_WORD}]))")
        if lex.particles:  # or before a particle written onto the word: "어제는"
            pattern = pattern.replace(r"\b", rf"(?:\b|(?<=\w)(?=(?:{lex.particles})\b))")
        R.append(Rule(handler, re.compile(pattern, fl)))

    sp = r"\s?" if lex.unspaced else r"\s"

    add("iso", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
    # numeric dates every language writes alike: "2026年3月14日", "3月14日", "2026년 3월 14일", "14.03.2026",
    # and "14/03/2026" (day first outside English; see times.days.DayHandlers.numeric_slash)
    add("numeric_cjk", r"(?<!\d)(?:(?P<year>\d{4})\s?[年년]\s?)?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일](?!\d)")
    add("numeric_cjk_day", r"(?<![\d月월])(?P<d>\d{1,2})\s?[日일](?![\d本元])(?!\s?(?:전|후|동안|간|만에|째|前|后|後|間|间))")
    # "18日": a day of this month (not 日本, 日元, nor "3일 전", "3日前": three days ago)
    add("numeric_dmy", r"(?<![\d.-])(?P<d>\d{1,2})(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d.-]\d)")  # also "14-03-2026"
    add("numeric_slash", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\d/])")
    if lex.clock:
        # the day that follows a clock time is its day: "11 p.m. Tuesday", "11 p.m. last Tuesday", "11 p.m. on Dec. 30"
        attach = (
            rf"(?:\s(?:on\s)?(?:(?P<cmod>{last_next})\s)?(?P<wd>{WD})|\s(?P<rel>{_alt(lex.relative_days)})"
            rf"|\s(?:on\s)?(?P<cmonth>{M})\s(?P<cday>\d{{1,2}}){lex.day_suffix}(?!\d))?"
            if lex.clock_attach
            else ""
        )
        add("clock", rf"\b(?P<x>(?:{lex.clock}){attach})", re.I if not lex.case_sensitive else 0)
    # a 24-hour time in figures, in any language that did not read it above ("um 06:40", "kl. 14:30")
    add("clock", r"(?<![\d:.,])(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<min24>[0-5]\d))(?![\d:]|[.,]\d)")
    if lex.day_dot:
        add("month_day_range", rf"\b(?P<day>\d{{1,2}})\.?\s?(?:-|–|bis)\s?(?P<day2>\d{{1,2}})\.\s?(?P<month>{M})(?:\s{Y})?")
        add("month_day", rf"\b(?P<day>\d{{1,2}})\.\s?(?P<month>{M})(?:\s{Y})?")
    elif lex.day_de:
        add("month_day_range", rf"\b(?P<day>\d{{1,2}})\s?(?:-|–|al|y)\s?(?P<day2>\d{{1,2}}) de (?P<month>{M})(?: de(?:l)? {Y})?", re.I)
        add("month_day", rf"\b(?P<day>\d{{1,2}}){lex.day_suffix} de (?P<month>{M})(?: de(?:l)? {Y})?", re.I)
    else:
        wd_before = rf"(?:(?:{WD}),?\s)?"
        add("month_day_range", rf"\b(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:-|–|to|and|through)\s?(?:(?P<month2>{M})\s)?(?P<day2>\d{{1,2}}){lex.day_suffix}\b(?:,?\s{Y})?")
        add("month_day_range", rf"\b(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:-|–|to|and|au|et)\s?(?P<day2>\d{{1,2}}){lex.day_suffix}\s(?P<month>{M})(?:,?\s{Y})?")
        add("month_day", rf"\b{wd_before}(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\b(?!\s?(?:-|–|,\d))(?:,?\s{Y}\b)?")
        add("month_day", rf"\b{wd_before}(?:the\s)?(?P<day>\d{{1,2}}){lex.day_suffix}(?:\sof)?\s(?P<month>{M})(?:,?\s{Y}\b)?")
    if lex.ordinals and lex.quarter_words:
        qmods = rf"(?:(?P<qmod>{lex.quarter_mods})[\s-])?" if lex.quarter_mods else ""
        ords = _alt(lex.ordinals)
        qwords = _alt(lex.quarter_words + lex.half_words)
        this_year = rf"(?:(?P<yrel>{last_next_this})\syear(?:'s|’s)\s)?" if lex.quarter_mods else ""
        the = r"(?:the\s)?" if lex.quarter_mods else ""
        of = r"(?:of|de|del|des|du|von)"
        add(
            "quarter",
            rf"\b(?P<x>{the}{this_year}{qmods}(?:{Y}\s)?(?:fiscal[\s-])?(?P<ord>{ords})[\s-](?:fiscal[\s-])?(?P<qw>{qwords})\b"
            rf"(?:\s(?:{of}\s)?(?:fiscal\s)?{Y2}\b)?)",
            re.I,
        )
        if lex.quarter_mods:
            add("quarter", rf"\b(?P<x>the\s{qmods}(?:{Y}\s)?(?:fiscal\s)?(?P<qw>quarter))\b(?!\s(?:of\s(?:a|an|the|all|its|their)|century|mile|hour|point|percent|inch|note)\b|-)", re.I)
    add("month_year", rf"\b(?P<month>{M}),?\s(?:de\s)?{Y}\b")
    if not lex.unit_first:  # "February this year", "im März letzten Jahres"
        year_words = _alt(w for w, u in lex.units.items() if u == "year")
        add("month_rel_year", rf"\b(?P<month>{M})\s(?P<which>{last_next_this})\s(?:{year_words})\b", re.I if not lex.case_sensitive else 0)
    if lex.solar_months:  # "۱۲ اسفند ۱۴۰۴", "1 فروردین"
        add("solar_day", rf"\b(?P<day>\d{{1,2}})\s(?P<smonth>{_alt(lex.solar_months)})\b(?:\s(?:ماه\s)?(?P<syear>\d{{4}})\b)?")
    if lex.holidays:
        add("holiday", rf"\b(?P<x>(?P<h>{_alt(lex.holidays)})(?:,?\s{Y})?)(?![\w’'])", re.I)
    if lex.seasons:
        add(
            "season",
            rf"(?:\b(?P<pre>{lex.season_context})\s?)?\b(?P<x>(?:(?P<mod>{last_next_this}|the|early|late|this past)\s)?(?P<season>{_alt(lex.seasons)})"
            rf"(?:\s(?P<mod2>{last_next}))?(?:,?\s(?:of\s|de\s)?{Y})?)\b",
            re.I,
        )
    if lex.part_first:
        of = rf"(?:(?:{lex.part_first_link})\s)?" if lex.part_first_link else ""
        after_part = _alt(lex.weekdays_after_part or lex.weekdays)
        add("part_weekday", rf"(?<!\w)(?P<x>(?P<part>{_alt(lex.part_first)})\s{of}(?P<wd>{after_part}))(?!\w)", re.I)
    mod_before = rf"(?:(?P<mod>{last_next_this})\s)?"
    # Brazilian papers give the day of the month: "na segunda-feira (8)", Indonesian ones the day and month: "Selasa (14/3)"
    dom = r"(?:\s?\((?P<dom>\d{1,2})(?:/(?P<dom_m>\d{1,2}))?\))?"
    if lex.unit_first:
        # "lunes pasado" and "el pasado lunes", "lunedì scorso" and "lo scorso lunedì"
        add("weekday", rf"\b(?P<x>(?:(?P<mod0>{last_next})\s)?(?P<wd>{WD})(?:\s(?P<mod>{last_next}))?{part_suffix}\b{dom})", flags)
    else:
        add("weekday", rf"\b(?P<x>{mod_before}(?P<wd>{WD}){part_suffix}\b{dom})", flags)
    if lex.weekend:
        add("weekend", rf"\b(?P<x>(?:(?P<mod>{last_next_this}|the|this past)\s)(?P<we>{lex.weekend}))\b", re.I)
    if lex.each_words:
        add("each", rf"\b(?:{lex.each_words})\s(?:(?P<wd>{WD})s?|(?P<month>{M})|(?P<unit>{units})(?!\s(?:of|or)\b))\b", re.I)
    if lex.sets:
        add("set_word", rf"\b(?P<x>{_alt(lex.sets)})\b", re.I)
    if lex.day_with_part:
        add("day_with_part", rf"\b(?P<x>{_alt(lex.day_with_part)})\b", re.I)
    if parts:
        day_words = _alt(set(lex.relative_days) | lex.this_words | lex.last_words)
        # not a relative day that ends in a part's word: "pasado mañana" is the day after tomorrow
        whole_days = rf"(?!(?:{_alt(lex.relative_days)})\b)"
        add("part_of_day", rf"\b{whole_days}(?P<x>(?P<rel>{day_words})\s{link}(?P<part>{parts}))\b", re.I)
    if lex.day_after:
        add("day_after", rf"(?<!\w)(?P<x>{lex.day_after})(?!\w)", re.I)
    not_eve = rf"(?![^\S\n]+(?:{lex.eve_of}))" if lex.eve_of else ""
    # before "relative_unit": "el día anterior", "poprzedniego dnia" are the day before the day named, not yesterday
    if lex.day_before_parts:
        add("day_before", rf"(?<!\w)(?P<x>(?P<bpart>{_alt(lex.day_before_parts)}))(?!\w){not_eve}", re.I)
    if lex.day_before:
        add("day_before", rf"(?<!\w)(?P<x>(?:{lex.day_before})(?!\w){not_eve}{part_suffix})(?!\w)", re.I)
    if lex.same_day:
        add("same_day", rf"(?<!\w)(?P<x>(?:{lex.same_day}){part_suffix})(?!\w)", re.I)
    if lex.span_words and lex.plural_units:
        plural = _alt(lex.plural_units)
        unit_then = rf"|(?P<unit2>{plural})\s(?:{lex.span_words})" if lex.unit_first else ""  # "los días siguientes"
        add("vague_span", rf"(?<!\w)(?P<x>(?:{lex.span_words})\s(?P<unit>{plural}){unit_then})(?!\w)", re.I)
    if lex.ago_after and set(lex.ago_after.split("|")) & lex.last_words:
        # "dua hari lalu" is two days ago before "hari lalu" can be read as "the last day"
        add("ago", rf"\b(?P<n>\d+|{num}){sp}(?P<unit>{units})[\s-](?P<ago>{lex.ago_after})\b", re.I)
    if lex.unit_first:
        add("relative_unit", rf"\b(?P<unit>{units})\s(?P<which>{last_next_this})\b", re.I)
        add("relative_unit", rf"\b(?P<which>{_alt(lex.this_words | lex.next_words)})\s(?P<unit>{units})\b", re.I)
    else:
        add("relative_unit", rf"\b(?P<which>{last_next_this}){sp}(?P<unit>{units})\b", re.I)
    if lex.ago_after:
        add("ago", rf"\b(?P<n>\d+|{num}){sp}(?P<unit>{units})[\s-](?P<ago>{lex.ago_after})\b", re.I)
    if lex.ago_before:
        add("ago", rf"\b(?:{lex.ago_before})\s(?P<n>\d+|{num})\s(?P<unit>{units})\b", re.I)
    add("relative_day", rf"\b(?P<x>(?P<rel>{_alt(lex.relative_days)}){part_suffix})\b", re.I if not lex.case_sensitive else 0)
    if lex.now_phrases:
        add("now_unit", rf"\b(?:{lex.now_phrases})\b", re.I)
    if lex.refs:
        # "the past" is a reference, "the past two months" a duration
        add("reference", rf"\b(?P<x>{_alt(lex.refs)})\b(?![-’'](?:\w))(?!\s(?:\d+|{num}|few|several|couple|{units})\b)", re.I)
    add("decade", r"\b(?:the\s(?:(?:early|mid|late)[\s-])?)?(?P<year>(?:1[89]|20)\d0)s\b")
    add("century", r"\b(?:the\s)?(?P<n>\d{1,2})(?:st|nd|rd|th)\scentury\b")
    add("year", rf"\b(?:{lex.prepositions})\s(?:early\s|late\s|mid-)?(?P<x>{Y})\b(?![,.]?\d)", re.I)
    add("year", rf"\b{Y}(?=’s|'s|\s(?:election|elections|budget|summit|season|census|campaign|olympics|world cup)\b)")
    if lex.vague_numbers:
        add("vague_duration", rf"\b(?P<x>(?:{lex.vague_numbers})\s(?P<unit>{units}))\b", re.I)
    if lex.vague_preps:
        plural = _alt(w for w in lex.units if w.endswith("s") and lex.units[w] in ("day", "week", "month", "year", "decade"))
        add("vague_duration", rf"\b(?:{lex.vague_preps})\s(?P<x>(?P<unit>{plural}))\b(?!\s(?:of|and|or)\b)", re.I)
    add("duration", rf"\b(?P<n>\d+|{num})[\s-]{'?' if lex.unspaced else ''}(?P<unit>{units})\b", re.I)
    # a bare year, last: "the 1996 Olympic bombing", "in 1994, 1995 and 1997"
    add("bare_year", r"(?<![\w$£€¥#./:,-])(?P<x>(?:19|20)\d{2})(?![\w%]|[.,:/]\d)")
    if lex.unit_first:
        add("month_only", rf"(?<![\w.-])(?P<x>(?P<month>{M_ALONE})(?:\s(?P<mod>{last_next}))?)(?![\w-])", flags)
    else:
        add("month_only", rf"(?:(?<=mid-)|(?<![\w.-]))(?P<x>(?:(?P<mod>{last_next_this})\s)?(?P<month>{M_ALONE}))(?![\w-])")
    return R


def _units(day, week, month, year, hour=(), minute=(), decade=()) -> dict[str, str]:
    out = {}
    for unit, words in (("day", day), ("week", week), ("month", month), ("year", year), ("hour", hour), ("minute", minute), ("decade", decade)):
        for w in words:
            out[w] = unit
    return out
