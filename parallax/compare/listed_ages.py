"""Two people's ages in one phrase: "u dobi od 71 i 74 godine" / "71 und 76 Jahre alt".

:mod:`.ages` compares an age beside a name, :mod:`.unnamed_ages` one person described by a noun and an age.  A
report on two people of one story often names neither and gives both ages at once ("the driver and his passenger,
aged 71 and 74"); two aligned sentences that each do so speak of the same two people.  Where each sentence holds
exactly two ages, joined by "and" (:mod:`parallax.analyze.quantities.age_lists`), one age agrees and the other
differs ("71 and 74" / "71 and 76"), the one that differs is a conflict.  Two lists with no age in common may be
two other pairs of people, so they are left alone, as are lists of another length.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities import AGE
from parallax.analyze.quantities.age_lists import AND
from parallax.records import Article, Sentence

_JOINED = re.compile(rf"[ \u00a0]+{AND}[ \u00a0]+")


def _pair(art: Article, s: Sentence) -> tuple[float, float] | None:
    """The two ages of sentence ``s`` where it holds exactly two, joined by "and"."""
    ages = [q for q in art.quantities if q.unit == AGE and q.value is not None and s.start <= q.start < s.end]
    if len(ages) != 2 or not _JOINED.fullmatch(art.text, ages[0].end, ages[1].start):
        return None
    return float(ages[0].value), float(ages[1].value)  # type: ignore[arg-type]


def listed_age_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, float, float]]:
    """("2 people", age in a, age in b) where two aligned sentences each give two ages joined by "and" and exactly
    one of them differs (see the module)."""
    pa, pb = _pair(art_a, sa), _pair(art_b, sb)
    if pa is None or pb is None or sorted(pa) == sorted(pb):
        return []
    only_a, only_b = [x for x in pa if x not in pb], [x for x in pb if x not in pa]
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    return [("2 people", only_a[0], only_b[0])]
