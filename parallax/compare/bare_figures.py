"""A figure one sentence gives with its noun that the other gives with none is the same figure, and no dispute.

A vote told by its sides writes the noun once: "Für den Entwurf stimmten 368 Abgeordnete, 312 stimmten dagegen" and
the other report's "312 Abgeordnete stimmten mit Nein" give the same 312, yet the count of deputies was 368 on one
side and 312 on the other, a conflict of the yes against the no.  Where every figure of one side stands in the other
sentence as a bare figure (no noun, no role: :func:`.numbers.numbers` keys it None), the two sentences share it, and
what is left is two different counts told once each.  A figure that labels a thing, "Route 14", "Artikel 5", "A-7",
"Flug 4U 9525", comes right after a capitalised word or a hyphen and counts nothing: it settles no count
("Der Brand tötete 12 Menschen an der Route 14" / "tötete 14 Menschen" stays a conflict).
"""

from __future__ import annotations

import re

from parallax.records import Article, Sentence

# a label before a figure: a capitalised word or a hyphen right before it ("Route 14", "A-7", "Nr. 5")
_LABEL_BEFORE = re.compile(r"(?:\b[A-ZÄÖÜÀ-Ý][\w.]*+[ \u00a0]|-)\Z")


def told_bare(values: list[float], art: Article, s: Sentence, held: dict) -> bool:
    """Whether each of ``values`` stands in ``s`` of ``art`` as a bare figure (``held`` is the sentence's counts as
    :func:`.numbers.numbers` keys them) that labels nothing."""
    bare = set().union(*held.get(None, {}).values()) if None in held else set()
    figures = {b[0] for b in bare}
    if not values or not all(v in figures for v in values):
        return False
    for q in art.quantities:
        if s.start <= q.start < s.end and q.value in values and _LABEL_BEFORE.search(art.text, max(s.start, q.start - 30), q.start):
            return False
    return True
