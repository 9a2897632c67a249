"""A body named in full in one report and by its initials in another is one name.

Australian, Indian, Nigerian and South African papers write an agency or a union in full ("the State Emergency
Service", "the National Union of Mineworkers") where another report of the same story, or a later paragraph,
gives only its initials ("the SES", "the NUM"); read as two names at the same place of a sentence, they made a
name conflict.  An acronym stands for a name when its letters are the initials of the name's words, with or
without the small words English and the Romance languages leave out of acronyms ("of", "the", "and", "de", "la").
Only a word of two to six capitals is read as an acronym; a name is no acronym of itself.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

_ACRONYM = re.compile(rf"[{UPPER}](?:\.?[{UPPER}]){{1,5}}\.?")
_SMALL_WORDS = frozenset("of the and for on in at to de del la le les des du et y e di da do dos das van von für und".split())


def _initials(words: list[str]) -> set[str]:
    """The initials of ``words``: all of them, and without the small words."""
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()}


def acronym_of(a: str, b: str) -> bool:
    """Whether one of the names ``a`` and ``b`` holds an acronym whose letters are the other's initials ("SES" /
    "State Emergency Service", "NSW SES" / "the State Emergency Service")."""
    for short, full in ((a, b), (b, a)):
        words = [w for w in re.split(r"[\s-]+", full.strip()) if w and w[0].isalpha()]
        if len(words) < 2 or not any(w[0].isupper() for w in words):
            continue
        inits = _initials(words if words[0].lower() != "the" else words[1:])
        if any(_ACRONYM.fullmatch(w) and w.replace(".", "") in inits for w in short.split()):
            return True
    return False
