"""A tense cue inside a relative clause set off by commas is that clause's tense, not the tense of a day after it.

"The Falcons will now host the Rangers, who edged the Hawks at Burnley Oval, in Dunmore on Saturday": the past
"edged" of the aside about the Rangers stood nearer the Saturday than the sentence's "will", and the nearest-cue rule
of :func:`.cues.sentence_tense` put the final a week back.  A cue inside ", who|which|whose|where ... ," that closes
before the day counts as past a clause break (as one after the day and past a comma does), so the main clause's
cue decides; with no other cue the aside's still does.  The other way round holds too: "The Falcons, who will host
the final, said on Saturday ..." keeps its Saturday past (the "said" nearer it decides in any case).
"""

from __future__ import annotations

import re

# the opening of a relative aside: a comma, then its pronoun (English)
_OPENING = re.compile(r",[ \u00a0]+(?:who|which|whose|where|whom)\b", re.I)


def in_closed_aside(text: str, lo: int, cs: int, ce: int, s: int) -> bool:
    """Whether the cue ``text[cs:ce]``, before the expression at ``s``, stands in a relative aside opened after ``lo``
    and closed by a comma before ``s``."""
    opening = next(reversed(list(_OPENING.finditer(text, lo, cs))), None)  # the last one before the cue
    if opening is None:
        return False
    close = text.find(",", ce, s)
    return close >= 0 and "," not in text[opening.end() : cs]
