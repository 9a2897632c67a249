"""Finnish number words.

Finnish writes a number as one word ("kaksitoista" 12, "kaksikymmentäkolme" 23, "kaksisataa" 200,
"tuhat kaksisataa" or "tuhatkaksisataa" 1,200) and declines every part of it: "kahdentoista"
(of twelve), "kahdelletoista" (to twelve), "kahdellekymmenellekolmelle" (to twenty-three), "seitsemälle"
(to seven).  A count in the nominative puts its noun in the partitive ("kolme ihmistä"), and the
hundreds and thousands after two and more are partitives too ("kaksisataa", "kolmetuhatta").  So the
words here are each number from two to ninety-nine in the common cases (nominative, genitive,
partitive, illative, allative, adessive, inessive, elative, translative), and the hundred and the
thousand in the same cases, which the words before them multiply ("kahdensadan").

"Yksi" (one) and its cases are also "a" and "together" ("yhdessä", "yhteen", "yhtä suuri"), and
"sataa" (a hundred, partitive) is also "it rains": they count only inside a number.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

# each unit, ten and the hundred and thousand: the nominative, genitive, partitive and illative, and the
# stem the other cases add their ending to
_PARTS: dict[int, tuple[str, str, str, str, str]] = {
    1: ("yksi", "yhden", "yhtä", "yhteen", "yhde"),
    2: ("kaksi", "kahden", "kahta", "kahteen", "kahde"),
    3: ("kolme", "kolmen", "kolmea", "kolmeen", "kolme"),
    4: ("neljä", "neljän", "neljää", "neljään", "neljä"),
    5: ("viisi", "viiden", "viittä", "viiteen", "viide"),
    6: ("kuusi", "kuuden", "kuutta", "kuuteen", "kuude"),
    7: ("seitsemän", "seitsemän", "seitsemää", "seitsemään", "seitsemä"),
    8: ("kahdeksan", "kahdeksan", "kahdeksaa", "kahdeksaan", "kahdeksa"),
    9: ("yhdeksän", "yhdeksän", "yhdeksää", "yhdeksään", "yhdeksä"),
    10: ("kymmenen", "kymmenen", "kymmentä", "kymmeneen", "kymmene"),
    HUNDRED: ("sata", "sadan", "sataa", "sataan", "sada"),
    THOUSAND: ("tuhat", "tuhannen", "tuhatta", "tuhanteen", "tuhanne"),
}
CASES = ("nominative", "genitive", "partitive", "illative", "allative", "adessive", "inessive", "elative", "translative")
_ENDINGS = {"allative": "lle", "adessive": "lla", "inessive": "ssa", "elative": "sta", "translative": "ksi"}


def _declined(n: int) -> dict[str, str]:
    """Unit, ten, hundred or thousand ``n`` in each case of :data:`CASES`, the ending in the stem's
    vowel harmony ("kolmella", "neljällä")."""
    nom, gen, part, ill, stem = _PARTS[n]
    back = any(v in stem for v in "aou")
    out = {"nominative": nom, "genitive": gen, "partitive": part, "illative": ill}
    return out | {case: stem + (end if back else end.replace("a", "ä")) for case, end in _ENDINGS.items()}


def _in_case(n: int, case: str) -> str:
    """Two to ninety-nine in one case: the teens add an unchanging "toista" to the declined unit
    ("kahdelletoista"), the tens decline both parts ("kahdellekymmenelle") and a unit after them too;
    in the nominative the ten after a unit is a partitive ("kaksikymmentä")."""
    tens, unit = divmod(n, 10)
    if n <= 10:
        return _declined(n)[case]
    if tens == 1:
        return _declined(unit)[case] + "toista"
    ten = _declined(10)["partitive" if case == "nominative" else case]
    return _declined(tens)[case] + ten + (_declined(unit)[case] if unit else "")


def _finnish() -> dict[str, float]:
    return {_in_case(n, case): n for n in range(2, 100) for case in CASES}


# the hundred and the thousand in every case: alone ("sata", "tuhannen") and after the words they
# multiply ("kaksisataa", "kahdensadan", "tuhat kaksisataa")
_MULTIPLIERS = {w: n for n in (HUNDRED, THOUSAND) for w in _declined(n).values()}

LANGUAGES: dict[str, NumberWords] = {
    "fi": NumberWords(
        words=_finnish() | {"yksi": 1, "puoli": 0.5},  # (half, before a scale: "puoli miljoonaa")
        multipliers=_MULTIPLIERS,
        scales={"tuhatta": 1e3, "tuhat": 1e3, "miljoona": 1e6, "miljoonaa": 1e6, "miljoonan": 1e6, "milj": 1e6, "miljardi": 1e9,
                "miljardia": 1e9, "miljardin": 1e9, "mrd": 1e9},
        not_alone=frozenset({"yksi", "sataa", "puoli"}),
        # "muutama sata", "pari tuhatta", "useita satoja": a few hundred, no figure
        vague_before=frozenset({"muutama", "muutaman", "muutamaa", "pari", "parin", "paria", "useita", "useampi", "monta", "kymmeniä"}),
    ),
}  # fmt: skip
