"""A bare count right after its own casualty verb counts people, not the noun of the count before it (QA round 51).

A sentence's count without a noun takes the noun of the count before it where it goes back to that group
("dieci operai sono rimasti feriti e quattro sono morti": four of the workers, the subject before its verb).  A count
that is the object right after a casualty verb of its own ("killed 12 workers and injured 35", "uccidendo 3 operai e
ferendone 35") names everyone the verb befell, a set of its own that need not be of that group: the injured of a
mine blast are workers, rescuers and passers-by.  Read as people, it meets another outlet's "injured 41 people".
"""

from __future__ import annotations

import re

from parallax.compare.role_words import ROLE_WORD
from parallax.records import Quantity

# the last word before a count, with at most "at least" / "about" / "some" between them
_LAST_WORD = re.compile(r"(\w+)\s+(?:(?:at\s+least|about|some|around|nearly|almost|more\s+than)\s+)?$", re.I)


def object_of_its_verb(text: str, q: Quantity, what: str | None) -> bool:
    """Whether count ``q`` of ``text`` stands right after a casualty verb whose role is ``what`` ("injured 35")."""
    if what is None:
        return False
    m = _LAST_WORD.search(text, max(0, q.start - 40), q.start)
    verb = m and ROLE_WORD.fullmatch(m.group(1))
    return bool(verb) and verb.lastgroup == what
