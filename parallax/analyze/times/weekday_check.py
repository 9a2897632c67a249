"""A weekday written with a date that it contradicts: a slip inside one report.

News writes a day twice, as a weekday and as a date ("on Tuesday, 12 November", "mardi 12 novembre", "Rabu
(19/11)").  When the two disagree (12 November 2026 is a Thursday) one of them is wrong, and a reader cannot tell
which from the text alone; the written date is the more specific, so it stays the value (as the resolver already
gives a weekday and date read as one expression), and the time is flagged ``weekday_mismatch`` for the comparison to
show as a warning on its fact (:mod:`parallax.compare.warnings`).  Where the resolver read the weekday and the date as
two expressions next to each other ("am Dienstag, 12. November", "el martes 12 de noviembre", "Tuesday (Nov. 18)"),
they still name one day: the weekday takes the date's value (also where they agree: read alone, "Donnerstag" was
the latest Thursday, not the 12th its date says), and both are flagged where they disagree.
"""

from __future__ import annotations

import re
from datetime import date

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import _day_words, _names_a_day

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# what may stand between a weekday and its date: a comma, a bracket, an article ("Dienstag, den 12.", "le", "el")
_BETWEEN = re.compile(r"^[\s,(\[–—-]*(?:(?:the|den|dem|le|el|il|o|de|der)\s+)?$", re.I)
_AFTER = re.compile(r"^\s*[,(\[（、，]\s*$")  # a weekday after its date: "Nov. 18 (Tuesday)", "12 novembre, mardi", "14日（土曜日）"
# Japanese, Korean and Chinese write a date's weekday as one character in brackets after it ("11月14日(土)",
# "14일(토)", "11月14日（六）": 星期六 shortened): the character alone is no weekday (土 is soil, 일 a day, 六 six), so
# it is read only there.  日 is Sunday in both Japanese and Chinese, and Chinese also writes 天
_ONE_CHARACTER = {c: i for chars in ("月火水木金土日", "월화수목금토일", "一二三四五六日") for i, c in enumerate(chars)} | {"天": 6}
_BRACKETED = re.compile(r"\s?[(（]\s?(?P<wd>[月火水木金土日월화수목금토일一二三四五六天])\s?[)）]")

Found = tuple[int, int, "str | None", str]


def _weekday_of(lex: Lexicon, expression: str) -> int | None:
    """The weekday an expression names (0 is Monday), else None; a relative day ("yesterday") is none."""
    for m in _day_words(lex).finditer(expression):
        try:
            return lex.lookup("weekdays", m.group(0))
        except KeyError:
            continue
    return None


def _is_weekday_alone(lex: Lexicon, expression: str) -> bool:
    """Whether an expression is a weekday and nothing that dates it ("Tuesday", "am Dienstag")."""
    if _weekday_of(lex, expression) is None or re.search(r"\d", expression):
        return False
    return not _names_a_day(_day_words(lex).sub(" ", expression), lex)  # no month beside it


def _day(value: str | None) -> date | None:
    m = _DAY.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def check_weekdays(text: str, found: list[Found], lex: Lexicon) -> tuple[list[Found], set[int]]:
    """``found`` (start, end, value, granularity) with a weekday beside a contradicted date given that date, and the
    indexes of the expressions whose weekday contradicts their written date."""
    out = list(found)
    flagged: set[int] = set()
    for i, (s, e, value, _gran) in enumerate(found):
        day = _day(value)
        expression = text[s:e]
        if day is None or not _names_a_day(expression, lex):
            continue
        if (m := _BRACKETED.match(text, e)) and re.search(r"\d\s?[日일号號]$", expression):
            if _ONE_CHARACTER[m.group("wd")] != day.weekday():
                flagged.add(i)  # "11月14日(金)", when the 14th is a Saturday
            continue
        own = _weekday_of(lex, expression)
        if own is not None and not _is_weekday_alone(lex, expression):
            if own != day.weekday():
                flagged.add(i)
            continue
        for j, gap in ((i - 1, text[found[i - 1][1] : s] if i else ""), (i + 1, text[e : found[i + 1][0]] if i + 1 < len(found) else "")):
            if not 0 <= j < len(found) or not _is_weekday_alone(lex, text[found[j][0] : found[j][1]]):
                continue
            if not (_BETWEEN if j < i else _AFTER).match(gap):
                continue
            if _weekday_of(lex, text[found[j][0] : found[j][1]]) != day.weekday():
                flagged.update((i, j))
            js, je, _, jgran = found[j]
            out[j] = (js, je, value, jgran)  # one day, written twice: "am Donnerstag, 12. November" is the 12th
    return out, flagged
