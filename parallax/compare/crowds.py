"""Whose estimate a crowd's size is: the police's figure and the organisers' are two facts, not one given twice.

A protest's size is reported by both sides and they rarely agree ("Police put the crowd at 15,000;
organisers said 60,000"): an outlet that gives only the organisers' figure does not contradict one that
gives only the police's.  A crowd count (:func:`parallax.compare.roles.role` "crowd") takes the estimator
its clause names, before the figure ("police said 20,000 attended") or after it ("15,000, according to
police"); the names are the two sides of a protest, the authorities and the organisers (English).  A count
whose estimator differs from every crowd count of the other sentence that names one is left out of the
comparison; one that names none stays comparable.
"""

from __future__ import annotations

import re

from parallax.compare.numbers import in_sentence
from parallax.compare.roles import role
from parallax.records import Article, Quantity, Sentence

_ESTIMATORS = {
    "authorities": r"police|officers|authorities|officials|(?:interior\s+)?ministry|prefecture|government|city\s+hall|mayor",
    "organisers": r"organi[sz]ers?|organi[sz]ing\s+\w+|unions?|campaigners|the\s+movement|activists",
}
_ESTIMATOR = re.compile("|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in _ESTIMATORS.items()), re.I)
# where a clause starts or ends: a semicolon, a colon, a dash, a contrasting conjunction ("police said 15,000,
# while organisers said 60,000"); a comma only before the figure ("15,000, according to police" keeps its source)
_BOUNDARY = re.compile(r"[;:–—]|\b(?:while|whereas|but|and)\b", re.I)


def estimator(art: Article, s: Sentence, q: Quantity) -> str | None:
    """Who the sentence says counted the crowd ``q``: "authorities", "organisers", or None."""
    text = art.text
    lo = s.start
    for m in re.finditer(rf"{_BOUNDARY.pattern}|,", text[s.start : q.start], re.I):
        lo = s.start + m.end()
    if found := list(_ESTIMATOR.finditer(text, lo, q.start)):
        return found[-1].lastgroup
    hi = s.end
    if m := _BOUNDARY.search(text, q.end, s.end):
        hi = m.start()
    if (m := _SOURCE_AFTER.search(text, q.end, hi)) and (e := _ESTIMATOR.search(m.group())):
        return e.lastgroup  # "9,000 people marched, according to police" / ", police said"
    return None


_ANY_ESTIMATOR = "|".join(_ESTIMATORS.values())
_SOURCE_AFTER = re.compile(
    rf"\b(?:according\s+to|by)\s+(?:the\s+)?\b(?:{_ANY_ESTIMATOR})\b|\b(?:{_ANY_ESTIMATOR})\s+(?:said|say|says|estimated)\b", re.I
)


def _crowds(art: Article, s: Sentence) -> list[tuple[int, str | None]]:
    return [(q.start, estimator(art, s, q)) for q in art.quantities
            if in_sentence(s, q.start) and q.value is not None and role(art.text, q) == "crowd"]  # fmt: skip


def estimated_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the crowd counts of each sentence that the other's counts, all by another estimator, leave
    nothing to compare with (see the module)."""
    sides = [_crowds(art_a, sa), _crowds(art_b, sb)]
    out: tuple[set[int], set[int]] = (set(), set())
    for i in (0, 1):
        theirs = [e for _, e in sides[1 - i]]
        for start, mine in sides[i]:
            if mine and theirs and all(e and e != mine for e in theirs):
                out[i].add(start)
    return out
