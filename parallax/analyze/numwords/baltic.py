"""Lithuanian, Latvian and Estonian number words: the languages of the Baltic states' press.

Lithuanian and Latvian (Baltic languages) write the tens and the unit as two words ("dvidešimt trys",
"divdesmit trīs", 23), the teens as one ("dvylika", "divpadsmit", 12), and give the units a feminine
form ("dvi", "divas") and an accusative ("penkis", "piecus": "sulaikė penkis žmones", they arrested
five people).  Estonian (Finnic, as Finnish is) writes the teens with "-teist" ("kaksteist", 12), the
tens with "-kümmend" ("kakskümmend kolm", 23) and the hundreds as one word ("kakssada", 200); its "viis"
is also "took" and "kuus" also "month" and "spruce", so those two count only before a noun.  The words
for one are also "a" in all three: they count only with a scale ("viens miljons").

The press abbreviates the scales ("2,5 mln. eurų", "4,5 milijono eurų" with the genitive after a fraction, "3 milj. eiro", "1,2 mln eurot", "tūkst.").
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units

# Lithuanian: each unit in the masculine, feminine and masculine accusative
_LT_UNITS = {1: ["vienas", "viena"], 2: ["du", "dvi"], 3: ["trys", "tris"], 4: ["keturi", "keturios", "keturis"],
             5: ["penki", "penkios", "penkis"], 6: ["šeši", "šešios", "šešis"], 7: ["septyni", "septynios", "septynis"],
             8: ["aštuoni", "aštuonios", "aštuonis"], 9: ["devyni", "devynios", "devynis"]}  # fmt: skip
_LT_TEENS = {10: "dešimt", 11: "vienuolika", 12: "dvylika", 13: "trylika", 14: "keturiolika", 15: "penkiolika", 16: "šešiolika",
             17: "septyniolika", 18: "aštuoniolika", 19: "devyniolika"}  # fmt: skip
_LT_TENS = {20: "dvidešimt", 30: "trisdešimt", 40: "keturiasdešimt", 50: "penkiasdešimt", 60: "šešiasdešimt",
            70: "septyniasdešimt", 80: "aštuoniasdešimt", 90: "devyniasdešimt"}  # fmt: skip

# Latvian: masculine, feminine and masculine accusative
_LV_UNITS = {1: ["viens", "viena"], 2: ["divi", "divas", "divus"], 3: ["trīs"], 4: ["četri", "četras", "četrus"],
             5: ["pieci", "piecas", "piecus"], 6: ["seši", "sešas", "sešus"], 7: ["septiņi", "septiņas", "septiņus"],
             8: ["astoņi", "astoņas", "astoņus"], 9: ["deviņi", "deviņas", "deviņus"]}  # fmt: skip
_LV_STEMS = {1: "vien", 2: "div", 3: "trīs", 4: "četr", 5: "piec", 6: "seš", 7: "septiņ", 8: "astoņ", 9: "deviņ"}

# Estonian: the nominative and the genitive ("kolme inimese", of three people)
_ET_UNITS = {1: ["üks", "ühe"], 2: ["kaks", "kahe"], 3: ["kolm", "kolme"], 4: ["neli", "nelja"], 5: ["viis", "viie"],
             6: ["kuus", "kuue"], 7: ["seitse", "seitsme"], 8: ["kaheksa"], 9: ["üheksa"]}  # fmt: skip


def _lithuanian() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _LT_UNITS.items() for w in forms} | {w: n for n, w in _LT_TEENS.items()}
    return words | tens_and_units(_LT_TENS, _LT_UNITS, "{t} {u}")


def _latvian() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _LV_UNITS.items() for w in forms} | {"desmit": 10}
    words |= {f"{stem}padsmit": 10 + n for n, stem in _LV_STEMS.items()}
    return words | tens_and_units({10 * n: f"{stem}desmit" for n, stem in _LV_STEMS.items() if n > 1}, _LV_UNITS, "{t} {u}")


def _estonian() -> dict[str, float]:
    nominative = {n: forms[0] for n, forms in _ET_UNITS.items()}
    words: dict[str, float] = {w: n for n, forms in _ET_UNITS.items() for w in forms} | {"kümme": 10, "kümne": 10}
    words |= {f"{u}teist": 10 + n for n, u in nominative.items()}
    return words | tens_and_units({10 * n: f"{u}kümmend" for n, u in nominative.items() if n > 1}, _ET_UNITS, "{t} {u}")


LANGUAGES: dict[str, NumberWords] = {
    "lt": NumberWords(
        words=_lithuanian(),
        # (the accusative too: "skyrė 2 milijonus eurų", it granted two million euros)
        multipliers={"šimtas": HUNDRED, "šimtai": HUNDRED, "šimtų": HUNDRED, "šimtus": HUNDRED, "tūkstantis": THOUSAND,
                     "tūkstančiai": THOUSAND, "tūkstančių": THOUSAND, "tūkstančius": THOUSAND},
        scales={"tūkst": 1e3, "tūkstančių": 1e3, "tūkstančiai": 1e3, "tūkstančius": 1e3, "milijonas": 1e6, "milijono": 1e6,
                "milijonai": 1e6, "milijonų": 1e6, "milijonus": 1e6, "milijardas": 1e9, "milijardo": 1e9, "milijardai": 1e9,
                "milijardų": 1e9, "milijardus": 1e9, "mlrd": 1e9},
        # (and the English "ten" every language reads is the Lithuanian "there": "Ten žuvo du žmonės")
        not_alone=frozenset({"vienas", "viena", "ten"}),
    ),
    "lv": NumberWords(
        words=_latvian(),
        multipliers={"simts": HUNDRED, "simti": HUNDRED, "simtiem": HUNDRED, "tūkstotis": THOUSAND, "tūkstoši": THOUSAND,
                     "tūkstošiem": THOUSAND},
        scales={"tūkst": 1e3, "tūkstoši": 1e3, "tūkstošus": 1e3, "miljons": 1e6, "miljoni": 1e6, "miljonu": 1e6, "miljonus": 1e6,
                "milj": 1e6, "miljards": 1e9, "miljardi": 1e9, "miljardu": 1e9, "miljardus": 1e9, "mljrd": 1e9},
        not_alone=frozenset({"viens", "viena"}),
    ),
    "et": NumberWords(
        words=_estonian(),
        multipliers={"sada": HUNDRED, "tuhat": THOUSAND, "tuhande": THOUSAND},
        hundreds={f"{forms[0]}sada": n * HUNDRED for n, forms in _ET_UNITS.items() if n > 1},
        scales={"tuhat": 1e3, "tuhande": 1e3, "miljon": 1e6, "miljonit": 1e6, "miljoni": 1e6, "miljard": 1e9, "miljardit": 1e9,
                "miljardi": 1e9, "mld": 1e9, "mrd": 1e9},
        not_alone=frozenset({"üks", "ühe"}),
        needs_noun=frozenset({"viis", "kuus", "kuue"}),
        # "eelmisel kuus", "sel kuus", "järgmisel kuus": last, this, next month
        other_word_after={"kuus": frozenset({"eelmisel", "sel", "samal", "järgmisel", "möödunud", "tulevas", "igas"})},
    ),
}  # fmt: skip
