"""Hindi number words (and the scales of Urdu and Tamil; Bengali's are in :mod:`.bengali`).

Hindi's words for one to ninety-nine follow no compound rule a table could build ("तेईस" is 23,
"उनतीस" 29, "अट्ठावन" 58): they are a list.  Above them come "सौ" (hundred) and "हज़ार" (thousand),
which multiply, and the Indian scales "लाख" (100,000), "करोड़" (10 million) and "अरब" (a billion, also
"Arab"), which follow a figure or a word ("2 लाख", "दो लाख").  Halves are words of their own ("डेढ़"
1½, "ढाई" 2½, "साढ़े तीन" 3½).  Copy writes some words several ways: with or without the nukta
("अड़तीस", "अडतीस"), with the candrabindu or the anusvara ("पाँच", "पांच"), "-नबे" or "-नवे" for the
nineties; each is in the table.
"""

from __future__ import annotations

import unicodedata

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

_ONE_TO_99 = (
    "एक दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस बीस "
    "इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस "
    "उनतालीस चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरेपन "
    "चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर इकहत्तर "
    "बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी "
    "अट्ठासी नवासी नब्बे इक्यानबे बानबे तिरानबे चौरानबे पंचानबे छियानबे सत्तानबे अट्ठानबे निन्यानबे"
).split()
_UR_ONE_TO_20 = "ایک دو تین چار پانچ چھ سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس".split()
# the nouns Urdu news counts (people and their kinds, the casualty words, spans of time, money, places and things):
# the only nouns before which "نو" is nine, not "new"
_UR_NINE_NOUNS = frozenset(
    "افراد لوگ لوگوں اشخاص شخص بچے بچوں بچیاں خواتین مرد مسافر مسافروں زخمی ہلاک جاں اہلکار اہلکاروں فوجی فوجیوں"
    " شدت پسند دہشت گرد ملزمان ملزم کارکن کارکنوں مزدور مزدوروں طلبہ طالب ارکان اراکین رکن ممالک ملکوں"
    " سال برس دن ماہ مہینے ہفتے گھنٹے گھنٹوں منٹ بجے روپے ڈالر کلومیٹر میٹر کلو ٹن گھر مکانات گاڑیاں گاڑیوں اضلاع"
    " فیصد نکات گول وکٹ وکٹیں رنز".split()
)
# other spellings in wide use
_OTHER = {"छः": 6, "छे": 6, "पन्द्रह": 15, "अठ्ठाईस": 28, "इकत्तीस": 31, "तिरपन": 53, "उनासी": 79, "अठ्ठावन": 58, "अठ्ठासी": 88}
_HALVES = {"डेढ़": 1.5, "ढाई": 2.5} | {f"साढ़े {w}": n + 0.5 for n, w in enumerate(_ONE_TO_99[:9], 1) if n > 2}


def _spellings(word: str) -> set[str]:
    """``word`` as copy writes it: composed, without the nukta, with the anusvara for the candrabindu,
    "-नवे" for "-नबे", ड़ and ढ़ also as the single characters un-normalised text may hold."""
    word = unicodedata.normalize("NFC", word)
    plain = unicodedata.normalize("NFD", word).replace("\u093c", "")
    out = {word, unicodedata.normalize("NFC", plain), word.replace("\u0901", "\u0902")}
    out |= {w.replace("नबे", "नवे") for w in out}
    return out | {w.replace("\u0921\u093c", "\u095c").replace("\u0922\u093c", "\u095d") for w in out}  # (ड़, ढ़ precomposed)


def _hindi() -> dict[str, float]:
    words = {w: n for n, w in enumerate(_ONE_TO_99, 1)} | _OTHER | _HALVES
    return {s: n for w, n in words.items() for s in _spellings(w)}


_THOUSAND = {s: THOUSAND for s in _spellings("हज़ार")}
LANGUAGES: dict[str, NumberWords] = {
    # "एक" is also the article ("एक व्यक्ति", a person); "दो" also "give!"
    "hi": NumberWords(
        words=_hindi(),
        multipliers={s: HUNDRED for s in _spellings("सौ")} | _THOUSAND,
        scales={s: float(v) for w, v in (("हज़ार", 1e3), ("लाख", 1e5), ("करोड़", 1e7), ("अरब", 1e9)) for s in _spellings(w)},
        not_alone=frozenset(_spellings("एक")),
        needs_noun=frozenset(_spellings("दो")),
        rest_after_scale=True,  # "दो लाख पचास हज़ार", "2 लाख 50 हज़ार"
    ),
    # Urdu and Bengali write the same scales after a figure ("۱٫۵ کروڑ روپے", "১.৫ কোটি টাকা", "২ লাখ মানুষ"), which had
    # stayed the noun counted: 1.5 of a crore against the 15 million of an English report
    # ... and its words for one to twenty and the tens, which copy writes for a small toll ("کم از کم سات افراد", at
    # least seven people) as Hindi does; "ایک" is also the article and "دو" also "give!" (only before the noun it
    # counts); "نو" (nine) is also "new" before a participle ("نو منتخب اراکین", newly elected members), so it counts only
    # before the nouns a count names (:data:`_UR_NINE_NOUNS`)
    "ur": NumberWords(
        words={w: n for n, w in enumerate(_UR_ONE_TO_20, 1)} | {"تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "ستر": 70, "اسی": 80, "نوے": 90},
        only_before={"نو": _UR_NINE_NOUNS},
        multipliers={"سو": HUNDRED, "ہزار": THOUSAND},
        scales={"ہزار": 1e3, "لاکھ": 1e5, "کروڑ": 1e7, "ارب": 1e9, "ملین": 1e6, "بلین": 1e9},
        not_alone=frozenset({"ایک"}),
        needs_noun=frozenset({"دو", "سو"}),
        rest_after_scale=True,
    ),
    # Tamil too ("3 பில்லியன் ஆஸ்திரேலிய டாலர்", "300 கோடி ரூபாய்"): the scale had stayed the noun counted, 3 of a billion
    "ta": NumberWords(words={}, scales={"ஆயிரம்": 1e3, "லட்சம்": 1e5, "கோடி": 1e7, "மில்லியன்": 1e6, "பில்லியன்": 1e9}),
}
