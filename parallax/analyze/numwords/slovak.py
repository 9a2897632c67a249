"""Slovak number words.

Slovak declines a count as Czech does, with its own endings: "dvanásť ľudí" but "životy dvanástich
ľudí", "s dvanástimi ľuďmi"; a count of men has a personal form ("dvaja", "traja", "piati", "dvanásti").
Tens and units are written as one word ("tridsaťpäť"), as are the hundreds ("dvesto", "päťsto") and the
thousands ("dvetisíc", "tisícdvesto"); the oblique cases decline each part ("tridsiatich piatich").
"Jeden", "jedna", "jedno" (one, also "a") count only with a scale, "pol" (half) only before one ("pol
milióna"), and the English "ten" (every language reads the English words) is "that" in Slovak ("ten istý
úsek").  "Mil." after a figure is a million, as "mld." is a milliard: never the Spanish thousand.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

# each unit's forms: the nominative first, then the personal nominative and the oblique cases
_UNITS: dict[int, tuple[str, ...]] = {
    2: ("dva", "dve", "dvaja", "dvoch", "dvom", "dvoma", "dvomi"), 3: ("tri", "traja", "troch", "trom", "troma", "tromi"),
    4: ("štyri", "štyria", "štyroch", "štyrom", "štyrmi"), 5: ("päť", "piati", "piatich", "piatim", "piatimi"),
    6: ("šesť", "šiesti", "šiestich", "šiestim", "šiestimi"), 7: ("sedem", "siedmi", "siedmich", "siedmim", "siedmimi"),
    8: ("osem", "ôsmi", "ôsmich", "ôsmim", "ôsmimi"), 9: ("deväť", "deviati", "deviatich", "deviatim", "deviatimi"),
    10: ("desať", "desiati", "desiatich", "desiatim", "desiatimi"),
}  # fmt: skip
# 11 to 19: the nominative in -násť, the other forms in -násti, -nástich, -nástim, -nástimi
_TEENS = {11: "jedenásť", 12: "dvanásť", 13: "trinásť", 14: "štrnásť", 15: "pätnásť", 16: "šestnásť", 17: "sedemnásť",
          18: "osemnásť", 19: "devätnásť"}  # fmt: skip
# the tens: nominative, and the stem of the other forms (+ i, ich, im, imi)
_TENS = {20: ("dvadsať", "dvadsiat"), 30: ("tridsať", "tridsiat"), 40: ("štyridsať", "štyridsiat"), 50: ("päťdesiat", "päťdesiat"),
         60: ("šesťdesiat", "šesťdesiat"), 70: ("sedemdesiat", "sedemdesiat"), 80: ("osemdesiat", "osemdesiat"),
         90: ("deväťdesiat", "deväťdesiat")}  # fmt: skip
_OBLIQUE_ENDINGS = ("i", "ich", "im", "imi")
# the unit's form that goes with each oblique ending of the tens ("tridsiatich piatich", "tridsiatimi piatimi")
_OBLIQUE_UNITS = {
    "ich": {2: "dvoch", 3: "troch", 4: "štyroch", 5: "piatich", 6: "šiestich", 7: "siedmich", 8: "ôsmich", 9: "deviatich"},
    "im": {2: "dvom", 3: "trom", 4: "štyrom", 5: "piatim", 6: "šiestim", 7: "siedmim", 8: "ôsmim", 9: "deviatim"},
    "imi": {2: "dvoma", 3: "troma", 4: "štyrmi", 5: "piatimi", 6: "šiestimi", 7: "siedmimi", 8: "ôsmimi", 9: "deviatimi"},
}  # fmt: skip
_HUNDREDS = {"dvesto": 2, "tristo": 3, "štyristo": 4, "päťsto": 5, "šesťsto": 6, "sedemsto": 7, "osemsto": 8, "deväťsto": 9}
_THOUSANDS = {"dve": 2, "tri": 3, "štyri": 4, "päť": 5, "šesť": 6, "sedem": 7, "osem": 8, "deväť": 9}


def _slovak() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _UNITS.items() for w in forms}
    for n, t in _TEENS.items():
        words |= {t: n} | {t[:-1] + "t" + e: n for e in _OBLIQUE_ENDINGS}  # "dvanásť", "dvanásti", "dvanástich"
    for tens, (nom, stem) in _TENS.items():
        words[nom] = tens
        for unit in range(1, 10):
            first = "jeden" if unit == 1 else _UNITS[unit][0]
            words[f"{nom}{first}"] = words[f"{nom} {first}"] = tens + unit  # "tridsaťpäť", "tridsať päť"
        for e in _OBLIQUE_ENDINGS:
            words[stem + e] = tens  # "dvadsiatich"
            words |= {f"{stem}{e} {form}": tens + unit for unit, form in _OBLIQUE_UNITS.get(e, {}).items()}  # "tridsiatich piatich"
    # the thousands and the hundreds after them, one word: "dvetisíc", "tisícdvesto", "dvetisícpäťsto"
    hundreds = {"sto": 1, **_HUNDREDS}
    for n, prefix in ((1, ""), *((v, w) for w, v in _THOUSANDS.items())):
        base = f"{prefix}tisíc"
        if prefix:
            words[base] = n * THOUSAND
        for h, k in hundreds.items():
            words[base + h] = n * THOUSAND + k * HUNDRED
    return words


# the hundred and the thousand in the cases a count gives them ("sto", "tisíc", "o tisíc"), and the
# scales after a figure or a count ("20 miliónov", "2,5 mil.", "3 mld.")
_MULTIPLIERS = {"sto": HUNDRED, "tisíc": THOUSAND, "tisíce": THOUSAND, "tisícov": THOUSAND, "tisícmi": THOUSAND}
_SCALES = {"tisíc": 1e3, "tis": 1e3, "milión": 1e6, "milióna": 1e6, "milióny": 1e6, "miliónov": 1e6, "miliónoch": 1e6,
           "mil": 1e6, "miliarda": 1e9, "miliardy": 1e9, "miliárd": 1e9, "miliardu": 1e9, "mld": 1e9}  # fmt: skip

LANGUAGES: dict[str, NumberWords] = {
    "sk": NumberWords(
        words=_slovak() | {"jeden": 1, "jedna": 1, "jedno": 1, "pol": 0.5},  # one, and half, before a scale: "pol milióna"
        multipliers=_MULTIPLIERS,
        hundreds={w: n * HUNDRED for w, n in _HUNDREDS.items()},
        scales=_SCALES,
        # plural thousands say "thousands" on their own ("tisíce ľudí", "tisícov ľudí")
        plural_thousands=frozenset({"tisíce", "tisícov", "tisícmi"}),
        not_alone=frozenset({"jeden", "jedna", "jedno", "ten", "pol"}),
        # "niekoľko tisíc", "desiatky tisíc", "pár sto": some thousands, no figure
        vague_before=frozenset({"niekoľko", "pár", "mnoho", "desiatky", "desiatok", "stovky", "stoviek"}),
    ),
}
