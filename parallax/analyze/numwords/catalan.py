"""Catalan number words.

Catalan joins the twenties with "-i-" ("vint-i-tres", 23) and the other tens with a hyphen
("trenta-dos", 32), writes the hundreds with a hyphen too ("dos-cents", "dues-centes", 200), and gives
"un" and "dos" a feminine ("una", "dues").  "Nou" is nine and "new": after an article or a
determiner ("el nou govern", "un nou hospital") and without a noun after it ("és nou") it is the
adjective; "deu" is ten and "owes" ("deu diners"), so it counts only before a noun.  "Un", "una" are
also "a".  The scales: "milió", "milions", "mil milions" (a thousand million), and "milers" (thousands).
"""

from __future__ import annotations

from parallax.analyze.numwords.base import ABOUT, HUNDRED, THOUSAND, NumberWords, tens_and_units, with_plain_spellings

_UNITS = {1: ["un", "u", "una"], 2: ["dos", "dues"], 3: ["tres"], 4: ["quatre"], 5: ["cinc"], 6: ["sis"], 7: ["set"], 8: ["vuit"],
          9: ["nou"]}  # fmt: skip
_TEENS = {10: "deu", 11: "onze", 12: "dotze", 13: "tretze", 14: "catorze", 15: "quinze", 16: "setze", 17: "disset", 18: "divuit",
          19: "dinou"}  # fmt: skip
_TENS = {30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "seixanta", 70: "setanta", 80: "vuitanta", 90: "noranta"}
# the words before which "nou" is "new": articles and determiners ("el nou", "un nou", "aquest nou", "del nou")
_NEW_AFTER = frozenset("el la els les un una aquest aquesta aquests aquestes seu seva seus seves del al pel nostre nostra".split())


def _catalan() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _UNITS.items() if n > 1 for w in forms} | {w: n for n, w in _TEENS.items()}
    words |= tens_and_units({20: "vint"}, _UNITS, "{t}-i-{u}") | tens_and_units(_TENS, _UNITS, "{t}-{u}")
    return with_plain_spellings(words) | {"un": 1, "una": 1, "mig": 0.5, "mitja": 0.5}  # (half, before a scale: "mig milió")


_HUNDREDS = {f"{u}-{c}": n * HUNDRED for n, forms in _UNITS.items() if n > 1 for u in forms for c in ("cents", "centes")}

LANGUAGES: dict[str, NumberWords] = {
    "ca": NumberWords(
        words=_catalan(),
        multipliers={"cent": HUNDRED, "mil": THOUSAND},
        hundreds=_HUNDREDS,
        collectives={"una desena": (10, ABOUT), "una vintena": (20, ABOUT), "una trentena": (30, ABOUT), "un centenar": (100, ABOUT)},
        scales={"milió": 1e6, "milio": 1e6, "milions": 1e6, "milers": 1e3, "bilió": 1e12, "bilions": 1e12},
        plural_thousands=frozenset({"milers"}),
        not_alone=frozenset({"un", "una", "u", "mig", "mitja"}),
        needs_noun=frozenset({"nou", "deu"}),
        other_word_after={"nou": _NEW_AFTER},
    ),
}
