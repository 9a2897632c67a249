"""Places a lead names as a landmark, not as where its event happened: "in Bekasi, east of Jakarta", "near Jakarta".

A report locates an event in a town its readers may not know by a city they do: "a fire at a garment factory in
Bekasi, east of Jakarta", "a shoe factory in Tangerang, west of Jakarta", "à 80 km au sud de Lima", "östlich von
München", "di Cikarang, sebelah timur Jakarta".  The city after a direction is where the event was *not*; two events of one kind in two towns around one
city (two factory fires on one day) share that landmark, and :mod:`.event_places` read it as a place both leads
name, so the two joined (stories50).  A name right after a compass direction and "of" (or the language's word for
it), or after "near" / "outside" (an event "near Jakarta" was in some town that is not Jakarta), is such a
landmark: :func:`landmark_spans` gives where those names stand, and the event places leave them out.  A report
that names only the landmark then names no event place, and the gate lets the fitted model decide, as for any
lead without a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import UPPER

# a direction and the word that joins it to the landmark, per language; "near"-like words that place the event
# somewhere unnamed around the landmark
_DIRECTIONS = {
    "en": r"(?<!the\s)(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s++(?:of|from)",  # "in the north of X" is in X
    "fr": r"(?:au|à\s++l['’])\s*+(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s++(?:de|du|d['’])",
    "es": r"al\s++(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s++de",
    "pt": r"(?:ao|a)\s++(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)\s++de",
    "it": r"a\s++(?:nord|sud|est|ovest)(?:-(?:est|ovest))?\s++di",
    "de": r"(?:nord|süd)?(?:östlich|westlich)\s++von|(?:nördlich|südlich)\s++von",
    # Indonesian and Malay: "sebelah timur Jakarta", "di sebelah barat laut dari Jakarta" (stories52)
    "id": r"sebelah\s++(?:timur|barat|utara|selatan|tenggara)(?:\s++(?:laut|daya))?+(?:\s++dari)?+",
    "ms": r"sebelah\s++(?:timur|barat|utara|selatan|tenggara)(?:\s++(?:laut|daya))?+(?:\s++dari)?+",
}
_NEAR = {
    "en": r"near|outside", "fr": r"près\s++de|près\s++d['’]", "es": r"cerca\s++de", "pt": r"perto\s++de",
    "it": r"vicino\s++a", "de": r"nahe|nahe\s++bei", "id": r"dekat",
}
_NAME = rf"[{UPPER}][\w'’]*+(?:[ -][{UPPER}][\w'’]*+){{0,3}}"


@lru_cache(maxsize=32)
def _pattern(language: str) -> re.Pattern[str] | None:
    words = [w for w in (_DIRECTIONS.get(language), _NEAR.get(language)) if w]
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?i:{'|'.join(words)})\s*+(?:(?i:the|der|dem|den|le|la|les|el|il)\s++)?(?P<name>{_NAME})")


def landmark_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where in ``text`` (one part of a lead) the names of landmarks stand (see the module docstring)."""
    pattern = _pattern(language)
    return [m.span("name") for m in pattern.finditer(text)] if pattern else []
