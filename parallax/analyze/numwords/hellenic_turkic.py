"""Greek and Turkish number words.

Greek counts from three and four agree with their noun ("τρεις άνθρωποι", "τρία σπίτια"), as do
its hundreds and thousands ("διακόσιοι", "διακόσιες", "χίλιοι"); the seven, eight and nine have a
spoken spelling too ("εφτά", "οχτώ", "εννιά").  Turkish writes tens and units as separate words
("yirmi üç") and its "bin" (thousand) is an English noun, so it is a scale in Turkish only.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units, with_plain_spellings

_EL_FORMS = {1: ["ένα", "ένας", "μία", "μια"], 2: ["δύο"], 3: ["τρία", "τρεις"], 4: ["τέσσερα", "τέσσερις"], 5: ["πέντε"],
             6: ["έξι"], 7: ["επτά", "εφτά"], 8: ["οκτώ", "οχτώ"], 9: ["εννέα", "εννιά"], 10: ["δέκα"], 11: ["έντεκα"],
             12: ["δώδεκα"], 13: ["δεκατρία", "δεκατρείς"], 14: ["δεκατέσσερα", "δεκατέσσερις"], 15: ["δεκαπέντε"],
             16: ["δεκαέξι", "δεκάξι"], 17: ["δεκαεπτά", "δεκαεφτά"], 18: ["δεκαοκτώ", "δεκαοχτώ"], 19: ["δεκαεννέα", "δεκαεννιά"]}  # fmt: skip
_EL_TENS = {20: "είκοσι", 30: "τριάντα", 40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα"}
_EL_HUNDREDS = {2: ["διακόσι"], 3: ["τριακόσι"], 4: ["τετρακόσι"], 5: ["πεντακόσι"], 6: ["εξακόσι"], 7: ["επτακόσι", "εφτακόσι"],
                8: ["οκτακόσι", "οχτακόσι"], 9: ["εννιακόσι", "εννεακόσι"]}  # fmt: skip
_EL_ONE = frozenset(with_plain_spellings({w: 1 for w in _EL_FORMS[1]}))  # also the article


def _greek() -> dict[str, float]:
    words = {w: n for n, forms in _EL_FORMS.items() for w in forms}
    words |= tens_and_units(_EL_TENS, {n: f for n, f in _EL_FORMS.items() if n < 10}, "{t} {u}")
    return words | {"χίλια": THOUSAND, "χίλιοι": THOUSAND, "χίλιες": THOUSAND}  # a thousand, agreeing


_TR_UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TR_TENS = {10: "on", 20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli", 60: "altmış", 70: "yetmiş", 80: "seksen", 90: "doksan"}

LANGUAGES: dict[str, NumberWords] = {
    "el": NumberWords(
        words=with_plain_spellings(_greek()),
        multipliers=with_plain_spellings({"εκατό": HUNDRED, "εκατόν": HUNDRED, "χιλιάδες": THOUSAND, "χιλιάδων": THOUSAND}),
        hundreds=with_plain_spellings({f"{stem}{end}": n * HUNDRED for n, stems in _EL_HUNDREDS.items() for stem in stems
                                       for end in ("α", "οι", "ες", "ων")}),
        plural_thousands=frozenset({"χιλιάδες", "χιλιάδων", "χιλιαδες", "χιλιαδων"}),
        not_alone=_EL_ONE,
    ),
    # "yedi" is also "(he) ate", "altı" also "its underside", "on" an English word, "yüz" also "face";
    # "bir" is the article
    "tr": NumberWords(
        words=with_plain_spellings({w: n for n, w in enumerate(_TR_UNITS) if n} | tens_and_units(_TR_TENS, _TR_UNITS, "{t} {u}")),
        multipliers={"yüz": HUNDRED, "bin": THOUSAND},
        scales={"bin": 1e3},
        not_alone=frozenset({"bir", "yüz"}),
        needs_noun=frozenset({"yedi", "altı", "on", "bin"}),
        rest_after_scale=True,  # "bin 200 kişi", "2 bin 500", "1 milyon 200 bin"
    ),
}  # fmt: skip
