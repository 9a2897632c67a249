"""The two capital I's of Turkish and Azerbaijani, lowered one for one before the time rules read a text.

Turkish writes "İ" as the capital of "i" and "I" as that of the dotless "ı" ("İki yıl önce", two years ago; "YIL",
year).  Python's ``str.lower`` follows the other languages: "İ" becomes "i̇" (an "i" and a combining dot, two
characters) and "I" becomes "i", so "İki" held no "iki" for the number table and "YIL" read as "yil", no unit.
The time rules match with re.IGNORECASE and then look the matched word up in lower case; lowering the two
letters as Turkish does, one character for one, keeps every offset while both steps read the word.
"""

from __future__ import annotations

# the languages that write the dotted and dotless i as two letters
TURKIC = frozenset({"tr", "az"})
_LOWER_I = str.maketrans({"İ": "i", "I": "ı"})


def turkic_lower_i(text: str, language: str | None) -> str:
    """``text`` with "İ" as "i" and "I" as "ı" in a Turkic language (see the module); unchanged in any other."""
    return text.translate(_LOWER_I) if (language or "")[:2].lower() in TURKIC else text
