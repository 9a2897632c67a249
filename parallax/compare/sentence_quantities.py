"""The quantities of one sentence of a report, found without reading the report's others.

A comparison reads a sentence's counts (:func:`parallax.compare.numbers.numbers`) for each sentence of a report and
again for each pair of sentences it weighs; each read filtered every quantity of the report for the ones inside the
sentence, so reading all of a long report's sentences took time quadratic in its length.  The quantities are sorted by
where they start once per list (held while that list is alive and unchanged in length) and a sentence's are cut out
by bisection, in the report's order.
"""

from __future__ import annotations

from bisect import bisect_left

from parallax.records import Article, Quantity, Sentence

_MOST_HELD = 64  # lists of quantities held at once (a comparison's reports); the table is emptied when it is full
# id of a report's list of quantities -> (that list, its length then, the starts in order, the indices in that order)
_HELD: dict[int, tuple[list[Quantity], int, list[int], list[int]]] = {}


def _sorted_starts(quantities: list[Quantity]) -> tuple[list[int], list[int]]:
    held = _HELD.get(id(quantities))
    if held is None or held[0] is not quantities or held[1] != len(quantities):
        if len(_HELD) >= _MOST_HELD:
            _HELD.clear()
        order = sorted(range(len(quantities)), key=lambda i: quantities[i].start)
        held = (quantities, len(quantities), [quantities[i].start for i in order], order)
        _HELD[id(quantities)] = held
    return held[2], held[3]


def quantities_in(art: Article, s: Sentence) -> list[Quantity]:
    """The quantities of ``art`` that start inside ``s``, in the order of ``art.quantities``."""
    starts, order = _sorted_starts(art.quantities)
    inside = order[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
    return [art.quantities[i] for i in sorted(inside)]
