"""A German city written as its adjective before an authority or a district ("die Hamburger Polizei", "die Münchner
Feuerwehr", "im Kornstädter Stadtteil"): an event place, for any city, not only those the place table knows.

:func:`.city_districts.district_cities` read the adjective before a district's noun, for the table's cities only.
The press names the place of an arrest, a fire or a ruling as often by the adjective of its city before the
authority that acted, and of a town the table does not hold ("die Lindauer Polizei").  The adjective is the city's
name with "-er", or with its last "-en" cut ("München": "Münchner", "Dresden": "Dresdner"), sometimes with its
umlaut ("Kornstadt": "Kornstädter").  It is read as a place where the table knows the city or the lead itself names
it; and only before such a noun, so "ein Hamburger" (the food) or "Berliner" (the pastry) alone is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from parallax.letters import fold
from parallax.stories.place_names import table_place

# the nouns of an authority, a body or a part of a city that a city's adjective opens
_NOUNS = (
    r"Polizei|Feuerwehr|Staatsanwaltschaft|Landgericht|Amtsgericht|Oberlandesgericht|Verwaltungsgericht|Gericht"
    r"|Stadtverwaltung|Stadtrat|Rathaus|Behörden?|Verkehrsbetriebe|Stadtwerke|Hauptbahnhof|Bahnhof|Innenstadt|Altstadt"
    r"|Bezirk|Stadtbezirk|Stadtteil|Ortsteil|Viertel|Vorort|Polizeipräsidium|Klinik|Universität|Flughafen|Hafen"
)
_ADJECTIVE = re.compile(rf"(?<![\w-])(?P<adjective>[A-ZÄÖÜ][a-zäöüß]+)er\s++(?:{_NOUNS})(?!\w)")
_PLAIN_VOWEL = str.maketrans("äöü", "aou")


def _names(stem: str) -> list[str]:
    """The city names an adjective's stem may come from: "Hamburg", "Münchn" -> "München", "Kornstädt" -> "Kornstadt"."""
    names = [stem, stem + "e", stem + "en"]
    if stem.endswith("n"):
        names.append(stem[:-1] + "en")
    vowel = max(stem.rfind(v) for v in "äöü")
    if vowel > 0:
        names += [n[:vowel] + n[vowel].translate(_PLAIN_VOWEL) + n[vowel + 1 :] for n in list(names)]
    return names


def adjective_cities(lead: Iterable[str], language: str, token: Callable[[str], str | None]) -> tuple[str, ...]:
    """The cities a German lead names by their adjective before an authority or a district, as place tokens: the
    table's English name where it knows the city, else the ``token`` of the name the lead writes itself."""
    if language != "de":
        return ()
    lead = list(lead)
    words = {fold(w): w for part in lead for w in re.findall(r"[A-ZÄÖÜ][\w-]+", part)}
    out: list[str] = []
    for part in lead:
        for m in _ADJECTIVE.finditer(part):
            for name in _names(m.group("adjective")):
                english = table_place(name, language)
                if english:
                    out += english.split()
                    break
                if fold(name) in words and (t := token(words[fold(name)])):
                    out += t.split()
                    break
    return tuple(dict.fromkeys(out))
