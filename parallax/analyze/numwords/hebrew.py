"""Hebrew number words.

Hebrew counts agree with their noun: a masculine noun takes "שלושה", "ארבעה" (with -ה) and a feminine
one "שלוש", "ארבע"; before a noun with the article the construct is used ("שלושת הנעדרים", "שני
פצועים", "שתי נשים").  The teens are two words, joined by a space, a hyphen or the maqaf ("שנים עשר",
"שנים-עשר", "שתים עשרה"), the tens take the unit after "ו" (and), written against it ("עשרים
ושלושה"), and so does the last part of a larger count ("אלף ומאתיים", 1,200).  Prepositions and the
article are written against a word too: "ו" (and), "ה" (the), "ב" (in), "ל" (to), "מ" (from, than)
and "כ" (about): "כאלף" is about a thousand.

Some of these words are other words too: "שנים" (two, before "עשר") is "years", "שני" also
"Monday" after "יום" and "second", "שבע" the city Beersheba ("באר שבע"), "שמונה" Kiryat Shmona,
"מאה" also "century" ("במאה ה-20"), a feminine unit after "ב" a clock time ("בשבע", at seven).  Those
forms are left out, or made no figure by the word before them.
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units

# the units: masculine, feminine, and the masculine construct ("שלושת"); one is also "a"
_MASCULINE = {1: ["אחד"], 2: ["שניים"], 3: ["שלושה"], 4: ["ארבעה"], 5: ["חמישה"], 6: ["שישה", "ששה"], 7: ["שבעה"], 8: ["שמונה"],
              9: ["תשעה"], 10: ["עשרה"]}  # fmt: skip
_FEMININE = {1: ["אחת"], 2: ["שתיים", "שתים"], 3: ["שלוש"], 4: ["ארבע"], 5: ["חמש"], 6: ["שש"], 7: ["שבע"], 8: ["שמונה"], 9: ["תשע"],
             10: ["עשר"]}  # fmt: skip
_CONSTRUCT = {2: ["שני", "שתי"], 3: ["שלושת"], 4: ["ארבעת"], 5: ["חמשת"], 6: ["ששת"], 7: ["שבעת"], 8: ["שמונת"], 9: ["תשעת"], 10: ["עשרת"]}
_TENS = {20: "עשרים", 30: "שלושים", 40: "ארבעים", 50: "חמישים", 60: "שישים", 70: "שבעים", 80: "שמונים", 90: "תשעים"}
_JOINS = (" ", "-", "\u05be")  # between the two words of a teen: a space, a hyphen, the maqaf


def _teens() -> dict[str, int]:
    """The teens: "אחד עשר" to "תשעה עשר" and "אחת עשרה" to "תשע עשרה" (with "שנים", "שתים" for two)."""
    masculine = {n: forms for n, forms in _MASCULINE.items() if n < 10} | {2: ["שנים", "שניים"]}
    feminine = {n: forms for n, forms in _FEMININE.items() if n < 10} | {2: ["שתים", "שתיים"]}
    return {
        f"{u}{j}{ten}": 10 + n
        for units, ten in ((masculine, "עשר"), (feminine, "עשרה"))
        for n, forms in units.items()
        for u in forms
        for j in _JOINS
    }


def _prefixed(words: dict[str, float], prefixes: tuple[str, ...]) -> dict[str, float]:
    """Each word with each prefix written against it ("" for none)."""
    return {p + w: n for w, n in words.items() for p in prefixes}


def _spellings(words: tuple[str, ...], prefixes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(p + w for w in words for p in prefixes)


_AND = ("", "ו")
# "about", "to", "from": with any count ("כשלושה", "לשלוש", "ממאה")
_ANY = ("כ", "ל", "מ", "וכ", "ול", "ומ")
# "the" and "in": with the masculine counts and the tens ("השלושה", "בשלושה מקרים"), not with a
# feminine unit ("בשבע" is at seven) nor "שני" ("השני" is the second)
_THE_IN = ("ה", "ב", "וה", "וב")
# a teen or a tens-and-unit compound: with "and", "about" and "the" ("כשנים עשר", "העשרים ושלושה")
_COMPOUND = ("", "ו", "כ", "ה")


def _hebrew() -> dict[str, float]:
    masculine = {w: n for n, forms in _MASCULINE.items() if n > 1 for w in forms} | {w: n for n, w in _TENS.items()}
    feminine = {w: n for n, forms in _FEMININE.items() if n > 1 for w in forms}
    construct = {w: n for n, forms in _CONSTRUCT.items() for w in forms}
    units = {n: _MASCULINE[n] + _FEMININE[n] for n in range(1, 10)}
    compounds = _teens() | tens_and_units(_TENS, units, "{t} ו{u}")  # "עשרים ושלושה", "עשרים ואחת"
    words = _prefixed(masculine | feminine | construct, _AND) | _prefixed(masculine | feminine, _ANY)
    words |= _prefixed(masculine | {w: n for w, n in construct.items() if n > 2}, _THE_IN)
    return words | _prefixed(compounds, _COMPOUND)


# a hundred and a thousand; "מאות" (hundreds) and "אלפים", "אלפי" (thousands) only after a number
# ("שלוש מאות", "שלושת אלפים"): alone they are plural thousands, no figure
_MULTIPLIERS = {"מאה": HUNDRED, "מאות": HUNDRED, "אלף": THOUSAND, "אלפים": THOUSAND, "אלפי": THOUSAND}
_PLURAL = _spellings(("מאות", "אלפים", "אלפי"), (*_AND, *_ANY))
# before a number word, words that make it no figure: a weekday ("יום שני", Monday), an hour ("בשעה שבע"),
# a city ("באר שבע", "קריית שמונה"), "some" ("כמה מאות"), "tens of" ("עשרות אלפי")
_NO_FIGURE = _spellings(("יום", "שעה", "באר", "קריית", "קרית"), ("", "ו", "ב", "ל", "מ", "וב", "ול", "ומ", "ה"))

# half, before a scale only ("חצי מיליון", "מוערך בחצי מיליון"; "כחצי שעה" is about half an hour)
_HALF = _spellings(("חצי",), ("", "ו", "כ", "ב", "וכ", "וב"))

LANGUAGES: dict[str, NumberWords] = {
    "he": NumberWords(
        words=_hebrew() | _prefixed({"אלפיים": 2 * THOUSAND}, (*_AND, *_ANY)) | dict.fromkeys(_HALF, 0.5),
        multipliers=_prefixed(_MULTIPLIERS, (*_AND, *_ANY)),
        hundreds=_prefixed({"מאתיים": 2 * HUNDRED}, (*_AND, *_ANY, "ה", "וה")),
        scales={"אלף": 1e3, "מיליון": 1e6, "מיליארד": 1e9},
        plural_thousands=_PLURAL,
        not_alone=_HALF,
        vague_before=_NO_FIGURE | {"כמה", "עשרות", "מאות", "אלפי"},
    ),
}
