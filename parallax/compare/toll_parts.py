"""A count taken from the dead or the injured: "Two of the dead were children", "Drei der Toten waren Kinder".

The dead and the injured named as a whole after a count, with no figure of their own, make that count a part of
the toll: it is compared with another outlet's part of the same toll ("Three of the dead" / "Drei der Toten": a
conflict), never with the toll itself (the 12 dead of "The fire killed 12 people").  English left "Two" with no
noun, and German counted "Toten" as a noun of its own, so the two parts never met.  The "of the" after the count is
the one every part is read by (:data:`parallax.compare.partitives.OF_THE_NUMBER`, "14 of the 27 seats"); only the
nouns of the dead and the injured are this module's.
"""

from __future__ import annotations

import re

from parallax.compare.partitives import OF_THE_NUMBER

# the whole after the "of the": "(of the) dead", "(der) Toten", "(des) morts", "(de los) muertos", "(van de) doden",
# "(spośród) zabitych", "(z) ofiar"
_TOLL_NOUN = re.compile(
    r"(?:(?P<dead>dead|victims|deceased|Toten|Todesopfer|Opfer|morts|victimes|défunts|muertos|fallecidos|víctimas|morti|vittime"
    r"|mortos|vítimas|doden|slachtoffers|zabitych|ofiar)"
    r"|(?P<injured>injured|wounded|Verletzten|blessés|heridos|feriti|feridos|gewonden|rannych))(?!\w)",
    re.I,
)


def toll_part(text: str, end: int) -> str | None:
    """"dead" or "injured" when the count ending at ``end`` is taken from that toll ("Two of the dead"), else None."""
    m = (of := OF_THE_NUMBER.match(text, end)) and _TOLL_NOUN.match(text, of.end())
    return m.lastgroup if m else None
