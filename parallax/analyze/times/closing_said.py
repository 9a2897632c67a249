"""A day in the attribution that closes a sentence is when it was said: "…, anunció la compañía el domingo."

Spanish, Italian and Portuguese news put the verb of saying after the statement, its subject and its day last
("Volvo despedirá a 1.200 empleados, anunció la compañía el domingo", "…, ha annunciato l'azienda domenica").  The
nearest-cue rule took the statement's future ("despedirá") for the day, which "anunció" would have given the past,
since a verb of saying is in no lexicon's past cues, and put the announcement a week ahead.  The day belongs to the
closing clause when that clause opens on a verb of saying right after the comma and the day ends the sentence (or
its subject does), a few words after it (:mod:`.said_on` reads the day right after such a verb, before a "que" clause).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES

_LANGS = frozenset({"es", "it", "pt", "ca", "ro"})
# after the day, its subject at most ("anunció este domingo la compañía."), then the sentence's end
_TO_END = re.compile(r"(?:[ \u00a0]+[^\s,.;:!?]+){0,3}[ \u00a0]*(?:[.!?]|\Z)")
_NOT_VERBS = frozenset({"según", "segundo", "secondo", "segons", "potrivit", "conform"})


@lru_cache(maxsize=8)
def _closing(lang: str) -> re.Pattern:
    # a comma, the verb, then at most five words (its subject, an article, "este"), then the day
    return re.compile(rf",[ \u00a0]*(?P<cue>(?i:{LEXICAL_CUES[lang]}))(?:[ \u00a0]+[^\s,.;:!?]+){{0,5}}?[ \u00a0]+\Z")


def closing_saying_day(lang: str | None, text: str, s: int, e: int) -> bool:
    """Whether the day at ``text[s:e]`` ends a closing clause of saying (see the module docstring)."""
    lang = (lang or "")[:2]
    if lang not in _LANGS or lang not in LEXICAL_CUES or not _TO_END.match(text, e):
        return False
    m = _closing(lang).search(text[max(0, s - 80) : s])
    return m is not None and m.group("cue").lower() not in _NOT_VERBS
