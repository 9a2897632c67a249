"""What every language's number words share: the record of one language, and the compound rule.

A language is data: its words from two (sometimes one) to ninety-nine, built by
its own rule for compounds in its family module, the words that multiply
("hundred", "thousand"), the hundreds written as one word, the approximate
counts, the scale words that follow a figure ("3 bin", "2 लाख"), and which of its
words mean something else too often to be read alone.  :func:`compound_value`
reads a run of such words in any language.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

HUNDRED, THOUSAND = 100, 1000
ABOUT = 0.2  # how far off an approximate count ("une trentaine") may be, as a share
# how far off a count of dozens may be ("a dozen", "two dozen", "half a dozen"): a round figure in a unit of twelve,
# held as "about 12" and "about 200" are (:func:`parallax.compare.hedges.about_slack`, 10% of a round figure), so that
# "a dozen" and "about 12" meet another report's "14" alike
DOZEN_ABOUT = 0.1


@dataclass(frozen=True)
class NumberWords:
    """One language's number words and how it writes a count with them."""

    words: dict[str, float]
    # words that multiply what comes before them ("two hundred", "dua ribu", "سه هزار")
    multipliers: dict[str, int] = field(default_factory=dict)
    # hundreds written as one word ("doscientos", "двести", "دویست", "διακόσια")
    hundreds: dict[str, int] = field(default_factory=dict)
    # approximate counts: word -> (value, the share it may be off by) ("une trentaine" is 24 to 36)
    collectives: dict[str, tuple[int, float]] = field(default_factory=dict)
    # scale words after a figure or a number word in this language only: Turkish "bin" is a noun in
    # English ("3 bin bags"), Hindi "अरब" is also "Arab"
    scales: dict[str, float] = field(default_factory=dict)
    # plural thousands, which say "thousands" on their own ("тысячи людей", "χιλιάδες άνθρωποι")
    plural_thousands: frozenset[str] = frozenset()
    # read only with a multiplier or a scale: the words for one, which are articles far more often
    # ("bir kişi", "एक व्यक्ति", "satu juta" is a million), Persian "نه" (also "no")
    not_alone: frozenset[str] = frozenset()
    # read alone only before a noun: words that are also other words (Turkish "yedi" is also "ate",
    # Romanian "nouă" also "new", Indonesian "lima" also the city)
    needs_noun: frozenset[str] = frozenset()
    # the unit comes before the tens and adds to them ("ثلاثة وعشرون" is 3 and 20)
    units_first: bool = False
    # the press writes the rest of a number after its scale: Turkish "bin 200" and "2 bin 500" (1,200 and
    # 2,500), Mexican "mil 200", Hindi "दो लाख पचास हज़ार", Arabic "مليون و200 ألف", Vietnamese "2 triệu 500
    # nghìn"; where it is off, "2 million 500 people" stays two counts
    rest_after_scale: bool = False
    # where number words are mostly other words (Vietnamese "năm" is also "year", "ba" "father"): the
    # words, not figures, count only before one of these nouns or classifiers ("năm người", five people)
    counters: frozenset[str] = frozenset()
    # classifiers after a number: the noun after them is what is counted ("3 ngôi nhà", three houses)
    classifiers: frozenset[str] = frozenset()
    # words before a number, in words or figures, that make it an ordinal (Vietnamese "thứ": "thứ ba" is
    # the third, or Tuesday; "lần thứ 3" the third time)
    ordinal_before: frozenset[str] = frozenset()
    # words before a number word that make it no figure: Vietnamese "hàng trăm" (hundreds), "vài nghìn"
    # (a few thousand)
    vague_before: frozenset[str] = frozenset()
    # number words that are their other word after one of these words: Hungarian "hét" (seven, week)
    # after the article is the week ("a hét végén", at the weekend; "e hét", this week)
    other_word_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # number words read only before one of their nouns: Urdu "نو" is nine before "افراد" (persons) or "سال" (years) and
    # "new" before a participle ("نو تعمیر شدہ", newly built), which any noun check alone takes for the counted noun
    only_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # written without spaces between words (Thai): a number runs into the words around it, so it is read
    # only right before a counter, by :mod:`parallax.analyze.numwords.unspaced`
    unspaced: bool = False


def compound_value(values: list[float], units_first: bool = False) -> tuple[float, int] | None:
    """The count a sequence of number words makes, and how many of them make it (a sequence stops
    where it stops making sense: "five six" is five, then six), or None.

    ``values`` are the words' values in order; a hundred multiplies what precedes it, a thousand (or
    any larger power of ten: Thai "หมื่น", ten thousand, and "แสน", a hundred thousand) what precedes it
    since the last larger one ("fourteen hundred" = 1400, "mille duecento" = 1200, "สามหมื่นห้าพัน" =
    35,000), and one larger than every multiplier before it the whole count so far (Thai "สองพันล้าน",
    two thousand million).  With ``units_first`` a unit before a tens word adds to it ("ثلاثة
    وعشرون" = 23)."""
    total = current = used = 0
    place = 0.0  # the last multiplier of a thousand or more: the next one must be smaller, or larger than all
    small_before = False
    last = 0.0
    for i, v in enumerate(values):
        if _is_place(v):
            if current >= v or place and v == place or place > v and not current:
                break  # "thousand thousand", "ألفين ألف"
            if place and v > place:
                total, current = (total + current) * v, 0  # "สองพันล้าน": the million multiplies the two thousand
            else:
                total, current = total + (current or 1) * v, 0
            place, small_before = v, False
        elif v > THOUSAND and v % THOUSAND == 0:  # one word for thousands: "ألفين" (2,000), then "وخمسمئة"
            if total or current:
                break
            total, place, small_before = v, THOUSAND, False
        elif v == HUNDRED:
            if current >= HUNDRED:
                break
            current, small_before = (current or 1) * HUNDRED, False
        elif v >= HUNDRED:  # "doscientos", "quinhentas"
            if current:
                break
            current, small_before = v, False
        elif units_first and small_before and last < 10 and v in _TENS and current % 10:
            current += v  # "ثلاثة وعشرون": the tens after the unit
            small_before = False  # (nothing more adds to it)
        else:
            if small_before or current % HUNDRED or current and values[i + 1 : i + 2] == [HUNDRED]:
                break  # "twaalfhonderd en tweehonderd": the "twee" starts the next count
            current += v
            small_before = True
        last = v
        used += 1
    return (total + current, used) if used else None


def _is_place(v: float) -> bool:
    """Whether a word's value is a thousand or a larger power of ten: a multiplier of what precedes it."""
    return v >= THOUSAND and v == 10 ** round(math.log10(v))


_TENS = frozenset(range(20, 100, 10))


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def with_plain_spellings(words: dict[str, float]) -> dict[str, float]:
    """Each word also without its accents ("veintitres", "ventitre", "δυο", "doua"), as some copy
    writes it.  (Not for the Indic and Arabic scripts: their vowel signs are letters.)"""
    out = dict(words)
    for w, n in words.items():
        out.setdefault(strip_accents(w), n)
    return out


def tens_and_units(tens: dict[int, str], units: dict[int, list[str]] | list[str], link: str) -> dict[str, int]:
    """The tens and every tens-and-unit compound written ``link`` (with ``{t}`` and ``{u}``):
    "{t} {u}" is "yirmi üç", "{t} și {u}" "douăzeci și trei", "{u}og{t}" "treogtyve"."""
    forms = units if isinstance(units, dict) else {n: [w] for n, w in enumerate(units) if w and n < 10}
    words: dict[str, int] = {}
    for n, t in tens.items():
        words[t] = n
        for unit, spellings in forms.items():
            for u in spellings:
                if 0 < unit < 10:
                    words[link.format(t=t, u=u)] = n + unit
    return words
