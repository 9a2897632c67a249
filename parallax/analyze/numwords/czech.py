"""Czech number words.

A Czech count takes the case its place in the sentence asks for: "dvanáct lidí" but "u dvanácti
lidí", "tři domy" but "ve třech domech"; from five up every oblique case ends in -i ("pěti",
"dvaceti"), two, three and four have forms of their own ("dvou", "třech", "čtyřem").  Tens and units
are written apart ("dvacet tři") or joined units first ("třiadvacet").  The hundred and the thousand
agree with the count before them ("dvě stě", "tři sta", "pět set"; "tisíc", "dva tisíce"), so "stě",
"sta" and "set" are hundreds only after a number ("několik set metrů" is some hundreds of metres).
"Jeden", "jedna", "jednou" (one, also "a" and "once") count only in a compound, and the English "ten"
(every language reads the English words) is "that" in Czech.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

# each number's forms: the nominative (and accusative) first, then the oblique cases
_FORMS: dict[int, tuple[str, ...]] = {
    2: ("dva", "dvě", "dvou", "dvěma"), 3: ("tři", "tří", "třech", "třem", "třemi"), 4: ("čtyři", "čtyř", "čtyřech", "čtyřem", "čtyřmi"),
    5: ("pět", "pěti"), 6: ("šest", "šesti"), 7: ("sedm", "sedmi"), 8: ("osm", "osmi"), 9: ("devět", "devíti"), 10: ("deset", "deseti"),
    11: ("jedenáct", "jedenácti"), 12: ("dvanáct", "dvanácti"), 13: ("třináct", "třinácti"), 14: ("čtrnáct", "čtrnácti"),
    15: ("patnáct", "patnácti"), 16: ("šestnáct", "šestnácti"), 17: ("sedmnáct", "sedmnácti"), 18: ("osmnáct", "osmnácti"),
    19: ("devatenáct", "devatenácti"),
}  # fmt: skip
_TENS = {20: "dvacet", 30: "třicet", 40: "čtyřicet", 50: "padesát", 60: "šedesát", 70: "sedmdesát", 80: "osmdesát", 90: "devadesát"}
# the unit before a joined tens word: "jednadvacet", "dvaadvacet", "pětadvacet"
_JOINED = {1: "jedna", 2: "dvaa", 3: "třia", 4: "čtyřia", 5: "pěta", 6: "šesta", 7: "sedma", 8: "osma", 9: "devěta"}


def _czech() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _FORMS.items() for w in forms}
    nominative = {1: ("jedna", "jeden"), 2: ("dva", "dvě"), **{n: _FORMS[n][:1] for n in range(3, 10)}}
    oblique = {1: ("jednoho", "jedné"), 2: ("dvou",), **{n: _FORMS[n][1:] for n in range(3, 10)}}
    for tens, t in _TENS.items():
        for tens_form, unit_forms in ((t, nominative), (t + "i", oblique)):
            words[tens_form] = tens  # "dvacet", "dvaceti"
            for n, forms in unit_forms.items():
                words |= {f"{tens_form} {u}": tens + n for u in forms}  # "dvacet tři", "dvaceti třech"
            words |= {f"{_JOINED[n]}{tens_form}": tens + n for n in _JOINED}  # "třiadvacet", "třiadvaceti"
    return words


# the hundreds and the thousand in the cases a count gives them ("dvě stě", "pět set", "dva tisíce",
# "pět tisíc", "o tisíci"), and where a scale ends a figure ("20 milionů", "3 tis."; the press abbreviates the
# million and the billion as Slovak does: "5 mil. Kč", "2,4 mld. Kč")
_MULTIPLIERS = {"sto": HUNDRED, "sta": HUNDRED, "stě": HUNDRED, "set": HUNDRED, "stu": HUNDRED,
                "tisíc": THOUSAND, "tisíce": THOUSAND, "tisíci": THOUSAND, "tisícem": THOUSAND, "tisících": THOUSAND, "tisícům": THOUSAND}  # fmt: skip
_SCALES = {"tisíc": 1e3, "tisíce": 1e3, "tis": 1e3, "miliony": 1e6, "milionů": 1e6, "milionu": 1e6, "miliarda": 1e9, "miliardy": 1e9,
           "miliard": 1e9, "miliardu": 1e9, "miliardů": 1e9, "mil": 1e6, "mld": 1e9}  # fmt: skip

LANGUAGES: dict[str, NumberWords] = {
    "cs": NumberWords(
        words=_czech() | {"půl": 0.5},  # half, before a scale: "půl milionu"
        multipliers=_MULTIPLIERS,
        scales=_SCALES,
        # plural thousands say "thousands" on their own ("tisíce lidí", "s tisíci lidí")
        plural_thousands=frozenset({"tisíce", "tisíců", "tisíci", "tisících", "tisícům"}),
        not_alone=frozenset({"sta", "stě", "set", "stu", "ten", "půl"}),
        # "několik tisíc", "desítky tisíc", "pár set": some thousands, no figure
        vague_before=frozenset({"několik", "pár", "mnoho", "desítky", "desítek", "stovky", "stovek"}),
    ),
}
