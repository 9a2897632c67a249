"""One figure in two currencies: "a fine of $5m" / "a fine of £5m".

The count comparison (:mod:`.numbers`) sets two sums against each other only in one currency, so the same
figure under two signs was one shared fact.  It is not: a sum converted into another currency comes out as
another figure (5 million dollars are about 4 million pounds), so the same figure in two currencies means that
one outlet wrote the wrong sign or the two sums are not one, and a reader wants to see it.  Two aligned
sentences whose sums are each in one currency, the two currencies different, and which give one same figure
are a ``number`` conflict, its two units shown.

Dollars are left alone: "$" is the US dollar for the wire agencies but every dollar (and the peso, the real)
for its own country's press, so "$5m" / "A$5m" may be one sum written two ways.  And only currencies written
one way are compared: the signs "$", "€", "£", "₹" and ISO codes ("CHF", "SEK"); a currency's word ("francs",
"kronor", "pesos") may be one of several currencies and "¥" is the yen and the yuan, so "CHF 5m" / "5 million
francs" and "CNY 5m" / "¥5m" say nothing.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.money import is_money
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Quantity, Sentence

# the currencies whose country's press may write the bare "$": a dollar of any country, the peso, the real
_DOLLAR_LIKE = frozenset({"peso", "real", "reai"})
# the signs of one currency each, as :mod:`parallax.analyze.quantities.money` writes them
_SIGNS = frozenset({"$", "€", "£", "₹"})
_CODE = re.compile(r"[A-Z]{3}")


def _sums(art: Article, s: Sentence) -> list[Quantity]:
    return [q for q in starting_in(art.quantities, s) if q.value and q.unit and is_money(q.unit)]


def _one_currency(unit: str) -> bool:
    """Whether ``unit`` names one currency only: a sign of :data:`_SIGNS`, a dollar with its country, an ISO code."""
    return unit in _SIGNS or unit.endswith("$") or bool(_CODE.fullmatch(unit))


def _dollar(unit: str) -> bool:
    return unit.endswith("$") or unit.lower() in _DOLLAR_LIKE


def currency_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[Quantity, Quantity]]:
    """The sums of two aligned sentences that give one figure in two currencies ("$5m" / "£5m"): each sentence's
    sums are all in one currency, not both dollars (:data:`_DOLLAR_LIKE`), and a figure of one is a figure of the
    other.  A sentence with sums in two currencies ("£5m ($6.3m)") is left alone: it converts them itself."""
    xa, xb = _sums(art_a, sa), _sums(art_b, sb)
    units_a, units_b = {q.unit for q in xa}, {q.unit for q in xb}
    if len(units_a) != 1 or len(units_b) != 1 or units_a == units_b:
        return []
    if not all(_one_currency(u) for u in units_a | units_b):
        return []
    if _dollar(next(iter(units_a))) and _dollar(next(iter(units_b))):
        return []
    return [(x, y) for x in xa for y in xb if x.value == y.value][:1]
