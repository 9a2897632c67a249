"""The districts of a city a lead names: "in Seoul's Gangnam district", "le 11e arrondissement de Paris", "in Lekki, Lagos".

The rule of two places (:func:`.event_places.place_conflict`) lets one place both reports name decide for the
fitted model, and a country both name is none when each names a city besides (:mod:`.broad_places`, stories57).  A
city is to its districts what a country is to its cities: a fire in Seoul's Gangnam district and a building's
collapse in Seoul's Mapo district, the same night, share Seoul and joined one story (as did a gas blast in Paris's
11th arrondissement and one in the 19th, or a fire in Lagos's Ikeja district and a collapse in Lekki, Lagos).

So a lead's *districts* are the event places it names as a part of a city: a name before or after a language's noun
of a district ("the Gangnam district", "Seoul's Mapo district", "el distrito de Mapo", "im Bezirk Spandau"), a
numbered district ("the 19th arrondissement", "le XIe arrondissement", "im 11. Arrondissement": a token of its
number, the same in every language, :func:`district_token`), a name set before a city's after a comma ("in
Lekki, Lagos", not in a list: "in London, Paris and Berlin"), or in Korean a name written with "구" or "군" ("서울
강남구", a district of Seoul).  When both sides name a district,
:func:`.broad_places.narrowed` compares their districts only: the city (and country) both name is left out, and a
district the other side names anywhere (its names and words) is still shared.  Scripts without capitals name none
here (but Korean, and a Japanese or Chinese ward before 区, "東京都新宿区", "北京市朝阳区"), and a side without a
district keeps all its places, as before.  Since stories59 the name may follow the noun at once ("nel quartiere
Prati di Roma") or an article ("le quartier de la Goutte-d'Or"), a numbered district may be its capitalised noun and
figure ("in District 7"), and the city written as the adjective of the noun is an event place ("im Berliner Bezirk
Neukölln": Berlin, :func:`district_cities`).  A district named alone against a city alone: :mod:`.district_alone`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from parallax.letters import UPPER
from parallax.sounds import caseless
from parallax.stories.event_places import _after_preposition
from parallax.stories.han_places import HAN_LANGUAGES
from parallax.stories.place_names import table_place

_WORD = rf"[{UPPER}][\w-]*+(?:['’][{UPPER}][\w-]*+)?+"  # (an elided article inside: "Goutte-d'Or")
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
# nouns of a district the name follows ("the Gangnam district"), per language
_NOUN_AFTER = {"en": r"district|borough|neighbou?rhood|area|ward|township"}  # (Dutch: "de Amsterdamse wijk De Pijp")
# nouns of a district the name comes after, with the word for "of" between ("el distrito de Mapo", "im Bezirk Spandau")
# (or the name right after the noun, "nel quartiere Prati di Roma"; an article after the "of", "le quartier de la Goutte-d'Or")
_NOUN_BEFORE = {
    "en": r"(?:district|borough) of",
    "fr": r"(?:quartier|arrondissement|district|commune)(?:\s++(?:de\s++la\s|de\s++l['’]|de|du|d['’]))?+",
    "es": r"(?:distrito|barrio|comuna|colonia)(?:\s++(?:de\s++la\s|de|del))?+",
    "it": r"(?:quartiere|distretto|rione)(?:\s++(?:di|del))?+",
    "pt": r"(?:bairro|distrito)(?:\s++(?:de|do|da))?+",
    "de": r"(?:Bezirk|Stadtbezirk|Stadtteil|Ortsteil|Viertel)",
    "nl": r"(?:wijk|stadsdeel)",
}
# a numbered district: its number (figures, or Roman ones with a French ordinal ending) and the noun after it
_NUMBERED = re.compile(
    r"(?<![\w.])(?:(?P<figure>\d{1,2})(?:e|er|ème|eme|è|th|st|nd|rd|\.)|(?P<roman>[XVI]{1,5})(?:e|er|ème))"
    # a "district" only of a city named with it ("Paris's 11th district", "the 13th district of Budapest"): not "the 9th
    # district court", nor a district a vote is held in, which a report of another event names as well
    rf"\s++(?:arrondissement|Arrondissement|Bezirk|(?<=['’]s \S{{3}} )district|(?<=['’]s \S{{4}} )district"
    rf"|district(?=\s++of\s++[{UPPER}]))\b"
    # or its noun, capitalised, before its number after a preposition ("in District 7", "en el Distrito 5")
    r"|(?:(?<=\bin )|(?<=\bat )|(?<=\ben )|(?<=\bim )|(?<=\bem )|(?<=\bno )|(?<=\bnel ))(?:District|Distrito|Bezirk|Arrondissement|Ward) (?P<after>\d{1,2})\b(?![.,]\d)"
)
_ROMAN = {"I": 1, "V": 5, "X": 10}
# a name, a comma, a city's name and no list after it ("in Lekki, Lagos, on Thursday"; not "in London, Paris and Berlin")
_LIST_WORDS = r"and|or|et|ou|und|oder|y|o|e|en|i|a"


@lru_cache(maxsize=32)
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's patterns of a name before its noun of a district and after it (None: the language has none)."""
    after = re.compile(rf"(?P<name>{_NAME})\s++(?:{_NOUN_AFTER[language]})\b") if language in _NOUN_AFTER else None
    before = re.compile(rf"(?<!\w)(?:{_NOUN_BEFORE[language]})\s*+(?P<name>{_NAME})") if language in _NOUN_BEFORE else None
    return after, before


def district_token(number: int) -> str:
    """A numbered district as a token: "№11" (short, so no fuzzy spelling match takes "№11" for "№19")."""
    return f"№{number}"


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def lead_districts(lead: Iterable[str], language: str, token: Callable[[str], str | None], places: Iterable[str]) -> tuple[str, ...]:
    """The districts a lead (its parts) names, as event place tokens (``token`` folds a word as the place signal
    does): the named ones among ``places`` (the lead's event places), the numbered ones as :func:`district_token`;
    none in a script without capitals."""
    if language == "ko":  # "서울 강남구": the name before the noun of a district or county (:mod:`.cjk_place_reading`)
        text = " ".join(lead)
        return tuple(p for p in places if f"{p}구" in text or f"{p}군" in text)
    if language in HAN_LANGUAGES:  # "東京都新宿区", "北京市朝阳区": a ward, the name before 区 (:mod:`.han_places`)
        text = " ".join(lead)
        return tuple(p for p in places if f"{p}区" in text or f"{p}區" in text)
    if caseless(language):
        return ()
    places, lead = set(places), list(lead)
    # the parts joined for the numbered ones: a sentence splitter ends a sentence at "im 11." (German ordinals)
    out = [
        district_token(int(m.group("figure") or m.group("after")) if m.group("figure") or m.group("after") else _roman(m.group("roman")))
        for m in _NUMBERED.finditer(" ".join(lead))
    ]
    after, before = _patterns(language)
    for part in lead:
        named = list(after.finditer(part)) if after else []
        # "le 11e arrondissement de Paris", "the Mission district of San Francisco": the name after is the city's
        spans = [m.span() for m in (*_NUMBERED.finditer(part), *named)]
        names = [m.group("name") for m in named]
        names += [m.group("name") for m in (before.finditer(part) if before else ()) if not any(a <= m.start() < b for a, b in spans)]
        names += _set_before_a_city(part, _after_preposition(language), token, places)
        for name in names:
            out.extend(t for w in re.split(r"[\s-]", name) for t in (token(w) or "").split() if t in places)  # "Goutte-d'Or"
    return tuple(dict.fromkeys(out))


def _set_before_a_city(part: str, after_place: re.Pattern[str], token: Callable[[str], str | None], places: set[str]) -> list[str]:
    """The names after a preposition of place followed by a comma and an event place that ends no list ("in Lekki,
    Lagos"; not "In Kyiv, Ukrainian officials said")."""
    out = []
    for m in after_place.finditer(part):
        city = re.match(rf", (?P<city>{_NAME})(?P<after>,? [{UPPER}]|,? (?:{_LIST_WORDS}) )?", part[m.end() :])
        if city and not city.group("after") and any(token(w) in places for w in city.group("city").split()):
            out.append(m.group("place"))
    return out


# the city as an adjective before the noun of a district ("im Berliner Bezirk Neukölln", "de Amsterdamse wijk De Pijp"):
# the adjective's ending, per language, and the nouns after it
_CITY_ADJECTIVE = {
    "de": re.compile(r"(?<!\w)(?P<city>[A-ZÄÖÜ]\w+)er\s++(?:Bezirk|Stadtbezirk|Stadtteil|Ortsteil|Viertel|Vorort)\b"),
    "nl": re.compile(r"(?<!\w)(?P<city>[A-Z]\w+)se\s++(?:wijk|stadsdeel|buitenwijk)\b"),
}


def district_cities(lead: Iterable[str], language: str) -> tuple[str, ...]:
    """The cities a lead names as the adjective of a district's noun ("Berliner Bezirk": Berlin), those the place
    table knows, as its folded English names: an event place, as the city named after a district is."""
    pattern = _CITY_ADJECTIVE.get(language)
    if pattern is None:
        return ()
    found = (table_place(m.group("city"), language) for part in lead for m in pattern.finditer(part))
    return tuple(dict.fromkeys(t for city in found if city for t in city.split()))
