"""Afrikaans reported speech without "dat".

Afrikaans reports a statement after its verb of saying with "dat" and the verb last ("Botha het gesê dat die brug
veilig is") as often as without it, in main-clause order: "Botha het gesê die brug is veilig", "Sy sê die water
daal".  The clause after the cue opens in lower case (an article, a pronoun, a noun, a number's word); a word that
names to whom or how it was said ("vir", "aan", "teenoor"), or a negation, opens no reported clause, and "dat" is
read by the pattern with it (:data:`.afrikaans_cues.AF_REPORTING`).  A capitalised word before the cue is the
subject: a name, or "Hy"/"Sy" for the person named before (resolved as any pronoun speaker is).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.afrikaans_cues import AF_PARTICIPLES
from parallax.analyze.quotes.lexical_cues import _NAME
from parallax.letters import LOWER

_NOT_A_CLAUSE = r"dat|vir|aan|teenoor|nie|dit|so|in|op|by|na|tydens|oor|met"
_AF_NO_THAT = re.compile(
    rf"(?<![\w’'.-]){_NAME},?\s+(?P<verb>het\s+(?:[^\s.,;:!?]+\s+){{0,3}}?(?:{AF_PARTICIPLES})|sê)\s+"
    rf"(?!(?:{_NOT_A_CLAUSE})\s)(?=[{LOWER}])"
)


def af_reported(text: str) -> list[tuple[int, int, int, str]]:
    """(clause start, speaker start, speaker end, cue word) of each "X het gesê <clause>" without "dat" in ``text``."""
    return [(m.end(), m.start("spk"), m.end("spk"), m.group("verb").split()[-1]) for m in _AF_NO_THAT.finditer(text)]
