"""A body named by its acronym and what it is of: "сообщили в ГСЧС Украины" is the service's, not Ukraine's.

Russian and Ukrainian (and the other Slavic languages) write a state body as its acronym followed by the country or
region it serves in the genitive: "МЧС России", "ГСЧС Украины", "ДСНС України", "МВД Украины", "ГУ МЧС по Москве".
The cue patterns do not open a name on an acronym (so that "глава МЧС Андрей Петров" is Petrov's), so where no person
follows, the speaker found was the lone genitive word, "Украины".  A lone capitalised word right after an acronym
(perhaps after "по", of) is so read back to the acronym, unless a role stands before the acronym: "глава МЧС
Куренков" is the head's words, Kurenkov's.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import describes_a_role
from parallax.letters import UPPER

# acronyms (two or more capitals, one or two of them: "ГУ МЧС"), perhaps "по" (of) after them, right before the end
_ACRONYMS_BEFORE = re.compile(rf"(?<![\w-])(?P<acr>[{UPPER}]{{2,6}}+(?:\s[{UPPER}]{{2,6}}+)?)\s(?:(?:по|of)\s)?\Z")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<w>[\w-]++)\s+\Z")


def acronym_owner_start(text: str, start: int, end: int, lo: int) -> int:
    """Where the body starts whose acronym stands right before a one-word speaker span ``text[start:end]`` (the
    search not going back past ``lo``); ``start`` where there is none or a role owns the acronym."""
    if start >= end or " " in text[start:end].strip():
        return start
    m = _ACRONYMS_BEFORE.search(text, max(lo, start - 40), start)
    if m is None:
        return start
    before = _WORD_BEFORE.search(text, max(lo, m.start() - 40), m.start())
    if before is not None and describes_a_role(before.group("w")):
        return start  # "глава МЧС Куренков": the head's words
    return m.start("acr")
