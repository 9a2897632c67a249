"""A clock time counts nothing, in any language: "15:30", "15h30", "3.55pm", "15.30 Uhr", "alle 15.30".

The hour of a clock time must not be read as a count of the noun after it ("at 3 pm 20 people").
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
_CLOCK_POINT = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,])")
_AT_BEFORE = re.compile(
    r"(?<!\w)(?:at|um|gegen|ab|à|vers|alle|dalle|verso|las|às|om|kl|klo|klockan|kello|saat|στις|в|о|o|godz|ore)\.?[ \u00a0]+\Z", re.I
)


def _clock_end(text: str, s: int, m: re.Match, lang: str) -> int | None:
    """Where the clock time that starts at ``s`` ends, if the number there is one."""
    if m.group("pct") or m.group("scale") or m.group("cur"):
        return None
    if c := _CLOCK.match(text, s) or lang == "en" and _CLOCK_AM.match(text, s):
        return c.end()
    if (c := _CLOCK_POINT.match(text, s)) and _AT_BEFORE.search(text, max(0, s - 12), s):
        return c.end()
    return None
