"""A share or a sum that the other outlet gives in the same fact, or both outlets in their reports, is no dispute.

Conflicts are found sentence pair by sentence pair, but a fact may hold two sentences of one report: "No mês, os
preços subiram 0,31%." and "O grupo de alimentos e bebidas teve alta de 0,52%" against "Alimentos e bebidas subiram
0,52% no mês."; the pair of the first and the third read 0.31% against 0.52% though the first report gives 0.52% in
the fact too.  Within one sentence a figure both sides give is shared (:func:`.numbers.number_conflicts` pairs only
the figures left); this reads the fact's sentences of each report as one, for shares and sums
(:mod:`.stated_elsewhere` settles counts of a noun across a whole report, and leaves shares and sums out because one
report gives many of them).

And where each report gives the other's figure somewhere in its text ("4,2% no acumulado de 12 meses" against "subiu
0,31% em outubro", while the first report says "os preços subiram 0,31%" and the second "recuou para 4,2%"), the two
sentences tell two figures that both outlets agree on: the pair was aligned on its shared words, not one claim.
"""

from __future__ import annotations

from parallax.compare.numbers import in_sentence
from parallax.comparison_records import Conflict
from parallax.records import Article


def _is_share_or_sum(unit: str | None) -> bool:
    """Shares ("%") and sums ("EUR", "$"): the units :mod:`.stated_elsewhere` leaves out."""
    return bool(unit) and not (unit.isalpha() and unit.islower())


def _figures(art: Article, unit: str, sentences: list[int] | None) -> set[float]:
    """The values the report gives in ``unit``, in the sentences given (all where ``None``)."""
    spans = art.sentences if sentences is None else [art.sentences[i] for i in sentences]
    return {q.value for q in art.quantities if q.unit == unit and q.value is not None and any(in_sentence(s, q.start) for s in spans)}


def _within(values: list, figures: set[float]) -> bool:
    return bool(values) and all(isinstance(v, (int, float)) and any(abs(v - f) <= 1e-9 * max(1.0, abs(f)) for f in figures) for v in values)


def settled_in_fact(conflicts: list[Conflict], articles: list[Article], members: list[tuple[int, int]]) -> list[Conflict]:
    """The conflicts without the number conflicts of a share or a sum that the fact or both reports settle."""
    by_id = {a.id: (ai, a) for ai, a in enumerate(articles)}
    out = []
    for c in conflicts:
        sides = list(c.values.items())
        if c.kind != "number" or not _is_share_or_sum(c.unit) or len(sides) != 2 or not all(k in by_id for k, _ in sides):
            out.append(c)
            continue
        (ka, va), (kb, vb) = sides
        (ia, art_a), (ib, art_b) = by_id[ka], by_id[kb]
        in_a = _figures(art_a, c.unit, [si for ai, si in members if ai == ia])
        in_b = _figures(art_b, c.unit, [si for ai, si in members if ai == ib])
        if _within(vb, in_a) or _within(va, in_b):
            continue  # one side's figures are all the other's too, in this fact
        if _within(va, _figures(art_b, c.unit, None)) and _within(vb, _figures(art_a, c.unit, None)):
            continue  # each report gives the other's figure: two figures both tell, not one disputed
        out.append(c)
    return out
