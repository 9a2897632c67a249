"""A date that one sentence pair of a fact disagrees on, met by another sentence of the same fact.

A fact may hold two sentences of one report beside one of another: "Holloway was convicted at Bristol Crown Court
last month" and "Mehta was attacked in his shop on 14 March" against "Holloway stabbed Mehta in his shop in March".
Compared pair by pair, "last month" (the conviction) and "in March" (the attack) read as two dates of one event, and
the fact showed a date conflict though the report gives the attack's month in its other sentence.  Where another
sentence of the fact from the same report names a day or month that the other side's date meets, that side's date
is told by both and the pair's disagreement is about two events: the date conflict is left out.  A bare year meets
too much to count.
"""

from __future__ import annotations

from parallax.compare.dates import DateValue, date_values
from parallax.records import Article, Conflict, Sentence


def _meets(a: list[DateValue], b: list[DateValue]) -> bool:
    """Whether a named day or month of one side falls within or around a named one of the other."""
    return any(
        x[2] and y[2] and len(x[0] or "") > 4 and len(y[0] or "") > 4 and x[1][0] <= y[1][1] and y[1][0] <= x[1][1] for x in a for y in b
    )


def date_met_elsewhere(
    conflict: Conflict, art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, more_a: list[Sentence], more_b: list[Sentence]
) -> bool:
    """Whether another sentence of the fact from b (``more_b``) names a date that meets one of ``sa``'s in the
    ``conflict``, or one from a (``more_a``) a date that meets one of ``sb``'s. Only the dates in dispute count:
    a statement's day the other sentence also gives ("said on Thursday") settles no date of the event."""
    va = [x for x in date_values(art_a, sa) if x[0] in conflict.values.get(art_a.id, [])]
    vb = [y for y in date_values(art_b, sb) if y[0] in conflict.values.get(art_b.id, [])]
    return any(_meets(va, date_values(art_b, s)) for s in more_b) or any(_meets(vb, date_values(art_a, s)) for s in more_a)


def without_dates_met(
    found: list[Conflict], art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, more_a: list[Sentence], more_b: list[Sentence]
) -> list[Conflict]:
    """``found`` without the date conflicts where :func:`date_met_elsewhere`."""
    if not any(c.kind == "date" for c in found) or not (more_a or more_b):
        return found
    return [c for c in found if c.kind != "date" or not date_met_elsewhere(c, art_a, sa, art_b, sb, more_a, more_b)]
