"""Runs of combining marks past Unicode's stream-safe bound, cut to it.

Unicode's Stream-Safe Text Format (UAX #15) bounds a run of non-starters (characters of a non-zero canonical
combining class: accents, vowel points, tone marks) on one base at 30; no writing system needs more (pointed Hebrew,
Vietnamese tones, Thai and Devanagari stack a few).  "Zalgo" text piles thousands on one letter: the browser draws
them stacked far above and below the line, over the headings and buttons of the report and the app, and each step
that walks the text pays for them.  A run longer than 30 keeps its first 30.
"""

from __future__ import annotations

import re

STREAM_SAFE = 30  # UAX #15: the most non-starters in a row
# The marks that stack on any letter (the Combining Diacritical Marks blocks, Zalgo's stock) and the points and
# vowel signs of Hebrew, Arabic and Thai (a listed class: deriving one from unicodedata.combining over every code
# point and matching it cost seconds per megabyte)
_MARK = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LONG_RUN = re.compile(f"(?<![{_MARK}])([{_MARK}]{{{STREAM_SAFE}}})[{_MARK}]+")  # tried where a run starts only


def cap_mark_runs(text: str) -> str:
    """``text`` with every run of more than 30 combining marks cut to its first 30."""
    return _LONG_RUN.sub(r"\1", text)
