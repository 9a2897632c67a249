"""Arabic and Persian number words.

Arabic counts agree in gender with their noun ("ثلاثة أشخاص", "ثلاث نساء"), take the case ending
("عشرون", "عشرين"), and put the unit before the tens, joined by "و" written against the next word
("ثلاثة وعشرون" is 23: :attr:`NumberWords.units_first`).  A count after its noun takes the article
("الأشخاص الثلاثة"), and one joined to "and" is written as one word ("وثلاثة"): both forms are in
the table.  Copy often drops the hamza ("اربعة" for "أربعة").  Dual nouns say two with no number
at all ("قتيلين", two dead): :data:`DUALS`.

Persian puts the tens first and joins every part with a separate "و" ("بیست و سه" 23, "هزار و
دویست" 1,200); its "نه" (nine) is also "no" and "ده" (ten) also "village".  Either language may be
typed with the other's forms of yeh and kaf (ي/ی, ك/ک).
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units

_AR_UNITS = {1: ["واحد", "واحدة"], 2: ["اثنان", "اثنين", "اثنتان", "اثنتين"], 3: ["ثلاثة", "ثلاث"], 4: ["أربعة", "أربع"],
             5: ["خمسة", "خمس"], 6: ["ستة", "ست"], 7: ["سبعة", "سبع"], 8: ["ثمانية", "ثماني", "ثمان"], 9: ["تسعة", "تسع"],
             10: ["عشرة", "عشر"]}  # fmt: skip
_AR_TENS = {20: "عشر", 30: "ثلاث", 40: "أربع", 50: "خمس", 60: "ست", 70: "سبع", 80: "ثمان", 90: "تسع"}  # + ون / ين
_AR_HUNDRED_STEMS = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _without_hamza(words: dict[str, float]) -> dict[str, float]:
    return words | {w.translate(_HAMZA): n for w, n in words.items()}


def _with_and(words: dict[str, float]) -> dict[str, float]:
    """Each word also with "and" written against it ("ومئة", "وألف")."""
    return words | {"و" + w: n for w, n in words.items()}


def _arabic() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _AR_UNITS.items() for w in forms}
    words |= {w: n for n, stem in _AR_TENS.items() for w in (stem + "ون", stem + "ين")}
    # the article and "and" glued to a single word ("الثلاثة", "وثلاثة", "والعشرين")
    words |= {f"{p}{w}": n for w, n in list(words.items()) for p in ("ال", "و", "وال")}
    words |= {"أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12, "اثنتي عشرة": 12}
    words |= {f"{u} {ten}": 10 + n for n in range(3, 10) for u in _AR_UNITS[n] for ten in ("عشر", "عشرة")}
    # (and the dual before its noun, which drops the "ن": "نحو ألفي منزل", about two thousand homes; not "ألفا", which
    # is also "Alfa")
    # and of a million and a billion ("ملياري دولار", two billion dollars; not the construct "مليوني", which is also the
    # adjective of a crowd "a million strong", "حشد مليوني")
    duals = {"ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9, "مليونان": 2e6, "مليونين": 2e6}
    return _without_hamza(words | {"ألفان": 2 * THOUSAND, "ألفين": 2 * THOUSAND, "ألفي": 2 * THOUSAND} | duals | {"مليوني": 2e6})


# the nouns two million counts in the news: currencies, people, and the measures of oil, grain and water
_MILLION_NOUNS = frozenset("دينار دولار ريال يورو جنيه درهم ليرة شيكل شخص نسمة مواطن لاجئ نازح طفل طن برميل متر لتر".split())


_AR_ONE = frozenset(_without_hamza({f"{p}{w}": 1 for w in _AR_UNITS[1] for p in ("", "ال", "و", "وال")}))
# the dual of the nouns a toll counts: two of them, with no number ("قتيلين", "جريحان", "شخصين")
DUALS = ("قتيل", "جريح", "شخص", "طفل", "جندي", "مدني")

_FA_UNITS = ["", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
_FA_TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"]
_FA_TENS = {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه", 60: "شصت", 70: "هفتاد", 80: "هشتاد", 90: "نود"}
_FA_HUNDREDS = {"دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900}
_YEH_KAF = str.maketrans({"ی": "ي", "ک": "ك"})


def _both_yehs(words: dict[str, float]) -> dict[str, float]:
    return words | {w.translate(_YEH_KAF): n for w, n in words.items()}


def _persian() -> dict[str, float]:
    words = {w: n for n, w in enumerate(_FA_UNITS) if n} | {w: 10 + n for n, w in enumerate(_FA_TEENS)} | {"هیجده": 18}
    return _both_yehs(words | tens_and_units(_FA_TENS, _FA_UNITS, "{t} و {u}"))


LANGUAGES: dict[str, NumberWords] = {
    "ar": NumberWords(
        words=_arabic(),
        multipliers=_with_and(_without_hamza({"مئة": HUNDRED, "مائة": HUNDRED, "ألف": THOUSAND, "ألفا": THOUSAND, "آلاف": THOUSAND})),
        # (with the construct forms before a noun: "مئتي ساكن", "مئتا شخص")
        hundreds=_with_and({"مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مئتي": 200, "مئتا": 200, "مائتي": 200, "مائتا": 200}
                           | _without_hamza({f"{stem}{h}": n * HUNDRED for n, stem in _AR_HUNDRED_STEMS.items() for h in ("مئة", "مائة")})),
        scales=_without_hamza({"ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليار": 1e9,
                               "مليارات": 1e9, "مليارا": 1e9}),
        plural_thousands=frozenset({"آلاف", "الاف"}),
        not_alone=_AR_ONE,
        # the feminine five, six, seven and ten are also "a fifth", "lady", "beast", "a tenth"
        needs_noun=frozenset({"خمس", "ست", "سبع", "عشر"}),
        # the construct dual "مليوني" is two million before a currency or a counted noun ("بمبلغ مليوني دينار", two
        # million dinars) and the adjective of a crowd elsewhere ("حشد مليوني", a million strong)
        only_before={"مليوني": _MILLION_NOUNS},
        units_first=True,
        rest_after_scale=True,
    ),
    "fa": NumberWords(
        words=_persian(),
        multipliers=_both_yehs({"صد": HUNDRED, "یکصد": HUNDRED, "هزار": THOUSAND}),
        hundreds=_both_yehs(_FA_HUNDREDS),
        scales={"هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9, "ميليون": 1e6, "ميليارد": 1e9},
        not_alone=frozenset(_both_yehs({"یک": 1, "نه": 9})),
        needs_noun=frozenset(_both_yehs({"ده": 10, "شش": 6})),
    ),
}  # fmt: skip
