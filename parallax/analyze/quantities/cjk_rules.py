"""Chinese, Japanese and Korean: which numbers count nothing, and what a number measures.

In these languages a number is written against what follows it: a counter ("12人", "3명"), but
also an hour ("3点20分"), a date ("3月5日"), an age ("30세") or a span of time ("3시간").  The
words themselves (:data:`numwords.cjk.AFTER`, :data:`numwords.cjk.COUNTERS`) are in
:mod:`parallax.analyze.numwords.cjk`; here are the decisions made with them.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import cjk
from parallax.analyze.quantities.labels import AGE

# Chinese, Japanese and Korean: what follows a number that is no count (an hour, a date, an age, a span
# of time: :data:`cjk.AFTER`), and the counter a number written in characters must stand before
_CJK_AFTER = re.compile("|".join(f"(?P<{k}>{v})" for k, v in cjk.AFTER.items()))
_COUNTER = re.compile(rf"[ \u00a0]?(?:{'|'.join(cjk.COUNTERS)})")
# ... or a metric unit in characters: "五千米", "三百公里", "两千公斤" measure, as "5000米" does (the units that
# :data:`.units._CJK_METRIC` names)
_METRIC_AFTER = re.compile(r"千瓦时|千瓦時|千瓦|兆瓦|千米|公里|千克|公斤|米(?![饭粉面麵])")
_DAY_PART = re.compile(rf"(?:{'|'.join(cjk.DAY_PARTS)})[ \u00a0]?\Z")
_HANGUL = re.compile("[\uac00-\ud7af]")
_DIGIT = re.compile(r"\d")


def _cjk_after(text: str, num: str, end: int) -> re.Match | None:
    """The word after a number that says what it measures (:data:`cjk.AFTER`), if there is one (a
    Korean word for a number stands apart from it: "세 살", "두 달")."""
    return _CJK_AFTER.match(text, end + (text[end : end + 1] == " " and bool(_HANGUL.match(num))))


def _cjk_counts_nothing(text: str, num: str, s: int, end: int, value: float) -> bool:
    """For Chinese, Japanese and Korean: whether the number at ``text[s:end]`` counts nothing: an
    ordinal, characters with no counter after, an hour or a date."""
    if text[s - 1 : s] in ("第", "제"):
        return True  # "第3", "제3회": an ordinal
    if not _DIGIT.search(num):
        if not (_COUNTER.match(text, end) or _METRIC_AFTER.match(text, end)) or num in ("一", "壹"):
            return True  # "一些", "十分", "한국": no count ("一名" is mostly "a")
        if _HANGUL.match(num) and s and _HANGUL.match(text, s - 1):
            return True  # "위한 사람": the end of a word
    if cjk.POINT_HOUR.match(text, end) or text[end : end + 1] in ("点", "點") and _DAY_PART.search(text, max(0, s - 4), s):
        return True  # "3点20分", "下午3点"
    after = _cjk_after(text, num, end)
    return after is not None and (after.lastgroup in (cjk.CLOCK, cjk.DATE) or after.lastgroup == "year" and value >= 1000)


def _cjk_measure(text: str, num: str, end: int) -> str | None:
    """What a number measures when that is no counted noun: AGE ("30세"), a span of time ("3시간" is
    "hour"), else None."""
    if after := _cjk_after(text, num, end):
        return AGE if after.lastgroup == cjk.AGE else after.lastgroup
    return None


_HOUR = re.compile(r"시|時|时|点|點")


def _clock_rest(text: str, end: int) -> int:
    """Past the minutes of an hour ("3시 20분", "3点20分"): where reading goes on after a number that
    counts nothing."""
    if not (hour := _HOUR.match(text, end)):
        return end
    rest = cjk.CLOCK_REST.match(text, hour.end())
    return rest.end() if rest else hour.end()
