"""One name for a unit written in full or as its symbol: "15 kilometres" and "10 km" count one thing.

A count is compared with another under its noun (:func:`parallax.compare.count_nouns.counted`), and a unit
of length is written either way, often by two outlets of one story ("at a depth of 10 km" / "a depth
of 15 kilometres"): under two nouns the two figures never met, and :mod:`.measures`, which converts
between systems, leaves a pair in one unit to the counts.  English spellings (British and American),
which the symbols of other languages share.

The metric lengths are one unit in every language and case too: a river's level "6,2 metri" against "6,8 metros",
"5,80 Metern", "6,5 metra", "3,2 metru" had stood under five nouns, and two reports of one flood in two languages
never compared their levels (:data:`_METRIC`).
"""

from __future__ import annotations

import re

_SAME = {
    "kilometre": "km", "kilometer": "km", "kms": "km",
    "metre": "m", "meter": "m",
    "centimetre": "cm", "centimeter": "cm",
    "millimetre": "mm", "millimeter": "mm",
    "mi": "mile",
    "feet": "ft", "foot": "ft",
    "kilogram": "kg", "kilo": "kg", "kgs": "kg",
    "kph": "km/h", "kmh": "km/h",
    "kilowatt": "kw", "megawatt": "mw", "kilowatt-hour": "kwh", "kwh": "kwh",
    "watt": "w", "gigawatt": "gw", "terawatt": "tw", "megawatt-hour": "mwh", "gigawatt-hour": "gwh", "terawatt-hour": "twh",
    # (Korean counters, two outlets' words for one count: "여진 23차례" / "23회" / "23번" are all times, "가구" /
    # "세대" households)
    "차례": "회", "번": "회", "세대": "가구",
}  # fmt: skip


# the metre and its multiples in the Latin-script languages and in Cyrillic, with their case and number endings
# ("metri", "metros", "mètres", "Metern", "metra", "metrów", "metrů", "метров", "кілометрів"; the stem alone takes no
# other word: "metro" is also a city's railway, but after a figure it is the metre)
_ENDINGS = r"(?:e|es|o|os|i|a|u|y|ov|ów|ů|ech|ům|ami|ach|om|em|ara|ima|ų|ai|as|s|n|en)?"
_METRIC = [
    (re.compile(rf"(?:kil[oó]|chilo|quil[oô])m[eè]t(?:r|er){_ENDINGS}|kilometern?|километр\w{{0,3}}|кілометр\w{{0,3}}"), "km"),
    (re.compile(rf"(?:centi|centy|cent[íi]|zenti)m[eè]t(?:r|er){_ENDINGS}|сантиметр\w{{0,3}}"), "cm"),
    (re.compile(rf"(?:milli|mili|mil[íi])m[eè]t(?:r|er){_ENDINGS}|миллиметр\w{{0,3}}|міліметр\w{{0,3}}"), "mm"),
    (re.compile(rf"m[eè]t(?:r|er){_ENDINGS}|метр(?:а|ов|ы|ах|ами|ів|и|ам)?"), "m"),
]


def unit_name(unit: str) -> str:
    """The one name of ``unit`` (already lower case and singular), or ``unit`` itself."""
    if unit in _SAME:
        return _SAME[unit]
    for pattern, name in _METRIC if len(unit) <= 14 else ():
        if pattern.fullmatch(unit):
            return name
    return unit
