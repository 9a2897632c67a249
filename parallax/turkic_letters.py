"""The two capital I's of Turkish and Azerbaijani, lowered as those languages lower them, one folding for every stage.

Turkish writes "İ" as the capital of "i" and "I" as that of the dotless "ı" ("İKİ YIL", two years; "ALTI KİŞİ", six
people).  Python's ``str.lower`` follows the other languages: "İ" becomes "i̇" (an "i" and a combining dot) and "I"
becomes "i", so "YIL" read as "yil" and "ALTI" as "alti", words no table holds, and a headline's count in capitals
was another noun than the body's.  The time rules (:mod:`parallax.analyze.times.turkic_case`) and the counts
(:func:`parallax.analyze.quantities.base._lower`) lower with :func:`turkic_lower_i` first: one character for one, so
every offset holds.
"""

from __future__ import annotations

# the languages that write the dotted and dotless i as two letters
TURKIC = frozenset({"tr", "az"})
_LOWER_I = str.maketrans({"İ": "i", "I": "ı"})


def turkic_lower_i(text: str, language: str | None) -> str:
    """``text`` with "İ" as "i" and "I" as "ı" in a Turkic language (see the module); unchanged in any other."""
    return text.translate(_LOWER_I) if (language or "")[:2].lower() in TURKIC else text
