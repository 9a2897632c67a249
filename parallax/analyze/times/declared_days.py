"""A weekday that a declared day off falls on is the coming one (QA round 53).

"The minister declared a holiday for schools on Thursday", in a paper of Wednesday: a holiday, a day of
mourning or of prayer is declared ahead of the day it gives (nobody declares a holiday that has passed), so the
weekday that closes the phrase is the day off, still to come, even though the verb is past; the sentence's past
tense had read it as the Thursday gone, six days before.  Only the nouns of days set aside by a declaration, and
the weekday that closes their phrase ("a public holiday for schools on Thursday"); "announced the closure on
Thursday" keeps the past reading (the closure may well be the announcement's day).  English only for now.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import LEXICONS, Lexicon

_EN = re.compile(
    r"(?<!\w)(?:declared?|declares|declaring|proclaim(?:ed|s)?|gazett(?:ed|es)|announc(?:ed|es)|granted|approved)"
    r"[ \u00a0](?:(?:a|an|the|two|three)[ \u00a0])?(?:(?:public|national|special|bank|school|work-free|statutory)[ \u00a0])?"
    r"(?:holidays?|days?[ \u00a0]of[ \u00a0](?:national[ \u00a0])?(?:mourning|prayer|rest)|rest[ \u00a0]day|days?[ \u00a0]off)"
    r"(?:[ \u00a0](?!(?:after|since|before|when|and|but)\b)[\w'’-]++){0,5}?[ \u00a0]on[ \u00a0]\Z",
    re.I,
)
_WINDOW = 120  # characters read back from the weekday


def declared_day(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the weekday at ``text[start:]``, read with ``lex``, is the day a declared day off falls on (see the
    module)."""
    if LEXICONS.get("en") is not lex:
        return False
    return bool(_EN.search(text, max(0, start - _WINDOW), start))
