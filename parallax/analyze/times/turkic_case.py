"""The two capital I's of Turkish and Azerbaijani, lowered one for one before the time rules read a text.

Turkish writes "İ" as the capital of "i" and "I" as that of the dotless "ı" ("İki yıl önce", two years ago; "YIL",
year).  Python's ``str.lower`` follows the other languages: "İ" becomes "i̇" (an "i" and a combining dot, two
characters) and "I" becomes "i", so "İki" held no "iki" for the number table and "YIL" read as "yil", no unit.
The time rules match with re.IGNORECASE and then look the matched word up in lower case; lowering the two
letters as Turkish does, one character for one, keeps every offset while both steps read the word.
"""

from __future__ import annotations

from parallax.turkic_letters import TURKIC, turkic_lower_i

__all__ = ["TURKIC", "turkic_lower_i"]
