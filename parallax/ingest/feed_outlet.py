"""The outlet a feed's title names: "Continental Wire - Top News" is Continental Wire.

A channel's title often adds the section the feed carries after a separator ("BBC News - World",
"Example Times | Politics", "Wire: Latest headlines", "NYT > World"); the outlet is the name before it,
and the table of a comparison should name outlets, not feeds.  The part after the separator is taken for
a section only when each of its words is one of a section's (:data:`_SECTION_WORDS`), so "Smith & Sons -
Harbour Gazette" keeps its whole name.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"\s+[-–—|:>»]\s+|:\s+")
_SECTION_WORDS = frozenset(
    "top news latest breaking headlines headline stories story home front page world international national local "
    "uk us u.s. europe politics business economy markets finance money tech technology science health sport sports "
    "opinion culture arts entertainment lifestyle travel environment climate weather feed rss all main full most "
    "popular recent updates live and & the of in from".split()
)


def feed_outlet(title: str | None) -> str | None:
    """The outlet's name in a feed's title, without the section after it (see the module)."""
    if not title:
        return title
    parts = _SEPARATOR.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and all(w.lower() in _SECTION_WORDS for w in re.findall(r"[\w.&]+", parts[1])):
        return parts[0].strip()
    return title
