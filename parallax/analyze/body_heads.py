"""Words for the head of a body, read only where "of" and the body follow them, before the person's name.

"il leader della Fiom Michele De Palma", "el líder de CCOO Unai Sordo", "o chefe da PSP Luís Carrilho": the
role, "of" and the body come before the person, and the speaker is the name after the body.  The titles'
lexicon (:data:`parallax.analyze.titles.TITLE_WORDS`) holds no "leader": the word is also the English noun
that every reader of that lexicon would then take for a title (word choices, negations, ages), and an
Italian "leader" or a Spanish "jefe" before a bare name is rarer than before a body.  So these words count
as a role only where a body follows them: where a name's start is looked for past "<role> della <Body>"
(:mod:`parallax.analyze.entities`, :mod:`parallax.analyze.quotes.name_after_role`).
"""

from __future__ import annotations

import re

from parallax.analyze.titles import TITLE_WORDS

# the head of a party, a union, a force, a group: it, es, pt, ca, fr, en (none of the titles' lexicon, which already
# holds "dirigente")
_HEADS = frozenset({
    "leader", "capo", "capa", "líder", "lider", "jefe", "jefa", "chefe", "patron", "patronne",
    "head", "boss",
})  # fmt: skip

ROLES_OF_A_BODY = frozenset(TITLE_WORDS | _HEADS)

# the head's word, then "of" (with its article) closing the words before the body: "il leader della ", "el líder de "
_HEAD_OF = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(_HEADS, key=len, reverse=True))})\s+"
    r"(?:of(?:\s+the)?|d[ei]|del(?:l[oae']|gli)?|dei|de(?:\s+la|\s+los|\s+las)?|d[oa]s?|du|des)\s+(?:(?-i:[A-Z]{2,6})\s*)?\Z",
    re.I,
)


def heads_a_body(words: str) -> bool:
    """Whether the lower-case words before a name end on a head's word and "of", so that a body's name comes next
    ("Per il leader della Filt Marco Bianchi «…»": the leader of the Filt union, the view Marco Bianchi's), or on the body's
    acronym ("el líder de CCOO ")."""
    return bool(_HEAD_OF.search(words))
