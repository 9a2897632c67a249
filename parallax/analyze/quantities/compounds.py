"""The rest of a hyphenated counted noun: "12 sapeurs-pompiers" count firefighters ("sapeur-pompier"), not
sappers; "12 Feuerwehr-Leute", "12 brandweer-mannen", "40 co-workers" likewise.

The counted noun after a number is one word (:mod:`.units`); a compound written with a hyphen is one noun
whose first part alone names something else, so its parts after the hyphen are read with it.  A part that
makes the compound an adjective of a measure ("a 20 km-long queue", "a 5 mile-wide storm", "12 Russia-backed
rebels" is a count of rebels the next word names) or a participle ("Kyiv-based") leaves the first word alone:
it stays the unit it was.  Kept apart from :mod:`.units`, which is long already.
"""

from __future__ import annotations

import re

from parallax.letters import IN_WORD

_PART = re.compile(rf"-((?:[^\W\d_]|(?!\d)[{IN_WORD}]){{3,}})(?![\w{IN_WORD}-]*\d)")
# the parts after a hyphen that make an adjective ("km-long", "mile-wide", "man-made", "Russia-backed"),
# English, then the languages that write a measure's adjective so ("km-lange", "km-langer")
_ADJECTIVAL = re.compile(
    r"long|wide|high|deep|tall|thick|strong|old|like|style|free|only|plus|known|born|made|run|built|sized|up|off|out"
    r"|\w+(?:ed|ing)|lang\w*|breit\w*|hoch|hohe\w*|tief\w*|stark\w*|lange|brede|diepe",
    re.I,
)


def hyphen_parts(text: str, end: int) -> tuple[str, ...]:
    """The parts of a hyphenated noun after its first word (ending at ``end``), lower case, or () where the
    compound is an adjective (see the module)."""
    parts = []
    while (m := _PART.match(text, end)) and len(parts) < 3:
        parts.append(m.group(1))
        end = m.end()
    if not parts or any(_ADJECTIVAL.fullmatch(p) for p in parts):
        return ()
    return tuple(p.lower() for p in parts)
