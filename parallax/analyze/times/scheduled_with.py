"""A weekday in a verbless "with the <event> ... on <weekday>" clause is the event still to come.

"The series is level at 2-2, with the final game in Perth on Saturday" has no verb for its weekday: the
sentence's present ("is level") gave no tense cue, so Saturday read as the last one, a week before the
other report's "will be played in Perth on Saturday", and the two showed a false date conflict.  A clause
of "with" and a noun of a scheduled event (a match, a vote, a hearing, a summit ...), closing on a weekday,
appoints that event: the weekday is the coming one.  Only where nothing in the sentence before the weekday
puts it in the past ("The series ended 2-2, with the final in Perth on Saturday" keeps the past one), and
only for the nouns of events set ahead of time; a "with the latest death on Monday" is no schedule.
English only for now: other languages write the clause their own ways and keep their tense rules.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.cues import _past_pattern, _sentence_bounds

_EN_EVENTS = (
    r"deciders?|finals?|(?:semi|quarter)-?finals?|matche?s?|games?|race|fight|bout|fixtures?|replay|rematch|showdown"
    r"|second leg|first leg|return leg|kick-?off|votes?|ballot|elections?|run-?off|referendum|hearings?|trial|verdict"
    r"|sentencing|meetings?|summit|talks|debate|ceremony|funeral|inauguration|launch|deadline|premiere|opening"
)
_WITH_EVENT = {
    "en": re.compile(
        rf"(?<!\w)with[ \u00a0](?:(?:the|a|an|its|their|his|her)[ \u00a0])?(?:[\w'’-]++[ \u00a0]){{0,3}}?"
        rf"(?:{_EN_EVENTS})(?:[ \u00a0](?!(?:with|and|but|after|since|before)\b)[\w'’-]++){{0,4}}?[ \u00a0](?:on[ \u00a0])?\Z",
        re.I,
    ),
}
_WINDOW = 90  # characters read back from the weekday


def scheduled_with(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the weekday at ``text[start:]``, read with ``lex``, closes a "with the <event>" clause in a
    sentence with no past cue before it (see the module)."""
    pattern = next((p for code, p in _WITH_EVENT.items() if LEXICONS.get(code) is lex), None)
    if pattern is None or not pattern.search(text, max(0, start - _WINDOW), start):
        return False
    lo, _ = _sentence_bounds(text, start, start)
    past = _past_pattern(lex)
    return not (past and past.search(text, lo, start))
