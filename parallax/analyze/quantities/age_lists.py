"""Two ages joined by "and": "u dobi od 71 i 74 godine", "71 und 76 Jahre alt", "aged 71 and 74".

A report on two people gives their ages in one phrase, the sign of an age written once: before the first figure
("im Alter von", "u dobi od", "aged") or after the last ("Jahre alt", "years old").  Each figure was read alone, so
only the one beside the sign was an age: "71 und 76 Jahre alt" gave an age 76 and a bare 71, and "u dobi od 71 i 74
godine" an age 71 and a span of 74 years (P74Y), so another report's "71 und 76 Jahre" met nothing to differ from.
Here the figure on the other side of "and" from an age is an age too.  The sign's own rules are
:mod:`.labels`'s; this module only carries them across the conjunction.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "and" in the languages whose ages :mod:`.labels` reads (Serbo-Croatian and Slovene "i", "in"; Czech, Slovak "a")
AND = r"(?:and|und|en|et|y|e|i|in|и|a|és|ve|och|og|oraz|și|ja|ir|un|&)"
_NEXT = re.compile(rf"[ \u00a0]+{AND}[ \u00a0]+(?P<num>\d{{1,3}})(?!\d|[.,]\d)")
_PREVIOUS = re.compile(rf"(?<![\d.,])(?P<num>\d{{1,3}})[ \u00a0]+{AND}[ \u00a0]+\Z")


def next_is_age(text: str, end: int, is_age: Callable[[str, int, int], bool]) -> bool:
    """Whether the figure ending at ``end`` is followed by "and" and a figure ``is_age`` finds an age ("71 und 76
    Jahre alt": 71 is an age too)."""
    m = _NEXT.match(text, end)
    return bool(m) and is_age(text, m.start("num"), m.end("num"))


def previous_is_age(text: str, start: int, is_age: Callable[[str, int, int], bool]) -> bool:
    """Whether the figure starting at ``start`` follows a figure and "and" that ``is_age`` finds an age ("u dobi
    od 71 i 74 godine": 74 is an age too)."""
    m = _PREVIOUS.search(text, max(0, start - 12), start)
    return bool(m) and is_age(text, m.start("num"), m.end("num"))
