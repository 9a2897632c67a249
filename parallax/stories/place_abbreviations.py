"""Countries written as the initials of their name: Russian and Ukrainian "США", Bulgarian "САЩ", "USA" in the Latin
script.

CLDR gives each country its full name only ("Соединённые Штаты", "Сполучені Штати"), but the press of these languages
writes the United States almost always as its initials: a Russian report of a shooting "в США" shared no place with
an English one "in the United States" (session 50).  Each abbreviation here reads as the country's English name, in
the languages that write it so ("usa" in any: German, Polish, Italian, Czech, French reports write it too).  Serbian
and Croatian "SAD" is left out: folded it is the "Sad" of "Novi Sad".
"""

from __future__ import annotations

# folded, in Latin letters (as the place table's keys) → (the English name, the languages; empty: any)
ABBREVIATIONS: dict[str, tuple[str, frozenset[str]]] = {
    "ssha": ("united states", frozenset({"ru", "uk", "be"})),
    "sasht": ("united states", frozenset({"bg"})),
    "usa": ("united states", frozenset()),
}
