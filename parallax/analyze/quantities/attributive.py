"""Glued figures read by the word they run on to, and sums whose currency the sentence named once.

- "500m" glued to a word of length ("a 500m-long bridge", "eine 500m lange Brücke") is 500 metres, not 500
  million ("the 500m-euro fund" stays a sum).
- A bare scaled sum after a currency sum in its sentence is in that currency: "€2.1bn, of which 1.4bn comes
  from the EU" gives 1.4bn euros (news writing names the currency once).
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.money import is_money
from parallax.records import Quantity

# the words of length a metre figure runs on to: English after a hyphen, German after a space or hyphen
_LENGTH_WORD = {
    "en": re.compile(r"-(?:long|wide|high|deep|tall|thick)(?![\w])", re.I),
    "de": re.compile(r"[ \u00a0-](?:lang|breit|hoch|tief|dick)(?:e|en|er|es|em)?(?![\w])", re.I),
}
_SCALED = re.compile(r"(?:bn|mn|m|k)\Z|[^\W\d_]{5}", re.I)  # in a number's text: "1.4bn", "500m", "1.4 billion"
_SENTENCE_END = re.compile(r"[.!?;](?:[ \u00a0\n]|\Z)")


def glued_metres(text: str, end: int, lang: str) -> bool:
    """Whether a figure glued to "m" and ending at ``end`` runs on to a word of length ("500m-long")."""
    pattern = _LENGTH_WORD.get(lang)
    return bool(pattern and pattern.match(text, end))


def currency_of_bare_sums(text: str, quantities: list[Quantity], bare: set[int]) -> None:
    """Give each scaled sum at an index in ``bare`` (a figure with a scale and no noun the text or the parse
    found) the currency of the sum just before it in its sentence, in place: "€2.1bn, of which 1.4bn"."""
    for i in sorted(bare):
        q, before = quantities[i], quantities[i - 1] if i else None
        if before is None or not before.unit or not is_money(before.unit) or q.unit and is_money(q.unit):
            continue
        if not (q.value and q.value >= 1000 and _SCALED.search(q.text)) or _SENTENCE_END.search(text, before.end, q.start):
            continue
        q.unit = before.unit
