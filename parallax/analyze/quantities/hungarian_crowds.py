"""Hungarian counts people with a suffix on the number itself: the collective "-an"/"-en" ("25 ezren tüntettek",
some 25,000 demonstrated; "tízezren", "százezren", "25-en megsérültek", 25 were hurt), where other languages write
a noun of people ("20,000 people protested").

Read as a bare figure, "25 ezren" was 25 counting "ezren" and a thousand counting the verb after it, so a crowd
never met another report's "20,000 people"; the collective form is the figure scaled and a count of people
(:data:`PEOPLE_NOUN`, one of :data:`parallax.compare.count_nouns.PEOPLE`).  A date's day ends in "-án"/"-én"
("május 25-én"), with an accent, and is read by the times stage first.
"""

from __future__ import annotations

import re

PEOPLE_NOUN = "ember"
# the number word or scale ends in the collective ("ezren", "tízezren", "százan"), or a figure takes it after a hyphen
_COLLECTIVE_WORD = re.compile(r"(?:ezren|százan)\Z", re.I)
_HYPHEN_COLLECTIVE = re.compile(r"-[ae]n(?!\w)")


def hungarian_collective(text: str, start: int, end: int, lang: str) -> int | None:
    """Where a Hungarian count of people told by the collective suffix ends (the quantity ``text[start:end]``), or
    None: "25 ezren", "Tízezren", "25-en" (then past the suffix)."""
    if lang != "hu":
        return None
    if _COLLECTIVE_WORD.search(text, start, end):
        return end
    if text[start:end].strip()[-1:].isdigit() and (m := _HYPHEN_COLLECTIVE.match(text, end)):
        return m.end()
    return None
