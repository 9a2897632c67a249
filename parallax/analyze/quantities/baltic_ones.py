"""Lithuanian "vienas žmogus", Latvian "viens cilvēks": one person, where its clause tells a casualty.

The Baltic word for one is also the indefinite "a" of narration ("Atvyko vienas žmogus" reads as "a man came"), so
:mod:`.one_counts` reads it as a count only where the same clause says someone died or was hurt: "Per avariją žuvo
vienas žmogus" (one person died), "Avārijā gāja bojā viens cilvēks".  There "a man died" and "one person died" are
the same count, and without it a report of one dead against another's two showed no conflict.
"""

from __future__ import annotations

import re

ONE = {"lt": "vienas|viena|vieną|vieno", "lv": "viens|viena|vienu"}
NOUN = {
    "lt": "žmogus|žmogų|žmogaus|asmuo|asmenį|asmens|vyras|moteris|vaikas",
    "lv": "cilvēks|cilvēku|cilvēka|persona|personu|personas|vīrietis|sieviete|bērns",
}
# the verbs and participles of dying and of being hurt, as the stems the press uses
_CASUALTY = {
    "lt": re.compile(r"(?<!\w)(?:žuv|žūv|mir[eė]|nukentėj|sužeist|sužalot|sužeid|traum)\w*", re.I),
    "lv": re.compile(r"(?<!\w)(?:bojā|mir(?:is|usi|uš|st)|nomir|ievainot|ievainojum|savainot|savainojum|cieta|cietuš|cietis)\w*", re.I),
}
# a clause ends at a stop, a comma, a semicolon or a line break ("Ieradās viens cilvēks, un divi tika ievainoti":
# a man came, and two were hurt)
_CLAUSE_END = re.compile(r"[.,;!?\n]")


def in_a_casualty_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``lang`` is Baltic and the clause around ``text[start:end]`` tells a death or an injury; True for
    every other language (their words for one count before these nouns anyway)."""
    pattern = _CASUALTY.get(lang)
    if pattern is None:
        return True
    left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    right_end = _CLAUSE_END.search(text, end)
    right = right_end.start() if right_end else min(len(text), end + 300)
    return pattern.search(text, left, right) is not None
