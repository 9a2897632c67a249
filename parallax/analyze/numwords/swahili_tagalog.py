"""Swahili and Tagalog number words.

Swahili numbers agree with the class of the noun they count, which comes first: "watu wawili" (two people),
"miaka mitatu" (three years), "magari manne" (four cars), "nyumba tano" (five houses); the teens and the tens
join their unit with "na" ("kumi na wawili", 12; "ishirini na tano", 25), and "mia" (hundred) and "elfu"
(thousand) stand before what multiplies them ("mia mbili", 200).  "moja" is also "same" ("moja kwa moja").

Tagalog joins a number to its noun with a linker, "-ng" after a vowel and "na" after a consonant ("dalawang
bahay", "apat na katao"); the teens are one word ("labindalawa", 12), the tens too ("dalawampu", 20; with
"'t" and the unit, "dalawampu't lima", 25), and "daan" (hundred) and "libo" (thousand) follow their multiplier
("tatlong daan", 300).  "isa"/"isang" (one) is also "a" ("isang bahay", "isa sa mga").
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units

# Swahili units by the class prefixes news counts with: bare (n-/zi- nouns), people (wa-), mi-, vi-, ma-
_SW_UNITS = {1: ["moja", "mmoja"], 2: ["mbili", "wawili", "miwili", "viwili", "mawili"], 3: ["tatu", "watatu", "mitatu", "vitatu", "matatu"],
             4: ["nne", "wanne", "minne", "vinne", "manne"], 5: ["tano", "watano", "mitano", "vitano", "matano"], 6: ["sita"],
             7: ["saba"], 8: ["nane", "wanane", "minane", "vinane", "manane"], 9: ["tisa"]}  # fmt: skip
_SW_TENS = {10: "kumi", 20: "ishirini", 30: "thelathini", 40: "arobaini", 50: "hamsini", 60: "sitini", 70: "sabini", 80: "themanini",
            90: "tisini"}  # fmt: skip


def _swahili() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _SW_UNITS.items() for w in forms}
    words |= tens_and_units(_SW_TENS, _SW_UNITS, "{t} na {u}")
    # the hundreds and thousands, the scale first: "mia mbili" (200), "elfu tatu" (3,000)
    for scale, word in ((HUNDRED, "mia"), (THOUSAND, "elfu")):
        words |= {f"{word} {u}": scale * n for n, forms in _SW_UNITS.items() for u in forms[:1] if n > 1}
    return words | {"mia moja": HUNDRED, "elfu moja": THOUSAND}


_TL_UNITS = {1: ["isa", "isang"], 2: ["dalawa", "dalawang"], 3: ["tatlo", "tatlong"], 4: ["apat"], 5: ["lima", "limang"], 6: ["anim"],
             7: ["pito", "pitong"], 8: ["walo", "walong"], 9: ["siyam"]}  # fmt: skip
_TL_TEENS = {11: "labing-isa", 12: "labindalawa", 13: "labintatlo", 14: "labing-apat", 15: "labinlima", 16: "labing-anim",
             17: "labimpito", 18: "labingwalo", 19: "labinsiyam"}  # fmt: skip
_TL_TENS = {20: "dalawampu", 30: "tatlumpu", 40: "apatnapu", 50: "limampu", 60: "animnapu", 70: "pitumpu", 80: "walumpu",
            90: "siyamnapu"}  # fmt: skip


def _linked(word: str) -> list[str]:
    """A Tagalog number word and its form before a noun: "-ng" after a vowel ("labindalawang")."""
    return [word, word + "ng"] if word[-1] in "aeiou" else [word]


def _tagalog() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _TL_UNITS.items() for w in forms} | {"sampu": 10, "sampung": 10}
    for n, w in _TL_TEENS.items():
        words |= dict.fromkeys([*_linked(w), *_linked(w.replace("-", ""))], n)
    for n, w in _TL_TENS.items():
        words |= dict.fromkeys(_linked(w), n)
        words |= {f"{w}'t {u}": n + k for k, forms in _TL_UNITS.items() for u in forms}
        words |= {f"{w}’t {u}": n + k for k, forms in _TL_UNITS.items() for u in forms}
    return words | {"isandaan": HUNDRED, "sandaan": HUNDRED, "sanlibo": THOUSAND}


LANGUAGES: dict[str, NumberWords] = {
    "sw": NumberWords(words=_swahili(), not_alone=frozenset({"moja"}), scales={"milioni": 1e6, "bilioni": 1e9}),
    "tl": NumberWords(
        words=_tagalog(),
        multipliers={"daan": HUNDRED, "raan": HUNDRED, "libo": THOUSAND, "daang": HUNDRED, "libong": THOUSAND},
        scales={"milyon": 1e6, "bilyon": 1e9},
        not_alone=frozenset({"isa", "isang"}),
    ),
}
