"""A country both reports name is no place they share when each also names a city the other never does.

The rule of two places (:func:`.event_places.place_conflict`) keeps two reports apart when each lead names places
the other never names; one place named by both lets the fitted model decide.  News leads name the city and its
country ("in Isfahan in central Iran", "in Yazd in central Iran", "a Bari, nel sud dell'Italia"), so two reports of
two events in two cities of one country shared the country and were never two events by place: a fire in Isfahan
and floods in Yazd, published within the hour, joined one story (stories57).

So the words of countries and continents (and the words of direction and kind that open a name of several words,
"south" of "South Korea", "new" of "New York": ``country_names.json``, written by
``scripts/build_country_names.py`` from CLDR's English names) are left out of both sides' event places when each
side names a place besides them (:func:`narrowed`).  A city against its country alone ("floods in central Iran")
keeps the country, which the other side names: one place, as before; and a city the other side names anywhere (a
report of Yazd's floods that says Isfahan sent rescuers) is still shared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("country_names.json")  # written by scripts/build_country_names.py


@lru_cache(maxsize=1)
def broad_words() -> frozenset[str]:
    """The folded words of the English names of countries and continents (and of direction and kind in names)."""
    return frozenset(json.loads(_TABLE.read_text(encoding="utf-8"))["countries"])


def narrowed(
    places: Iterable[str], story_places: Mapping[str, int], districts: Iterable[str] = (), story_districts: Iterable[str] = ()
) -> tuple[tuple[str, ...], dict[str, int]]:
    """An article's event places and a story's without the words of countries (:func:`broad_words`) when each side
    names another place too, and only their districts of a city (``districts``, ``story_districts``:
    :mod:`.city_districts`) when each side names one; both as they are otherwise."""
    broad = broad_words()
    places = tuple(places)
    mine = tuple(p for p in places if p not in broad)
    theirs = {p: n for p, n in story_places.items() if p not in broad}
    if not (mine and theirs):
        return places, dict(story_places)
    districts, story_districts = frozenset(districts), frozenset(story_districts)
    my_districts = tuple(p for p in mine if p in districts)
    their_districts = {p: n for p, n in theirs.items() if p in story_districts}
    if my_districts and their_districts:  # the city both name is no place they share (Gangnam and Mapo, in Seoul)
        return my_districts, their_districts
    return mine, theirs


def without_countries(places: Iterable[str], story_places: Mapping[str, int]) -> tuple[tuple[str, ...], dict[str, int]]:
    """An article's event places and a story's without the words of countries (:func:`broad_words`), each side
    alone.  Across scripts a country is all two reports of two events may share (a blast in Pakistan told in Urdu,
    Pakistan's trade talks in English; nothing else either names): the place agreement it gives
    (:func:`.script_evidence.unconfirmed`) joins them only with a name heard or a figure shared."""
    broad = broad_words()
    return tuple(p for p in places if p not in broad), {p: n for p, n in story_places.items() if p not in broad}
