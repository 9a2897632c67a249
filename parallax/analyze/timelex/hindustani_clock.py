"""The clock of Hindi and Urdu: a part of the day, an hour, and "बजे" / "بجے" (o'clock).

Both write the hour in figures or in words ("दोपहर तीन बजे", three in the afternoon), its minutes after a colon or a
dot ("3.30 बजे"), or as a half hour of its own word: "ढाई बजे" / "ڈھائی بجے" is half past two and "डेढ़ बजे" /
"ڈیڑھ بجے" half past one (read as Dutch "half drie", the half on the way to the next hour: :attr:`Lexicon.hour_words`,
group ``hhalf``).  "को" / "کو" (at) may stand between the part of the day and the hour ("दोपहर को 2 बजे", at two in
the afternoon), as "करीब" (about) does: without it the part was dropped and the time read as 02:00.
"""

from __future__ import annotations

from parallax.analyze.timelex.pieces import _alt


def clock_pattern(parts: dict[str, str], lead: str, minute_words: dict[str, int], numbers: dict[str, int],
                  halves: dict[str, int], oclock: str, past: str, minutes: str) -> str:
    """The ``clock`` pattern of :class:`Lexicon`: ``oclock`` is "बजे", ``past`` "बजकर" ("4 बजकर 12 मिनट", 12 minutes
    past four) and ``minutes`` "मिनट"; ``numbers`` the hours in words, ``halves`` the half-hour words."""
    hours = _alt(w for w, n in numbers.items() if 1 <= n <= 12)
    return (
        rf"(?:(?P<cpart>{_alt(parts)})\s(?:(?:{lead})\s)?)?"
        rf"(?:(?P<hhalf>{_alt(halves)})\s{oclock}|(?:(?P<mw>{_alt(minute_words)})\s)?"
        rf"(?P<h>\d{{1,2}}|{hours})(?:(?:[:.](?P<min>[0-5]\d))?\s{oclock}|\s{past}\s(?P<minb>[0-5]?\d)\s{minutes}))"
    )
