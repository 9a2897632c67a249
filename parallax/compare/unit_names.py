"""One name for a unit written in full or as its symbol: "15 kilometres" and "10 km" count one thing.

A count is compared with another under its noun (:func:`parallax.compare.count_nouns.counted`), and a unit
of length is written either way, often by two outlets of one story ("at a depth of 10 km" / "a depth
of 15 kilometres"): under two nouns the two figures never met, and :mod:`.measures`, which converts
between systems, leaves a pair in one unit to the counts.  English spellings (British and American),
which the symbols of other languages share.
"""

from __future__ import annotations

_SAME = {
    "kilometre": "km", "kilometer": "km", "kms": "km",
    "metre": "m", "meter": "m",
    "centimetre": "cm", "centimeter": "cm",
    "millimetre": "mm", "millimeter": "mm",
    "mi": "mile",
    "feet": "ft", "foot": "ft",
    "kilogram": "kg", "kilo": "kg", "kgs": "kg",
    "kph": "km/h", "kmh": "km/h",
}  # fmt: skip


def unit_name(unit: str) -> str:
    """The one name of ``unit`` (already lower case and singular), or ``unit`` itself."""
    return _SAME.get(unit, unit)
