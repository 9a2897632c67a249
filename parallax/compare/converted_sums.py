"""A sum converted into another currency is an estimate: "$1.5 billion, or 125 billion rupees", "15億ドル（2250億円）".

A report that gives a sum in two currencies converts one into the other at some rate and rounds it, often with
no "about": "The damage was put at $1.5 billion, or 125 billion rupees" beside a Hindi report's source figure
"12,400 करोड़ रुपये" was a rupee conflict, though the two outlets agree on the sum (the dollar figure, which each
gives).  The second of two sums in one sentence, in another currency, joined to the first by a bracket or by
"or" (in the languages read), is compared as "about" that figure is (:func:`.hedges.about_slack`): a rounded
conversion fits, a figure well apart is still a conflict.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.money import is_money
from parallax.compare.hedges import Bound, about_slack
from parallax.records import Quantity

# what stands between a sum and its conversion: an opening bracket ("$1.5 billion (225 billion yen)", "15억 달러(약 2조
# 원)"), "or" after a comma or alone ("$1.5 billion, or about 125 billion rupees", "1,5 مليار دولار أو ما يعادل"),
# "equivalent to", and the words of "about" or a currency sign before the figure; no figure between them
_JOIN = re.compile(
    r"[^\d\n]{0,24}?(?:[(（\[]|(?<![\w\u0900-\u097f])(?:or|ou|o|oder|of|eller|lub|или|أو|او|یا|या|또는|即|或)(?![\w\u0900-\u097f])"
    r"|(?<![\w\u0900-\u097f])(?:equivalent to|equal to|worth|ما يعادل|معادل|बराबर|相当于|相當於|相当))[^\d\n]{0,16}\Z",
    re.I,
)


def converted(text: str, q: Quantity, sentence_sums: list[Quantity]) -> bool:
    """Whether the sum ``q`` is a conversion of the sum before it in its sentence (``sentence_sums``, in the order of
    the text): both money, in two currencies, joined by a bracket or an "or" with no other figure between."""
    if not q.unit or not is_money(q.unit):
        return False
    before = [s for s in sentence_sums if s.end <= q.start and s.unit and is_money(s.unit)]
    if not before or before[-1].unit == q.unit or q.start - before[-1].end > 40:
        return False
    return bool(_JOIN.match(text, before[-1].end, q.start))


def estimate(bound: Bound) -> Bound:
    """An exact figure's bound widened as "about" widens it; a hedged one (already a range or a bound) as it is."""
    v, lo, hi = bound
    if not (lo == v == hi):
        return bound
    slack = about_slack(v)
    return v, v - slack, v + slack
