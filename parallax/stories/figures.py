"""The figures and written dates of an article's opening, as story grouping reads them (moved from
:mod:`parallax.stories.features`, whose ``numbers`` is this one).

Two reports of one event give its figures (a death toll, a sum, a magnitude) in their own notation; here they are
written one way, and the parts of dates and clock times, which are no figures of the story, are left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from parallax.letters import UNSPACED, ascii_digits

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
# a figure may touch a Chinese, Japanese or Korean word ("升至8人") and follow an Arabic clitic ("و35", "بـ35")
_NOT_BEFORE = rf"(?:(?<=(?<!\w)[وبلكف])|(?<=(?<!\w)[وبلكف]ـ)|(?<=(?<!\w)[وف][بلك])|(?<=(?<!\w)[وف][بلك]ـ)|(?<!(?![{UNSPACED}\uac00-\ud7af])[\w.,\u066b\u066c]))"
# a number glued to three letters of a spaced script is part of a name ("76ers", "49ers", "10News"), no figure of the
# event: two reports of two coaches fired by the Philadelphia 76ers shared "76" as their one figure (ecb54).  Not in
# the scripts written without spaces ("8人死亡", "3명"), where a figure touches the next word; a unit of two letters
# ("5km") or an ordinal ("81st") stays a figure.
_GLUED = rf"(?:(?![{UNSPACED}\uac00-\ud7af])[^\W\d_]){{3}}"
_NUMBER = re.compile(rf"{_NOT_BEFORE}\d{{1,3}}(?:([.,  \u066c])\d{{3}})+(?![\d])|{_NOT_BEFORE}\d+(?:[.,\u066b]\d+)?(?![\d]|{_GLUED})")


# dates and clock times in figures, as any language writes them: ISO, 14.03.2026, 14/03/2026,
# 2026年3月14日, 06:40.  Their parts are no figures of the story.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/:])(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})|(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"|(?P<cy>\d{4})\s?[年년]\s?(?P<cm>\d{1,2})\s?[月월]\s?(?P<cd>\d{1,2})\s?[日일]?|\d{1,2}:\d{2})(?![\d/:]|[.,]\d)"
)


# a day or a month of the month written alone in Korean, Chinese or Japanese ("10일 새벽", "3月", "10日"): a date, which
# the time marks read, not a figure of the story
_CJK_DAY = re.compile(r"(?<![\d.,])\d{1,2}\s?[일월日月](?![\d])")
# a clock time with its hour and minute units ("午後9時12分", "下午3时20分", "오후 3시 20분"): its minutes are no figure
# of the story (two reports of one day's events share "20" by chance)
_CJK_CLOCK = re.compile(r"(?<![\d.,])\d{1,2}\s?[時时點点시]\s?\d{1,2}\s?[分분](?![\d])")


def _numeric_days(text: str) -> set[str]:
    """The days written in figures (a slash date only where day and month cannot swap)."""
    out = set()
    for m in _NUMERIC_DATE.finditer(text):
        if m.group("iy"):
            y, mo, d = m.group("iy", "im", "id")
        elif m.group("cy"):
            y, mo, d = m.group("cy", "cm", "cd")
        elif m.group("y"):
            y, mo, d = m.group("y", "m", "d")
            if m.group("sep") == "/" and int(mo) <= 12 and int(d) <= 12:
                continue
            if int(mo) > 12:
                mo, d = d, mo
        else:
            continue
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            out.add(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}")
    return out


# a figure counted in the Chinese, Japanese and Korean units of ten thousand, a hundred million and a thousand
# ("3万5000", "1.2万", "1만 2천", "4천", "3億"), the thousands after a myriad with their own unit or none
_MYRIAD = re.compile(
    r"(?<![\d.,])(?P<big>\d+(?:\.\d+)?)\s?(?P<unit>[万萬만億亿억])(?:\s?(?P<rest>\d{1,4})(?P<k>\s?[千천])?)?(?![\d.,])"
    r"|(?<![\d.,])(?P<thousands>\d+(?:\.\d+)?)\s?[千천](?![\d.,])"
)
_MYRIAD_UNITS = {"万": 10_000, "萬": 10_000, "만": 10_000, "億": 100_000_000, "亿": 100_000_000, "억": 100_000_000}


def _myriads_written_out(text: str) -> str:
    """``text`` with its figures in myriads written out in digits ("3万5000" → "35000", "1.2万" → "12000",
    "1만 2천" → "12000"): a Japanese report's "約3万5000機" and an English one's "35,000 drones" are one
    figure, which the story signals compare as written; read as "3" and "5000" they never met."""

    def value(m: re.Match) -> str:
        if m.group("thousands"):
            n = float(m.group("thousands")) * 1000
        else:
            rest = int(m.group("rest") or 0) * (1000 if m.group("k") else 1)
            n = float(m.group("big")) * _MYRIAD_UNITS[m.group("unit")] + rest
        return f" {n:.0f} " if n == int(n) else m.group()

    return _MYRIAD.sub(value, text)


def numbers(text: str, counted: Collection[str] = ()) -> frozenset[str]:
    """Figures written in the opening of the text, in one notation whatever the
    language and digits ("1,150", "1.150", "1 150" and "١٬١٥٠" are one number; "6,2" is "6.2").
    Single digits, years and the parts of dates and clock times are left out (and a day or month written
    with its Korean, Chinese or Japanese unit, "10일", "10日", and a clock time with its units, "9時12分"): too
    common, or times; but a year-shaped number in ``counted`` (:func:`parallax.stories.year_counts.counts`: "2000
    troops", "1,800 homes") is a figure."""
    out = set()
    opening = ascii_digits(text[:3000])  # "١٢٠٠" is 1200, and "۲۰۲۶/۰۳/۱۴" a date (:func:`parallax.letters.ascii_digits`)
    for m in _NUMBER.finditer(_myriads_written_out(_CJK_DAY.sub(" ", _CJK_CLOCK.sub(" ", _NUMERIC_DATE.sub(" ", opening))))):
        raw = m.group()
        value = re.sub(r"[.,  \u066c]", "", raw) if m.group(1) else raw.replace(",", ".").replace("\u066b", ".")
        if "." in value:  # "4.00" and "4,0" are one number
            value = value.rstrip("0").rstrip(".")
        if len(value) >= 2 and (not _YEAR.fullmatch(value) or value in counted):
            out.add(value)
    return frozenset(out)
