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
    # a day of the month named without its month, the month being the one at hand: Brazilian "no último dia 10",
    # Spanish "el pasado día 10"; the words before the figure, with groups "last" and "next" for the words that place it
    day_of_month: str = ""
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
    # "overnight": the night of the day the text last named (else the night before publication; tonight in a
    # sentence about the future)
    overnight: str = ""
    # one word for the night around publication (Hebrew "הלילה"): last night in a report written after it,
    # tonight in a sentence about the future or in a report written that night
    tonight: str = ""
    # the word after "the day before" that makes it the eve of a named event ("the day before the storm", "la veille de")
    eve_of: str = ""
    daypart_link: str = ""  # words between a day and its part: "ayer por la tarde", "ontem à noite", "hier dans la soirée"
    # one word for a day and its part: "stasera" (this evening), "gisteravond" (last night), "anoche"
    day_with_part: dict[str, tuple[int, str]] = field(default_factory=dict)
    # a part of the day written before its weekday: "la noche del lunes", "к вечеру понедельника"; the parts as
    # written there (default: dayparts), the words between ("del", "di"), and the weekdays as written there
    # (default: weekdays; Russian "понедельника" only after a part: "среды" alone is also "environment")
    part_first: dict[str, str] = field(default_factory=dict)
    # the words before a weekday that name the night before it, as the press of these languages dates a night
    # by the morning it ends on: Russian "в ночь на пятницу", "в ночь с четверга на пятницу", German "in der Nacht zu
    # Freitag" are Thursday night; the weekdays as written there (default: weekdays and weekdays_after_part)
    night_before: str = ""
    night_weekdays: dict[str, int] = field(default_factory=dict)
    part_first_link: str = ""
    weekdays_after_part: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)  # "summer" -> "SU"
    season_context: str = ""  # words before a season that make it one ("in", "last"): "fall" is also a verb
    ordinals: dict[str, int] = field(default_factory=dict)  # for quarters and halves
    quarter_words: tuple[str, ...] = ()
    half_words: tuple[str, ...] = ()
    and_a_half: str = ""  # a half more, before or after the unit: "two and a half years", "a year and a half"
    quarter_mods: str = ""  # "latest|year-earlier|...": resolved in times.periods.PeriodHandlers.quarter
    weekend: str = ""  # "weekend"
    # words before the weekend's noun that name the weekend near publication as "the weekend" does, past or coming
    # as the sentence says: Swedish "i helgen", Danish "i weekenden"
    weekend_preps: str = ""
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
    # words right before a weekday that make it the coming one whatever the tense: Czech "svolal schůzi na
    # čtvrtek" (called the meeting for Thursday); a pattern, read up to the weekday
    ahead_before: str = ""
    # a weekday written with words that point it back or ahead past the publication day itself, as "last Tuesday"
    # and "next Tuesday" do: Swedish "i tisdags" and "på tisdag" written on a Tuesday are a week back and a week
    # ahead (on the day itself the press writes "i dag").  Patterns of the words and the weekday's form together,
    # read up to the weekday's end
    last_forms: str = ""
    next_forms: str = ""
    future_cues: str = ""  # words of a future-tense sentence ("si riunirà", "zal"), besides the shared ones in times/context.py
    not_after_year: str = ""  # words after a bare number that make it a count, not a year
    # the forms of the noun "year" that name a calendar year after its figures, where the language writes it so
    # (Russian "2023 год стал ...", "за 2023 год", Polish "2023 rok"): "2023 год" is the year 2023, never a
    # duration of 2,023 years, which takes the counting form ("2000 лет", "2000 lat")
    year_nouns: frozenset[str] = frozenset()
    # centuries and decades as the language writes them: the words for "century" next to an ordinal in figures
    # or Roman numerals ("im 19. Jahrhundert", "au XIXe siècle", "en el siglo XIX", "в XIX веке"), and the
    # patterns of a decade, with a group ``year`` ("in den 1990er Jahren", "en la década de 1990", "в 1990-е годы")
    century_words: str = ""
    decades: str = ""
    # a decade in two figures (group ``yy``: "anni '90", "años 90") is of the 1900s, as the press writes it (the
    # 2000s' decades take four: "anni 2010"); or a word (group ``dw``) of this table: "anni Novanta" -> "199"
    decade_names: dict[str, str] = field(default_factory=dict)
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
    # whether the press cuts this language's month names to their first letters ("Sept.", "нояб."): where it does
    # not (Czech, Finnish, Hungarian), "pro" (for), "maa" (land), "már" (already) are no months (timelex.month_words)
    abbreviated_months: bool = True
    # month names up to this long are abbreviations, a month alone only with their dot ("Jan."); 0 where short
    # names are whole words (Arabic "مايو", Korean "3월")
    month_abbr_max: int = 4
    # no expression of any kind may overlap a match of this pattern: "明日香" (a name) holds no "明日", "今年度"
    # (a fiscal year) no "今年", "三周年" (an anniversary) no "三周", "عبد الأحد" (a name) no Sunday
    traps: str = ""
    # words that open a span running up to now ("since", "seit", "depuis", "sinds"): the month or day after
    # one is the latest such before publication, whatever the tense ("gilt seit Juli", written in June, is
    # last July)
    since_words: str = ""
    # a time taken, in hours, minutes and seconds written with their units ("2時間8分15秒", "2시간 8분 15초"): one
    # duration, groups h, mi and s (optional); read as three it was two durations and a count of seconds
    elapsed_time: str = ""
    # letters written onto the front of a word (Arabic "و", "ب", "وب": "وأمس", "بالأمس"), each alternative of
    # one fixed width: a word may start after them
    proclitics: tuple[str, ...] = ()
    particle_ends: bool = False  # a particle may also follow the phrases matched whole ("다음날에", "전날의")
    # the script leaves no spaces between words (Chinese, Japanese): a word boundary is any place that is not
    # inside a run of Latin letters and figures, words are found inside longer runs (``traps`` guard
    # compounds), and only the rules of unspaced text are built (see _unspaced_rules)
    no_spaces: bool = False
    # written dates with 年/月 (년/월) and words for years: "2025年5月", "去年5月14日", "작년 5월", "2025년"
    cjk_calendar: bool = False
    # words before a weekday that place it in a week: "上周二" (Tuesday last week), "지난주 화요일", "来週の月曜日"
    # -> weeks from this one
    week_mods: dict[str, int] = field(default_factory=dict)
    # one word for a week, month, year or weekend relative to now: "去年", "지난주", "先月" -> (unit, steps)
    rel_periods: dict[str, tuple[str, int]] = field(default_factory=dict)
    # one word for a number and its unit: Korean "사흘" (three days), Arabic duals "يومين", "أسبوعين"
    counted_units: dict[str, tuple[int, str]] = field(default_factory=dict)
    later_after: str = ""  # "later" after the count: "3일 후", "两周后", "3日後"
    later_before: str = ""  # "after" before it: "بعد ثلاثة أيام"
    # units of a duration where they differ from the units of "ago" (Japanese "3日間" is three days, "3日" the 3rd)
    duration_units: dict[str, str] = field(default_factory=dict)
    # the parts of the day written before a clock hour and how they place it: "am" ("오전", "上午"), "pm"
    # ("오후", "下午", "عصرا"), "night" (after 6 the evening: "밤 11시" 23:00, "밤 1시" 01:00)
    clock_parts: dict[str, str] = field(default_factory=dict)
    minute_words: dict[str, int] = field(default_factory=dict)  # "半" (half past), "반", "والنصف", "الربع"
    # a day and month in figures without a year, day first ("17/5", "ngày 20/5", "στις 17/5"): the words that
    # may stand before one (an article, "on", a part of the day).  Set only where the day comes first: with one
    # of them any day and month (also "ngày 20-5"); without, only a day over 12 and never "24/7", since
    # "3/4" is three quarters and "24/7" round the clock (see times.days.DayHandlers.numeric_dm)
    date_words: str = ""
    day_month_seps: str = "/"  # and "-" where the press writes "ngày 20-5" (a score "el 3-1" is no date elsewhere)
    year_before: str = ""  # a word between a month and its year: Vietnamese "tháng 5 năm 2026"
    # a day of the month written as an ordinal word before its month: Arabic "في التاسع من فبراير", Spanish "el
    # primero de mayo", Italian "il primo maggio"; the words between the ordinal and the month ("من", "de"), the
    # words one of which must stand before the ordinal (Arabic "في", "منذ": "الأسبوع الثاني من مارس" is the second
    # week of March, not March 2), and the word between the month and its year ("de 2025", "عام 2025")
    day_ordinals: dict[str, int] = field(default_factory=dict)
    day_ordinal_link: str = ""
    day_ordinal_before: str = ""
    day_ordinal_year: str = ""
    year_first: bool = False  # the year before its month and day: Hungarian "2026. április 9.", "2026 áprilisában"
    # the word for "year" between a year written first and its month, as the Baltic press writes it: Lithuanian
    # "2025 m. gruodžio 30 d." ("m." for "metų", of the year), Latvian "2025. gada 30. decembrī"; a pattern
    year_word: str = ""
    # the word before a year of the Buddhist era (Thai "พ.ศ."): such a year, or one above 2400 in a language that
    # sets it, is 543 years ahead of the common era (2569 = 2026)
    buddhist_era: str = ""
    # the words before a year of the Buddhist era written in two figures, which are its last two: Thai "ปี 69",
    # "พ.ศ. 69" (2569 = 2026)
    buddhist_short_year: str = ""
    # week words after a weekday that place it in a week: Vietnamese "thứ Ba tuần trước" (Tuesday last week)
    week_mods_after: dict[str, int] = field(default_factory=dict)
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

    def count(self, m: re.Match) -> tuple[int | None, str]:
        """The number and unit of a match with groups ``n`` and ``unit``, or ``cu`` (a counted unit: "사흘")."""
        if m.groupdict().get("cu"):
            return self.lookup("counted_units", m.group("cu"))  # type: ignore[return-value]
        return self.number(m.group("n")), self.units[m.group("unit").lower()]


_HAN_DIGITS = "一二三四五六七八九"


def _han_numbers(top: int) -> dict[str, int]:
    """Chinese and Japanese number words from 0 (零, 〇) to ``top``: 一 ... 十, 十一 ... 二十, 二十一 ..."""
    out = {"零": 0, "〇": 0}
    for n in range(1, top + 1):
        tens, ones = divmod(n, 10)
        out[("" if tens < 2 else _HAN_DIGITS[tens - 1]) + ("十" if tens else "") + (_HAN_DIGITS[ones - 1] if ones else "")] = n
    return out


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


def _rules(lex: Lexicon) -> list[Rule]:
    flags = 0 if lex.case_sensitive else re.I
    abbr = [m for m in lex.months if len(m) <= lex.month_abbr_max and m.lower() not in ("may", "june", "july", "mai", "juin", "mars", "août", "aout", "mayo")]
    full = set(lex.months) - set(abbr)
    # only a cut name takes the abbreviation's dot: "Sept." of "September", "нояб." of "ноября".  A short name
    # that is whole ("maja", "мая", "maio", "juni": no longer name of its month starts with it) ends before a
    # full stop, which then ends the sentence ("odbędą się 21 maja."), not the date
    cut = [m for m in abbr if any(len(k) > len(m) and k.lower().startswith(m.lower()) and v == lex.months[m] for k, v in lex.months.items())]
    whole = [m for m in abbr if m not in cut]
    dotted = rf"|(?:{_alt(cut)})\.?" if cut else ""
    M = rf"(?:{_alt(full | set(whole))}{dotted})" if abbr else rf"(?:{_alt(lex.months)})"
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
    # a part of the day is no suffix of a day where a clock hour follows it: "어제 오후 3시" is yesterday and 15:00
    clock_ahead = rf"(?!\s?(?:\d|{_alt(w for w, n in lex.numbers.items() if n <= 12)}))" if lex.clock_parts else ""
    part_space = "?" if lex.compound_parts or lex.unspaced or lex.no_spaces else ""
    part_suffix = rf"(?:\s{part_space}{link}(?P<part>{parts}){clock_ahead})?" if parts else ""
    R = []

    def add(handler, pattern, fl=flags):
        if lex.no_spaces:  # any place but inside a run of Latin letters and figures
            pattern = pattern.replace(r"\b", _NO_SPACE_BOUNDARY)
        if lex.proclitics:  # a word may also start after a proclitic: "وأمس", "بالأمس"
            after = "|".join(rf"(?<=(?<!\w){p})" for p in lex.proclitics)
            pattern = pattern.replace(r"(?<!\w)", rf"(?:(?<!\w)|{after})").replace(r"\b", rf"(?:\b|(?:{after})(?=\w))")
        if lex.particles and lex.particle_ends:  # a phrase matched whole ends before a particle too: "다음날에"
            pattern = pattern.replace(r"(?!\w)", rf"(?:(?!\w)|(?=(?:{lex.particles})(?!\w)))")
        if lex.marks_in_words:  # a boundary of letters and marks together: "जनवरी " ends a word after its vowel sign
            pattern = pattern.replace(r"\b", rf"(?:(?<![\w{IN_WORD}])(?=[\w{IN_WORD}])|(?<=[\w{IN_WORD}])(?![\w{IN_WORD}]))")
        if lex.particles:  # or before a particle written onto the word: "어제는"
            pattern = pattern.replace(r"\b", rf"(?:\b|(?<=\w)(?=(?:{lex.particles})\b))")
        R.append(Rule(handler, re.compile(pattern, fl)))

    if lex.elapsed_time:  # "2時間8分15秒": one time a race or a flight took, before its hours are read alone
        add("elapsed", lex.elapsed_time)
    sp = r"\s?" if lex.unspaced else r"\s"
    year_before = rf"(?:(?:{lex.year_before})\s)?" if lex.year_before else ""

    add("iso", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
    year_words = _alt(w for w, (u, _) in lex.rel_periods.items() if u == "year")
    if lex.cjk_calendar:  # "去年5月14日", "3月14号", "작년 5월 14일": before the shared rule, which knows no year words
        yrel = rf"(?P<yrel>{year_words})\s?|" if year_words else ""
        add("cjk_date", rf"(?<!\d)(?:{yrel}(?P<year>\d{{4}})\s?[年년]\s?)?(?P<m>\d{{1,2}})\s?[月월]\s?(?P<d>\d{{1,2}})\s?[日일号號](?!\d)")
        # a day of the month a word names: "先月28日" (the 28th of last month), "来月5日", "上个月28日", "지난달 28일"
        if month_words := _alt(w for w, (u, _) in lex.rel_periods.items() if u == "month"):
            add("cjk_date", rf"(?P<mrel>{month_words})\s?の?(?P<md>\d{{1,2}})\s?[日일号號](?![\d本元])")
    # numeric dates every language writes alike: "2026年3月14日", "3月14日", "2026년 3월 14일", "14.03.2026",
    # and "14/03/2026" (day first outside English; see times.days.DayHandlers.numeric_slash)
    add("numeric_cjk", r"(?<!\d)(?:(?P<year>\d{4})\s?[年년]\s?)?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일](?!\d)")
    add("numeric_cjk_day", rf"(?<![\d月월])(?P<d>\d{{1,2}})\s?[日일](?![\d本元])(?!\s?(?:전|후|동안|간|만에|째|前|后|後|間|间|{_DAYS_COUNTED}))")
    # "18日": a day of this month (not 日本, 日元, nor "3일 전", "3日前": three days ago, nor a count of days)
    add("numeric_dmy", r"(?<![\d.-])(?P<d>\d{1,2})(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d.-]\d)")  # also "14-03-2026"
    # Czech and Slovak set a space after each full stop of a date ("10. 3. 2026", ČSN 01 6910), German copy at times too
    add("numeric_dmy", r"(?<![\d.-])(?P<d>\d{1,2})\.[ \u00a0](?P<m>\d{1,2})\.[ \u00a0](?P<year>\d{4})(?![\d.-]\d)")
    add("numeric_slash", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\d/])")
    if lex.clock:
        # the day that follows a clock time is its day: "11 p.m. Tuesday", "11 p.m. last Tuesday", "11 p.m. on Dec. 30"
        attach = (
            rf"(?:\s(?:on\s)?(?:(?P<cmod>{last_next})\s)?(?P<wd>{WD})|\s(?P<rel>{_alt(lex.relative_days)})"
            rf"|,?\s(?:on\s)?(?P<cmonth>{M})\s(?P<cday>\d{{1,2}}){lex.day_suffix}(?!\d))?"
            if lex.clock_attach
            else ""
        )
        add("clock", rf"\b(?P<x>(?:{lex.clock}){attach})", re.I if not lex.case_sensitive else 0)
    # a 24-hour time in figures, in any language that did not read it above ("um 06:40", "kl. 14:30")
    add("clock", r"(?<![\d:.,])(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<min24>[0-5]\d))(?![\d:]|[.,]\d)")
    if lex.cjk_calendar:
        # a month without its day: "5月", "去年5月", "2025年5月", "지난 3월", "十二月"; then a year alone: "2025年"
        yrel = rf"(?P<yrel>{year_words})\s?|" if year_words else ""
        mod = rf"(?P<mod>{last_next_this})\s?|" if last_next_this else ""
        numerals = "".join(w for w in lex.numbers if len(w) == 1 and lex.numbers[w] <= 10)
        month_words = r"|十[一二]|[一二三四五六七八九十]" if "十" in lex.numbers else ""
        add("cjk_month", rf"(?:{yrel}{mod}(?P<year>\d{{4}})\s?[年년]\s?)?(?<![\d{numerals}])(?P<m>1[0-2]|0?[1-9]{month_words})\s?[月월](?![\d日号號])")
        add("cjk_year", r"(?<![\d.])(?P<year>\d{4})\s?[年년](?!度)")
    if lex.no_spaces:
        _unspaced_rules(lex, add)
        return R
    # "2025 m. ", "2025. gada ": a year written first, with its word (Lexicon.year_word) where the language has one
    year_then = rf"{Y}\.?\s(?:(?:{lex.year_word})\s)?" if lex.year_word else rf"{Y}\.?\s"
    if lex.day_dot:
        if lex.year_first:  # "2025. gada 30. decembrī", before the day and month alone
            add("month_day", rf"\b{year_then}(?P<day>\d{{1,2}})\.\s?(?P<month>{M})(?![\w-])")
        # "14.–15. März", "14. bis 15. März", "14. und 15. März", "od 14. do 15. marca", "14. og 15. mars", "14. ja 15. märtsil",
        # Latvian "no 20. līdz 22. martam", "14. un 15. martā"
        dot_joins = r"bis|und|a|až|do|in|i|og|til|ja|kuni|līdz|un|ir|och"
        add("month_day_range", rf"\b(?P<day>\d{{1,2}})(?:\.?\s?(?:-|–)\s?|\.\s(?:{dot_joins})\s)(?P<day2>\d{{1,2}})\.\s?(?P<month>{M})(?:\s{Y})?")
        add("month_day", rf"\b(?P<day>\d{{1,2}})\.\s?(?P<month>{M})(?:\s{Y})?")
    elif lex.day_de:
        # "de" elides before a vowel in Catalan: "22 d'abril", "3 d'agost"
        de = r"\s(?:de\s|d['’])"
        add("month_day_range", rf"\b(?P<day>\d{{1,2}})\s?(?:-|–|al|a|y|e)\s?(?P<day2>\d{{1,2}}){de}(?P<month>{M})(?: de(?:l)? {Y})?", re.I)
        add("month_day", rf"\b(?P<day>\d{{1,2}}){lex.day_suffix}{de}(?P<month>{M})(?: de(?:l)? {Y})?", re.I)
        if lex.day_of_month:  # "no último dia 10", never "dia 10 de greve" (the tenth day of a strike) or "dia 10/3"
            add("day_of_month", rf"(?<!\w)(?P<x>{lex.day_of_month}\s(?P<day>[12]\d|3[01]|0?[1-9]))(?![\w°º/:-]|[.,]\d|\s(?:de|del|d[oa])\s)", re.I)
    else:
        wd_before = rf"(?:(?:{WD}),?\s)?"
        if lex.year_first:  # "2026. április 9-én", before the month and day alone
            add("month_day", rf"\b{year_then}(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\b(?!\s?(?:-|–|,\d))")
        add("month_day_range", rf"\b(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:-|–|to|and|through)\s?(?:(?P<month2>{M})\s)?(?P<day2>\d{{1,2}}){lex.day_suffix}\b(?:,?\s{Y})?")
        # two days before one month, joined by a dash or a word for "to" or "and": "6-7 April", "du 6 au 7 avril",
        # "il 6 e 7 aprile", "dal 6 al 7 aprile", "6 i 7 kwietnia", "6 и 7 апреля", "6 és 7 április",
        # "từ ngày 6 đến 7 tháng 4", "ב-6 וב-7 באפריל", "בין 6 ל-7 באפריל"
        joins = r"-|–|to|and|au|et|e|al|i|y|en|und|och|og|és|ve|и|і|та|și|ja|και|đến|và|tới|וב-|ו-|ל-|עד"
        add("month_day_range", rf"\b(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:{joins})\s?(?P<day2>\d{{1,2}}){lex.day_suffix}\s(?P<month>{M})(?:,?\s{Y})?")
        add("month_day", rf"\b{wd_before}(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\b(?!\s?(?:-|–|,\d))(?:,?\s{Y}\b)?")
        add("month_day", rf"\b{wd_before}(?:the\s)?(?P<day>\d{{1,2}}){lex.day_suffix}(?:\sof)?\s(?P<month>{M})(?!\w)(?:,?\s{year_before}{Y}\b)?")
    if lex.day_ordinals:
        before = rf"(?<!\w)(?:{lex.day_ordinal_before})\s" if lex.day_ordinal_before else r"\b"
        link = rf"(?:(?:{lex.day_ordinal_link})\s)?" if lex.day_ordinal_link else ""
        mod_after = rf"(?:\s(?P<mod>{last_next_this}))?" if lex.unit_first else ""  # "في العشرين من يناير الماضي"
        of_year = rf"(?:(?:{lex.day_ordinal_year})\s)?" if lex.day_ordinal_year else ""
        add("month_day", rf"{before}(?P<x>(?P<dord>{_alt(lex.day_ordinals)})\s{link}(?P<month>{M}){mod_after}(?:,?\s{of_year}{Y})?)(?!\w)", re.I)
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
    if lex.year_first:  # "2026 áprilisában", "2026. április"
        add("month_year", rf"\b{year_then}(?P<month>{M})(?![\w-])")
    add("month_year", rf"\b(?P<month>{M}),?\s(?:de\s)?{year_before}{Y}\b")
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
    if lex.week_mods_after:  # "thứ Ba tuần trước", "chiều thứ Ba tuần trước": before a weekday alone takes it
        fpart = rf"(?:(?P<fpart>{_alt(lex.part_first)})\s)?" if lex.part_first else ""
        add("week_weekday", rf"\b(?P<x>{fpart}(?P<wd>{WD})\s(?P<wmod>{_alt(lex.week_mods_after)}))\b", flags)
    # Brazilian papers give the day of the month: "na segunda-feira (8)", Indonesian ones the day and month: "Selasa (14/3)",
    # Vietnamese ones "chiều thứ Ba (19-5)"
    dom = rf"(?:\s?\((?P<dom>\d{{1,2}})(?:[{lex.day_month_seps}](?P<dom_m>\d{{1,2}}))?\))?"
    if lex.night_before:  # "в ночь на пятницу": before a part of the day and a weekday alone take "ночь", "пятницу"
        nights = _alt(lex.night_weekdays or {**lex.weekdays, **lex.weekdays_after_part})
        add("night_before", rf"(?<!\w)(?P<x>(?:{lex.night_before})\s(?P<wd>{nights}))(?!\w)", re.I)
    if lex.part_first:
        of = rf"(?:(?:{lex.part_first_link})\s)?" if lex.part_first_link else ""
        after_part = _alt(lex.weekdays_after_part or lex.weekdays)
        add("part_weekday", rf"(?<!\w)(?P<x>(?P<part>{_alt(lex.part_first)})\s{of}(?P<wd>{after_part})(?!\w){dom})", re.I)
    if lex.week_mods:  # "지난주 화요일": Tuesday of last week, before "지난 화요일" (the last Tuesday)
        add("week_weekday", rf"\b(?P<x>(?P<wmod>{_alt(lex.week_mods)})\s?(?P<wd>{WD}){part_suffix})\b", flags)
    mod_before = rf"(?:(?P<mod>{last_next_this})\s)?"
    if lex.unit_first:
        # "lunes pasado" and "el pasado lunes", "lunedì scorso" and "lo scorso lunedì"
        add("weekday", rf"\b(?P<x>(?:(?P<mod0>{last_next})\s)?(?P<wd>{WD})(?:\s(?P<mod>{last_next}))?{part_suffix}\b{dom})", flags)
    else:
        add("weekday", rf"\b(?P<x>{mod_before}(?P<wd>{WD}){part_suffix}\b{dom})", flags)
    if lex.date_words:  # after the weekdays, which take their own day and month: "thứ Ba (19/5)", "Selasa (17/3)"
        dm_end = rf"(?![\d{lex.day_month_seps}]|[.,]\d)"
        add(
            "numeric_dm",
            rf"(?P<x>(?<!\w)(?P<dw>{lex.date_words})\s(?P<d>[12]?\d|3[01]|0[1-9])[{lex.day_month_seps}](?P<m>1[0-2]|0?[1-9])"
            rf"{dm_end}{_FRACTION_OF}"
            rf"|(?<![\w/.,-])(?!24/0?7(?!\d))(?P<d2>1[3-9]|2\d|3[01])/(?P<m2>1[0-2]|0?[1-9]){dm_end})",
            re.I,
        )
    if lex.weekend:
        preps = f"|{lex.weekend_preps}" if lex.weekend_preps else ""
        add("weekend", rf"\b(?P<x>(?:(?P<mod>{last_next_this}|the|this past{preps})\s)(?P<we>{lex.weekend}))\b", re.I)
    if lex.each_words:
        add("each", rf"\b(?:{lex.each_words})\s(?:(?P<wd>{WD})s?|(?P<month>{M})|(?P<unit>{units})(?!\s(?:of|or)\b))\b", re.I)
    if lex.sets:
        add("set_word", rf"\b(?P<x>{_alt(lex.sets)})\b", re.I)
    if lex.day_with_part:
        add("day_with_part", rf"\b(?P<x>{_alt(lex.day_with_part)})\b", re.I)
    not_eve = rf"(?![^\S\n]+(?:{lex.eve_of}))" if lex.eve_of else ""
    # before "part_of_day" and "relative_unit": "the previous evening", "el día anterior", "poprzedniego dnia" are the
    # day before the day named, not yesterday
    if lex.day_before_parts:
        add("day_before", rf"(?<!\w)(?P<x>(?P<bpart>{_alt(lex.day_before_parts)}))(?!\w){not_eve}", re.I)
    if parts:
        day_words = _alt(set(lex.relative_days) | lex.this_words | lex.last_words)
        # not a relative day that ends in a part's word: "pasado mañana" is the day after tomorrow
        whole_days = rf"(?!(?:{_alt(lex.relative_days)})\b)"
        add("part_of_day", rf"\b{whole_days}(?P<x>(?P<rel>{day_words})\s{link}(?P<part>{parts}))\b", re.I)
    if lex.day_after:
        add("day_after", rf"(?<!\w)(?P<x>{lex.day_after})(?!\w)", re.I)
    if lex.overnight:  # "crews worked overnight": the night of the day last named
        add("overnight", rf"(?<!\w)(?P<x>{lex.overnight})(?![\w-])", re.I)
    if lex.tonight:  # "הלילה": the night of publication
        add("tonight", rf"(?<!\w)(?P<x>{lex.tonight})(?!\w)", re.I)
    if lex.day_before:
        add("day_before", rf"(?<!\w)(?P<x>(?:{lex.day_before})(?!\w){not_eve}{part_suffix})(?!\w)", re.I)
    if lex.same_day:
        add("same_day", rf"(?<!\w)(?P<x>(?:{lex.same_day}){part_suffix})(?!\w)", re.I)
    if lex.span_words and lex.plural_units:
        plural = _alt(lex.plural_units)
        unit_then = rf"|(?P<unit2>{plural})\s(?:{lex.span_words})" if lex.unit_first else ""  # "los días siguientes"
        add("vague_span", rf"(?<!\w)(?P<x>(?:{lex.span_words})\s(?P<unit>{plural}){unit_then})(?!\w)", re.I)
    if lex.rel_periods:  # "去年", "작년", "지난주"
        add("relative_period", rf"\b(?P<x>{_alt(lex.rel_periods)})\b", re.I)
    # a count of units ("3일", "ثلاثة أيام") or one word for both ("사흘", "يومين"), not a year ("منذ عام 2020")
    count = rf"(?P<n>\d+|{num}){sp}(?P<unit>{units})"
    if lex.counted_units:
        count = rf"(?:{count}|(?P<cu>{_alt(lex.counted_units)})(?!\s?\d))"
    ago_sep = r"[\s-]?" if lex.unspaced else r"[\s-]"
    if lex.ago_after and set(lex.ago_after.split("|")) & lex.last_words:
        # "dua hari lalu" is two days ago before "hari lalu" can be read as "the last day"
        add("ago", rf"\b{count}{ago_sep}(?P<ago>{lex.ago_after})\b", re.I)
    if lex.unit_first:
        add("relative_unit", rf"\b(?P<unit>{units})\s(?P<which>{last_next_this})\b", re.I)
        add("relative_unit", rf"\b(?P<which>{_alt(lex.this_words | lex.next_words)})\s(?P<unit>{units})\b", re.I)
    else:
        add("relative_unit", rf"\b(?P<which>{last_next_this}){sp}(?P<unit>{units})\b", re.I)
    if lex.ago_after:
        add("ago", rf"\b{count}{ago_sep}(?P<ago>{lex.ago_after})\b", re.I)
    if lex.ago_before:
        add("ago", rf"\b(?:{lex.ago_before})\s{count}\b", re.I)
    if lex.later_after:  # "3일 후", "사흘 뒤"
        add("later", rf"\b{count}{ago_sep}(?:{lex.later_after})\b", re.I)
    if lex.later_before:  # "بعد ثلاثة أيام", "بعد يومين"
        add("later", rf"\b(?:{lex.later_before})\s{count}\b", re.I)
    add("relative_day", rf"\b(?P<x>(?P<rel>{_alt(lex.relative_days)}){part_suffix})\b", re.I if not lex.case_sensitive else 0)
    if lex.now_phrases:
        add("now_unit", rf"\b(?:{lex.now_phrases})\b", re.I)
    if lex.refs:
        # "the past" is a reference, "the past two months" a duration
        add("reference", rf"\b(?P<x>{_alt(lex.refs)})\b(?![-’'](?:\w))(?!\s(?:\d+|{num}|few|several|couple|{units})\b)", re.I)
    add("decade", r"\b(?:the\s(?:(?:early|mid|late)[\s-])?)?(?P<year>(?:1[89]|20)\d0)s\b")
    add("century", r"\b(?:the\s)?(?P<n>\d{1,2})(?:st|nd|rd|th)\scentury\b")
    if lex.century_words:
        # Roman numerals in capitals only (the words in any case): "vi secolo" is no sixth century
        suffix = r"(?:\.|e|ème|er|-?го|-?м|-?й)?"
        ordinal = rf"(?:(?P<n>\d{{1,2}})|(?P<roman>[IVX]{{1,5}})){suffix}"
        words = rf"(?i:{lex.century_words})"
        add("century", rf"(?<!\w)(?P<x>{ordinal}\s{words}|{words}\s(?P<roman2>[IVX]{{1,5}}))(?!\w)", 0)
    if lex.decades:
        add("decade", rf"(?<!\w)(?P<x>{lex.decades})(?!\w)", re.I)
    if lex.prepositions:
        add("year", rf"\b(?:{lex.prepositions})\s(?:early\s|late\s|mid-)?(?P<x>{Y})\b(?![,.]?\d)", re.I)
    add("year", rf"\b{Y}(?=’s|'s|\s(?:election|elections|budget|summit|season|census|campaign|olympics|world cup)\b)")
    if lex.vague_numbers:
        add("vague_duration", rf"\b(?P<x>(?:{lex.vague_numbers})\s(?P<unit>{units}))\b", re.I)
    if lex.vague_preps:
        plural = _alt(w for w in lex.units if w.endswith("s") and lex.units[w] in ("day", "week", "month", "year", "decade"))
        add("vague_duration", rf"\b(?:{lex.vague_preps})\s(?P<x>(?P<unit>{plural}))\b(?!\s(?:of|and|or)\b)", re.I)
    if lex.and_a_half:  # "two and a half years", "a year and a half", "half a year"
        half = rf"(?:{lex.and_a_half})"
        add("duration", rf"\b(?:(?P<halfof>{_alt(lex.half_words)})\s)?(?P<n>\d+|{num})(?:\s(?P<andhalf>{half}))?[\s-](?P<unit>{units})"
            rf"(?:\b(?=\s{half}\b)\s(?P<andhalf2>{half}))?\b", re.I)
    add("duration", rf"\b(?P<n>\d+|{num})[\s-]{'?' if lex.unspaced else ''}(?P<unit>{_alt(lex.duration_units) if lex.duration_units else units})\b", re.I)
    if lone := [w for w in lex.counted_units if w not in lex.units]:  # "이틀", "يومين": a duration
        add("duration", rf"\b(?P<x>(?P<cu>{_alt(lone)}))\b(?!\s?\d)", re.I)
    # a bare year, last: "the 1996 Olympic bombing", "in 1994, 1995 and 1997"
    add("bare_year", r"(?<![\w$£€¥#./:,-])(?P<x>(?:19|20)\d{2})(?![\w%]|[.,:/]\d)")
    add("bare_year", YEAR_SPAN_END)
    governed = _governed_short_months(lex, whole)
    if governed:
        add("month_only", governed)
    if lex.unit_first:
        add("month_only", rf"(?<![\w.-])(?P<x>(?P<month>{M_ALONE})(?:\s(?P<mod>{last_next}))?)(?![\w-])", flags)
    else:
        add("month_only", rf"(?:(?<=mid-)|(?<![\w.-]))(?P<x>(?:(?P<mod>{last_next_this})\s)?(?P<month>{M_ALONE}))(?![\w-])")
    return R


def _governed_short_months(lex: Lexicon, whole: list[str]) -> str | None:
    """A short month name that is a whole word, not a cut one ("März", "Juni", "juli", "mei"), alone after one
    of the lexicon's prepositions ("im März", "seit Juni", "in juli", "Anfang Juli").  Alone such a name
    needs an abbreviation's dot (so "Jan Kavan" is no January), which left the German and Dutch press's
    commonest month phrases unread; the preposition before it says it is the month, unless a capitalised
    word follows (a given name and its surname).  Only the month is the expression, as for a month alone."""
    names = [m for m in whole if m.lower() not in lex.ambiguous_months]
    if not names or not lex.prepositions or lex.unit_first or lex.no_spaces:
        return None
    # not before a capitalised word: "z Maja Nowak" is a woman, Maja, not May
    return rf"(?<![\w.-])(?:{lex.prepositions})\s(?P<x>(?P<month>{_alt(names)}))(?![\w-])(?!(?-i:\s[A-ZÀ-ÖØ-ÞĀ-Ž]))"


def _units(day, week, month, year, hour=(), minute=(), decade=()) -> dict[str, str]:
    out = {}
    for unit, words in (("day", day), ("week", week), ("month", month), ("year", year), ("hour", hour), ("minute", minute), ("decade", decade)):
        for w in words:
            out[w] = unit
    return out


def _unspaced_rules(lex: Lexicon, add) -> None:
    """The rules of a script without spaces (Chinese, Japanese), after the shared numeric dates and clock
    times: words are found inside longer runs of text, so every table holds whole expressions ("上周二",
    "昨天", "三天前"), and the lexicon's ``traps`` drop the compounds that only contain one ("明日香")."""
    parts = _alt(lex.dayparts)
    clock_ahead = rf"(?!\s?(?:\d|{_alt(w for w, n in lex.numbers.items() if n <= 12)}))" if lex.clock_parts else ""
    part = rf"(?:(?P<part>{parts}){clock_ahead})?" if parts else ""
    WD = _alt(lex.weekdays)
    numerals = "".join(w for w in lex.numbers if len(w) == 1)
    # a count ("3", "三", "两", "十五"), not the end of a longer one nor an ordinal ("第三")
    # (a space may follow a count in figures: Thai "3 วันก่อน")
    count = rf"(?<![\d{numerals}第])(?P<n>\d{{1,3}}|{_alt(lex.numbers)})\s?"
    if lex.sets:  # first: "每周一" is every Monday, not "周一"
        add("set_word", rf"(?P<x>{_alt(lex.sets)})")
    if lex.week_mods:  # "上周二", "下星期一", "先週の火曜日"
        add("week_weekday", rf"(?P<x>(?P<wmod>{_alt(lex.week_mods)})(?P<wd>{WD}){part})")
    if lex.months and not lex.cjk_calendar:  # "24 เมษายน 2569", "24 เม.ย. 2569", "เดือนเมษายน": a month by its name
        era = rf"(?:(?P<era>{lex.prepositions})\s?)?" if lex.prepositions else ""
        months = _alt(lex.months)
        add("month_day", rf"(?<!\d)(?P<day>\d{{1,2}})\s?(?P<month>{months})\.?(?:\s?{era}(?P<year>\d{{4}})(?!\d))?")
        add("month_year", rf"(?P<month>{months})\.?\s?{era}(?P<year>\d{{4}})(?!\d)")
        # alone, only a full name: "ก.พ." is also the civil service commission
        add("month_only", rf"(?P<x>(?P<month>{_alt(m for m in lex.months if len(m) > lex.month_abbr_max)}))")
    if lex.part_first:  # "คืนวันพฤหัสบดี", "เช้าวันจันทร์": a part of the day before its weekday
        add("part_weekday", rf"(?P<x>(?P<part>{_alt(lex.part_first)})(?P<wd>{WD}))")
    add("weekday", rf"(?P<x>(?P<wd>{WD}){part})")
    # a count before a day word: "三天前天气" is three days ago, then the weather, not the day before yesterday
    if lex.ago_after:  # "三天前", "3日前"
        add("ago", rf"{count}(?P<unit>{_alt(lex.units)})(?:{lex.ago_after})")
    if lex.later_after:  # "两周后", "3日後"
        add("later", rf"{count}(?P<unit>{_alt(lex.units)})(?:{lex.later_after})")
    if lex.day_with_part:  # "昨晚", "今朝"
        add("day_with_part", rf"(?P<x>{_alt(lex.day_with_part)})")
    if lex.day_before_parts:
        add("day_before", rf"(?P<x>(?P<bpart>{_alt(lex.day_before_parts)}))")
    if lex.day_after:  # "第二天", "翌日"
        add("day_after", rf"(?P<x>{lex.day_after})")
    if lex.day_before:  # "前一天", "前日"
        add("day_before", rf"(?P<x>(?:{lex.day_before}){part})")
    if lex.same_day:  # "当天", "同日午後"
        add("same_day", rf"(?P<x>(?:{lex.same_day}){part})")
    add("relative_day", rf"(?P<x>(?P<rel>{_alt(lex.relative_days)}){part})")
    if lex.rel_periods:  # "上周", "去年", "来月"
        add("relative_period", rf"(?P<x>{_alt(lex.rel_periods)})")
    if lex.refs:
        add("reference", rf"(?P<x>{_alt(lex.refs)})")
    if lex.prepositions and not lex.cjk_calendar:  # "ปี 2530", "พ.ศ. 2569"
        add("year", rf"(?:{lex.prepositions})\s?(?P<x>(?P<year>\d{{4}}))(?!\d)")
    if lex.buddhist_short_year:  # "ปี 69": 2569 of the Buddhist era
        add("year", rf"(?:{lex.buddhist_short_year})\s?(?P<x>(?P<yy>(?<!\d)\d{{2}}))(?!\d)")
    add("duration", rf"{count}(?P<unit>{_alt(lex.duration_units or lex.units)})")
