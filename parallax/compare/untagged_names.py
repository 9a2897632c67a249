"""A surname speaker whose full name the entity model left untagged: "Oni told supporters" after "to defeat Segun
Oni of the SDP".

:func:`parallax.compare.speakers.is_named` takes a one-word speaker for a name only where the article tags a person
ending in it; a small English model misses many names it has not seen (Yoruba, Igbo, Hausa, Tamil names above
all), so "Oni" read as a description, compatible with anyone, and a quotation one report gave to the winner and
another to his rival ("Oni told supporters" / "Mr Oyebanji told supporters") was not flagged misattributed.  Here
the article's own text names the speaker in full: the word after a capitalised given name inside a sentence, that
given name no title ("Chief Oni", "Governor Oni" are roles) and neither word part of an organisation or a place the
model tagged ("Metropolitan Police", "Ekiti State"), and the word one the article never writes in lower case.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import HONORIFICS, TITLE_WORDS
from parallax.records import Article

_PERSON = ("PERSON", "PER")


def named_in_full(speaker: str, article: Article) -> bool:
    """Whether a one-word capitalised speaker stands in the article after a given name, mid-sentence, as a person's
    full name the model did not tag."""
    if not re.fullmatch(r"[A-Z][a-z]{1,20}", speaker) or speaker.lower() in TITLE_WORDS:
        return False
    if re.search(rf"\b{speaker.lower()}\b", article.text):
        return False  # a word the article also writes in lower case is a common noun ("Police" / "the police")
    others = [(e.start, e.end) for e in article.entities if e.label not in _PERSON]
    for m in re.finditer(rf"(?<=[a-z,] )([A-Z][a-z]{{1,20}}) {speaker}\b", article.text):
        given = m.group(1).lower()
        if given in TITLE_WORDS or given in HONORIFICS or given.rstrip(".") in HONORIFICS:
            continue
        if not any(a < m.end() and m.start() < b for a, b in others):
            return True
    return False
