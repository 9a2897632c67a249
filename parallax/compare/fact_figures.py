"""A figure that one sentence pair of a fact disagrees on, each side's value told by the other report in the fact.

One report may put two figures in two sentences ("lowered its inflation forecast to 2.6% from 3.1%"; "raised its
growth projection to 7.3% from 6.8%") that another gives in one ("expects inflation of 2.6%, compared with 3.1%
earlier, and growth of 7.3%, up from 6.8%").  Compared pair by pair, the inflation sentence against the joined one
set 3.1% against 7.3% and the fact showed a number conflict, though each report states both figures.  Where every
value of each side of a number conflict is a figure the other report writes in the fact's sentences, and one of
them only in a sentence other than the pair's, the pair matched two parts of one fact: the conflict is left out.
A pair alone keeps its conflicts ("to 7.3% from 6.8%" / "to 6.8% from 7.3%" swaps the figures).
"""

from __future__ import annotations

from parallax.compare.numbers import in_sentence
from parallax.records import Article, Conflict, Sentence


def _figures(art: Article, sentences: list[Sentence]) -> list[float]:
    return [q.value for q in art.quantities if q.value is not None and any(in_sentence(s, q.start) for s in sentences)]


def _told(values: list, figures: list[float]) -> bool:
    return all(isinstance(v, int | float) and any(abs(v - f) <= 1e-9 * max(1.0, abs(f)) for f in figures) for v in values)


def without_figures_told(
    found: list[Conflict], art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, more_a: list[Sentence], more_b: list[Sentence]
) -> list[Conflict]:
    """``found`` without the number conflicts whose values the other report tells in the fact (see the module)."""
    if not (more_a or more_b) or not any(c.kind == "number" for c in found):
        return found
    pair_a, pair_b, rest_a, rest_b = _figures(art_a, [sa]), _figures(art_b, [sb]), _figures(art_a, more_a), _figures(art_b, more_b)
    out = []
    for c in found:
        va, vb = c.values.get(art_a.id, []), c.values.get(art_b.id, [])
        if c.kind == "number" and va and vb and _told(va, pair_b + rest_b) and _told(vb, pair_a + rest_a):
            if not (_told(va, pair_b) and _told(vb, pair_a)):  # one of them only elsewhere in the fact
                continue
        out.append(c)
    return out
