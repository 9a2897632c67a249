"""The workforce of a site that closes is the jobs its closure costs: "The Vierzac plant, which employs 460 workers, will
close in March" / "The plant's closure in March will cost 640 jobs".

:mod:`.job_cuts` reads a workforce ("the plant employs 1,200 workers") as no cut, on purpose: a firm that
cuts 300 of its 1,200 posts keeps the rest.  But where the sentence that gives the workforce also closes the
site (close, closure, shut, "Schließung", "fermeture", "cierre", "chiusura"), every one of those posts goes,
and the count is the cut another outlet gives as jobs lost.  Read in the sentence, not the clause: the
workforce is most often told in a relative clause between commas, apart from the verb of closing.  A closure
of a part ("will close one of its two lines", "close its paint shop") is not told apart: see :data:`_PART`.
"""

from __future__ import annotations

import re

from parallax.compare.figure_sentence import sentence_around
from parallax.records import Quantity

# a verb of employing right before the count ("which employs 460 workers", "mit 460 Beschäftigten", "qui emploie 460")
_EMPLOYS = re.compile(
    r"(?<!\w)(?:employ(?:s|ed|ing)?|(?:with|has|had|have)\s+a\s+(?:work\s*force|staff)\s+of|beschäftigt(?:e|en)?|emploi(?:e|ent|ait)"
    r"|emple(?:a|an|aba)|impieg(?:a|ano|ava)|emprega(?:m|va)?|werkgelegenheid\s+biedt\s+aan)"
    r"(?:\s+(?:about|around|some|nearly|almost|more\s+than|over|rund|etwa|environ|près\s+de|unos|cerca\s+de|circa))?\s*+\Z",
    re.I,
)
# the site closing, in the count's sentence
_CLOSE = re.compile(
    r"(?<!\w)(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting|down)?|schließ\w*|schliess\w*|geschlossen|fermer\w*|fermeture|ferme"
    r"|cierr\w*|cerrar\w*|cerrará|chiusura|chiuder\w*|chiude|encerra\w*|fechar\w*|sluit\w*|sluiting|gesloten)(?!\w)",
    re.I,
)
# a part of the site closed: its posts are not all the workforce's
_PART = re.compile(r"(?<!\w)(?:one\s+of|part\s+of|some\s+of|line|lines|unit|units|department|division|shop|wing|ward)(?!\w)", re.I)


def closing_workforce(text: str, q: Quantity) -> bool:
    """Whether ``q`` (a count of workers) is the workforce of a site its sentence closes (see the module)."""
    lead = text[max(0, q.start - 60) : q.start]
    if not _EMPLOYS.search(lead):
        return False
    before, after = sentence_around(text, q.start, q.end, 300)
    sentence = before + text[q.start : q.end] + after
    return bool(_CLOSE.search(sentence)) and not _PART.search(sentence)
