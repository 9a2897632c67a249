"""The words that finish a figure rather than name a thing: the currency after "a million" ("a million euros") and
the span of a rate ("€1m a day", "300 dollars per month").

The number checks compare a figure with its unit and its rate; a word-level diff that pairs what stands beside two
figures pairs those words with each other ("euros" / "day": one report gives a sum, the other a sum a day), which
is no choice of words.  So a currency word or a unit of time in the two words after a quantity is blocked from the
word choices, as the quantity itself is.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.money import is_money
from parallax.analyze.quantities.units import singular
from parallax.compare.sentence_items import reaching_into
from parallax.records import Article

# units of time a rate is given per ("a day", "per year", "par jour", "pro Tag", "al mes", "al giorno")
_TIME_UNITS = frozenset(
    "second minute hour day week month year seconde heure jour semaine mois an année sekunde minute stunde tag woche "
    "monat jahr segundo minuto hora día semana mes año secondo giorno settimana mese anno".split()
)
_NEXT_WORDS = re.compile(r"\W*+(\w+)(?:\W++(\w+))?")


def unit_spans(art: Article, lo: int, hi: int) -> list[tuple[int, int]]:
    """The character spans (article offsets) of the currency and time-unit words in the two words after each
    quantity between ``lo`` and ``hi``."""
    lang = (art.language or "").split("-")[0].lower()
    out = []
    for q in reaching_into(art.quantities, lo - 1, hi):  # (those that end in the span among them: :mod:`.sentence_items`)
        if not lo <= q.end < hi:
            continue
        m = _NEXT_WORDS.match(art.text, q.end, hi)
        for group in (1, 2) if m else ():
            word = m.group(group)
            if word and word.islower() and _is_unit(word, lang):
                out.append((m.start(group), m.end(group)))
    return out


def _is_unit(word: str, lang: str) -> bool:
    base = singular(word, lang or None, after_number=True)
    return base in _TIME_UNITS or word in _TIME_UNITS or is_money(base) or is_money(word)
