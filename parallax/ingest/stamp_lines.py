"""A live blog's time stamp with its time zone, and a stamp on the first line of a hard-wrapped block.

Wire and US live blogs head each entry with a zoned time, "6:45 p.m. ET", "19:45 GMT", often on the line right
above the entry with no blank line between.  The stamp rule (:data:`parallax.ingest.clean.LIVE_STAMP`) knew
bare clock times only, and a plain text's hard wraps joined "6:45 p.m. ET" and its entry with a space, so the
stamp opened the entry's first sentence as if it were the time of the act the entry reports ("6:45 p.m. ET The
hurricane center said Delia made landfall at 4:10 p.m. ET ..."): the comparison, finding two times for one
act, compared neither, and a landfall at 4:10 p.m. in one report and at 3:10 p.m. in another went unflagged.
Here :data:`ZONE` lets a stamp carry its zone, and :func:`stamp_apart` takes a first line that is a stamp alone
out of its block, so the cleaning joins it to its entry with a dash ("6:45 p.m. ET – The hurricane center ..."),
which the comparison reads as a stamp (:mod:`parallax.compare.clocks`).
"""

from __future__ import annotations

from collections.abc import Callable

# the zones a live blog names after its stamps, in capitals as printed ("ET", "GMT", "MEZ"), bracketed or not
ZONE = (
    r"(?:[ ]?\(?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST|GMT|UTC|BST|WET|WEST|CET|CEST|MEZ|MESZ|EET"
    r"|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT)\)?)"
)


def stamp_apart(block: str, is_stamp: Callable[[str], bool]) -> list[str]:
    """A block whose first line is a live-blog stamp alone ("6:45 p.m. ET" over its entry) as two blocks, the
    stamp and the rest; any other block as it is."""
    first, _, rest = block.strip("\n").partition("\n")
    return [first, rest] if rest.strip() and is_stamp(first.strip()) else [block]


def zoned(pattern: str) -> str:
    """``pattern`` (a clock time) with an optional zone after it."""
    return rf"{pattern}{ZONE}?"


