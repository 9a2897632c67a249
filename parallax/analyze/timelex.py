"""Per-language lexicons and patterns for temporal expressions.

A :class:`Lexicon` holds the words (months, weekdays, relative days, units,
"last"/"next" words, number words); :func:`_rules` builds the ordered regular
expressions from them.  Adding a language means adding one ``Lexicon`` entry.
Patterns are linear (no nested quantifiers) so they are safe on untrusted text.
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


EN = Lexicon(
    month_first_too=True,
    day_after="the next day|the following day|the day after(?! tomorrow)",
    day_before="the day before(?! yesterday)|the previous day|the preceding day",
    day_before_parts={"the night before": "NI", "the previous night": "NI", "the evening before": "EV", "the previous evening": "EV"},
    same_day="the same day|that same day|later that day",
    eve_of=r"(?:the|a|an|his|her|its|their|our|this|that|last|next)\b",
    months={
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
        "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4,
        "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    },
    weekdays={"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6},
    relative_days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "Today": 0, "Yesterday": -1, "Tomorrow": 1, "Tonight": 0,
                   "the day before yesterday": -2, "the day after tomorrow": 2, "The day before yesterday": -2, "The day after tomorrow": 2},
    units=_units(
        ("day", "days"), ("week", "weeks"), ("month", "months"), ("year", "years"),
        ("hour", "hours"), ("minute", "minutes"), ("decade", "decades"),
    ),
    last_words={"last", "previous"},
    next_words={"next", "coming"},
    this_words={"this"},
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "ninety": 90, "hundred": 100,
    },
    ago_after="ago|earlier",
    prepositions="in|since|by|until|of|during|from|before|after|between|and|to|through|for|late|mid|end of|early|spring|summer|autumn|fall|winter",
    refs={
        "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
        "recently": "PAST_REF", "the past": "PAST_REF", "recent years": "PAST_REF", "recent months": "PAST_REF",
        "recent weeks": "PAST_REF", "recent days": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
        "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the coming years": "FUTURE_REF",
        "the coming months": "FUTURE_REF", "coming years": "FUTURE_REF", "coming months": "FUTURE_REF",
    },
    dayparts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    season_context="in|during|by|since|until|through|over|for|before|after|of|mid|past|and",
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    quarter_words=("quarter",),
    half_words=("half",),
    quarter_mods="latest|last|previous|past|recent|most recent|current|this|same|year-earlier|year-ago|year-before|"
    "prior-year|comparable|corresponding|fiscal|first|final|next|coming",
    weekend="weekend",
    sets={"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "nightly": "P1D", "every day": "P1D", "every week": "P1W"},
    each_words="every|each",
    vague_numbers="a few|a couple of|several|many|few|some|numerous",
    span_words="coming|next|following|last|past",
    plural_units=("days", "weeks", "months", "years", "hours", "minutes", "decades"),
    vague_preps="for|over|within",
    clock=r"(?P<h>\d{1,2})(?:(?:[:.](?P<min>\d{2}))?\s?(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b)|:(?P<min24>[0-5]\d)(?![\d:]|[.,]\d))"
    r"|(?P<noon>noon|midnight|midday)",
    clock_attach=True,
    past_cues=r"was|were|had|did|said|told|ago|earlier|previously|yesterday|last|[a-z]{2,}ed",
    not_after_year="percent|per cent|people|persons|men|women|children|troops|soldiers|police|officers|workers|employees|jobs|homes|"
    "houses|cars|vehicles|units|shares|votes|tons|tonnes|meters|metres|feet|miles|kilometers|kilometres|acres|points|yards|pounds|"
    "dollars|euros|cases|deaths|students|members|residents|refugees|migrants|hours|seats|calories|square|passengers|flights|times",
    holidays={
        "Christmas": "12-25", "Christmas Day": "12-25", "Christmas Eve": "12-24", "New Year's Day": "01-01", "New Year’s Day": "01-01",
        "New Year's Eve": "12-31", "New Year’s Eve": "12-31", "Boxing Day": "12-26", "Halloween": "10-31", "Valentine's Day": "02-14",
        "Valentine’s Day": "02-14", "St. Patrick's Day": "03-17", "St. Patrick’s Day": "03-17", "Veterans Day": "11-11",
        "Armistice Day": "11-11", "Bastille Day": "07-14", "Easter": "easter+0", "Easter Sunday": "easter+0",
        "Easter Monday": "easter+1", "Good Friday": "easter-2", "Thanksgiving": "nth:11:3:4", "Thanksgiving Day": "nth:11:3:4",
        "Labor Day": "nth:9:0:1", "Memorial Day": "nth:5:0:-1", "Martin Luther King Day": "nth:1:0:3", "Columbus Day": "nth:10:0:2",
    },
    extend={
        "duration": "the|past|last|next|first|coming|previous|following|final|latest|initial|remaining|entire|full|whole|"
        "additional|another|nearly|almost|about|around|roughly|approximately|more than|less than|fewer than|under|"
        "at least|at most|up to|some|longer than|the last|the past|the next|the first",
        "period": "early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of|"
        "the remainder of|the first half of|the second half of|end of|beginning of|fiscal",
        "day": "late|early|earlier|later",
    },
)

DE = Lexicon(
    day_after="am nächsten tag|am folgenden tag|am tag darauf|tags darauf",
    day_before="am vortag|tags zuvor|am tag zuvor|am tag davor|einen tag zuvor",
    day_before_parts={"am vorabend": "EV", "am abend zuvor": "EV", "am abend davor": "EV", "in der nacht zuvor": "NI", "in der nacht davor": "NI"},
    same_day="am selben tag|am gleichen tag|am selbigen tag|noch am selben tag|noch am gleichen tag",
    eve_of=r"(?:der|des|eines|einer|seines|seiner|ihres|ihrer)\b",
    months={
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
        "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    },
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6},
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2},
    units=_units(
        ("tag", "tage", "tagen"), ("woche", "wochen"), ("monat", "monate", "monaten", "monats"),
        ("jahr", "jahre", "jahren", "jahres"), ("stunde", "stunden"), ("minute", "minuten"), ("jahrzehnt", "jahrzehnte"),
    ),
    last_words={"letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener", "vorige", "vorigen"},
    next_words={"nächste", "nächsten", "nächster", "kommende", "kommenden", "kommender"},
    this_words={"diese", "diesen", "dieser", "dieses"},
    numbers={"ein": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12},
    ago_before="vor",
    day_suffix="",
    compound_parts=True,
    day_dot=True,
    case_sensitive=False,
    prepositions="im|seit|bis|von|vor|nach|ab|anfang|ende|mitte|jahr",
    refs={"jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
          "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "neulich": "PAST_REF", "in zukunft": "FUTURE_REF", "künftig": "FUTURE_REF"},
    dayparts={"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    seasons={"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    season_context="im|in|seit|bis|des|den|der|dem|ab|vom",
    ordinals={"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4},
    quarter_words=("quartal", "quartals"),
    half_words=("halbjahr", "halbjahres", "jahreshälfte"),
    weekend="wochenende",
    sets={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y", "jeden tag": "P1D"},
    clock=r"(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?uhr\b",
    span_words="kommenden|kommende|nächsten|nächste|folgenden|letzten|letzte|vergangenen|vergangene|zurückliegenden",
    plural_units=("tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "stunden", "minuten", "jahrzehnte"),
    past_cues=r"war|waren|hatte|hatten|wurde|wurden|gestern|vergangene[nmrs]?|letzte[nmrs]?|vor",
    holidays={"weihnachten": "12-25", "heiligabend": "12-24", "silvester": "12-31", "neujahr": "01-01", "ostern": "easter+0", "karfreitag": "easter-2", "ostermontag": "easter+1", "pfingsten": "easter+49"},
)

FR = Lexicon(
    day_after="le lendemain|le jour suivant",
    day_before="la veille|le jour précédent|la journée précédente",
    day_before_parts={"la veille au soir": "EV", "la nuit précédente": "NI", "la soirée précédente": "EV"},
    same_day="le jour même|le même jour|ce même jour|ce jour-là",
    eve_of=r"(?:de|du|des)\b|d['’]",
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    },
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    relative_days={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2},
    units=_units(("jour", "jours"), ("semaine", "semaines"), ("mois",), ("an", "ans", "année", "années"), ("heure", "heures"), ("minute", "minutes"), ("décennie", "décennies")),
    last_words={"dernier", "dernière", "passé", "passée", "précédent", "précédente"},
    next_words={"prochain", "prochaine"},
    this_words={"cette", "ce", "cet"},
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12},
    ago_before="il y a",
    unit_first=True,
    day_suffix="(?:er)?",
    case_sensitive=False,
    prepositions="en|depuis|jusqu'en|avant|après|de|début|fin|mi",
    refs={"maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "à présent": "PRESENT_REF", "récemment": "PAST_REF",
          "dernièrement": "PAST_REF", "à l'avenir": "FUTURE_REF", "à l’avenir": "FUTURE_REF"},
    dayparts={"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"},
    daypart_link="dans la|en",  # "hier dans la soirée", "lundi en soirée"
    part_first={"matinée": "MO", "soirée": "EV", "nuit": "NI"},
    part_first_link="de|du",  # "dans la nuit de samedi à dimanche", "la soirée du lundi"
    seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    season_context="en|l'|l’|au|depuis|le|de|d'|d’|fin|début",
    ordinals={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    span_words="prochains|prochaines|derniers|dernières|précédents|précédentes|passés|passées|à venir",
    plural_units=("jours", "semaines", "mois", "années", "heures", "minutes", "décennies"),
    weekend="week-end|weekend",
    sets={"quotidiennement": "P1D", "chaque jour": "P1D", "tous les jours": "P1D", "chaque semaine": "P1W", "chaque année": "P1Y"},
    clock=r"(?P<h>\d{1,2})\s?(?:h|heures?)(?:\s?(?P<min>\d{2}))?\b",
    past_cues=r"était|étaient|avait|avaient|a|ont|hier|dernier|dernière|passé|passée",
    # the future tense: regular ("seront présentées jeudi") and the common irregular verbs ("aura lieu lundi", "se tiendra")
    future_cues=r"\w+(?:era|eront|erait|eraient|ira|iront|irait|iraient)|appelle(?:nt)? à|prévu[es]?|demain"
    r"|aur(?:a|ont)|fer(?:a|ont)|(?:t|v)iendr(?:a|ont)|pourr(?:a|ont)|devr(?:a|ont)|verr(?:a|ont)|faudra|voudr(?:a|ont)",
    holidays={"noël": "12-25", "nouvel an": "01-01", "jour de l'an": "01-01", "pâques": "easter+0", "la toussaint": "11-01", "vendredi saint": "easter-2"},
)

ES = Lexicon(
    day_after="al día siguiente|el día siguiente|al otro día",
    day_before="el día anterior|la víspera|el día previo",
    day_before_parts={"la noche anterior": "NI", "la noche previa": "NI", "la tarde anterior": "AF", "la mañana anterior": "MO"},
    same_day="el mismo día|ese mismo día|aquel mismo día",
    eve_of=r"(?:de|del|a|al)\b",
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    relative_days={"hoy": 0, "ayer": -1, "anteayer": -2, "pasado mañana": 2},
    day_with_part={"anoche": (-1, "NI")},
    units=_units(("día", "días", "dia", "dias"), ("semana", "semanas"), ("mes", "meses"), ("año", "años"), ("hora", "horas"), ("minuto", "minutos"), ("década", "décadas")),
    last_words={"pasado", "pasada", "anterior"},
    next_words={"próximo", "próxima", "proximo", "proxima", "que viene"},
    this_words={"este", "esta"},
    numbers={"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12},
    ago_before="hace",
    unit_first=True,
    day_suffix="(?:°|º)?",  # "1° luglio", "1º de junho"
    day_de=True,
    case_sensitive=False,
    prepositions="en|desde|hasta|de|antes de|después de|principios de|finales de",
    refs={"ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "recientemente": "PAST_REF", "en el futuro": "FUTURE_REF"},
    dayparts={"mañana": "MO", "tarde": "AF", "noche": "NI"},  # "esta tarde", "ayer por la noche"; bare "mañana" is tomorrow
    daypart_link="por la|en la|a la",
    part_first={"mañana": "MO", "tarde": "AF", "noche": "NI", "madrugada": "NI"},
    part_first_link="del",  # "la noche del lunes"
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    season_context="en|el|la|del|de|desde|hasta",
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    span_words="próximos|próximas|proximos|proximas|últimos|últimas|ultimos|ultimas|pasados|pasadas|siguientes|venideros|venideras",
    plural_units=("días", "dias", "semanas", "meses", "años", "horas", "minutos", "décadas"),
    weekend="fin de semana",
    sets={"diariamente": "P1D", "cada día": "P1D", "todos los días": "P1D", "cada semana": "P1W", "cada año": "P1Y"},
    clock=r"(?P<h>\d{1,2})[:.](?P<min>\d{2})\s?(?:horas|h)\b",
    past_cues=r"fue|fueron|era|eran|había|habían|ayer|pasado|pasada",
    future_cues=r"\w+(?:ará|erá|irá|arán|erán|irán)|va a|van a|mañana",  # "se reunirá", "va a votar"
    holidays={"navidad": "12-25", "nochebuena": "12-24", "nochevieja": "12-31", "año nuevo": "01-01", "semana santa": "easter-7", "viernes santo": "easter-2", "pascua": "easter+0"},
)

IT = Lexicon(
    day_after="il giorno dopo|il giorno seguente|l'indomani|l’indomani",
    day_before="il giorno prima|il giorno precedente|la vigilia",
    day_before_parts={"la sera prima": "EV", "la notte prima": "NI", "la sera precedente": "EV", "la notte precedente": "NI"},
    same_day="lo stesso giorno|quello stesso giorno|il giorno stesso",
    eve_of=r"(?:di|del|dello|della|dei|degli|delle)\b|dell['’]",
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
        "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    weekdays={"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3, "giovedi": 3,
              "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6},  # fmt: skip
    relative_days={"oggi": 0, "ieri": -1, "l'altro ieri": -2, "l’altro ieri": -2, "domani": 1, "dopodomani": 2},
    day_with_part={"stamattina": (0, "MO"), "stamani": (0, "MO"), "stasera": (0, "EV"), "stanotte": (0, "NI")},
    units=_units(("giorno", "giorni"), ("settimana", "settimane"), ("mese", "mesi"), ("anno", "anni"), ("ora", "ore"), ("minuto", "minuti"), ("decennio", "decenni")),
    last_words={"scorso", "scorsa", "passato", "passata", "precedente"},
    next_words={"prossimo", "prossima", "successivo", "successiva"},
    this_words={"questo", "questa", "quest'", "quest’"},
    numbers={"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "dodici": 12},
    ago_after="fa",
    unit_first=True,
    day_suffix="(?:°|º)?",  # "1° luglio", "1º de junho"
    case_sensitive=False,
    prepositions="a|in|da|dal|dalla|fino a|entro|prima di|dopo|di|inizio|fine|metà",
    refs={"adesso": "PRESENT_REF", "ora": "PRESENT_REF", "attualmente": "PRESENT_REF", "recentemente": "PAST_REF", "in futuro": "FUTURE_REF"},
    dayparts={"mattina": "MO", "mattino": "MO", "mattinata": "MO", "pomeriggio": "AF", "sera": "EV", "serata": "EV", "notte": "NI", "nottata": "NI"},
    daypart_link="in",  # "ieri in serata"
    part_first={"mattina": "MO", "mattinata": "MO", "pomeriggio": "AF", "sera": "EV", "serata": "EV", "notte": "NI", "nottata": "NI"},
    part_first_link="di",  # "la sera di lunedì"
    seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    season_context="in|la|l'|l’|della|dell'|dell’|dalla|dall'|dall’|questa|questo|scorsa|scorso",
    ordinals={"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    span_words="prossimi|prossime|ultimi|ultime|scorsi|scorse|passati|passate|successivi|successive",
    plural_units=("giorni", "settimane", "mesi", "anni", "ore", "minuti", "decenni"),
    weekend="fine settimana|weekend",
    sets={"ogni giorno": "P1D", "quotidianamente": "P1D", "ogni settimana": "P1W", "ogni anno": "P1Y"},
    clock=r"(?:alle\s)?(?P<h>\d{1,2})[:.](?P<min>\d{2})\b",
    past_cues=r"era|erano|aveva|avevano|è stato|è stata|ieri|scorso|scorsa|fa",
    future_cues=r"\w+(?:rà|ranno)|prossim[oa]|domani",  # the future tense: "si riunirà", "saranno"
    holidays={"natale": "12-25", "vigilia di natale": "12-24", "capodanno": "01-01", "pasqua": "easter+0", "pasquetta": "easter+1", "ferragosto": "08-15"},
)

PT = Lexicon(
    day_after="no dia seguinte|o dia seguinte",
    day_before="no dia anterior|o dia anterior|na véspera|a véspera",
    day_before_parts={"na noite anterior": "NI", "a noite anterior": "NI"},
    same_day="no mesmo dia|nesse mesmo dia|naquele mesmo dia",
    eve_of=r"(?:de|do|da|dos|das)\b",
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7, "agosto": 8,
        "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    weekdays={"segunda-feira": 0, "segunda": 0, "terça-feira": 1, "terça": 1, "quarta-feira": 2, "quarta": 2, "quinta-feira": 3,
              "quinta": 3, "sexta-feira": 4, "sexta": 4, "sábado": 5, "sabado": 5, "domingo": 6},  # fmt: skip
    relative_days={"hoje": 0, "ontem": -1, "anteontem": -2, "amanhã": 1, "amanha": 1, "depois de amanhã": 2},
    units=_units(("dia", "dias"), ("semana", "semanas"), ("mês", "meses", "mes"), ("ano", "anos"), ("hora", "horas"), ("minuto", "minutos"), ("década", "décadas")),
    last_words={"passado", "passada", "anterior"},
    next_words={"próximo", "próxima", "proximo", "proxima", "que vem"},
    this_words={"este", "esta", "neste", "nesta"},
    numbers={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12},
    ago_before="há|ha",
    unit_first=True,
    day_suffix="(?:°|º)?",  # "1° luglio", "1º de junho"
    day_de=True,
    case_sensitive=False,
    prepositions="em|desde|até|de|antes de|depois de|início de|fim de|final de",
    refs={"agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "recentemente": "PAST_REF", "no futuro": "FUTURE_REF"},
    dayparts={"manhã": "MO", "tarde": "AF", "noite": "NI"},
    daypart_link="à|de|pela",  # "ontem à noite", "hoje de manhã", "segunda-feira pela manhã"
    part_first={"manhã": "MO", "tarde": "AF", "noite": "NI"},
    part_first_link="de|da",  # "na noite de segunda-feira"
    seasons={"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
    season_context="em|no|na|do|da|desde|até|neste|nesta|este|esta",
    ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    span_words="próximos|próximas|proximos|proximas|últimos|últimas|ultimos|ultimas|passados|passadas|seguintes",
    plural_units=("dias", "semanas", "meses", "anos", "horas", "minutos", "décadas"),
    weekend="fim de semana",
    sets={"diariamente": "P1D", "todos os dias": "P1D", "cada dia": "P1D", "toda semana": "P1W", "todo ano": "P1Y"},
    clock=r"(?P<h>\d{1,2})(?:h|:)(?P<min>\d{2})?\b",
    past_cues=r"foi|foram|era|eram|tinha|tinham|ontem|passado|passada|há",
    future_cues=r"\w+(?:ará|erá|irá|arão|erão|irão)|vai|vão|amanhã",  # "vai propor", "votará"
    holidays={"natal": "12-25", "véspera de natal": "12-24", "ano novo": "01-01", "páscoa": "easter+0", "sexta-feira santa": "easter-2", "carnaval": "easter-47"},
)

NL = Lexicon(
    day_after="de volgende dag|de dag erna|een dag later",
    day_before="de dag ervoor|de dag daarvoor|een dag eerder",
    day_before_parts={"de avond ervoor": "EV", "de avond daarvoor": "EV", "de nacht ervoor": "NI", "de nacht daarvoor": "NI"},
    same_day="dezelfde dag|diezelfde dag",
    months={
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    weekdays={"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6},
    relative_days={"vandaag": 0, "gisteren": -1, "eergisteren": -2, "morgen": 1, "overmorgen": 2},
    day_with_part={"vanochtend": (0, "MO"), "vanmorgen": (0, "MO"), "vanmiddag": (0, "AF"), "vanavond": (0, "EV"), "vannacht": (0, "NI"),
                   "gisterochtend": (-1, "MO"), "gistermorgen": (-1, "MO"), "gistermiddag": (-1, "AF"), "gisteravond": (-1, "EV"),
                   "gisternacht": (-1, "NI")},
    units=_units(("dag", "dagen"), ("week", "weken"), ("maand", "maanden"), ("jaar", "jaren"), ("uur", "uren"), ("minuut", "minuten"),
                 ("decennium", "decennia")),
    last_words={"vorige", "vorig", "afgelopen", "laatste"},
    next_words={"volgende", "volgend", "komende", "aanstaande"},
    this_words={"deze", "dit"},
    numbers={"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "twaalf": 12},
    ago_after="geleden",
    day_suffix="",
    compound_parts=True,
    case_sensitive=False,
    prepositions="in|sinds|tot|van|voor|na|vanaf|begin|eind|half|medio",
    refs={"nu": "PRESENT_REF", "momenteel": "PRESENT_REF", "onlangs": "PAST_REF", "recent": "PAST_REF", "in de toekomst": "FUTURE_REF"},
    dayparts={"ochtend": "MO", "middag": "AF", "avond": "EV", "nacht": "NI"},  # "morgen" is tomorrow
    seasons={"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"},
    season_context="in|de|het|deze|dit|vorige|afgelopen|komende|sinds|tot",
    ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
    quarter_words=("kwartaal",),
    half_words=("halfjaar", "jaarhelft"),
    span_words="komende|volgende|afgelopen|voorbije|laatste",
    plural_units=("dagen", "weken", "maanden", "jaren", "uren", "minuten"),
    weekend="weekend",
    sets={"dagelijks": "P1D", "wekelijks": "P1W", "maandelijks": "P1M", "jaarlijks": "P1Y", "elke dag": "P1D"},
    clock=r"(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?uur\b",
    past_cues=r"was|waren|had|hadden|werd|werden|gisteren|vorige|afgelopen|geleden",
    future_cues=r"zal|zullen|gaat|gaan|volgende|komende|morgen",
    holidays={"kerstmis": "12-25", "kerst": "12-25", "oudejaarsavond": "12-31", "nieuwjaarsdag": "01-01", "pasen": "easter+0",
              "goede vrijdag": "easter-2", "pinksteren": "easter+49", "koningsdag": "04-27"},
)  # fmt: skip

# Russian and Ukrainian inflect: each word is listed in the cases news uses ("в среду", "20 ноября",
# "на прошлой неделе", "в прошлом году")
RU = Lexicon(
    day_after="на следующий день|на другой день",
    day_before="накануне|днем ранее|днём ранее|за день до этого",
    same_day="в тот же день|тем же днем|тем же днём|в этот же день",
    # "накануне выборов" (on the eve of the elections): a noun in the genitive follows; "накануне сообщила" is a verb
    eve_of=r"[а-яё-]*(?:ов|ев|ей|ого|его|ых|их|[^л]а|[^л]я|ы)(?![а-яё])",
    months={
        **{m: i for i, ms in enumerate((
            ("январь", "января", "январе"), ("февраль", "февраля", "феврале"), ("март", "марта", "марте"),
            ("апрель", "апреля", "апреле"), ("май", "мая", "мае"), ("июнь", "июня", "июне"), ("июль", "июля", "июле"),
            ("август", "августа", "августе"), ("сентябрь", "сентября", "сентябре"), ("октябрь", "октября", "октябре"),
            ("ноябрь", "ноября", "ноябре"), ("декабрь", "декабря", "декабре")), 1) for m in ms},
    },
    weekdays={"понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3, "пятница": 4, "пятницу": 4,
              "суббота": 5, "субботу": 5, "воскресенье": 6},
    relative_days={"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2},
    units=_units(("день", "дня", "дней", "дни", "днях"), ("неделя", "недели", "недель", "неделю", "неделе", "неделях"),
                 ("месяц", "месяца", "месяцев", "месяце", "месяцы", "месяцах"), ("год", "года", "лет", "году", "годы", "годах"),
                 ("час", "часа", "часов", "часы", "часах"), ("минута", "минуты", "минут"), ("десятилетие", "десятилетия")),
    last_words={"прошлый", "прошлой", "прошлую", "прошлом", "прошлого", "прошедший", "прошедшей", "прошедшую", "прошедшем", "минувший",
                "минувшей", "минувшую", "минувшем"},
    next_words={"следующий", "следующей", "следующую", "следующем", "будущий", "будущей", "будущем", "грядущей"},
    this_words={"этот", "эту", "этой", "этом", "это", "текущий", "текущей", "текущем", "нынешнем"},
    numbers={"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
    ago_after="назад",
    day_suffix="",
    case_sensitive=False,
    prepositions="в|во|с|со|до|после|к|на|в течение",
    refs={"сейчас": "PRESENT_REF", "в настоящее время": "PRESENT_REF", "недавно": "PAST_REF", "в будущем": "FUTURE_REF",
          "в ближайшее время": "FUTURE_REF"},
    dayparts={"утром": "MO", "днем": "AF", "днём": "AF", "вечером": "EV", "ночью": "NI"},
    part_first={"утром": "MO", "утру": "MO", "днем": "AF", "днём": "AF", "вечером": "EV", "вечеру": "EV", "ночью": "NI"},
    weekdays_after_part={"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6},
    seasons={"весной": "SP", "летом": "SU", "осенью": "FA", "зимой": "WI"},
    season_context="этой|этим|прошлой|прошлым|следующей|следующим",
    span_words="ближайшие|ближайших|ближайшими|следующие|следующих|предстоящие|предстоящих|грядущие|последние|последних|"
    "прошедшие|прошедших|минувшие|минувших",
    plural_units=("дни", "дней", "днях", "недели", "недель", "неделях", "месяцы", "месяцев", "месяцах", "годы", "лет", "годах",
                  "часы", "часов", "часах"),
    weekend="выходные|выходных",
    sets={"ежедневно": "P1D", "каждый день": "P1D", "еженедельно": "P1W", "ежегодно": "P1Y"},
    clock=r"(?P<h>\d{1,2})[:.](?P<min>\d{2})\b",
    past_cues=r"был|была|было|были|вчера|прошл\w*|назад|минувш\w*",
    future_cues=r"будет|будут|завтра|следующ\w*|состоится|пройдет|пройдёт|планирует|планируют|намерен\w*",
    not_after_year="человек|людей|жителей|домов|квадратных|метров|километров|тонн|рублей|долларов|евро|раз|единиц|штук",
    holidays={"новый год": "01-01", "рождество": "01-07"},
)

UK = Lexicon(
    day_after="наступного дня|на наступний день",
    day_before="напередодні|днем раніше|за день до цього",
    same_day="того ж дня|того самого дня|в той же день|у той же день",
    eve_of=r"(?!вранці|зранку|вдень|увечері|ввечері|вночі)[а-яіїєґ'’-]*(?:ів|ого|ої|их|[^л]а|[^л]я|у|ю|і)(?![а-яіїєґ])",
    months={
        **{m: i for i, ms in enumerate((
            ("січень", "січня", "січні"), ("лютий", "лютого", "лютому"), ("березень", "березня", "березні"),
            ("квітень", "квітня", "квітні"), ("травень", "травня", "травні"), ("червень", "червня", "червні"),
            ("липень", "липня", "липні"), ("серпень", "серпня", "серпні"), ("вересень", "вересня", "вересні"),
            ("жовтень", "жовтня", "жовтні"), ("листопад", "листопада", "листопаді"), ("грудень", "грудня", "грудні")), 1) for m in ms},
    },
    weekdays={"понеділок": 0, "вівторок": 1, "середа": 2, "середу": 2, "четвер": 3, "п'ятниця": 4, "п’ятниця": 4, "п'ятницю": 4,
              "п’ятницю": 4, "субота": 5, "суботу": 5, "неділя": 6, "неділю": 6},
    relative_days={"сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2, "завтра": 1, "післязавтра": 2},
    units=_units(("день", "дні", "днів", "днями", "днях"), ("тиждень", "тижні", "тижнів", "тижня", "тижнями"),
                 ("місяць", "місяці", "місяців", "місяця", "місяцями"), ("рік", "роки", "років", "році", "року", "роками"), ("година", "години", "годин"), ("хвилина", "хвилини", "хвилин"), ("десятиліття",)),
    last_words={"минулий", "минулого", "минулому", "минулої", "минулій", "минулу", "попередній"},
    next_words={"наступний", "наступного", "наступному", "наступної", "наступній", "наступну"},
    this_words={"цей", "цього", "цьому", "цієї", "цю", "поточного"},
    numbers={"два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "п’ять": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10},
    ago_after="тому",
    day_suffix="",
    case_sensitive=False,
    prepositions="у|в|з|до|після|на|протягом",
    refs={"зараз": "PRESENT_REF", "наразі": "PRESENT_REF", "нещодавно": "PAST_REF", "у майбутньому": "FUTURE_REF"},
    dayparts={"вранці": "MO", "зранку": "MO", "вдень": "AF", "увечері": "EV", "ввечері": "EV", "вночі": "NI"},
    part_first={"вранці": "MO", "зранку": "MO", "увечері": "EV", "ввечері": "EV", "вночі": "NI"},
    weekdays_after_part={"понеділка": 0, "вівторка": 1, "середи": 2, "четверга": 3, "п'ятниці": 4, "п’ятниці": 4, "суботи": 5, "неділі": 6},
    span_words="найближчі|найближчих|найближчими|наступні|наступних|наступними|останні|останніх|останніми|минулі|минулих",
    plural_units=("дні", "днів", "днями", "днях", "тижні", "тижнів", "тижнями", "місяці", "місяців", "місяцями", "роки", "років",
                  "роками", "години", "годин"),
    weekend="вихідні|вихідних",
    sets={"щодня": "P1D", "щотижня": "P1W", "щороку": "P1Y"},
    clock=r"(?P<h>\d{1,2})[:.](?P<min>\d{2})\b",
    past_cues=r"був|була|було|були|вчора|учора|минул\w*|тому",
    future_cues=r"буде|будуть|завтра|наступн\w*|відбудеться|планує|планують",
    not_after_year="людей|осіб|жителів|будинків|квадратних|метрів|кілометрів|тонн|гривень|доларів|євро|разів",
    holidays={"новий рік": "01-01", "різдво": "12-25"},
)

PL = Lexicon(
    day_after="następnego dnia|nazajutrz",
    day_before="dzień wcześniej|poprzedniego dnia|dzień przedtem|dnia poprzedniego",
    day_before_parts={"poprzedniego wieczoru": "EV", "poprzedniej nocy": "NI", "noc wcześniej": "NI"},
    same_day="tego samego dnia|w tym samym dniu",
    months={
        **{m: i for i, ms in enumerate((
            ("styczeń", "stycznia", "styczniu"), ("luty", "lutego", "lutym"), ("marzec", "marca", "marcu"),
            ("kwiecień", "kwietnia", "kwietniu"), ("maj", "maja", "maju"), ("czerwiec", "czerwca", "czerwcu"),
            ("lipiec", "lipca", "lipcu"), ("sierpień", "sierpnia", "sierpniu"), ("wrzesień", "września", "wrześniu"),
            ("październik", "października", "październiku"), ("listopad", "listopada", "listopadzie"),
            ("grudzień", "grudnia", "grudniu")), 1) for m in ms},
    },
    weekdays={"poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4, "sobota": 5, "sobotę": 5,
              "niedziela": 6, "niedzielę": 6},
    relative_days={"dzisiaj": 0, "dziś": 0, "wczoraj": -1, "przedwczoraj": -2, "jutro": 1, "pojutrze": 2},
    units=_units(("dzień", "dni", "dnia", "dniach"), ("tydzień", "tygodnie", "tygodni", "tygodniu", "tygodniach"),
                 ("miesiąc", "miesiące", "miesięcy", "miesiącu", "miesiącach"), ("rok", "lata", "lat", "roku", "latach"),
                 ("godzina", "godziny", "godzin", "godzinach"), ("minuta", "minuty", "minut"), ("dekada", "dekady")),
    last_words={"ubiegły", "ubiegłego", "ubiegłym", "ubiegłej", "ubiegłą", "zeszły", "zeszłego", "zeszłym", "zeszłej", "zeszłą",
                "poprzedni", "poprzedniego", "poprzedniej"},
    next_words={"przyszły", "przyszłego", "przyszłym", "przyszłej", "przyszłą", "następny", "następnego", "następnym", "następnej", "następną"},
    this_words={"ten", "tego", "tym", "tej", "tę", "bieżący", "bieżącego", "bieżącym"},
    numbers={"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10},
    ago_after="temu",
    day_suffix="",
    case_sensitive=False,
    prepositions="w|we|od|do|po|przed|na|z",
    refs={"teraz": "PRESENT_REF", "obecnie": "PRESENT_REF", "niedawno": "PAST_REF", "w przyszłości": "FUTURE_REF",
          "w najbliższym czasie": "FUTURE_REF"},
    dayparts={"rano": "MO", "po południu": "AF", "wieczorem": "EV", "w nocy": "NI"},
    span_words="najbliższych|najbliższe|najbliższymi|następnych|następne|kolejnych|kolejne|ostatnich|ostatnie|minionych|minione|"
    "ubiegłych|ubiegłe",
    plural_units=("dni", "dniach", "tygodnie", "tygodni", "tygodniach", "miesiące", "miesięcy", "miesiącach", "lata", "lat", "latach",
                  "godziny", "godzin", "godzinach"),
    weekend="weekend",
    sets={"codziennie": "P1D", "co tydzień": "P1W", "co roku": "P1Y"},
    clock=r"(?P<h>\d{1,2})[:.](?P<min>\d{2})\b",
    past_cues=r"był|była|było|byli|były|wczoraj|ubiegł\w*|zeszł\w*|temu",
    future_cues=r"będzie|będą|jutro|przyszł\w*|następn\w*|odbędzie|planuje|planują",
    not_after_year="osób|ludzi|mieszkańców|domów|metrów|kilometrów|ton|złotych|zł|dolarów|euro|razy",
    holidays={"boże narodzenie": "12-25", "wigilia": "12-24", "nowy rok": "01-01", "wielkanoc": "easter+0"},
)

def _variants(words: dict, table=None) -> dict:
    """Each word also without its diacritics and with the cedilla letters older texts use ("marţi", "marti")."""
    plain = str.maketrans(table or {"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"})
    cedilla = str.maketrans({"ș": "ş", "ț": "ţ"})
    out = {}
    for w, v in words.items():
        for form in (w, w.translate(cedilla), w.translate(plain)):
            out.setdefault(form, v)
    return out


_RO_NUMBERS = _variants({"un": 1, "una": 1, "o": 1, "unu": 1, "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6,
                         "șapte": 7, "opt": 8, "nouă": 9, "zece": 10, "unsprezece": 11, "doisprezece": 12, "douăsprezece": 12})

# Romanian: "luni" is Monday and the plural of "lună" (month), so after a number or a quantifier it is months
RO = Lexicon(
    day_after="a doua zi|în ziua următoare|ziua următoare",
    months=_variants({
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6, "iulie": 7, "august": 8,
        "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12, "ian": 1, "feb": 2, "febr": 2, "mar": 3,
        "apr": 4, "iun": 6, "iul": 7, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    }),
    # and the definite forms: "marțea trecută" (last Tuesday), "duminica viitoare"
    weekdays=_variants({"luni": 0, "lunea": 0, "marți": 1, "marțea": 1, "miercuri": 2, "miercurea": 2, "joi": 3, "joia": 3,
                        "vineri": 4, "vinerea": 4, "sâmbătă": 5, "sâmbăta": 5, "sîmbătă": 5, "duminică": 6, "duminica": 6}),
    weekday_traps=r"\b(?:\d+|" + _alt(w for w in _RO_NUMBERS if w not in ("o", "un", "una", "unu"))
    + r"|câteva|cateva|multe|puține|putine|ultimele|primele|următoarele|urmatoarele|cele|aceste|acele)\s(?:de\s)?luni\b"
    r"|\bluni\s(?:de\szile|la\sr[âa]nd|întregi|intregi|bune|grele)\b",
    relative_days=_variants({"azi": 0, "astăzi": 0, "ieri": -1, "alaltăieri": -2, "mâine": 1, "poimâine": 2}),
    day_with_part=_variants({"aseară": (-1, "EV"), "azi-noapte": (-1, "NI"), "astă-noapte": (-1, "NI"), "astă-seară": (0, "EV"),
                             "diseară": (0, "EV"), "azi-dimineață": (0, "MO")}),
    units=_variants(_units(("zi", "zile", "ziua", "zilei"), ("săptămână", "săptămâna", "săptămâni", "săptămânii"),
                           ("lună", "luna", "luni", "lunii"), ("an", "anul", "ani", "anului"), ("oră", "ore"), ("minut", "minute"),
                           ("deceniu", "decenii"))),
    last_words=set(_variants(dict.fromkeys(("trecut", "trecută", "trecuta", "precedent", "precedentă", "anterior", "anterioară"), 0))),
    next_words=set(_variants(dict.fromkeys(("viitor", "viitoare", "următor", "următoare"), 0))),
    this_words=set(_variants(dict.fromkeys(("acesta", "aceasta", "asta", "ăsta", "curent", "curentă"), 0))),
    numbers=_RO_NUMBERS,
    ago_before="acum|în urmă cu|in urma cu",
    ago_after="în urmă|in urma",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    prepositions="în|in|din|până în|pana in|după|dupa|înainte de|de la|anul|pe|la|sfârșitul lui|începutul lui",
    refs=_variants({"acum": "PRESENT_REF", "în prezent": "PRESENT_REF", "recent": "PAST_REF", "de curând": "PAST_REF", "în viitor": "FUTURE_REF"}),
    dayparts=_variants({"dimineața": "MO", "dimineață": "MO", "după-amiaza": "AF", "după-amiază": "AF", "seara": "EV", "seară": "EV",
                        "noaptea": "NI", "noapte": "NI"}),
    seasons=_variants({"primăvara": "SP", "primăvară": "SP", "vara": "SU", "vară": "SU", "toamna": "FA", "toamnă": "FA",
                       "iarna": "WI", "iarnă": "WI"}),
    season_context="în|in|din|de|la|această|aceasta|acestei",
    ordinals={"primul": 1, "prima": 1, "al doilea": 2, "a doua": 2, "al treilea": 3, "a treia": 3, "al patrulea": 4, "a patra": 4},
    quarter_words=("trimestru", "trimestrul", "trimestrului"),
    half_words=("semestru", "semestrul", "semestrului"),
    sets=_variants({"zilnic": "P1D", "săptămânal": "P1W", "lunar": "P1M", "anual": "P1Y", "în fiecare zi": "P1D"}),
    each_words="fiecare",
    vague_numbers="câteva|cateva|mai multe",
    clock=r"(?:ora\s|orele\s)?(?P<h>\d{1,2}):(?P<min>\d{2})\b",
    # the compound past ("a declarat", "au ars", "s-a produs") and the words of a past sentence
    past_cues=r"a\sfost|au\sfost|era|erau|avea|aveau|ieri|trecut|trecută|trecuta|acum|s-a|s-au"
    r"|(?:a|au)\s\w+(?:at|it|ut|ât|at|s)",
    future_cues=r"va|vor|vom|voi|vei|o\ssă|urmează|urmeaza|viitor|viitoare|mâine|maine|următoare|programat\w*",
    not_after_year="de persoane|persoane|de oameni|oameni|de lei|lei|euro|de euro|dolari|de metri|metri|de tone|tone|de locuitori|locuitori",
    ambiguous_months=("mai",),
    month_preps="în|in|din|luna|pe|până|pana|după|dupa|lui|de|sfârșitul|începutul|mijlocul",
    holidays=_variants({"Crăciun": "12-25", "Crăciunul": "12-25", "Ajunul Crăciunului": "12-24", "Anul Nou": "01-01",
                        "Revelion": "12-31", "Revelionul": "12-31", "Ziua Națională": "12-01"}),
)

_ID_NUMBERS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "lapan": 8,
               "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12}

# Indonesian, with the Malay words that differ ("Isnin", "Mac", "Ogos"): "Minggu" is Sunday and "minggu" a week
ID = Lexicon(
    day_after="keesokan harinya|esok harinya|sehari kemudian|hari berikutnya",
    months={
        "Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6, "Juli": 7, "Agustus": 8, "September": 9,
        "Oktober": 10, "November": 11, "Desember": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Agu": 8,
        "Agt": 8, "Ags": 8, "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Des": 12,
        "Mac": 3, "Julai": 7, "Ogos": 8, "Disember": 12, "Dis": 12,  # Malay
    },
    weekdays={"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Jum'at": 4, "Jum’at": 4, "Sabtu": 5, "Minggu": 6,
              "Ahad": 6, "Isnin": 0, "Khamis": 3, "Jumaat": 4,
              **{"hari " + d: i for d, i in (("Senin", 0), ("Selasa", 1), ("Rabu", 2), ("Kamis", 3), ("Jumat", 4), ("Sabtu", 5),
                                             ("Minggu", 6), ("Ahad", 6), ("Isnin", 0), ("Khamis", 3), ("Jumaat", 4))}},
    # "Minggu lalu", "minggu depan", "tiga minggu": the week, unless "hari Minggu"
    weekday_traps=r"(?<!hari\s)\bminggu\s(?:lalu|kemarin|depan|ini|ke|pertama|kedua|terakhir|yang|silam|mendatang|berikutnya|sebelumnya)\b"
    r"|\b(?:\d+|" + _alt(_ID_NUMBERS) + r"|beberapa|setiap|tiap|per|selama|dalam|sepanjang|akhir|awal)\sminggu\b",
    relative_days={"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1, "lusa": 2, "besok lusa": 2},
    day_with_part={"tadi pagi": (0, "MO"), "tadi siang": (0, "AF"), "tadi malam": (-1, "NI"), "nanti malam": (0, "NI"),
                   "malam ini": (0, "NI"), "pagi ini": (0, "MO"), "semalam": (-1, "NI")},
    units=_units(("hari",), ("pekan", "minggu"), ("bulan",), ("tahun",), ("jam",), ("menit", "minit"), ("dekade",)),
    last_words={"lalu", "yang lalu", "kemarin", "silam"},
    next_words={"depan", "mendatang", "yang akan datang", "hadapan"},
    this_words={"ini"},
    numbers=_ID_NUMBERS,
    ago_after="yang lalu|lalu|silam",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    prepositions="pada|sejak|hingga|sampai|tahun|dari|akhir|awal|pertengahan|sebelum|setelah",
    refs={"sekarang": "PRESENT_REF", "saat ini": "PRESENT_REF", "kini": "PRESENT_REF", "baru-baru ini": "PAST_REF",
          "di masa depan": "FUTURE_REF"},
    dayparts={"pagi": "MO", "siang": "AF", "sore": "EV", "petang": "EV", "malam": "NI", "dini hari": "NI"},
    ordinals={"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4},
    quarter_words=("kuartal", "triwulan", "suku"),
    half_words=("semester",),
    sets={"setiap hari": "P1D", "tiap hari": "P1D", "setiap pekan": "P1W", "setiap minggu": "P1W", "setiap tahun": "P1Y"},
    each_words="setiap|tiap",
    vague_numbers="beberapa",
    clock=r"(?:pukul|jam)\s(?P<h>\d{1,2})[.:](?P<min>\d{2})(?:\s(?:WIB|WITA|WIT))?\b",
    past_cues=r"telah|sudah|sempat|pernah|lalu|kemarin|silam|tadi",
    future_cues=r"akan|bakal|besok|depan|mendatang|rencananya|dijadwalkan|hendak",
    not_after_year="orang|jiwa|warga|unit|rumah|ton|meter|kilometer|rupiah|dolar|kali",
    holidays={"Natal": "12-25", "Malam Natal": "12-24", "Tahun Baru": "01-01", "Hari Kemerdekaan": "08-17"},
)

_TR_WEEKDAYS = {"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6}

# Turkish writes case endings onto words ("dünkü", "salıdan", "Ekimde"; after a name with an apostrophe, "14 Mart'ta"),
# and "pazar" is Sunday and the market: lower case and without "günü" it is the market
TR = Lexicon(
    day_after="ertesi gün|ertesi günü",
    months={"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9,
            "ekim": 10, "kasım": 11, "aralık": 12},
    weekdays={**_TR_WEEKDAYS, **{w + " günü": i for w, i in _TR_WEEKDAYS.items()}},
    weekday_traps=r"(?-i:\bpazar)(?!\s(?:günü|gecesi|sabahı|akşamı|öğleden))",
    particles="kü|ki|den|dan|ten|tan|de|da|te|ta|ne|na",
    relative_days={"bugün": 0, "dün": -1, "yarın": 1, "önceki gün": -2, "evvelki gün": -2, "dünden önceki gün": -2,
                   "öbür gün": 2, "yarından sonraki gün": 2},
    units=_units(("gün",), ("hafta",), ("ay",), ("yıl", "sene"), ("saat",), ("dakika",)),
    last_words={"geçen", "geçtiğimiz"},
    next_words={"gelecek", "önümüzdeki"},
    this_words={"bu"},
    numbers={"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
             "on bir": 11, "on iki": 12},
    ago_after="önce|evvel",
    day_suffix="",
    case_sensitive=False,
    ambiguous_months=("kasım",),  # also a given name
    month_preps="geçen|gelecek|bu|önümüzdeki|geçtiğimiz|her",
    prepositions="geçen|bu|gelecek",
    refs={"şimdi": "PRESENT_REF", "şu anda": "PRESENT_REF", "halen": "PRESENT_REF", "son zamanlarda": "PAST_REF",
          "geçenlerde": "PAST_REF", "gelecekte": "FUTURE_REF"},
    dayparts={"sabah": "MO", "sabahı": "MO", "öğleden sonra": "AF", "akşam": "EV", "akşamı": "EV", "gece": "NI", "gecesi": "NI"},
    seasons={"ilkbahar": "SP", "bahar": "SP", "yaz": "SU", "sonbahar": "FA", "güz": "FA", "kış": "WI"},
    ordinals={"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4},
    quarter_words=("çeyrek", "çeyrekte"),
    half_words=("yarı", "yarıyıl"),
    weekend="hafta sonu",
    sets={"her gün": "P1D", "her hafta": "P1W", "her ay": "P1M", "her yıl": "P1Y"},
    each_words="her",
    vague_numbers="birkaç|birkac",
    clock=r"saat\s(?P<h>\d{1,2})[.:](?P<min>\d{2})\b",
    # the past in -di and -miş ("çöktü", "açıkladı", "olmuştu"), not "şimdi", "kendi"
    past_cues=r"(?!şimdi\b|kendi\b)\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü)(?:lar|ler)?|\w+(?:mış|miş|muş|müş)\w*|dün|geçen|geçtiğimiz|önce",
    future_cues=r"\w+(?:acak|ecek|acağı|eceği)\w*|yarın|önümüzdeki|planlanıyor|bekleniyor",
    not_after_year="kişi|kişinin|kişiye|ev|konut|ton|metre|kilometre|lira|dolar|euro|asker|polis|kez|adet",
    holidays={"yılbaşı": "01-01", "cumhuriyet bayramı": "10-29", "zafer bayramı": "08-30"},
)

_EL_MONTHS = (
    ("Ιανουάριος", "Ιανουάριο", "Ιανουαρίου", "Ιαν"), ("Φεβρουάριος", "Φεβρουάριο", "Φεβρουαρίου", "Φεβ"),
    ("Μάρτιος", "Μάρτιο", "Μαρτίου", "Μαρ"), ("Απρίλιος", "Απρίλιο", "Απριλίου", "Απρ"), ("Μάιος", "Μάιο", "Μαΐου", "Μαίου"),
    ("Ιούνιος", "Ιούνιο", "Ιουνίου", "Ιουν"), ("Ιούλιος", "Ιούλιο", "Ιουλίου", "Ιουλ"), ("Αύγουστος", "Αύγουστο", "Αυγούστου", "Αυγ"),
    ("Σεπτέμβριος", "Σεπτέμβριο", "Σεπτεμβρίου", "Σεπ"), ("Οκτώβριος", "Οκτώβριο", "Οκτωβρίου", "Οκτ"),
    ("Νοέμβριος", "Νοέμβριο", "Νοεμβρίου", "Νοε"), ("Δεκέμβριος", "Δεκέμβριο", "Δεκεμβρίου", "Δεκ"),
)
_EL_ORDINAL_NOUNS = "φορά|θέση|ημέρα|μέρα|χρονιά|εβδομάδα|συνεχόμενη|σειρά|δόση|περίοδο|γενιά|φάση|μεγαλύτερη|πόλη|χώρα"

# Greek: "Τρίτη" (Tuesday) and "Πέμπτη" (Thursday) are also the ordinals third and fifth: in lower case a weekday only
# after an article or "κάθε", "περασμένη", and never before a noun it numbers ("η τρίτη φορά")
EL = Lexicon(
    day_after="την επόμενη ημέρα|την επόμενη μέρα|την επομένη|την άλλη μέρα",
    months={m: i for i, forms in enumerate(_EL_MONTHS, 1) for m in forms},
    weekdays={"Δευτέρα": 0, "Δευτέρας": 0, "Τρίτη": 1, "Τρίτης": 1, "Τετάρτη": 2, "Τετάρτης": 2, "Πέμπτη": 3, "Πέμπτης": 3,
              "Παρασκευή": 4, "Παρασκευής": 4, "Σάββατο": 5, "Σαββάτου": 5, "Κυριακή": 6, "Κυριακής": 6},
    weekday_traps=r"(?-i:(?<![Ττ]ην\s)(?<![Ττ]η\s)(?<!της\s)(?<!κάθε\s)(?<!περασμένη\s)(?<!επόμενη\s)(?<!ερχόμενη\s)"
    r"(?<!προηγούμενη\s)\b(?:τρίτη|πέμπτη|τρίτης|πέμπτης)\b)"
    rf"|(?i:\b(?:τρίτη|πέμπτη|τρίτης|πέμπτης)\s(?:{_EL_ORDINAL_NOUNS})\w*)",
    relative_days={"σήμερα": 0, "χθες": -1, "χθές": -1, "χτες": -1, "προχθές": -2, "προχτές": -2, "αύριο": 1, "μεθαύριο": 2},
    day_with_part={"απόψε": (0, "NI")},
    units=_units(("ημέρα", "ημέρες", "ημερών", "μέρα", "μέρες", "μερών"), ("εβδομάδα", "εβδομάδες", "εβδομάδων"),
                 ("μήνα", "μήνας", "μήνες", "μηνών"), ("χρόνο", "χρόνος", "χρόνια", "χρόνων", "έτος", "έτη", "ετών"),
                 ("ώρα", "ώρες", "ωρών"), ("λεπτό", "λεπτά"), ("δεκαετία", "δεκαετίες")),
    last_words={"περασμένη", "περασμένο", "περασμένης", "περασμένου", "προηγούμενη", "προηγούμενο", "προηγούμενης"},
    next_words={"επόμενη", "επόμενο", "επόμενης", "ερχόμενη", "ερχόμενο", "ερχόμενης"},
    this_words={"αυτή", "αυτό", "αυτόν", "αυτής", "αυτού", "τρέχουσα", "τρέχοντα"},
    numbers={"ένα": 1, "μία": 1, "μια": 1, "ένας": 1, "δύο": 2, "δυο": 2, "τρεις": 3, "τρία": 3, "τέσσερις": 4, "τέσσερα": 4,
             "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10,
             "έντεκα": 11, "ένδεκα": 11, "δώδεκα": 12},
    ago_before="πριν από|πριν",
    ago_after="πριν",
    day_suffix="(?:η|ης)?",  # "25η Μαρτίου"
    case_sensitive=False,
    prepositions="το|του|στο|από|μέχρι|έως|μετά|πριν|τον|έτος|ως",
    refs={"τώρα": "PRESENT_REF", "σήμερα πλέον": "PRESENT_REF", "πρόσφατα": "PAST_REF", "στο μέλλον": "FUTURE_REF"},
    dayparts={"πρωί": "MO", "μεσημέρι": "AF", "απόγευμα": "AF", "βράδυ": "EV", "νύχτα": "NI"},
    daypart_link="το|τη|την",  # "χθες το βράδυ", "την Τρίτη το απόγευμα"
    seasons={"άνοιξη": "SP", "καλοκαίρι": "SU", "φθινόπωρο": "FA", "χειμώνα": "WI", "χειμώνας": "WI"},
    season_context="το|την|τον|φέτος|στο|στην|στον",
    ordinals={"πρώτο": 1, "δεύτερο": 2, "τρίτο": 3, "τέταρτο": 4},
    quarter_words=("τρίμηνο", "τριμήνου"),
    half_words=("εξάμηνο", "εξαμήνου"),
    weekend="Σαββατοκύριακο|σαββατοκύριακο",
    sets={"καθημερινά": "P1D", "κάθε μέρα": "P1D", "κάθε ημέρα": "P1D", "κάθε εβδομάδα": "P1W", "κάθε χρόνο": "P1Y"},
    each_words="κάθε",
    vague_numbers="μερικές|μερικά|μερικούς|λίγες|λίγα|αρκετές|αρκετά",
    clock=r"(?:στις\s)?(?P<h>\d{1,2}):(?P<min>\d{2})\b",
    past_cues=r"ήταν|είχε|είχαν|χθες|χτες|περασμένη|περασμένο|πριν|\w+(?:σε|ξε|ψε|κε|σαν|ξαν|ψαν|καν)",
    future_cues=r"θα|αύριο|επόμενη|επόμενο|ερχόμενη|ερχόμενο|πρόκειται",
    not_after_year="άτομα|ατόμων|ανθρώπων|ευρώ|δολάρια|μέτρα|χιλιόμετρα|τόνοι|τόνων|κάτοικοι|κατοίκων|σπίτια",
    holidays={"Χριστούγεννα": "12-25", "Πρωτοχρονιά": "01-01", "παραμονή Χριστουγέννων": "12-24"},
)

# Hindi: "कल" is yesterday or tomorrow and "परसों" the day before yesterday or after tomorrow, as the verb's tense says
# (past "था", "गया", "हुआ"; future "-गा", "-गी", "-गे"). A cue ends before its last vowel sign, where Python's \b stands.
_HI_MARK = r"(?=[ािीुूृेैोौंँः](?![\w\u0900-\u0963]))"
HI = Lexicon(
    day_after="अगले दिन|अगले रोज़|अगले रोज|दूसरे दिन",
    months={"जनवरी": 1, "फ\u093cरवरी": 2, "\u095eरवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
            "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
            "दिसंबर": 12, "दिसम्बर": 12},
    weekdays={"सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "शुक्रवार": 4, "शनिवार": 5,
              "रविवार": 6, "इतवार": 6},
    relative_days={"आज": 0, "कल": 1, "परसों": 2},
    tense_days={"कल": 1, "परसों": 2},
    marks_in_words=True,
    units=_units(("दिन", "दिनों"), ("हफ्ते", "हफ\u093c्ते", "ह\u095e्ते", "हफ्ता", "हफ\u093c्ता", "ह\u095e्ता", "सप्ताह", "सप्ताहों"),
                 ("महीने", "महीना", "महीनों", "माह"), ("साल", "सालों", "वर्ष", "वर्षों"), ("घंटे", "घंटा", "घंटों"),
                 ("मिनट",), ("दशक", "दशकों")),
    last_words={"पिछले", "पिछली", "पिछला", "बीते", "गत"},
    next_words={"अगले", "अगली", "अगला", "आगामी", "आने वाले"},
    this_words={"इस", "इसी"},
    numbers={"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
             "दस": 10, "ग्यारह": 11, "बारह": 12},
    ago_after="पहले|पूर्व",
    day_suffix="",
    case_sensitive=False,
    prepositions="वर्ष|साल|सन्",
    refs={"फिलहाल": "PRESENT_REF", "इन दिनों": "PRESENT_REF", "हाल ही में": "PAST_REF", "भविष्य में": "FUTURE_REF"},
    dayparts={"सुबह": "MO", "दोपहर": "AF", "शाम": "EV", "रात": "NI"},
    weekend="सप्ताहांत",
    sets={"हर दिन": "P1D", "रोज़": "P1D", "रोज": "P1D", "प्रतिदिन": "P1D", "हर हफ्ते": "P1W", "हर साल": "P1Y"},
    each_words="हर|प्रत्येक",
    vague_numbers="कुछ|कई",
    clock=r"(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\sबजे",
    past_cues=rf"(?:थ|गय|किय|दिय|लिय){_HI_MARK}|गई|गए|गये|गयी|हुआ|हुई|हुए|पहले",
    # "करेगा", "होगी", "जाएंगे": a vowel before the "ग" of the future ("लगी", it caught fire, is past)
    future_cues=r"[\w\u0900-\u0963]*(?:[ेोंँू]|ए|ओ)ग(?=[ाीे](?![\w\u0900-\u0963]))|अगले|अगली|आगामी",
    not_after_year="लोग|लोगों|यात्री|यात्रियों|रुपये|रुपए|मीटर|किलोमीटर|टन|घर|मकान",
    holidays={"गणतंत्र दिवस": "01-26", "स्वतंत्रता दिवस": "08-15", "क्रिसमस": "12-25"},
)

def _fa_forms(words: dict) -> dict:
    """Persian words with the zero-width non-joiner, a space or nothing between their parts ("سه‌شنبه", "سه شنبه",
    "سهشنبه"), and in the Arabic letters ي and ك that some keyboards type."""
    out = {}
    for w, v in words.items():
        for form in (w, w.replace("\u200c", " "), w.replace("\u200c", "")):
            out.setdefault(form, v)
            out.setdefault(form.replace("ی", "ي").replace("ک", "ك"), v)
    return out


# Persian: Gregorian months as Persian writes them ("۱۴ مارس") and the Solar Hijri ones ("۱۲ اسفند ۱۴۰۴"), Persian digits
FA = Lexicon(
    day_after="روز بعد|فردای آن روز",
    months=_fa_forms({"ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7, "ژوئیهٔ": 7, "اوت": 8,
                      "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12}),
    solar_months=_fa_forms({"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
                            "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}),
    weekdays=_fa_forms({"شنبه": 5, "یک\u200cشنبه": 6, "دو\u200cشنبه": 0, "سه\u200cشنبه": 1, "چهار\u200cشنبه": 2,
                        "پنج\u200cشنبه": 3, "جمعه": 4}),
    relative_days=_fa_forms({"امروز": 0, "دیروز": -1, "فردا": 1, "پریروز": -2, "پس\u200cفردا": 2}),
    day_with_part=_fa_forms({"دیشب": (-1, "NI"), "امشب": (0, "NI")}),
    marks_in_words=True,  # the zero-width non-joiner is inside a word: "شنبه" is not in "سه‌شنبه"
    units=_fa_forms(_units(("روز",), ("هفته",), ("ماه",), ("سال",), ("ساعت",), ("دقیقه",), ("دهه",))),
    last_words=set(_fa_forms(dict.fromkeys(("گذشته", "پیش", "قبل"), 0))),
    next_words=set(_fa_forms(dict.fromkeys(("آینده", "بعد"), 0))),
    this_words=set(_fa_forms(dict.fromkeys(("این", "جاری"), 0))),
    numbers=_fa_forms({"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
                       "یازده": 11, "دوازده": 12}),
    ago_after="پیش|قبل",
    unit_first=True,
    day_suffix="",
    case_sensitive=False,
    prepositions="سال|در|از|تا",
    refs=_fa_forms({"اکنون": "PRESENT_REF", "در حال حاضر": "PRESENT_REF", "اخیرا": "PAST_REF", "اخیراً": "PAST_REF",
                    "در آینده": "FUTURE_REF"}),
    dayparts=_fa_forms({"صبح": "MO", "بعدازظهر": "AF", "بعد از ظهر": "AF", "عصر": "AF", "شب": "NI"}),
    sets=_fa_forms({"هر روز": "P1D", "هر هفته": "P1W", "هر سال": "P1Y"}),
    each_words="هر",
    vague_numbers="چند",
    clock=r"ساعت\s(?P<h>\d{1,2})[:.](?P<min>\d{2})\b",
    past_cues=r"بود|بودند|شد|شدند|کرد|کردند|گفت|داد|دادند|داشت|گذشته|پیش|دیروز|دیشب",
    future_cues=r"خواهد|خواهند|فردا|آینده|قرار\sاست",
    not_after_year="نفر|تن|میلیون|هزار|متر|کیلومتر|ریال|تومان|دلار|خانه",
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL, "ru": RU, "uk": UK, "pl": PL, "ro": RO, "id": ID, "ms": ID, "tr": TR, "el": EL, "hi": HI, "fa": FA}
for _lex in LEXICONS.values():
    _lex.rules = _rules(_lex)
