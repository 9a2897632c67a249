"""Whose estimate a figure is, for any figure: two sides' estimates are two facts, not one given twice.

:mod:`.crowds` keeps the police's and the organisers' counts of a crowd apart.  The same holds for any figure the
two sides of a dispute each put out: a strike's following ("El seguimiento fue del 80%, según los sindicatos" / "del
20%, según el Gobierno"), the number of strikers, a protest's turnout.  An outlet that gives only the unions' figure
does not contradict one that gives only the government's; the same side's figure changed still does.

Here a figure's estimator must be cited as its source, not merely named in its clause (a crowd's clause is about its
count, but "Police arrested 12 people" names the police as the actor, not as the source of the 12): a source phrase
before the figure's clause ("Según el Gobierno, el 20% ...", "According to the unions, 80% ..."), a source phrase or
a verb of saying in its clause ("20% according to the government", "80%, según los sindicatos", "the unions said
80%").  The sides are :data:`.crowds._ESTIMATORS`' two, the authorities and the organisers (the unions among them),
in en, de, fr, es, it, pt, nl, pl.  A figure whose cited side differs from that of every figure of its kind (a
share, or a count) in the other sentence that cites one is left out of the comparison; a figure citing none, or
facing one that cites none, stays comparable.
"""

from __future__ import annotations

import re

from parallax.compare.crowds import _BOUNDARY, _ESTIMATOR, _SOURCE_AFTER, _SOURCE_BEFORE
from parallax.compare.estimate_verbs import verb_side, verb_side_after
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Quantity, Sentence


def cited_side(art: Article, s: Sentence, q: Quantity) -> str | None:
    """The side ("authorities", "organisers") the sentence cites as the source of ``q``, or None."""
    text = art.text
    lo = s.start
    for m in re.finditer(rf"{_BOUNDARY.pattern}|,", text[s.start : q.start], re.I):
        lo = s.start + m.end()
    if lo > s.start and text[lo - 1] == "," and (m := _SOURCE_BEFORE.search(text, s.start, lo)):
        return _side(m.group())  # "Según el Gobierno, el paro fue secundado por el 20%"
    if m := _SOURCE_AFTER.search(text, lo, q.start):
        return _side(m.group())  # "the unions said 80% of workers"
    hi = s.end
    if b := _BOUNDARY.search(text, q.end, s.end):
        hi = b.start()
    if m := _SOURCE_AFTER.search(text, q.end, hi):
        return _side(m.group())  # "80%, según los sindicatos", "20% according to the government"
    # "Los sindicatos lo cifraron en el 80%", "80% of workers joined, the unions estimated" (:mod:`.estimate_verbs`)
    return verb_side(text, lo, q.start) or verb_side_after(text, q.end, s.end)


def _side(source: str) -> str | None:
    e = _ESTIMATOR.search(source)
    return e.lastgroup if e else None


def _figures(art: Article, s: Sentence) -> list[tuple[int, bool, str | None]]:
    """(start, is a share, cited side) of each figure of the sentence."""
    return [(q.start, q.unit == "%", cited_side(art, s, q)) for q in starting_in(art.quantities, s) if q.value is not None]


def cited_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the figures of each sentence that the other's figures of their kind, all cited to the other
    side, leave nothing to compare with (see the module)."""
    sides = [_figures(art_a, sa), _figures(art_b, sb)]
    out: tuple[set[int], set[int]] = (set(), set())
    for i in (0, 1):
        for start, share, mine in sides[i]:
            theirs = [e for _, other_share, e in sides[1 - i] if other_share == share]
            if mine and theirs and all(e and e != mine for e in theirs):
                out[i].add(start)
    return out
