"""Write ``parallax/stories/country_names.json``: the words of the names of countries and continents in English, folded,
as the rule of two places reads event places (:mod:`parallax.stories.broad_places`).

The names are CLDR's English territory names (those of two letters: countries and territories, and the continents of
one word), as Babel ships them, and the English names a report still writes where CLDR gives another.  A name of
several words gives its words ("South Korea": "south", "korea"), as an event place of several words is read, but a
word that some city of the place table has too is left out ("new": New Zealand and New York; "city": Vatican City
and Mexico City), and so are the words of a kind or a part ("islands", "republic"), which name no country alone; the words of
direction and the like that open a name of several words ("south", "new", "san") are in, since they say where in a
larger place and are never what two places of two events share.
Run ``python scripts/build_country_names.py`` after a Babel upgrade or a change to the place table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from babel import Locale

from parallax.letters import fold
from parallax.stories.place_names import exonyms

OUT = Path(__file__).resolve().parents[1] / "parallax" / "stories" / "country_names.json"
NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # unions and pseudo-territories
CONTINENTS = ("001", "002", "009", "019", "142", "150")  # world, Africa, Oceania, Americas, Asia, Europe
ENGLISH = ("Turkey", "Burma", "Swaziland", "Britain", "America", "Congo", "Macedonia", "Czechia", "Holland")
# words of names of several words that name a kind, a part or a direction, join two names, or are people's names or
# adjectives more often than a country ("Diego Garcia", "St. Pierre & Miquelon", "Central African Republic")
KINDS = {
    "island", "islands", "republic", "territory", "territories", "outlying", "and", "of", "da", "the", "st", "sar", "isle",
    "lands", "ocean", "north", "northern", "southern", "central", "equatorial", "man", "heard", "cape", "christmas", "cook",
    "diego", "garcia", "martin", "pierre", "jan", "helena", "lucia", "mcdonald", "sandwich", "norfolk", "sint", "indian",
    "french", "british", "american", "african", "dominican", "palestinian",
}  # fmt: skip
# words a place's name of several words opens with, which say where in a larger place ("South Korea", "North Dakota",
# "New York" and "New Orleans", "San Diego" and "San Jose"): no place alone, and never what two such places share
BROAD = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "united",
    "new",
    "san",
    "santa",
    "saint",
}
_WORD = re.compile(r"[^\W\d_]+")


def words(name: str) -> list[str]:
    """The folded words of an English name, without what parentheses hold ("Myanmar (Burma)")."""
    return _WORD.findall(fold(re.sub(r"\(.*?\)", " ", name)))


def country_words() -> list[str]:
    en = Locale("en")
    names = [n for c, n in en.territories.items() if (len(c) == 2 and c.isalpha() and c not in NOT_PLACES) or c in CONTINENTS]
    names += list(ENGLISH)
    single = {w[0] for n in names if len(w := words(n)) == 1}
    countries = {fold(n) for n in names}
    city_words = {w for english, _ in exonyms().values() if english not in countries for w in english.split()}
    several = {w for n in names if len(ws := words(n)) > 1 for w in ws if w not in KINDS and w not in city_words and len(w) > 2}
    return sorted(single | several | BROAD)


if __name__ == "__main__":
    out = country_words()
    OUT.write_text(
        json.dumps({"source": "CLDR via Babel, scripts/build_country_names.py", "countries": out}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8",
    )
    print(f"{len(out)} words written to {OUT}")
