"""A company's sales and its profit are two sums: a sum whose clause names one is not compared with the other's.

"Revenue rose 8% to €4.1bn, while net profit fell 3% to €610m" against "El beneficio neto cayó un 3%, hasta 650
millones de euros": aligned on the profit, the pair also set the revenue's €4.1bn against the profit's €650m, and the
conflict listed both sums.  :mod:`.share_kinds` reads the kind a percentage's clause names; a sum's clause names its
kind the same way ("Revenue ... to €4.1bn", "net profit fell 3% to €610m", "Der Umsatz stieg ... auf 4,1 Milliarden
Euro").  A sum whose clause names the sales or the profit, against a sentence that names the other of the two and not
its own, is set apart: revenue is never compared with profit.  A sentence that names neither ("to 650 million euros")
keeps every sum: it may be either.
"""

from __future__ import annotations

from parallax.analyze.quantities.money import is_money
from parallax.compare.share_kinds import figure_kinds, kinds_named, writes
from parallax.records import Article, Sentence

_RESULTS = frozenset({"sales", "profit"})


def sum_kinds_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the sums of each sentence whose clause names a result the other sentence does not (see the module)."""
    out: tuple[set[int], set[int]] = (set(), set())
    if not all(writes(a.language) for a in (art_a, art_b)):
        return out
    named = [kinds_named(s.text) & _RESULTS for s in (sa, sb)]
    for i, (art, s) in enumerate(((art_a, sa), (art_b, sb))):
        if not named[1 - i]:
            continue
        for q in art.quantities:
            if s.start <= q.start < s.end and q.value is not None and q.unit and is_money(q.unit):
                kinds = figure_kinds(art, s, q) & _RESULTS
                if kinds and not kinds & named[1 - i]:
                    out[i].add(q.start)
    return out
