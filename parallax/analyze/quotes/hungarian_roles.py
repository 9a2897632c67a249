"""A Hungarian role owned by a body after the cue: '„…” – közölte a rendőrség szóvivője.'

Hungarian puts the owner before what it owns and marks the owned noun with a possessive ending ("a rendőrség
szóvivője", the police's spokesman; "a kórház igazgatója", the hospital's director), where German and the Romance
languages write the role first and its body after it ("der Sprecher der Polizei", "el portavoz de la policía").
The generic patterns read the role there as no speaker at all, and a capitalised body as a person: '– közölte a
Szegedi Rendőr-főkapitányság szóvivője' went to "Szegedi Rendőr-főkapitányság".  Here, after the cue, the article,
one to four words and a last word in lower case with a possessive ending that close the clause (or a comma before a
lower-case word) are the speaker, without the article; a comma and a name after them ('a párt szóvivője, Kiss
Anna') is left to the apposition rules, which give the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.quotes.timed_roles import before_time
from parallax.letters import LOWER

# the third person's possessive endings: "szóvivője", "parancsnoka", "elnöke", "vezetői" (plural owned)
_OWNED = re.compile(r"\w{2,}(?:ja|je|a|e|ai|ei|jai|jei|i)\Z")
# words with those endings that are no role: parts of the day, "este" (evening), "éjszaka" (night)
_NOT_ROLES = frozenset({"este", "éjszaka", "délelőtt", "hete", "tegnapelőtt", "hajnala"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    cues = LEXICAL_CUES["hu"]
    return re.compile(
        rf"\W{{0,3}}\s*+(?:[—–-]\s*+)?(?P<cue>(?i:{cues}))\s++az?\s++"
        rf"(?P<spk>(?:[\w-]++\s){{1,4}}?[{LOWER}][\w-]++)(?=\s*+(?:[.;!?]|\Z)|,\s++[{LOWER}])"
    )


def hu_owned_role(text: str, start: int, end: int) -> tuple[int, int, str, bool] | None:
    """(start, end, cue, False) of a role its body owns after the cue in ``text[start:end]`` (the text after a
    Hungarian quotation to its sentence's end); None where there is none (see the module)."""
    found = _owned_role(text[start:end])
    if found is None and (cut := before_time(text[start:end], "hu")) is not None:
        found = _owned_role(cut)  # the clause up to when it was said: '– közölte a rendőrség szóvivője csütörtökön.' (:mod:`.timed_roles`)
    return (start + found[0], start + found[1], found[2], False) if found else None


def _owned_role(after: str) -> tuple[int, int, str] | None:
    """(start, end, cue) of the role its body owns closing ``after``'s clause (see :func:`hu_owned_role`)."""
    m = _pattern().match(after)
    if not m or not _OWNED.match(last := m.group("spk").split()[-1]) or last.lower() in _NOT_ROLES:
        return None
    return m.start("spk"), m.end("spk"), " ".join(m.group("cue").split())
