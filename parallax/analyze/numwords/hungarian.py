"""Hungarian number words.

Hungarian writes a number up to two thousand as one word ("tizenkettő", "huszonhárom", "százhúsz",
"ezerkétszáz"), and above it with a hyphen after the thousands ("kétezer-ötszáz"): the parts are read
as words joined by nothing, so only the parts are listed.  Two is "kettő" alone and "két" before a
noun or in a compound ("tizenkét ember", "kétszáz").  A number with no noun after it takes the case
ending itself, on its last part only ("tizenkettőt", "huszonhármat"), and people counted as a group
take -an/-en ("hárman", "ketten", "százan").  "Egy" (one) is also "a"; "hat" (six) is also "acts",
"hét" (seven) also "week" ("jövő héten", "egy hetet"), so they count alone only before a noun, and
their case forms that are those other words too only inside a compound.  "Hét" after the article
("a hét végén", at the weekend) or before a postposition ("két hét múlva", in two weeks) is the week:
the postpositions are no nouns to count (:mod:`parallax.analyze.quantities.units`).
"""

from __future__ import annotations

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords

# each unit and ten: the nominative (and the form before a noun), then the accusative, the group
# (-an/-en), the dative and the sublative ("háromra nőtt", rose to three)
_FORMS: dict[int, tuple[str, ...]] = {
    1: ("egy", "egyet", "egynek", "egyre"),
    2: ("kettő", "két", "kettőt", "ketten", "kettőnek", "kettőre"),
    3: ("három", "hármat", "hárman", "háromnak", "háromra"),
    4: ("négy", "négyet", "négyen", "négynek", "négyre"),
    5: ("öt", "ötöt", "öten", "ötnek", "ötre"),
    6: ("hat", "hatot", "hatan", "hatnak", "hatra"),
    7: ("hét", "hetet", "heten", "hétnek", "hétre"),
    8: ("nyolc", "nyolcat", "nyolcan", "nyolcnak", "nyolcra"),
    9: ("kilenc", "kilencet", "kilencen", "kilencnek", "kilencre"),
    10: ("tíz", "tizet", "tízet", "tízen", "tíznek", "tízre"),
    20: ("húsz", "húszat", "húszan", "húsznak", "húszra"),
    30: ("harminc", "harmincat", "harmincan", "harmincnak", "harmincra"),
    40: ("negyven", "negyvenet", "negyvenen", "negyvennek", "negyvenre"),
    50: ("ötven", "ötvenet", "ötvenen", "ötvennek", "ötvenre"),
    60: ("hatvan", "hatvanat", "hatvanan", "hatvannak", "hatvanra"),
    70: ("hetven", "hetvenet", "hetvenen", "hetvennek", "hetvenre"),
    80: ("nyolcvan", "nyolcvanat", "nyolcvanan", "nyolcvannak", "nyolcvanra"),
    90: ("kilencven", "kilencvenet", "kilencvenen", "kilencvennek", "kilencvenre"),
}
# the tens before a unit: "tizen-", "huszon-", and the tens themselves from thirty
_TENS_BEFORE_UNIT = {10: "tizen", 20: "huszon"} | {n: _FORMS[n][0] for n in range(30, 100, 10)}


def _hungarian() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _FORMS.items() for w in forms}
    for tens, prefix in _TENS_BEFORE_UNIT.items():
        words |= {prefix + w: tens + n for n in range(1, 10) for w in _FORMS[n]}  # "tizenkét", "huszonhármat"
    return words


# a hundred and a thousand in the same cases, and the million and billion, which also join the words
# before them ("kétmillió"); after a figure they are scales ("12 ezer", "3 millió")
_MULTIPLIERS = {w: HUNDRED for w in ("száz", "százat", "százan", "száznak", "százra")} | {
    w: THOUSAND for w in ("ezer", "ezret", "ezren", "ezernek", "ezerre")
} | {"millió": 1e6, "milliót": 1e6, "milliárd": 1e9, "milliárdot": 1e9}  # fmt: skip

LANGUAGES: dict[str, NumberWords] = {
    "hu": NumberWords(
        words=_hungarian() | {"fél": 0.5},  # half, before a scale: "fél millió"
        multipliers=_MULTIPLIERS,
        scales={"ezer": 1e3, "ezren": 1e3, "millió": 1e6, "milliárd": 1e9},  # "25 ezren": 25,000 of them (people)
        # one alone is the article, half ("fél") also "is afraid"; "hatnak" is also "(they) act", "hetet", "hétre", "hétnek" also "week";
        # the million alone is no figure ("millió forint" is a million forints only with a number)
        not_alone=frozenset(_FORMS[1]) | {"fél", "hatnak", "hetet", "hétre", "hétnek", "millió", "milliót", "milliárd", "milliárdot"},
        needs_noun=frozenset({"hat", "hét"}),
        # "több ezer", "néhány száz", "pár száz": some thousands, no figure; "múlt hét", "jövő hét", "két
        # hét", "egy hét": last week, next week, two weeks, a week (no count follows a number word, and one
        # after "egy", "a", describes a thing: "egy öt fős család", a five-person family)
        vague_before=frozenset(
            {"több", "néhány", "pár", "sok", "számos", "hány", "múlt", "jövő"} | {f[0] for f in _FORMS.values()} | {"két"}
        ),
        # "a hét", "e hét": the week ("a hét végén", "a hét első napján"); "the seven" is rarely written so
        other_word_after={"hét": frozenset({"a", "e", "ezen", "azon"})},
    ),
}
