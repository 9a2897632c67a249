"""A speed written in words is a rate, not a length: "150 kilómetros por hora", "130 Kilometern pro Stunde",
"180 Stundenkilometern", "90 kilomètres par heure", "120 chilometri orari", "80 miles an hour".

:mod:`.units` reads a rate written with a slash ("130 km/h") as one unit, but a speed written out was the
noun after the figure: "150 kilómetros" (a distance) or "stundenkilometern" (a word of its own), so a storm's
"rachas de hasta 150 kilómetros por hora" never met "winds of 80 mph (130 km/h)", and a German "180
Stundenkilometern" stood apart from a "120 km/h" in the same sentence, which then met the English 180 km/h as a
false conflict.  Here the metric and imperial speeds in words, in the languages whose press writes them so (en,
de, fr, es, it, pt, nl), are "km/h" and "mph", the units the slash and the symbol give.
"""

from __future__ import annotations

import re

# a kilometre or mile word, then "per hour" in the language ("por hora", "pro Stunde", "par heure", "all'ora", "an hour")
_KM = r"kil[oó]m[eè]t(?:re|er|ro|ri|ros|res|ers|ern|re?s)?|chilometri|quil[oô]metros?|km"  # (and the symbol: "90 km per hour")
_PER_HOUR = re.compile(
    r"[ \u00a0]++(?:per|an|a|pro|par|por|à|in|all['’]|de)[ \u00a0]?(?:hour|stunde|heure|hora|ora|uur)(?!\w)|[ \u00a0]++orari(?!\w)"
    r"|[ \u00a0]*+-[ \u00a0]*+heure(?!\w)",
    re.I,
)
_STUNDEN_KM = re.compile(r"stundenkilomet\w*+|km/std", re.I)
_MILE = re.compile(r"miles?|millas|milles|meilen|miglia|milhas|mijl", re.I)
# the units a speed is read as: a parse's noun after the figure ("miles" of "60 miles an hour") never overrides them
RATES = frozenset({"km/h", "mph"})


def spoken_rate(word: str, text: str, end: int) -> str | None:
    """"km/h" or "mph" where the unit word ``word`` ending at ``end`` is a speed written in words, else None."""
    if _STUNDEN_KM.fullmatch(word):
        return "km/h"
    if re.fullmatch(_KM, word, re.I) and _PER_HOUR.match(text, end):
        return "km/h"
    if _MILE.fullmatch(word) and _PER_HOUR.match(text, end):
        return "mph"
    return None
