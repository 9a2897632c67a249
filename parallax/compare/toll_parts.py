"""A count taken from the dead or the injured: "Two of the dead were children", "Drei der Toten waren Kinder".

The dead and the injured named as a whole after a count, with no figure of their own, make that count a part of
the toll: it is compared with another outlet's part of the same toll ("Three of the dead" / "Drei der Toten": a
conflict), never with the toll itself (the 12 dead of "The fire killed 12 people").  English left "Two" with no
noun, and German counted "Toten" as a noun of its own, so the two parts never met.
"""

from __future__ import annotations

import re

# right after the count: "of the dead", "der Toten", "des morts", "de los muertos", "van de doden" ...
_DEAD = (r"of the (?:dead|victims|deceased)|(?:der|von den) (?:Toten|Todesopfer|Opfer)|des (?:morts|victimes|défunts)"
         r"|de (?:los|las) (?:muertos|fallecidos|víctimas)|dei morti|delle vittime|dos mortos|das vítimas|van de (?:doden|slachtoffers)"
         r"|spośród (?:zabitych|ofiar)")  # fmt: skip
_INJURED = (r"of the (?:injured|wounded)|(?:der|von den) Verletzten|des blessés|de los heridos|dei feriti|dos feridos"
            r"|van de gewonden|spośród rannych")  # fmt: skip
_TOLL_PART = re.compile(rf"[ \u00a0]+(?:(?P<dead>{_DEAD})|(?P<injured>{_INJURED}))(?!\w)", re.I)


def toll_part(text: str, end: int) -> str | None:
    """"dead" or "injured" when the count ending at ``end`` is taken from that toll ("Two of the dead"), else None."""
    m = _TOLL_PART.match(text, end)
    return m.lastgroup if m else None
