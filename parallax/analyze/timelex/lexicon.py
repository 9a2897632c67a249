"""The record of one language's time words (:class:`Lexicon`) and of one compiled rule (:class:`Rule`).

Kept apart from the rule builders (:mod:`.base` and the ``rules_*`` modules) so that a language module, which
only fills in a :class:`Lexicon`, reads the fields it may set in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


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
    number_link: str = ""  # a word between a figure and its unit: Romanian "20 de ani", "22 de ore"
    unit_first: bool = False  # "la semaine dernière"
    # a length with its count after the unit, as Swahili puts every count after its noun: "miaka 5", "siku tatu"
    count_after_unit: bool = False
    day_suffix: str = r"(?:st|nd|rd|th)?"
    day_dot: bool = False  # German "7. April"
    # "3/14/2026" is month first in American English: where both orders are possible, a slash date is left unread
    month_first_too: bool = False
    day_de: bool = False  # Spanish "7 de abril"
    # a day of the month named without its month, the month being the one at hand: Brazilian "no último dia 10",
    # Spanish "el pasado día 10"; the words before the figure, with groups "last" and "next" for the words that place it
    day_of_month: str = ""
    # the same in English, an ordinal after a preposition ("on the 9th", "by the 20th"): the words before "the"
    day_of_month_ordinal: str = ""
    case_sensitive: bool = True  # English/German capitalise months and weekdays
    clock_attach: bool = False  # "10 a.m. Thursday", "noon yesterday" form one expression
    compound_parts: bool = False  # German and Dutch write "Sonntagmorgen", "maandagavond" as one word
    prepositions: str = ""
    now_phrases: str = ""
    # a year a company closes its accounts on, named by its end ("the year ended Sept. 30"): a length, one year
    year_ended: str = ""
    # the report's own year named as "the year" after a preposition ("a high for the year", "For the year, sales
    # were flat"): TimeBank dates it to the document's year (DATE 1989), not a length
    year_of_report: str = ""
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
    # a year named from the year written before, and its offset: "that year": 0, "the following year": 1 (times.year_anaphora)
    year_anaphora: dict[str, int] = field(default_factory=dict)
    # "overnight": the night of the day the text last named (else the night before publication; tonight in a
    # sentence about the future)
    overnight: str = ""
    # a bare part of the day, its words as group "x" and the part as group "part" ("in the morning", "am Abend"): that
    # part of the day the text last named, else of the publication day (:meth:`~parallax.analyze.times.days.DayHandlers.bare_part`)
    bare_part: str = ""
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
    # the same said after the weekday, as Finnish does: "sunnuntain vastaisena yönä" (the night towards Sunday),
    # "lauantain ja sunnuntain välisenä yönä" (the night between Saturday and Sunday) are Saturday night
    night_before_after: str = ""
    night_weekdays: dict[str, int] = field(default_factory=dict)
    part_first_link: str = ""
    weekdays_after_part: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)  # "summer" -> "SU"
    seasons_capitalised: bool = False  # German writes a season with a capital, as every noun: no sign of a name there
    season_context: str = ""  # words before a season that make it one ("in", "last"): "fall" is also a verb
    ordinals: dict[str, int] = field(default_factory=dict)  # for quarters and halves
    quarter_words: tuple[str, ...] = ()
    half_words: tuple[str, ...] = ()
    # a word for any half ("Hälfte", "mitad", "metà", "moitié"): a half of a year only where a year is named right
    # after it ("in der zweiten Hälfte des nächsten Jahres"); alone it is as often a match's half
    year_half_words: tuple[str, ...] = ()
    # words of a match report ("goal", "scored", "kick-off"): a half without a year in their sentence is the match's
    match_words: str = ""
    and_a_half: str = ""  # a half more, before or after the unit: "two and a half years", "a year and a half"
    one_and_a_half: tuple[str, ...] = ()
    # one word for a number and a half: German "zweieinhalb Jahre", "dreieinhalb Jahre Haft" (the word and its value)
    and_a_half_words: dict[str, float] = field(
        default_factory=dict
    )  # one word for one and a half: "półtorej godziny", "полтора часа", "anderthalb Stunden"
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
    # verb forms that put their clause in the past beyond doubt (a past auxiliary and a participle, "was recorded",
    # "hat gesenkt", "a annoncé"; "already"): a month near publication but in the next year is then the past one
    sure_past: str = ""
    # words right before a weekday that make it the coming one whatever the tense: Czech "svolal schůzi na
    # čtvrtek" (called the meeting for Thursday); a pattern, read up to the weekday
    ahead_before: str = ""
    # ... or right after it, where the language puts the appointed thing after its day: Tamil "வியாழக்கிழமை விடுமுறை
    # அறிவிக்கப்பட்டுள்ளது" (a holiday for Thursday has been announced); a pattern, read from the weekday's end
    ahead_after: str = ""
    # weekday forms whose case ending itself appoints the day, ahead whatever the tense: Hungarian "szombatra" (for
    # Saturday: "szombatra tüntetést hirdettek", they called a protest for Saturday), lower case
    ahead_forms: frozenset[str] = frozenset()
    # the present names what is to come and every past form is marked (Hungarian "-tt", "-t"): a weekday in a
    # sentence with no tense cue is ahead ("Pénteken drágul a benzin", written on a Thursday, is the next Friday)
    present_ahead: bool = False
    # a weekday written with words that point it back or ahead past the publication day itself, as "last Tuesday"
    # and "next Tuesday" do: Swedish "i tisdags" and "på tisdag" written on a Tuesday are a week back and a week
    # ahead (on the day itself the press writes "i dag").  Patterns of the words and the weekday's form together,
    # read up to the weekday's end
    last_forms: str = ""
    next_forms: str = ""
    # the press calls the current day by its word for "today", so that a bare weekday in a sentence about the future
    # written on that weekday is a week ahead (Greek "θα ανοίξει την Παρασκευή" out on a Friday; English wire style
    # names the current day by its weekday): :mod:`parallax.analyze.times.own_weekday`
    today_by_word: bool = False
    # ... or so only in an article that itself calls the day by that word ("сьогодні", "dziś", "dnes" outside
    # "today, Friday"): these presses do both, the agencies' "в пятницу проведет" being today's (same module)
    today_by_article: bool = False
    future_cues: str = ""  # words of a future-tense sentence ("si riunirà", "zal"), besides the shared ones in times/context.py
    # what opens a subordinate clause whose verb comes last (German ", dass", ", die"; Dutch "dat", ", die"): a tense
    # cue before it is the main clause's, so for a day inside the clause it counts as one past a clause break ("Die
    # Polizei sperrte die Straße, die am Dienstag wieder freigegeben wird": the clause's own "wird" places Tuesday)
    verb_last_clauses: str = ""
    not_after_year: str = ""  # words after a bare number that make it a count, not a year
    # the forms of "to be" right before "a day", "a year": "És un dia molt trist", "It was a day of mourning" name the
    # day, no length of one (times.durations); a pattern
    copulas: str = ""
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
    # what after a "last"/"next" word that follows a weekday makes it a preposition, no modifier of the weekday:
    # Vietnamese "hôm thứ Tư sau vụ sập cầu" (on Wednesday after the collapse) is no "next Wednesday"; a lookahead
    after_mod_not: str = ""
    # the same for a relative day word that is also a noun: Spanish "la mañana" (the morning), "el mañana" (the future)
    relative_day_traps: str = ""
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
    # ... and the same words after the month where a postposition says it: Turkish "temmuzdan beri", "temmuz ayından
    # bu yana" (since July), read after the month's end, its case ending allowed between
    since_after: str = ""
    # the verb closes the clause (Turkish): the first tense cue after a weekday is its clause's verb
    # (:mod:`parallax.analyze.times.final_verbs`), "Toplantı cuma günü yapılacak" is the next Friday
    verb_final: bool = False
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
    # words that end a number before its unit, so that a counted unit right after them is theirs and not one unit:
    # Finnish "kaksi ja puoli vuotta sitten" is two and a half years ago, not "vuotta sitten" (a year ago); the
    # words of :attr:`one_and_a_half` count too
    counted_not_after: tuple[str, ...] = ()
    # a count, its unit and "ago" in one word: English "year-earlier", "year-ago" ("year-earlier results")
    ago_words: dict[str, tuple[int, str]] = field(default_factory=dict)
    spelled_year: str = ""  # a year in words, group x: "nineteen ninety-six" (timelex.spelled_years)
    later_after: str = ""  # "later" after the count: "3일 후", "两周后", "3日後"
    later_before: str = ""  # "after" before it: "بعد ثلاثة أيام"
    # units of a duration where they differ from the units of "ago" (Japanese "3日間" is three days, "3日" the 3rd)
    duration_units: dict[str, str] = field(default_factory=dict)
    # the parts of the day written before a clock hour and how they place it: "am" ("오전", "上午"), "pm"
    # ("오후", "下午", "عصرا"), "night" (after 6 the evening: "밤 11시" 23:00, "밤 1시" 01:00)
    clock_parts: dict[str, str] = field(default_factory=dict)
    # the hours in words where a clock time is told by them: Dutch "half tien" (9.30: half of the hour before ten),
    # "kwart over negen" (9.15), "kwart voor tien" (9.45); read from the groups hhalf, qpast and qto of ``clock``
    hour_words: dict[str, int] = field(default_factory=dict)
    # words that may stand between such a part of the day and its hour, so the part is the clock's, not a
    # suffix of the day before it: Hindi "मंगलवार रात (के) करीब 11 बजे" (about 11 at night on Tuesday)
    clock_lead: str = ""
    # whether such a part may stand before the hour; Persian writes it only after ("ساعت ۱۱ شب"), so a figure
    # after a weekday's part is no clock hour there ("سه‌شنبه شب ۱۲ نفر", twelve people on Tuesday night)
    clock_part_first: bool = True
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
    # the noun for "month" written after a month's name, which makes a short name a month alone: Turkish "mart
    # ayında", "ocak ayının" (a pattern); without it "mart", "ocak", "ekim" alone need an abbreviation's dot
    month_nouns: str = ""
    # case endings written onto a month alone (a pattern): Turkish "şubatta" (in February), "nisandan", "Ekim'de".
    # After an apostrophe, as a capitalised month takes them, they make any month one; written on bare, only the
    # months of month_case_words, whose names are no common word ("ocakta" is also in the mine, "aralıkta" in the range)
    month_cases: str = ""
    month_case_words: tuple[str, ...] = ()
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
        if cu := m.groupdict().get("cu") or m.groupdict().get("cu2"):
            table = "ago_words" if cu.lower() in self.ago_words else "counted_units"
            return self.lookup(table, cu)  # type: ignore[return-value]
        return self.number(m.group("n")), self.units[m.group("unit").lower()]
