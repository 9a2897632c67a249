"""Weekdays and days named from another ("the day before", "yesterday evening"): built after the dates,
which take their own weekday ("Tuesday, March 3").

One group of the rules :func:`.base._rules` builds, in its order; the pieces they share come in a
:class:`.pieces.RuleParts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.analyze.timelex.lexicon import Lexicon
from parallax.analyze.timelex.pieces import _FRACTION_OF, RuleParts, _alt


def _day_rules(lex: Lexicon, s: RuleParts, add: Callable[..., None]) -> None:
    """Weekdays (with a week, a part of the day or a day of the month), a day and month in figures, weekends,
    "each" and set words, and days named from another ("the day before", "yesterday evening", "overnight")."""
    flags, M, WD, units, last_next_this, last_next, parts, link, part_suffix = (
        s.flags,
        s.M,
        s.WD,
        s.units,
        s.last_next_this,
        s.last_next,
        s.parts,
        s.link,
        s.part_suffix,
    )
    if lex.week_mods_after:  # "thứ Ba tuần trước", "chiều thứ Ba tuần trước": before a weekday alone takes it
        fpart = rf"(?:(?P<fpart>{_alt(lex.part_first)})\s)?" if lex.part_first else ""
        # (a part of the day may come between: "Friday morning last week", "Jumat pagi pekan lalu")
        add("week_weekday", rf"\b(?P<x>{fpart}(?P<wd>{WD}){part_suffix}\s(?P<wmod>{_alt(lex.week_mods_after)}))\b", flags)
    # Brazilian papers give the day of the month: "na segunda-feira (8)", Indonesian ones the day and month: "Selasa (14/3)",
    # Vietnamese ones "chiều thứ Ba (19-5)"
    # (and with its year: "Jumat (13/11/2026)")
    dom = rf"(?:\s?\((?P<dom>\d{{1,2}})(?:[{lex.day_month_seps}](?P<dom_m>\d{{1,2}})(?:[{lex.day_month_seps}](?P<dom_y>\d{{4}}))?)?\))?"
    if lex.night_before:  # "в ночь на пятницу": before a part of the day and a weekday alone take "ночь", "пятницу"
        nights = _alt(lex.night_weekdays or {**lex.weekdays, **lex.weekdays_after_part})
        add("night_before", rf"(?<!\w)(?P<x>(?:{lex.night_before})\s(?P<wd>{nights}))(?!\w)", re.I)
    if lex.night_before_after:  # "sunnuntain vastaisena yönä", "lauantain ja sunnuntain välisenä yönä": Saturday night
        nights = _alt(lex.night_weekdays or lex.weekdays)
        add("night_before", rf"(?<!\w)(?P<x>(?:(?:{nights})\sja\s)?(?P<wd>{nights})\s(?:{lex.night_before_after}))(?!\w)", re.I)
    if lex.part_first:
        of = rf"(?:(?:{lex.part_first_link})\s)?" if lex.part_first_link else ""
        after_part = _alt(lex.weekdays_after_part or lex.weekdays)
        add("part_weekday", rf"(?<!\w)(?P<x>(?P<part>{_alt(lex.part_first)})\s{of}(?P<wd>{after_part})(?!\w){dom})", re.I)
    if lex.week_mods:  # "지난주 화요일": Tuesday of last week, before "지난 화요일" (the last Tuesday)
        add("week_weekday", rf"\b(?P<x>(?P<wmod>{_alt(lex.week_mods)})\s?(?P<wd>{WD}){part_suffix})\b", flags)
    mod_before = rf"(?:(?P<mod>{last_next_this})\s)?"
    if lex.unit_first:
        # "lunes pasado" and "el pasado lunes", "lunedì scorso" and "lo scorso lunedì"
        not_mod = rf"(?!{lex.after_mod_not})" if lex.after_mod_not else ""
        add("weekday", rf"\b(?P<x>(?:(?P<mod0>{last_next})\s)?(?P<wd>{WD})(?:\s(?P<mod>{last_next}){not_mod})?{part_suffix}\b{dom})", flags)
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
        # (not after a hyphen: "bi-monthly", "twice-weekly" have another period than the bare word's)
        add("set_word", rf"\b(?<!-)(?P<x>{_alt(lex.sets)})\b", re.I)
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
    if lex.year_anaphora:  # "later that year", "the following year": the year is set after the paragraph is read
        add("year_anaphor", rf"(?<!\w)(?P<x>{_alt(lex.year_anaphora)})(?!\w)(?!\s+last\b)", re.I)
    if lex.same_day:
        add("same_day", rf"(?<!\w)(?P<x>(?:{lex.same_day}){part_suffix})(?!\w)", re.I)
