"""Croatian, Bosnian and Serbian (both scripts), and Slovenian number words.

Croatian, Bosnian and Serbian share their numbers but for a few forms: two is "dvije" in ijekavian and "dve"
in ekavian, two hundred "dvjesto" or "dvesta", a thousand "tisuća" in Croatian and "hiljada" in Bosnian and
Serbian; from five up a count does not decline ("dvanaest osoba", "živote dvanaest osoba"), two to four do
("dvaju", "dvama", "triju").  A count of men or of a mixed group has a form of its own ("dvojica", "troje",
"dvanaestorica", "petero"/"petoro").  Tens and units are written apart, with or without "i" ("dvadeset i
pet", "dvadeset pet").  Serbian writes all of it in Cyrillic too (:func:`timelex.sh.cyrillic`).  "Sto" is
also the Serbian "table" ("za sto"): a hundred only before a noun.

Slovenian keeps a dual and declines its counts ("dvanajst ljudi", "življenja dvanajstih ljudi", "z
dvanajstimi"); units come before the tens in one word with "in" ("triindvajset", 23; "triindvajsetih").

"Mil." after a figure is a million in all four ("2,5 mil. eura"), "mlrd." and "mrd." a milliard: never the
Spanish thousand.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords
from parallax.analyze.timelex.sh import cyrillic

# Croatian, Bosnian, Serbian: each unit's forms (the oblique cases of two to four, the collective and personal numerals)
_SH_UNITS: dict[int, tuple[str, ...]] = {
    2: ("dva", "dvije", "dve", "dvaju", "dvama", "dvoje", "dvojica", "dvojice", "dvojicu", "dvojici"),
    3: ("tri", "triju", "trima", "troje", "trojica", "trojice", "trojicu", "trojici"),
    4: ("četiri", "četiriju", "četirima", "četvero", "četvoro", "četvorica", "četvorice", "četvoricu"),
    5: ("pet",), 6: ("šest",), 7: ("sedam",), 8: ("osam",), 9: ("devet",), 10: ("deset",),
    11: ("jedanaest",), 12: ("dvanaest",), 13: ("trinaest",), 14: ("četrnaest",), 15: ("petnaest",), 16: ("šesnaest",),
    17: ("sedamnaest",), 18: ("osamnaest",), 19: ("devetnaest",),
}  # fmt: skip
# from five up the collective in -ero (Croatian) or -oro (Serbian) and the personal in -orica: "petero", "petorica"
_SH_COLLECTIVE_STEMS = {5: "pet", 6: "šest", 7: "sedm", 8: "osm", 9: "devet", 10: "deset", 11: "jedanaest", 12: "dvanaest",
                        13: "trinaest", 14: "četrnaest", 15: "petnaest", 16: "šesnaest", 17: "sedamnaest", 18: "osamnaest",
                        19: "devetnaest", 20: "dvadeset"}  # fmt: skip
_SH_TENS = {20: "dvadeset", 30: "trideset", 40: "četrdeset", 50: "pedeset", 60: "šezdeset", 70: "sedamdeset", 80: "osamdeset",
            90: "devedeset"}  # fmt: skip
_SH_HUNDREDS = {"dvjesto": 2, "dvjesta": 2, "dvesta": 2, "dvesto": 2, "tristo": 3, "trista": 3, "četiristo": 4,
                "petsto": 5, "šeststo": 6, "sedamsto": 7, "osamsto": 8, "devetsto": 9}  # fmt: skip


def _south_slavic() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _SH_UNITS.items() for w in forms}
    for n, stem in _SH_COLLECTIVE_STEMS.items():
        words |= {f"{stem}ero": n, f"{stem}oro": n, f"{stem}orica": n, f"{stem}orice": n, f"{stem}oricu": n}
    # every form of two to four after the tens ("četrdeset dvoje", "dvadeset trojica"), and the collective ones from five up
    collective = {n: (f"{_SH_COLLECTIVE_STEMS[n]}ero", f"{_SH_COLLECTIVE_STEMS[n]}oro", f"{_SH_COLLECTIVE_STEMS[n]}orica") for n in range(5, 10)}
    units = {1: ("jedan", "jedna", "jedno"), **{n: _SH_UNITS[n] for n in (2, 3, 4)}, **{n: _SH_UNITS[n] + collective[n] for n in range(5, 10)}}
    for tens, t in _SH_TENS.items():
        words[t] = tens
        for n, forms in units.items():
            for u in forms:
                words[f"{t} {u}"] = words[f"{t} i {u}"] = tens + n  # "dvadeset pet", "dvadeset i pet"
    return words


# the hundred and the thousand after a count ("dvije tisuće", "pet hiljada", "tisuću"), and the scales
# after a figure or a count ("2,5 milijuna", "20 miliona", "2,5 mil.", "3 mlrd.")
_SH_MULTIPLIERS = {"sto": HUNDRED, "stotinu": HUNDRED, "tisuća": THOUSAND, "tisuću": THOUSAND, "tisuće": THOUSAND,
                   "hiljada": THOUSAND, "hiljadu": THOUSAND, "hiljade": THOUSAND}  # fmt: skip
_SH_SCALES = {"tisuća": 1e3, "tisuće": 1e3, "tisuću": 1e3, "hiljada": 1e3, "hiljade": 1e3, "hiljadu": 1e3, "tis": 1e3, "hilj": 1e3,
              "milijun": 1e6, "milijuna": 1e6, "milijune": 1e6, "milion": 1e6, "miliona": 1e6, "milioni": 1e6, "milijon": 1e6,
              "mil": 1e6, "milijarda": 1e9, "milijarde": 1e9, "milijardi": 1e9, "milijardu": 1e9, "mlrd": 1e9, "mld": 1e9}  # fmt: skip


def _with_cyrillic(words: dict[str, float]) -> dict[str, float]:
    return words | {cyrillic(w): v for w, v in words.items()}


_SH = NumberWords(
    words=_with_cyrillic(_south_slavic() | {"jedan": 1, "jedna": 1, "jedno": 1}),
    multipliers=_with_cyrillic(_SH_MULTIPLIERS),  # type: ignore[arg-type]
    hundreds=_with_cyrillic({w: n * HUNDRED for w, n in _SH_HUNDREDS.items()}),  # type: ignore[arg-type]
    scales=_with_cyrillic(_SH_SCALES),
    # plural thousands say "thousands" on their own ("tisuće ljudi", "hiljade ljudi"): a count only after a number
    plural_thousands=frozenset(_with_cyrillic({"tisuće": 1, "hiljade": 1})),
    # (and the English "one", which is "they" here: "one su ostale")
    not_alone=frozenset(_with_cyrillic({"jedan": 1, "jedna": 1, "jedno": 1, "one": 1})),
    needs_noun=frozenset(_with_cyrillic({"sto": 1})),  # Serbian "sto" is also the table ("za sto")
    # "nekoliko tisuća", "desetine hiljada", "stotine": some thousands, no figure
    vague_before=frozenset(_with_cyrillic(dict.fromkeys(("nekoliko", "par", "mnogo", "desetine", "desetak", "stotine", "stotinjak"), 1))),
)

# Slovenian: each count's forms, the nominative (and the masculine "trije", "štirje") then the oblique cases
_SL_UNITS: dict[int, tuple[str, ...]] = {
    2: ("dva", "dve", "dveh", "dvema"), 3: ("tri", "trije", "treh", "trem", "tremi"), 4: ("štiri", "štirje", "štirih", "štirim", "štirimi"),
}  # fmt: skip
_SL_SMALL = {5: "pet", 6: "šest", 7: "sedem", 8: "osem", 9: "devet", 10: "deset", 11: "enajst", 12: "dvanajst", 13: "trinajst",
             14: "štirinajst", 15: "petnajst", 16: "šestnajst", 17: "sedemnajst", 18: "osemnajst", 19: "devetnajst"}  # fmt: skip
_SL_TENS = {20: "dvajset", 30: "trideset", 40: "štirideset", 50: "petdeset", 60: "šestdeset", 70: "sedemdeset", 80: "osemdeset",
            90: "devetdeset"}  # fmt: skip
# the unit before "in" and the tens: "enaindvajset", "dvaindvajset", "triindvajset"
_SL_JOINED = {1: "ena", 2: "dva", 3: "tri", 4: "štiri", 5: "pet", 6: "šest", 7: "sedem", 8: "osem", 9: "devet"}
_SL_OBLIQUE = ("ih", "im", "imi")  # "dvanajstih", "dvanajstim", "dvanajstimi"
_SL_HUNDREDS = {"dvesto": 2, "tristo": 3, "štiristo": 4, "petsto": 5, "šeststo": 6, "sedemsto": 7, "osemsto": 8, "devetsto": 9}


def _slovenian() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _SL_UNITS.items() for w in forms}
    # a count from five up and its oblique cases ("sedem", "sedmih": the "e" before "m" drops)
    for n, w in _SL_SMALL.items():
        stem = {"sedem": "sedm", "osem": "osm"}.get(w, w)
        words |= {w: n} | {stem + e: n for e in _SL_OBLIQUE}
    for tens, t in _SL_TENS.items():
        words |= {t: tens} | {t + e: tens for e in _SL_OBLIQUE}
        for n, u in _SL_JOINED.items():
            joined = f"{u}in{t}"
            words |= {joined: tens + n} | {joined + e: tens + n for e in _SL_OBLIQUE}  # "triindvajset", "triindvajsetih"
    return words


_SL = NumberWords(
    words=_slovenian() | {"en": 1, "ena": 1, "eno": 1},
    multipliers={"sto": HUNDRED, "tisoč": THOUSAND},
    hundreds={w: n * HUNDRED for w, n in _SL_HUNDREDS.items()},
    scales={"tisoč": 1e3, "milijon": 1e6, "milijona": 1e6, "milijonov": 1e6, "milijoni": 1e6, "milijonih": 1e6, "mio": 1e6,
            "mil": 1e6, "milijarda": 1e9, "milijarde": 1e9, "milijard": 1e9, "milijardi": 1e9, "mrd": 1e9},  # fmt: skip
    # "tisoči ljudi": thousands
    plural_thousands=frozenset({"tisoči", "tisočih", "tisoče"}),
    not_alone=frozenset({"en", "ena", "eno", "one"}),
    vague_before=frozenset({"nekaj", "več", "stotine", "tisoče"}),
)

LANGUAGES: dict[str, NumberWords] = {"hr": _SH, "bs": _SH, "sr": _SH, "sl": _SL}
