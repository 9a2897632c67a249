"""Swedish, Danish and Norwegian figures: the crown as a currency, and an ordinal written with a full stop.

Each of the three countries counts its money in crowns, written the same ways ("12 miljoner kronor",
"450 000 kr", "2,5 mia. kr.", "12 mkr", "kr 450"), but a Swedish crown is no Danish or Norwegian one:
a sum in crowns takes its language's ISO code ("SEK", "DKK", "NOK"), so that two reports of one sum
compare and two currencies never do.  Danish and Norwegian write an ordinal as a figure and a full stop
("3. gang", "17. plass"): before a lower-case word it is no count (before a month it is a date, which
the times stage reads).
"""

from __future__ import annotations

import re

# the crowns of each language (Bokmål and Nynorsk records read as Norwegian)
_CROWN_SIGN = {"sv": "SEK", "da": "DKK", "no": "NOK", "nb": "NOK", "nn": "NOK"}
# the nouns and abbreviation of a crown, as units.unit_after writes a noun (lower case, final "s" off)
_CROWN_NOUNS = frozenset({"kr", "krona", "kronor", "kronorna", "kronan", "krone", "kroner", "kronerne", "kronene", "kronar"})
# the Swedish scales that hold the crown: "12 mkr" (millions), "2 mdkr" (billions), "450 tkr" (thousands)
_CROWN_SCALES = frozenset({"mkr", "mnkr", "mdkr", "tkr"})
# a crown after a scale's abbreviation and its full stop ("2,5 mia. kr", "120 mill. kroner"), and before a
# figure ("kr 450", "kr. 450.000")
_CROWN_AFTER_POINT = re.compile(r"\.[ \u00a0]?(?:kr|kroner|kronor)(?![^\W\d_])", re.I)
_CROWN_BEFORE = re.compile(r"(?<![^\W\d_])kr\.?[ \u00a0]?\Z", re.I)
# a figure with a full stop and a lower-case word after it: "3. gang", "17. plass", "12. og 13. mai"
_DOT_ORDINAL = re.compile(r"\.[ \u00a0]+[a-zæøåäö]")
_DOT_ORDINAL_LANGUAGES = frozenset({"da", "no", "nb", "nn"})


def crown(text: str, start: int, end: int, noun: str | None, scale: str | None, lang: str) -> str | None:
    """The sign of a sum in crowns ("SEK", "DKK", "NOK") for the number at ``text[start:end]`` in
    ``lang``, read from its noun, its scale ("12 mkr"), the word after the scale's full stop or "kr"
    before the figure; None when it is no sum in crowns or the language counts none."""
    sign = _CROWN_SIGN.get(lang)
    if sign is None:
        return None
    if noun in _CROWN_NOUNS or (scale or "").lower() in _CROWN_SCALES:
        return sign
    if noun is None and (scale and _CROWN_AFTER_POINT.match(text, end) or _CROWN_BEFORE.search(text, max(0, start - 5), start)):
        return sign
    return None


def dot_ordinal(text: str, end: int, lang: str) -> bool:
    """Whether the figure that ends at ``end`` is a Danish or Norwegian ordinal ("3. gang")."""
    return lang in _DOT_ORDINAL_LANGUAGES and _DOT_ORDINAL.match(text, end) is not None
