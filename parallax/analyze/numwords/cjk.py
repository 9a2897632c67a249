"""Chinese, Japanese and Korean numbers: the myriad system, counters, and what is no count.

These languages group by ten thousand, not by a thousand: "1万2000人" and "1천200명" are 12,000 and
1,200, "3만 5천 명" 35,000, "2억 원" 200 million won, and a count may be written in characters
("两千人", "三百人", "十二名").  :func:`myriad_value` reads any mix of figures and characters.
Approximate counts put a word for "several" in a digit's place ("数十人", "十几人", "수십 명") or
"more" after the number ("五十多人", "200余人", "1,200여 명"): :func:`approximate_range`.

Characters are numbers only before a counter (:data:`COUNTERS`): "一些", "十分", "万一", "千万"
and Korean "한국", "천안", "세계" hold the same characters.  Korean also counts with its native
words ("세 명", "스무 명"), in :data:`KOREAN_WORDS`.

A number before an hour, a date or an age word counts nothing (:data:`AFTER`): "3시 20분",
"下午3点", "午後3時", "3月5日", "30세"; a duration is measured in time ("3시간", "3个小时").
"""

from __future__ import annotations

import re

# characters that write a digit, a multiplier within a group of ten thousand, and a group
DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "십": 10, "백": 100, "천": 1000}
BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12, "만": 1e4, "억": 1e8, "조": 1e12}
# Sino-Korean digits in Hangul ("삼십 명" 30, "이십오 명" 25, "오십여 명" 50 and more): read only next to a
# multiplier (the pattern's rule), since each is also a syllable of common words ("이" this, "사" four or a firm)
KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
SEVERAL = "数數几幾수"  # "several" in a digit's place: "数十", "十几", "수십" (Korean 수 only before a multiplier)
OVER = "多余餘来來여"  # "and more" after the number: "五十多", "200余", "200여"

# the native Korean numbers, in the form they take before a counter ("한 명", "두 명", "스무 명"),
# tens and units written as one word ("열두 명", "스물세 명")
_KO_UNITS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]
_KO_TENS = {10: "열", 20: "스물", 30: "서른", 40: "마흔", 50: "쉰", 60: "예순", 70: "일흔", 80: "여든", 90: "아흔"}
KOREAN_WORDS = (
    {w: n for n, w in enumerate(_KO_UNITS) if n}
    | {t: n for n, t in _KO_TENS.items()}
    | {"스무": 20}
    | {t + u: n + i for n, t in _KO_TENS.items() for i, u in enumerate(_KO_UNITS) if i}
)

# what a count written in characters or Korean words must stand before
COUNTERS = (
    "人 名 位 个 個 户 戶 家 座 栋 棟 幢 辆 輛 台 臺 架 艘 只 隻 头 頭 匹 件 起 次 处 處 所 间 具 枚 軒 元 円 岁 歲 歳 "
    "명 사람 곳 채 대 척 마리 개 가구 세대 건 차례 번 살 군데 원 달러"
).split()

# a day part before an hour ("下午3点", "오후 3시")
DAY_PARTS = "上午 下午 中午 凌晨 早上 早晨 晚上 傍晚 夜间 夜里 午前 午後 오전 오후 새벽 아침 저녁 밤 낮".split()

# what follows a number that is no count: the meaning, then the words (the longer first where one
# starts another: "시간" is hours, "시" o'clock).  CLOCK and DATE drop the number; AGE marks it.
CLOCK, DATE, AGE = "clock", "date", "age"
AFTER: dict[str, str] = {
    "hour": "시간|時間|小时|小時|个小时|個小時|個鐘|个钟头|個鐘頭",
    "minute": "분간|分钟|分鐘|分間|분",
    "second": "秒钟|秒鐘|초|秒",
    "day": "일간|일 동안|日間|日间|天",
    "week": "주간|주일|週間|星期|个星期|個星期|礼拜|禮拜",
    "month": "개월|个月|個月|ヶ月|カ月|か月|ヵ月|ケ月|달",
    "year": "년간|년 동안|年間|年间|周年|週年|주년|년|年",
    CLOCK: "시(?!간)|時(?!間)|时(?!间)",
    DATE: "월|일|月|日|号|號",
    AGE: "岁|歲|歳|才|세(?!대)|살",  # ("150세대" is 150 households, no age)
}
# the minutes (and seconds) of a clock time, or its half: "3시 20분", "3時20分", "3点半"
CLOCK_REST = re.compile(r"[ \u00a0]?(?:\d{1,2}[ \u00a0]?(?:分|분)(?:[ \u00a0]?\d{1,2}[ \u00a0]?(?:秒|초))?|半|반)")
# Chinese 点 is an hour only with minutes, a half or 钟 after it, or a day part before ("3点" may be "3 points")
POINT_HOUR = re.compile(r"[点點](?=[ \u00a0]?(?:\d{1,2}[ \u00a0]?分|半|钟|鐘))")


def myriad_value(text: str, several: int = 5) -> float | None:
    """The number ``text`` writes in figures and characters ("1천200", "12万5千", "两千", "二〇二四"),
    with ``several`` for a "several" character ("数十" is 50 by default), or None."""
    total = section = 0.0
    current: float | None = None
    positional = False  # "二〇二四": characters read digit by digit
    for token in re.findall(r"\d[\d,]*(?:\.\d+)?|\S", text):
        if token[0].isdigit():
            try:
                current, positional = float(token.replace(",", "")), False
            except ValueError:
                return None
        elif token in DIGITS or token in KO_DIGITS or token in SEVERAL:
            digit = DIGITS.get(token, KO_DIGITS.get(token, several))
            current, positional = (current * 10 + digit, True) if positional and current is not None else (digit, True)
        elif token in SMALL:
            section += (1 if current is None else current) * SMALL[token]
            current, positional = None, False
        elif token in BIG:
            total += (section + (current or 0)) * BIG[token]
            section, current, positional = 0.0, None, False
        elif token in OVER:
            continue  # "20多万": the "more" is the range's (:func:`approximate_range`)
        else:
            return None
    return total + section + (current or 0)


def approximate_range(text: str, value: float) -> tuple[float, float] | None:
    """What an approximate count allows: "数十" 10 to 90, "十几" 11 to 19, "五十多" 50 to 59, "1,200여"
    1,200 to 1,299; None for an exact number."""
    if any(c in SEVERAL for c in text):
        return myriad_value(text, 1) or 0.0, myriad_value(text, 9) or value
    if any(c in OVER for c in text):
        step = 1.0
        while value and value % (step * 10) == 0:
            step *= 10
        return value, value + step * 0.999
    return None
