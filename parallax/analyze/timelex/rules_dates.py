"""Calendar dates in words, quarters, seasons and holidays: the first rules of a spaced script after the
figures, so that a month and its day are read together before a month or a weekday alone.

One group of the rules :func:`.base._rules` builds, in its order; the pieces they share come in a
:class:`.pieces.RuleParts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.analyze.timelex.lexicon import Lexicon
from parallax.analyze.timelex.pieces import RuleParts, _alt


def _date_rules(lex: Lexicon, s: RuleParts, add: Callable[..., None]) -> None:
    """Dates with a month named ("March 14", "14. März", "7 de abril", ranges, ordinal days), quarters and halves,
    a month and its year, solar months, holidays and seasons: the rules of spaced scripts read first after the figures."""
    M, WD, Y, Y2, last_next_this, last_next, year_before = s.M, s.WD, s.Y, s.Y2, s.last_next_this, s.last_next, s.year_before
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
            add("month_day", rf"\b{year_then}(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\b(?!\s?(?:-|–|,\d)|[.٫]\d)")
        add("month_day_range", rf"\b(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:-|–|to|and|through)\s?(?:(?P<month2>{M})\s)?(?P<day2>\d{{1,2}}){lex.day_suffix}\b(?:,?\s{Y})?")
        # two days before one month, joined by a dash or a word for "to" or "and": "6-7 April", "du 6 au 7 avril",
        # "il 6 e 7 aprile", "dal 6 al 7 aprile", "6 i 7 kwietnia", "6 и 7 апреля", "6 és 7 április",
        # "từ ngày 6 đến 7 tháng 4", "ב-6 וב-7 באפריל", "בין 6 ל-7 באפריל"
        # ... Arabic and Persian "و" written onto the second day ("يومي 18 و19 نوفمبر", on the days 18 and 19 November),
        # Indonesian and Malay "dan", Hindi "और"
        joins = r"-|–|to|and|au|et|e|al|i|y|en|und|och|og|és|ve|и|і|та|și|ja|και|đến|và|tới|וב-|ו-|ל-|עד|و|dan|और"
        # the month a whole word, as the one day's rule below has it: "entre 30 et 40 maisons" is no "30 et 40 mai"
        add("month_day_range", rf"\b(?P<day>\d{{1,2}}){lex.day_suffix}\s?(?:{joins})\s?(?P<day2>\d{{1,2}}){lex.day_suffix}\s(?P<month>{M})(?!\w)(?:,?\s{Y})?")
        add("month_day", rf"\b{wd_before}(?P<month>{M})\s(?P<day>\d{{1,2}}){lex.day_suffix}\b(?!\s?(?:-|–|,\d)|[.٫]\d)(?:,?\s{Y}\b)?")
        add("month_day", rf"\b{wd_before}(?:the\s)?(?P<day>\d{{1,2}}){lex.day_suffix}(?:\sof)?\s(?P<month>{M})(?!\w)(?:,?\s{year_before}{Y}\b)?")
        if lex.day_of_month_ordinal:
            # "on the 9th", "by the 20th": a day of the month at hand, only where the phrase ends there or a clause goes
            # on ("on the 9th that ...", "on the 9th, the board ..."), never "on the 9th floor" or "the 20th anniversary"
            add("day_of_month", rf"(?<!\w)(?i:{lex.day_of_month_ordinal})\s(?P<x>the\s(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
                rf"(?=\s?[,.;:)]|\s?$|\s(?:that|and|when|at|after|before|but|as|while|amid|following|in\s(?:the|a)|of\s(?:this|last|next)\s(?:month))\b)")
    if lex.day_ordinals:
        before = rf"(?<!\w)(?:{lex.day_ordinal_before})\s" if lex.day_ordinal_before else r"\b"
        link = rf"(?:(?:{lex.day_ordinal_link})\s)?" if lex.day_ordinal_link else ""
        mod_after = rf"(?:\s(?P<mod>{last_next_this}))?" if lex.unit_first else ""  # "في العشرين من يناير الماضي"
        of_year = rf"(?:(?:{lex.day_ordinal_year})\s)?" if lex.day_ordinal_year else ""
        add("month_day", rf"{before}(?P<x>(?P<dord>{_alt(lex.day_ordinals)})\s{link}(?P<month>{M}){mod_after}(?:,?\s{of_year}{Y})?)(?!\w)", re.I)
    if lex.ordinals and lex.quarter_words:
        qmods = rf"(?:(?P<qmod>{lex.quarter_mods})[\s-])?" if lex.quarter_mods else ""
        ords = _alt(lex.ordinals)
        qwords = _alt(lex.quarter_words + lex.half_words + lex.year_half_words)
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
    # "febrero de 2025", and with the article as Italian and much of Latin America write it: "nel febbraio del 2025"
    add("month_year", rf"\b(?P<month>{M}),?\s(?:del?\s)?{year_before}{Y}\b")
    if lex.spelled_year:  # "January nineteen ninety-seven": one month of a year spoken, not a month and a year apart
        spoken = re.sub(r"\(\?P<\w+>", "(?:", lex.spelled_year)
        add("month_year", rf"\b(?P<month>{M}),?\s(?:of\s)?(?i:(?P<spoken>{spoken}))")
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
