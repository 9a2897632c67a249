"""Each count's noun and role, a casualty word alone taking the kind of person counted before it in its sentence.

"загинули двоє робітників, ще 7 травмовані" counts seven injured workers (:func:`.count_nouns.of_the_group`);
the toll links (:mod:`.casualties`) and the counts under other nouns (:mod:`.renamed`) read the counts one by
one, so they read them through here to key them as :func:`parallax.compare.numbers.numbers` does.
"""

from __future__ import annotations

from parallax.compare.count_nouns import counted, of_the_group
from parallax.compare.roles import role
from parallax.records import Article, Quantity


def counted_nouns(art: Article, counts: list[Quantity], what_of=role) -> dict[int, tuple[str | None, str | None]]:
    """(noun, role) of each count by its ``id``, the counts in text order; ``what_of(text, q)`` gives the role."""
    out: dict[int, tuple[str | None, str | None]] = {}
    last: tuple[int, str | None] = (-1, None)  # the sentence and noun of the last count that wrote one
    for q in sorted(counts, key=lambda q: q.start):
        what = what_of(art.text, q)
        si = art.sentence_of(q.start)
        noun = of_the_group(counted(q.unit, what), q.unit, last[1] if last[0] == si else None)
        if q.unit is not None and q.unit.isalpha():
            last = (si, noun)
        out[id(q)] = (noun, what)
    return out
