"""A district named without its city is no place apart from a report that names a city and no district.

The rule of two places (:func:`.event_places.place_conflict`) keeps two reports apart when each lead names places the
other never names, and two districts of one city are two places (:mod:`.city_districts`, stories58).  But a report
may name the district alone ("in the 11th arrondissement", "im Bezirk Neukölln", "in District 7", "nel quartiere
Prati") and another of the same event the city alone ("in Paris", "in Berlin", "a Roma"): neither names the other's
place, and the two were two events by place, though a district lies in some city and nothing here knows which.

So a side whose event places are all districts (the words of countries aside, :mod:`.broad_places`) is no place
conflict with a side that names no district (:func:`district_alone`): the fitted model decides by what else the two
share, as it does when one side names no place.  Two sides that both name districts still compare them: the 11th
arrondissement and the 19th are two places, with or without Paris.
"""

from __future__ import annotations

from collections.abc import Iterable

from parallax.stories.broad_places import broad_words


def _only_districts(places: Iterable[str], districts: frozenset[str]) -> bool:
    """Whether ``places`` (the words of countries aside) are districts, and at least one."""
    broad = broad_words()
    named = [p for p in places if p not in broad]
    return bool(named) and all(p in districts for p in named)


def district_alone(places: Iterable[str], districts: Iterable[str], story_places: Iterable[str], story_districts: Iterable[str]) -> bool:
    """True when one side names districts only and the other side no district (module docstring): no two places."""
    districts, story_districts = frozenset(districts), frozenset(story_districts)
    if districts and story_districts:
        return False
    return _only_districts(places, districts) if districts else _only_districts(story_places, story_districts)
