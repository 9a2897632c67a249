"""A change and the level it reached: "rose $2 to $85" is no range.

"X to Y" is read as a range ("20 to 30 people": between 20 and 30, :func:`.hedges.bounds`), but after a verb of change
it tells how far a figure moved and where it ended: "Oil prices rose $2 to $85 a barrel" is a price of $85, risen by
$2, not a price between $2 and $85.  Read as a range, the level lost its own figure: "$85" no longer met "$85.20" as
its rounding, and any figure below it agreed.  So after a verb of change ("rose", "fell", "climbed", "was up" ... and
"by"), with or without a currency sign before the first figure, "X to Y" is the change and the level (English, where
the press writes a change so; other languages put a preposition before the change: "stieg um 2 auf 85", "subió 2
dólares hasta 85", which the range reading does not take).  A range after such a verb is written with "between"
("rose between 2 and 3 percent") or a dash ("rose 2-3%"), and stays a range.
"""

from __future__ import annotations

import re

_CHANGE = re.compile(
    r"(?<!\w)(?:rose|rises?|rising|risen|fell|falls?|falling|fallen|dropped|drops?|dropping|climbed|climbs?|climbing|jumped|jumps?"
    r"|gained|gains?|lost|loses?|slid|slides?|slipped|slips?|declined|declines?|increased|increases?|decreased|decreases?|grew|grows?"
    r"|surged|surges?|soared|soars?|tumbled|tumbles?|plunged|plunges?|sank|sinks?|edged|advanced|retreated|up|down|higher|lower)"
    r"(?:[ \u00a0]+by)?[ \u00a0]+(?:US|A|C|HK|NZ)?[$€£¥]?\Z",
    re.I,
)
_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+\Z", re.I)


def change_to_level(before: str, first: int, second: str) -> bool:
    """Whether the "X to " that ends ``before`` (X starting at ``first``, ``second`` the words between X and the
    level) follows a verb of change: a change and its level, not a range (see the module)."""
    return bool(_TO.match(second)) and bool(_CHANGE.search(before, 0, first))
