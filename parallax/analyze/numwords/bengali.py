"""Bengali number words, the Indian scales and the counters glued to a count.

Bengali reports write a small toll or sum in words as often as in figures ("তিন কোটি টাকা", three crore
taka; "দেড় লাখ মানুষ", a lakh and a half of people) and another outlet writes the same count in figures
("৫ কোটি টাকা"): the words must be read for the two to conflict.  Like Hindi's, the words for one to
ninety-nine follow no rule a table could build, so they are a list (the ones the press writes out: to
fifty, then the tens).  The halves are words of their own ("দেড়" 1½, "আড়াই" 2½, "সাড়ে তিন" 3½).
"এক" (one) is also the article and "নয়" (nine) also "is not": the one counts only before a scale, the
nine only before a noun.  A count takes a classifier, often written against it ("৮০টি আশ্রয়কেন্দ্র",
80 shelters; "তিনটি গ্রাম", three villages): :data:`GLUED_COUNTERS` lets the number end there, and the
classifier is skipped to reach the noun counted.
"""

from __future__ import annotations

import unicodedata

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

_ONE_TO_50 = (
    "এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো উনিশ বিশ "
    "একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আটাশ ঊনত্রিশ ত্রিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ পঁয়ত্রিশ ছত্রিশ "
    "সাঁইত্রিশ আটত্রিশ ঊনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ "
    "ঊনপঞ্চাশ পঞ্চাশ"
).split()
_OTHER = {"দু": 2, "চোদ্দ": 14, "ষোল": 16, "কুড়ি": 20, "তিরিশ": 30, "ষাট": 60, "সত্তর": 70, "পঁচাত্তর": 75, "আশি": 80, "নব্বই": 90}
_HALVES = {"দেড়": 1.5, "আড়াই": 2.5} | {f"সাড়ে {w}": n + 0.5 for n, w in enumerate(_ONE_TO_50[:9], 1) if n > 2}

# the classifiers written against a count: "টি"/"টা" (things), "খানা"; "জন" (persons) stays the noun counted
GLUED_COUNTERS = ("টি", "টা", "খানা", "জন")
# the nouns before which "নয়" is nine, not "is not": persons, the casualty words, time, money, places
_NINE_NOUNS = frozenset("জন জনের জনকে জনই মানুষ ব্যক্তি লোক শিশু নারী দিন বছর মাস ঘণ্টা টাকা কোটি লাখ হাজার শতাংশ জেলা গ্রাম".split())


def _spellings(word: str) -> set[str]:
    """``word`` as copy writes it: ড়, ঢ় and য় as the single characters or with the nukta, ঁ or not."""
    word = unicodedata.normalize("NFC", word)
    decomposed, single = word, word
    for one, two in (("\u09dc", "\u09a1\u09bc"), ("\u09dd", "\u09a2\u09bc"), ("\u09df", "\u09af\u09bc")):  # ড় ঢ় য়
        decomposed, single = decomposed.replace(one, two), single.replace(two, one)
    return {word, decomposed, single} | {w.replace("\u0981", "") for w in (decomposed, single) if "\u0981" in w}


def _words() -> dict[str, float]:
    words = {w: float(n) for n, w in enumerate(_ONE_TO_50, 1)} | _OTHER | _HALVES
    return {s: n for w, n in words.items() for s in _spellings(w)}


LANGUAGES: dict[str, NumberWords] = {
    "bn": NumberWords(
        words=_words(),
        multipliers={"শ": HUNDRED, "শো": HUNDRED, "শত": HUNDRED, "হাজার": THOUSAND},
        # Bengali writes the scales after a figure too ("১.৫ কোটি টাকা", "২ লাখ মানুষ"): 1.5 of a crore had stayed a count
        scales={
            s: v
            for w, v in (("হাজার", 1e3), ("লাখ", 1e5), ("লক্ষ", 1e5), ("কোটি", 1e7), ("মিলিয়ন", 1e6), ("বিলিয়ন", 1e9))
            for s in _spellings(w)
        },
        not_alone=frozenset(_spellings("এক")),
        only_before={s: _NINE_NOUNS for s in _spellings("নয়")},
        classifiers=frozenset({"টি", "টা", "খানা"}),
        rest_after_scale=True,  # "দুই লাখ পঞ্চাশ হাজার"
    ),
}
