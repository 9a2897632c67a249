"""A day named right after a verb of saying, before the clause of what was said, is when it was said.

"El alcalde dijo el martes que la carretera seguirá cerrada", "O autarca disse na terça-feira que a estrada
continuará fechada", "Bupati mengatakan pada Selasa bahwa jalan akan tetap ditutup": the day belongs to the verb of
saying before it (the report's past), and the future after the complementiser ("que", "bahwa", "that") is the
reported clause's tense, not the day's.  The nearest-cue rule of :func:`.cues.sentence_tense` takes the future
there, since "dijo" is in no lexicon's past cues (a verb of saying in the present is one too: "dice que"), and put the
mayor's Tuesday a week ahead.  A day after the complementiser ("dijo que el martes se votará") is the reported
clause's and is left to that rule.  The verbs are the quotation stage's cue lexicon
(:data:`parallax.analyze.quotes.cue_lexicon.LEXICAL_CUES`), less its prepositions ("según", "according to").
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.closing_said import closing_saying_day
from parallax.letters import LOWER

# the words that open the clause of what was said
_COMPLEMENTISER = r"que|that|bahwa|bahawa|kwamba|kuwa|rằng|dat|dass|che|że|že|ότι|что|na"
# a cue that is a preposition, not a verb: the day after it is no day of saying ("según el martes")
_NOT_VERBS = frozenset({"según", "segundo", "menurut", "according to", "selon", "secondo", "ayon", "kwa mujibu wa"})


@lru_cache(maxsize=64)
def _said_before(lang: str) -> re.Pattern | None:
    cues = LEXICAL_CUES.get(lang)
    if not cues:
        return None
    # the verb, then at most two short lower-case words ("el", "na", "pada", "on", "this"), then the day
    return re.compile(rf"(?<!\w)(?P<cue>(?i:{cues}))[ \u00a0]+(?:[{LOWER}][\w-]{{0,5}}[ \u00a0]+){{0,2}}\Z")


# (one space run, then a comma and another: two optional runs side by side made a search over spaces cubic; the match
# starts where a space run starts, so a search is linear)
_CLAUSE_AFTER = re.compile(rf"(?<![ \u00a0])[ \u00a0]*(?:,[ \u00a0]*)?(?:{_COMPLEMENTISER})(?!\w)", re.I)


def _language(lex: Lexicon) -> str | None:
    return next((code for code, other in LEXICONS.items() if other is lex), None)


def saying_day(lex: Lexicon, text: str, s: int) -> bool:
    """Whether a day at ``s`` stands right after a verb of saying ("dijo el martes", "said on Tuesday")."""
    lang = _language(lex)
    pattern = _said_before(lang) if lang else None
    m = pattern.search(text[max(0, s - 60) : s]) if pattern else None
    return m is not None and m.group("cue").lower() not in _NOT_VERBS


def said_then(lex: Lexicon, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is the day of a verb of saying right before it, the clause of what was said after it."""
    if closing_saying_day(_language(lex), text, s, e):
        return True  # "…, anunció la compañía el domingo." (:mod:`.closing_said`)
    return bool(_CLAUSE_AFTER.match(text, e)) and saying_day(lex, text, s)
