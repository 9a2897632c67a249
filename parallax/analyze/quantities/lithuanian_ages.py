"""Lithuanian ages beside a name: "45-erių Jonas Petraitis", "45-erių metų Jonas Petraitis", "Jonas Petraitis, 45
metų ūkininkas".

:data:`.labels._BALTIC_AGE` reads an age in years of before a person's noun ("52 metų vairuotojas").  Before a name
Lithuanian writes the age the same way, or the figure alone with the case ending of its numeral ("45-erių", of
forty-five: a collective numeral's genitive, which news writes of a person's years); and after a name, in
apposition, "N metų" and whatever the person is ("Jonas Petraitis, 45 metų ūkininkas": a farmer of 45 years).  A
length of time after a name and its comma is rare ("Petraitis, 20 metų dirbęs ...", who worked 20 years, has its
participle: not read here, the noun after "metų" must be no participle in "-ęs", "-usi").
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

_NAME = rf"[{UPPER}][{LOWER}'’-]+[ \u00a0]+[{UPPER}][{LOWER}'’-]+"
# the figure's case ending, "metų" perhaps, and a first name and surname
_CASE_THEN_NAME = re.compile(rf"-(?:erių|ejų|ies|ių)(?:[ \u00a0]+metų)?[ \u00a0]+{_NAME}")
# a name and its comma before the figure, and "metų" after it with no participle of a span
_NAME_COMMA = re.compile(rf"{_NAME},[ \u00a0]*\Z")
_YEARS_OF = re.compile(rf"(?:-(?:erių|ejų|ies|ių))?[ \u00a0]+metų(?:[ \u00a0]*[,.;)]|[ \u00a0]+(?![{LOWER}]+(?:ęs|usi|ę)(?!\w))[{LOWER}])")


def lithuanian_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a person's age beside their name (see the module)."""
    if _CASE_THEN_NAME.match(text, end):
        return True
    return bool(_YEARS_OF.match(text, end)) and bool(_NAME_COMMA.search(text, max(0, start - 60), start))
