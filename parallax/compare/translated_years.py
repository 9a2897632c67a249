"""Years of one act told in two languages ("Il ponte era stato inaugurato nel 1968" / "Die 320 Meter lange Brücke
war 1986 eröffnet worden").

:mod:`.years` compares the years of two sentences only where the words of their clauses show one act, which two
languages cannot show.  What can be read without understanding either language stands in here: the sentences
were aligned as one fact, each dates its act by exactly one year and holds no other year, and they share
something besides, a figure ("320 metri" / "320 Meter") or a name, so that the alignment rests on more than the
topic.  A sentence with two years ("built in 1968 and renovated in 2015") is left alone: which of them the other
language's one year stands for is not known.
"""

from __future__ import annotations

from parallax.compare.sentence_items import starting_in
from parallax.letters import fold
from parallax.records import Article, Sentence


def _years(art: Article, s: Sentence) -> set[str]:
    return {t.value for t in starting_in(art.times, s) if t.granularity == "year" and t.value}


def _anchors(art: Article, s: Sentence, years: set[str]) -> set[str]:
    """The sentence's figures (by value, years left out) and names (folded)."""
    figures = {repr(float(q.value)) for q in starting_in(art.quantities, s) if q.value is not None and q.text not in years}
    names = {fold(e.canonical or e.text) for e in starting_in(art.entities, s)}
    return figures | names


def translated_year_conflicts(
    art_a: Article, sa: Sentence, acts_a: list[tuple[str, frozenset[str]]], art_b: Article, sb: Sentence, acts_b: list[tuple[str, frozenset[str]]]
) -> list[tuple[str, str]]:
    """(year in a, year in b) where two aligned sentences in two languages each date their act by one year alone,
    share a figure or a name, and give different years; ``acts_a``/``acts_b`` are their years that date an act."""
    if len(acts_a) != 1 or len(acts_b) != 1:
        return []
    (year_a, _), (year_b, _) = acts_a[0], acts_b[0]
    ya, yb = _years(art_a, sa), _years(art_b, sb)
    if ya != {year_a} or yb != {year_b} or year_a == year_b:
        return []
    if not _anchors(art_a, sa, ya) & _anchors(art_b, sb, yb):
        return []
    return [(year_a, year_b)]
