"""Countries written as the initials of their name: Russian and Ukrainian "США", Bulgarian "САЩ", "USA" in the Latin
script.

CLDR gives each country its full name only ("Соединённые Штаты", "Сполучені Штати"), but the press of these languages
writes the United States almost always as its initials: a Russian report of a shooting "в США" shared no place with
an English one "in the United States" (session 50).  Each abbreviation here reads as the country's English name, in
the languages that write it so ("usa" in any: German, Polish, Italian, Czech, French reports write it too).

Bosnian, Croatian and Serbian "SAD" (Sjedinjene Američke Države) is read only as written, in capitals
(:func:`initialism_place`): folded it is the "Sad" of "Novi Sad", which these languages write with one capital.  Their
press declines it after a hyphen ("u SAD-u", "iz SAD-a"), and Serbian prints it in Cyrillic too ("у САД").
"""

from __future__ import annotations

import re

# folded, in Latin letters (as the place table's keys) → (the English name, the languages; empty: any)
ABBREVIATIONS: dict[str, tuple[str, frozenset[str]]] = {
    "ssha": ("united states", frozenset({"ru", "uk", "be"})),
    "sasht": ("united states", frozenset({"bg"})),
    "usa": ("united states", frozenset()),
}

# initialisms that are places only in capitals, as written (Latin letters) → (the English name, the languages)
INITIALISMS: dict[str, tuple[str, frozenset[str]]] = {
    "SAD": ("united states", frozenset({"hr", "bs", "sr"})),
}
_INITIALISM = re.compile(r"(?P<word>[A-Z]{2,6})(?:-[a-z]{1,3})?")  # "SAD", "SAD-u", "SAD-om"


def initialism_place(word: str, language: str) -> str | None:
    """The English name of the place ``word`` (in Latin letters, as written) names as an initialism in ``language``
    ("SAD-u" in Croatian: "united states"), or None."""
    m = _INITIALISM.fullmatch(word)
    entry = INITIALISMS.get(m.group("word")) if m else None
    return entry[0] if entry is not None and language in entry[1] else None
