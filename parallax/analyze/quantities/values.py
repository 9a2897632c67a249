"""What a number is worth: figures in the language's own decimal style, number words as a compound
("two hundred and twelve", "milleduecento"), and the range an approximate count allows.

"2.500" is two and a half thousand in German and two and a half in English: the decimal separator
is the language's.  :func:`parse_number` and :func:`approximate_range` are public: the comparison
(:mod:`parallax.compare.numbers`) reads them too.
"""

from __future__ import annotations

import math
import re

from parallax.analyze.numwords import COLLECTIVES, LANGUAGES, cjk, compound_value
from parallax.analyze.numwords.open_counts import open_floor
from parallax.analyze.quantities.base import _ALL_WORDS, _MYRIAD, _NO_RULES, _WORDS, _atoms, _lang, _lower
from parallax.analyze.quantities.fractions import fraction_range

_ATOM = {lang: re.compile(_atoms(words), re.I) for lang, words in _ALL_WORDS.items()}


def _words_value(raw: str, language: str | None) -> tuple[float, int] | None:
    """The count written in words in ``raw`` ("two hundred and twelve", "milleduecento"), and where in
    ``raw`` the words that make it end (a sequence stops where it stops making sense), or None."""
    lang = _lang(language)
    words = _ALL_WORDS.get(lang, _ALL_WORDS["en"])
    atoms = list(_ATOM.get(lang, _ATOM["en"]).finditer(raw))
    values = [words.get(_lower(m.group(), lang)) for m in atoms]
    if not atoms or atoms[0].start() or None in values:
        return None
    found = compound_value(values, LANGUAGES.get(lang, _NO_RULES).units_first)
    if found is None:
        return None
    value, used = found
    return float(value), atoms[used - 1].end()


# languages that write a decimal point ("2.5"); the others write a comma ("2,5") and group thousands
# with a point or a space.  Arabic's own separators (٢٫٥, ١٬٢٠٠) are read in any language.
_DECIMAL_POINT = frozenset("en zh ja ko he th hi ar fa ur bn ta ms ga mt".split())


def parse_number(raw: str, language: str | None = None) -> float | None:
    """The value of one number as written: number words in the language or English, or figures with
    the language's decimal separator (Indian and US-style thousands are read as such anywhere); None if
    ``raw`` is no number."""
    lang = _lang(language)
    raw = " ".join(_lower(raw, lang).split())
    words = _WORDS.get(lang, {})
    if raw in words or raw in _WORDS["en"]:
        return float(words.get(raw) or _WORDS["en"][raw])
    if raw[:1].isalpha():
        found = _words_value(raw, language)
        return found[0] if found and found[1] == len(raw) else None
    decimal_comma = lang not in _DECIMAL_POINT
    s = raw.replace("\u202f", "").replace(" ", "").replace("'", "").replace("’", "").replace("\u066c", "")
    s = s.replace("\u066b", "," if decimal_comma else ".").replace("/", "," if decimal_comma else ".")
    if re.fullmatch(r"\d{1,2}(,\d\d)+,\d{3}", s):
        s = s.replace(",", "")  # the Indian grouping: "2,00,000" is two lakh
    elif decimal_comma:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
            s = s.replace(".", "")
        elif re.fullmatch(r"[1-9]\d{0,2}(,\d{3})+", s):
            s = s.replace(",", "")  # "1,200 personas" (Mexico, the US style in any language): a count, not 1.2
        s = s.replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")  # "1,5 مليون", "3,25 في المئة" (the Maghreb's decimal comma): no grouping of thousands
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def approximate_range(number: str, value: float, language: str | None) -> tuple[float, float] | None:
    """What an approximate count allows, lowest and highest: "une trentaine" 24 to 36, "数十" 10 to 90,
    "五十多" 50 to 59, "1,200여" 1,200 to 1,299, "a third of the 100" 33 to 34; None for an exact number."""
    if (fraction := fraction_range(number, value)) is not None:
        return fraction  # "a third of the 100": 33 or 34
    lang = _lang(language)
    words = " ".join(_lower(number, lang).split())
    if (floor := open_floor(words, lang) or open_floor(words, "en")) is not None:
        return floor, math.inf  # "dozens": 24 or more (:mod:`parallax.analyze.numwords.open_counts`)
    for table in (COLLECTIVES.get(lang, {}), COLLECTIVES["en"]):
        if words in table:
            share = table[words][1]
            return value * (1 - share), value * (1 + share)
    return cjk.approximate_range(number, value) if lang in _MYRIAD else None
