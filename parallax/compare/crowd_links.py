"""Sentences that give one crowd's size two ways, joined into one fact so that the figures are compared.

"Police estimated the crowd at 5,000." and "According to police, some 4,000 people marched through the
centre, chanting against the toll." size one crowd, yet the sentences say different things around the
figure and meaning alone does not pair them; the count comparison (:mod:`parallax.compare.conflicts`) reads
only aligned sentences.  As :func:`parallax.compare.money_links.money_links` does for a sum, a crowd count
(:func:`parallax.compare.roles.role` "crowd") links where it is each article's only crowd figure from one
estimator (:func:`parallax.compare.crowds.estimator`: the authorities, the organisers): the police's figure
meets the police's, the organisers' the organisers'; two figures that name no estimator meet where each is
its article's only crowd figure that names none.  A figure that names none meets a named one only where each
is its article's only crowd figure at all: an outlet that gives one unnamed figure beside another's police
and organisers' figures may be giving either.  And only where two reports of one crowd may differ, within a
factor of two and a half (5,000 and 4,000; 500 and 50,000 are two gatherings).  A crowd in a sentence about
another occasion ("last year's march drew 3,000") or a running total (:mod:`.totals`) links nothing.  Only
figures that disagree link (agreeing ones are left to the alignment).
"""

from __future__ import annotations

import math

from parallax.analyze.quantities import approximate_range
from parallax.compare.crowds import estimator
from parallax.compare.duration_links import another_occasion
from parallax.compare.roles import role
from parallax.compare.totals import apart
from parallax.records import Article

_CLOSE = 2.5  # the most one report of a crowd's size exceeds another's

Figure = tuple[int, float, str | None]  # (sentence, value, estimator)


def crowd_figures(art: Article) -> list[Figure]:
    """The article's crowd figures of the event, with their estimators (see the module)."""
    out = []
    for q in art.quantities:
        if q.value is None or q.value <= 0 or role(art.text, q) != "crowd":
            continue
        if (vague := approximate_range(q.text, q.value, art.language)) and vague[1] == math.inf:
            continue  # "Thousands of people marched": a floor read from a word, no one's estimate of the crowd
        si = art.sentence_of(q.start)
        if si < 0:
            continue
        s = art.sentences[si]
        if apart(art, s, q) or another_occasion(art, s):
            continue
        out.append((si, q.value, estimator(art, s, q)))
    return out


def _only(figures: list[Figure], who: str | None) -> Figure | None:
    """The article's one figure from ``who`` (one value, however often given), or None."""
    mine = [f for f in figures if f[2] == who]
    return mine[0] if mine and len({v for _, v, _ in mine}) == 1 else None


def _close(x: float, y: float) -> bool:
    return x != y and max(x, y) <= _CLOSE * min(x, y)


def _pairs(here: list[Figure], there: list[Figure]) -> list[tuple[int, int]]:
    """The sentences of the crowd figures two articles give differently (see the module)."""
    out = []
    for who in {f[2] for f in here} & {f[2] for f in there}:
        if (x := _only(here, who)) and (y := _only(there, who)) and _close(x[1], y[1]):
            out.append((x[0], y[0]))
    if not out and len({v for _, v, _ in here}) == 1 and len({v for _, v, _ in there}) == 1:
        (si, x, p), (sj, y, r) = here[0], there[0]
        if (p is None) != (r is None) and _close(x, y):
            out.append((si, sj))  # one figure each, one of them unnamed
    return out


def crowd_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) that give one crowd's size differently (see the module)."""
    found = [crowd_figures(art) for art in articles]
    links = []
    for i, here in enumerate(found):
        for j in range(i + 1, len(found)):
            if here and found[j]:
                links += [((i, si), (j, sj)) for si, sj in _pairs(here, found[j])]
    return links
