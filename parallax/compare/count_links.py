"""Sentences that give one count of things two ways, joined into one fact so that the counts are compared.

"The hack exposed the records of 1.4 million patients" and "The files of 1.2 million patients were
stolen, bosses admitted" report one figure, yet the sentences say different things around it and meaning
alone does not pair them; the count comparison (:mod:`parallax.compare.conflicts`) reads only aligned
sentences.  As :func:`parallax.compare.casualties.casualty_links` does for a toll, a count links where it
is each article's only count of its noun, and only where two reports of one figure may differ: figures
that are not small (ten or more; "three hospitals" is often a part of "38 hospitals") and within half
again of each other (1.2 and 1.4 million; 3 and 38 are two things counted).  A count of people, a toll,
money, a share, a span of time or a measure is left to its own rules, and a sentence about another
occasion ("the 2019 breach hit 1.1 million patients") links nothing.  Only counts that disagree link.
"""

from __future__ import annotations

from parallax.analyze.quantities.money import is_money
from parallax.compare.count_nouns import NOT_COUNTS, PEOPLE, TIME_WORDS, counted
from parallax.compare.duration_links import another_occasion
from parallax.compare.roles import role
from parallax.compare.totals import apart
from parallax.compare.unit_names import unit_name
from parallax.letters import fold
from parallax.records import Article

_SMALL = 10  # below this, a count is as often a part of the whole as another report of it
_CLOSE = 1.5  # the most one report of a figure exceeds another's
_NO_THINGS = frozenset({"percent", "per", "cent", "pct", "point", "percentage", "time", "people", "other", "victim"})


def _counts(art: Article) -> dict[str, list[tuple[int, float]]]:
    """(sentence, value) of the article's counts of things, by noun (see the module)."""
    out: dict[str, list[tuple[int, float]]] = {}
    for q in art.quantities:
        if q.value is None or q.value < _SMALL or q.unit in NOT_COUNTS or not q.unit or q.unit in PEOPLE:
            continue
        noun = counted(q.unit, None)
        if not noun or not noun.isalpha() or len(noun) < 4 or noun in TIME_WORDS or noun in _NO_THINGS or is_money(noun):
            continue
        if unit_name(q.unit) != q.unit or role(art.text, q) is not None:
            continue  # a measure ("15 kilometres"), a casualty count (:mod:`.casualties`)
        si = art.sentence_of(q.start)
        if si < 0 or apart(art, art.sentences[si], q) or another_occasion(art, art.sentences[si]):
            continue
        out.setdefault(fold(noun), []).append((si, q.value))
    return out


def count_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) that give one count of things differently (see the module)."""
    found = [_counts(art) for art in articles]
    links = []
    for i, mine in enumerate(found):
        for j in range(i + 1, len(found)):
            for noun, here in mine.items():
                there = found[j].get(noun, [])
                if len({s for s, _ in here}) != 1 or len({s for s, _ in there}) != 1 or len(here) != 1 or len(there) != 1:
                    continue
                (si, x), (sj, y) = here[0], there[0]
                if x != y and max(x, y) <= _CLOSE * min(x, y):
                    links.append(((i, si), (j, sj)))
    return links
