"""An earthquake's magnitude, however an outlet writes it: one unit, "magnitude".

"A 6.1-magnitude earthquake" names the measure after the figure, "an earthquake of magnitude 6.4"
(French "séisme de magnitude 6,4", Spanish "sismo de magnitud 6,4") before it, and "a 6.4 quake"
not at all.  Read by the word after the number alone, the three would count "magnitude", "shook" and
"quake", and never meet: the conflict between two outlets' magnitudes would go unseen.  A figure
with a decimal part under 10 before a word for a quake is a magnitude too ("2 quakes" is a count).
"""

from __future__ import annotations

import re

MAGNITUDE = "magnitude"

_BEFORE = re.compile(r"(?<!\w)(?:magnitude|magnitud|magnitudo|richter)[ \u00a0-]?\Z", re.I)
_QUAKE_AFTER = re.compile(r"[ \u00a0-]?(?:earthquake|quake|tremor|temblor|aftershock)s?(?!\w)", re.I)


def magnitude_unit(text: str, start: int, end: int, value: float) -> str | None:
    """The unit "magnitude" when the number at ``start``-``end`` is an earthquake's magnitude (see the module)."""
    if _BEFORE.search(text, max(0, start - 12), start):
        return MAGNITUDE
    figure = text[start:end]
    if ("." in figure or "," in figure) and value < 10 and _QUAKE_AFTER.match(text, end):
        return MAGNITUDE
    return None
