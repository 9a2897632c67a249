"""The rules of scripts written without spaces between words (Chinese, Japanese, Thai), built instead of
the spaced scripts' rules: a word may start inside a longer run there, so each table holds whole expressions."""

from __future__ import annotations

from parallax.analyze.timelex.lexicon import Lexicon
from parallax.analyze.timelex.pieces import _alt


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
        if lex.day_of_month and lex.part_first:
            # a part of the day before a day of the month, "เมื่อคืนวันที่ 18" (on the night of the 18th), its month
            # and year after it or none: before "เมื่อคืน" (last night) and "18 พฤศจิกายน" take pieces of it
            add("day_of_month", rf"(?P<x>(?P<part>{_alt(lex.part_first)})(?:{lex.day_of_month})\s?(?<!\d)(?P<day>\d{{1,2}})(?!\d)"
                rf"(?:\s?(?P<month>{months})\.?(?:\s?{era}(?P<year>\d{{4}})(?!\d))?)?)(?![\d/.:-]\d)")
        add("month_day", rf"(?<!\d)(?P<day>\d{{1,2}})\s?(?P<month>{months})\.?(?:\s?{era}(?P<year>\d{{4}})(?!\d))?")
        add("month_year", rf"(?P<month>{months})\.?\s?{era}(?P<year>\d{{4}})(?!\d)")
        # alone, only a full name: "ก.พ." is also the civil service commission
        add("month_only", rf"(?P<x>(?P<month>{_alt(m for m in lex.months if len(m) > lex.month_abbr_max)}))")
    if lex.day_of_month:  # "วันที่ 18": a day of the month alone, the month being the one at hand ("วันที่ 18 พ.ย." is taken above)
        add("day_of_month", rf"(?P<x>(?:{lex.day_of_month})\s?(?<!\d)(?P<day>\d{{1,2}}))(?!\d|[/.:-]\d)")
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
