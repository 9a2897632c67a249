"""Dates and clock times in figures: the rules every language shares, built first so that a date in
figures is read whole before any of its numbers.

One group of the rules :func:`.base._rules` builds, in its order; the pieces they share come in a
:class:`.pieces.RuleParts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.analyze.timelex.lexicon import Lexicon
from parallax.analyze.timelex.pieces import _DAYS_COUNTED, RuleParts, _alt


def _figure_rules(lex: Lexicon, s: RuleParts, add: Callable[..., None]) -> None:
    """The rules every language shares, first: a time a race took, ISO and other dates in figures ("2026-03-14",
    "14.03.2026", "3月14日"), clock times, and the CJK calendar's months and years.  Unspaced scripts add theirs after these."""
    M, WD, last_next_this, last_next = s.M, s.WD, s.last_next_this, s.last_next
    if lex.elapsed_time:  # "2時間8分15秒": one time a race or a flight took, before its hours are read alone
        add("elapsed", lex.elapsed_time)

    add("iso", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
    year_words = _alt(w for w, (u, _) in lex.rel_periods.items() if u == "year")
    if lex.cjk_calendar:  # "去年5月14日", "3月14号", "작년 5월 14일": before the shared rule, which knows no year words
        # a Japanese era's year, with its month and day: "令和8年6月" is June 2026 (not a month alone), "平成元年" 1989
        add("era_date", r"(?P<era>令和|平成|昭和)(?P<ey>元|\d{1,2})年(?!度)(?:\s?(?P<m>\d{1,2})月(?:\s?(?P<d>\d{1,2})日)?)?")
        yrel = rf"(?P<yrel>{year_words})\s?|" if year_words else ""
        # a quarter or a half of a year: "1분기", "第三季度", "第3四半期", "上半年", "上半期", "하반기", with its year before;
        # not the first three ("前三季度", "1~3분기") nor three in a row ("连续三季度")
        add("cjk_quarter", rf"(?<![\d前续續近~〜～-])(?P<x>(?:{yrel}(?P<year>\d{{4}})\s?[年년]\s?(?P<fy>度\s?)?)?(?:(?:第\s?)?(?P<q>[1-4一二三四１-４])\s?(?:季度|四半期|분기)"
            r"|(?P<half>[上下]半(?:年|期)|[상하]반기)))")
        # a range of days: "11月17日至19日", "17～19日", "17日から19日まで", "17~19일", "17일부터 19일까지" (not a count of days,
        # "3~5일간"); a quarter named by its months, "7～9月期" (cjk_spans)
        join, mark = r"\s?(?:至|到|から|부터|～|〜|~|-|–|—|－)\s?", r"\s?[日일号號]"
        add("cjk_day_range", rf"(?<![\d.:/-])(?P<x>(?:{yrel}(?P<year>\d{{4}})\s?[年년]\s?)?(?:(?P<m>\d{{1,2}})\s?[月월]\s?)?(?P<d>\d{{1,2}})(?:{mark})?{join}"
            rf"(?:(?P<m2>\d{{1,2}})\s?[月월]\s?)?(?P<d2>\d{{1,2}}){mark}(?:まで|까지)?)(?![\d本元])(?!\s?(?:전|후|동안|간|만에|째|前|后|後|間|间|{_DAYS_COUNTED}))")
        add("cjk_month_quarter", rf"(?<![\d.:/-])(?P<x>(?:{yrel}(?P<year>\d{{4}})\s?年\s?(?P<fy>度\s?)?)?(?P<m1>\d{{1,2}})\s?月?\s?[～〜~\-－–]\s?(?P<m2>\d{{1,2}})\s?月期)")
        add("cjk_date", rf"(?<!\d)(?:{yrel}(?P<year>\d{{4}})\s?[年년]\s?)?(?P<m>\d{{1,2}})\s?[月월]\s?(?P<d>\d{{1,2}})\s?[日일号號](?!\d)")
        # a day of the month a word names: "先月28日" (the 28th of last month), "来月5日", "上个月28日", "지난달 28일"
        if month_words := _alt(w for w, (u, _) in lex.rel_periods.items() if u == "month"):
            add("cjk_date", rf"(?P<mrel>{month_words})\s?の?(?P<md>\d{{1,2}})\s?[日일号號](?![\d本元])")
    # numeric dates every language writes alike: "2026年3月14日", "3月14日", "2026년 3월 14일", "14.03.2026",
    # and "14/03/2026" (day first outside English; see times.days.DayHandlers.numeric_slash)
    add("numeric_cjk", r"(?<!\d)(?:(?P<year>\d{4})\s?[年년]\s?)?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일](?!\d)")
    add("numeric_cjk_day", rf"(?<![\d月월])(?P<d>\d{{1,2}})\s?[日일](?![\d本元])(?!\s?(?:전|후|동안|간|만에|째|前|后|後|間|间|{_DAYS_COUNTED}))")
    # "18日": a day of this month (not 日本, 日元, nor "3일 전", "3日前": three days ago, nor a count of days)
    # the Taiwanese press's day word with its date in brackets, "昨（4）日" (yesterday, the 4th), "今(5)日": that day of
    # the month, not a figure in brackets (an age in a Japanese name's brackets)
    add("numeric_cjk_day", r"[今昨明前][（(](?P<d>\d{1,2})[）)][日号號]")
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
        # (never the figures after a decimal mark: "2,5 heures" is a measure, not five o'clock)
        add("clock", rf"\b(?<!\d[.,])(?P<x>(?:{lex.clock}){attach})", re.I if not lex.case_sensitive else 0)
    # a 24-hour time in figures, in any language that did not read it above ("um 06:40", "kl. 14:30")
    add("clock", r"(?<![\d:.,])(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<min24>[0-5]\d))(?![\d:]|[.,]\d)")
    if lex.cjk_calendar:
        # a month without its day: "5月", "去年5月", "2025年5月", "지난 3월", "十二月"; then a year alone: "2025年"
        yrel = rf"(?P<yrel>{year_words})\s?|" if year_words else ""
        # a quarter or a half of a year: "1분기", "第三季度", "第3四半期", "上半年", "上半期", "하반기", with its year before;
        # not the first three ("前三季度", "1~3분기") nor three in a row ("连续三季度")
        add("cjk_quarter", rf"(?<![\d前续續近~〜～-])(?P<x>(?:{yrel}(?P<year>\d{{4}})\s?[年년]\s?(?P<fy>度\s?)?)?(?:(?:第\s?)?(?P<q>[1-4一二三四１-４])\s?(?:季度|四半期|분기)"
            r"|(?P<half>[上下]半(?:年|期)|[상하]반기)))")
        mod = rf"(?P<mod>{last_next_this})\s?|" if last_next_this else ""
        numerals = "".join(w for w in lex.numbers if len(w) == 1 and lex.numbers[w] <= 10)
        month_words = r"|十[一二]|[一二三四五六七八九十]" if "十" in lex.numbers else ""
        add("cjk_month", rf"(?:{yrel}{mod}(?P<year>\d{{4}})\s?[年년]\s?)?(?<![\d{numerals}])(?P<m>1[0-2]|0?[1-9]{month_words})\s?[月월](?![\d日号號])")
        add("cjk_year", r"(?<![\d.])(?P<year>\d{4})\s?[年년](?!度)")
