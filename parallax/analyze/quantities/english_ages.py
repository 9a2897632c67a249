"""An English age written after a person's noun and "of": "a woman of 88", "a man of 72,".

"The oldest victim, a woman of 88, was in hospital for two weeks" read 88 as a count with no noun, and against
another report's "One of the patients, an 88-year-old woman, spent two weeks in hospital" it made a false number
conflict (1 against 88).  British and wire English give an age so, the noun of a person, "of" and the figure,
closing its phrase (a comma, a stop, a bracket, "and", or "years" after it): "a man of 72 and his wife", "a girl
of 15 years".  "A mother of two" and "a father of three" count children, so the nouns of a parent are none of it,
and "a man of 88 kilograms" is no age (the word after the figure is no "years").
"""

from __future__ import annotations

import re

_PERSON_OF = re.compile(
    r"(?<!\w)(?:an?|the|one|another)[ \u00a0]+(?:(?:elderly|young|local|retired|disabled)[ \u00a0]+)?"
    r"(?:man|woman|men|women|boy|girl|person|pensioner|widow|widower|lady|gentleman|teenager|youth)[ \u00a0]+of[ \u00a0]+\Z",
    re.I,
)
_CLOSES = re.compile(r"[ \u00a0]*(?:[,.;:)!?]|\Z|(?:and|years?)(?!\w))", re.I)


def person_of_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is an age after a person's noun and "of" (see the module)."""
    return bool(_PERSON_OF.search(text, max(0, start - 40), start) and _CLOSES.match(text, end))
