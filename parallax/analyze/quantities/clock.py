"""A clock time counts nothing, in any language: "15:30", "15h30", "3.55pm", "15.30 Uhr", "alle 15.30",
"kello 18.30, kun", "v 16.20", "เวลา 21.30 น.", "19 óra 40 perc", "kello 21:tä", "po 21. hodině".

The hour of a clock time must not be read as a count of the noun after it ("at 3 pm 20 people"),
nor an hour with a point as a decimal ("um 18.30, als" is no 18.3).
"""

from __future__ import annotations

import re

# A clock time counts nothing, in any language: "15:30", "15h30", "15 h 30", "3.55pm", "3:55 p.m.",
# "15.30 Uhr", "3 p.m.", and an hour with a point after "at" ("alle 15.30", "um 15.30").  ("am" apart
# from its hour only in English: German "am" is "on the".)
_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-4])(?:"
    r"[:h][0-5]\d(?!\d)(?:[ \u00a0]?(?:[ap]\.?[ \u00a0]?m\.?(?!\w)|uhr(?!\w)|h(?!\w)|hrs(?!\w)))?"
    r"|\.[0-5]\d(?!\d)[ \u00a0]?(?:[ap]\.?[ \u00a0]?m\.?(?!\w)|uhr(?!\w)|h(?!\w)|hrs(?!\w))"
    r"|[ \u00a0]?(?:[ap]\.[ \u00a0]?m\.|pm(?!\w)|uhr(?!\w)|h(?:[ \u00a0]?[0-5]\d)?(?!\w))|am(?!\w))",
    re.I,
)
_CLOCK_AM = re.compile(r"(?:[01]?\d|2[0-4])[ \u00a0]am(?!\w)", re.I)
# an hour and its minutes with a point ("18.30", Thai digits "๒๑.๓๐"), and an hour alone ("kello 21");
# the values are checked in :func:`_hour_end` (``\d`` takes every script's digits, whose ranges a
# character class could not spell).  The point and comma after them may end a clause ("kello 18.30,
# kun"), not a decimal one ("18.30,5")
_CLOCK_POINT = re.compile(r"(?P<h>\d{1,2})\.(?P<m>\d\d)(?!\d|[.,]\d)")
_HOUR = re.compile(r"\d{1,2}(?!\d|[.,]\d)")
# the words before a number that make an hour with a point a clock time ("at", "um", "alle", Czech
# "v"/"ve", Polish and Ukrainian "o", Russian and Bulgarian "в"), and Thai "เวลา" (time), written against
# the word before it ("เมื่อเวลา") and the one after ("เวลาประมาณ 21.30": at about 21.30); alone it makes
# no clock time of an hour without minutes ("เป็นเวลา 3 วัน" is for three days)
_AT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:at|um|gegen|ab|à|vers|alle|dalle|verso|las|às|om|kl|klo|klockan|kello|saat|στις|в|о|o|godz|ore|v|ve)\.?"
    r"|เวลา(?:ประมาณ|ราว)?)[ \u00a0]+\Z",
    re.I,
)
# the words before a number that make even an hour alone a clock time: "kello 21", "klo 9", "klockan 8",
# "kl. 18", "godz. 15", "o godzinie 15", "alle ore 21", "saat 15"
_CLOCK_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:kello|klo|klockan|kl|godz|godzinie|ore|saat"
    r"|klokken|klokka)"  # Danish and Norwegian "klokken 03.40", "klokka 9"
    r"\.?[ \u00a0]+\Z",
    re.I,
)
# the words after an hour that make it a clock time on their own: Thai "น." (นาฬิกา, o'clock), "o'clock",
# Hungarian "19 óra 40 perc" (19:40) and "19 órakor" (at 19 o'clock), Czech "po 21. hodině" (after
# the 21st hour); and past a Finnish case ending after a colon ("kello 21:tä")
_HOUR_AFTER = re.compile(
    r"[ \u00a0]?(?:น\.|นาฬิกา)|[ \u00a0]o['’]clock(?!\w)|[ \u00a0]óra[ \u00a0]+\d{1,2}[ \u00a0]+perc[^\W\d_]*|[ \u00a0]órakor(?!\w)"
    r"|\.[ \u00a0]?hodin[^\W\d_]*",
    re.I,
)
# an hour word after a number that makes it a clock time after "at" ("в 11 часа", "v 11 hodin"): alone
# it is a span of time ("3 часа", "3 hodiny")
# (from the first space of a run only, possessive: a scan over a long run of spaces stays linear)
_HOUR_WORD_AFTER = re.compile(r"(?<![ \u00a0])[ \u00a0]++(?:часа|часов|часът|ч\.|hodin|hodiny|hod\.|godzinie|godz\.)(?!\w)", re.I)
_CASE_AFTER = re.compile(r":[^\W\d_]{1,4}(?!\w)")  # "21:tä", "18.30:een"


def _hour_end(text: str, s: int) -> tuple[int, bool] | None:
    """Where an hour that may be a clock time starts at ``s`` ends, and whether it has minutes after a
    point ("18.30"); None when the figures there are no hour (24 at most) and minutes (59 at most)."""
    if (p := _CLOCK_POINT.match(text, s)) and int(p["h"]) <= 24 and int(p["m"]) <= 59:
        return p.end(), True
    if (h := _HOUR.match(text, s)) and int(h.group()) <= 24:
        return h.end(), False
    return None


def _clock_end(text: str, s: int, m: re.Match, lang: str) -> int | None:
    """Where the clock time that starts at ``s`` ends, if the number there is one."""
    if m.group("pct") or m.group("scale") or m.group("cur") or m.group("short"):
        return None
    if c := _CLOCK.match(text, s) or lang == "en" and _CLOCK_AM.match(text, s):
        return c.end()
    if (hour := _hour_end(text, s)) is None:
        return None
    end, minutes = hour
    before = text[max(0, s - 24) : s]
    if after := _HOUR_AFTER.match(text, end):
        return after.end()
    if _CLOCK_WORD_BEFORE.search(before):
        return case.end() if (case := _CASE_AFTER.match(text, end)) else end
    if _AT_BEFORE.search(before):
        if word := _HOUR_WORD_AFTER.match(text, end):
            return word.end()
        if minutes:
            return end
    return None
