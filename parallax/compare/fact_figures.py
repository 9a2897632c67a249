"""A figure one sentence pair of a fact disagrees on, which the fact's other sentences (or both whole reports)
settle, is no dispute.

Conflicts are found sentence pair by sentence pair, but a fact may hold two sentences of one report.

* Each side's value told by the other report in the fact (:func:`without_figures_told`, any figure): one report
  puts two figures in two sentences ("lowered its inflation forecast to 2.6% from 3.1%"; "raised its growth
  projection to 7.3% from 6.8%") that another gives in one ("expects inflation of 2.6%, compared with 3.1% earlier,
  and growth of 7.3%, up from 6.8%"); pair by pair, the inflation sentence against the joined one set 3.1% against
  7.3%. Where every value of each side is a figure the other report writes in the fact's sentences, and one of them
  only in a sentence other than the pair's, the pair matched two parts of one fact. A pair alone keeps its
  conflicts ("to 7.3% from 6.8%" / "to 6.8% from 7.3%" swaps the figures).  Lengths of time count alike: "La
  fiscalía había pedido 25 años" against "condenó a 23 años" in a fact where each report also tells the other's
  length ("condenado a 23 años", "La Fiscalía solicitaba 25 años") is two parts of one verdict, no dispute.
* One side's share or sum told by the other report in the fact (:func:`settled_in_fact`): "No mês, os preços
  subiram 0,31%." and "O grupo de alimentos e bebidas teve alta de 0,52%" against "Alimentos e bebidas subiram
  0,52% no mês."; the pair of the first and the third read 0.31% against 0.52% though the first report gives 0.52%
  in the fact too. And where each report gives the other's share or sum somewhere in its text ("4,2% no acumulado
  de 12 meses" against "subiu 0,31% em outubro", while the first report says "os preços subiram 0,31%" and the
  second "recuou para 4,2%"), the pair tells two figures both outlets agree on: it was aligned on shared words.
  Counts of a noun are settled across whole reports by :mod:`.stated_elsewhere`, which leaves shares and sums out
  because one report gives many of them; here they are read within the fact, where a report gives few.  Where each
  side's figure is the other's within the fact's own sentences, the figures were swapped ("Labour 41%, the
  Conservatives 33%" / "the Conservatives 41% and Labour 33%", :mod:`.party_shares`): that conflict stays.
"""

from __future__ import annotations

from parallax.compare.numbers import in_sentence
from parallax.comparison_records import Conflict
from parallax.records import Article, Sentence


def _values_in(art: Article, sentences: list[Sentence], unit: str | None = None) -> list[float]:
    """The figures ``art`` gives in ``sentences`` (in ``unit`` where one is given)."""
    return [
        q.value
        for q in art.quantities
        if q.value is not None and (unit is None or q.unit == unit) and any(in_sentence(s, q.start) for s in sentences)
    ]


def _lengths_in(art: Article, sentences: list[Sentence]) -> list[str]:
    """The lengths of time ``art`` gives in ``sentences`` ("P25Y"), as a duration conflict writes them."""
    return [t.value for t in art.times if t.value and t.value.startswith("P") and any(in_sentence(s, t.start) for s in sentences)]


def _told(values: list, figures: list) -> bool:
    """Whether every one of ``values`` (at least one) is one of ``figures`` (a number, or a length "P25Y")."""
    def one(v: object) -> bool:
        if isinstance(v, str):
            return v in figures
        return isinstance(v, int | float) and any(isinstance(f, int | float) and abs(v - f) <= 1e-9 * max(1.0, abs(f)) for f in figures)

    return bool(values) and all(one(v) for v in values)


def without_figures_told(
    found: list[Conflict], art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, more_a: list[Sentence], more_b: list[Sentence]
) -> list[Conflict]:
    """``found`` (one pair's conflicts) without the number conflicts whose values the other report tells in the
    fact's other sentences ``more_a``, ``more_b`` (see the module)."""
    if not (more_a or more_b) or not any(c.kind == "number" for c in found):
        return found
    pair_a, pair_b = [*_values_in(art_a, [sa]), *_lengths_in(art_a, [sa])], [*_values_in(art_b, [sb]), *_lengths_in(art_b, [sb])]
    rest_a, rest_b = [*_values_in(art_a, more_a), *_lengths_in(art_a, more_a)], [*_values_in(art_b, more_b), *_lengths_in(art_b, more_b)]
    out = []
    for c in found:
        va, vb = c.values.get(art_a.id, []), c.values.get(art_b.id, [])
        if c.kind == "number" and _told(va, pair_b + rest_b) and _told(vb, pair_a + rest_a):
            if not (_told(va, pair_b) and _told(vb, pair_a)):  # one of them only elsewhere in the fact
                continue
        out.append(c)
    return out


def _is_share_or_sum(unit: str | None) -> bool:
    """Shares ("%") and sums ("EUR", "$"): the units :mod:`.stated_elsewhere` leaves out."""
    return bool(unit) and not (unit.isalpha() and unit.islower())


def settled_in_fact(conflicts: list[Conflict], articles: list[Article], members: list[tuple[int, int]]) -> list[Conflict]:
    """A fact's ``conflicts`` without the number conflicts of a share or a sum that the fact, where it holds more
    than one sentence pair, or both whole reports settle (see the module)."""
    by_id = {a.id: (ai, a) for ai, a in enumerate(articles)}
    out = []
    for c in conflicts:
        sides = list(c.values.items())
        if c.kind != "number" or not _is_share_or_sum(c.unit) or len(sides) != 2 or not all(k in by_id for k, _ in sides):
            out.append(c)
            continue
        (ka, va), (kb, vb) = sides
        (ia, art_a), (ib, art_b) = by_id[ka], by_id[kb]
        fact_a = [art_a.sentences[si] for ai, si in members if ai == ia]
        fact_b = [art_b.sentences[si] for ai, si in members if ai == ib]
        if len(fact_a) + len(fact_b) > 2 and (_told(vb, _values_in(art_a, fact_a, c.unit)) or _told(va, _values_in(art_b, fact_b, c.unit))):
            continue  # one side's figures are all the other's too, in another sentence of this fact
        swapped = _told(va, _values_in(art_b, fact_b, c.unit)) and _told(vb, _values_in(art_a, fact_a, c.unit))
        if not swapped and _told(va, _values_in(art_b, art_b.sentences, c.unit)) and _told(vb, _values_in(art_a, art_a.sentences, c.unit)):
            continue  # each report gives the other's figure: two figures both tell, not one disputed
        out.append(c)
    return out
