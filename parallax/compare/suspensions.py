"""A prison term suspended in one report and to be served in another: "zwei Jahre auf Bewährung" / "deux ans ferme".

A verdict's length is compared as a duration (:mod:`.durations`); whether the term is suspended is said beside it, in
words of its own in each language ("auf Bewährung", "avec sursis", "con la condizionale", "pena suspendida"; "ohne
Bewährung", "ferme", "sin suspensión", "da scontare"; German, French, Spanish and Italian, also across them).  Two aligned sentences conflict where each says one of the two
of a term, and not the same one.  A report that does not say is silent: a trimmed "two years in prison" may leave the
suspension out, so only a term said to be served conflicts with one said to be suspended.
"""

from __future__ import annotations

import re

from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Sentence

# the words of a suspended term and of one to be served, read near the term's length
_SUSPENDED = re.compile(
    r"\bauf\s+Bewährung\b|\bBewährungsstrafe|\bzur\s+Bewährung\s+ausgesetzt"
    r"|\bavec\s+sursis\b"
    r"|\b(?:pena|condena)\s+(?:que\s+(?:quedó|queda|ha\s+quedado)\s+|fue\s+)?suspendida|\ben\s+suspenso\b|\bremisión\s+condicional"
    r"|\bcon\s+la\s+(?:sospensione\s+)?condizionale\b|\bpena\s+sospesa\b|\bsospensione\s+condizionale",
    re.I,
)
_SERVED = re.compile(
    r"\bohne\s+Bewährung\b"
    r"|\b(?:ans?|mois|prison|emprisonnement)\s+ferme\b|\bsans\s+sursis\b"  # (not "la ferme", the farm)
    r"|\bsin\s+(?:posibilidad\s+de\s+)?(?:suspensión|remisión)\b|\bde\s+cumplimiento\s+efectivo\b|\bprisión\s+efectiva\b"
    r"|\bsenza\s+(?:la\s+)?condizionale\b|\bda\s+scontare\b|\b(?:reclusione|carcere)\s+effettiv[oa]\b",
    re.I,
)
_BEFORE, _AFTER = 45, 60  # characters around a term's length where its suspension is told


def _states(art: Article, s: Sentence) -> dict[str, str]:
    """ "suspended" and "served", each with the words that say it, for the terms of years or months the sentence
    measures."""
    out: dict[str, str] = {}
    for t in starting_in(art.times, s):
        if t.granularity != "duration" or not in_sentence(s, t.start) or not (t.value or "").startswith("P") or "T" in t.value:
            continue
        lo, hi = max(s.start, t.start - _BEFORE), min(s.end, t.end + _AFTER)
        for state, words in (("suspended", _SUSPENDED), ("served", _SERVED)):
            if m := words.search(art.text, lo, hi):
                out.setdefault(state, m.group(0))
    return out


def suspension_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(words in a, words in b) where one sentence's terms are all suspended and the other's all to be served."""
    xa, xb = _states(art_a, sa), _states(art_b, sb)
    if len(xa) == len(xb) == 1 and xa.keys() != xb.keys():
        return [(next(iter(xa.values())), next(iter(xb.values())))]
    return []
